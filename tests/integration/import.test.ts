import { type TestApp, networkStats, ownedPrefixes, startTestApp } from '../support/app.js';

const IMPORT = `mutation($input: NetworkInput!) {
  importNetwork(input: $input) { initiatives actors involvements influences amplifications }
}`;

/**
 * A small self-contained network: a-b-c tied by amplifications, d tied to c through a shared
 * actor, e with an actor of its own (isolated), f alone (isolated).
 * Components of T: {a,b,c,d}, {e}, {f} = 3; isolates e, f = 2.
 */
function network(p: string) {
  return {
    initiatives: [
      {
        id: `${p}a`,
        name: 'Energiecoöperatie Zonnedorp',
        region: 'Drenthe',
        themes: ['energy'],
        startedOn: '2015-03-01',
        status: 'EMBEDDED',
      },
      { id: `${p}b`, name: 'Zonnedorp Friesland', region: 'Friesland', themes: ['energy'], startedOn: '2017-06-01' },
      {
        id: `${p}c`,
        name: 'Warmtenet Assen',
        region: 'Drenthe',
        themes: ['energy', 'housing'],
        startedOn: '2018-01-15',
      },
      { id: `${p}d`, name: 'Zorgcoöperatie Hollandscheveld', region: 'Drenthe', themes: ['care'] },
      { id: `${p}e`, name: 'Voedselbos De Hoeve', region: 'Gelderland', themes: ['food'] },
      { id: `${p}f`, name: 'Repair Café Assen', region: 'Drenthe' },
    ],
    actors: [
      { id: `${p}x`, name: 'Gemeente Assen', kind: 'MUNICIPALITY', region: 'Drenthe' },
      { id: `${p}y`, name: 'Buurtvereniging Zonnedorp', kind: 'CITIZEN_COLLECTIVE' },
      { id: `${p}z`, name: 'Boer Jansen', kind: 'FARMER' },
    ],
    involvements: [
      { actorId: `${p}x`, initiativeId: `${p}c`, role: 'funder' },
      { actorId: `${p}x`, initiativeId: `${p}d`, role: 'partner', since: '2019-01-01' },
      { actorId: `${p}z`, initiativeId: `${p}e`, role: 'lead' },
    ],
    influences: [{ fromActorId: `${p}y`, toActorId: `${p}x`, weight: 2.5 }],
    amplifications: [
      {
        fromInitiativeId: `${p}a`,
        toInitiativeId: `${p}b`,
        mode: 'SPREADING',
        on: '2017-06-01',
        evidence: 'same model',
      },
      { fromInitiativeId: `${p}a`, toInitiativeId: `${p}c`, mode: 'DEEPENING' },
      { fromInitiativeId: `${p}a`, toInitiativeId: `${p}c`, mode: 'BROADENING' },
    ],
  };
}

