import type { Browser, Locator } from 'playwright-core';
import { ownedPrefixes, type TestApp } from '../support/app.js';
import { startBrowserTest, stopBrowserTest } from '../support/browser.js';
import { coordinatorsNetwork } from '../support/coordinators-network.js';

/** An attribute of every element a locator finds, in order. */
async function attributes(rows: Locator, name: string): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < (await rows.count()); i++) out.push((await rows.nth(i).getAttribute(name)) ?? '');
  return out;
}

interface Period {
  from: string;
  to: string;
  end: { initiatives: number; amplifications: number; isolated: number; components: number };
  regions: { region: string; end: { initiatives: number; isolated: number } }[];
  fastestCascades: { root: { id: string } }[];
  largestCascades: { root: { id: string } }[];
}
const PERIOD = `query($year: Int, $days: Int) { periodOverview(year: $year, days: $days) {
  from to end { initiatives amplifications isolated components }
  regions { region end { initiatives isolated } }
  fastestCascades { root { id } } largestCascades { root { id } } } }`;

/**
 * The overview at / in Chromium against the real server: its cards answer with the API's figures,
 * regions worst first, the cascades that grew, and each card links to the view that explains it
 * with its filters in the URL; the period lives in the URL; Dutch; readable at 390 px.
 */
describe('overview in Chromium', () => {
  const owned = ownedPrefixes();
  const net = coordinatorsNetwork(owned.prefix('ov'));
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    ({ t, browser } = await startBrowserTest());
    await net.load(t);
  });
  afterAll(() => stopBrowserTest({ t, browser }, owned));

  it('answers each card with the figures of the period and links to the view that explains it', async () => {
    const api = (await t.gql<{ periodOverview: Period }>(PERIOD, { year: 2023 })).data!.periodOverview;
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${t.url}/?period=2023`);
    await page.getByTestId('overview-cards').waitFor();
    for (const card of ['card-counts', 'card-regions', 'card-modes', 'card-largest', 'card-fastest'])
      await page.getByTestId(card).waitFor();
    expect(await page.getByTestId('period-range').textContent()).toContain('1 Jan 2023 – 31 Dec 2023');
    const value = async (key: string) =>
      (await page.getByTestId(`count-${key}`).locator('.value').textContent())?.replaceAll(',', '');
    expect(await value('initiatives')).toBe(String(api.end.initiatives));
    expect(await value('isolated')).toBe(String(api.end.isolated));
    // the change is an arrow and a sign, with words for screen readers
    expect(await page.getByTestId('count-initiatives').locator('.change').textContent()).toMatch(/^[▲▼=] [+−±]\d/);
    // the counts link to the explorer as of the period's end
    expect(await page.getByTestId('card-counts-link').getAttribute('href')).toBe('/explorer?asOf=2023-12-31');
    expect(await page.getByTestId('card-modes-link').getAttribute('href')).toBe(
      '/explorer?from=2023-01-01&to=2023-12-31&actors=0',
    );
    // regions worst first: isolated shares never rise down the list
    const shares = await attributes(page.getByTestId('region-row'), 'data-share').then((list) => list.map(Number));
    expect(shares.length).toBeGreaterThan(0);
    expect([...shares].sort((a, b) => b - a)).toEqual(shares);
    // the cascades are the API's, in its order, each linked to the diffusion view
    const roots = await attributes(page.getByTestId('card-fastest').getByTestId('cascade-row'), 'data-root');
    expect(roots).toEqual(api.fastestCascades.map((c) => c.root.id));
    if (roots[0])
      expect(
        await page.getByTestId('card-fastest').getByTestId('cascade-row').first().locator('a').getAttribute('href'),
      ).toBe(`/diffusion?root=${encodeURIComponent(roots[0])}`);
    await page.close();
  });

  it('follows a region’s links to the radar and the report, the period carried along', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${t.url}/?period=2023`);
    const first = page.getByTestId('region-row').first();
    await first.waitFor();
    const region = (await first.getAttribute('data-region'))!;
    expect(await first.getByRole('link', { name: region }).getAttribute('href')).toBe(
      `/radar?region=${encodeURIComponent(region)}`,
    );
    await first.getByRole('link', { name: 'report' }).click();
    await page.waitForURL((url) => url.pathname === `/report/${encodeURIComponent(region)}`);
    expect(new URL(page.url()).searchParams.get('period')).toBe('2023');
    await page.getByTestId('report').waitFor();
    await page.close();
  });

  it('keeps the period in the URL, speaks Dutch and reads at 390 px', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${t.url}/`);
    await page.getByTestId('overview-cards').waitFor();
    const last90 = await page.getByTestId('period-range').textContent();
    await page.getByTestId('period-select').click();
    await page.getByRole('option', { name: 'Last 365 days' }).click();
    await page.waitForURL(/period=365d/);
    await page
      .getByTestId('period-range')
      .filter({ hasNotText: last90 ?? '' })
      .waitFor();
    await page.reload();
    await page.getByTestId('overview-cards').waitFor();
    expect(await page.getByTestId('period-select').inputValue()).toBe('Last 365 days');
    await page.getByText('NL', { exact: true }).click();
    await page.getByRole('heading', { name: 'Hoe veranderde het netwerk?' }).waitFor();
    const overflow = await page.evaluate(() => {
      const g = globalThis as unknown as { innerWidth: number; document: { documentElement: { scrollWidth: number } } };
      return g.document.documentElement.scrollWidth - g.innerWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('lands on the overview at / and keeps the other routes', async () => {
    const page = await browser.newPage();
    await page.goto(`${t.url}/no-such-page`);
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Pages' });
    for (const [name, path] of [
      ['Explorer', '/explorer'],
      ['Map', '/map'],
      ['Diffusion', '/diffusion'],
      ['Radar', '/radar'],
      ['Rankings', '/rankings'],
      ['Data', '/data'],
      ['Overview', '/'],
    ] as const) {
      await nav.getByRole('link', { name, exact: true }).click();
      await page.waitForURL((url) => url.pathname === path);
    }
    await page.close();
  });
});
