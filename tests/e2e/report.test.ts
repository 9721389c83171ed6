import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { ownedPrefixes, type TestApp } from '../support/app.js';
import { startBrowserTest, stopBrowserTest } from '../support/browser.js';
import { coordinatorsNetwork } from '../support/coordinators-network.js';

/**
 * The region report in Chromium, printed to PDF (page.pdf, print CSS) and read back with poppler
 * (pdftotext, pdftoppm): the region's figures and trend, its isolated initiative with a suggested
 * partner and the reason, its cascades and the network picture with its legend; the screen-only
 * buttons are not printed; the same report in Dutch.
 */
describe('region report in Chromium', () => {
  const owned = ownedPrefixes();
  const net = coordinatorsNetwork(owned.prefix('rep'));
  let t: TestApp;
  let browser: Browser;
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-report-'));

  beforeAll(async () => {
    ({ t, browser } = await startBrowserTest());
    await net.load(t);
  });
  afterAll(() => stopBrowserTest({ t, browser }, owned));

  it('prints the region’s page to PDF with every section and no screen-only controls', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`${t.url}/report/${encodeURIComponent(net.north)}?period=2023`);
    await page.getByTestId('report-network').locator('svg').waitFor();
    await page.getByTestId('report-isolated').waitFor();
    await page.getByTestId('report-cascades').waitFor();
    const figures = await page.getByTestId('report-figures').textContent();
    // North: 2 initiatives at the start of 2023, 5 at its end (▲ +3); iso isolated
    expect(figures).toContain('Initiatives25▲ +3');
    expect(figures).toContain('Isolated initiatives (no tie)01▲ +1');
    const file = path.join(dir, 'report.pdf');
    writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    for (const expected of [
      `Region report: ${net.north}`,
      'Figures',
      'Trend',
      'Isolated initiatives and whom to introduce them to',
      net.name('iso'),
      'Weakly tied initiatives',
      `Cascades from ${net.north}`,
      net.name('r'),
      'The region’s network',
      'Nodes',
      'isolated initiative',
      `Filters: ${net.north}`,
      'Newest date in the data:',
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain('Download PDF');
    // pages as pictures (looked at when the report changes)
    execFileSync('pdftoppm', ['-r', '50', '-png', file, path.join(dir, 'page')]);
    expect(readdirSync(dir).filter((f) => f.startsWith('page') && f.endsWith('.png')).length).toBeGreaterThanOrEqual(1);
    await page.close();
  });

  it('says so for a region without initiatives, and speaks Dutch', async () => {
    const page = await browser.newPage();
    await page.goto(`${t.url}/report/${encodeURIComponent(`${net.north}-nowhere`)}`);
    await page.getByTestId('report-unknown').waitFor();
    await page.getByText('NL', { exact: true }).click();
    await page.getByRole('heading', { name: `Regiorapport: ${net.north}-nowhere` }).waitFor();
    await page.goto(`${t.url}/report/${encodeURIComponent(net.north)}?period=2023`);
    await page.getByRole('heading', { name: 'Cijfers' }).waitFor();
    await page.close();
  });
});
