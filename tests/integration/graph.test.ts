import { deleteByPrefix } from '../support/cleanup.js';
import { startTestApp, uniquePrefix, type GraphqlResponse, type TestApp } from '../support/app.js';

// neighbourhood and networkSlice through GraphQL against the real Neo4j, on a small network of
// this file's own (prefixed ids, regions and themes), deleted in afterAll.
//
//   a ─SPREADING→ b ─DEEPENING→ c ─BROADENING→ d        f (alone)
//   x involved in a and e; x influences y; y involved in d; actor "a" (same id as initiative a)
//   involved in c.

const p = uniquePrefix('graph');
const R1 = `${p}Drenthe`;
const R2 = `${p}Gelderland`;
const T1 = `${p}energy`;
const T2 = `${p}food`;
const I = (k: string) => `initiative:${p}${k}`;
const A = (k: string) => `actor:${p}${k}`;

const IMPORT = `mutation($input: NetworkInput!) { importNetwork(input: $input) { initiatives } }`;
const SLICE_FIELDS = `nodes { id entityId kind label region themes status startedOn actorKind }
  edges { id source target kind mode on weight evidence confidence }
  truncated`;
const NEIGHBOURHOOD = `query($id: ID!, $kind: NodeKind, $depth: Int, $limit: Int) {
  neighbourhood(id: $id, kind: $kind, depth: $depth, limit: $limit) { ${SLICE_FIELDS} }
}`;
const SLICE = `query($filter: SliceFilter, $limit: Int) { networkSlice(filter: $filter, limit: $limit) { ${SLICE_FIELDS} } }`;

interface Slice {
  nodes: {
    id: string;
    entityId: string;
    kind: string;
    label: string;
    region: string | null;
    themes: string[];
    status: string | null;
    startedOn: string | null;
    actorKind: string | null;
  }[];
  edges: {
    id: string;
    source: string;
    target: string;
    kind: string;
    mode: string | null;
    on: string | null;
    weight: number | null;
    evidence: string | null;
    confidence: number | null;
  }[];
  truncated: boolean;
}

const nodeIds = (s: Slice) => s.nodes.map((n) => n.id).sort();
const edgePairs = (s: Slice) =>
  s.edges.map((e) => `${e.kind}${e.mode ? `/${e.mode}` : ''} ${e.source} ${e.target}`).sort();

