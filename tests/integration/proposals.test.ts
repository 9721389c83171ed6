import neo4j from 'neo4j-driver';
import { importNetwork, ownedPrefixes, startTestApp, TOKENS, type TestApp } from '../support/app.js';
import { changesAfter, dataVersion, NAMED_TOKENS } from '../support/history.js';

// Update links and proposals (issue 12 item 5) on the real Neo4j: an editor creates a link for an
// initiative; its token reads that initiative's form and proposes changes to it, nothing else;
// an editor accepts (one change set) or rejects (with a note).

const own = ownedPrefixes();
const p = own.prefix('upd');
const zon = `${p}zon`;
const wind = `${p}wind`;
const water = `${p}water`;
const uri = process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7688';

async function cypher(query: string, params: Record<string, unknown>): Promise<void> {
  const driver = neo4j.driver(uri);
  try {
    await driver.executeQuery(query, params);
  } finally {
    await driver.close();
  }
}

interface HttpAnswer {
  status: number;
  body: Record<string, unknown> & { code?: string; message?: string; problems?: { path: string; message: string }[] };
}

async function http(t: TestApp, path: string, token: string | null, body?: unknown): Promise<HttpAnswer> {
  const response = await fetch(`${t.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) as HttpAnswer['body'] };
  } catch {
    return { status: response.status, body: { text } };
  }
}

async function createLink(t: TestApp, initiativeId: string, days?: number): Promise<{ id: string; token: string }> {
  const r = await t.gql<{ createUpdateLink: { token: string; link: { id: string } } }>(
    `mutation($id: ID!, $days: Int) { createUpdateLink(initiativeId: $id, expiresInDays: $days) { token link { id } } }`,
    { id: initiativeId, days: days ?? 30 },
  );
  expect(r.errors).toBeUndefined();
  return { id: r.data!.createUpdateLink.link.id, token: r.data!.createUpdateLink.token };
}

type Form = {
  initiative: Record<string, unknown>;
  involvements: Record<string, unknown>[];
  amplifications: Record<string, unknown>[];
  outcomes: Record<string, unknown>[];
  barriers: Record<string, unknown>[];
  actors: { id: string; name: string }[];
};

/** A proposal as the form sends it: the form data as it is, with `change` applied. */
function proposalFrom(form: Form, change: (draft: Record<string, unknown>) => void): Record<string, unknown> {
  const draft: Record<string, unknown> = {
    contactName: 'Carla Contact',
    contactEmail: 'carla@example.org',
    initiative: { ...form.initiative },
    involvements: form.involvements.map((r) => ({ ...r })),
    amplifications: form.amplifications.map((r) => ({ ...r })),
    outcomes: form.outcomes.map((r) => ({ ...r })),
    barriers: form.barriers.map((r) => ({ ...r })),
  };
  change(draft);
  return draft;
}

const REVIEW = `id status contactName note appliedSeq review { stale laterEdits changes { kind key action stale before after fields { field current proposed stale } }
  duplicates { newId kind name candidates { id name region } } labels { key name } }`;

describe('update links and proposals (real Neo4j)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(NAMED_TOKENS);
    await importNetwork(t, {
      initiatives: [
        { id: zon, name: 'Zonnedak', region: 'Drenthe', description: 'solar roofs', status: 'RUNNING' },
        { id: wind, name: 'Windcoop', region: 'Drenthe' },
        { id: water, name: 'Waterpark', region: 'Groningen' },
      ],
      actors: [
        { id: `${p}gem`, name: 'Gemeente Assen', kind: 'MUNICIPALITY', region: 'Drenthe' },
        { id: `${p}sol`, name: 'Stichting Solar Noord', kind: 'NGO', region: 'Drenthe' },
      ],
      involvements: [{ actorId: `${p}gem`, initiativeId: zon, role: 'funder' }],
      amplifications: [{ fromInitiativeId: zon, toInitiativeId: wind, mode: 'SPREADING', evidence: 'copied' }],
      barriers: [{ initiativeId: zon, barrier: 'REGULATION' }],
    });
  });
  afterAll(async () => {
    await cypher('MATCH (n) WHERE (n:UpdateLink OR n:Proposal) AND n.initiativeId STARTS WITH $p DETACH DELETE n', {
      p,
    });
    await own.cleanup();
    await t.close();
  });

  it('lets only editors create, list and revoke links, and shows the token once', async () => {
    const viewer = await t.gql(`mutation { createUpdateLink(initiativeId: "${zon}") { token } }`, {}, 'viewer');
    expect(viewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const missing = await t.gql(`mutation { createUpdateLink(initiativeId: "${p}nope") { token } }`);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const tooLong = await t.gql(`mutation { createUpdateLink(initiativeId: "${zon}", expiresInDays: 400) { token } }`);
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const link = await createLink(t, zon, 7);
    expect(link.token).toMatch(/^swu_[A-Za-z0-9_-]{43}$/);
    const list = await t.gql<{ updateLinks: { id: string; createdBy: string; expiresAt: string; active: boolean }[] }>(
      `{ updateLinks(initiativeId: "${zon}") { id createdBy expiresAt lastUsedAt active } }`,
    );
    const listed = list.data!.updateLinks.find((l) => l.id === link.id)!;
    expect(listed).toMatchObject({ createdBy: 'Eddie Editor', active: true });
    const days = (Date.parse(listed.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);
    expect(JSON.stringify(list.data)).not.toContain(link.token);
    const viewerList = await t.gql(`{ updateLinks(initiativeId: "${zon}") { id } }`, {}, 'viewer');
    expect(viewerList.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("reads its initiative's form with the link's token only", async () => {
    const link = await createLink(t, zon);
    const form = await http(t, '/api/update', link.token);
    expect(form.status).toBe(200);
    expect(form.body).toMatchObject({
      initiativeId: zon,
      initiative: { id: zon, name: 'Zonnedak', description: 'solar roofs' },
      involvements: [{ actorId: `${p}gem`, initiativeId: zon, role: 'funder' }],
      amplifications: [{ fromInitiativeId: zon, toInitiativeId: wind, mode: 'SPREADING' }],
      barriers: [{ initiativeId: zon, barrier: 'REGULATION' }],
    });
    expect((form.body.actors as { name: string }[]).map((a) => a.name)).toEqual(['Gemeente Assen']);
    expect((await http(t, '/api/update', null)).status).toBe(401);
    expect((await http(t, '/api/update', TOKENS.editor)).status).toBe(401);
    expect((await http(t, '/api/update', `swu_${'x'.repeat(43)}`)).status).toBe(401);
  });

  it('refuses the token everywhere else: GraphQL reads and mutations, import, export', async () => {
    const link = await createLink(t, zon);
    const asLink = async (body: unknown) => {
      const r = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${link.token}` },
        body: JSON.stringify(body),
      });
      return {
        status: r.status,
        body: (await r.json()) as { errors?: { extensions?: { code?: string } }[]; data?: unknown },
      };
    };
    const read = await asLink({ query: `{ initiative(id: "${zon}") { name } }` });
    expect(read.status).toBe(401);
    expect(read.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const write = await asLink({ query: `mutation { updateInitiative(id: "${zon}", patch: { name: "x" }) { name } }` });
    expect(write.status).toBe(401);
    const proposals = await asLink({ query: '{ proposals { id } }' });
    expect(proposals.status).toBe(401);
    const form = new FormData();
    form.append('files', new Blob(['{}'], { type: 'application/json' }), 'network.json');
    const upload = await fetch(`${t.url}/api/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${link.token}` },
      body: form,
    });
    expect(upload.status).toBe(401);
    const exported = await fetch(`${t.url}/api/export?format=json`, {
      headers: { authorization: `Bearer ${link.token}` },
    });
    expect(exported.status).toBe(401);
    const closed = await startTestApp({ ...NAMED_TOKENS, READS_REQUIRE_TOKEN: 'true' });
    try {
      const closedRead = await fetch(`${closed.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${link.token}` },
        body: JSON.stringify({ query: '{ networkStats { initiatives } }' }),
      });
      expect(closedRead.status).toBe(401);
      const closedExport = await fetch(`${closed.url}/api/export?format=json`, {
        headers: { authorization: `Bearer ${link.token}` },
      });
      expect(closedExport.status).toBe(401);
      // while the link's own form stays open to it
      expect((await http(closed, '/api/update', link.token)).status).toBe(200);
    } finally {
      await closed.close();
    }
  });

  it('refuses expired and revoked links', async () => {
    const expired = await createLink(t, zon);
    await cypher('MATCH (l:UpdateLink {id: $id}) SET l.expiresAt = datetime() - duration({days: 1})', {
      id: expired.id,
    });
    const answer = await http(t, '/api/update', expired.token);
    expect(answer.status).toBe(401);
    expect(answer.body.message).toMatch(/expired on \d{4}-\d{2}-\d{2}/);
    const revoked = await createLink(t, zon);
    const r = await t.gql<{ revokeUpdateLink: { revokedBy: string; active: boolean } }>(
      `mutation { revokeUpdateLink(id: "${revoked.id}") { revokedBy active } }`,
    );
    expect(r.data!.revokeUpdateLink).toEqual({ revokedBy: 'Eddie Editor', active: false });
    const refused = await http(t, '/api/update/proposals', revoked.token, {
      contactName: 'x',
      initiative: { name: 'x' },
    });
    expect(refused.status).toBe(401);
    expect(refused.body.message).toMatch(/revoked/);
  });

  it('keeps a proposal to its initiative and its ties, within the size limits', async () => {
    const link = await createLink(t, zon);
    const form = (await http(t, '/api/update', link.token)).body as unknown as Form;
    const send = (change: (d: Record<string, unknown>) => void) =>
      http(t, '/api/update/proposals', link.token, proposalFrom(form, change));
    const foreign = await send((d) => {
      d.involvements = [{ actorId: `${p}sol`, initiativeId: zon }];
      d.outcomes = [{ initiativeId: water, kind: 'LAW' }];
      d.amplifications = [{ fromInitiativeId: zon, toInitiativeId: water, mode: 'SPREADING' }];
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.problems!.map((x) => x.path).sort()).toEqual([
      'amplifications[0]',
      'involvements[0].actorId',
      'outcomes[0].initiativeId',
    ]);
    const long = await send((d) => {
      (d.initiative as Record<string, unknown>).description = 'x'.repeat(10_001);
      d.barriers = Array.from({ length: 101 }, () => ({ initiativeId: zon, barrier: 'CULTURE' }));
      d.extra = 1;
    });
    expect(long.status).toBe(400);
    expect(long.body.problems!.map((x) => x.path).sort()).toEqual(['barriers', 'extra', 'initiative.description']);
    const invalid = await send((d) => {
      (d.initiative as Record<string, unknown>).status = 'SOMETIMES';
      d.contactName = ' ';
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.problems!.map((x) => x.path)).toEqual(['contactName']);
    const badEnum = await send((d) => ((d.initiative as Record<string, unknown>).status = 'SOMETIMES'));
    expect(badEnum.status).toBe(400);
    expect(badEnum.body.problems![0]!.path).toBe('initiatives[0].status');
    const huge = await http(t, '/api/update/proposals', link.token, `{"contactName":"${'x'.repeat(300_000)}"}`);
    expect(huge.status).toBe(413);
  });

  it('accepts a proposal as one change set, with a merge offered for a look-alike actor', async () => {
    const link = await createLink(t, zon);
    const form = (await http(t, '/api/update', link.token)).body as unknown as Form;
    const sent = await http(
      t,
      '/api/update/proposals',
      link.token,
      proposalFrom(form, (d) => {
        Object.assign(d.initiative as object, {
          description: 'solar roofs on 40 schools',
          characteristics: [{ characteristic: 'DEEP_CHANGE', score: 3, evidence: 'a municipal policy now' }],
        });
        d.newActors = [
          { id: 'new:1', name: 'Solar Noord Foundation', kind: 'NGO', region: 'Drenthe' },
          { id: 'new:2', name: `${p}Buurtbatterij Assen`, kind: 'CITIZEN_COLLECTIVE', region: 'Drenthe' },
        ];
        d.involvements = [
          ...(d.involvements as object[]),
          { actorId: 'new:1', initiativeId: zon, role: 'partner' },
          { actorId: 'new:2', initiativeId: zon, role: 'partner' },
        ];
        d.barriers = [{ initiativeId: zon, barrier: 'REGULATION', overcome: true, on: '2025-02-01' }];
        d.outcomes = [{ initiativeId: zon, kind: 'POLICY_INSTRUMENT', name: 'School roofs policy' }];
        d.amplifications = [];
      }),
    );
    expect(sent.status).toBe(201);
    const id = sent.body.id as string;
    const count = await t.gql<{ pendingProposalCount: number }>('{ pendingProposalCount }');
    expect(count.data!.pendingProposalCount).toBeGreaterThanOrEqual(1);
    const review = await t.gql<{
      proposal: {
        review: {
          stale: boolean;
          changes: { key: string; action: string }[];
          duplicates: { newId: string; candidates: { id: string }[] }[];
          labels: { key: string; name: string }[];
        };
      };
    }>(`query($id: ID!) { proposal(id: $id) { ${REVIEW} } }`, { id });
    expect(review.errors).toBeUndefined();
    const r = review.data!.proposal.review;
    expect(r.stale).toBe(false);
    expect(r.changes.map((c) => [c.key, c.action])).toEqual([
      [`initiative:${zon}`, 'CHANGED'],
      ['actor:new:1', 'ADDED'],
      ['actor:new:2', 'ADDED'],
      [`INVOLVED_IN:actor:new:1->initiative:${zon}`, 'ADDED'],
      [`INVOLVED_IN:actor:new:2->initiative:${zon}`, 'ADDED'],
      [`ACHIEVES:initiative:${zon}->outcome:POLICY_INSTRUMENT:School roofs policy`, 'ADDED'],
      [`FACES:initiative:${zon}->barrier:REGULATION`, 'CHANGED'],
      [`AMPLIFIES:SPREADING:initiative:${zon}->initiative:${wind}`, 'REMOVED'],
    ]);
    expect(r.duplicates).toEqual([
      {
        newId: 'new:1',
        kind: 'ACTOR',
        name: 'Solar Noord Foundation',
        candidates: [{ id: `${p}sol`, name: 'Stichting Solar Noord', region: 'Drenthe' }],
      },
    ]);
    expect(r.labels).toContainEqual({ key: `initiative:${wind}`, name: 'Windcoop' });

    const before = await dataVersion(t);
    const accepted = await t.gql<{
      acceptProposal: { changeSeq: number; proposal: { status: string; appliedSeq: number } };
    }>(
      `mutation($id: ID!) { acceptProposal(id: $id, merges: [{ newId: "new:1", existingId: "${p}sol" }]) { changeSeq proposal { status appliedSeq } } }`,
      { id },
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptProposal.proposal).toEqual({ status: 'ACCEPTED', appliedSeq: before + 1 });
    const [change, ...more] = await changesAfter(t, before);
    expect(more).toEqual([]);
    expect(change).toMatchObject({
      seq: before + 1,
      who: 'Eddie Editor (proposal from Carla Contact)',
      operation: 'APPLY_PROPOSAL',
    });
    expect(change!.entries.items.map((e) => [e.kind, e.action]).sort()).toEqual(
      [
        ['ACTOR', 'CREATED'],
        ['AMPLIFICATION', 'DELETED'],
        ['BARRIER', 'UPDATED'],
        ['INITIATIVE', 'UPDATED'],
        ['INVOLVEMENT', 'CREATED'],
        ['INVOLVEMENT', 'CREATED'],
        ['OUTCOME', 'CREATED'],
      ].sort(),
    );
    const now = await t.gql<{ initiative: { description: string; actors: { actor: { id: string } }[] } }>(
      `{ initiative(id: "${zon}") { description actors { actor { id } } } }`,
    );
    expect(now.errors).toBeUndefined();
    expect(now.data!.initiative.description).toBe('solar roofs on 40 schools');
    // the look-alike merged into the existing actor; the other one created with an id of its name
    // (the name carries the test's prefix: no other test's actor looks like it, and cleanup finds it)
    const actorIds = now.data!.initiative.actors.map((a) => a.actor.id);
    expect(actorIds).toContain(`${p}sol`);
    expect(actorIds).toContain(`${p}gem`);
    expect(actorIds.find((a) => a.startsWith(`${p}buurtbatterij-assen-`))).toBeDefined();
    const again = await t.gql(`mutation($id: ID!) { acceptProposal(id: $id) { changeSeq } }`, { id });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('shows a proposal made stale by a later edit, and applies only its own fields', async () => {
    const link = await createLink(t, wind);
    const form = (await http(t, '/api/update', link.token)).body as unknown as Form;
    const sent = await http(
      t,
      '/api/update/proposals',
      link.token,
      proposalFrom(form, (d) => Object.assign(d.initiative as object, { description: 'a wind co-op', status: 'IDEA' })),
    );
    expect(sent.status).toBe(201);
    const edit = await t.gql(
      `mutation { updateInitiative(id: "${wind}", patch: { status: RUNNING, themes: ["energy"] }) { id } }`,
    );
    expect(edit.errors).toBeUndefined();
    const review = await t.gql<{
      proposal: {
        review: { stale: boolean; laterEdits: string[]; changes: { fields: { field: string; stale: boolean }[] }[] };
      };
    }>(`query($id: ID!) { proposal(id: $id) { ${REVIEW} } }`, { id: sent.body.id });
    const r = review.data!.proposal.review;
    expect(r.stale).toBe(true);
    expect(r.laterEdits).toEqual([`initiative:${wind}`]);
    expect(r.changes[0]!.fields).toEqual([
      expect.objectContaining({ field: 'description', stale: false }),
      expect.objectContaining({ field: 'status', stale: true }),
    ]);
    const accepted = await t.gql(`mutation($id: ID!) { acceptProposal(id: $id) { changeSeq } }`, { id: sent.body.id });
    expect(accepted.errors).toBeUndefined();
    const now = await t.gql<{ initiative: { description: string; status: string; themes: string[] } }>(
      `{ initiative(id: "${wind}") { description status themes } }`,
    );
    expect(now.data!.initiative).toEqual({ description: 'a wind co-op', status: 'IDEA', themes: ['energy'] });
  });

  it('rejects with a note (required), and writes nothing', async () => {
    const link = await createLink(t, water);
    const form = (await http(t, '/api/update', link.token)).body as unknown as Form;
    const sent = await http(
      t,
      '/api/update/proposals',
      link.token,
      proposalFrom(form, (d) => ((d.initiative as Record<string, unknown>).name = 'Waterpark XL')),
    );
    const before = await dataVersion(t);
    const empty = await t.gql(`mutation($id: ID!) { rejectProposal(id: $id, note: " ") { id } }`, { id: sent.body.id });
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const rejected = await t.gql<{ rejectProposal: { status: string; note: string; reviewedBy: string } }>(
      `mutation($id: ID!) { rejectProposal(id: $id, note: "not the official name") { status note reviewedBy } }`,
      { id: sent.body.id },
    );
    expect(rejected.data!.rejectProposal).toEqual({
      status: 'REJECTED',
      note: 'not the official name',
      reviewedBy: 'Eddie Editor',
    });
    expect(await dataVersion(t)).toBe(before);
    const list = await t.gql<{ proposals: { id: string }[] }>('{ proposals(status: REJECTED) { id } }');
    expect(list.data!.proposals.map((x) => x.id)).toContain(sent.body.id);
  });

  it('limits a link to 10 proposals an hour', async () => {
    const link = await createLink(t, water);
    const form = (await http(t, '/api/update', link.token)).body as unknown as Form;
    const statuses: number[] = [];
    for (let i = 0; i < 11; i += 1) {
      statuses.push(
        (
          await http(
            t,
            '/api/update/proposals',
            link.token,
            proposalFrom(form, () => undefined),
          )
        ).status,
      );
    }
    expect(statuses).toEqual([...Array<number>(10).fill(201), 429]);
    // another link of the same initiative has its own count
    const other = await createLink(t, water);
    expect(
      (
        await http(
          t,
          '/api/update/proposals',
          other.token,
          proposalFrom(form, () => undefined),
        )
      ).status,
    ).toBe(201);
  });
});
