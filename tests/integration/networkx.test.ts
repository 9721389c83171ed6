import { generateDemoNetwork } from '../../server/src/modules/demo/demo-generator.js';
import { networkStats, ownedPrefixes, startTestApp, type TestApp } from '../support/app.js';
import { dumpProjection, runComparison } from '../support/projection.js';

/**
 * The contract's answers through GraphQL — networkStats.components, isolatedInitiatives,
 * actorRanking (PAGERANK, DEGREE, BETWEENNESS) and cascade — checked against networkx
 * (tools/networkx/compare.py) on a network this test has not seen before: a demo network
 * with a seed of its own, loaded under fresh ids.
 */
describe('the contract analytics agree with networkx', () => {
  let t: TestApp;
  const own = ownedPrefixes();
  const p = own.prefix('nx');

  beforeAll(async () => {
    t = await startTestApp();
    const text = JSON.stringify(generateDemoNetwork({ initiatives: 400, seed: 20261127 }))
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

  it('on PageRank, degree, betweenness, components, isolates and cascades', async () => {
    const { actors } = await networkStats(t);
    const ranking = async (measure: string) => {
      const r = await t.gql<{
        actorRankingDetails: { exact: boolean; items: { actor: { id: string }; score: number }[] };
      }>(`{ actorRankingDetails(measure: ${measure}, first: ${actors}) { exact items { actor { id } score } } }`);
      expect(r.errors).toBeUndefined();
      return r.data!.actorRankingDetails;
    };
    const scores = (items: { actor: { id: string }; score: number }[]) =>
      Object.fromEntries(items.map((i) => [i.actor.id, i.score]));
    const [pagerank, degree, betweenness] = [
      await ranking('PAGERANK'),
      await ranking('DEGREE'),
      await ranking('BETWEENNESS'),
    ];
    expect(betweenness.exact).toBe(true);
    const stats = (
      await t.gql<{ networkStats: { components: number; largestComponent: number } }>(
        '{ networkStats { components largestComponent } }',
      )
    ).data!.networkStats;
    const isolated = await t.gql<{ isolatedInitiatives: { initiative: { id: string } }[] }>(
      '{ isolatedInitiatives(suggestions: 1) { initiative { id } } }',
    );
    expect(isolated.errors).toBeUndefined();
    const roots = await t.gql<{ cascades: { root: { id: string } }[] }>(
      '{ cascades(sortBy: SIZE, first: 8) { root { id } } }',
    );
    const cascades = [];
    for (const { root: r } of roots.data!.cascades) {
      const c = await t.gql<{ cascade: Record<string, unknown> }>(
        `query($r: ID!) { cascade(rootId: $r) { size depth maxBreadth generations structuralVirality } }`,
        { r: r.id },
      );
      cascades.push({ root: r.id, ...c.data!.cascade });
    }
    expect(cascades.length).toBeGreaterThan(0);
    expect((await networkStats(t)).isolatedInitiatives).toBe(isolated.data!.isolatedInitiatives.length);

    const answers = {
      pagerank: scores(pagerank.items),
      degree: scores(degree.items),
      betweenness: { exact: true, samples: null, pivots: null, scores: scores(betweenness.items) },
      tie: {
        components: stats.components,
        isolates: isolated.data!.isolatedInitiatives.map((r) => r.initiative.id),
        largest: stats.largestComponent,
      },
      cascades,
    };
    const run = runComparison('tools/networkx/compare.py', await dumpProjection(), answers);
    expect(run.stderr).not.toMatch(/ModuleNotFoundError/);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/PageRank on I/);
    expect(run.stdout).toMatch(/cascades/);
  });
});
