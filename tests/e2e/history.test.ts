import type { Browser, Page } from 'playwright-core';
import { launchChromium, waitUntil } from '../support/browser.js';
import { importNetwork, ownedPrefixes, startTestApp, TOKENS, type TestApp } from '../support/app.js';
import { NAMED_TOKENS } from '../support/history.js';

/**
 * The change log in the dashboard, in real headless Chromium against the real server and Neo4j:
 * who is signed in, an edit answered by a notice whose Undo reverts it, the drawer's history with
 * its own Undo and a refused one said in words, the What changed view against the API's diff,
 * the activity feed, and the admin's tokens (shown once, revoked tokens refused).
 */
describe('history in Chromium', () => {
  const owned = ownedPrefixes();
  const p = owned.prefix('histui');
  const REGION = `${p}Noord`;
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    t = await startTestApp(NAMED_TOKENS);
    browser = await launchChromium();
    await importNetwork(t, {
      initiatives: [
        { id: `${p}a`, name: `${p}Zonnedorp`, region: REGION, themes: [`${p}water`], startedOn: '2015-01-01' },
        { id: `${p}b`, name: `${p}Voedselbos`, region: REGION, themes: [`${p}water`], startedOn: '2016-01-01' },
      ],
    });
  });
  afterAll(async () => {
    await browser.close();
    await t.close();
    await owned.cleanup();
  });

  /** A page signed in with one of the test tokens (in localStorage before its scripts run). */
  async function signedInPage(role: keyof typeof TOKENS, width = 1400): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.addInitScript(
      (token) =>
        (globalThis as unknown as { localStorage: { setItem: (k: string, v: string) => void } }).localStorage.setItem(
          'atlas.token',
          token,
        ),
      TOKENS[role],
    );
    return page;
  }

  async function nameOf(id: string): Promise<string | undefined> {
    const r = await t.gql<{ initiative: { name: string } | null }>('query($id: ID!) { initiative(id: $id) { name } }', {
      id,
    });
    return r.data?.initiative?.name;
  }

  async function openDetails(page: Page, id: string) {
    await page.goto(`${t.url}/explorer?region=${encodeURIComponent(REGION)}&sel=initiative:${encodeURIComponent(id)}`);
    await page.getByTestId('initiative-details').waitFor();
  }

  async function rename(page: Page, name: string) {
    await page.getByTestId('initiative-details').getByTestId('edit-node').click();
    const form = page.getByTestId('initiative-form');
    await form.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.waitFor({ state: 'detached' });
    await page.getByTestId('initiative-details').getByRole('heading', { name }).waitFor();
  }

  it('shows who is signed in, and nobody after signing out', async () => {
    const page = await signedInPage('editor');
    await page.goto(`${t.url}/data`);
    const who = page.getByTestId('who-am-i');
    await who.waitFor();
    expect(await who.textContent()).toBe('Eddie Editor · editor');
    // an editor sees no admin page in the nav
    expect(await page.getByRole('link', { name: 'Tokens' }).count()).toBe(0);
    await page.getByTestId('editor-token').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Sign out' }).click();
    await who.waitFor({ state: 'detached' });
    await page.close();
  });

  it('undoes an edit from its notice, and from the history; a later change is in the way in words', async () => {
    const page = await signedInPage('editor');
    await openDetails(page, `${p}a`);
    await rename(page, `${p}Zonnedorp 2`);

    // the notice names the change set the edit made, and its Undo reverts it
    const notice = page.getByTestId('undo-notice').filter({ hasText: `${p}Zonnedorp 2` });
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/Saved as change #\d+/);
    await notice.getByRole('button', { name: 'Undo' }).click();
    await page.getByTestId('undo-notice').filter({ hasText: 'undone' }).first().waitFor();
    await page
      .getByTestId('initiative-details')
      .getByRole('heading', { name: `${p}Zonnedorp`, exact: true })
      .waitFor();
    expect(await nameOf(`${p}a`)).toBe(`${p}Zonnedorp`);

    // the history lists the edit (who, what: name before → after) and the undo
    const history = page.getByTestId('history');
    const items = history.getByTestId('history-item');
    await items
      .filter({ hasText: /#\d+ · undo/ })
      .first()
      .waitFor();
    const edit = items.filter({ hasText: 'updated initiative' }).first();
    expect(await edit.textContent()).toContain('Eddie Editor');
    expect(await edit.textContent()).toContain(`name ${p}Zonnedorp → ${p}Zonnedorp 2`);
    expect(await edit.textContent()).toMatch(/undone by change #\d+/);

    // a new edit, undone from the history
    await rename(page, `${p}Zonnedorp 3`);
    const third = items.filter({ hasText: `→ ${p}Zonnedorp 3` }).first();
    await third.waitFor();
    await third.getByTestId('history-undo').click();
    await page
      .getByTestId('initiative-details')
      .getByRole('heading', { name: `${p}Zonnedorp`, exact: true })
      .waitFor();
    expect(await nameOf(`${p}a`)).toBe(`${p}Zonnedorp`);

    // two edits; undoing the older one is refused, naming the later change set
    await rename(page, `${p}Zonnedorp 4`);
    await items
      .filter({ hasText: `→ ${p}Zonnedorp 4` })
      .first()
      .waitFor();
    const later = await t.gql<{ updateInitiative: { id: string } }>(
      `mutation { updateInitiative(id: "${p}a", patch: { description: "changed later" }) { id } }`,
    );
    expect(later.errors).toBeUndefined();
    await openDetails(page, `${p}a`); // a write from elsewhere shows at the next load
    await items.filter({ hasText: 'changed later' }).first().waitFor();
    await items
      .filter({ hasText: `→ ${p}Zonnedorp 4` })
      .first()
      .getByTestId('history-undo')
      .click();
    const conflict = history.getByTestId('history-conflict');
    await conflict.waitFor();
    expect(await conflict.textContent()).toMatch(
      new RegExp(`cannot be undone.*initiative:${p}a: changed by change #\\d+ \\(UPDATE_INITIATIVE by Eddie Editor\\)`),
    );
    expect(await nameOf(`${p}a`)).toBe(`${p}Zonnedorp 4`);
    await page.close();
  });

  it('shows What changed as the API diffs it, drawn, and the activity feed', async () => {
    await t.gql(`mutation { updateInitiative(id: "${p}b", patch: { region: "${p}Zuid" }) { id } }`);
    const page = await signedInPage('editor');
    await page.goto(`${t.url}/changes`);
    await page.getByTestId('diff-figures').waitFor();
    // the view's default: the last 30 days up to now, so the same diff through the API
    const from = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    const api = await t.gql<{
      networkDiff: { figures: Record<string, { before: number; after: number }>; initiatives: { changed: number } };
    }>(`{ networkDiff(from: { at: "${from}" }) { figures { initiatives { before after } isolates { before after } }
         initiatives { changed } } }`);
    expect(api.errors).toBeUndefined();
    const figures = api.data!.networkDiff.figures;
    const row = page.getByTestId('diff-figures').locator('[data-figure="initiatives"]');
    const cells = await row.locator('td').allTextContents();
    expect(cells.slice(1, 3)).toEqual([String(figures.initiatives!.before), String(figures.initiatives!.after)]);
    const changedCard = page.getByTestId('diff-initiatives-changed');
    expect(await changedCard.getByRole('heading').textContent()).toContain(
      `(${api.data!.networkDiff.initiatives.changed})`,
    );
    // drawn: the changes are on the canvas, with their legend
    const canvas = page.getByTestId('diff-canvas');
    await waitUntil(page, `document.querySelector('[data-testid="diff-canvas"]')?.dataset.laying === '0'`);
    expect(Number(await canvas.getAttribute('data-nodes'))).toBeGreaterThan(0);
    expect(await page.getByTestId('diff-legend').textContent()).toContain('removed: vermillion');

    // a range where nothing happened says so, and a reversed one is an error; both kept in the URL
    await page.goto(`${t.url}/changes?from=2001-01-01&to=2001-01-31`);
    await page.getByTestId('diff-empty').waitFor();
    await page.goto(`${t.url}/changes?from=2001-02-01&to=2001-01-01`);
    await page.getByTestId('diff-error').waitFor();

    // the Data page's activity feed: the newest change set first, with a link to its initiative;
    // more change sets than its first page (10), whatever ran before this file
    for (let i = 0; i < 11; i++) {
      const edit = await t.gql(
        `mutation { updateInitiative(id: "${p}b", patch: { description: "feed ${i}" }) { id } }`,
      );
      expect(edit.errors).toBeUndefined();
    }
    await page.goto(`${t.url}/data`);
    const feed = page.getByTestId('activity-feed');
    await feed.getByTestId('feed-item').first().waitFor();
    const newest = (
      await t.gql<{ changes: { edges: { node: { seq: number } }[] } }>(
        '{ changes(first: 1) { edges { node { seq } } } }',
      )
    ).data!.changes.edges[0]!.node.seq;
    expect(Number(await feed.getByTestId('feed-item').first().getAttribute('data-seq'))).toBeGreaterThanOrEqual(newest);
    const before = await feed.getByTestId('feed-item').count();
    await feed.getByTestId('feed-more').click();
    await waitUntil(
      page,
      `document.querySelectorAll('[data-testid="activity-feed"] [data-testid="feed-item"]').length > ${before}`,
    );
    await page.close();
  });

  it('lets an admin create a token shown once, and revoke it so it fails', async () => {
    const page = await signedInPage('admin');
    await page.goto(`${t.url}/data`);
    await page.getByRole('link', { name: 'Tokens' }).click();
    await page.getByTestId('token-table').waitFor();
    const table = page.getByTestId('token-table');
    expect(await table.textContent()).toContain('Ada Admin');

    const create = page.getByTestId('create-token');
    await create.getByRole('textbox', { name: 'Name' }).fill(`${p}Alice`);
    await create.getByRole('button', { name: 'Create token' }).click();
    const shown = page.getByTestId('new-token-value');
    await shown.waitFor();
    const token = (await shown.textContent())!.trim();
    expect(await page.getByTestId('new-token').textContent()).toContain('only time the token is shown');
    await table.locator(`[data-token="${p}Alice"]`).waitFor();

    const me = async () => {
      const response = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ me { name role } }' }),
      });
      return (await response.json()) as { data?: { me: { name: string; role: string } }; errors?: unknown[] };
    };
    expect((await me()).data?.me).toEqual({ name: `${p}Alice`, role: 'EDITOR' });

    // shown once: not after loading the page again
    await page.reload();
    await table.locator(`[data-token="${p}Alice"]`).waitFor();
    expect(await page.getByTestId('new-token-value').count()).toBe(0);
    expect(await page.content()).not.toContain(token);

    // revoke, confirmed: the token fails from then on
    await table.locator(`[data-token="${p}Alice"]`).getByTestId('revoke').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Revoke token' }).click();
    await table.locator(`[data-token="${p}Alice"][data-revoked="1"]`).waitFor();
    const after = await me();
    expect(after.data?.me ?? null).toBeNull();
    expect(JSON.stringify(after)).toContain('UNAUTHENTICATED');
    await page.close();
  });
});
