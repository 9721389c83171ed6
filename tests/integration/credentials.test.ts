import neo4j from 'neo4j-driver';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ownedPrefixes, startTestApp, type TestApp } from '../support/app.js';
import { NAMED_TOKENS, oneChange } from '../support/history.js';

// Named credentials: an admin creates personal tokens (shown once, stored hashed), lists and
// revokes them; a revoked token stops working in every server process at once. Real Neo4j.

const root = path.resolve(import.meta.dirname, '..', '..');
const own = ownedPrefixes();
const p = own.prefix('cr');

async function bearer(t: TestApp, token: string, query: string) {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    ...((await response.json()) as { data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] }),
  };
}

function cli(...args: string[]): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, [path.join(root, 'server/dist/cli/main.js'), ...args], {
    env: { ...process.env, LOG_LEVEL: 'warn' },
  });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });
}

describe('named credentials (real Neo4j)', () => {
  let t: TestApp;
  let other: TestApp;

  beforeAll(async () => {
    // two server instances on one database: every check of a personal token asks the database
    [t, other] = await Promise.all([startTestApp(NAMED_TOKENS), startTestApp(NAMED_TOKENS)]);
  });
  afterAll(async () => {
    const driver = neo4j.driver(process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7688');
    try {
      await driver.executeQuery('MATCH (c:Credential) WHERE c.name STARTS WITH $p DELETE c', { p });
    } finally {
      await driver.close();
    }
    await own.cleanup();
    await Promise.all([t.close(), other.close()]);
  });

  it('says who is signed in: the API_TOKENS name, or a default name for an unnamed entry', async () => {
    const me = await t.gql<{ me: { name: string; role: string; source: string } }>('{ me { name role source } }');
    expect(me.data!.me).toEqual({ name: 'Eddie Editor', role: 'EDITOR', source: 'ENVIRONMENT' });
    expect((await t.gql<{ me: unknown }>('{ me { name } }', {}, null)).data!.me).toBeNull();
    const unnamed = await startTestApp();
    try {
      const r = await unnamed.gql<{ me: { name: string } }>('{ me { name } }');
      expect(r.data!.me.name).toBe('API_TOKENS editor #2');
    } finally {
      await unnamed.close();
    }
  });

  it('lets only an admin create, list and revoke tokens', async () => {
    for (const role of ['viewer', 'editor'] as const) {
      const list = await t.gql('{ credentials { id } }', {}, role);
      expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const create = await t.gql(`mutation { createCredential(name: "${p}x", role: VIEWER) { token } }`, {}, role);
      expect(create.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('creates a personal token shown once, records writes under its name, and refuses it everywhere once revoked', async () => {
    const created = await t.gql<{
      createCredential: { token: string; credential: { id: string; name: string; role: string; createdBy: string } };
    }>(
      `mutation { createCredential(name: "${p}Alice", role: EDITOR) { token credential { id name role createdBy } } }`,
      {},
      'admin',
    );
    expect(created.errors).toBeUndefined();
    const { token, credential } = created.data!.createCredential;
    expect(token).toMatch(/^swa_[A-Za-z0-9_-]{43}$/);
    expect(credential).toMatchObject({ name: `${p}Alice`, role: 'EDITOR', createdBy: 'Ada Admin' });

    // listed without the token (and never its hash), after the configured ones
    const list = await t.gql<{ credentials: Record<string, unknown>[] }>(
      '{ credentials { id name role source revocable lastUsedAt } }',
      {},
      'admin',
    );
    expect(list.data!.credentials.slice(0, 3).map((c) => c.name)).toEqual(['Vera Viewer', 'Eddie Editor', 'Ada Admin']);
    const mine = list.data!.credentials.find((c) => c.id === credential.id)!;
    expect(mine).toEqual({
      id: credential.id,
      name: `${p}Alice`,
      role: 'EDITOR',
      source: 'DATABASE',
      revocable: true,
      lastUsedAt: null,
    });
    expect(JSON.stringify(list.data)).not.toContain(token);

    // the token works in both processes; its writes are recorded under the name
    expect((await bearer(other, token, '{ me { name source } }')).data!.me).toEqual({
      name: `${p}Alice`,
      source: 'DATABASE',
    });
    const change = await oneChange(t, () =>
      bearer(t, token, `mutation { createInitiative(input: { id: "${p}i", name: "Van Alice" }) { id } }`),
    );
    expect(change.who).toBe(`${p}Alice`);
    const used = await t.gql<{ credentials: { id: string; lastUsedAt: string | null }[] }>(
      '{ credentials { id lastUsedAt } }',
      {},
      'admin',
    );
    expect(used.data!.credentials.find((c) => c.id === credential.id)!.lastUsedAt).not.toBeNull();

    // a second active token of the same name is refused (names say who changed what)
    const twice = await t.gql(`mutation { createCredential(name: "${p}Alice", role: VIEWER) { token } }`, {}, 'admin');
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const configured = await t.gql(
      `mutation { createCredential(name: "Ada Admin", role: VIEWER) { token } }`,
      {},
      'admin',
    );
    expect(configured.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const revoked = await t.gql<{ revokeCredential: { revokedAt: string; revokedBy: string; revocable: boolean } }>(
      `mutation { revokeCredential(id: "${credential.id}") { revokedAt revokedBy revocable } }`,
      {},
      'admin',
    );
    expect(revoked.data!.revokeCredential).toMatchObject({ revokedBy: 'Ada Admin', revocable: false });
    for (const server of [t, other]) {
      const refused = await bearer(server, token, '{ me { name } }');
      expect(refused.status).toBe(401);
      expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const active = await t.gql<{ credentials: { id: string }[] }>('{ credentials { id } }', {}, 'admin');
    expect(active.data!.credentials.map((c) => c.id)).not.toContain(credential.id);
    const all = await t.gql<{ credentials: { id: string }[] }>(
      '{ credentials(includeRevoked: true) { id } }',
      {},
      'admin',
    );
    expect(all.data!.credentials.map((c) => c.id)).toContain(credential.id);
  });

  it('creates, lists and revokes tokens from the command line', async () => {
    const created = await cli('token', 'create', '--name', `${p}Bob`, '--role', 'viewer');
    expect(created.code).toBe(0);
    const [line, token] = created.out.trim().split('\n');
    expect(line).toMatch(new RegExp(`^created viewer token '${p}Bob' \\(id [0-9a-f-]{36}\\):$`));
    expect((await bearer(t, token!, '{ me { name role } }')).data!.me).toEqual({ name: `${p}Bob`, role: 'VIEWER' });
    const id = /\(id ([0-9a-f-]{36})\)/.exec(line!)![1]!;
    expect((await cli('token', 'list')).out).toContain(`${id}\tviewer\t${p}Bob`);
    expect((await cli('token', 'revoke', id)).code).toBe(0);
    expect((await bearer(t, token!, '{ me { name } }')).status).toBe(401);
  });
});
