import { ownedPrefixes, startTestApp, type TestApp } from '../support/app.js';
import { NAMED_TOKENS, dataVersion, oneChange } from '../support/history.js';

// networkDiff against a hand-worked example (the comments give T at both points), then retention.
// Only this file's entities change between the two points, so the lists hold only them; the
// figures count the whole database, so they are compared as differences.

const own = ownedPrefixes();
const p = own.prefix('hd');
const [R1, R2, R3] = [`${p}R1`, `${p}R2`, `${p}R3`];
const id = (name: string) => `${p}${name}`;

const DIFF = `query($from: ChangePointInput!, $to: ChangePointInput) { networkDiff(from: $from, to: $to) {
  from { seq at } to { seq at } changeSets
  figures { initiatives { before after } actors { before after } relations { before after } isolates { before after }
            components { before after } bridges { before after } brokers { before after } }
  initiatives { added removed changed items { key action fields { field before after } } }
  actors { added removed changed items { key } }
  relations { added removed changed items { key action } }
  isolatesAppeared { id name region } isolatesTied { id }
  componentsMerged { size parts representatives } componentsSplit { size parts representatives }
  bridgesGained { a b } bridgesLost { a b } brokersGained { id name } brokersLost { id }
} }`;

interface Diff {
  from: { seq: number; at: string | null };
  to: { seq: number; at: string | null };
  changeSets: number;
  figures: Record<string, { before: number; after: number }>;
  initiatives: {
    added: number;
    removed: number;
    changed: number;
    items: { key: string; action: string; fields: unknown[] }[];
  };
  actors: { added: number; removed: number; changed: number; items: { key: string }[] };
  relations: { added: number; removed: number; changed: number; items: { key: string; action: string }[] };
  isolatesAppeared: { id: string; name: string; region: string | null }[];
  isolatesTied: { id: string }[];
  componentsMerged: { size: number; parts: number[]; representatives: string[] }[];
  componentsSplit: { size: number; parts: number[]; representatives: string[] }[];
  bridgesGained: { a: string; b: string }[];
  bridgesLost: { a: string; b: string }[];
  brokersGained: { id: string; name: string }[];
  brokersLost: { id: string }[];
}

