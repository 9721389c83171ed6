import type { Browser, Page } from 'playwright-core';
import { startBrowserTest, stopBrowserTest } from '../support/browser.js';
import { importNetwork, ownedPrefixes, type TestApp } from '../support/app.js';

type Ranked = { rank: number; score: number; actor: { id: string; name: string } };

/**
 * The Rankings page in real headless Chromium against the real server and Neo4j: the tables show
 * what the API ranks, sort in the browser by any column (aria-sort, keyboard), keep their state in
 * the URL, and link to the explorer; brokers and communities come from the same API.
 */
describe('rankings page in Chromium', () => {
  const owned = ownedPrefixes();
  const p = owned.prefix('rankings');
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    ({ t, browser } = await startBrowserTest());
    // a hub actor in four initiatives over two regions and two themes (a broker), with a few partners
    const ini = (id: string, region: string, theme: string) => ({
      id: `${p}${id}`,
      name: `${p}Initiative ${id}`,
      region: `${p}${region}`,
      themes: [`${p}${theme}`],
    });
    await importNetwork(t, {
      initiatives: [
        ini('i1', 'Noord', 'water'),
        ini('i2', 'Noord', 'water'),
        ini('i3', 'Zuid', 'energy'),
        ini('i4', 'Zuid', 'energy'),
      ],
      actors: [
        { id: `${p}hub`, name: `${p}Zwaan Hub Coöperatie`, kind: 'CITIZEN_COLLECTIVE' },
        { id: `${p}a1`, name: `${p}Partner A` },
        { id: `${p}a2`, name: `${p}Partner B` },
      ],
      involvements: [
        ...['i1', 'i2', 'i3', 'i4'].map((i) => ({ actorId: `${p}hub`, initiativeId: `${p}${i}` })),
        { actorId: `${p}a1`, initiativeId: `${p}i1` },
        { actorId: `${p}a2`, initiativeId: `${p}i3` },
      ],
      influences: [{ fromActorId: `${p}a1`, toActorId: `${p}hub`, weight: 2 }],
    });
  });
  afterAll(() => stopBrowserTest({ t, browser }, owned));

  const cellTexts = (page: Page, column: string) =>
    page.getByTestId('ranking-table').locator(`tbody td[data-column="${column}"]`).allTextContents();
  /** The column's cells once they equal `expected` (a new answer may still be on its way); the last seen otherwise. */
  async function cellsBecome(page: Page, column: string, expected: string[], timeout = 10_000): Promise<string[]> {
    const until = Date.now() + timeout;
    let seen = await cellTexts(page, column);
    while (JSON.stringify(seen) !== JSON.stringify(expected) && Date.now() < until) {
      await page.waitForTimeout(100);
      seen = await cellTexts(page, column);
    }
    return seen;
  }

  it('shows the API’s actor ranking, sorts it by any column and keeps the state in the URL', async () => {
    const api = (
      await t.gql<{ actorRankingDetails: { exact: boolean; items: Ranked[] } }>(
        '{ actorRankingDetails(first: 25, measure: DEGREE) { exact items { rank score actor { id name } } } }',
      )
    ).data!.actorRankingDetails;
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${t.url}/rankings`);
    await page.getByTestId('ranking-table').waitFor();
    expect(await cellTexts(page, 'name')).toEqual(api.items.map((i) => i.actor.name));
    expect(await cellTexts(page, 'rank')).toEqual(api.items.map((i) => String(i.rank)));
    // a small test network: exact, and said so
    expect(api.exact).toBe(true);
    await page.getByTestId('rankings-exact').waitFor();
    expect(await page.getByTestId('measure-explanation').textContent()).toContain('Degree:');

    // sort by name: a button in the header, aria-sort follows, the URL keeps it
    const nameHeader = page.getByRole('columnheader', { name: /^Name/ });
    expect(await nameHeader.getAttribute('aria-sort')).toBe('none');
    expect(await page.getByRole('columnheader', { name: /^Rank/ }).getAttribute('aria-sort')).toBe('ascending');
    await nameHeader.getByRole('button').click();
    await page.waitForURL(/sort=name/);
    await page.locator('th[aria-sort="ascending"]', { hasText: 'Name' }).waitFor();
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    const byName = [...api.items.map((i) => i.actor.name)].sort(collator.compare);
    // the hub ranks first but sorts last by name, so the order really changed
    expect(byName).not.toEqual(api.items.map((i) => i.actor.name));
    expect(await cellTexts(page, 'name')).toEqual(byName);

    // the same header again, by keyboard: descending
    await nameHeader.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/dir=desc/);
    await page.locator('th[aria-sort="descending"]', { hasText: 'Name' }).waitFor();
    expect(await cellTexts(page, 'name')).toEqual([...byName].reverse());

    // a reload keeps the sort
    await page.reload();
    await page.getByTestId('ranking-table').waitFor();
    expect(await cellTexts(page, 'name')).toEqual([...byName].reverse());

    // another measure: the API's PageRank order, in the URL
    await page.getByTestId('measure-picker').getByText('PageRank').click();
    await page.waitForURL(/measure=PAGERANK/);
    const pagerank = (
      await t.gql<{ actorRanking: Ranked[] }>('{ actorRanking(first: 25, measure: PAGERANK) { rank actor { name } } }')
    ).data!.actorRanking;
    await page.getByRole('columnheader', { name: /^Rank/ }).getByRole('button').click();
    await page.waitForURL((url) => url.searchParams.get('sort') === null);
    await page.getByRole('columnheader', { name: /Score \(PageRank\)/ }).waitFor();
    expect(
      await cellsBecome(
        page,
        'name',
        pagerank.map((i) => i.actor.name),
      ),
    ).toEqual(pagerank.map((i) => i.actor.name));
    expect(await page.getByTestId('measure-explanation').textContent()).toContain('PageRank:');
    await page.close();
  });

  it('links a row to the explorer with the node selected', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${t.url}/rankings?tab=brokers&top=500`);
    await page.getByTestId('ranking-table').waitFor();
    const link = page.getByRole('link', { name: `Show ${p}Zwaan Hub Coöperatie in the explorer` });
    // the hub takes part in initiatives of two regions and two themes: a broker
    const row = page.getByTestId('ranking-table').locator('tbody tr', { has: link });
    expect(await row.locator('td[data-column="regions"]').textContent()).toMatch(/^2/);
    expect(await row.locator('td[data-column="themes"]').textContent()).toMatch(/^2/);
    expect(await row.locator('td[data-column="initiatives"]').textContent()).toBe('4');
    await link.click();
    await page.waitForURL(/\/explorer/);
    const url = new URL(page.url());
    expect(url.searchParams.get('sel')).toBe(`actor:${p}hub`);
    expect(url.searchParams.get('focus')).toBe(`actor:${p}hub`);
    await page.close();
  });

  it('shows the initiatives’ ranking and the communities with their modularity', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const initiatives = (
      await t.gql<{ initiativeRanking: { items: { initiative: { name: string } }[] } }>(
        '{ initiativeRanking(first: 100, measure: CLOSENESS) { items { initiative { name } } } }',
      )
    ).data!.initiativeRanking.items;
    await page.goto(`${t.url}/rankings?tab=initiatives&measure=CLOSENESS&top=100`);
    await page.getByTestId('ranking-table').waitFor();
    expect(await cellTexts(page, 'name')).toEqual(initiatives.map((i) => i.initiative.name));
    expect(await page.getByTestId('measure-explanation').textContent()).toContain('Closeness:');

    const communities = (
      await t.gql<{
        communities: {
          count: number;
          modularity: number;
          communities: { size: number; regions: { name: string; count: number }[] }[];
        };
      }>('{ communities(graph: TIE) { count modularity communities { size regions { name count } } } }')
    ).data!.communities;
    await page.getByRole('tab', { name: 'Communities' }).click();
    await page.waitForURL(/tab=communities/);
    await page.getByTestId('community-count').waitFor();
    // the table shows the top N of the URL (carried over from the tab before), 25 by default
    const top = Number(new URL(page.url()).searchParams.get('top') ?? 25);
    expect(await page.getByTestId('community-count').textContent()).toContain(communities.count.toLocaleString('en'));
    expect(await page.getByTestId('community-modularity').textContent()).toContain(
      communities.modularity.toLocaleString('en', { maximumFractionDigits: 2 }),
    );
    expect(await cellTexts(page, 'size')).toEqual(
      communities.communities.slice(0, top).map((c) => c.size.toLocaleString('en')),
    );
    // what each community is mostly made of, as the API counts it
    expect(await cellTexts(page, 'regions')).toEqual(
      communities.communities
        .slice(0, top)
        .map((c) => c.regions.map((r) => `${r.name} ${r.count.toLocaleString('en')}`).join(', ') || '–'),
    );
    await page.getByTestId('community-chart').locator('canvas').first().waitFor();
    expect(await page.getByTestId('colour-by-community').getAttribute('href')).toBe('/explorer?colour=community');
    await page.close();
  });
});
