import type { Browser } from 'playwright-core';
import { startBrowserTest, stopBrowserTest } from '../support/browser.js';
import { importNetwork, ownedPrefixes, type TestApp } from '../support/app.js';

/** Where the test leaves its screenshots (RESEARCH_SCREENSHOTS=dir), for a person to look at. */
const SHOTS = process.env.RESEARCH_SCREENSHOTS;

/**
 * The research panels in real headless Chromium against the real server and Neo4j, on a network
 * of this test's own: the simulation panel of a cascade (p = 1 reaches its whole component; a tie
 * to another cascade's root adds that cascade), the radar's ranking by simulated gain, null bands
 * on the Data page's figures and the temporal downloads.
 */
describe('research panels in Chromium', () => {
  const owned = ownedPrefixes();
  const p = owned.prefix('research-ui');
  const REGION = `${p}Noord`;
  const THEME = `${p}zon`;
  const id = (x: string) => `${p}${x}`;
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    ({ t, browser } = await startBrowserTest());
    const i = (x: string, name: string, startedOn: string, region = REGION) => ({
      id: id(x),
      name: `${p}${name}`,
      region,
      themes: [THEME],
      startedOn,
    });
    await importNetwork(t, {
      initiatives: [
        i('r', 'Zonnedak', '2014-01-01'),
        i('a', 'Zonnedak Twee', '2015-06-01'),
        i('b', 'Zonneweide', '2016-03-01'),
        i('c', 'Zonnepark', '2018-09-01'),
        i('s', 'Buurtbatterij', '2015-01-01', `${p}Zuid`),
        i('u', 'Buurtbatterij Twee', '2016-01-01', `${p}Zuid`),
        i('iso', 'Alleen', '2019-01-01'),
      ],
      amplifications: [
        { fromInitiativeId: id('r'), toInitiativeId: id('a'), mode: 'SPREADING', on: '2015-06-01' },
        { fromInitiativeId: id('r'), toInitiativeId: id('b'), mode: 'BROADENING', on: '2016-03-01' },
        { fromInitiativeId: id('b'), toInitiativeId: id('c'), mode: 'DEEPENING', on: '2018-09-01' },
        { fromInitiativeId: id('s'), toInitiativeId: id('u'), mode: 'SPREADING', on: '2016-01-01' },
      ],
    });
  });
  afterAll(() => stopBrowserTest({ t, browser }, owned));

  it('simulates a spread from a cascade’s root, and what a tie to another cascade would add', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1300 } });
    await page.goto(`${t.url}/diffusion?theme=${encodeURIComponent(THEME)}&root=${encodeURIComponent(id('r'))}`);
    const panel = page.getByTestId('simulation-panel');
    await panel.waitFor();
    await panel.getByLabel('Probability per tie').fill('1');
    await panel.getByTestId('sim-run').click();
    const reach = page.getByTestId('sim-reach');
    await reach.waitFor();
    expect(await reach.textContent()).toContain('Reach: 4 initiatives on average (90% of runs 4–4)');
    await page.getByTestId('sim-chart').locator('canvas').first().waitFor();
    expect(await page.getByTestId('sim-receipt').textContent()).toContain('Cite as: Small Wins Atlas');

    await panel.getByLabel('Compare with a tie to').click();
    await page.getByRole('option', { name: `${p}Buurtbatterij` }).click();
    await panel.getByTestId('sim-run').click();
    const gain = page.getByTestId('sim-gain');
    await gain.waitFor();
    expect(await gain.textContent()).toContain('gain 2 initiatives');
    expect(await gain.textContent()).toContain('more reach in 100% of runs');

    // the cascade cards with their band for the size bin
    await page.getByTestId('cascade-null').getByTestId('null-run').click();
    await page.getByTestId('band-MEAN_CASCADE_DEPTH').waitFor();
    expect(await page.getByTestId('card-depth').textContent()).toMatch(/size bin 2–4 \(\d+ cascades\): mean/);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/diffusion-simulation.png`, fullPage: true });
    await page.close();
  });

  it('ranks the radar’s suggestions by simulated gain', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${t.url}/radar?region=${encodeURIComponent(REGION)}&ini=${encodeURIComponent(id('iso'))}`);
    await page.getByTestId('suggestion').first().waitFor();
    const suggestions = await page.getByTestId('suggestion').count();
    await page.getByTestId('gain-run').click();
    await page.getByTestId('gain').first().waitFor();
    const badges = page.getByTestId('gain');
    expect(await badges.count()).toBe(suggestions);
    const values: number[] = [];
    for (let n = 0; n < suggestions; n++)
      values.push(Number(/\+([\d.]+)/.exec((await badges.nth(n).textContent())!)![1]));
    expect(values).toEqual([...values].sort((x, y) => y - x));
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/radar-gains.png` });
    await page.close();
  });

  it('puts null bands on the Data page’s figures and offers the temporal downloads', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1100 } });
    await page.goto(`${t.url}/data`);
    await page.getByTestId('figure-components').waitFor();
    await page.getByTestId('null-run').click();
    const band = page.getByTestId('band-components');
    await band.waitFor();
    expect(['above', 'below', 'within']).toContain(await band.getAttribute('data-verdict'));
    expect(await band.textContent()).toMatch(/^chance [\d,.]+–[\d,.]+/);
    await page.getByTestId('band-LARGEST_COMPONENT_SHARE').waitFor();
    expect(await page.getByTestId('download-diffusion').getAttribute('href')).toBe(
      '/api/export?format=diffusion&period=year',
    );
    await page.getByTestId('research-downloads').getByText('month', { exact: true }).click();
    expect(await page.getByTestId('download-waves').getAttribute('href')).toBe('/api/export?format=waves&period=month');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/data-bands.png`, fullPage: true });
    await page.close();
  });
});
