import type { Browser, Page } from 'playwright-core';
import { startBrowserTest, stopBrowserTest } from '../support/browser.js';
import { importNetwork, ownedPrefixes, type TestApp } from '../support/app.js';

/**
 * The isolation radar in real headless Chromium against the real server and Neo4j, on a small
 * network of this test's own (unique ids, regions and themes): an isolated initiative whose best
 * partner follows from the scoring (docs/metrics.md), chosen by keyboard, the partner shown with
 * both in the network, all in the URL and restored by a reload; the weakly tied initiatives of the
 * same region (two sharing one actor, two tied by an amplification) with their one tie and a
 * partner; and a region without isolates.
 */
describe('isolation radar in Chromium', () => {
  const owned = ownedPrefixes();
  const p = owned.prefix('radar');
  const REGION = `${p}Oost`;
  const OTHER = `${p}West`;
  const CALM = `${p}Kalm`;
  const LONE = `${p}Alleen`;
  const SUN = `${p}zon`;
  const WIND = `${p}wind`;
  const WATER = `${p}water`;
  const id = (x: string) => `${p}${x}`;
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    ({ t, browser } = await startBrowserTest());
    const i = (x: string, name: string, region: string, themes: string[], startedOn: string) => ({
      id: id(x),
      name: `${p}${name}`,
      region,
      themes,
      startedOn,
    });
    await importNetwork(t, {
      initiatives: [
        // the isolate: its only actor is in nothing else
        i('iso', 'Zonnewei', REGION, [SUN], '2019-03-01'),
        // tied in its own region: a same-theme candidate there (+0.5)
        i('near', 'Zonnedak Oost', REGION, [SUN], '2016-01-01'),
        i('near2', 'Windmolen Oost', REGION, [WIND], '2017-01-01'),
        // the best partner: same theme in another region (+1) and an actor influenced by the isolate's (+1/log2 3)
        i('par', 'Zonnecoop West', OTHER, [SUN], '2015-01-01'),
        // the partner's tie: shares the influenced actor only (+1/log2 3)
        i('nb', 'Windpark West', OTHER, [WIND], '2018-01-01'),
        // weakly tied: two initiatives whose one tie is a shared actor (a3); the same theme, but never suggested to each other
        i('w1', 'Regenton Oost', REGION, [WATER], '2020-01-01'),
        i('w2', 'Waterplein Oost', REGION, [WATER], '2021-01-01'),
        // their partner: the same theme in another region (+1), with an actor (a4) and an amplification to another initiative
        i('wpar', 'Waterschap West', OTHER, [WATER], '2013-01-01'),
        i('wnb', 'Windhoek West', OTHER, [WIND], '2013-06-01'),
        // a region where every initiative has a tie
        i('c1', 'Kalme Eerste', CALM, [WIND], '2014-01-01'),
        i('c2', 'Kalme Tweede', CALM, [WIND], '2015-01-01'),
        // a region with one initiative: nothing weakly tied
        i('solo', 'Eenling', LONE, [], '2015-01-01'),
      ],
      actors: [
        { id: id('a1'), name: `${p}Buurtvereniging`, kind: 'CITIZEN_COLLECTIVE', region: REGION },
        { id: id('a2'), name: `${p}Energiecoop`, kind: 'NGO', region: OTHER },
        { id: id('a3'), name: `${p}Wijkraad`, kind: 'CITIZEN_COLLECTIVE', region: REGION },
        { id: id('a4'), name: `${p}Waterbedrijf`, kind: 'WATER_BOARD', region: OTHER },
      ],
      involvements: [
        { actorId: id('a1'), initiativeId: id('iso') },
        { actorId: id('a2'), initiativeId: id('par') },
        { actorId: id('a2'), initiativeId: id('nb') },
        { actorId: id('a3'), initiativeId: id('w1') },
        { actorId: id('a3'), initiativeId: id('w2') },
        { actorId: id('a4'), initiativeId: id('wpar') },
        { actorId: id('a4'), initiativeId: id('wnb') },
      ],
      influences: [{ fromActorId: id('a1'), toActorId: id('a2'), weight: 1 }],
      amplifications: [
        { fromInitiativeId: id('near'), toInitiativeId: id('near2'), mode: 'BROADENING', on: '2017-01-01' },
        { fromInitiativeId: id('par'), toInitiativeId: id('nb'), mode: 'SPREADING', on: '2018-01-01' },
        { fromInitiativeId: id('c1'), toInitiativeId: id('c2'), mode: 'DEEPENING', on: '2015-01-01' },
        { fromInitiativeId: id('wpar'), toInitiativeId: id('wnb'), mode: 'BROADENING', on: '2014-01-01' },
      ],
    });
  });
  afterAll(() => stopBrowserTest({ t, browser }, owned));

  /** the rows of the list of what the canvas draws: [role, name] */
  const drawn = async (page: Page) => {
    const rows = page.getByTestId('drawn-nodes').locator('tbody tr');
    const result: (string | null)[][] = [];
    for (let n = 0; n < (await rows.count()); n++)
      result.push([await rows.nth(n).getAttribute('data-role'), await rows.nth(n).locator('td').first().textContent()]);
    return result;
  };

  it('lists the isolate, suggests its partner with the reasons and shows both in the network', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${t.url}/radar?region=${encodeURIComponent(REGION)}`);
    await page.getByRole('heading', { name: 'Small Wins Atlas' }).waitFor();

    // the region in the overview with its one isolate of five, and its figures
    const regionRow = page.getByTestId('region-list').locator(`button[data-region="${REGION}"]`);
    await regionRow.waitFor();
    expect(await regionRow.getAttribute('aria-current')).toBe('true');
    expect(await regionRow.textContent()).toContain('1 isolated of 5');
    const figure = (name: string) => page.getByTestId(`figure-${name}`).locator('.radar-figure-value').textContent();
    expect(await figure('initiatives')).toBe('5');
    expect(await figure('isolates')).toBe('1');
    expect(await figure('pendants')).toBe('4'); // near–near2 and w1–w2: one tie each

    // the isolate alone in the list, chosen by keyboard
    const list = page.getByTestId('isolate-list');
    await list.getByRole('button', { name: new RegExp(`${p}Zonnewei`) }).waitFor();
    expect(await list.getByRole('button').count()).toBe(1);
    await list.getByRole('button').first().focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForURL((url) => url.searchParams.get('ini') === id('iso'));

    // its partners, best first: the same theme elsewhere plus the actors' influence beats the rest
    const suggestions = page.getByTestId('suggestion');
    await suggestions.first().waitFor();
    const partners: (string | null)[] = [];
    for (let n = 0; n < (await suggestions.count()); n++)
      partners.push(await suggestions.nth(n).getAttribute('data-partner-id'));
    expect(partners).toEqual([id('par'), id('nb'), id('near')]);
    const best = suggestions.first();
    const text = await best.textContent();
    expect(text).toContain(`${p}Zonnecoop West`);
    expect(text).toContain('score 1.63'); // 1 + 1/log2(3)
    expect(text).toContain(`same theme ${SUN} in ${OTHER}`);
    expect(text).toContain(`actor ${p}Buurtvereniging (here) and actor ${p}Energiecoop (there) influence each other`);
    expect(await suggestions.nth(2).textContent()).toContain(`same theme ${SUN} in the same region`);
    // before a partner is chosen the isolate is drawn with its actor
    await page.getByTestId('pick-partner').waitFor();
    expect(await drawn(page)).toEqual([
      ['isolate', `${p}Zonnewei`],
      ['actor', `${p}Buurtvereniging`],
    ]);

    // one click shows both: the isolate, the partner and the partner's 1-step neighbourhood
    await best.getByRole('button', { name: 'Show both in the network' }).click();
    await page.waitForURL((url) => url.searchParams.get('partner') === id('par'));
    await page.getByTestId('drawn-summary').filter({ hasText: '5 nodes drawn' }).waitFor();
    const expected = [
      ['isolate', `${p}Zonnewei`],
      ['partner', `${p}Zonnecoop West`],
      ['neighbour', `${p}Windpark West`],
      ['actor', `${p}Buurtvereniging`],
      ['actor', `${p}Energiecoop`],
    ];
    expect(await drawn(page)).toEqual(expected);
    expect(await page.getByTestId('network-pair').textContent()).toBe(`${p}Zonnewei ↔ ${p}Zonnecoop West`);
    expect(await best.getByRole('button', { pressed: true }).count()).toBe(1);
    await page.getByTestId('network-canvas').locator('canvas').first().waitFor();
    expect(await page.getByTestId('open-explorer').getAttribute('href')).toBe(
      `/explorer?focus=initiative:${id('iso')},initiative:${id('par')}&sel=initiative:${id('par')}`,
    );
    const url = new URL(page.url());
    expect([url.searchParams.get('region'), url.searchParams.get('ini'), url.searchParams.get('partner')]).toEqual([
      REGION,
      id('iso'),
      id('par'),
    ]);

    // the health chart of the region
    await page.getByTestId('health-chart').locator('canvas').first().waitFor();

    // a shared link: a reload restores the same view
    await page.reload();
    await page.getByTestId('drawn-summary').filter({ hasText: '5 nodes drawn' }).waitFor();
    expect(await drawn(page)).toEqual(expected);
    expect(await page.getByTestId('suggestion').first().getByRole('button', { pressed: true }).count()).toBe(1);

    // follow it into the explorer: both neighbourhoods, the partner selected with its details
    await page.getByTestId('open-explorer').click();
    await page.waitForURL((url) => url.pathname === '/explorer');
    await page.getByTestId('focus-badge').filter({ hasText: 'Focused on the neighbourhoods of 2 nodes' }).waitFor();
    await page
      .getByTestId('initiative-details')
      .getByRole('heading', { name: `${p}Zonnecoop West` })
      .waitFor();
    await page.getByText('Table', { exact: true }).click();
    const table = page.getByTestId('slice-table');
    await table.getByRole('row', { name: new RegExp(`${p}Zonnewei`) }).waitFor();
    await table.getByRole('row', { name: new RegExp(`${p}Zonnecoop West`) }).waitFor();
    await page.close();
  });

  it('lists the weakly tied initiatives with their one tie, suggests a partner and draws the three', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${t.url}/radar?region=${encodeURIComponent(REGION)}`);
    await page.getByTestId('isolate-list').getByRole('button').first().waitFor();

    // the switch names both lists with their counts; the weakly tied ones agree with the figure
    const switcher = page.getByTestId('list-switch');
    await switcher.getByText('Weakly tied (4)').waitFor();
    expect(await switcher.textContent()).toContain('Isolated (1)');
    await switcher.getByText('Weakly tied (4)').click();
    await page.waitForURL((url) => url.searchParams.get('list') === 'weak');

    // each with whom it is tied to, by name
    const list = page.getByTestId('weak-list');
    await list.getByRole('button').first().waitFor();
    const rows: [string | null, string | null][] = [];
    for (const row of await list.getByRole('button').all())
      rows.push([await row.locator('.radar-row-name').textContent(), await row.getByTestId('tied-to').textContent()]);
    expect(rows).toEqual([
      [`${p}Regenton Oost`, `tied only to ${p}Waterplein Oost`],
      [`${p}Waterplein Oost`, `tied only to ${p}Regenton Oost`],
      [`${p}Windmolen Oost`, `tied only to ${p}Zonnedak Oost`],
      [`${p}Zonnedak Oost`, `tied only to ${p}Windmolen Oost`],
    ]);
    expect(await page.getByTestId('weak-count').textContent()).toBe(`4 in ${REGION}`);

    // its one partner: the same theme in another region; never the initiative it is already tied to
    await list.getByRole('button', { name: new RegExp(`^${p}Regenton Oost`) }).click();
    await page.waitForURL((url) => url.searchParams.get('ini') === id('w1'));
    expect(await page.getByTestId('suggestions-for').textContent()).toBe(
      `for ${p}Regenton Oost, tied only to ${p}Waterplein Oost`,
    );
    const suggestions = page.getByTestId('suggestion');
    await suggestions.first().waitFor();
    expect(await suggestions.count()).toBe(1);
    const best = suggestions.first();
    expect(await best.getAttribute('data-partner-id')).toBe(id('wpar'));
    const text = await best.textContent();
    expect(text).toContain(`${p}Waterschap West`);
    expect(text).toContain('score 1.00');
    expect(text).toContain(`same theme ${WATER} in ${OTHER}`);

    // before a partner is chosen: the initiative, its tie and the actor they share
    await page.getByTestId('pick-partner').waitFor();
    await page.getByTestId('drawn-summary').filter({ hasText: '3 nodes drawn' }).waitFor();
    expect(await drawn(page)).toEqual([
      ['weak', `${p}Regenton Oost`],
      ['tied', `${p}Waterplein Oost`],
      ['actor', `${p}Wijkraad`],
    ]);
    expect(await page.getByTestId('legend-existing').textContent()).toBe('its only tie');
    expect(await page.getByTestId('legend-suggested').count()).toBe(0);

    // show both: the partner and its 1-step neighbourhood join, the suggested tie in the legend beside the existing one
    await best.getByRole('button', { name: 'Show both in the network' }).click();
    await page.waitForURL((url) => url.searchParams.get('partner') === id('wpar'));
    await page.getByTestId('drawn-summary').filter({ hasText: '6 nodes drawn' }).waitFor();
    const expected = [
      ['weak', `${p}Regenton Oost`],
      ['tied', `${p}Waterplein Oost`],
      ['partner', `${p}Waterschap West`],
      ['neighbour', `${p}Windhoek West`],
      ['actor', `${p}Waterbedrijf`],
      ['actor', `${p}Wijkraad`],
    ];
    expect(await drawn(page)).toEqual(expected);
    const roles = page.getByTestId('drawn-nodes').locator('tbody tr td:nth-child(2)');
    expect(await roles.allTextContents()).toEqual([
      'weakly tied initiative',
      'its only tie',
      'suggested partner',
      'nearby initiative',
      'actor',
      'actor',
    ]);
    expect(await page.getByTestId('network-pair').textContent()).toBe(
      `${p}Regenton Oost (tied only to ${p}Waterplein Oost) ↔ ${p}Waterschap West`,
    );
    expect(await page.getByTestId('legend-existing').textContent()).toBe('its only tie');
    expect(await page.getByTestId('legend-suggested').textContent()).toBe('suggested tie');
    await page.getByTestId('network-canvas').locator('canvas').first().waitFor();
    expect(await page.getByTestId('open-explorer').getAttribute('href')).toBe(
      `/explorer?focus=initiative:${id('w1')},initiative:${id('w2')},initiative:${id('wpar')}&sel=initiative:${id('wpar')}`,
    );

    // a reload restores the weakly tied list, the initiative and the partner
    await page.reload();
    await page.getByTestId('drawn-summary').filter({ hasText: '6 nodes drawn' }).waitFor();
    expect(await drawn(page)).toEqual(expected);
    expect(
      await page
        .getByTestId('weak-list')
        .getByRole('button', { name: new RegExp(`^${p}Regenton Oost`) })
        .getAttribute('aria-current'),
    ).toBe('true');
    expect(await page.getByTestId('suggestion').first().getByRole('button', { pressed: true }).count()).toBe(1);

    // back to the isolated list: the selection goes, the isolate is listed again
    await page.getByTestId('list-switch').getByText('Isolated (1)').click();
    await page.waitForURL((url) => url.searchParams.get('list') === null && url.searchParams.get('ini') === null);
    await page
      .getByTestId('isolate-list')
      .getByRole('button', { name: new RegExp(`${p}Zonnewei`) })
      .waitFor();
    await page.getByTestId('pick-isolate').waitFor();
    await page.close();
  });

  it('says so when a region has no isolated initiatives, and when it has no weakly tied ones', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${t.url}/radar?region=${encodeURIComponent(CALM)}`);
    await page
      .getByTestId('isolates-empty')
      .filter({ hasText: `No isolated initiatives in ${CALM}: every initiative has at least one tie.` })
      .waitFor();
    expect(await page.getByTestId('figure-isolates').locator('.radar-figure-value').textContent()).toBe('0');
    expect(await page.getByTestId('isolate-list').getByRole('button').count()).toBe(0);

    // its two initiatives are tied only to each other
    await page.getByTestId('list-switch').getByText('Weakly tied (2)').click();
    await page.waitForURL((url) => url.searchParams.get('list') === 'weak');
    const tied = page.getByTestId('weak-list').getByTestId('tied-to');
    await tied.first().waitFor();
    expect(await tied.allTextContents()).toEqual([`tied only to ${p}Kalme Tweede`, `tied only to ${p}Kalme Eerste`]);

    // a region with one initiative has none
    await page.goto(`${t.url}/radar?region=${encodeURIComponent(LONE)}&list=weak`);
    await page
      .getByTestId('weak-empty')
      .filter({ hasText: `No weakly tied initiatives in ${LONE}: no initiative has exactly one tie.` })
      .waitFor();
    // the two lists load apart: wait for the isolated count rather than read it while it shows '…'
    await page.getByTestId('list-switch').getByText('Isolated (1)').waitFor();
    await page.close();
  });
});
