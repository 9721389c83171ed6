import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ownedPrefixes, startTestApp, type TestApp } from '../support/app.js';
import { startBrowserTest, stopBrowserTest } from '../support/browser.js';
import { coordinatorsNetwork } from '../support/coordinators-network.js';

/** Where a place is drawn on the page: MapLibre's Web Mercator (512-px tiles) from the map's centre and zoom. */
async function screenPoint(page: Page, lat: number, lng: number): Promise<{ x: number; y: number }> {
  const canvas = page.getByTestId('map-canvas');
  const [cLng, cLat] = (await canvas.getAttribute('data-center'))!.split(',').map(Number) as [number, number];
  const zoom = Number(await canvas.getAttribute('data-zoom'));
  const box = (await canvas.boundingBox())!;
  const world = 512 * 2 ** zoom;
  const project = (la: number, ln: number) => {
    const s = Math.sin((la * Math.PI) / 180);
    return { x: ((ln + 180) / 360) * world, y: (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * world };
  };
  const p = project(lat, lng);
  const c = project(cLat, cLng);
  return { x: box.x + box.width / 2 + (p.x - c.x), y: box.y + box.height / 2 + (p.y - c.y) };
}

/** Waits until the map has drawn everything (its status says idle) and returns what it drew. */
async function drawn(page: Page) {
  const canvas = page.getByTestId('map-canvas');
  await page.locator('[data-testid=map-canvas][data-idle="1"]').waitFor({ timeout: 30000 });
  await page.getByTestId('loading').waitFor({ state: 'detached' });
  await page.locator('[data-testid=map-canvas][data-idle="1"]').waitFor();
  const n = async (key: string) => Number(await canvas.getAttribute(`data-rendered-${key}`));
  return { points: await n('points'), clusters: await n('clusters'), arcs: await n('arcs'), areas: await n('areas') };
}

/**
 * The map in Chromium with no basemap (MAP_STYLE_URL unset): a region of the test's own with its
 * initiatives as markers, an amplification across regions as an arc, the regions shaded with a
 * legend stating the measure and unit, the initiative without coordinates listed beside the map,
 * and a click on a marker opening the same details drawer as the explorer.
 */
describe('map in Chromium', () => {
  const owned = ownedPrefixes();
  const net = coordinatorsNetwork(owned.prefix('map'));
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    ({ t, browser } = await startBrowserTest());
    await net.load(t);
  });
  afterAll(() => stopBrowserTest({ t, browser }, owned));

  it('draws the region’s markers, arcs and shaded areas on a plain background, with the legend', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${t.url}/map?region=${encodeURIComponent(net.north)}`);
    const seen = await drawn(page);
    // r, a, b and iso in North, fitted: no groups at this zoom
    expect(seen.points).toBeGreaterThanOrEqual(4);
    expect(seen.arcs).toBeGreaterThanOrEqual(1);
    expect(seen.areas).toBeGreaterThanOrEqual(1);
    const legend = page.getByTestId('map-legend');
    expect(await legend.textContent()).toContain('isolation share: % of the region’s initiatives without a tie');
    expect(await legend.textContent()).toContain('spread');
    expect(await legend.textContent()).toContain('isolated initiative');
    // c has no coordinates: listed beside the map
    expect(await page.getByTestId('unlocated').textContent()).toContain(net.name('c'));
    // no basemap: nothing was asked of any other site (the worker is a file of this one)
    expect(requests.filter((u) => !u.startsWith(t.url) && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual(
      [],
    );
    expect(requests.some((u) => /maplibre-gl-worker-[\w-]+\.mjs/.test(u))).toBe(true);
    await page.close();
  });

  it('shades by another measure and zooms out to groups of initiatives', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${t.url}/map?shade=growth`);
    const seen = await drawn(page);
    expect(seen.clusters + seen.points).toBeGreaterThan(0);
    expect(await page.getByTestId('map-legend').textContent()).toContain('growth: new initiatives in the region');
    await page.close();
  });

  it('opens the details drawer when a marker is clicked', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${t.url}/map?region=${encodeURIComponent(net.north)}`);
    await drawn(page);
    // b, at the bottom of the fitted region (iso, top left, lies under the zoom buttons)
    const at = await screenPoint(page, 53.1, 6.6);
    await page.mouse.click(at.x, at.y);
    await page
      .getByTestId('initiative-details')
      .getByRole('heading', { name: net.name('b') })
      .waitFor();
    expect(new URL(page.url()).searchParams.get('sel')).toBe(`initiative:${net.id('b')}`);
    // the unlocated one opens the same drawer from the list
    await page
      .getByTestId('unlocated-item')
      .filter({ hasText: net.name('c') })
      .click();
    await page
      .getByTestId('initiative-details')
      .getByRole('heading', { name: net.name('c') })
      .waitFor();
    await page.close();
  });

  it('moves through time with the slider as the explorer does', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${t.url}/map?region=${encodeURIComponent(net.north)}&asOf=2021-12-31`);
    await drawn(page);
    // as of 2021 only r was there in North; its legend speaks of the year 2021
    expect(await page.getByTestId('map-legend').textContent()).toContain('the year 2021');
    expect(await page.getByTestId('time-footer').textContent()).toContain('2021-12-31');
    await page.close();
  });

  it('shades the region boundaries the server is given (REGIONS_GEOJSON) instead of the hulls', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'atlas-map-'));
    const file = path.join(dir, 'regions.geojson');
    const box = (w: number, s: number, e: number, n: number) => [
      [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [w, s],
      ],
    ];
    writeFileSync(
      file,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { name: net.north },
            geometry: { type: 'Polygon', coordinates: box(6.3, 52.9, 6.9, 53.4) },
          },
          {
            type: 'Feature',
            properties: { statnaam: net.south },
            geometry: { type: 'Polygon', coordinates: box(5.2, 51.3, 5.7, 51.6) },
          },
        ],
      }),
    );
    const other = await startTestApp({ REGIONS_GEOJSON: file });
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(`${other.url}/map?region=${encodeURIComponent(net.north)}&shade=initiatives`);
      const seen = await drawn(page);
      expect(seen.areas).toBeGreaterThanOrEqual(1);
      const legend = await page.getByTestId('map-legend').textContent();
      expect(legend).toContain('region boundaries (REGIONS_GEOJSON)');
      expect(legend).toContain('initiatives in the region');
      await page.close();
    } finally {
      await other.close();
    }
  });
});
