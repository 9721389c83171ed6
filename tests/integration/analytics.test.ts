import neo4j from 'neo4j-driver';
import { phraseSuggestionReason, type SuggestionReason } from '../../server/src/domain/suggestion-reasons.js';
import { networkStats, ownedPrefixes, startTestApp, type TestApp } from '../support/app.js';

const IMPORT = `mutation($input: NetworkInput!) { importNetwork(input: $input) { initiatives } }`;
const CASCADE = `query($root: ID!, $modes: [AmplificationMode!]) {
  cascade(rootId: $root, modes: $modes) {
    root { id name } size depth maxBreadth generations structuralVirality regionsReached
    byMode { deepening broadening spreading } sizeBin timeToGeneration
    adoptionCurve { month joined cumulative } nodes { id generation name region startedOn } edges { from to mode on }
  }
}`;

type NameCounts = { name: string; count: number }[];

interface CascadeAnswer {
  root: { id: string };
  size: number;
  depth: number;
  maxBreadth: number;
  generations: number[];
  structuralVirality: number;
  regionsReached: number;
  byMode: { deepening: number; broadening: number; spreading: number };
  sizeBin: string;
  timeToGeneration: (number | null)[];
  adoptionCurve: { month: string; joined: number; cumulative: number }[];
  nodes: { id: string; generation: number; name: string; region: string | null; startedOn: string | null }[];
  edges: { from: string; to: string; mode: string; on: string | null }[];
}

/**
 * r spreads to a and deepens into b; a broadens into c; b spreads to c (a diamond).
 * Undirected distances: r-a 1, r-b 1, r-c 2, a-b 2, a-c 1, b-c 1: virality 8/6.
 * iso is alone in its own region; hub is involved with 12 actors' initiatives.
 */
function network(p: string) {
  const R = (name: string) => `${p}${name}`;
  return {
    initiatives: [
      { id: `${p}r`, name: 'Root co-op', region: R('Drenthe'), themes: [R('energy')], startedOn: '2015-01-01' },
      {
        id: `${p}a`,
        name: 'Copy in Friesland',
        region: R('Friesland'),
        themes: [R('energy')],
        startedOn: '2015-03-01',
      },
      { id: `${p}b`, name: 'Deeper at home', region: R('Drenthe'), themes: [R('energy')], startedOn: '2015-02-01' },
      { id: `${p}c`, name: 'Care spin-off', region: R('Groningen'), themes: [R('care')], startedOn: '2016-01-11' },
      { id: `${p}iso`, name: 'Alone', region: R('Zeeland'), themes: [R('energy')] },
    ],
    actors: [
      { id: `${p}hub`, name: 'Hub' },
      ...Array.from({ length: 12 }, (_, k) => ({ id: `${p}s${k}`, name: `Spoke ${k}` })),
    ],
    involvements: [{ actorId: `${p}hub`, initiativeId: `${p}r` }],
    influences: Array.from({ length: 12 }, (_, k) => ({
      fromActorId: `${p}s${k}`,
      toActorId: `${p}hub`,
      weight: 1 + k,
    })),
    amplifications: [
      { fromInitiativeId: `${p}r`, toInitiativeId: `${p}a`, mode: 'SPREADING', on: '2015-03-01' },
      { fromInitiativeId: `${p}r`, toInitiativeId: `${p}b`, mode: 'DEEPENING' },
      { fromInitiativeId: `${p}a`, toInitiativeId: `${p}c`, mode: 'BROADENING' },
      { fromInitiativeId: `${p}b`, toInitiativeId: `${p}c`, mode: 'SPREADING' },
    ],
    barriers: [
      { initiativeId: `${p}iso`, barrier: 'FINANCING' },
      { initiativeId: `${p}a`, barrier: 'FINANCING', overcome: true },
    ],
  };
}

