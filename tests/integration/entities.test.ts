import { jest } from '@jest/globals';
import { Neo4jService } from '../../server/src/database/neo4j.service.js';
import { deleteByPrefix } from '../support/cleanup.js';
import { startTestApp, uniquePrefix, type GraphqlResponse, type TestApp } from '../support/app.js';

// Lookups, filters, pages and single-entity writes through GraphQL against the real Neo4j.
// Every id, region and theme here starts with this file's own prefix, so filters only see this
// file's data and afterAll deletes exactly it.

const p = uniquePrefix('entities');
const R1 = `${p}Drenthe`;
const R2 = `${p}Gelderland`;
const R3 = `${p}Utrecht`;
const T1 = `${p}energy`;
const T2 = `${p}food`;

const IMPORT = `mutation($input: NetworkInput!) { importNetwork(input: $input) { initiatives } }`;

const INITIATIVE_FIELDS = `id name region themes startedOn description status latitude longitude
  characteristics { characteristic score evidence }`;

const INITIATIVE = `query($id: ID!) { initiative(id: $id) {
  ${INITIATIVE_FIELDS}
  actors { actor { id name kind } role since until }
  amplificationsOut { from { id } to { id name } mode on evidence confidence mechanisms }
  amplificationsIn { from { id } to { id } mode }
  outcomes { kind name on }
  barriers { barrier overcome on note }
} }`;

const ACTOR = `query($id: ID!) { actor(id: $id) {
  id name kind region
  initiatives { initiative { id name } role since }
  influencesOut { from { id } to { id } weight since }
  influencesIn { from { id } to { id } weight }
} }`;

const INITIATIVES = `query($filter: InitiativeFilter, $first: Int, $after: String) {
  initiatives(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } }
  }
}`;

const ACTORS = `query($filter: ActorFilter, $first: Int, $after: String) {
  actors(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name kind region } }
  }
}`;

interface Connection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { id: string; name: string } }[];
}

const pageIds = (r: GraphqlResponse<Record<string, Connection>>, field: string) =>
  r.data![field]!.edges.map((e) => e.node.id);

function network() {
  const pagination = ['d', 'e', 'f', 'g', 'h', 'i', 'j'].map((k, n) => ({
    id: `${p}${k}`,
    name: `Page item ${n} ${p}`,
    region: R3,
  }));
  return {
    initiatives: [
      {
        id: `${p}a`,
        name: `${p}Energiecoöperatie Zonnedorp`,
        description: 'Buurtbewoners wekken samen zonne-energie op',
        region: R1,
        themes: [T1],
        startedOn: '2015-03-01',
        status: 'RUNNING',
        latitude: 52.99,
        longitude: 6.56,
        characteristics: [
          { characteristic: 'SYSTEM_STEP', score: 2, evidence: 'eerste coöperatie in de provincie' },
          { characteristic: 'AMPLIFICATION_POTENTIAL', score: 3 },
        ],
      },
      {
        id: `${p}b`,
        name: `${p}Warmtenet Assen`,
        region: R1,
        themes: [T1, T2],
        status: 'IDEA',
        startedOn: '2018-01-15',
      },
      {
        id: `${p}c`,
        name: `${p}Voedselbos De Hoeve`,
        description: `A food forest (${p}bos-desc)`,
        region: R2,
        themes: [T2],
      },
      ...pagination,
    ],
    actors: [
      { id: `${p}x`, name: `${p}Gemeente Assen`, kind: 'MUNICIPALITY', region: R1 },
      { id: `${p}y`, name: `${p}Buurtvereniging Zonnedorp`, kind: 'CITIZEN_COLLECTIVE', region: R1 },
      { id: `${p}z`, name: `${p}Boer Jansen`, kind: 'FARMER', region: R2 },
    ],
    involvements: [
      { actorId: `${p}x`, initiativeId: `${p}a`, role: 'funder', since: '2016-01-01' },
      { actorId: `${p}y`, initiativeId: `${p}a`, role: 'lead' },
      { actorId: `${p}x`, initiativeId: `${p}b`, role: 'partner' },
    ],
    influences: [{ fromActorId: `${p}y`, toActorId: `${p}x`, weight: 2.5, since: '2016-05-01' }],
    amplifications: [
      {
        fromInitiativeId: `${p}a`,
        toInitiativeId: `${p}b`,
        mode: 'SPREADING',
        on: '2018-01-15',
        evidence: 'same model',
        confidence: 0.8,
        mechanisms: ['PROFESSIONALISATION'],
      },
      { fromInitiativeId: `${p}a`, toInitiativeId: `${p}c`, mode: 'BROADENING' },
    ],
    outcomes: [{ initiativeId: `${p}a`, kind: 'POLICY_INSTRUMENT', name: `${p}Subsidieregeling`, on: '2017-01-01' }],
    barriers: [{ initiativeId: `${p}a`, barrier: 'REGULATION', overcome: true, on: '2018-02-01', note: 'permit' }],
  };
}

function expectError(r: GraphqlResponse, code: string, paths?: string[]) {
  expect(r.errors).toBeDefined();
  const error = r.errors![0]!;
  expect(error.extensions?.code).toBe(code);
  if (paths) expect((error.extensions?.problems ?? []).map((x) => x.path)).toEqual(paths);
  return error;
}

