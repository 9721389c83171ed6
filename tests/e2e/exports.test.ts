import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { ownedPrefixes, type TestApp } from '../support/app.js';
import { startBrowserTest, stopBrowserTest } from '../support/browser.js';
import { coordinatorsNetwork } from '../support/coordinators-network.js';

/** The file a click downloads, as bytes. */
async function downloaded(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFileSync(await download.path());
}

/** A PNG's size from its IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

/**
 * Downloads with their legend in Chromium: the explorer's SVG names the shapes, the edge styles and
 * the colours drawn, the filters and both dates; its PNG has the legend painted under the picture
 * (and not when "Legend" is cleared); a cascade's and the map's downloads carry theirs.
 */
describe('exports with their legend in Chromium', () => {
  const owned = ownedPrefixes();
  const net = coordinatorsNetwork(owned.prefix('exp'));
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    ({ t, browser } = await startBrowserTest());
    await net.load(t);
  });
  afterAll(() => stopBrowserTest({ t, browser }, owned));

  it('writes the legend into the explorer’s SVG and paints it under its PNG', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 }, acceptDownloads: true });
    await page.goto(`${t.url}/explorer?region=${encodeURIComponent(net.north)}&colour=theme`);
    await page.getByTestId('slice-summary').waitFor();
    await page.getByTestId('loading').waitFor({ state: 'detached', timeout: 60000 });
    const svg = (
      await downloaded(page, () => page.getByRole('button', { name: 'Download the network as SVG' }).click())
    ).toString();
    expect(svg).toContain('<g class="legend"');
    for (const text of [
      'Small Wins Atlas: network',
      '>initiative</text>',
      '>actor (letter: its kind)</text>',
      '>isolated initiative</text>',
      '>deepen</text>',
      '>broaden</text>',
      '>involvement</text>',
      '>Colour initiatives by: theme</text>',
      '>energy</text>',
      '>food</text>',
      `>Filters: ${net.north}</text>`,
      '>Network as of today</text>',
      '>Newest date in the data: ',
    ])
      expect(svg).toContain(text);
    const withLegend = await downloaded(page, () =>
      page.getByRole('button', { name: 'Download the network as PNG' }).click(),
    );
    await page.getByTestId('legend-in-export').uncheck();
    const without = await downloaded(page, () =>
      page.getByRole('button', { name: 'Download the network as PNG' }).click(),
    );
    const bare = (
      await downloaded(page, () => page.getByRole('button', { name: 'Download the network as SVG' }).click())
    ).toString();
    expect(bare).not.toContain('class="legend"');
    // the legend adds a panel under the picture
    expect(pngSize(withLegend).height).toBeGreaterThan(pngSize(without).height + 150);
    await page.close();
  });

  it('gives a cascade’s downloads its legend: the modes drawn, root and joined initiatives', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 }, acceptDownloads: true });
    await page.goto(`${t.url}/diffusion?root=${encodeURIComponent(net.id('r'))}`);
    await page.getByTestId('cascade-title').waitFor();
    const svg = (
      await downloaded(page, () => page.getByRole('button', { name: 'Download the network as SVG' }).click())
    ).toString();
    expect(svg).toContain(`Cascade of ${net.name('r')}`);
    for (const text of ['>broaden</text>', '>spread</text>', '>the root (generation 0)</text>', 'Drawn by generation'])
      expect(svg).toContain(text);
    const png = await downloaded(page, () => page.getByRole('button', { name: 'Download the network as PNG' }).click());
    expect(pngSize(png).height).toBeGreaterThan(200);
    await page.close();
  });

  it('gives the map’s downloads its legend: the shading with its measure and unit', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 }, acceptDownloads: true });
    await page.goto(`${t.url}/map?region=${encodeURIComponent(net.north)}`);
    await page.locator('[data-testid=map-canvas][data-idle="1"]').waitFor({ timeout: 30000 });
    await page.getByTestId('loading').waitFor({ state: 'detached' });
    const svg = (
      await downloaded(page, () => page.getByRole('button', { name: 'Download the map as SVG' }).click())
    ).toString();
    expect(svg).toContain('Small Wins Atlas: map');
    // the legend's words, its lines joined (long ones wrap to the picture's width)
    const words = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
    expect(words).toContain('isolation share: % of the region’s initiatives without a tie');
    expect(svg).toMatch(/<rect [^>]*><title>[^<]*iso<\/title><\/rect>/);
    const png = await downloaded(page, () => page.getByRole('button', { name: 'Download the map as PNG' }).click());
    expect(pngSize(png).height).toBeGreaterThan(800);
    await page.close();
  });
});
