// The research toolkit's section of `npm run bench` (scripts/bench.mjs); alone, without Neo4j:
// `BENCH_ONLY=research npm run bench`.
//
// On the 10k demo network (BENCH_RESEARCH_SIZE), from its projection, the engine timed directly:
//  - 1,000 independent-cascade runs on T from its best-connected initiative (p = 0.05), the
//    answer of simulateSpread, best of 3 after one warm-up;
//  - 100 null-model replicates of T's isolate and component figures (isolates, components,
//    largest component share; 10 swaps per edge), rewired by LAYERS (the default), one run; with
//    BENCH_RESEARCH_EDGES=1 also by EDGES (double edge swaps of T itself: 4 million attempts per
//    replicate at 10k, minutes in all);
// and, for scale, the same in NDlib and networkx (scripts/bench-research.py): NDlib's
// IndependentCascadesModel for BENCH_NDLIB_RUNS runs (default 50) scaled to 1,000, and networkx's
// double_edge_swap on T for BENCH_NX_REPLICATES replicates (default 1) scaled to 100.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const load = (root, file) => import(pathToFileURL(path.join(root, 'server/dist/modules/analytics/engine', file)).href);

/** The demo network as the analytics projection (what AnalyticsService loads from Neo4j). */
function projectionOf(network) {
  return {
    initiatives: network.initiatives.map((i) => ({
      id: i.id,
      name: i.name,
      region: i.region ?? null,
      themes: i.themes ?? [],
      startedOn: i.startedOn ?? null,
      potential: null,
    })),
    actors: network.actors.map((a) => ({ id: a.id, name: a.name, kind: a.kind ?? null, region: a.region ?? null })),
    amplifications: network.amplifications.map((e) => ({
      from: e.fromInitiativeId,
      to: e.toInitiativeId,
      mode: e.mode,
      on: e.on ?? null,
    })),
    involvements: network.involvements.map((v) => ({
      actorId: v.actorId,
      initiativeId: v.initiativeId,
      since: v.since ?? null,
    })),
    influences: [],
    barriers: [],
  };
}

function bestOf(fn, repeats) {
  fn();
  let best = Infinity;
  let result;
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    result = fn();
    best = Math.min(best, performance.now() - started);
  }
  return { ms: best, result };
}

function once(fn) {
  const started = performance.now();
  const result = fn();
  return { ms: performance.now() - started, result };
}