describe('entities: lookups, filters, pages and edits (real Neo4j)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    const result = await t.gql(IMPORT, { input: network() });
    expect(result.errors).toBeUndefined();
  });
  afterAll(async () => {
    await deleteByPrefix(p);
    await t.close();
  });

  describe('lookups', () => {
    it('returns an initiative with its fields and relations', async () => {
      const r = await t.gql<{ initiative: Record<string, unknown> }>(INITIATIVE, { id: `${p}a` });
      expect(r.errors).toBeUndefined();
      expect(r.data!.initiative).toEqual({
        id: `${p}a`,
        name: `${p}Energiecoöperatie Zonnedorp`,
        region: R1,
        themes: [T1],
        startedOn: '2015-03-01',
        description: 'Buurtbewoners wekken samen zonne-energie op',
        status: 'RUNNING',
        latitude: 52.99,
        longitude: 6.56,
        characteristics: [
          { characteristic: 'SYSTEM_STEP', score: 2, evidence: 'eerste coöperatie in de provincie' },
          { characteristic: 'AMPLIFICATION_POTENTIAL', score: 3, evidence: null },
        ],
        actors: [
          {
            actor: { id: `${p}x`, name: `${p}Gemeente Assen`, kind: 'MUNICIPALITY' },
            role: 'funder',
            since: '2016-01-01',
            until: null,
          },
          {
            actor: { id: `${p}y`, name: `${p}Buurtvereniging Zonnedorp`, kind: 'CITIZEN_COLLECTIVE' },
            role: 'lead',
            since: null,
            until: null,
          },
        ],
        amplificationsOut: [
          {
            from: { id: `${p}a` },
            to: { id: `${p}b`, name: `${p}Warmtenet Assen` },
            mode: 'SPREADING',
            on: '2018-01-15',
            evidence: 'same model',
            confidence: 0.8,
            mechanisms: ['PROFESSIONALISATION'],
          },
          {
            from: { id: `${p}a` },
            to: { id: `${p}c`, name: `${p}Voedselbos De Hoeve` },
            mode: 'BROADENING',
            on: null,
            evidence: null,
            confidence: null,
            mechanisms: [],
          },
        ],
        amplificationsIn: [],
        outcomes: [{ kind: 'POLICY_INSTRUMENT', name: `${p}Subsidieregeling`, on: '2017-01-01' }],
        barriers: [{ barrier: 'REGULATION', overcome: true, on: '2018-02-01', note: 'permit' }],
      });
      const b = await t.gql<{ initiative: { amplificationsIn: unknown[] } }>(INITIATIVE, { id: `${p}b` });
      expect(b.data!.initiative.amplificationsIn).toEqual([
        { from: { id: `${p}a` }, to: { id: `${p}b` }, mode: 'SPREADING' },
      ]);
    });

    it('answers relation fields of a whole page with one query per field, the same as one by one', async () => {
      const relations = INITIATIVE.slice(
        INITIATIVE.indexOf('actors {'),
        INITIATIVE.lastIndexOf('}', INITIATIVE.length - 3),
      );
      const page = `query($filter: InitiativeFilter) { initiatives(filter: $filter, first: 50) {
        edges { node { id ${relations} } } } }`;
      const db = t.app.get(Neo4jService);
      const read = jest.spyOn(db, 'read');
      try {
        const r = await t.gql<{ initiatives: { edges: { node: Record<string, unknown> & { id: string } }[] } }>(page, {
          filter: { search: p },
        });
        expect(r.errors).toBeUndefined();
        const nodes = r.data!.initiatives.edges.map((e) => e.node);
        expect(nodes).toHaveLength(3 + 7);
        // the five relation fields: one batch each, not one per initiative
        const names = read.mock.calls.map(([name]) => name);
        for (const query of [
          'initiatives/find-involvements',
          'initiatives/find-amplifications-out',
          'initiatives/find-amplifications-in',
          'initiatives/find-outcomes',
          'initiatives/find-barriers',
        ])
          expect(names.filter((n) => n === query)).toHaveLength(1);
        read.mockClear();
        for (const node of nodes) {
          const one = await t.gql<{ initiative: Record<string, unknown> }>(INITIATIVE, { id: node.id });
          const { id: _id, ...fields } = node;
          expect(one.data!.initiative).toMatchObject(fields);
        }
        // at least one of them has relations, or the comparison above proves little
        expect(
          nodes.some((n) => (n.actors as unknown[]).length > 0 && (n.amplificationsOut as unknown[]).length > 0),
        ).toBe(true);
      } finally {
        read.mockRestore();
      }
    });

    it('returns null for an unknown initiative or actor', async () => {
      const r = await t.gql(`query($id: ID!) { initiative(id: $id) { id } actor(id: $id) { id } }`, { id: `${p}nope` });
      expect(r.errors).toBeUndefined();
      expect(r.data).toEqual({ initiative: null, actor: null });
    });

    it('returns an actor with its involvements and influences', async () => {
      const x = await t.gql<{ actor: Record<string, unknown> }>(ACTOR, { id: `${p}x` });
      expect(x.errors).toBeUndefined();
      expect(x.data!.actor).toEqual({
        id: `${p}x`,
        name: `${p}Gemeente Assen`,
        kind: 'MUNICIPALITY',
        region: R1,
        initiatives: [
          { initiative: { id: `${p}a`, name: `${p}Energiecoöperatie Zonnedorp` }, role: 'funder', since: '2016-01-01' },
          { initiative: { id: `${p}b`, name: `${p}Warmtenet Assen` }, role: 'partner', since: null },
        ],
        influencesOut: [],
        influencesIn: [{ from: { id: `${p}y` }, to: { id: `${p}x` }, weight: 2.5 }],
      });
      const y = await t.gql<{ actor: { influencesOut: unknown[] } }>(ACTOR, { id: `${p}y` });
      expect(y.data!.actor.influencesOut).toEqual([
        { from: { id: `${p}y` }, to: { id: `${p}x` }, weight: 2.5, since: '2016-05-01' },
      ]);
    });

    it('lists regions and themes for the filter pickers, sorted and distinct', async () => {
      const r = await t.gql<{ regions: string[]; themes: string[] }>(`{ regions themes }`);
      expect(r.errors).toBeUndefined();
      expect(r.data!.regions.filter((x) => x.startsWith(p))).toEqual([R1, R2, R3]);
      expect(r.data!.themes.filter((x) => x.startsWith(p))).toEqual([T1, T2]);
      expect(r.data!.regions).toEqual([...new Set(r.data!.regions)]);
    });
  });

  describe('filters', () => {
    const ids = async (filter: Record<string, unknown>) => {
      const r = await t.gql<Record<string, Connection>>(INITIATIVES, { filter });
      expect(r.errors).toBeUndefined();
      expect(r.data!.initiatives!.totalCount).toBe(r.data!.initiatives!.edges.length);
      return pageIds(r, 'initiatives');
    };

    it('filters initiatives by region, theme, status and search', async () => {
      expect(await ids({ region: R1 })).toEqual([`${p}a`, `${p}b`]);
      expect(await ids({ region: R2 })).toEqual([`${p}c`]);
      expect(await ids({ theme: T1 })).toEqual([`${p}a`, `${p}b`]);
      expect(await ids({ theme: T2 })).toEqual([`${p}b`, `${p}c`]);
      expect(await ids({ region: R1, status: 'IDEA' })).toEqual([`${p}b`]);
      expect(await ids({ region: R1, status: 'STOPPED' })).toEqual([]);
      // search: case-insensitive substring of the name or of the description
      expect(await ids({ search: `${p}ENERGIECOÖPERATIE`.toUpperCase() })).toEqual([`${p}a`]);
      expect(await ids({ search: `${p}bos-DESC` })).toEqual([`${p}c`]);
      expect(await ids({ search: p })).toHaveLength(3 + 7);
      expect(await ids({ search: p, region: R1, theme: T2 })).toEqual([`${p}b`]);
    });

    it('filters actors by region, kind and search', async () => {
      const actorIds = async (filter: Record<string, unknown>) => {
        const r = await t.gql<Record<string, Connection>>(ACTORS, { filter });
        expect(r.errors).toBeUndefined();
        return pageIds(r, 'actors');
      };
      expect(await actorIds({ region: R1 })).toEqual([`${p}x`, `${p}y`]);
      expect(await actorIds({ region: R2 })).toEqual([`${p}z`]);
      expect(await actorIds({ region: R1, kind: 'MUNICIPALITY' })).toEqual([`${p}x`]);
      expect(await actorIds({ search: `${p}boer`.toUpperCase() })).toEqual([`${p}z`]);
      expect(await actorIds({ search: p, kind: 'FARMER' })).toEqual([`${p}z`]);
    });
  });

  describe('pagination', () => {
    it('walks all pages in id order, each item exactly once', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      const pages: number[] = [];
      for (let guard = 0; guard < 10; guard++) {
        const r: GraphqlResponse<Record<string, Connection>> = await t.gql<Record<string, Connection>>(INITIATIVES, {
          filter: { region: R3 },
          first: 3,
          after,
        });
        expect(r.errors).toBeUndefined();
        const page = r.data!.initiatives!;
        expect(page.totalCount).toBe(7);
        pages.push(page.edges.length);
        seen.push(...page.edges.map((e) => e.node.id));
        expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(pages).toEqual([3, 3, 1]);
      const expected = ['d', 'e', 'f', 'g', 'h', 'i', 'j'].map((k) => `${p}${k}`);
      expect(seen).toEqual(expected);
    });

    it('pages actors too, and an exact last page says there is no next one', async () => {
      const first = await t.gql<Record<string, Connection>>(ACTORS, { filter: { search: p }, first: 2 });
      expect(pageIds(first, 'actors')).toEqual([`${p}x`, `${p}y`]);
      expect(first.data!.actors!.pageInfo.hasNextPage).toBe(true);
      const second = await t.gql<Record<string, Connection>>(ACTORS, {
        filter: { search: p },
        first: 2,
        after: first.data!.actors!.pageInfo.endCursor,
      });
      expect(pageIds(second, 'actors')).toEqual([`${p}z`]);
      expect(second.data!.actors!.pageInfo.hasNextPage).toBe(false);
      const exact = await t.gql<Record<string, Connection>>(ACTORS, { filter: { search: p }, first: 3 });
      expect(exact.data!.actors!.pageInfo.hasNextPage).toBe(false);
      expect(exact.data!.actors!.totalCount).toBe(3);
    });

    it('gives the full Relay PageInfo: where a page starts, and whether anything precedes it', async () => {
      const FULL = `query($filter: InitiativeFilter, $first: Int, $after: String) {
        initiatives(filter: $filter, first: $first, after: $after) {
          pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } }
        }
      }`;
      type Page = {
        pageInfo: {
          hasNextPage: boolean;
          hasPreviousPage: boolean;
          startCursor: string | null;
          endCursor: string | null;
        };
        edges: { cursor: string; node: { id: string } }[];
      };
      const page = async (variables: Record<string, unknown>) => {
        const r = await t.gql<{ initiatives: Page }>(FULL, { filter: { region: R3 }, first: 3, ...variables });
        expect(r.errors).toBeUndefined();
        return r.data!.initiatives;
      };
      // the first page: nothing before it
      const one = await page({});
      expect(one.edges.map((e) => e.node.id)).toEqual([`${p}d`, `${p}e`, `${p}f`]);
      expect(one.pageInfo).toEqual({
        hasNextPage: true,
        hasPreviousPage: false,
        startCursor: one.edges[0]!.cursor,
        endCursor: one.edges[2]!.cursor,
      });
      // after it: the page starts at its first edge, and d..f precede it
      const two = await page({ after: one.pageInfo.endCursor });
      expect(two.edges.map((e) => e.node.id)).toEqual([`${p}g`, `${p}h`, `${p}i`]);
      expect(two.pageInfo).toEqual({
        hasNextPage: true,
        hasPreviousPage: true,
        startCursor: two.edges[0]!.cursor,
        endCursor: two.edges[2]!.cursor,
      });
      // after the last item: an empty page with no cursors, everything precedes it
      const last = await page({ first: 1, after: (await page({ first: 7 })).pageInfo.endCursor });
      expect(last).toEqual({
        pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null },
        edges: [],
      });
      // after a cursor that no initiative of the filter follows (a of another region sorts before d): nothing precedes
      const before = (await t.gql<Record<string, Connection>>(INITIATIVES, { filter: { region: R1 }, first: 1 })).data!
        .initiatives!;
      expect(before.edges[0]!.node.id).toBe(`${p}a`);
      const fromA = await page({ after: before.pageInfo.endCursor });
      expect(fromA.edges.map((e) => e.node.id)).toEqual([`${p}d`, `${p}e`, `${p}f`]);
      expect(fromA.pageInfo.hasPreviousPage).toBe(false);
      // actors too
      const actors = async (after: string | null) =>
        (
          await t.gql<{ actors: Page }>(
            `query($after: String) { actors(filter: { search: "${p}" }, first: 2, after: $after) {
              pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } }`,
            { after },
          )
        ).data!.actors;
      const a1 = await actors(null);
      expect(a1.pageInfo).toMatchObject({ hasPreviousPage: false, startCursor: a1.edges[0]!.cursor });
      const a2 = await actors(a1.pageInfo.endCursor);
      expect(a2.edges.map((e) => e.node.id)).toEqual([`${p}z`]);
      expect(a2.pageInfo).toEqual({
        hasNextPage: false,
        hasPreviousPage: true,
        startCursor: a2.edges[0]!.cursor,
        endCursor: a2.edges[0]!.cursor,
      });
    });

    it('rejects first beyond 500 and a cursor it did not hand out', async () => {
      const tooMany = await t.gql(INITIATIVES, { first: 501 });
      expect(expectError(tooMany, 'BAD_USER_INPUT', ['first']).message).toContain('500');
      expectError(await t.gql(INITIATIVES, { after: 'garbage!' }), 'BAD_USER_INPUT', ['after']);
      const actorCursor = (await t.gql<Record<string, Connection>>(ACTORS, { filter: { region: R1 }, first: 1 })).data!
        .actors!.pageInfo.endCursor;
      expectError(await t.gql(INITIATIVES, { after: actorCursor }), 'BAD_USER_INPUT', ['after']);
    });
  });

  describe('initiative edits', () => {
    const CREATE = `mutation($input: InitiativeInput!) { createInitiative(input: $input) { ${INITIATIVE_FIELDS} } }`;
    const UPDATE = `mutation($id: ID!, $patch: InitiativePatch!) { updateInitiative(id: $id, patch: $patch) { ${INITIATIVE_FIELDS} } }`;
    const DELETE = `mutation($id: ID!) { deleteInitiative(id: $id) { id kind removedRelations { type count } } }`;

    it('creates an initiative, and refuses the same id again with CONFLICT', async () => {
      const input = {
        id: `${p}new`,
        name: ' Repair Café ',
        region: R2,
        themes: [T2],
        startedOn: '2020-02-29',
        status: 'EXPERIMENT',
      };
      const r = await t.gql<{ createInitiative: Record<string, unknown> }>(CREATE, { input });
      expect(r.errors).toBeUndefined();
      expect(r.data!.createInitiative).toMatchObject({
        id: `${p}new`,
        name: 'Repair Café',
        region: R2,
        themes: [T2],
        startedOn: '2020-02-29',
        status: 'EXPERIMENT',
        characteristics: [],
      });
      const again = await t.gql(CREATE, { input: { ...input, name: 'other' } });
      expect(expectError(again, 'CONFLICT').message).toContain(`${p}new`);
      const stored = await t.gql<{ initiative: { name: string } }>(INITIATIVE, { id: `${p}new` });
      expect(stored.data!.initiative.name).toBe('Repair Café');
    });

    it('reports every problem of a create at its argument path, and writes nothing', async () => {
      const r = await t.gql(CREATE, {
        input: {
          id: `${p}bad`,
          name: '  ',
          latitude: 91,
          themes: ['ok', ' '],
          characteristics: [{ characteristic: 'DEEP_CHANGE', score: 4 }],
        },
      });
      const error = expectError(r, 'BAD_USER_INPUT', [
        'input.characteristics[0].score',
        'input.latitude',
        'input.name',
        'input.themes[1]',
      ]);
      expect(error.message).toContain('input.name: name must not be empty');
      const stored = await t.gql<{ initiative: unknown }>(INITIATIVE, { id: `${p}bad` });
      expect(stored.data!.initiative).toBeNull();
    });

    it('answers a variable GraphQL cannot coerce (an unknown enum value) with BAD_USER_INPUT naming it', async () => {
      const r = await t.gql(`mutation($i: InitiativeInput!) { createInitiative(input: $i) { id } }`, {
        i: { id: `${p}enum`, name: 'Bad status', status: 'FOO' },
      });
      expect(r.errors).toHaveLength(1);
      expect(r.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.errors![0]!.message).toMatch(/\$i.*status.*FOO/s);
      const read = await t.gql(`query($s: InitiativeStatus) { initiatives(filter: { status: $s }) { totalCount } }`, {
        s: 'SOMETIMES',
      });
      expect(read.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
      expect(read.errors![0]!.message).toContain('SOMETIMES');
      expect((await t.gql(INITIATIVE, { id: `${p}enum` })).data!.initiative).toBeNull();
    });

    it('updates only the given fields; null clears one; NOT_FOUND when absent; problems at patch paths', async () => {
      const r = await t.gql<{ updateInitiative: Record<string, unknown> }>(UPDATE, {
        id: `${p}a`,
        patch: { name: `${p}Zonnedorp Energie`, themes: [T1, T2], description: null },
      });
      expect(r.errors).toBeUndefined();
      expect(r.data!.updateInitiative).toMatchObject({
        id: `${p}a`,
        name: `${p}Zonnedorp Energie`,
        themes: [T1, T2],
        description: null,
        region: R1,
        startedOn: '2015-03-01',
        status: 'RUNNING',
        latitude: 52.99,
      });
      expect((r.data!.updateInitiative.characteristics as unknown[]).length).toBe(2);
      // relations survive an update
      const after = await t.gql<{ initiative: { actors: unknown[]; amplificationsOut: unknown[] } }>(INITIATIVE, {
        id: `${p}a`,
      });
      expect(after.data!.initiative.actors).toHaveLength(2);
      expect(after.data!.initiative.amplificationsOut).toHaveLength(2);
      // the theme filter follows the update
      const byTheme = await t.gql<Record<string, Connection>>(INITIATIVES, { filter: { theme: T2, region: R1 } });
      expect(pageIds(byTheme, 'initiatives')).toEqual([`${p}a`, `${p}b`]);

      expectError(await t.gql(UPDATE, { id: `${p}nope`, patch: { name: 'x' } }), 'NOT_FOUND');
      const bad = await t.gql(UPDATE, { id: `${p}a`, patch: { name: '', longitude: 200 } });
      expectError(bad, 'BAD_USER_INPUT', ['patch.longitude', 'patch.name']);
      const unchanged = await t.gql<{ initiative: { name: string } }>(INITIATIVE, { id: `${p}a` });
      expect(unchanged.data!.initiative.name).toBe(`${p}Zonnedorp Energie`);
    });

    it('deletes an initiative, saying which relations went with it; NOT_FOUND the second time', async () => {
      await t.gql(IMPORT, {
        input: {
          initiatives: [{ id: `${p}del`, name: 'to delete', region: R2, themes: [T1, T2] }],
          involvements: [
            { actorId: `${p}x`, initiativeId: `${p}del` },
            { actorId: `${p}z`, initiativeId: `${p}del` },
          ],
          amplifications: [
            { fromInitiativeId: `${p}c`, toInitiativeId: `${p}del`, mode: 'DEEPENING' },
            { fromInitiativeId: `${p}del`, toInitiativeId: `${p}c`, mode: 'SPREADING' },
          ],
        },
      });
      const r = await t.gql<{ deleteInitiative: unknown }>(DELETE, { id: `${p}del` });
      expect(r.errors).toBeUndefined();
      expect(r.data!.deleteInitiative).toEqual({
        id: `${p}del`,
        kind: 'Initiative',
        removedRelations: [
          { type: 'ADDRESSES', count: 2 },
          { type: 'AMPLIFIES', count: 2 },
          { type: 'INVOLVED_IN', count: 2 },
          { type: 'LOCATED_IN', count: 1 },
        ],
      });
      expect((await t.gql<{ initiative: unknown }>(INITIATIVE, { id: `${p}del` })).data!.initiative).toBeNull();
      const c = await t.gql<{ initiative: { amplificationsOut: unknown[]; amplificationsIn: unknown[] } }>(INITIATIVE, {
        id: `${p}c`,
      });
      expect(c.data!.initiative.amplificationsOut).toEqual([]);
      expectError(await t.gql(DELETE, { id: `${p}del` }), 'NOT_FOUND');
    });
  });

  describe('actor edits', () => {
    const CREATE = `mutation($input: ActorInput!) { createActor(input: $input) { id name kind region } }`;
    const UPDATE = `mutation($id: ID!, $patch: ActorPatch!) { updateActor(id: $id, patch: $patch) { id name kind region } }`;
    const DELETE = `mutation($id: ID!) { deleteActor(id: $id) { id kind removedRelations { type count } } }`;

    it('creates, conflicts, validates, updates and deletes an actor', async () => {
      const created = await t.gql<{ createActor: unknown }>(CREATE, {
        input: { id: `${p}w`, name: 'Waterschap', kind: 'WATER_BOARD', region: R2 },
      });
      expect(created.errors).toBeUndefined();
      expect(created.data!.createActor).toEqual({ id: `${p}w`, name: 'Waterschap', kind: 'WATER_BOARD', region: R2 });
      expectError(await t.gql(CREATE, { input: { id: `${p}w`, name: 'again' } }), 'CONFLICT');
      expectError(await t.gql(CREATE, { input: { id: `${p}w2`, name: '' } }), 'BAD_USER_INPUT', ['input.name']);

      const updated = await t.gql<{ updateActor: unknown }>(UPDATE, {
        id: `${p}w`,
        patch: { name: 'Waterschap Vechtstromen', region: null },
      });
      expect(updated.errors).toBeUndefined();
      expect(updated.data!.updateActor).toEqual({
        id: `${p}w`,
        name: 'Waterschap Vechtstromen',
        kind: 'WATER_BOARD',
        region: null,
      });
      expectError(await t.gql(UPDATE, { id: `${p}w`, patch: { name: ' ' } }), 'BAD_USER_INPUT', ['patch.name']);
      expectError(await t.gql(UPDATE, { id: `${p}nope`, patch: { name: 'x' } }), 'NOT_FOUND');

      await t.gql(IMPORT, {
        input: {
          involvements: [{ actorId: `${p}w`, initiativeId: `${p}c` }],
          influences: [
            { fromActorId: `${p}w`, toActorId: `${p}z` },
            { fromActorId: `${p}z`, toActorId: `${p}w` },
            { fromActorId: `${p}x`, toActorId: `${p}w` },
          ],
        },
      });
      const deleted = await t.gql<{ deleteActor: unknown }>(DELETE, { id: `${p}w` });
      expect(deleted.errors).toBeUndefined();
      expect(deleted.data!.deleteActor).toEqual({
        id: `${p}w`,
        kind: 'Actor',
        removedRelations: [
          { type: 'INFLUENCES', count: 3 },
          { type: 'INVOLVED_IN', count: 1 },
        ],
      });
      expect((await t.gql<{ actor: unknown }>(ACTOR, { id: `${p}w` })).data!.actor).toBeNull();
      expectError(await t.gql(DELETE, { id: `${p}w` }), 'NOT_FOUND');
    });
  });

  describe('relation edits', () => {
    it('upserts and deletes an involvement', async () => {
      const UPSERT = `mutation($input: InvolvementInput!) { upsertInvolvement(input: $input) { actor { id } initiative { id } role since until } }`;
      const DELETE = `mutation($a: ID!, $i: ID!) { deleteInvolvement(actorId: $a, initiativeId: $i) { id kind removedRelations { type count } } }`;
      const created = await t.gql<{ upsertInvolvement: unknown }>(UPSERT, {
        input: { actorId: `${p}z`, initiativeId: `${p}c`, role: 'lead', since: '2019-01-01' },
      });
      expect(created.errors).toBeUndefined();
      expect(created.data!.upsertInvolvement).toEqual({
        actor: { id: `${p}z` },
        initiative: { id: `${p}c` },
        role: 'lead',
        since: '2019-01-01',
        until: null,
      });
      const updated = await t.gql<{ upsertInvolvement: unknown }>(UPSERT, {
        input: { actorId: `${p}z`, initiativeId: `${p}c`, role: 'owner', since: '2019-01-01', until: '2022-12-31' },
      });
      expect(updated.data!.upsertInvolvement).toMatchObject({ role: 'owner', until: '2022-12-31' });
      const z = await t.gql<{ actor: { initiatives: unknown[] } }>(ACTOR, { id: `${p}z` });
      expect(z.data!.actor.initiatives).toEqual([
        { initiative: { id: `${p}c`, name: `${p}Voedselbos De Hoeve` }, role: 'owner', since: '2019-01-01' },
      ]);

      expectError(await t.gql(UPSERT, { input: { actorId: `${p}nope`, initiativeId: `${p}c` } }), 'BAD_USER_INPUT', [
        'input.actorId',
      ]);
      expectError(
        await t.gql(UPSERT, {
          input: { actorId: `${p}z`, initiativeId: `${p}c`, since: '2020-01-01', until: '2019-01-01' },
        }),
        'BAD_USER_INPUT',
        ['input.until'],
      );

      const deleted = await t.gql<{ deleteInvolvement: unknown }>(DELETE, { a: `${p}z`, i: `${p}c` });
      expect(deleted.errors).toBeUndefined();
      expect(deleted.data!.deleteInvolvement).toMatchObject({
        kind: 'INVOLVED_IN',
        removedRelations: [{ type: 'INVOLVED_IN', count: 1 }],
      });
      expectError(await t.gql(DELETE, { a: `${p}z`, i: `${p}c` }), 'NOT_FOUND');
    });

    it('upserts and deletes an influence', async () => {
      const UPSERT = `mutation($input: InfluenceInput!) { upsertInfluence(input: $input) { from { id } to { id } weight since } }`;
      const DELETE = `mutation($f: ID!, $t: ID!) { deleteInfluence(fromActorId: $f, toActorId: $t) { kind removedRelations { type count } } }`;
      const created = await t.gql<{ upsertInfluence: unknown }>(UPSERT, {
        input: { fromActorId: `${p}z`, toActorId: `${p}x` },
      });
      expect(created.errors).toBeUndefined();
      expect(created.data!.upsertInfluence).toEqual({
        from: { id: `${p}z` },
        to: { id: `${p}x` },
        weight: 1,
        since: null,
      });
      const updated = await t.gql<{ upsertInfluence: { weight: number } }>(UPSERT, {
        input: { fromActorId: `${p}z`, toActorId: `${p}x`, weight: 4 },
      });
      expect(updated.data!.upsertInfluence.weight).toBe(4);
      const x = await t.gql<{ actor: { influencesIn: { from: { id: string } }[] } }>(ACTOR, { id: `${p}x` });
      expect(x.data!.actor.influencesIn.map((i) => i.from.id)).toEqual([`${p}y`, `${p}z`]);

      expectError(
        await t.gql(UPSERT, { input: { fromActorId: `${p}z`, toActorId: `${p}x`, weight: -1 } }),
        'BAD_USER_INPUT',
        ['input.weight'],
      );
      expectError(await t.gql(UPSERT, { input: { fromActorId: `${p}z`, toActorId: `${p}z` } }), 'BAD_USER_INPUT', [
        'input.toActorId',
      ]);

      const deleted = await t.gql<{ deleteInfluence: unknown }>(DELETE, { f: `${p}z`, t: `${p}x` });
      expect(deleted.data!.deleteInfluence).toEqual({
        kind: 'INFLUENCES',
        removedRelations: [{ type: 'INFLUENCES', count: 1 }],
      });
      expectError(await t.gql(DELETE, { f: `${p}z`, t: `${p}x` }), 'NOT_FOUND');
    });

    it('upserts and deletes an amplification, per mode', async () => {
      const UPSERT = `mutation($input: AmplificationInput!) { upsertAmplification(input: $input) { from { id } to { id } mode on evidence confidence mechanisms } }`;
      const DELETE = `mutation($f: ID!, $t: ID!, $m: AmplificationMode!) { deleteAmplification(fromInitiativeId: $f, toInitiativeId: $t, mode: $m) { id kind } }`;
      const input = {
        fromInitiativeId: `${p}b`,
        toInitiativeId: `${p}c`,
        mode: 'DEEPENING',
        on: '2020-01-01',
        evidence: 'report',
        confidence: 0.5,
        mechanisms: ['LEARNING_BY_DOING'],
      };
      const created = await t.gql<{ upsertAmplification: unknown }>(UPSERT, { input });
      expect(created.errors).toBeUndefined();
      expect(created.data!.upsertAmplification).toEqual({
        from: { id: `${p}b` },
        to: { id: `${p}c` },
        mode: 'DEEPENING',
        on: '2020-01-01',
        evidence: 'report',
        confidence: 0.5,
        mechanisms: ['LEARNING_BY_DOING'],
      });
      const updated = await t.gql<{ upsertAmplification: { evidence: string } }>(UPSERT, {
        input: { ...input, evidence: 'interview' },
      });
      expect(updated.data!.upsertAmplification.evidence).toBe('interview');
      const b = await t.gql<{ initiative: { amplificationsOut: unknown[] } }>(INITIATIVE, { id: `${p}b` });
      expect(b.data!.initiative.amplificationsOut).toHaveLength(1);

      expectError(await t.gql(UPSERT, { input: { ...input, confidence: 2 } }), 'BAD_USER_INPUT', ['input.confidence']);
      expectError(await t.gql(UPSERT, { input: { ...input, toInitiativeId: `${p}b` } }), 'BAD_USER_INPUT', [
        'input.toInitiativeId',
      ]);

      expectError(await t.gql(DELETE, { f: `${p}b`, t: `${p}c`, m: 'SPREADING' }), 'NOT_FOUND');
      const deleted = await t.gql<{ deleteAmplification: { kind: string } }>(DELETE, {
        f: `${p}b`,
        t: `${p}c`,
        m: 'DEEPENING',
      });
      expect(deleted.errors).toBeUndefined();
      expect(deleted.data!.deleteAmplification.kind).toBe('AMPLIFIES');
      expectError(await t.gql(DELETE, { f: `${p}b`, t: `${p}c`, m: 'DEEPENING' }), 'NOT_FOUND');
    });

    it('upserts and deletes an outcome', async () => {
      const UPSERT = `mutation($input: OutcomeInput!) { upsertOutcome(input: $input) { initiative { id } kind name on } }`;
      const DELETE = `mutation($i: ID!, $k: OutcomeKind!, $n: String) { deleteOutcome(initiativeId: $i, kind: $k, name: $n) { kind removedRelations { type count } } }`;
      const created = await t.gql<{ upsertOutcome: unknown }>(UPSERT, {
        input: { initiativeId: `${p}c`, kind: 'START_UP', name: `${p}Bosbv`, on: '2021-06-01' },
      });
      expect(created.errors).toBeUndefined();
      expect(created.data!.upsertOutcome).toEqual({
        initiative: { id: `${p}c` },
        kind: 'START_UP',
        name: `${p}Bosbv`,
        on: '2021-06-01',
      });
      const updated = await t.gql<{ upsertOutcome: { on: string } }>(UPSERT, {
        input: { initiativeId: `${p}c`, kind: 'START_UP', name: `${p}Bosbv`, on: '2021-07-01' },
      });
      expect(updated.data!.upsertOutcome.on).toBe('2021-07-01');
      const c = await t.gql<{ initiative: { outcomes: unknown[] } }>(INITIATIVE, { id: `${p}c` });
      expect(c.data!.initiative.outcomes).toEqual([{ kind: 'START_UP', name: `${p}Bosbv`, on: '2021-07-01' }]);
      expectError(await t.gql(UPSERT, { input: { initiativeId: `${p}nope`, kind: 'LAW' } }), 'BAD_USER_INPUT', [
        'input.initiativeId',
      ]);

      expectError(await t.gql(DELETE, { i: `${p}c`, k: 'START_UP', n: 'other' }), 'NOT_FOUND');
      const deleted = await t.gql<{ deleteOutcome: unknown }>(DELETE, { i: `${p}c`, k: 'START_UP', n: `${p}Bosbv` });
      expect(deleted.data!.deleteOutcome).toEqual({
        kind: 'ACHIEVES',
        removedRelations: [{ type: 'ACHIEVES', count: 1 }],
      });
      expect(
        (await t.gql<{ initiative: { outcomes: unknown[] } }>(INITIATIVE, { id: `${p}c` })).data!.initiative.outcomes,
      ).toEqual([]);
    });

    it('upserts and deletes a barrier, overcome or not', async () => {
      const UPSERT = `mutation($input: BarrierInput!) { upsertBarrier(input: $input) { initiative { id } barrier overcome on note } }`;
      const DELETE = `mutation($i: ID!, $b: BarrierKind!) { deleteBarrier(initiativeId: $i, barrier: $b) { kind removedRelations { type count } } }`;
      const faced = await t.gql<{ upsertBarrier: unknown }>(UPSERT, {
        input: { initiativeId: `${p}c`, barrier: 'FINANCING', note: 'no bank loan' },
      });
      expect(faced.errors).toBeUndefined();
      expect(faced.data!.upsertBarrier).toEqual({
        initiative: { id: `${p}c` },
        barrier: 'FINANCING',
        overcome: false,
        on: null,
        note: 'no bank loan',
      });
      const overcome = await t.gql<{ upsertBarrier: unknown }>(UPSERT, {
        input: { initiativeId: `${p}c`, barrier: 'FINANCING', overcome: true, on: '2022-03-01', note: 'crowdfunding' },
      });
      expect(overcome.data!.upsertBarrier).toEqual({
        initiative: { id: `${p}c` },
        barrier: 'FINANCING',
        overcome: true,
        on: '2022-03-01',
        note: 'crowdfunding',
      });
      expectError(
        await t.gql(UPSERT, { input: { initiativeId: `${p}c`, barrier: 'FINANCING', on: '2022-13-01' } }),
        'BAD_USER_INPUT',
      );

      const deleted = await t.gql<{ deleteBarrier: unknown }>(DELETE, { i: `${p}c`, b: 'FINANCING' });
      expect(deleted.errors).toBeUndefined();
      expect(deleted.data!.deleteBarrier).toEqual({
        kind: 'FACES',
        removedRelations: [
          { type: 'FACES', count: 1 },
          { type: 'OVERCOMES', count: 1 },
        ],
      });
      expect(
        (await t.gql<{ initiative: { barriers: unknown[] } }>(INITIATIVE, { id: `${p}c` })).data!.initiative.barriers,
      ).toEqual([]);
      expectError(await t.gql(DELETE, { i: `${p}c`, b: 'FINANCING' }), 'NOT_FOUND');
    });
  });

  describe('authorisation', () => {
    const CREATE = `mutation($input: InitiativeInput!) { createInitiative(input: $input) { id } }`;

    it('answers 401 UNAUTHENTICATED to a write without a token, and writes nothing', async () => {
      const r = await t.gql(CREATE, { input: { id: `${p}anon`, name: 'anonymous' } }, null);
      expect(r.status).toBe(401);
      expectError(r, 'UNAUTHENTICATED');
      const del = await t.gql(`mutation { deleteInitiative(id: "${p}a") { id } }`, {}, null);
      expect(del.status).toBe(401);
      expect((await t.gql<{ initiative: unknown }>(INITIATIVE, { id: `${p}anon` })).data!.initiative).toBeNull();
      expect((await t.gql<{ initiative: unknown }>(INITIATIVE, { id: `${p}a` })).data!.initiative).not.toBeNull();
    });

    it('answers 403 FORBIDDEN to a write with a viewer token, which may still read', async () => {
      const r = await t.gql(CREATE, { input: { id: `${p}viewer`, name: 'viewer' } }, 'viewer');
      expect(r.status).toBe(403);
      expectError(r, 'FORBIDDEN');
      const rel = await t.gql(
        `mutation { deleteInvolvement(actorId: "${p}x", initiativeId: "${p}a") { id } }`,
        {},
        'viewer',
      );
      expect(rel.status).toBe(403);
      const read = await t.gql<{ initiative: unknown }>(INITIATIVE, { id: `${p}viewer` }, 'viewer');
      expect(read.status).toBe(200);
      expect(read.data!.initiative).toBeNull();
    });
  });
});
