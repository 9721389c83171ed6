import { TOKENS } from '../support/app.js';
import { answerOf, startServer, type ServerProcess } from '../support/server-process.js';

const IMPORT = 'mutation($n: NetworkInput!) { importNetwork(input: $n) { initiatives } }';

/** A network with a bad enum (so graphql-js refuses its variables) and a reference to probe. */
const probe = {
  initiatives: [{ id: 'probe-x', name: 'x', status: 'NOT_A_STATUS' }],
  amplifications: [{ fromInitiativeId: 'does-it-exist', toInitiativeId: 'probe-x', mode: 'SPREADING' }],
};

/**
 * Writes are checked before any work: a caller without the editor role learns nothing about the
 * input or the database (before the hardening an anonymous import with a bad enum answered 400
 * with every problem, "unknown initiative 'x'" from a database lookup included), sends at most a
 * small body, and the problem list an editor gets is capped.
 */
describe('writes checked before work', () => {
  let s: ServerProcess;
  beforeAll(async () => {
    s = await startServer({ PROBLEMS_MAX: '50' });
  });
  afterAll(async () => {
    await s.stop();
  });

  it('answers an anonymous import with invalid variables 401, with no problem list and no lookup', async () => {
    const anonymous = await s.gql(IMPORT, { n: probe }, null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors).toHaveLength(1);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.body.errors?.[0]?.extensions?.problems).toBeUndefined();
    expect(anonymous.text).not.toMatch(/does-it-exist|NOT_A_STATUS|unknown initiative/);
  });

  it('answers a viewer 403 the same way; an editor gets the problems', async () => {
    const viewer = await s.gql(IMPORT, { n: probe }, 'viewer');
    expect(viewer.status).toBe(403);
    expect(viewer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(viewer.text).not.toMatch(/does-it-exist|NOT_A_STATUS/);
    const editor = await s.gql(IMPORT, { n: probe }, 'editor');
    expect(editor.status).toBe(400);
    expect(editor.text).toMatch(/unknown initiative 'does-it-exist'/);
  });

  it('answers anonymous inline mutations 401 before looking their ids up', async () => {
    const inline = await s.gql(
      'mutation { upsertInvolvement(input: {actorId: "is-there-an-A", initiativeId: "is-there-an-I"}) { role } }',
    );
    expect(inline.status).toBe(401);
    expect(inline.text).not.toMatch(/is-there|unknown/);
  });

  it('refuses a large body from a caller who may not write at once, without parsing it (413)', async () => {
    const rows = Array.from({ length: 300_000 }, (_, i) => ({ id: `big-${i}`, name: 'x', status: 'BAD' }));
    const body = JSON.stringify({ query: IMPORT, variables: { n: { initiatives: rows } } });
    expect(body.length).toBeGreaterThan(10_000_000);
    for (const token of [null, TOKENS.viewer]) {
      const started = Date.now();
      const response = await fetch(`${s.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body,
      });
      const answer = await answerOf(response, started);
      expect(answer.status).toBe(413);
      expect(answer.body.code).toBe('TOO_LARGE');
      expect(answer.text.length).toBeLessThan(1000);
    }
  });

  it("caps an editor's problem list: the first PROBLEMS_MAX and how many there were", async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => ({ id: `cap-${i}`, name: '' }));
    const answer = await s.gql(IMPORT, { n: { initiatives: rows } }, 'editor');
    expect(answer.status).toBe(200);
    const error = answer.body.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.problems).toHaveLength(50);
    expect(error?.extensions?.problemCount).toBe(2000);
    expect(answer.text.length).toBeLessThan(20_000);
  });
});
