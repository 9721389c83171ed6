import { deleteByPrefixAt } from '../support/cleanup.js';
import { uniquePrefix } from '../support/app.js';
import { startServer, type ServerProcess } from '../support/server-process.js';
import { RELIABILITY_NEO4J_URI } from '../support/throwaway-neo4j.js';

/**
 * Every mutation works with its arguments written inline (not as variables): graphql-js builds
 * those input objects without a prototype, and before the hardening upsertInvolvement,
 * upsertInfluence and upsertAmplification answered INTERNAL_SERVER_ERROR (after writing).
 */
describe('mutations with inline arguments', () => {
  let s: ServerProcess;
  const p = uniquePrefix('inline');
  const run = async (mutation: string) => {
    const answer = await s.gql(`mutation { ${mutation} }`, {}, 'editor');
    expect(answer.body.errors).toBeUndefined();
    expect(answer.status).toBe(200);
    return answer.body.data!;
  };

  beforeAll(async () => {
    s = await startServer();
  });
  afterAll(async () => {
    await s.stop();
    await deleteByPrefixAt(RELIABILITY_NEO4J_URI, p);
  });

  it('importNetwork', async () => {
    const data = await run(`importNetwork(input: {
      initiatives: [{id: "${p}i1", name: "One", themes: ["energy"], characteristics: [{characteristic: DEEP_CHANGE, score: 2, evidence: "e"}]},
                    {id: "${p}i2", name: "Two", region: "${p}R"}],
      actors: [{id: "${p}a1", name: "A"}, {id: "${p}a2", name: "B", kind: NGO}]
    }) { initiatives actors }`);
    expect(data.importNetwork).toEqual({ initiatives: 2, actors: 2 });
  });

  it.each([
    ['createInitiative', `createInitiative(input: {id: "PFX-i3", name: "Three", themes: ["care"]}) { id }`],
    [
      'updateInitiative',
      `updateInitiative(id: "PFX-i3", patch: {name: "Three!", characteristics: [{characteristic: TANGIBLE_RESULTS, score: 1}]}) { name }`,
    ],
    ['createActor', `createActor(input: {id: "PFX-a3", name: "C", kind: BUSINESS}) { id }`],
    ['updateActor', `updateActor(id: "PFX-a3", patch: {region: "Utrecht"}) { region }`],
    [
      'upsertInvolvement',
      `upsertInvolvement(input: {actorId: "PFX-a1", initiativeId: "PFX-i1", role: "lead", since: "2020-01-01"}) { role }`,
    ],
    ['upsertInfluence', `upsertInfluence(input: {fromActorId: "PFX-a1", toActorId: "PFX-a2", weight: 2}) { weight }`],
    [
      'upsertAmplification',
      `upsertAmplification(input: {fromInitiativeId: "PFX-i1", toInitiativeId: "PFX-i2", mode: SPREADING, mechanisms: [LEARNING_BY_DOING]}) { mode }`,
    ],
    ['upsertOutcome', `upsertOutcome(input: {initiativeId: "PFX-i1", kind: NEW_PRACTICE, name: "PFX-o"}) { kind }`],
    [
      'upsertBarrier',
      `upsertBarrier(input: {initiativeId: "PFX-i1", barrier: REGULATION, overcome: true, on: "2021-02-03"}) { barrier }`,
    ],
    ['deleteBarrier', `deleteBarrier(initiativeId: "PFX-i1", barrier: REGULATION) { id }`],
    ['deleteOutcome', `deleteOutcome(initiativeId: "PFX-i1", kind: NEW_PRACTICE, name: "PFX-o") { id }`],
    [
      'deleteAmplification',
      `deleteAmplification(fromInitiativeId: "PFX-i1", toInitiativeId: "PFX-i2", mode: SPREADING) { id }`,
    ],
    ['deleteInfluence', `deleteInfluence(fromActorId: "PFX-a1", toActorId: "PFX-a2") { id }`],
    ['deleteInvolvement', `deleteInvolvement(actorId: "PFX-a1", initiativeId: "PFX-i1") { id }`],
    ['deleteActor', `deleteActor(id: "PFX-a3") { id }`],
    ['deleteInitiative', `deleteInitiative(id: "PFX-i3") { id }`],
  ])('%s', async (_name, mutation) => {
    await run(mutation.replaceAll('PFX-', p));
  });

  it('the relations written inline are there exactly once', async () => {
    await run(`upsertInvolvement(input: {actorId: "${p}a2", initiativeId: "${p}i2"}) { role }`);
    await run(`upsertInvolvement(input: {actorId: "${p}a2", initiativeId: "${p}i2", role: "again"}) { role }`);
    const read = await s.gql(`{ initiative(id: "${p}i2") { actors { role actor { id } } } }`);
    expect(read.body.data?.initiative).toEqual({ actors: [{ role: 'again', actor: { id: `${p}a2` } }] });
  });
});
