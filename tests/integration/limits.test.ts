import { startTestApp, type TestApp } from '../support/app.js';

/** One request cannot exhaust the server: depth and cost are limited before anything runs. */
describe('GraphQL request limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ GRAPHQL_MAX_DEPTH: '6', GRAPHQL_MAX_COST: '2000' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('rejects a query nested deeper than GRAPHQL_MAX_DEPTH', async () => {
    const deep = await t.gql(
      `{ initiatives(first: 1) { edges { node { actors { actor { initiatives { initiative { name } } } } } } } }`,
    );
    expect(deep.status).toBe(400);
    expect(deep.errors?.[0]?.message).toMatch(/exceeds maximum operation depth of 6/);
    const shallow = await t.gql(`{ initiatives(first: 1) { edges { node { actors { role } } } } }`);
    expect(shallow.errors).toBeUndefined();
  });

  it('rejects a query whose estimated cost exceeds GRAPHQL_MAX_COST', async () => {
    const costly = await t.gql(`{ initiatives(first: 500) { edges { node { id name actors { role } } } } }`);
    expect(costly.status).toBe(400);
    expect(costly.errors?.[0]?.message).toMatch(/query cost \d+ exceeds the limit 2000/);
    const cheap = await t.gql(`{ initiatives(first: 10) { edges { node { id name } } } }`);
    expect(cheap.errors).toBeUndefined();
  });
});
