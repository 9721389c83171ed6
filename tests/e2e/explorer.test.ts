import type { Browser, Page } from 'playwright-core';
import { startBrowserTest, stopBrowserTest, waitUntil } from '../support/browser.js';
import { importNetwork, ownedPrefixes, type TestApp } from '../support/app.js';

/** The part of Cytoscape's API the checks read in the page. */
interface CyLike {
  nodes(selector?: string): { map<T>(f: (n: { id(): string; position(): { x: number; y: number } }) => T): T[] };
}

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
    ({ t, browser } = await startBrowserTest());
    await importNetwork(t, {
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
    });
  });
  afterAll(() => stopBrowserTest({ t, browser }, owned));

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

  /** The cy instance Cytoscape registers on its container, read in the page. */
  function drawn<T>(page: Page, read: (cy: CyLike) => T): Promise<T> {
    return page.evaluate<T>(`(${read.toString()})(document.querySelector('[data-testid="network-canvas"]')._cyreg.cy)`);
  }

  it('shows the merged neighbourhoods of several focused nodes, with the focused ones marked', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // as the radar links: ids encoded one by one, joined by commas
    await page.goto(
      `${t.url}/explorer?focus=initiative:${encodeURIComponent(`${p}b`)},initiative:${encodeURIComponent(`${p}d`)}`,
    );
    // b's neighbourhood: b and a (a amplifies b); d's: d and the actor x; x's other initiative a is 2 steps away
    await settled(page, '3 initiatives, 1 actors');
    expect(await page.getByTestId('focus-badge').textContent()).toBe('Focused on the neighbourhoods of 2 nodes');
    const marked = await drawn(page, (cy) =>
      cy
        .nodes('[focused = 1]')
        .map((n) => n.id())
        .sort(),
    );
    expect(marked).toEqual([`initiative:${p}b`, `initiative:${p}d`]);
    expect(
      await drawn(page, (cy) =>
        cy
          .nodes()
          .map((n) => n.id())
          .sort(),
      ),
    ).toEqual([`actor:${p}x`, `initiative:${p}a`, `initiative:${p}b`, `initiative:${p}d`].sort());
    // selecting d fades what is not next to it, but never the other focused node (b stays in view)
    const url = new URL(page.url());
    url.searchParams.set('sel', `initiative:${p}d`);
    await page.goto(url.toString());
    await settled(page, '3 initiatives, 1 actors');
    await waitUntil(
      page,
      `document.querySelector('[data-testid="network-canvas"]')._cyreg.cy.$('node:selected').length === 1`,
    );
    const faded = await drawn(page, (cy) =>
      cy
        .nodes('.faded')
        .map((n) => n.id())
        .sort(),
    );
    expect(faded).toEqual([`initiative:${p}a`]);
    // the table lists the same union
    await page.getByText('Table', { exact: true }).click();
    const rows = page.getByTestId('slice-table').getByRole('row');
    await rows.nth(4).waitFor();
    expect(await rows.count()).toBe(1 + 4); // the header and the four nodes
    // back to the whole slice
    await page.getByRole('button', { name: 'Show the whole slice' }).click();
    expect(new URL(page.url()).searchParams.get('focus')).toBeNull();

    // an unknown id says which one could not be loaded
    await page.goto(`${t.url}/explorer?focus=initiative:${p}a,initiative:${p}nope`);
    const alert = page.getByRole('alert').filter({ hasText: `initiative:${p}nope` });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('does not exist');
    await page.close();
  });

  it('lays out cascades in layers (roots on top) from the layout picker, and exports the drawing as SVG', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${t.url}/explorer?theme=${encodeURIComponent(THEME)}`);
    await settled(page, '4 initiatives, 1 actors');
    await page.getByTestId('layout-picker').click();
    await page.getByRole('option', { name: 'layered' }).click();
    await waitUntil(page, `window.__atlas?.layout === 'layered'`);
    await page.getByTestId('loading').waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.get('layout')).toBe('layered');
    const y = await drawn(page, (cy) => Object.fromEntries(cy.nodes().map((n) => [n.id(), n.position().y])));
    // a amplifies b: a (the root) above b; c and d have no amplification: below the cascade; the actor last
    expect(y[`initiative:${p}a`]).toBeLessThan(y[`initiative:${p}b`]!);
    expect(y[`initiative:${p}b`]).toBeLessThan(y[`initiative:${p}c`]!);
    expect(y[`initiative:${p}c`]).toBe(y[`initiative:${p}d`]);
    expect(y[`initiative:${p}d`]).toBeLessThan(y[`actor:${p}x`]!);

    // the drawing as SVG: every node, the spreading edge with its arrow, the labels
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the network as SVG' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('small-wins-network.svg');
    const stream = await download.createReadStream();
    let svg = '';
    for await (const chunk of stream) svg += String(chunk);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    // the drawing, before the legend drawn under it (tests/e2e/exports.test.ts checks the legend)
    const [drawing = '', legend = ''] = svg.split('<g class="legend"');
    expect(legend).not.toBe('');
    expect(drawing.match(/<rect [^>]*rx=/g)).toHaveLength(4);
    expect(drawing.match(/<ellipse /g)).toHaveLength(1);
    expect(drawing.match(/marker-end=/g)).toHaveLength(1);
    expect(svg).toContain(`>${p}Zonnedorp Noord</text>`);

    // a shared link opens the same layout
    const again = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await again.goto(page.url());
    await waitUntil(again, `window.__atlas?.layout === 'layered'`);
    await again.close();
    await page.close();
  });

  it('shows the network as of a date picked on the time slider, by keyboard, with the count then', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${t.url}/explorer?theme=${encodeURIComponent(THEME)}&asOf=2016-12-31`);
    // by the end of 2016: a (2015) and d (2016), and the actor involved in both
    await settled(page, '2 initiatives, 1 actors');
    await page
      .getByTestId('time-count')
      .filter({ hasText: 'initiatives in the whole network by 2016-12-31' })
      .waitFor();
    const slider = page.getByRole('slider', { name: 'Network as of date' });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForURL((url) => url.searchParams.get('asOf') === '2017-12-31');
    await settled(page, '3 initiatives, 1 actors');
    expect(
      await drawn(page, (cy) =>
        cy
          .nodes()
          .map((n) => n.id())
          .sort(),
      ),
    ).toEqual([`actor:${p}x`, `initiative:${p}a`, `initiative:${p}b`, `initiative:${p}d`].sort());
    // one year back with the button, then today (End), which leaves asOf out of the URL
    await page.getByRole('button', { name: 'One year earlier' }).click();
    await page.waitForURL((url) => url.searchParams.get('asOf') === '2016-12-31');
    await settled(page, '2 initiatives, 1 actors');
    await slider.focus();
    await page.keyboard.press('End');
    await page.waitForURL((url) => url.searchParams.get('asOf') === null);
    await settled(page, '4 initiatives, 1 actors');
    await page.getByTestId('time-count').filter({ hasText: 'initiatives in the whole network today' }).waitFor();
    await page.close();
  });

  it('draws server-computed positions and uses the renderer the URL asks for', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const sliceRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql') && (r.postData() ?? '').includes('query ExplorerSlice')) {
        sliceRequests.push(r.postData() ?? '');
      }
    });
    await page.goto(`${t.url}/explorer?theme=${encodeURIComponent(THEME)}&layout=server&renderer=webgl`);
    await waitUntil(page, `window.__atlas?.layout === 'server'`);
    await settled(page, '4 initiatives, 1 actors');
    // the slice with its positions was asked for once, as the app started (before the explorer's
    // code had run: routes/prefetch-route.ts), with the URL's filter, and that answer was drawn
    expect(sliceRequests).toHaveLength(1);
    const asked = JSON.parse(sliceRequests[0]!) as {
      variables: { filter: { themes: string[]; regions: string[] }; limit: number };
    };
    expect(asked.variables.limit).toBe(1500);
    expect(asked.variables.filter.themes).toEqual([THEME]);
    expect(asked.variables.filter.regions).toEqual([]);
    const marks = await page.evaluate(() =>
      Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
    );
    expect(marks['gql:ExplorerSlice:start']).toBeLessThan(marks['atlas:explorer-module']!);
    // every node sits where the API's sliceLayout put it
    const api = await t.gql<{ sliceLayout: { positions: { id: string; x: number; y: number }[] } }>(
      `query($f: SliceFilter) { sliceLayout(filter: $f, limit: 1500) { positions { id x y } } }`,
      { f: { themes: [THEME] } },
    );
    const expected = Object.fromEntries(api.data!.sliceLayout.positions.map((q) => [q.id, [q.x, q.y]]));
    const drawnAt = await drawn(page, (cy) =>
      Object.fromEntries(cy.nodes().map((n) => [n.id(), [n.position().x, n.position().y]])),
    );
    expect(drawnAt).toEqual(expected);
    // headless Chromium has WebGL2 (software): the WebGL renderer drew it
    expect(await page.evaluate(`window.__atlas.renderer`)).toBe('webgl');
    expect(await page.getByTestId('network-canvas').getAttribute('data-renderer')).toBe('webgl');

    // forced back to canvas from the settings; the choice is in the URL
    await page.getByTestId('renderer-picker').click();
    await page.getByRole('option', { name: 'canvas' }).click();
    await page.waitForURL((url) => url.searchParams.get('renderer') === 'canvas');
    await waitUntil(page, `document.querySelector('[data-testid="network-canvas"]').dataset.renderer === 'canvas'`);
    await waitUntil(page, `window.__atlas?.renderer === 'canvas'`);
    await page.close();
  });

  it('draws a big slice in two steps, its initiatives first, framed from the positions', async () => {
    // 700 initiatives of their own region in a chain of amplifications, 400 actors each in two of them
    const region = `${p}Groot`;
    const initiatives = Array.from({ length: 700 }, (_, i) => ({ id: `${p}big${i}`, name: `${p}Big ${i}`, region }));
    const actors = Array.from({ length: 400 }, (_, i) => ({
      id: `${p}bigActor${i}`,
      name: `${p}Big actor ${i}`,
      region,
    }));
    await importNetwork(t, {
      initiatives,
      actors,
      involvements: actors.flatMap((a, i) => [
        { actorId: a.id, initiativeId: `${p}big${i}` },
        { actorId: a.id, initiativeId: `${p}big${(i * 7 + 3) % 700}` },
      ]),
      amplifications: initiatives.slice(1).map((b, i) => ({
        fromInitiativeId: `${p}big${i}`,
        toInitiativeId: b.id,
        mode: 'DEEPENING' as const,
      })),
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${t.url}/explorer?region=${encodeURIComponent(region)}`);
    await settled(page, '700 initiatives, 400 actors');
    const marker = await page.evaluate<{
      nodes: number;
      firstPictureNodes: number | null;
      firstPictureMs: number | null;
      firstDrawnMs: number;
    }>('window.__atlas');
    // the first picture held the initiatives only, painted before the rest came in
    expect(marker.firstPictureNodes).toBe(700);
    expect(marker.nodes).toBe(1100);
    expect(marker.firstPictureMs).toBeLessThan(marker.firstDrawnMs);
    // the view was fitted from the positions: every node's centre is inside the visible extent
    const outside = await page.evaluate(`(() => {
      const cy = document.querySelector('[data-testid="network-canvas"]')._cyreg.cy;
      const e = cy.extent();
      return cy.nodes().filter((n) => { const q = n.position(); return q.x < e.x1 || q.x > e.x2 || q.y < e.y1 || q.y > e.y2; }).length;
    })()`);
    expect(outside).toBe(0);
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
