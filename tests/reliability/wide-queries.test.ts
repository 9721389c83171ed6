import { aliases, startServer, type ServerProcess } from '../support/server-process.js';

/**
 * Fragment cycles, very wide selections and fragment bombs answer 400 with a message, before the
 * hardening they overflowed the stack in the depth check and answered HTTP 500.
 */
describe('wide and cyclic queries', () => {
  let s: ServerProcess;
  beforeAll(async () => {
    s = await startServer();
  });
  afterAll(async () => {
    await s.stop();
  });

  it('answers a fragment cycle 400 with a message', async () => {
    const cycle = await s.gql('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }');
    expect(cycle.status).toBe(400);
    expect(cycle.body.errors?.[0]?.message).toMatch(/Cannot spread fragment "A" within itself/);
  });

  it('answers 200,000 aliases of __typename 400 with a message (also from an editor, whose body limit is large)', async () => {
    for (const token of [null, 'editor'] as const) {
      const wide = await s.gql(
        aliases(200_000, () => '__typename'),
        {},
        token,
      );
      expect([400, 413]).toContain(wide.status);
      expect(wide.text).toMatch(/tokens|fields|larger than/);
    }
    const editor = await s.gql(
      aliases(200_000, () => '__typename'),
      {},
      'editor',
    );
    expect(editor.status).toBe(400);
  });

  it('answers 5,000 aliases 400 with the field limit, and a fragment bomb at once', async () => {
    const wide = await s.gql(aliases(5000, () => '__typename'));
    expect(wide.status).toBe(400);
    expect(wide.body.errors?.[0]?.message).toMatch(/selects 5000 fields .* the limit is 2000/);
    const levels = 30;
    const fragments = Array.from(
      { length: levels },
      (_, i) =>
        `fragment F${i} on Query { ${i + 1 < levels ? `...F${i + 1} a${i}: regions ...F${i + 1}` : 'regions'} }`,
    ).join(' ');
    const bomb = await s.gql(`{ ...F0 } ${fragments}`);
    expect(bomb.status).toBe(400);
    expect(bomb.ms).toBeLessThan(5000);
  });

  it('still answers ordinary queries with fragments', async () => {
    const ok = await s.gql('query { ...S } fragment S on Query { networkStats { initiatives } regions }');
    expect(ok.status).toBe(200);
    expect(ok.body.errors).toBeUndefined();
  });
});
