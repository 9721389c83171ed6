import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.js';
import { ownedPrefixes, startTestApp, type TestApp } from '../support/app.js';

/**
 * The network explorer in real headless Chromium against the real server and Neo4j: a small
 * network of this test's own (unique ids, regions and theme), filtered by region through the UI,
 * a node selected by search and in the table, with its details in the drawer.
 */
describe('network explorer in Chromium', () => {
  const owned = ownedPrefixes();
  const p = owned.prefix('explorer');
  const R1 = `${p}Noord`;
  const R2 = `${p}Zuid`;
  const THEME = `${p}energy`;
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchChromium();
    const result = await t.gql(`mutation($input: NetworkInput!) { importNetwork(input: $input) { initiatives } }`, {
      input: {
        initiatives: [
          {
            id: `${p}a`,
            name: `${p}Zonnedorp`,
            region: R1,
            themes: [THEME],
            startedOn: '2015-01-01',
            status: 'EMBEDDED',
            characteristics: [{ characteristic: 'TANGIBLE_RESULTS', score: 3, evidence: 'panels on 40 roofs' }],
          },
          { id: `${p}b`, name: `${p}Zonnedorp Noord`, region: R1, themes: [THEME], startedOn: '2017-06-01' },
          { id: `${p}c`, name: `${p}Repair Café`, region: R1, themes: [THEME], startedOn: '2018-01-01' },
          { id: `${p}d`, name: `${p}Voedselbos`, region: R2, themes: [THEME], startedOn: '2016-01-01' },
        ],
        actors: [{ id: `${p}x`, name: `${p}Gemeente`, kind: 'MUNICIPALITY', region: R1 }],
        involvements: [
          { actorId: `${p}x`, initiativeId: `${p}a`, role: 'funder' },
          { actorId: `${p}x`, initiativeId: `${p}d` },
        ],
        amplifications: [
          {
            fromInitiativeId: `${p}a`,
            toInitiativeId: `${p}b`,
            mode: 'SPREADING',
            on: '2017-06-01',
            evidence: 'copied the cooperative model',
          },
        ],
        outcomes: [{ initiativeId: `${p}a`, kind: 'COLLABORATION', name: `${p}energy cooperative` }],
        barriers: [{ initiativeId: `${p}a`, barrier: 'REGULATION', overcome: true, on: '2016-05-01' }],
      },
    });
    expect(result.errors).toBeUndefined();
  });
  afterAll(async () => {
    await browser.close();
    await t.close();
    await owned.cleanup();
  });

  /** Waits for the slice summary to read `text` and for loading and layout to finish. */
  async function settled(page: Page, text: string) {
    await page.getByTestId('slice-summary').filter({ hasText: text }).waitFor();
    await page.getByTestId('loading').waitFor({ state: 'detached' });
  }

  it('filters by region, selects by search and in the table, and keeps it all in the URL', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // start narrowed to this test's theme so other tests' data does not matter
    await page.goto(`${t.url}/explorer?theme=${encodeURIComponent(THEME)}`);
    await page.getByRole('heading', { name: 'Small Wins Atlas' }).waitFor();
    await settled(page, '4 initiatives, 1 actors');
    expect(await page.getByTestId('legend').textContent()).toContain('spread');

    // filter by a region through the picker
    await page.getByTestId('filter-region').click();
    await page.getByRole('option', { name: R2 }).click();
    await page.keyboard.press('Escape');
    await settled(page, '1 initiatives, 1 actors');
    expect(new URL(page.url()).searchParams.get('region')).toBe(R2);

    // without actors; select the one initiative from the search suggestions (`/` focuses the search)
    await page.getByLabel('Show actors').click({ force: true });
    await settled(page, '1 initiatives, 0 actors');
    await page.keyboard.press('/');
    await page.keyboard.type('Voedsel');
    await page.getByRole('option', { name: `${p}Voedselbos · initiative` }).click();
    await page
      .getByTestId('initiative-details')
      .getByRole('heading', { name: `${p}Voedselbos` })
      .waitFor();
    expect(new URL(page.url()).searchParams.get('sel')).toBe(`initiative:${p}d`);

    // the canvas as a PNG
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the network as PNG' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('small-wins-network.png');

    // focus on the neighbourhood (as a double-click does): the initiative and its actor, wherever they are
    await page.getByRole('button', { name: 'Focus neighbourhood' }).click();
    await settled(page, '1 initiatives, 1 actors');
    expect(new URL(page.url()).searchParams.get('focus')).toBe(`initiative:${p}d`);
    await page.getByRole('button', { name: 'Show the whole slice' }).click();
    await settled(page, '1 initiatives, 0 actors');

    // Escape clears the selection
    await page.keyboard.press('Escape');
    await page.getByTestId('initiative-details').waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.get('sel')).toBeNull();

    // the other region, with actors; `/` focuses the search and a suggestion selects
    await page.goto(`${t.url}/explorer?region=${encodeURIComponent(R1)}`);
    await settled(page, '3 initiatives, 1 actors');
    await page.keyboard.press('/');
    await page.keyboard.type('Zonnedorp');
    await page.getByRole('option', { name: `${p}Zonnedorp · initiative` }).click();
    const details = page.getByTestId('initiative-details');
    await details.getByRole('heading', { name: `${p}Zonnedorp` }).waitFor();
    const text = (await details.textContent()) ?? '';
    expect(text).toContain('tangible results');
    expect(text).toContain('panels on 40 roofs');
    expect(text).toContain(`${p}Gemeente`);
    expect(text).toContain('funder');
    expect(text).toContain(`${p}Zonnedorp Noord`);
    expect(text).toContain('copied the cooperative model');
    expect(text).toContain(`${p}energy cooperative`);
    expect(text).toContain('regulation');

    // the table view of the same slice; a row selects the actor
    await page.getByText('Table', { exact: true }).click();
    const table = page.getByTestId('slice-table');
    await table.getByRole('row', { name: new RegExp(`${p}Gemeente`) }).click();
    const actor = page.getByTestId('actor-details');
    await actor.getByRole('heading', { name: `${p}Gemeente` }).waitFor();
    expect(await actor.textContent()).toContain(`${p}Voedselbos`);
    const params = new URL(page.url()).searchParams;
    expect(params.get('view')).toBe('table');
    expect(params.get('sel')).toBe(`actor:${p}x`);

    // a shared link opens the same view
    const again = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await again.goto(page.url());
    await again
      .getByTestId('actor-details')
      .getByRole('heading', { name: `${p}Gemeente` })
      .waitFor();
    await again.getByTestId('slice-table').waitFor();
    await again.close();
    await page.close();
  });

  it('says what to do when no initiative matches', async () => {
    const page = await browser.newPage();
    await page.goto(`${t.url}/explorer?region=${encodeURIComponent(R2)}&from=2030-01-01`);
    const empty = page.getByTestId('empty');
    await empty.waitFor();
    expect(await empty.textContent()).toContain('No initiatives match these filters: widen the date range');
    await page.close();
  });
});
