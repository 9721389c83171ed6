import type { Browser } from 'playwright-core';
import { startBrowserTest, stopBrowserTest } from '../support/browser.js';
import { importNetwork, ownedPrefixes, type TestApp } from '../support/app.js';

/**
 * The Diffusion page in real headless Chromium against the real server and Neo4j: a small cascade of
 * this test's own (unique ids, region and theme) picked from the ranked list, its cards, and
 * playback revealing it step by step, all in the URL.
 */
describe('diffusion page in Chromium', () => {
  const owned = ownedPrefixes();
  const p = owned.prefix('diffusion');
  const REGION = `${p}Noord`;
  const THEME = `${p}water`;
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    ({ t, browser } = await startBrowserTest());
    const i = (id: string, name: string, startedOn: string, region = REGION) => ({
      id: `${p}${id}`,
      name: `${p}${name}`,
      region,
      themes: [THEME],
      startedOn,
    });
    await importNetwork(t, {
      initiatives: [
        i('r', 'Regentonnen', '2014-01-01'),
        i('a', 'Regentonnen Noord', '2015-06-01'),
        i('b', 'Wadi Wijk', '2016-03-01', `${p}Zuid`),
        i('c', 'Groene Daken', '2018-09-01', `${p}Zuid`),
      ],
      amplifications: [
        { fromInitiativeId: `${p}r`, toInitiativeId: `${p}a`, mode: 'SPREADING', on: '2015-06-01' },
        { fromInitiativeId: `${p}r`, toInitiativeId: `${p}b`, mode: 'BROADENING', on: '2016-03-01' },
        { fromInitiativeId: `${p}b`, toInitiativeId: `${p}c`, mode: 'DEEPENING', on: '2018-09-01' },
      ],
    });
  });
  afterAll(() => stopBrowserTest({ t, browser }, owned));

  it('lists the cascade, shows its cards and plays its time line', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // narrowed to this test's theme so other tests' data does not matter
    await page.goto(`${t.url}/diffusion?theme=${encodeURIComponent(THEME)}`);
    await page.getByRole('heading', { name: 'Small Wins Atlas' }).waitFor();
    await page.getByTestId('pick-cascade').waitFor();

    // the ranked list, reachable by keyboard: one cascade of 4 in bin 2–4
    const row = page.getByTestId('cascade-list').getByRole('button', { name: new RegExp(`${p}Regentonnen`) });
    await row.first().waitFor();
    expect(await page.getByTestId('cascade-list').getByRole('button').count()).toBe(1);
    expect(await row.first().textContent()).toContain('2–4');
    await row.first().focus();
    await page.keyboard.press('ArrowDown');
    expect(new URL(page.url()).searchParams.get('root')).toBe(`${p}r`);

    // the cards
    await page.getByTestId('card-size').filter({ hasText: '4' }).waitFor();
    expect(await page.getByTestId('card-depth').textContent()).toContain('2');
    expect(await page.getByTestId('card-breadth').textContent()).toContain('2');
    expect(await page.getByTestId('card-regions').textContent()).toContain('2');
    const sv = await page.getByTestId('card-virality').textContent();
    expect(sv).toContain('1.67'); // mean distance over the 6 pairs of this tree: 10 / 6
    expect(sv).toContain('2–4');
    expect(await page.getByTestId('cascade-title').textContent()).toBe(`${p}Regentonnen`);
    await page.getByTestId('generations-chart').locator('canvas').first().waitFor();
    await page.getByTestId('adoption-chart').locator('canvas').first().waitFor();

    // playback: starts at the first date and reveals the rest as it happened
    await page.getByTestId('reveal-status').filter({ hasText: '4 of 4' }).waitFor();
    await page.getByTestId('play').click();
    await page.getByTestId('reveal-status').filter({ hasText: '1 of 4 initiatives by 2014-01-01' }).waitFor();
    await page.getByTestId('reveal-status').filter({ hasText: '2 of 4 initiatives by 2015-06-01' }).waitFor();
    await page.getByTestId('reveal-status').filter({ hasText: '4 of 4 initiatives by 2018-09-01' }).waitFor();
    expect(new URL(page.url()).searchParams.get('at')).toBe('2018-09-01');

    // the slider moves back in time; the state survives a reload (a shared link)
    await page.getByRole('slider', { name: 'Time' }).focus();
    await page.keyboard.press('Home');
    await page.getByTestId('reveal-status').filter({ hasText: '1 of 4' }).waitFor();
    expect(new URL(page.url()).searchParams.get('at')).toBe('2014-01-01');
    await page.reload();
    await page.getByTestId('reveal-status').filter({ hasText: '1 of 4 initiatives by 2014-01-01' }).waitFor();
    await page.close();
  });

  it('says what to do when no cascade matches', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${t.url}/diffusion?theme=${encodeURIComponent(`${p}nothing`)}`);
    await page.getByTestId('cascades-empty').waitFor();
    await page.close();
  });
});
