import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startBrowserTest, stopBrowserTest, withEditorToken } from '../support/browser.js';
import { importNetwork, ownedPrefixes, type TestApp } from '../support/app.js';
import neo4j from 'neo4j-driver';

/**
 * Update links end to end in headless Chromium against the real server and Neo4j: an editor
 * creates a link on the Proposals page; the contact opens it without an account, edits the form
 * and sends a proposal; the editor reviews the before/after, accepts (the network and the history
 * show it), rejects another with a note; a revoked and a made-up token are refused.
 * SCREENSHOTS=1 also writes the form and the review at 1440 and 390 px to docs/screenshots/.
 */
describe('update links in Chromium', () => {
  const owned = ownedPrefixes();
  const p = owned.prefix('links');
  const zon = `${p}zon`;
  const NAME = `${p}Zonnedak`;
  let t: TestApp;
  let browser: Browser;
  const shots =
    process.env.SCREENSHOTS === '1' ? path.resolve(import.meta.dirname, '..', '..', 'docs', 'screenshots') : null;

  beforeAll(async () => {
    ({ t, browser } = await startBrowserTest());
    await importNetwork(t, {
      initiatives: [
        {
          id: zon,
          name: NAME,
          region: 'Drenthe',
          themes: ['energy'],
          description: 'Solar panels on school roofs.',
          status: 'EXPERIMENT',
          startedOn: '2021-03-01',
          characteristics: [{ characteristic: 'TANGIBLE_RESULTS', score: 2, evidence: '12 roofs' }],
        },
        { id: `${p}wind`, name: `${p}Windcoop`, region: 'Drenthe' },
      ],
      actors: [
        { id: `${p}gem`, name: 'Gemeente Assen', kind: 'MUNICIPALITY', region: 'Drenthe' },
        { id: `${p}sol`, name: `Stichting ${p}Solar`, kind: 'NGO', region: 'Drenthe' },
      ],
      involvements: [{ actorId: `${p}gem`, initiativeId: zon, role: 'funder' }],
      amplifications: [
        { fromInitiativeId: zon, toInitiativeId: `${p}wind`, mode: 'SPREADING', evidence: 'copied the model' },
      ],
      barriers: [{ initiativeId: zon, barrier: 'REGULATION' }],
    });
    if (shots) mkdirSync(shots, { recursive: true });
  });
  afterAll(async () => {
    const driver = neo4j.driver(process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7688');
    try {
      await driver.executeQuery(
        'MATCH (n) WHERE (n:UpdateLink OR n:Proposal) AND n.initiativeId STARTS WITH $p DETACH DELETE n',
        { p },
      );
    } finally {
      await driver.close();
    }
    await stopBrowserTest({ t, browser }, owned);
  });

  async function editorPage(width = 1440): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await withEditorToken(page);
    return page;
  }

  /** Creates a link on the Proposals page and returns its URL, as the editor copies it. */
  async function createLink(page: Page): Promise<string> {
    await page.goto(`${t.url}/proposals`);
    const search = page.getByTestId('link-initiative');
    await search.fill(NAME.slice(0, 20));
    await page.getByRole('option', { name: new RegExp(NAME) }).click();
    await page.getByTestId('create-link').click();
    const url = (await page.getByTestId('created-link').locator('pre, code').first().textContent())!.trim();
    expect(url).toMatch(new RegExp(`^${t.url}/update#swu_[A-Za-z0-9_-]{43}$`));
    await page.getByTestId('link-list').getByText('never used').waitFor();
    return url;
  }

  /** The contact's side: open the link in a browser without a token, change the form, send it. */
  async function propose(url: string, edit: (page: Page) => Promise<void>, width = 1440): Promise<void> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(url);
    await page.getByRole('heading', { name: `Update: ${NAME}` }).waitFor();
    await edit(page);
    await page.getByLabel('Your name').fill('Carla Contact');
    await page.getByRole('button', { name: 'Send my proposal' }).click();
    await page.getByTestId('update-sent').waitFor();
    await page.close();
  }

  it('goes from a link to a proposal, reviewed and accepted into the network and its history', async () => {
    const editor = await editorPage();
    const url = await createLink(editor);
    await propose(url, async (page) => {
      expect(await page.getByLabel('Description').inputValue()).toBe('Solar panels on school roofs.');
      await page.getByLabel('Description').fill('Solar panels on 40 school roofs, with the pupils.');
      await page.getByTestId('characteristic-DEEP_CHANGE').getByText('3', { exact: true }).click();
      await page.getByRole('button', { name: 'Add an organisation or person' }).click();
      await page.getByLabel('Name of the organisation or person').fill(`${p}Solar Foundation`);
      await page.getByRole('button', { name: 'Add an organisation or person' }).click();
      await page.getByLabel('Name of the organisation or person').nth(1).fill(`${p}Buurtbatterij Assen`);
      if (shots) {
        await page.evaluate('document.activeElement.blur(); window.scrollTo(0, 0)');
        await page.screenshot({ path: path.join(shots, 'update-form-desktop.png'), fullPage: false });
        await page.setViewportSize({ width: 390, height: 844 });
        await page.evaluate('window.scrollTo(0, 0)');
        await page.screenshot({ path: path.join(shots, 'update-form-narrow.png'), fullPage: false });
      }
    });

    await editor.goto(`${t.url}/proposals`);
    expect(await editor.getByTestId('proposals-badge').textContent()).toMatch(/^[1-9]\d*$/);
    await editor.getByTestId('proposal-item').filter({ hasText: 'Carla Contact' }).first().click();
    const review = editor.getByTestId('proposal-review');
    await review.getByText('from Carla Contact').waitFor();
    const described = review.getByTestId('review-change').filter({ hasText: NAME }).first();
    expect(await described.textContent()).toContain('✎ changed');
    expect(await described.textContent()).toContain('Solar panels on school roofs.');
    expect(await described.textContent()).toContain('Solar panels on 40 school roofs, with the pupils.');
    expect(await review.textContent()).toContain('+ added');
    // the look-alike of an existing actor is offered for a merge (chosen by default)
    const duplicates = review.getByTestId('review-duplicates');
    await duplicates.getByText(`use Stichting ${p}Solar (Drenthe)`).waitFor();
    if (shots) {
      await editor.screenshot({ path: path.join(shots, 'review-desktop.png'), fullPage: false });
      await editor.setViewportSize({ width: 390, height: 844 });
      await editor.screenshot({ path: path.join(shots, 'review-narrow.png'), fullPage: false });
      await editor.setViewportSize({ width: 1440, height: 900 });
    }
    await editor.getByTestId('accept-proposal').click();
    const done = await editor.getByTestId('review-done').textContent();
    const seq = Number(/change #(\d+)/.exec(done ?? '')?.[1]);
    expect(seq).toBeGreaterThan(0);

    // in the network: the explorer's details show the new description and the merged actor
    await editor.goto(`${t.url}/explorer?region=Drenthe&sel=${encodeURIComponent(`initiative:${zon}`)}`);
    const details = editor.getByTestId('initiative-details');
    // exact: the drawer's history also shows the change, shortened (… → Solar panels on 4…)
    await details.getByText('Solar panels on 40 school roofs, with the pupils.', { exact: true }).waitFor();
    await details.getByText(`Stichting ${p}Solar`).first().waitFor();
    // in the history: one change set, by the editor on the contact's behalf
    const history = await t.gql<{ changeSet: { who: string; operation: string; entryCount: number } }>(
      `{ changeSet(seq: ${seq}) { who operation entryCount } }`,
    );
    expect(history.data!.changeSet).toMatchObject({
      who: 'API_TOKENS editor #2 (proposal from Carla Contact)',
      operation: 'APPLY_PROPOSAL',
    });
    // the description and a characteristic (one initiative), the involvement of the merged actor, the new actor and its involvement
    expect(history.data!.changeSet.entryCount).toBe(4);
    await editor.close();
  });

  it('rejects another proposal with a note, and refuses a revoked or made-up link', async () => {
    const editor = await editorPage();
    const url = await createLink(editor);
    await propose(url, async (page) => {
      await page.getByLabel('Name', { exact: true }).fill('Something else entirely');
    });
    await editor.goto(`${t.url}/proposals`);
    await editor.getByTestId('proposal-item').filter({ hasText: 'Carla Contact' }).first().click();
    const review = editor.getByTestId('proposal-review');
    await review.getByRole('cell', { name: 'Something else entirely' }).waitFor();
    expect(await review.getByRole('heading').first().textContent()).toBe(NAME);
    await review.getByLabel('Why (the note is kept with the proposal)').fill('The name is the official one.');
    await review.getByTestId('reject-proposal').click();
    expect(await editor.getByTestId('review-done').textContent()).toContain('Rejected');
    const name = await t.gql<{ initiative: { name: string } }>(`{ initiative(id: "${zon}") { name } }`);
    expect(name.data!.initiative.name).toBe(NAME);

    // revoke the link in the list; the contact's page then says it does not work
    await editor.getByTestId('link-initiative').fill(NAME.slice(0, 20));
    await editor.getByRole('option', { name: new RegExp(NAME) }).click();
    await editor.getByTestId('link-list').getByRole('button', { name: 'Revoke' }).first().click();
    await editor
      .getByTestId('link-list')
      .getByText(/revoked/)
      .first()
      .waitFor();
    const contact = await browser.newPage();
    await contact.goto(url);
    expect(await contact.getByTestId('update-refused').textContent()).toMatch(/revoked/);
    await contact.goto(`${t.url}/update#swu_${'A'.repeat(43)}`);
    await contact.reload();
    expect(await contact.getByTestId('update-refused').textContent()).toMatch(/not known/);
    await contact.close();
    await editor.close();
  });
});
