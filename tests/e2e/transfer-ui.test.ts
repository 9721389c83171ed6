import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { startBrowserTest, stopBrowserTest, withEditorToken } from '../support/browser.js';
import { networkStats, ownedPrefixes, type TestApp } from '../support/app.js';

/**
 * Import and export on the Data page in real headless Chromium against the real server and Neo4j:
 * without a token the page says how to sign in; a faulty upload lists every problem by file, row and
 * column and writes nothing; a correct one says what it wrote and refreshes the figures; the GEXF
 * download holds what was imported.
 */
describe('data page import and export in Chromium', () => {
  const owned = ownedPrefixes();
  const p = owned.prefix('transferui');
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    ({ t, browser } = await startBrowserTest());
  });
  afterAll(() => stopBrowserTest({ t, browser }, owned));

  async function editorPage(): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    await withEditorToken(page);
    await page.goto(`${t.url}/data`);
    await page.getByTestId('drop-zone').waitFor();
    return page;
  }
  const csv = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  const exists = async (id: string) =>
    (await t.gql<{ initiative: { id: string } | null }>('query($id: ID!) { initiative(id: $id) { id } }', { id })).data!
      .initiative !== null;

  it('asks for an editor token before it offers the upload', async () => {
    const page = await browser.newPage();
    await page.goto(`${t.url}/data`);
    await page.getByTestId('import-sign-in').waitFor();
    expect(await page.getByTestId('import-sign-in').textContent()).toContain('Sign in with an editor token to import');
    expect(await page.getByTestId('drop-zone').count()).toBe(0);
    // the downloads need no token
    expect(await page.getByTestId('download-gexf').getAttribute('href')).toBe('/api/export?format=gexf');
    // the templates are downloadable from the page, also without a token
    const templates = page.getByTestId('import-templates');
    for (const name of ['template.xlsx', 'example.xlsx', 'initiatives.csv', 'README.md']) {
      const href = await templates.getByRole('link', { name }).getAttribute('href');
      const status = await page.evaluate(async (url) => (await fetch(url!)).status, href);
      expect([name, status]).toEqual([name, 200]);
    }
    await page.close();
  });

  it('lists the problems of a faulty upload by file, row and column, and writes nothing', async () => {
    const before = await networkStats(t);
    const page = await editorPage();
    await page
      .getByTestId('import-input')
      .setInputFiles([
        csv(
          'initiatives.csv',
          `id,name,region,themes,startedOn\n${p}a,${p}Regentonnen,${p}Noord,water,2020-01-01\n${p}b,${p}Wadi,${p}Noord,water,2020-13-01\n`,
        ),
        csv('amplifications.csv', `fromInitiativeId,toInitiativeId,mode\n${p}a,${p}nowhere,SPREADING\n`),
      ]);
    expect(await page.getByTestId('import-files').textContent()).toContain('amplifications.csv');
    await page.getByTestId('import-submit').click();
    await page.getByTestId('import-failed').waitFor();
    expect(await page.getByTestId('import-failed').textContent()).toContain('Nothing was written: 2 problems');
    const rows = await Promise.all(
      (await page.getByTestId('import-problem').all()).map((tr) => tr.locator('td').allTextContents()),
    );
    // sorted by file, then row
    expect(rows).toEqual([
      ['amplifications.csv', '2', 'toInitiativeId (B)', `unknown initiative '${p}nowhere'`],
      ['initiatives.csv', '3', 'startedOn (E)', "bad date '2020-13-01': use YYYY-MM-DD"],
    ]);
    // all or nothing: not even the valid row was written
    expect(await exists(`${p}a`)).toBe(false);
    expect((await networkStats(t)).initiatives).toBe(before.initiatives);
    await page.close();
  });

  it('says what a correct upload wrote, refreshes the figures, and the GEXF download holds it', async () => {
    const page = await editorPage();
    const network = {
      initiatives: [
        { id: `${p}r`, name: `${p}Zonnedorp`, region: `${p}Drenthe`, themes: ['energy'], startedOn: '2016-04-01' },
        { id: `${p}s`, name: `${p}Zonnedorp Friesland`, region: `${p}Friesland`, themes: ['energy'] },
      ],
      amplifications: [{ fromInitiativeId: `${p}r`, toInitiativeId: `${p}s`, mode: 'SPREADING' }],
    };
    await page.getByTestId('figure-initiatives').waitFor();
    const shownBefore = await page.getByTestId('figure-initiatives').locator('.value').textContent();
    await page
      .getByTestId('import-input')
      .setInputFiles([
        { name: 'network.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(network)) },
      ]);
    // first a dry run: says what would be written, writes nothing
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-checked').waitFor();
    expect(await page.getByTestId('import-checked').textContent()).toContain('3 rows would be written');
    expect(await exists(`${p}r`)).toBe(false);
    await page.getByTestId('import-submit').click();
    await page.getByTestId('import-summary').waitFor();
    expect(await page.getByTestId('import-count-initiatives').textContent()).toBe('initiatives: 2');
    expect(await page.getByTestId('import-count-amplifications').textContent()).toBe('amplifications: 1');
    expect(await page.getByTestId('import-count-actors').count()).toBe(0);
    expect(await exists(`${p}r`)).toBe(true);
    expect(await exists(`${p}s`)).toBe(true);

    // the figures load again and show what the API now counts
    const after = (await networkStats(t)).initiatives.toLocaleString('en');
    expect(after).not.toBe(shownBefore);
    await page
      .getByTestId('figure-initiatives')
      .locator('.value', { hasText: new RegExp(`^${after}$`) })
      .waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-gexf').click()]);
    expect(download.suggestedFilename()).toMatch(/\.gexf$/);
    const gexf = await readFile(await download.path(), 'utf8');
    expect(gexf).toMatch(/^<\?xml[^>]*>\s*<gexf/);
    expect(gexf).toContain(`${p}Zonnedorp Friesland`);
    await page.close();
  });
});