export async function benchResearch({ root, tmp, log = console.log }) {
  const size = Number(process.env.BENCH_RESEARCH_SIZE ?? 10000);
  const { generateDemoNetwork } = await import(path.join(root, 'server/dist/modules/demo/demo-generator.js'));
  const { simulateSpread } = await load(root, 'simulation/simulate.js');
  const { buildSpreadGraph } = await load(root, 'simulation/spread-graph.js');
  const { nullModelBands } = await load(root, 'null-model/bands.js');
  const network = generateDemoNetwork({ initiatives: size });
  const projection = projectionOf(network);
  const t = buildSpreadGraph(projection, { graph: 'TIE', probability: 0.05 });
  let hubIndex = 0;
  for (let v = 1; v < t.n; v++)
    if (t.start[v + 1] - t.start[v] > t.start[hubIndex + 1] - t.start[hubIndex]) hubIndex = v;
  const hub = projection.initiatives[hubIndex].id;
  const probability = 0.05;
  const ic = bestOf(
    () =>
      simulateSpread(projection, {
        model: 'INDEPENDENT_CASCADE',
        graph: 'TIE',
        seeds: [hub],
        probability,
        runs: 1000,
        seed: 1984,
        steps: 100,
      }),
    3,
  );
  log(`bench: research: 1,000 IC runs on T in ${Math.round(ic.ms)} ms (mean reach ${ic.result.reach.mean})`);
  const measures = ['ISOLATES', 'COMPONENTS', 'LARGEST_COMPONENT_SHARE'];
  const nulls = {};
  for (const method of process.env.BENCH_RESEARCH_EDGES === '1' ? ['LAYERS', 'EDGES'] : ['LAYERS']) {
    const run = once(() =>
      nullModelBands(projection, { graph: 'TIE', method, measures, replicates: 100, swapsPerEdge: 10, seed: 1984 }),
    );
    nulls[method] = {
      ms: Math.round(run.ms),
      edges: run.result.edges,
      bands: run.result.bands.map((b) => ({
        measure: b.measure,
        observed: b.observed,
        low: b.low,
        high: b.high,
        z: b.z,
      })),
    };
    log(`bench: research: 100 null replicates (${method}) in ${Math.round(run.ms)} ms`);
  }
  const ndlibRuns = Number(process.env.BENCH_NDLIB_RUNS ?? 50);
  const nxReplicates = Number(process.env.BENCH_NX_REPLICATES ?? 1);
  const networkFile = path.join(tmp, 'research-network.json');
  const workFile = path.join(tmp, 'research-work.json');
  writeFileSync(networkFile, JSON.stringify(network));
  writeFileSync(workFile, JSON.stringify({ seed: 1984, probability, ndlibRuns, nxReplicates, swapsPerEdge: 10, hub }));
  const py = spawnSync('python3', [path.join(root, 'scripts/bench-research.py'), networkFile, workFile], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const last = py.stdout?.trim().split('\n').pop() ?? '';
  const python =
    py.status === 0 && last.startsWith('{')
      ? JSON.parse(last)
      : { error: (py.stderr || String(py.error)).trim().split('\n').slice(-2).join(' ') };
  log(`bench: research: python side ${JSON.stringify(python)}`);
  return {
    size,
    tieEdges: t.start[t.n] / 2,
    hub,
    probability,
    ic: {
      runs: 1000,
      ms: Math.round(ic.ms),
      meanReach: ic.result.reach.mean,
      low: ic.result.reach.low,
      high: ic.result.reach.high,
    },
    nulls,
    python,
  };
}

const s = (ms) => (ms / 1000).toFixed(1);

/** The section of bench/results.md. */
export function researchMarkdown(r) {
  if (!r) return ['## Research toolkit', '', 'Did not run.'];
  const p = r.python ?? {};
  const nd = p.ndlib && !p.ndlib.error ? p.ndlib : null;
  const nx = p.networkx ?? null;
  return [
    `## Research toolkit, ${r.size.toLocaleString('en')}-initiative demo network`,
    '',
    `T has ${r.tieEdges.toLocaleString('en')} ties. The engine timed on the projection (no database): the independent cascade the best of 3 runs after a warm-up, the null models one run each. NDlib ${p.versions?.ndlib ?? 'missing'} and networkx ${p.versions?.networkx ?? 'missing'} run fewer runs on the same T, scaled (×) to the same work, for scale. \`BENCH_ONLY=research npm run bench\` reruns this section alone.`,
    '',
    '| work | engine s | NDlib / networkx s (scaled) |',
    '|---|---:|---:|',
    `| 1,000 independent-cascade runs on T from the best-connected initiative, p = ${r.probability} (mean reach ${r.ic.meanReach.toFixed(1)}, 90% ${r.ic.low}–${r.ic.high}) | ${s(r.ic.ms)} | ${nd ? `NDlib ${nd.runs} runs ${nd.seconds.toFixed(1)} s → ${((nd.seconds * 1000) / nd.runs).toFixed(0)} s` : `NDlib: ${p.ndlib?.error ?? p.error ?? 'did not run'}`} |`,
    `| 100 null replicates of isolates, components, largest share on T, LAYERS (10 swaps per edge of the involvement layer) | ${s(r.nulls.LAYERS.ms)} | — |`,
    `| the same, EDGES (double edge swaps of T itself, 10 per edge) | ${r.nulls.EDGES ? s(r.nulls.EDGES.ms) : 'not run (BENCH_RESEARCH_EDGES=1)'} | ${nx ? `networkx double_edge_swap ${nx.replicates} replicate ${nx.seconds.toFixed(1)} s → ${((nx.seconds * 100) / nx.replicates).toFixed(0)} s for 100` : `networkx: ${p.error ?? 'did not run'}`} |`,
    '',
    `Bands (LAYERS): ${r.nulls.LAYERS.bands.map((b) => `${b.measure} ${+b.observed.toFixed(4)} (null ${+b.low.toFixed(4)}–${+b.high.toFixed(4)}, z = ${b.z === null ? '—' : b.z.toFixed(1)})`).join('; ')}.`,
  ];
}