describe('graph: neighbourhood and networkSlice (real Neo4j)', () => {
  let t: TestApp;
  const neighbourhood = async (vars: Record<string, unknown>) => {
    const r = await t.gql<{ neighbourhood: Slice }>(NEIGHBOURHOOD, vars);
    expect(r.errors).toBeUndefined();
    return r.data!.neighbourhood;
  };
  const slice = async (filter: Record<string, unknown>, limit?: number) => {
    const r = await t.gql<{ networkSlice: Slice }>(SLICE, {
      filter: { regions: [R1, R2], ...filter },
      ...(limit ? { limit } : {}),
    });
    expect(r.errors).toBeUndefined();
    return r.data!.networkSlice;
  };
  const errorOf = (r: GraphqlResponse) => r.errors?.[0]?.extensions;

  beforeAll(async () => {
    t = await startTestApp();
    const result = await t.gql(IMPORT, {
      input: {
        initiatives: [
          { id: `${p}a`, name: 'Zonnedorp', region: R1, themes: [T1], startedOn: '2015-01-01', status: 'EMBEDDED' },
          {
            id: `${p}b`,
            name: 'Zonnedorp Noord',
            region: R1,
            themes: [T1],
            startedOn: '2017-06-01',
            status: 'RUNNING',
          },
          { id: `${p}c`, name: 'Warmtenet', region: R2, themes: [T1, T2], startedOn: '2019-03-01', status: 'RUNNING' },
          {
            id: `${p}d`,
            name: 'Zorgcoöperatie',
            region: R2,
            themes: [T2],
            startedOn: '2021-09-01',
            status: 'EXPERIMENT',
          },
          { id: `${p}e`, name: 'Repair Café', region: R1 },
          { id: `${p}f`, name: 'Voedselbos', region: R2, themes: [T2], startedOn: '2016-01-01' },
        ],
        actors: [
          { id: `${p}x`, name: 'Gemeente', kind: 'MUNICIPALITY', region: R1 },
          { id: `${p}y`, name: 'Zorgverzekeraar', kind: 'BUSINESS' },
          { id: `${p}a`, name: 'Actor named like initiative a', kind: 'NGO' },
        ],
        involvements: [
          { actorId: `${p}x`, initiativeId: `${p}a`, role: 'funder', since: '2015-02-01' },
          { actorId: `${p}x`, initiativeId: `${p}e` },
          { actorId: `${p}y`, initiativeId: `${p}d` },
          { actorId: `${p}a`, initiativeId: `${p}c` },
        ],
        influences: [{ fromActorId: `${p}x`, toActorId: `${p}y`, weight: 2.5, since: '2018-01-01' }],
        amplifications: [
          {
            fromInitiativeId: `${p}a`,
            toInitiativeId: `${p}b`,
            mode: 'SPREADING',
            on: '2017-06-01',
            evidence: 'same model',
            confidence: 0.9,
          },
          { fromInitiativeId: `${p}b`, toInitiativeId: `${p}c`, mode: 'DEEPENING', on: '2019-03-01' },
          { fromInitiativeId: `${p}c`, toInitiativeId: `${p}d`, mode: 'BROADENING' },
        ],
      },
    });
    expect(result.errors).toBeUndefined();
  });
  afterAll(async () => {
    await deleteByPrefix(p);
    await t.close();
  });

  describe('neighbourhood', () => {
    it('depth 1: the direct neighbours of an initiative and the edges among them', async () => {
      const s = await neighbourhood({ id: `${p}a` });
      expect(nodeIds(s)).toEqual([A('x'), I('a'), I('b')].sort());
      expect(edgePairs(s)).toEqual(
        [`AMPLIFIES/SPREADING ${I('a')} ${I('b')}`, `INVOLVED_IN ${A('x')} ${I('a')}`].sort(),
      );
      expect(s.truncated).toBe(false);
      const amp = s.edges.find((e) => e.kind === 'AMPLIFIES')!;
      expect(amp).toMatchObject({ on: '2017-06-01', evidence: 'same model', confidence: 0.9, weight: null });
      expect(s.nodes.find((n) => n.id === I('a'))).toEqual({
        id: I('a'),
        entityId: `${p}a`,
        kind: 'INITIATIVE',
        label: 'Zonnedorp',
        region: R1,
        themes: [T1],
        status: 'EMBEDDED',
        startedOn: '2015-01-01',
        actorKind: null,
      });
    });

    it('depth 2 and 3 reach further, along every relation kind', async () => {
      const two = await neighbourhood({ id: `${p}a`, depth: 2 });
      expect(nodeIds(two)).toEqual([I('a'), I('b'), I('c'), I('e'), A('x'), A('y')].sort());
      expect(edgePairs(two)).toEqual(
        [
          `AMPLIFIES/SPREADING ${I('a')} ${I('b')}`,
          `AMPLIFIES/DEEPENING ${I('b')} ${I('c')}`,
          `INVOLVED_IN ${A('x')} ${I('a')}`,
          `INVOLVED_IN ${A('x')} ${I('e')}`,
          `INFLUENCES ${A('x')} ${A('y')}`,
        ].sort(),
      );
      expect(two.edges.find((e) => e.kind === 'INFLUENCES')?.weight).toBe(2.5);
      const three = await neighbourhood({ id: `${p}a`, depth: 3 });
      expect(nodeIds(three)).toEqual([I('a'), I('b'), I('c'), I('d'), I('e'), A('x'), A('y'), A('a')].sort());
      expect(three.edges).toHaveLength(8);
      expect(nodeIds(three)).not.toContain(I('f'));
    });

    it('starts from an actor, and keeps an actor and an initiative with one id apart', async () => {
      const s = await neighbourhood({ id: `${p}x`, kind: 'ACTOR' });
      expect(nodeIds(s)).toEqual([A('x'), A('y'), I('a'), I('e')].sort());
      const clash = await neighbourhood({ id: `${p}a`, kind: 'ACTOR' });
      expect(nodeIds(clash)).toEqual([A('a'), I('c')].sort());
      expect(clash.nodes.find((n) => n.id === A('a'))).toMatchObject({
        entityId: `${p}a`,
        kind: 'ACTOR',
        actorKind: 'NGO',
        themes: [],
      });
    });

    it('an isolated initiative is a slice of one node', async () => {
      const s = await neighbourhood({ id: `${p}f`, depth: 3 });
      expect(nodeIds(s)).toEqual([I('f')]);
      expect(s.edges).toEqual([]);
    });

    it('cuts off at the limit, nearest first, and says so', async () => {
      const s = await neighbourhood({ id: `${p}a`, depth: 3, limit: 3 });
      expect(s.nodes).toHaveLength(3);
      expect(nodeIds(s)).toEqual([A('x'), I('a'), I('b')].sort());
      expect(s.truncated).toBe(true);
    });

    it('rejects a depth outside 1–3 and an unknown id', async () => {
      for (const depth of [0, 4]) {
        const r = await t.gql(NEIGHBOURHOOD, { id: `${p}a`, depth });
        expect(errorOf(r)?.code).toBe('BAD_USER_INPUT');
        expect(errorOf(r)?.problems?.[0]?.path).toBe('depth');
      }
      expect(errorOf(await t.gql(NEIGHBOURHOOD, { id: `${p}nope` }))?.code).toBe('NOT_FOUND');
      // an initiative id asked for as an actor
      expect(errorOf(await t.gql(NEIGHBOURHOOD, { id: `${p}b`, kind: 'ACTOR' }))?.code).toBe('NOT_FOUND');
    });
  });

  describe('networkSlice', () => {
    it('slices by region with actors, involvements and the influences among them', async () => {
      const s = await slice({ regions: [R1] });
      expect(nodeIds(s)).toEqual([I('a'), I('b'), I('e'), A('x')].sort());
      expect(edgePairs(s)).toEqual(
        [
          `AMPLIFIES/SPREADING ${I('a')} ${I('b')}`,
          `INVOLVED_IN ${A('x')} ${I('a')}`,
          `INVOLVED_IN ${A('x')} ${I('e')}`,
        ].sort(),
      );
      expect(s.truncated).toBe(false);
      const all = await slice({});
      expect(nodeIds(all)).toEqual([I('a'), I('b'), I('c'), I('d'), I('e'), I('f'), A('x'), A('y'), A('a')].sort());
      expect(edgePairs(all)).toContain(`INFLUENCES ${A('x')} ${A('y')}`);
      expect(all.edges).toHaveLength(8);
    });

    it('leaves actors out when asked', async () => {
      const s = await slice({ includeActors: false });
      expect(nodeIds(s)).toEqual([I('a'), I('b'), I('c'), I('d'), I('e'), I('f')].sort());
      expect(s.edges.every((e) => e.kind === 'AMPLIFIES')).toBe(true);
      expect(s.edges).toHaveLength(3);
    });

    it('keeps only amplifications of the chosen modes', async () => {
      const s = await slice({ modes: ['DEEPENING'], includeActors: false });
      expect(edgePairs(s)).toEqual([`AMPLIFIES/DEEPENING ${I('b')} ${I('c')}`]);
      const two = await slice({ modes: ['DEEPENING', 'BROADENING'], includeActors: false });
      expect(edgePairs(two)).toEqual([
        `AMPLIFIES/BROADENING ${I('c')} ${I('d')}`,
        `AMPLIFIES/DEEPENING ${I('b')} ${I('c')}`,
      ]);
    });

    it('filters by start date (inclusive range), themes and statuses', async () => {
      const range = await slice({ from: '2017-06-01', to: '2019-03-01' });
      expect(nodeIds(range)).toEqual([I('b'), I('c'), A('a')].sort());
      expect(edgePairs(range)).toEqual(
        [`AMPLIFIES/DEEPENING ${I('b')} ${I('c')}`, `INVOLVED_IN ${A('a')} ${I('c')}`].sort(),
      );
      const since = await slice({ from: '2019-01-01', includeActors: false });
      expect(nodeIds(since)).toEqual([I('c'), I('d')]);
      const until = await slice({ to: '2016-12-31', includeActors: false });
      expect(nodeIds(until)).toEqual([I('a'), I('f')]);
      const themed = await slice({ themes: [T2], includeActors: false });
      expect(nodeIds(themed)).toEqual([I('c'), I('d'), I('f')]);
      const running = await slice({ statuses: ['RUNNING', 'EXPERIMENT'], includeActors: false });
      expect(nodeIds(running)).toEqual([I('b'), I('c'), I('d')]);
    });

    it('truncates at the limit and rejects a bad range or limit', async () => {
      const s = await slice({}, 3);
      expect(s.truncated).toBe(true);
      expect(nodeIds(s)).toEqual([I('a'), I('b'), I('c')]);
      expect(edgePairs(s)).toEqual([
        `AMPLIFIES/DEEPENING ${I('b')} ${I('c')}`,
        `AMPLIFIES/SPREADING ${I('a')} ${I('b')}`,
      ]);
      const exact = await slice({ includeActors: false }, 6);
      expect(exact.truncated).toBe(false);
      const withActors = await slice({}, 6);
      expect(withActors.truncated).toBe(true);

      const backwards = await t.gql(SLICE, { filter: { regions: [R1], from: '2020-01-01', to: '2019-01-01' } });
      expect(errorOf(backwards)?.code).toBe('BAD_USER_INPUT');
      expect(errorOf(backwards)?.problems?.[0]?.path).toBe('filter.to');
      const zero = await t.gql(SLICE, { filter: { regions: [R1] }, limit: 0 });
      expect(errorOf(zero)?.code).toBe('BAD_USER_INPUT');
    });
  });
});
