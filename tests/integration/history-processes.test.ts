import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TOKENS, ownedPrefixes } from '../support/app.js';
import { NAMED_TOKENS } from '../support/history.js';
import { freePort } from '../support/processes.js';

// Two built server processes on one Neo4j, as behind a proxy: A over bolt://, B over neo4j://
// (the driver's routing, as on a cluster or Aura). What A writes shows in B's next analytics
// answer without a restart, and so does an import from the command line: every process keys
// its caches on the data version in the database.

const root = path.resolve(import.meta.dirname, '..', '..');
const own = ownedPrefixes();
const p = own.prefix('hp');
const [NORTH, SOUTH] = [`${p}North`, `${p}South`];
const [ENERGY, SOLAR] = [`${p}energy`, `${p}solar`];
const id = (name: string) => `${p}${name}`;
const dbUri = new URL((process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7688').replace(/^bolt/, 'http'));

interface Server {
  gql<T>(query: string, token?: keyof typeof TOKENS): Promise<T>;
  stop(): Promise<void>;
}

async function startServer(uri: string): Promise<Server> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'server/dist/main.js')], {
    env: {
      ...process.env,
      ...NAMED_TOKENS,
      NEO4J_URI: uri,
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      WORKER_THREADS: '1',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (i > 240 || child.exitCode !== null) throw new Error(`the server on ${uri} did not start`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    async gql<T>(query: string, token: keyof typeof TOKENS = 'editor') {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKENS[token]}` },
        body: JSON.stringify({ query }),
      });
      const body = (await response.json()) as { data?: T; errors?: unknown[] };
      if (body.errors) throw new Error(`${query}: ${JSON.stringify(body.errors)}`);
      return body.data!;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

function cli(...args: string[]): Promise<number | null> {
  const child = spawn(process.execPath, [path.join(root, 'server/dist/cli/main.js'), ...args], {
    env: { ...process.env, LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
}

describe('two server processes on one Neo4j', () => {
  let a: Server;
  let b: Server;

  // what B answers, each a fresh request
  const isolated = async (filter: string) =>
    (
      await b.gql<{ isolatedInitiatives: { initiative: { id: string } }[] }>(
        `{ isolatedInitiatives(${filter}) { initiative { id } } }`,
      )
    ).isolatedInitiatives.map((r) => r.initiative.id);
  const cascade = async () =>
    (
      await b.gql<{ cascade: { nodes: { id: string }[] } }>(`{ cascade(rootId: "${id('r')}") { nodes { id } } }`)
    ).cascade.nodes
      .map((n) => n.id)
      .sort();
  const degree = async (actor: string) =>
    (
      await b.gql<{ actorRanking: { actor: { id: string }; score: number }[] }>(
        '{ actorRanking(measure: DEGREE, first: 1000) { actor { id } score } }',
      )
    ).actorRanking.find((r) => r.actor.id === id(actor))?.score;
  const sameCommunity = async () => {
    const { communities } = await b.gql<{ communities: { members: { id: string; community: number }[] } }>(
      '{ communities(graph: ACTOR) { members { id community } } }',
    );
    const of = (actor: string) => communities.members.find((m) => m.id === id(actor))?.community;
    return of('a1') === of('a2');
  };
  const versions = async () =>
    Promise.all(
      [a, b].map(
        async (s) =>
          (await s.gql<{ networkStats: { dataVersion: number } }>('{ networkStats { dataVersion } }')).networkStats
            .dataVersion,
      ),
    );

  beforeAll(async () => {
    [a, b] = await Promise.all([startServer(`bolt://${dbUri.host}`), startServer(`neo4j://${dbUri.host}`)]);
    await a.gql(`mutation { importNetwork(input: {
      initiatives: [
        { id: "${id('iso')}", name: "Alleen", region: "${NORTH}", themes: ["${ENERGY}"] },
        { id: "${id('r')}", name: "Bron", region: "${NORTH}" },
        { id: "${id('c1')}", name: "Eerste volger", region: "${NORTH}" },
        { id: "${id('c2')}", name: "Tweede volger", region: "${SOUTH}" }
      ]
      actors: [{ id: "${id('a1')}", name: "a1" }, { id: "${id('a2')}", name: "a2" }]
      involvements: [
        { actorId: "${id('a1')}", initiativeId: "${id('r')}" },
        { actorId: "${id('a1')}", initiativeId: "${id('c1')}" },
        { actorId: "${id('a2')}", initiativeId: "${id('c1')}" }
      ]
      amplifications: [{ fromInitiativeId: "${id('r')}", toInitiativeId: "${id('c1')}", mode: SPREADING }]
    }) { initiatives } }`);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await own.cleanup();
  });

  it('B answers what A wrote: a region change, a renamed theme, a relation moved to another initiative', async () => {
    // B's caches are warm with the first state
    expect(await isolated(`region: "${NORTH}"`)).toEqual([id('iso')]);
    expect(await isolated(`theme: "${ENERGY}"`)).toEqual([id('iso')]);
    expect(await cascade()).toEqual([id('c1'), id('r')]);
    expect(await degree('a1')).toBe(1);
    expect(await sameCommunity()).toBe(true);

    await a.gql(`mutation { updateInitiative(id: "${id('iso')}", patch: { region: "${SOUTH}" }) { id } }`);
    expect(await isolated(`region: "${NORTH}"`)).toEqual([]);
    // c2 has no tie yet either
    expect(await isolated(`region: "${SOUTH}"`)).toEqual([id('c2'), id('iso')]);

    await a.gql(`mutation { updateInitiative(id: "${id('iso')}", patch: { themes: ["${SOLAR}"] }) { id } }`);
    expect(await isolated(`theme: "${ENERGY}"`)).toEqual([]);
    expect(await isolated(`theme: "${SOLAR}"`)).toEqual([id('iso')]);

    await a.gql(`mutation {
      deleteAmplification(fromInitiativeId: "${id('r')}", toInitiativeId: "${id('c1')}", mode: SPREADING) { id }
      upsertAmplification(input: { fromInitiativeId: "${id('r')}", toInitiativeId: "${id('c2')}", mode: SPREADING }) { mode }
    }`);
    expect(await cascade()).toEqual([id('c2'), id('r')]);
    expect(await isolated(`region: "${SOUTH}"`)).toEqual([id('iso')]);

    await a.gql(`mutation {
      deleteInvolvement(actorId: "${id('a2')}", initiativeId: "${id('c1')}") { id }
      upsertInvolvement(input: { actorId: "${id('a2')}", initiativeId: "${id('c2')}" }) { role }
    }`);
    expect(await degree('a1')).toBe(0);
    expect(await sameCommunity()).toBe(false);

    const [va, vb] = await versions();
    expect(va).toBe(vb);
  });

  it('B answers what `npm run import` wrote from the command line', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'atlas-processes-'));
    const file = path.join(folder, 'move.json');
    writeFileSync(
      file,
      JSON.stringify({ initiatives: [{ id: id('iso'), name: 'Alleen', region: NORTH, themes: [SOLAR] }] }),
    );
    expect(await isolated(`region: "${NORTH}"`)).toEqual([]);
    expect(await cli('import', file)).toBe(0);
    expect(await isolated(`region: "${NORTH}"`)).toEqual([id('iso')]);
    expect(await isolated(`region: "${SOUTH}"`)).not.toContain(id('iso'));
  });

  it('B diffs what A wrote (in its worker threads), and lists A’s writes under their names', async () => {
    const { changes } = await b.gql<{
      changes: { edges: { node: { seq: number; who: string; operation: string } }[] };
    }>(`{ changes(first: 10, entityId: "${id('iso')}") { edges { node { seq who operation } } } }`);
    const [cliImport, themes, region, created] = changes.edges.map((e) => e.node);
    expect(cliImport).toMatchObject({ operation: 'CLI_IMPORT', who: `cli (${os.userInfo().username})` });
    expect([themes!.who, region!.who, created!.operation]).toEqual(['Eddie Editor', 'Eddie Editor', 'IMPORT_NETWORK']);
    const { networkDiff } = await b.gql<{
      networkDiff: {
        initiatives: { items: { key: string; fields: { field: string }[] }[] };
        isolatesAppeared: unknown[];
      };
    }>(
      `{ networkDiff(from: { seq: ${created!.seq} }) { initiatives { items { key fields { field } } } isolatesAppeared { id } } }`,
    );
    // the region went south and back north: only the themes differ
    expect(networkDiff.initiatives.items).toEqual([{ key: `initiative:${id('iso')}`, fields: [{ field: 'themes' }] }]);
    expect(networkDiff.isolatesAppeared).toEqual([]);
  });
});