describe('networkDiff and retention (real Neo4j)', () => {
  let t: TestApp;
  let s0: number;
  let s1: number;
  const diff = async (from: Record<string, unknown>, to: Record<string, unknown> | null) => {
    const r = await t.gql<{ networkDiff: Diff }>(DIFF, { from, to });
    expect(r.errors).toBeUndefined();
    return r.data!.networkDiff;
  };

  beforeAll(async () => {
    t = await startTestApp(NAMED_TOKENS);
    // S0. T: A–B, B–C (amplifications), C–D (actor x in both); E, F, G, I isolated.
    // Components {A,B,C,D} {E} {F} {G} {I}; bridges A–B, B–C, C–D; broker x (C in R1, D in R2).
    const setup = await oneChange(t, () =>
      t.gql('mutation($n: NetworkInput!) { importNetwork(input: $n) { initiatives } }', {
        n: {
          initiatives: [
            ...['A', 'B', 'C', 'E', 'I'].map((n) => ({ id: id(n), name: n, region: R1 })),
            { id: id('D'), name: 'D', region: R2 },
            { id: id('F'), name: 'F', region: R2 },
            { id: id('G'), name: 'G', region: R3 },
          ],
          actors: [
            { id: id('x'), name: 'x' },
            { id: id('y'), name: 'y' },
          ],
          involvements: [
            { actorId: id('x'), initiativeId: id('C') },
            { actorId: id('x'), initiativeId: id('D') },
            { actorId: id('y'), initiativeId: id('A') },
          ],
          amplifications: [
            { fromInitiativeId: id('A'), toInitiativeId: id('B'), mode: 'SPREADING' },
            { fromInitiativeId: id('B'), toInitiativeId: id('C'), mode: 'DEEPENING' },
          ],
        },
      }),
    );
    s0 = setup.seq;
    const writes = [
      // E and F tied: {E}+{F} merge, bridge E–F
      `upsertAmplification(input: { fromInitiativeId: "${id('E')}", toInitiativeId: "${id('F')}", mode: SPREADING }) { mode }`,
      // y in A (R1) and G (R3): broker y, tie A–G, {A..D}+{G} merge
      `upsertInvolvement(input: { actorId: "${id('y')}", initiativeId: "${id('G')}" }) { role }`,
      // D to R1: x spans one region, no broker any more
      `updateInitiative(id: "${id('D')}", patch: { region: "${R1}" }) { id }`,
      // B–C gone: {A,B,C,D,G} splits into {A,B,G} and {C,D}
      `deleteAmplification(fromInitiativeId: "${id('B')}", toInitiativeId: "${id('C')}", mode: DEEPENING) { id }`,
      // a new isolate; I goes
      `createInitiative(input: { id: "${id('H')}", name: "H", region: "${R1}" }) { id }`,
      `deleteInitiative(id: "${id('I')}") { id }`,
    ];
    for (const write of writes) await oneChange(t, () => t.gql(`mutation { ${write} }`));
    s1 = await dataVersion(t);
    // S1. T: A–B, A–G, C–D, E–F (all bridges); H isolated. Components {A,B,G} {C,D} {E,F} {H}.
  });
  afterAll(async () => {
    await own.cleanup();
    await t.close();
  });

  it('lists the entities added, removed and changed, with the fields', async () => {
    const d = await diff({ seq: s0 }, { seq: s1 });
    expect(d.from.seq).toBe(s0);
    expect(d.to.seq).toBe(s1);
    expect(d.changeSets).toBe(6);
    expect(d.initiatives).toMatchObject({ added: 1, removed: 1, changed: 1 });
    expect(d.initiatives.items).toEqual([
      {
        key: `initiative:${id('D')}`,
        action: 'UPDATED',
        fields: [{ field: 'region', before: `"${R2}"`, after: `"${R1}"` }],
      },
      expect.objectContaining({ key: `initiative:${id('H')}`, action: 'CREATED' }),
      expect.objectContaining({ key: `initiative:${id('I')}`, action: 'DELETED' }),
    ]);
    expect(d.actors).toEqual({ added: 0, removed: 0, changed: 0, items: [] });
    expect(d.relations.items).toEqual([
      { key: `AMPLIFIES:DEEPENING:initiative:${id('B')}->initiative:${id('C')}`, action: 'DELETED' },
      { key: `AMPLIFIES:SPREADING:initiative:${id('E')}->initiative:${id('F')}`, action: 'CREATED' },
      { key: `INVOLVED_IN:actor:${id('y')}->initiative:${id('G')}`, action: 'CREATED' },
    ]);
  });

  it('says how the structure moved: isolates, components, bridges, brokers', async () => {
    const d = await diff({ seq: s0 }, { seq: s1 });
    expect(d.isolatesAppeared).toEqual([{ id: id('H'), name: 'H', region: R1 }]);
    expect(d.isolatesTied.map((n) => n.id)).toEqual([id('E'), id('F'), id('G')]);
    expect(d.componentsMerged).toEqual([
      { size: 3, parts: [2, 1], representatives: [id('A'), id('G')] },
      { size: 2, parts: [1, 1], representatives: [id('E'), id('F')] },
    ]);
    expect(d.componentsSplit).toEqual([{ size: 4, parts: [2, 2], representatives: [id('A'), id('C')] }]);
    expect(d.bridgesGained).toEqual([
      { a: id('A'), b: id('G') },
      { a: id('E'), b: id('F') },
    ]);
    expect(d.bridgesLost).toEqual([{ a: id('B'), b: id('C') }]);
    expect(d.brokersGained).toEqual([{ id: id('y'), name: 'y' }]);
    expect(d.brokersLost).toEqual([{ id: id('x') }]);
    const delta = Object.fromEntries(Object.entries(d.figures).map(([k, v]) => [k, v.after - v.before]));
    expect(delta).toEqual({
      initiatives: 0,
      actors: 0,
      relations: 1,
      isolates: -3,
      components: -1,
      bridges: 1,
      brokers: 0,
    });
  });

  it('takes instants as points, and answers the reverse diff the other way round', async () => {
    const at = async (seq: number) =>
      (await t.gql<{ changeSet: { at: string } }>(`{ changeSet(seq: ${seq}) { at } }`)).data!.changeSet.at;
    const byTime = await diff({ at: await at(s0) }, { at: await at(s1) });
    expect([byTime.from.seq, byTime.to.seq]).toEqual([s0, s1]);
    const reverse = await diff({ seq: s1 }, { seq: s0 });
    expect(reverse.initiatives).toMatchObject({ added: 1, removed: 1, changed: 1 });
    expect(reverse.isolatesAppeared.map((n) => n.id)).toEqual([id('E'), id('F'), id('G'), id('I')]);
    expect(reverse.brokersGained.map((n) => n.id)).toEqual([id('x')]);
    // to omitted: now, which is s1 as long as nothing else wrote
    expect((await diff({ seq: s0 }, null)).to.seq).toBe(await dataVersion(t));
  });

  it('refuses a point after the data version, and more than two diffs in one request', async () => {
    const future = await t.gql(DIFF, { from: { seq: s1 + 1000 } });
    expect(future.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const aliased = await t.gql(
      `{ a: networkDiff(from: { seq: ${s0} }) { changeSets } b: networkDiff(from: { seq: ${s0} }) { changeSets } c: networkDiff(from: { seq: ${s0} }) { changeSets } }`,
    );
    expect(aliased.errors?.[0]?.message).toMatch(/query cost \d+ exceeds the limit/);
  });

  it('compacts history before an instant without changing the network; undo and diffs across it are refused', async () => {
    const stats = async () =>
      (
        await t.gql<{ networkStats: Record<string, number> }>(
          '{ networkStats { initiatives actors amplifications dataVersion } }',
        )
      ).data!.networkStats;
    const before = await stats();
    const last = (await t.gql<{ changeSet: { at: string } }>(`{ changeSet(seq: ${s1}) { at } }`)).data!.changeSet.at;
    const cutoff = new Date(new Date(last).getTime() + 1).toISOString();
    const forbidden = await t.gql(`mutation { compactHistory(before: "${cutoff}") { changeSets } }`, {}, 'editor');
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const r = await t.gql<{
      compactHistory: { changeSets: number; chunks: number; bytes: number; historyFrom: number };
    }>(`mutation { compactHistory(before: "${cutoff}") { changeSets chunks bytes historyFrom } }`, {}, 'admin');
    expect(r.errors).toBeUndefined();
    expect(r.data!.compactHistory.changeSets).toBeGreaterThanOrEqual(7);
    expect(r.data!.compactHistory.bytes).toBeGreaterThan(0);
    expect(r.data!.compactHistory.historyFrom).toBe(s1 + 1);
    expect(await stats()).toEqual(before);
    expect((await t.gql<{ changeSet: unknown }>(`{ changeSet(seq: ${s1}) { seq } }`)).data!.changeSet).toBeNull();
    const undo = await t.gql(`mutation { undoChange(seq: ${s1}) { seq } }`);
    expect(undo.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(undo.errors![0]!.message).toContain('was compacted');
    const across = await t.gql(DIFF, { from: { seq: s0 }, to: { seq: s1 } });
    expect(across.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // the state after s1 is still reachable: nothing between it and now was removed
    expect((await diff({ seq: s1 }, null)).initiatives.items).toEqual([]);
  });
});