describe('importNetwork and networkStats (real Neo4j)', () => {
  let t: TestApp;
  const own = ownedPrefixes();
  const prefix = own.prefix;
  const stats = () => networkStats(t);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await own.cleanup();
    await t.close();
  });

  it('imports a network, reports the counts and adds its components and isolates to the stats', async () => {
    const p = prefix('import');
    const before = await stats();
    const result = await t.gql(IMPORT, { input: network(p) });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      importNetwork: { initiatives: 6, actors: 3, involvements: 3, influences: 1, amplifications: 3 },
    });
    const after = await stats();
    expect({
      initiatives: after.initiatives - before.initiatives,
      actors: after.actors - before.actors,
      involvements: after.involvements - before.involvements,
      influences: after.influences - before.influences,
      amplifications: after.amplifications - before.amplifications,
      components: after.components - before.components,
      isolatedInitiatives: after.isolatedInitiatives - before.isolatedInitiatives,
    }).toEqual({
      initiatives: 6,
      actors: 3,
      involvements: 3,
      influences: 1,
      amplifications: 3,
      components: 3,
      isolatedInitiatives: 2,
    });

    // the same input again leaves the database as it was
    const again = await t.gql(IMPORT, { input: network(p) });
    expect(again.errors).toBeUndefined();
    expect(await stats()).toEqual(after);
  });

  it('upserts by id: a second import updates names and may refer to what the database has', async () => {
    const p = prefix('upsert');
    await t.gql(IMPORT, { input: network(p) });
    const before = await stats();
    const result = await t.gql(IMPORT, {
      input: {
        initiatives: [{ id: `${p}f`, name: 'Repair Café Assen-Oost', region: 'Drenthe' }],
        involvements: [{ actorId: `${p}x`, initiativeId: `${p}f` }],
      },
    });
    expect(result.errors).toBeUndefined();
    const after = await stats();
    expect(after.initiatives).toBe(before.initiatives);
    expect(after.involvements).toBe(before.involvements + 1);
    // f joins the component of c and d through actor x: one component and one isolate fewer
    expect(after.components).toBe(before.components - 1);
    expect(after.isolatedInitiatives).toBe(before.isolatedInitiatives - 1);
  });

  it('rejects invalid input with every problem and its path, and writes nothing', async () => {
    const p = prefix('invalid');
    const before = await stats();
    const input = network(p);
    input.initiatives.push({ id: `${p}a`, name: 'duplicate', region: 'Drenthe', themes: [] });
    input.actors[1]!.name = '  ';
    input.influences.push({ fromActorId: `${p}x`, toActorId: `${p}x`, weight: -1 });
    input.amplifications.push({ fromInitiativeId: `${p}a`, toInitiativeId: `${p}nope`, mode: 'SPREADING' });
    const result = await t.gql(IMPORT, { input });
    expect(result.data ?? null).toBeNull();
    expect(result.errors).toHaveLength(1);
    const error = result.errors![0]!;
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    const problems = error.extensions!.problems!.map((x) => `${x.path}: ${x.message}`);
    expect(problems).toEqual([
      `initiatives[6].id: duplicate initiative id '${p}a' (also initiatives[0])`,
      'actors[1].name: name must not be empty',
      "influences[1].toActorId: self-loop: actor '" + `${p}x` + "' cannot influence itself",
      'influences[1].weight: -1 is not allowed: weight must be greater than 0',
      `amplifications[3].toInitiativeId: unknown initiative '${p}nope'`,
    ]);
    expect(error.message).toContain(`amplifications[3].toInitiativeId: unknown initiative '${p}nope'`);
    expect(await stats()).toEqual(before);
  });

  it('rejects a bad date and an unknown enum value through GraphQL, writing nothing', async () => {
    const p = prefix('coerce');
    const before = await stats();
    const input = network(p);
    (input.initiatives[0] as { startedOn?: string }).startedOn = '2015-02-30';
    (input.amplifications[0] as { mode: string }).mode = 'JUMPING';
    const result = await t.gql(IMPORT, { input });
    expect(result.data ?? null).toBeNull();
    const messages = (result.errors ?? []).map((e) => e.message).join('\n');
    expect(messages).toContain('initiatives[0].startedOn');
    expect(messages).toContain("bad date '2015-02-30'");
    expect(messages).toContain('amplifications[0].mode');
    expect(messages).toContain('JUMPING');
    expect(await stats()).toEqual(before);
  });

  it('needs an editor token to write: 401 without one, 403 with a viewer token', async () => {
    const p = prefix('auth');
    const anonymous = await t.gql(IMPORT, { input: network(p) }, null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.errors![0]!.extensions?.code).toBe('UNAUTHENTICATED');
    const viewer = await t.gql(IMPORT, { input: network(p) }, 'viewer');
    expect(viewer.status).toBe(403);
    expect(viewer.errors![0]!.extensions?.code).toBe('FORBIDDEN');
    const found = await t.gql<{ initiative: unknown }>(`{ networkStats { initiatives } }`, {}, null);
    expect(found.status).toBe(200);
  });
});
