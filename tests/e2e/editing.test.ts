import type { Browser, Locator, Page } from 'playwright-core';
import { startBrowserTest, stopBrowserTest, withEditorToken } from '../support/browser.js';
import { importNetwork, TOKENS, ownedPrefixes, type TestApp } from '../support/app.js';

interface InitiativeRow {
  id: string;
  name: string;
  startedOn: string | null;
  region: string | null;
  themes: string[];
  characteristics: { characteristic: string; score: number; evidence: string | null }[];
  amplificationsOut: { mode: string; to: { id: string } }[];
}

/**
 * Editing from the explorer in real headless Chromium against the real server and Neo4j: signing in
 * with the editor token (and being told when a token is wrong), creating an initiative through the
 * form, changing it, an invalid value answered by the server next to its field with nothing written,
 * an amplification added from the details, and a delete that says what goes with it.
 */
describe('editing in Chromium', () => {
  const owned = ownedPrefixes();
  const p = owned.prefix('editing');
  const REGION = `${p}Noord`;
  const THEME = `${p}water`;
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    ({ t, browser } = await startBrowserTest());
    await importNetwork(t, {
      initiatives: [
        {
          id: `${p}a`,
          name: `${p}Zonnedorp`,
          region: REGION,
          themes: [THEME],
          startedOn: '2015-01-01',
          characteristics: [
            { characteristic: 'TANGIBLE_RESULTS', score: 3, evidence: 'panels on 40 roofs' },
            { characteristic: 'DEEP_CHANGE', score: 1 },
          ],
        },
        { id: `${p}b`, name: `${p}Voedselbos`, region: REGION, themes: [THEME], startedOn: '2016-01-01' },
      ],
    });
  });
  afterAll(() => stopBrowserTest({ t, browser }, owned));

  /** The page's localStorage (the tests compile without the DOM library). */
  type Storage = { getItem: (k: string) => string | null; setItem: (k: string, v: string) => void };
  // (each callback runs in the page, so it names localStorage itself)
  const storedToken = (page: Page) =>
    page.evaluate(() => (globalThis as unknown as { localStorage: Storage }).localStorage.getItem('atlas.token'));

  async function initiative(id: string): Promise<InitiativeRow | null> {
    const r = await t.gql<{ initiative: InitiativeRow | null }>(
      `query($id: ID!) { initiative(id: $id) { id name startedOn region themes
        characteristics { characteristic score evidence } amplificationsOut { mode to { id } } } }`,
      { id },
    );
    expect(r.errors).toBeUndefined();
    return r.data!.initiative;
  }

  /** The error shown for an input: the text of the elements its aria-describedby names (Mantine's error). */
  async function fieldError(field: Locator): Promise<string> {
    const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
    const texts = await Promise.all(
      ids.map((id) =>
        field
          .page()
          .locator(`[id="${id}"]`)
          .textContent({ timeout: 2000 })
          .catch(() => ''),
      ),
    );
    return texts.join(' ');
  }

  async function openExplorer(page: Page, extra = '') {
    await page.goto(`${t.url}/explorer?region=${encodeURIComponent(REGION)}${extra}`);
    await page.getByRole('heading', { name: 'Small Wins Atlas' }).waitFor();
  }

  it('without a token shows no edit controls, and signing in says when a token is wrong', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await openExplorer(page, `&sel=${encodeURIComponent(`initiative:${p}a`)}`);
    const details = page.getByTestId('initiative-details');
    await details.getByRole('heading', { name: `${p}Zonnedorp` }).waitFor();
    // the profile: a radar chart with its text alternative, and the evidence notes below it
    const radar = page.getByTestId('profile-radar');
    await radar.locator('canvas').first().waitFor();
    expect(await radar.getAttribute('aria-label')).toContain('tangible results: 3 (strong)');
    expect(await radar.getAttribute('aria-label')).toContain('deep change: 1 (weak)');
    expect(await radar.getAttribute('aria-label')).toContain('step in the system: not scored');
    expect(await page.getByTestId('profile-list').textContent()).toContain('panels on 40 roofs');

    expect(await page.getByTestId('edit-node').count()).toBe(0);
    expect(await page.getByTestId('add-node').count()).toBe(0);
    expect(await page.getByTestId('delete-node').count()).toBe(0);
    expect(await page.getByTestId('add-amplification-out').count()).toBe(0);

    // sign-in explains where the token is, and refuses a wrong one and a viewer's
    await page.getByRole('button', { name: 'Sign in to edit' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sign in to edit' });
    expect(await dialog.textContent()).toContain('.data/api-token');
    const field = dialog.getByLabel('API token');
    await field.fill('not-the-token');
    await dialog.getByRole('button', { name: 'Check and sign in' }).click();
    await dialog.getByText('The API does not accept this token').waitFor();
    expect(await fieldError(field)).toContain('The API does not accept this token');
    await field.fill(TOKENS.viewer);
    await dialog.getByRole('button', { name: 'Check and sign in' }).click();
    await dialog.getByText('This token may only read (viewer role)').waitFor();
    expect(await storedToken(page)).toBeNull();
    expect(await page.getByTestId('edit-node').count()).toBe(0);

    // the editor token is kept, and the edit controls appear
    await field.fill(TOKENS.editor);
    await dialog.getByRole('button', { name: 'Check and sign in' }).click();
    await page.getByRole('button', { name: 'Editing as editor ✓' }).waitFor();
    expect(await storedToken(page)).toBe(TOKENS.editor);
    await page.getByTestId('edit-node').waitFor();
    await page.getByTestId('add-node').waitFor();

    // sign out takes them away again
    await page.getByRole('button', { name: 'Editing as editor ✓' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in to edit' }).waitFor();
    await page.getByTestId('edit-node').waitFor({ state: 'detached' });
    expect(await storedToken(page)).toBeNull();
    await page.close();
  });

  it('creates, edits, rejects a bad value by its field, amplifies and deletes', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await withEditorToken(page);
    await openExplorer(page);
    await page.getByTestId('slice-summary').filter({ hasText: '2 initiatives' }).waitFor();

    // create through the form
    await page.getByTestId('add-node').click();
    await page.getByRole('menuitem', { name: 'Initiative…' }).click();
    const form = page.getByTestId('initiative-form');
    await form.getByRole('textbox', { name: 'Id', exact: true }).fill(`${p}new`);
    await form.getByRole('textbox', { name: 'Name', exact: true }).fill(`${p}Regentonnen`);
    await form.getByLabel('Region').fill(REGION);
    await form.getByLabel('Themes').fill(THEME);
    await page.keyboard.press('Enter');
    await form.getByLabel('Started on').fill('2020-03-01');
    await form.getByTestId('score-TANGIBLE_RESULTS').getByText('2', { exact: true }).click();
    await form.getByLabel('tangible results: Evidence').fill('barrels on 12 houses');
    await form.getByRole('button', { name: 'Create initiative' }).click();
    await form.waitFor({ state: 'detached' });

    // the new initiative is selected and its details show it
    const details = page.getByTestId('initiative-details');
    await details.getByRole('heading', { name: `${p}Regentonnen` }).waitFor();
    expect(new URL(page.url()).searchParams.get('sel')).toBe(`initiative:${p}new`);
    expect(await page.getByTestId('profile-list').textContent()).toContain('barrels on 12 houses');
    const created = await initiative(`${p}new`);
    expect(created).toMatchObject({
      name: `${p}Regentonnen`,
      region: REGION,
      themes: [THEME],
      startedOn: '2020-03-01',
      characteristics: [{ characteristic: 'TANGIBLE_RESULTS', score: 2, evidence: 'barrels on 12 houses' }],
    });

    // the network on screen loads again after the write: 3 initiatives now, without a reload
    await page.getByTestId('slice-summary').filter({ hasText: '3 initiatives' }).waitFor();

    // in the explorer: the table view of the region lists it
    await openExplorer(page, '&view=table');
    await page
      .getByTestId('slice-table')
      .getByRole('row', { name: new RegExp(`${p}Regentonnen`) })
      .click();
    await details.getByRole('heading', { name: `${p}Regentonnen` }).waitFor();

    // edit a field
    await details.getByTestId('edit-node').click();
    const edit = page.getByTestId('initiative-form');
    expect(await edit.getByRole('textbox', { name: 'Id', exact: true }).isDisabled()).toBe(true);
    await edit.getByRole('textbox', { name: 'Name', exact: true }).fill(`${p}Regentonnen Plus`);
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await edit.waitFor({ state: 'detached' });
    await details.getByRole('heading', { name: `${p}Regentonnen Plus` }).waitFor();
    expect((await initiative(`${p}new`))?.name).toBe(`${p}Regentonnen Plus`);

    // an invalid date: the server's message next to the field, the form stays, nothing is written
    await details.getByTestId('edit-node').click();
    await edit.getByRole('textbox', { name: 'Name', exact: true }).fill(`${p}Never saved`);
    await edit.getByLabel('Started on').fill('2021-02-30');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await edit.getByText("bad date '2021-02-30'").waitFor();
    expect(await fieldError(edit.getByLabel('Started on'))).toContain("bad date '2021-02-30': use YYYY-MM-DD");
    expect(await edit.getByRole('textbox', { name: 'Name', exact: true }).getAttribute('aria-invalid')).not.toBe(
      'true',
    );
    const unchanged = await initiative(`${p}new`);
    expect(unchanged?.name).toBe(`${p}Regentonnen Plus`);
    expect(unchanged?.startedOn).toBe('2020-03-01');
    await page.keyboard.press('Escape');
    await edit.waitFor({ state: 'detached' });

    // a taken id: the conflict is shown by the id field, and the existing initiative is untouched
    await page.getByTestId('add-node').click();
    await page.getByRole('menuitem', { name: 'Initiative…' }).click();
    const again = page.getByTestId('initiative-form');
    await again.getByRole('textbox', { name: 'Id', exact: true }).fill(`${p}a`);
    await again.getByRole('textbox', { name: 'Name', exact: true }).fill(`${p}Impostor`);
    await again.getByRole('button', { name: 'Create initiative' }).click();
    await again.getByText('already exists').waitFor();
    expect(await fieldError(again.getByRole('textbox', { name: 'Id', exact: true }))).toContain(
      `initiative '${p}a' already exists`,
    );
    expect((await initiative(`${p}a`))?.name).toBe(`${p}Zonnedorp`);
    await page.keyboard.press('Escape');
    await again.waitFor({ state: 'detached' });

    // an amplification to the second initiative, picked by name
    await details.getByTestId('add-amplification-out').click();
    const amp = details.getByTestId('form-amplification-out');
    await amp.getByLabel('Taken further by (initiative)').fill('Voedselbos');
    await page.getByRole('option', { name: new RegExp(`${p}Voedselbos`) }).click();
    await amp.getByLabel('Amplification mode').click();
    await page.getByRole('option', { name: 'spread' }).click();
    await amp.getByLabel('Date (YYYY-MM-DD)').fill('2021-05-01');
    await amp.getByLabel('Evidence').fill('copied the rain barrels');
    await amp.getByRole('button', { name: 'Add', exact: true }).click();
    await amp.waitFor({ state: 'detached' });
    await details.getByText('copied the rain barrels').waitFor();
    expect(await details.textContent()).toContain(`${p}Voedselbos`);
    expect((await initiative(`${p}new`))?.amplificationsOut).toEqual([{ mode: 'SPREADING', to: { id: `${p}b` } }]);

    // delete: the confirmation names what goes with it, the result lists what the server removed
    await details.getByTestId('delete-node').click();
    const confirm = page.getByTestId('delete-confirm');
    expect(await confirm.textContent()).toContain('1 × amplifications');
    await page.getByRole('dialog').getByRole('button', { name: 'Delete initiative' }).click();
    const result = page.getByTestId('delete-result');
    await result.waitFor();
    expect(await result.textContent()).toContain('1 × amplifications');
    await result.getByRole('button', { name: 'OK' }).click();
    await details.waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.get('sel')).toBeNull();
    expect(await initiative(`${p}new`)).toBeNull();
    expect(await initiative(`${p}b`)).not.toBeNull();
    await page.close();
  });

  it('creates an actor, involves it in an initiative and removes that again', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await withEditorToken(page);
    await openExplorer(page);
    await page.getByTestId('add-node').click();
    await page.getByRole('menuitem', { name: 'Actor…' }).click();
    const form = page.getByTestId('actor-form');
    await form.getByRole('textbox', { name: 'Id', exact: true }).fill(`${p}x`);
    // an empty name: the server's message by the name field, nothing written
    await form.getByRole('button', { name: 'Create actor' }).click();
    await form.getByText('name must not be empty').waitFor();
    expect(await fieldError(form.getByRole('textbox', { name: 'Name', exact: true }))).toContain(
      'name must not be empty',
    );
    const none = await t.gql<{ actor: unknown }>(`query($id: ID!) { actor(id: $id) { id } }`, { id: `${p}x` });
    expect(none.data?.actor).toBeNull();
    await form.getByRole('textbox', { name: 'Name', exact: true }).fill(`${p}Waterschap`);
    await form.getByLabel('Kind').click();
    await page.getByRole('option', { name: 'water board' }).click();
    await form.getByRole('button', { name: 'Create actor' }).click();
    await form.waitFor({ state: 'detached' });

    const details = page.getByTestId('actor-details');
    await details.getByRole('heading', { name: `${p}Waterschap` }).waitFor();
    await details.getByTestId('add-involvement').click();
    const inv = details.getByTestId('form-involvement');
    await inv.getByLabel('initiative').fill('Voedselbos');
    await page.getByRole('option', { name: new RegExp(`${p}Voedselbos`) }).click();
    await inv.getByLabel('Role').fill('landowner');
    await inv.getByRole('button', { name: 'Add', exact: true }).click();
    await inv.waitFor({ state: 'detached' });
    await details.getByText('landowner').waitFor();
    const involved = await t.gql<{
      actor: { kind: string; initiatives: { role: string; initiative: { id: string } }[] };
    }>(`query($id: ID!) { actor(id: $id) { kind initiatives { role initiative { id } } } }`, { id: `${p}x` });
    expect(involved.data?.actor).toEqual({
      kind: 'WATER_BOARD',
      initiatives: [{ role: 'landowner', initiative: { id: `${p}b` } }],
    });

    // remove it again: asked first, then gone from the details and the database
    await details.getByRole('button', { name: `Remove ${p}Voedselbos` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
    await details.getByText('landowner').waitFor({ state: 'detached' });
    const after = await t.gql<{ actor: { initiatives: unknown[] } }>(
      `query($id: ID!) { actor(id: $id) { initiatives { role } } }`,
      { id: `${p}x` },
    );
    expect(after.data?.actor.initiatives).toEqual([]);
    await page.close();
  });
});