describe('analytics through GraphQL (real Neo4j)', () => {
  let t: TestApp;
  const own = ownedPrefixes();
  const p = own.prefix('analytics');

  beforeAll(async () => {
    t = await startTestApp();
    const result = await t.gql(IMPORT, { input: network(p) });
    expect(result.errors).toBeUndefined();
  });
  afterAll(async () => {
    await own.cleanup();
    await t.close();
  });

  it('measures a cascade as the contract defines it', async () => {
    const all = (await t.gql<{ cascade: CascadeAnswer }>(CASCADE, { root: `${p}r` })).data!.cascade;
    expect(all).toMatchObject({
      root: { id: `${p}r` },
      size: 4,
      depth: 2,
      maxBreadth: 2,
      generations: [1, 2, 1],
      regionsReached: 3,
      byMode: { deepening: 1, broadening: 1, spreading: 2 },
      sizeBin: '2–4',
    });
    expect(all.structuralVirality).toBeCloseTo(8 / 6, 10);
    // generation 1 starts 2015-02-01 (b), 31 days after the root; generation 2 (c) on 2016-01-11, 375 days
    expect(all.timeToGeneration).toEqual([0, 31, 375]);
    expect(all.adoptionCurve[0]).toEqual({ month: '2015-01', joined: 1, cumulative: 1 });
    expect(all.adoptionCurve.at(-1)).toEqual({ month: '2016-01', joined: 1, cumulative: 4 });
    // names, regions, dates per node and per edge come along, for drawing and playback
    expect(all.nodes).toEqual(
      expect.arrayContaining([
        { id: `${p}c`, generation: 2, name: 'Care spin-off', region: `${p}Groningen`, startedOn: '2016-01-11' },
      ]),
    );
    expect(all.edges).toEqual(
      expect.arrayContaining([
        { from: `${p}r`, to: `${p}a`, mode: 'SPREADING', on: '2015-03-01' },
        { from: `${p}r`, to: `${p}b`, mode: 'DEEPENING', on: null },
      ]),
    );

    const deepening = (await t.gql<{ cascade: CascadeAnswer }>(CASCADE, { root: `${p}r`, modes: ['DEEPENING'] })).data!
      .cascade;
    expect([deepening.size, deepening.depth, deepening.generations, deepening.structuralVirality]).toEqual([
      2,
      1,
      [1, 1],
      1,
    ]);

    const single = (await t.gql<{ cascade: CascadeAnswer }>(CASCADE, { root: `${p}iso` })).data!.cascade;
    expect([single.size, single.depth, single.generations, single.structuralVirality]).toEqual([1, 0, [1], 0]);
  });

  it('answers NOT_FOUND for an unknown root', async () => {
    const result = await t.gql(CASCADE, { root: `${p}nobody` });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(result.errors?.[0]?.message).toContain(`${p}nobody`);
  });

  it('sees a write at once (the cache is per data version)', async () => {
    const before = (await t.gql<{ cascade: CascadeAnswer }>(CASCADE, { root: `${p}r` })).data!.cascade.size;
    await t.gql(IMPORT, {
      input: {
        initiatives: [{ id: `${p}d`, name: 'Later follower', region: `${p}Drenthe` }],
        amplifications: [{ fromInitiativeId: `${p}c`, toInitiativeId: `${p}d`, mode: 'DEEPENING' }],
      },
    });
    const after = (await t.gql<{ cascade: CascadeAnswer }>(CASCADE, { root: `${p}r` })).data!.cascade;
    expect(after.size).toBe(before + 1);
    expect(after.generations).toEqual([1, 2, 1, 1]);
  });

  it('lists cascades by root, sorted and binned', async () => {
    const result = await t.gql<{ cascades: { root: { id: string }; size: number; sizeBin: string }[] }>(
      `{ cascades(region: "${p}Drenthe", sortBy: SIZE, first: 5) { root { id } size sizeBin } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.cascades).toEqual([{ root: { id: `${p}r` }, size: 5, sizeBin: '5–9' }]);
  });

  it('reports isolated initiatives of a region with suggestions and reasons, none already tied', async () => {
    const stats = await networkStats(t);
    expect(stats.isolatedInitiatives).toBeGreaterThanOrEqual(1);
    const result = await t.gql<{
      isolatedInitiatives: {
        initiative: { id: string };
        suggestions: { initiative: { id: string }; score: number; reasons: string[] }[];
      }[];
    }>(
      `{ isolatedInitiatives(region: "${p}Zeeland") { initiative { id } suggestions { initiative { id } score reasons } } }`,
    );
    expect(result.errors).toBeUndefined();
    const reports = result.data!.isolatedInitiatives;
    expect(reports.map((r) => r.initiative.id)).toEqual([`${p}iso`]);
    const suggestions = reports[0]!.suggestions;
    expect(suggestions.length).toBeGreaterThan(0);
    for (const s of suggestions) {
      expect(s.initiative.id).not.toBe(`${p}iso`);
      expect(s.reasons.length).toBeGreaterThan(0);
      expect(s.score).toBeGreaterThan(0);
    }
    // a overcame the FINANCING barrier that iso faces, and shares its theme from another region
    const a = suggestions.find((s) => s.initiative.id === `${p}a`);
    expect(a?.reasons.join(' ')).toMatch(/FINANCING|financ/i);
    const scores = suggestions.map((s) => s.score);
    expect([...scores].sort((x, y) => y - x)).toEqual(scores);
  });

  it('lists weakly tied initiatives (one tie) with that tie and further partners, never it', async () => {
    const R = `${p}Limburg`;
    const added = await t.gql(IMPORT, {
      input: {
        initiatives: [
          { id: `${p}w1`, name: 'Weak one', region: R, themes: [`${p}energy`] },
          { id: `${p}w2`, name: 'Weak two', region: R, themes: [`${p}energy`] },
        ],
        actors: [{ id: `${p}wa`, name: 'Shared actor' }],
        involvements: [
          { actorId: `${p}wa`, initiativeId: `${p}w1` },
          { actorId: `${p}wa`, initiativeId: `${p}w2` },
        ],
      },
    });
    expect(added.errors).toBeUndefined();
    const result = await t.gql<{
      weaklyTiedInitiatives: {
        initiative: { id: string };
        tiedTo: { id: string };
        suggestions: { initiative: { id: string }; score: number; reasons: string[] }[];
      }[];
    }>(
      `{ weaklyTiedInitiatives(region: "${R}") { initiative { id } tiedTo { id } suggestions { initiative { id } score reasons } } }`,
    );
    expect(result.errors).toBeUndefined();
    const reports = result.data!.weaklyTiedInitiatives;
    expect(reports.map((r) => [r.initiative.id, r.tiedTo.id])).toEqual([
      [`${p}w1`, `${p}w2`],
      [`${p}w2`, `${p}w1`],
    ]);
    const partners = reports[0]!.suggestions.map((s) => s.initiative.id);
    expect(partners).not.toContain(`${p}w2`);
    expect(partners).not.toContain(`${p}w1`);
    // the energy initiatives of other regions come first (+1 each), e.g. the isolated one in Zeeland
    expect(partners).toContain(`${p}iso`);
    expect(reports[0]!.suggestions.find((s) => s.initiative.id === `${p}iso`)?.reasons).toEqual([
      `same theme ${p}energy in ${p}Zeeland`,
    ]);
  });

  it('gives every reason as a value too, in the order of the sentences and saying the same', async () => {
    // in Utrecht: u1 (actors X, V) and u2 (actors Y, U) are each tied only to m (actors X, Y), and
    // V influences U: u2 is suggested to u1 for 1 partner in common and the actor link
    const U = `${p}Utrecht`;
    const added = await t.gql(IMPORT, {
      input: {
        initiatives: [
          { id: `${p}u1`, name: 'Utrecht one', region: U },
          { id: `${p}u2`, name: 'Utrecht two', region: U },
          { id: `${p}um`, name: 'Utrecht middle', region: U },
        ],
        actors: ['X', 'Y', 'V', 'U'].map((k) => ({ id: `${p}act${k}`, name: `Actor ${k}` })),
        involvements: [
          ['X', 'u1'],
          ['V', 'u1'],
          ['Y', 'u2'],
          ['U', 'u2'],
          ['X', 'um'],
          ['Y', 'um'],
        ].map(([a, i]) => ({ actorId: `${p}act${a}`, initiativeId: `${p}${i}` })),
        influences: [{ fromActorId: `${p}actV`, toActorId: `${p}actU`, weight: 1 }],
      },
    });
    expect(added.errors).toBeUndefined();
    const SUGGESTION = `initiative { id } reasons reasonDetails {
      __typename
      ... on CommonPartnersReason { count }
      ... on ActorInfluenceReason { actorHereId actorHere actorThereId actorThere }
      ... on SharedThemeReason { theme region sameRegion }
      ... on BarrierMatchReason { barrier }
    }`;
    type Suggestion = { initiative: { id: string }; reasons: string[]; reasonDetails: Record<string, unknown>[] };
    const result = await t.gql<{
      isolatedInitiatives: { suggestions: Suggestion[] }[];
      weaklyTiedInitiatives: { initiative: { id: string }; suggestions: Suggestion[] }[];
    }>(`{
      isolatedInitiatives(region: "${p}Zeeland") { suggestions { ${SUGGESTION} } }
      weaklyTiedInitiatives(region: "${U}") { initiative { id } suggestions { ${SUGGESTION} } }
    }`);
    expect(result.errors).toBeUndefined();
    const isolated = result.data!.isolatedInitiatives[0]!.suggestions;
    expect(isolated.find((s) => s.initiative.id === `${p}a`)).toEqual({
      initiative: { id: `${p}a` },
      reasons: [`same theme ${p}energy in ${p}Friesland`, 'overcame the barrier FINANCING that this initiative faces'],
      reasonDetails: [
        { __typename: 'SharedThemeReason', theme: `${p}energy`, region: `${p}Friesland`, sameRegion: false },
        { __typename: 'BarrierMatchReason', barrier: 'FINANCING' },
      ],
    });
    const weak = result.data!.weaklyTiedInitiatives.find((r) => r.initiative.id === `${p}u1`);
    expect(weak?.suggestions.find((s) => s.initiative.id === `${p}u2`)).toEqual({
      initiative: { id: `${p}u2` },
      reasons: ['1 partner in common', 'actor Actor V (here) and actor Actor U (there) influence each other'],
      reasonDetails: [
        { __typename: 'CommonPartnersReason', count: 1 },
        {
          __typename: 'ActorInfluenceReason',
          actorHereId: `${p}actV`,
          actorHere: 'Actor V',
          actorThereId: `${p}actU`,
          actorThere: 'Actor U',
        },
      ],
    });
    // everywhere: one value per sentence, and the sentence is the value's English phrasing
    const kinds: Record<string, SuggestionReason['kind']> = {
      CommonPartnersReason: 'COMMON_PARTNERS',
      ActorInfluenceReason: 'ACTOR_INFLUENCE',
      SharedThemeReason: 'SHARED_THEME',
      BarrierMatchReason: 'BARRIER_MATCH',
    };
    const all = [...isolated, ...result.data!.weaklyTiedInitiatives.flatMap((r) => r.suggestions)];
    expect(all.length).toBeGreaterThan(2);
    for (const s of all) {
      const phrased = s.reasonDetails.map(({ __typename, ...values }) =>
        phraseSuggestionReason({ kind: kinds[__typename as string], ...values } as SuggestionReason),
      );
      expect(phrased).toEqual(s.reasons);
    }
  });

  it('ranks actors: degree matches the actor graph G counted in Cypher, ranks are ordered', async () => {
    const result = await t.gql<{
      actorRankingDetails: { exact: boolean; items: { rank: number; actor: { id: string }; score: number }[] };
    }>(`{ actorRankingDetails(measure: DEGREE, first: 1000) { exact items { rank actor { id } score } } }`);
    expect(result.errors).toBeUndefined();
    const items = result.data!.actorRankingDetails.items;
    items.forEach((item, k) => {
      expect(item.rank).toBe(k + 1);
      if (k > 0) expect(item.score).toBeLessThanOrEqual(items[k - 1]!.score);
    });
    const hub = items.find((i) => i.actor.id === `${p}hub`);
    const driver = neo4j.driver(process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7688', undefined, {
      disableLosslessIntegers: true,
    });
    const { records } = await driver.executeQuery(
      `MATCH (a:Actor {id: $id})
       CALL (a) {
         MATCH (a)-[:INFLUENCES]-(b:Actor) WHERE b <> a RETURN b
         UNION
         MATCH (a)-[:INVOLVED_IN]->(:Initiative)<-[:INVOLVED_IN]-(b:Actor) WHERE b <> a RETURN b
       }
       RETURN count(DISTINCT b) AS degree`,
      { id: `${p}hub` },
    );
    await driver.close();
    expect(hub?.score).toBe(records[0]!.get('degree'));
    expect(hub?.score).toBe(12);

    const pagerank = await t.gql<{ actorRanking: { rank: number; score: number }[] }>(
      `{ actorRanking(measure: PAGERANK, first: 5) { rank score } }`,
    );
    expect(pagerank.errors).toBeUndefined();
    expect(pagerank.data!.actorRanking.map((r) => r.rank)).toEqual(
      [1, 2, 3, 4, 5].slice(0, pagerank.data!.actorRanking.length),
    );
  });
});

describe('tie structure through GraphQL (real Neo4j)', () => {
  let t: TestApp;
  const own = ownedPrefixes();
  const p = own.prefix('ties');

  beforeAll(async () => {
    t = await startTestApp();
    // x - y - z chained by amplifications (y is an articulation point, both ties are bridges);
    // u and v share an actor; w is alone
    const R = `${p}Limburg`;
    const result = await t.gql(IMPORT, {
      input: {
        initiatives: ['x', 'y', 'z', 'u', 'v', 'w'].map((k) => ({ id: `${p}${k}`, name: k, region: R })),
        actors: [{ id: `${p}shared`, name: 'Shared' }],
        involvements: [
          { actorId: `${p}shared`, initiativeId: `${p}u` },
          { actorId: `${p}shared`, initiativeId: `${p}v` },
        ],
        amplifications: [
          { fromInitiativeId: `${p}x`, toInitiativeId: `${p}y`, mode: 'SPREADING' },
          { fromInitiativeId: `${p}y`, toInitiativeId: `${p}z`, mode: 'DEEPENING' },
        ],
      },
    });
    expect(result.errors).toBeUndefined();
  });
  afterAll(async () => {
    await own.cleanup();
    await t.close();
  });

  it('finds isolates, pendants, bridges and articulation points of the region, and its summary', async () => {
    const result = await t.gql<{
      tieStructure: {
        isolates: string[];
        pendants: string[];
        bridges: { a: string; b: string }[];
        articulationPoints: string[];
        regions: {
          region: string;
          initiatives: number;
          isolates: number;
          pendants: number;
          components: number;
          largestComponentShare: number;
          density: number;
        }[];
      };
    }>(`{ tieStructure(region: "${p}Limburg") { isolates pendants bridges { a b } articulationPoints
          regions { region initiatives isolates pendants components largestComponentShare density } } }`);
    expect(result.errors).toBeUndefined();
    const s = result.data!.tieStructure;
    expect(s.isolates).toEqual([`${p}w`]);
    expect(s.pendants).toEqual([`${p}u`, `${p}v`, `${p}x`, `${p}z`]);
    expect(s.bridges).toEqual([
      { a: `${p}u`, b: `${p}v` },
      { a: `${p}x`, b: `${p}y` },
      { a: `${p}y`, b: `${p}z` },
    ]);
    expect(s.articulationPoints).toEqual([`${p}y`]);
    // 6 initiatives, 3 ties: density 2·3/(6·5) = 0.2; components {x,y,z} {u,v} {w}; largest 3/6
    expect(s.regions).toEqual([
      {
        region: `${p}Limburg`,
        initiatives: 6,
        isolates: 1,
        pendants: 4,
        components: 3,
        largestComponentShare: 0.5,
        density: 0.2,
      },
    ]);
  });
});

describe('communities and the network over time (real Neo4j)', () => {
  let t: TestApp;
  const own = ownedPrefixes();
  const p = own.prefix('time');
  const R = `${p}Utrecht`;

  beforeAll(async () => {
    t = await startTestApp();
    // 2019: a and b; 2020: c spreads from a; 2021: d, alone. Two triangles of actors joined by one influence.
    const result = await t.gql(IMPORT, {
      input: {
        initiatives: [
          { id: `${p}a`, name: 'a', region: R, startedOn: '2019-03-01', themes: [`${p}energy`] },
          { id: `${p}b`, name: 'b', region: R, startedOn: '2019-06-01' },
          { id: `${p}c`, name: 'c', region: R, startedOn: '2020-02-01', themes: [`${p}energy`, `${p}care`] },
          { id: `${p}d`, name: 'd', region: R, startedOn: '2021-05-01' },
        ],
        amplifications: [{ fromInitiativeId: `${p}a`, toInitiativeId: `${p}c`, mode: 'SPREADING', on: '2020-02-01' }],
      },
    });
    expect(result.errors).toBeUndefined();
  });
  afterAll(async () => {
    await own.cleanup();
    await t.close();
  });

  it('gives yearly health of a region: initiatives, ties, isolates, components', async () => {
    const result = await t.gql<{
      networkSeries: {
        points: {
          period: string;
          initiatives: number;
          ties: number;
          isolates: number;
          components: number;
          largestShare: number;
        }[];
      };
    }>(
      `{ networkSeries(period: YEAR, region: "${R}") { points { period initiatives ties isolates components largestShare } } }`,
    );
    expect(result.errors).toBeUndefined();
    const byYear = Object.fromEntries(result.data!.networkSeries.points.map((x) => [x.period, x]));
    expect(byYear['2019']).toMatchObject({ initiatives: 2, ties: 0, isolates: 2, components: 2, largestShare: 0.5 });
    expect(byYear['2020']).toMatchObject({ initiatives: 3, ties: 1, isolates: 1, components: 2 });
    expect(byYear['2021']).toMatchObject({ initiatives: 4, ties: 1, isolates: 2, components: 3, largestShare: 0.5 });
  });

  it('slices the network as of a date: only what existed then', async () => {
    const SLICE = `query($f: SliceFilter) { networkSlice(filter: $f) { nodes { entityId } edges { kind } } }`;
    const before = await t.gql<{ networkSlice: { nodes: { entityId: string }[]; edges: { kind: string }[] } }>(SLICE, {
      f: { regions: [R], asOf: '2019-12-31' },
    });
    expect(before.errors).toBeUndefined();
    expect(before.data!.networkSlice.nodes.map((n) => n.entityId).sort()).toEqual([`${p}a`, `${p}b`]);
    expect(before.data!.networkSlice.edges).toEqual([]);
    const after = await t.gql<{ networkSlice: { nodes: { entityId: string }[]; edges: { kind: string }[] } }>(SLICE, {
      f: { regions: [R], asOf: '2020-12-31' },
    });
    expect(after.data!.networkSlice.nodes).toHaveLength(3);
    expect(after.data!.networkSlice.edges).toEqual([{ kind: 'AMPLIFIES' }]);
  });

  it('colours by Louvain communities with a modularity', async () => {
    const result = await t.gql<{
      communities: { modularity: number; count: number; members: { id: string; community: number }[] };
    }>(`{ communities(graph: TIE) { modularity count members { id community } } }`);
    expect(result.errors).toBeUndefined();
    const members = new Map(result.data!.communities.members.map((m) => [m.id, m.community]));
    // a and c are tied: one community; d is alone: its own
    expect(members.get(`${p}a`)).toBe(members.get(`${p}c`));
    expect(members.get(`${p}d`)).not.toBe(members.get(`${p}a`));
    expect(result.data!.communities.count).toBeGreaterThanOrEqual(2);

    // what a and c's community is made of: their region twice, energy twice, care once
    const profiles = await t.gql<{
      communities: { communities: { id: number; regions: NameCounts; themes: NameCounts }[] };
    }>(`{ communities(graph: TIE) { communities { id regions { name count } themes { name count } } } }`);
    const community = profiles.data!.communities.communities.find((c) => c.id === members.get(`${p}a`));
    expect(community).toEqual({
      id: members.get(`${p}a`),
      regions: [{ name: R, count: 2 }],
      themes: [
        { name: `${p}energy`, count: 2 },
        { name: `${p}care`, count: 1 },
      ],
    });
  });
});
