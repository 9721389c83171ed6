import neo4j from 'neo4j-driver';
import { ownedPrefixes, startTestApp, type GraphqlResponse, type TestApp } from '../support/app.js';
import { CHANGE_FIELDS, NAMED_TOKENS, dataVersion, oneChange, type ChangeSetView } from '../support/history.js';

// Undo and restore against the real Neo4j: an undo reverts one change set as a change set of its
// own; a deleted initiative comes back with every relation deleted with it; something later in
// the way is a CONFLICT naming it and the later change set.

const own = ownedPrefixes();
const p = own.prefix('hu');
const IMPORT = 'mutation($n: NetworkInput!) { importNetwork(input: $n) { initiatives } }';
const UNDO = `mutation($seq: Int!) { undoChange(seq: $seq) { ${CHANGE_FIELDS} } }`;

const INITIATIVE = `query($id: ID!) { initiative(id: $id) {
  id name region themes startedOn description status characteristics { characteristic score evidence }
  actors { actor { id } role since until }
  amplificationsOut { to { id } mode on evidence mechanisms }
  amplificationsIn { from { id } mode }
  outcomes { kind name on }
  barriers { barrier overcome on note }
} }`;

type Undo = GraphqlResponse<{ undoChange: ChangeSetView }>;

afterAll(async () => {
  await own.cleanup();
});

