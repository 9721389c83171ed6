import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { generateDemoNetwork } from '../../server/src/modules/demo/demo-generator.js';
import { ownedPrefixes, startTestApp, type TestApp } from '../support/app.js';

const root = path.resolve(import.meta.dirname, '..', '..');

interface NetworkFile {
  initiatives: { id: string }[];
  involvements: { actorId: string; initiativeId: string }[];
  amplifications: { fromInitiativeId: string; toInitiativeId: string }[];
}

/** The initiative with the most distinct tie neighbours in T (amplifications and shared actors). */
function bestConnected(n: NetworkFile): string {
  const ties = new Map<string, Set<string>>(n.initiatives.map((i) => [i.id, new Set<string>()]));
  const tie = (a: string, b: string) => {
    if (a === b) return;
    ties.get(a)?.add(b);
    ties.get(b)?.add(a);
  };
  for (const e of n.amplifications) tie(e.fromInitiativeId, e.toInitiativeId);
  const byActor = new Map<string, string[]>();
  for (const inv of n.involvements) byActor.set(inv.actorId, [...(byActor.get(inv.actorId) ?? []), inv.initiativeId]);
  for (const members of byActor.values()) for (const a of members) for (const b of members) tie(a, b);
  return [...ties].sort((x, y) => y[1].size - x[1].size || (x[0] < y[0] ? -1 : 1))[0]![0];
}

/**
 * The introduction simulator through GraphQL against NDlib (tools/simulation/compare.py) on a demo
 * network of its own: the same graph, seeds, model and parameters, 1,000 runs each; the final-reach
 * distributions must agree (means within their 99% bounds, KS and Anderson–Darling at 1%).
 */
describe('the introduction simulator agrees with NDlib', () => {
  let t: TestApp;
  const own = ownedPrefixes();
  const p = own.prefix('ndlib');
  let network: NetworkFile;

  beforeAll(async () => {
    t = await startTestApp();
    const text = JSON.stringify(generateDemoNetwork({ initiatives: 300, seed: 20261201 }))
      .replaceAll('"ini-', `"${p}ini-`)
      .replaceAll('"act-', `"${p}act-`);
    network = JSON.parse(text) as NetworkFile;
    const result = await t.gql(`mutation($n: NetworkInput!) { importNetwork(input: $n) { initiatives } }`, {
      n: network,
    });
    expect(result.errors).toBeUndefined();
  });
  afterAll(async () => {
    await own.cleanup();
    await t.close();
  });

  it('on independent cascade, linear threshold and SI over T, and independent cascade over A', async () => {
    const hub = bestConnected(network);
    const source = [...new Set(network.amplifications.map((e) => e.fromInitiativeId))].sort()[0]!;
    const cases = [
      { model: 'INDEPENDENT_CASCADE', graph: 'TIE', probability: 0.08, seeds: [hub], steps: 100 },
      { model: 'LINEAR_THRESHOLD', graph: 'TIE', probability: null, seeds: [hub], steps: 100 },
      { model: 'SUSCEPTIBLE_INFECTED', graph: 'TIE', probability: 0.02, seeds: [hub], steps: 5 },
      { model: 'INDEPENDENT_CASCADE', graph: 'AMPLIFICATION', probability: 0.6, seeds: [source], steps: 100 },
    ];
    const answers = [];
    for (const c of cases) {
      const r = await t.gql<{ simulateSpread: { distribution: { reach: number; runs: number }[]; runs: number } }>(
        `query($seeds: [ID!]!, $model: SpreadModel!, $graph: SpreadGraph!, $p: Float, $steps: Int) {
          simulateSpread(seeds: $seeds, model: $model, graph: $graph, probability: $p, steps: $steps, runs: 1000) {
            runs distribution { reach runs }
          }
        }`,
        { seeds: c.seeds, model: c.model, graph: c.graph, p: c.probability, steps: c.steps },
      );
      expect(r.errors).toBeUndefined();
      answers.push({ ...c, runs: r.data!.simulateSpread.runs, distribution: r.data!.simulateSpread.distribution });
    }
    const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-ndlib-'));
    writeFileSync(path.join(dir, 'network.json'), JSON.stringify(network));
    writeFileSync(path.join(dir, 'answers.json'), JSON.stringify({ cases: answers }));
    const run = spawnSync(
      'python3',
      [path.join(root, 'tools/simulation/compare.py'), path.join(dir, 'network.json'), path.join(dir, 'answers.json')],
      { encoding: 'utf8', maxBuffer: 1 << 26 },
    );
    console.log(`tools/simulation/compare.py:\n${run.stdout}${run.stderr}`);
    expect(run.stderr).not.toMatch(/ModuleNotFoundError|No module named/);
    expect(run.status).toBe(0);
    expect(run.stdout.match(/^ok /gm)).toHaveLength(cases.length);
  });
});
