import { generateDemoNetwork } from '../../server/src/modules/demo/demo-generator.js';
import { networkStats, ownedPrefixes, startTestApp, type TestApp } from '../support/app.js';
import { dumpProjection, runComparison } from '../support/projection.js';

/**
 * PageRank through GraphQL — actorRanking(PAGERANK) for every actor and
 * initiativeRanking(PAGERANK) for every initiative — equals igraph's PRPACK (a direct solver) and
 * networkx.pagerank with tol=1e-12 within 1e-6, as the contract says: the converged value, not
 * where networkx's default tolerance stops. The network is one this test alone uses: a demo network
 * with a seed of its own, loaded under fresh ids, over whatever else the database holds (the
 * rankings and the dump both cover the whole database).
 */
describe('PageRank agrees with igraph and networkx to 1e-6', () => {
  let t: TestApp;
  const own = ownedPrefixes();
  const p = own.prefix('pr');

  beforeAll(async () => {
    t = await startTestApp();
    const text = JSON.stringify(generateDemoNetwork({ initiatives: 600, seed: 31415926 }))
      .replaceAll('"ini-', `"${p}ini-`)
      .replaceAll('"act-', `"${p}act-`);
    const result = await t.gql(`mutation($n: NetworkInput!) { importNetwork(input: $n) { initiatives } }`, {
      n: JSON.parse(text),
    });
    expect(result.errors).toBeUndefined();
  });
  afterAll(async () => {
    await own.cleanup();
    await t.close();
  });

  it('on I for every actor and on T for every initiative', async () => {
    const { actors, initiatives } = await networkStats(t);
    // initiativeRanking answers at most 1,000 (the API's limit): beyond that, the top 1,000 are checked
    const first = Math.min(initiatives, 1000);
    const ranked = await t.gql<{
      actorRanking: { actor: { id: string }; score: number }[];
      initiativeRanking: { items: { initiative: { id: string }; score: number }[] };
    }>(
      `query($a: Int!, $i: Int!) {
        actorRanking(measure: PAGERANK, first: $a) { actor { id } score }
        initiativeRanking(measure: PAGERANK, first: $i) { items { initiative { id } score } }
      }`,
      { a: actors, i: first },
    );
    expect(ranked.errors).toBeUndefined();
    const actorScores = ranked.data!.actorRanking;
    const initiativeScores = ranked.data!.initiativeRanking.items;
    expect(actorScores).toHaveLength(actors);
    expect(initiativeScores).toHaveLength(first);
    const answers = {
      pagerank: Object.fromEntries(actorScores.map((r) => [r.actor.id, r.score])),
      initiativePagerank: Object.fromEntries(initiativeScores.map((r) => [r.initiative.id, r.score])),
      partial: first < initiatives ? ['initiativePagerank'] : [],
    };
    // this test's own network is there, with influences to rank
    expect(Object.keys(answers.pagerank).filter((id) => id.startsWith(p)).length).toBeGreaterThan(100);

    const projection = await dumpProjection();
    const igraph = runComparison('tools/igraph/compare.py', projection, answers);
    expect(igraph.stdout).not.toMatch(/python-igraph is not installed/);
    expect(igraph.status).toBe(0);
    expect(igraph.stdout).toMatch(/ok {7}PageRank on I \(igraph PRPACK/);
    expect(igraph.stdout).toMatch(/ok {7}PageRank on T \(igraph PRPACK/);

    const networkx = runComparison('tools/networkx/compare.py', projection, answers);
    expect(networkx.stderr).not.toMatch(/ModuleNotFoundError/);
    expect(networkx.status).toBe(0);
    expect(networkx.stdout).toMatch(/ok {7}PageRank on I \(.*tol=1e-12\)/);
    expect(networkx.stdout).toMatch(/ok {7}PageRank on T \(.*tol=1e-12\)/);
  });
});