describe('undo and restore (real Neo4j)', () => {
  let t: TestApp;
  const undo = (seq: number): Promise<Undo> => t.gql(UNDO, { seq });
  const initiative = async (id: string) =>
    (await t.gql<{ initiative: Record<string, unknown> | null }>(INITIATIVE, { id })).data!.initiative;
  const write = async (query: string, variables: Record<string, unknown> = {}) =>
    oneChange(t, async () => {
      const r = await t.gql(query, variables);
      expect(r.errors).toBeUndefined();
    });

  beforeAll(async () => {
    t = await startTestApp(NAMED_TOKENS);
    const r = await t.gql(IMPORT, {
      n: {
        initiatives: [
          {
            id: `${p}a`,
            name: 'Energiecoöperatie',
            region: `${p}Drenthe`,
            themes: [`${p}energy`],
            startedOn: '2015-03-01',
            characteristics: [{ characteristic: 'DEEP_CHANGE', score: 2, evidence: 'nieuw eigenaarschap' }],
          },
          { id: `${p}b`, name: 'Volger', region: `${p}Friesland` },
          { id: `${p}c`, name: 'Bron', region: `${p}Drenthe` },
        ],
        actors: [
          { id: `${p}x`, name: 'Gemeente' },
          { id: `${p}y`, name: 'Bewoners' },
        ],
        involvements: [
          { actorId: `${p}x`, initiativeId: `${p}a`, role: 'trekker', since: '2015-01-01' },
          { actorId: `${p}y`, initiativeId: `${p}a` },
        ],
        influences: [{ fromActorId: `${p}x`, toActorId: `${p}y`, weight: 3 }],
        amplifications: [
          { fromInitiativeId: `${p}a`, toInitiativeId: `${p}b`, mode: 'SPREADING', evidence: 'zelfde model' },
          { fromInitiativeId: `${p}c`, toInitiativeId: `${p}a`, mode: 'DEEPENING' },
        ],
        outcomes: [{ initiativeId: `${p}a`, kind: 'REVENUE_MODEL', name: `${p}Stroomverkoop`, on: '2017-01-01' }],
        barriers: [{ initiativeId: `${p}a`, barrier: 'FINANCING', overcome: true, on: '2016-05-01', note: 'lening' }],
      },
    });
    expect(r.errors).toBeUndefined();
  });
  afterAll(async () => {
    await t.close();
  });

  it('undoes an update: the old state is back, the undo is a change set of its own that says what it undid', async () => {
    const before = await initiative(`${p}a`);
    const update = await write(
      `mutation { updateInitiative(id: "${p}a", patch: { region: "${p}Zeeland", themes: ["${p}heat"] }) { id } }`,
    );
    expect((await initiative(`${p}a`))!.region).toBe(`${p}Zeeland`);
    const r = await undo(update.seq);
    expect(r.errors).toBeUndefined();
    const undone = r.data!.undoChange;
    expect(undone).toMatchObject({ operation: 'UNDO', undoes: update.seq, who: 'Eddie Editor', entryCount: 1 });
    expect(undone.seq).toBe(await dataVersion(t));
    expect(undone.summary).toBe(`undid #${update.seq} (UPDATE_INITIATIVE by Eddie Editor): 1 initiative updated`);
    expect(undone.entries.items[0]!.fields.map((f) => f.field)).toEqual(['region', 'themes']);
    expect(await initiative(`${p}a`)).toEqual(before);
    const target = await t.gql<{ changeSet: { undoneBy: number } }>(`{ changeSet(seq: ${update.seq}) { undoneBy } }`);
    expect(target.data!.changeSet.undoneBy).toBe(undone.seq);
    // the region analytics see it back too
    const stats = await t.gql<{ isolatedInitiatives: { initiative: { id: string } }[] }>(
      `{ isolatedInitiatives(region: "${p}Zeeland") { initiative { id } } }`,
    );
    expect(stats.data!.isolatedInitiatives).toEqual([]);
  });

  it('restores a deleted initiative with every relation deleted with it, exactly as it was', async () => {
    const before = await initiative(`${p}a`);
    const deleted = await write(`mutation { deleteInitiative(id: "${p}a") { id } }`);
    expect(deleted.counts).toEqual(
      expect.arrayContaining([
        { kind: 'INITIATIVE', created: 0, updated: 0, deleted: 1 },
        { kind: 'INVOLVEMENT', created: 0, updated: 0, deleted: 2 },
        { kind: 'AMPLIFICATION', created: 0, updated: 0, deleted: 2 },
        { kind: 'OUTCOME', created: 0, updated: 0, deleted: 1 },
        { kind: 'BARRIER', created: 0, updated: 0, deleted: 1 },
      ]),
    );
    expect(await initiative(`${p}a`)).toBeNull();
    const r = await undo(deleted.seq);
    expect(r.errors).toBeUndefined();
    expect(r.data!.undoChange.entryCount).toBe(7);
    expect(await initiative(`${p}a`)).toEqual(before);
    const region = await t.gql<{ initiatives: { totalCount: number } }>(
      `{ initiatives(filter: { region: "${p}Drenthe" }) { totalCount } }`,
    );
    expect(region.data!.initiatives.totalCount).toBe(2);
  });

  it('undoes an undo (a redo), and undoes two changes in a row from the newest', async () => {
    const first = await write(`mutation { updateInitiative(id: "${p}b", patch: { name: "Volger 2" }) { id } }`);
    const second = await write(`mutation { updateInitiative(id: "${p}b", patch: { name: "Volger 3" }) { id } }`);
    const undoSecond = await undo(second.seq);
    expect(undoSecond.errors).toBeUndefined();
    expect((await initiative(`${p}b`))!.name).toBe('Volger 2');
    const undoFirst = await undo(first.seq);
    expect(undoFirst.errors).toBeUndefined();
    expect((await initiative(`${p}b`))!.name).toBe('Volger');
    // and back again: undoing the undo of the first redoes it
    const redo = await undo(undoFirst.data!.undoChange.seq);
    expect(redo.errors).toBeUndefined();
    expect((await initiative(`${p}b`))!.name).toBe('Volger 2');
  });

  it('refuses when something later changed the same initiative, naming it and the later change set', async () => {
    const first = await write(`mutation { updateInitiative(id: "${p}c", patch: { name: "Bron 2" }) { id } }`);
    const later = await write(`mutation { updateInitiative(id: "${p}c", patch: { status: EMBEDDED }) { id } }`);
    const version = await dataVersion(t);
    const r = await undo(first.seq);
    expect(r.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(r.errors![0]!.message).toBe(
      `change #${first.seq} cannot be undone: initiative:${p}c was changed by change #${later.seq} (UPDATE_INITIATIVE by Eddie Editor)`,
    );
    expect(r.errors![0]!.extensions!.problems).toEqual([
      { path: `initiative:${p}c`, message: `changed by change #${later.seq} (UPDATE_INITIATIVE by Eddie Editor)` },
    ]);
    expect(await dataVersion(t)).toBe(version);
    expect((await initiative(`${p}c`))!.name).toBe('Bron 2');
  });

  it('refuses to undo a create when a later relation hangs on the node', async () => {
    const created = await write(`mutation { createInitiative(input: { id: "${p}n", name: "Nieuw" }) { id } }`);
    const relation = await write(
      `mutation { upsertInvolvement(input: { actorId: "${p}y", initiativeId: "${p}n" }) { role } }`,
    );
    const r = await undo(created.seq);
    expect(r.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(r.errors![0]!.extensions!.problems).toEqual([
      {
        path: `INVOLVED_IN:actor:${p}y->initiative:${p}n`,
        message: `added since by change #${relation.seq} (UPSERT_INVOLVEMENT by Eddie Editor)`,
      },
    ]);
    // undo the relation first, then the create goes
    expect((await undo(relation.seq)).errors).toBeUndefined();
    expect((await undo(created.seq)).errors).toBeUndefined();
    expect(await initiative(`${p}n`)).toBeNull();
  });

  it('refuses to restore a relation whose other end was deleted later', async () => {
    const relation = await write(`mutation { deleteInfluence(fromActorId: "${p}x", toActorId: "${p}y") { id } }`);
    const actor = await write(`mutation { createActor(input: { id: "${p}w", name: "Tijdelijk" }) { id } }`);
    expect(actor.seq).toBeGreaterThan(relation.seq);
    const gone = await write(`mutation { deleteActor(id: "${p}y") { id } }`);
    const r = await undo(relation.seq);
    expect(r.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(r.errors![0]!.extensions!.problems).toContainEqual({
      path: `actor:${p}y`,
      message: `deleted (a relation to restore needs it) by change #${gone.seq} (DELETE_ACTOR by Eddie Editor)`,
    });
    // restoring the actor (with its relations) makes the first undo possible
    expect((await undo(gone.seq)).errors).toBeUndefined();
    const back = await undo(relation.seq);
    expect(back.errors).toBeUndefined();
    const influence = await t.gql<{ actor: { influencesOut: { to: { id: string }; weight: number }[] } }>(
      `{ actor(id: "${p}x") { influencesOut { to { id } weight } } }`,
    );
    expect(influence.data!.actor.influencesOut).toEqual([{ to: { id: `${p}y` }, weight: 3 }]);
  });

  it('undoes an import: rows it created are deleted, rows it changed get their old state', async () => {
    const imported = await write(IMPORT, {
      n: {
        initiatives: [
          { id: `${p}i1`, name: 'Een', region: `${p}Drenthe` },
          { id: `${p}b`, name: 'Volger 2', region: `${p}Groningen` },
        ],
        involvements: [{ actorId: `${p}x`, initiativeId: `${p}i1` }],
      },
    });
    expect(imported.counts).toEqual([
      { kind: 'INITIATIVE', created: 1, updated: 1, deleted: 0 },
      { kind: 'INVOLVEMENT', created: 1, updated: 0, deleted: 0 },
    ]);
    expect((await undo(imported.seq)).errors).toBeUndefined();
    expect(await initiative(`${p}i1`)).toBeNull();
    expect((await initiative(`${p}b`))!.region).toBe(`${p}Friesland`);
  });

  it('a bulk import (more nodes than one change set indexes one by one): found in a history, undone row by row', async () => {
    // 700 initiatives and 700 actors: above TOUCH_LIMIT, so the change set keeps its keys on its
    // chunks (one text each) and its created rows as columns; involvements with and without
    // optional fields, so a chunk's run of rows has fields some rows lack
    const n = 700;
    const ids = Array.from({ length: n }, (_, i) => i);
    const imported = await write(IMPORT, {
      n: {
        initiatives: ids.map((i) => ({
          id: `${p}bulk${i}`,
          name: `Bulk ${i}`,
          ...(i % 3 === 0 ? { region: `${p}Drenthe` } : {}),
          ...(i % 5 === 0 ? { themes: [`${p}energy`] } : {}),
        })),
        actors: ids.map((i) => ({ id: `${p}bulkactor${i}`, name: `Actor ${i}` })),
        involvements: ids.map((i) => ({
          actorId: `${p}bulkactor${i}`,
          initiativeId: `${p}bulk${(i * 7) % n}`,
          ...(i % 2 === 0 ? { since: '2019-01-01' } : {}),
          ...(i % 4 === 1 ? { role: 'trekker' } : {}),
        })),
      },
    });
    expect(imported.counts).toEqual([
      { kind: 'INITIATIVE', created: n, updated: 0, deleted: 0 },
      { kind: 'ACTOR', created: n, updated: 0, deleted: 0 },
      { kind: 'INVOLVEMENT', created: n, updated: 0, deleted: 0 },
    ]);
    const driver = neo4j.driver(process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7688');
    const count = async (cypher: string, params: Record<string, unknown>) =>
      Number((await driver.executeQuery(cypher, params)).records[0]!.get('n'));
    try {
      expect(
        await count('MATCH (k:BulkChunk {seq: $seq}) WHERE k.keyText IS NOT NULL RETURN count(k) AS n', {
          seq: imported.seq,
        }),
      ).toBeGreaterThan(0);
    } finally {
      await driver.close();
    }

    // the history of one initiative (and of one actor) finds the import through the chunks' keys
    const HISTORY = `query($id: ID!) { initiative(id: $id) { history { edges { node { seq operation } } } } }`;
    const last = `${p}bulk${n - 1}`;
    const history = await t.gql<{ initiative: { history: { edges: { node: { seq: number } }[] } } }>(HISTORY, {
      id: last,
    });
    expect(history.data!.initiative.history.edges.map((e) => e.node.seq)).toEqual([imported.seq]);
    const actorHistory = await t.gql<{ actor: { history: { edges: { node: { seq: number } }[] } } }>(
      `query($id: ID!) { actor(id: $id) { history { edges { node { seq } } } } }`,
      { id: `${p}bulkactor3` },
    );
    expect(actorHistory.data!.actor.history.edges.map((e) => e.node.seq)).toEqual([imported.seq]);

    // undo deletes every row it created, relations with their optional fields included
    expect((await undo(imported.seq)).errors).toBeUndefined();
    for (const id of [`${p}bulk0`, last]) expect(await initiative(id)).toBeNull();
    const actor = await t.gql<{ actor: unknown }>(`query($id: ID!) { actor(id: $id) { id } }`, {
      id: `${p}bulkactor3`,
    });
    expect(actor.data!.actor).toBeNull();
  });

  it('an undone change cannot be undone twice; an unknown one is NOT_FOUND; a viewer may not undo', async () => {
    const change = await write(`mutation { updateActor(id: "${p}x", patch: { name: "Gemeente Assen" }) { id } }`);
    const first = await undo(change.seq);
    expect(first.errors).toBeUndefined();
    const again = await undo(change.seq);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(again.errors![0]!.message).toContain(`by change #${first.data!.undoChange.seq} (UNDO by Eddie Editor)`);
    const unknown = await t.gql(UNDO, { seq: 999_999_999 });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const viewer = await t.gql(UNDO, { seq: change.seq }, 'viewer');
    expect(viewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('reading the history back (real Neo4j)', () => {
  let t: TestApp;
  const q = own.prefix('hq');

  beforeAll(async () => {
    t = await startTestApp(NAMED_TOKENS);
  });
  afterAll(async () => {
    await t.close();
  });

  it('pages newest first with a cursor, filters by entity, by who and by time, and answers history on both kinds', async () => {
    const seqs: number[] = [];
    for (const name of ['een', 'twee', 'drie']) {
      const change = await oneChange(t, () =>
        t.gql(`mutation { createInitiative(input: { id: "${q}${name}", name: "${name}" }) { id } }`),
      );
      seqs.push(change.seq);
    }
    const byActor = await oneChange(t, () =>
      t.gql(`mutation { createActor(input: { id: "${q}een", name: "Zelfde id, ander soort" }) { id } }`, {}, 'admin'),
    );
    expect(byActor.who).toBe('Ada Admin');
    const page = async (args: string) =>
      (
        await t.gql<{
          changes: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { seq: number } }[] };
        }>(`{ changes(${args}) { pageInfo { hasNextPage endCursor } edges { node { seq } } } }`)
      ).data!.changes;
    const first = await page('first: 2');
    expect(first.edges.map((e) => e.node.seq)).toEqual([byActor.seq, seqs[2]]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = await page(`first: 2, after: "${first.pageInfo.endCursor}"`);
    expect(next.edges.map((e) => e.node.seq)).toEqual([seqs[1], seqs[0]]);
    // an id names an initiative and an actor here: both kinds' changes
    expect((await page(`first: 10, entityId: "${q}een"`)).edges.map((e) => e.node.seq)).toEqual([byActor.seq, seqs[0]]);
    expect((await page(`first: 10, by: "Ada Admin", since: "2000-01-01"`)).edges[0]!.node.seq).toBe(byActor.seq);
    expect((await page('first: 10, until: "2000-01-01"')).edges).toEqual([]);
    const history = await t.gql<{
      initiative: { history: { edges: { node: { seq: number; operation: string } }[] } };
      actor: { history: { edges: { node: { seq: number } }[] } };
    }>(
      `{ initiative(id: "${q}een") { history { edges { node { seq operation } } } } actor(id: "${q}een") { history { edges { node { seq } } } } }`,
    );
    expect(history.data!.initiative.history.edges).toEqual([
      { node: { seq: seqs[0], operation: 'CREATE_INITIATIVE' } },
    ]);
    expect(history.data!.actor.history.edges).toEqual([{ node: { seq: byActor.seq } }]);
  });

  it('costs a page of initiatives with their history above the limit', async () => {
    const r = await t.gql(`{ initiatives(first: 500) { edges { node { id history { edges { node { seq } } } } } } }`);
    expect(r.errors?.[0]?.message).toMatch(/query cost \d+ exceeds the limit/);
  });
});
