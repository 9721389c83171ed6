import neo4j from 'neo4j-driver';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TOKENS, ownedPrefixes, startTestApp, type TestApp } from '../support/app.js';
import { deleteByPrefix } from '../support/cleanup.js';
import { cli as runCli } from '../support/processes.js';
import { NAMED_TOKENS, changesAfter, dataVersion, oneChange, state, type ChangeSetView } from '../support/history.js';

// Every writer records exactly one change set, with who and the state before and after of what it
// touched; a write that fails records nothing. Real Neo4j, this file's own ids.

const own = ownedPrefixes();
const p = own.prefix('hw');
const cli = (...args: string[]) => runCli(args);

const entry = (change: ChangeSetView, key: string) => {
  const found = change.entries.items.find((e) => e.key === key);
  if (!found)
    throw new Error(`no entry ${key} in #${change.seq}: ${change.entries.items.map((e) => e.key).join(', ')}`);
  return found;
};

describe('every writer records one change set (real Neo4j)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(NAMED_TOKENS);
    const r = await t.gql('mutation($n: NetworkInput!) { importNetwork(input: $n) { initiatives } }', {
      n: {
        initiatives: [
          { id: `${p}a`, name: 'Zonnedorp', region: `${p}Drenthe`, themes: [`${p}energy`], startedOn: '2016-04-01' },
          { id: `${p}b`, name: 'Zonnedorp Friesland', region: `${p}Friesland` },
        ],
        actors: [
          { id: `${p}x`, name: 'Gemeente Assen', kind: 'MUNICIPALITY' },
          { id: `${p}y`, name: 'Coöperatie', kind: 'CITIZEN_COLLECTIVE' },
        ],
      },
    });
    expect(r.errors).toBeUndefined();
  });
  afterAll(async () => {
    await own.cleanup();
    await t.close();
  });

  it('importNetwork: one change set by the token name, created rows with their states, unchanged rows left out', async () => {
    const change = await oneChange(t, () =>
      t.gql('mutation($n: NetworkInput!) { importNetwork(input: $n) { initiatives } }', {
        n: {
          initiatives: [
            { id: `${p}a`, name: 'Zonnedorp', region: `${p}Drenthe`, themes: [`${p}energy`], startedOn: '2016-04-01' },
            { id: `${p}c`, name: '  Warmtenet  ', region: `${p}Drenthe`, themes: [`${p}heat`, `${p}heat`] },
          ],
          amplifications: [
            { fromInitiativeId: `${p}a`, toInitiativeId: `${p}c`, mode: 'BROADENING', on: '2018-01-01' },
          ],
        },
      }),
    );
    expect(change).toMatchObject({ who: 'Eddie Editor', operation: 'IMPORT_NETWORK', entryCount: 2 });
    expect(change.summary).toBe('imported 3 rows: 1 initiative created; 1 amplification created (1 unchanged)');
    const c = entry(change, `initiative:${p}c`);
    expect(c).toMatchObject({ kind: 'INITIATIVE', action: 'CREATED', before: null });
    // the state as stored: trimmed, themes without duplicates
    expect(state(c.after)).toEqual({ id: `${p}c`, name: 'Warmtenet', region: `${p}Drenthe`, themes: [`${p}heat`] });
    const amp = entry(change, `AMPLIFIES:BROADENING:initiative:${p}a->initiative:${p}c`);
    expect(amp.nodeIds).toEqual([`initiative:${p}a`, `initiative:${p}c`]);
    expect(state(amp.after)).toEqual({
      fromInitiativeId: `${p}a`,
      toInitiativeId: `${p}c`,
      mode: 'BROADENING',
      on: '2018-01-01',
    });
  });

  it('importing the same rows again changes nothing and records an empty change set', async () => {
    const change = await oneChange(t, () =>
      t.gql('mutation($n: NetworkInput!) { importNetwork(input: $n) { initiatives } }', {
        n: { initiatives: [{ id: `${p}c`, name: 'Warmtenet', region: `${p}Drenthe`, themes: [`${p}heat`] }] },
      }),
    );
    expect(change).toMatchObject({ entryCount: 0, summary: 'imported 1 row: nothing changed' });
  });

  it('a rolled-back import (a bad reference) records nothing and leaves the version', async () => {
    const before = await dataVersion(t);
    const r = await t.gql('mutation($n: NetworkInput!) { importNetwork(input: $n) { initiatives } }', {
      n: {
        initiatives: [{ id: `${p}d`, name: 'Nooit' }],
        involvements: [{ actorId: `${p}nobody`, initiativeId: `${p}d` }],
      },
    });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await dataVersion(t)).toBe(before);
    expect(await changesAfter(t, before)).toEqual([]);
    const d = await t.gql<{ initiative: unknown }>(`{ initiative(id: "${p}d") { id } }`);
    expect(d.data!.initiative).toBeNull();
  });

  it('createInitiative, updateInitiative, deleteInitiative: one change set each with before and after', async () => {
    const created = await oneChange(t, () =>
      t.gql(`mutation { createInitiative(input: { id: "${p}e", name: "Repair café", region: "${p}Drenthe" }) { id } }`),
    );
    expect(created).toMatchObject({ operation: 'CREATE_INITIATIVE', who: 'Eddie Editor' });
    expect(created.summary).toBe(`created initiative '${p}e' (Repair café)`);
    const updated = await oneChange(t, () =>
      t.gql(`mutation { updateInitiative(id: "${p}e", patch: { region: "${p}Zeeland", status: RUNNING }) { id } }`),
    );
    expect(updated).toMatchObject({ operation: 'UPDATE_INITIATIVE', entryCount: 1 });
    const e = entry(updated, `initiative:${p}e`);
    expect(e.action).toBe('UPDATED');
    expect(e.fields).toEqual([
      { field: 'region', before: JSON.stringify(`${p}Drenthe`), after: JSON.stringify(`${p}Zeeland`) },
      { field: 'status', before: null, after: '"RUNNING"' },
    ]);
    expect(updated.summary).toBe(`changed initiative '${p}e' (Repair café): region, status`);
    const deleted = await oneChange(t, () => t.gql(`mutation { deleteInitiative(id: "${p}e") { id } }`));
    expect(deleted).toMatchObject({ operation: 'DELETE_INITIATIVE' });
    expect(state(entry(deleted, `initiative:${p}e`).before)).toMatchObject({
      region: `${p}Zeeland`,
      status: 'RUNNING',
    });
    expect(entry(deleted, `initiative:${p}e`).after).toBeNull();
  });

  it('createActor, updateActor, deleteActor (with its relations): one change set each', async () => {
    await oneChange(t, () =>
      t.gql(`mutation { createActor(input: { id: "${p}z", name: "Waterschap", kind: WATER_BOARD }) { id } }`),
    );
    await oneChange(t, () =>
      t.gql(`mutation { upsertInvolvement(input: { actorId: "${p}z", initiativeId: "${p}a", role: "lid" }) { role } }`),
    );
    const updated = await oneChange(t, () =>
      t.gql(`mutation { updateActor(id: "${p}z", patch: { region: "${p}Drenthe" }) { id } }`),
    );
    expect(updated.operation).toBe('UPDATE_ACTOR');
    const deleted = await oneChange(t, () => t.gql(`mutation { deleteActor(id: "${p}z") { id } }`));
    expect(deleted).toMatchObject({ operation: 'DELETE_ACTOR', entryCount: 2 });
    expect(deleted.summary).toBe(`deleted actor '${p}z' (Waterschap) with 1 relation`);
    expect(state(entry(deleted, `INVOLVED_IN:actor:${p}z->initiative:${p}a`).before)).toEqual({
      actorId: `${p}z`,
      initiativeId: `${p}a`,
      role: 'lid',
    });
  });

  it.each([
    [
      'involvement',
      `upsertInvolvement(input: { actorId: "${p}x", initiativeId: "${p}a", role: "trekker", since: "2016-01-01" }) { role }`,
      `deleteInvolvement(actorId: "${p}x", initiativeId: "${p}a") { id }`,
      `INVOLVED_IN:actor:${p}x->initiative:${p}a`,
      { actorId: `${p}x`, initiativeId: `${p}a`, role: 'trekker', since: '2016-01-01' },
    ],
    [
      'influence',
      `upsertInfluence(input: { fromActorId: "${p}x", toActorId: "${p}y", weight: 2 }) { weight }`,
      `deleteInfluence(fromActorId: "${p}x", toActorId: "${p}y") { id }`,
      `INFLUENCES:actor:${p}x->actor:${p}y`,
      { fromActorId: `${p}x`, toActorId: `${p}y`, weight: 2 },
    ],
    [
      'amplification',
      `upsertAmplification(input: { fromInitiativeId: "${p}a", toInitiativeId: "${p}b", mode: SPREADING, evidence: "same model" }) { mode }`,
      `deleteAmplification(fromInitiativeId: "${p}a", toInitiativeId: "${p}b", mode: SPREADING) { id }`,
      `AMPLIFIES:SPREADING:initiative:${p}a->initiative:${p}b`,
      { fromInitiativeId: `${p}a`, toInitiativeId: `${p}b`, mode: 'SPREADING', evidence: 'same model' },
    ],
    [
      'outcome',
      `upsertOutcome(input: { initiativeId: "${p}a", kind: LAW, name: "${p}Energiewet", on: "2019-01-01" }) { kind }`,
      `deleteOutcome(initiativeId: "${p}a", kind: LAW, name: "${p}Energiewet") { id }`,
      `ACHIEVES:initiative:${p}a->outcome:LAW:${p}Energiewet`,
      { initiativeId: `${p}a`, kind: 'LAW', name: `${p}Energiewet`, on: '2019-01-01' },
    ],
    [
      'barrier',
      `upsertBarrier(input: { initiativeId: "${p}a", barrier: REGULATION, overcome: true, on: "2018-02-01", note: "vergunning" }) { barrier }`,
      `deleteBarrier(initiativeId: "${p}a", barrier: REGULATION) { id }`,
      `FACES:initiative:${p}a->barrier:REGULATION`,
      { initiativeId: `${p}a`, barrier: 'REGULATION', overcome: true, on: '2018-02-01', note: 'vergunning' },
    ],
  ])('upsert and delete (%s): one change set each', async (kind, upsert, remove, key, stored) => {
    const upserted = await oneChange(t, () => t.gql(`mutation { ${upsert} }`));
    expect(upserted.operation).toBe(`UPSERT_${kind.toUpperCase()}`);
    expect(entry(upserted, key)).toMatchObject({ action: 'CREATED', before: null });
    expect(state(entry(upserted, key).after)).toEqual(stored);
    const removed = await oneChange(t, () => t.gql(`mutation { ${remove} }`));
    expect(removed).toMatchObject({ operation: `DELETE_${kind.toUpperCase()}`, entryCount: 1, who: 'Eddie Editor' });
    expect(state(entry(removed, key).before)).toEqual(stored);
    expect(entry(removed, key).after).toBeNull();
  });

  it('a delete of something absent is NOT_FOUND and records nothing', async () => {
    const before = await dataVersion(t);
    const r = await t.gql(`mutation { deleteInfluence(fromActorId: "${p}y", toActorId: "${p}x") { id } }`);
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await dataVersion(t)).toBe(before);
  });

  it('an upload (POST /api/import) is one change set UPLOAD by the token name', async () => {
    const change = await oneChange(t, async () => {
      const form = new FormData();
      const json = JSON.stringify({ initiatives: [{ id: `${p}u`, name: 'Uit upload', region: `${p}Drenthe` }] });
      form.append('files', new Blob([json], { type: 'application/json' }), 'network.json');
      const response = await fetch(`${t.url}/api/import`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKENS.editor}` },
        body: form,
      });
      expect(response.status).toBe(201);
    });
    expect(change).toMatchObject({ operation: 'UPLOAD', who: 'Eddie Editor', entryCount: 1 });
    expect(entry(change, `initiative:${p}u`).action).toBe('CREATED');
  });

  it('a dry run of an upload records nothing', async () => {
    const before = await dataVersion(t);
    const form = new FormData();
    form.append('files', new Blob([JSON.stringify({ initiatives: [{ id: `${p}v`, name: 'V' }] })]), 'n.json');
    const response = await fetch(`${t.url}/api/import?dryRun=true`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKENS.editor}` },
      body: form,
    });
    expect(response.status).toBe(201);
    expect(await dataVersion(t)).toBe(before);
  });

  it('the CLI import is one change set CLI_IMPORT by `cli (<os user>)`', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'atlas-history-'));
    const file = path.join(folder, 'network.json');
    writeFileSync(file, JSON.stringify({ initiatives: [{ id: `${p}k`, name: 'Van de opdrachtregel' }] }));
    const change = await oneChange(t, async () => {
      const run = await cli('import', file);
      expect(run.err).toBe('');
      expect(run.code).toBe(0);
    });
    expect(change).toMatchObject({ operation: 'CLI_IMPORT', who: `cli (${os.userInfo().username})`, entryCount: 1 });
  });

  describe('the demo seed', () => {
    afterAll(async () => {
      // the demo network's own ids (ini-000001 …), as far as this size made them
      await deleteByPrefix('ini-0000');
      await deleteByPrefix('act-0000');
    });

    it('`npm run seed` is one change set SEED with every row it created', async () => {
      const change = await oneChange(t, async () => {
        const run = await cli('seed', '--initiatives', '20', '--seed', '4242');
        expect(run.code).toBe(0);
      });
      expect(change).toMatchObject({ operation: 'SEED', who: `cli (${os.userInfo().username})` });
      const initiatives = change.counts.find((c) => c.kind === 'INITIATIVE')!;
      expect(initiatives.created + initiatives.updated).toBe(20);
      expect(change.entryCount).toBe(change.entries.totalCount);
    });
  });

  it('no answer or export carries the change mark _seq', async () => {
    const one = await t.gql<{ initiative: Record<string, unknown> }>(`{ initiative(id: "${p}a") { id name region } }`);
    expect(Object.keys(one.data!.initiative)).not.toContain('_seq');
    const exported = await (await fetch(`${t.url}/api/export?format=json`)).text();
    expect(exported).toContain(`${p}a`);
    expect(exported).not.toContain('_seq');
    const graphml = await (await fetch(`${t.url}/api/export?format=graphml`)).text();
    expect(graphml).not.toContain('_seq');
    // while the database holds it
    const driver = neo4j.driver(process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7688');
    try {
      const r = await driver.executeQuery('MATCH (i:Initiative {id: $id}) RETURN i._seq AS seq', { id: `${p}a` });
      expect(r.records[0]!.get('seq')).not.toBeNull();
    } finally {
      await driver.close();
    }
  });
});
