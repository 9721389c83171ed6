// The engine beside python-igraph and networkx on the same graphs, part of `npm run bench`
// (scripts/bench.mjs); alone, without Neo4j: `BENCH_ONLY=engine npm run bench`.
//
// For each demo size (BENCH_SIZES, default 10,000 and 100,000 initiatives) the projection is built
// from the demo generator, each side builds its graphs untimed, and only the algorithms are timed:
// the best of BENCH_REPEATS runs (default 7) after three untimed warm-ups (the machine is shared:
// contention only adds time; medians go to results.json too), betweenness the best of
// BENCH_BETWEENNESS_RUNS (default 2), networkx's slow ones (Louvain, PageRank on T, betweenness) once.
//  - PageRank on I: engine/pagerank.ts; igraph PRPACK; nx.pagerank(tol=1e-12) (scipy when
//    installed, said in the note), with the largest difference to the engine's scores
//  - PageRank on T: the engine's initiativeRanking path (tie-pagerank.ts, T never built); igraph
//    and networkx on T built pairwise, up to 10,000 initiatives
//  - betweenness on G: exact up to 10,000 initiatives (every actor a pivot), beyond that the
//    engine's own pivots (its default budget); igraph runs the same pivots as subset betweenness
//    (sources=…), networkx Brandes from at most BENCH_NX_PIVOTS (default 50) of them, scaled
//  - Louvain on G: graphology-communities-louvain; igraph community_multilevel; networkx louvain
//  - components of T: the engine's union-find; igraph and networkx on the bipartite initiative–actor
//    graph (the same components, linear size)
// Writes nothing itself: bench.mjs puts the rows into bench/results.json (`engine`) and
// bench/results.md (engineMarkdown).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Untimed runs first: V8 compiles a hot function with its optimising tier only after a few calls. */
const WARM_UP = 3;

/**
 * Best (and median) ms of `repeats` runs after `warmUp` untimed ones, and the last result. The best
 * run is the figure: the machine is shared, and contention only ever adds time.
 */
function timed(fn, repeats, warmUp = WARM_UP) {
  for (let i = 0; i < warmUp; i++) fn();
  const runs = [];
  let result;
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    result = fn();
    runs.push(performance.now() - started);
  }
  runs.sort((a, b) => a - b);
  return { ms: runs[0], medianMs: runs[Math.floor(runs.length / 2)], result };
}

async function engineModules(root) {
  const dir = path.join(root, 'server/dist/modules/analytics/engine');
  const load = (file) => import(pathToFileURL(path.join(dir, file)).href);
  return {
    graphs: await load('graphs.js'),
    centrality: await load('centrality.js'),
    pagerank: await load('pagerank.js'),
    communities: await load('communities.js'),
    ties: await load('core/tie-components.js'),
    tieIndex: await load('core/tie-index.js'),
    tiePagerank: await load('tie-pagerank.js'),
  };
}

function python(root, script, projectionFile, workFile) {
  const run = spawnSync('python3', [path.join(root, 'scripts', script), projectionFile, workFile], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const last = run.stdout?.trim().split('\n').pop() ?? '';
  if (run.status !== 0 || !last.startsWith('{')) {
    const why = (run.stderr || run.stdout || String(run.error)).trim().split('\n').slice(-3).join(' ');
    return { error: `${script} failed: ${why}` };
  }
  return JSON.parse(last);
}

const asMap = (ids, scores) => Object.fromEntries(ids.map((id, i) => [id, scores[i]]));

/** The engine's side at one size: timings and what the Python sides need to run the same work. */
function engineSide(m, projection, size, repeats, betweennessRuns) {
  const actorIds = projection.actors.map((a) => a.id);
  const rows = {};
  const influence = m.centrality.influencePagerankGraph(projection);
  const pr = timed(() => m.pagerank.pagerank(influence), repeats);
  rows.pagerank = { ms: pr.ms, medianMs: pr.medianMs, sweeps: pr.result.sweeps, errorBound: pr.result.errorBound };
  const ours = { pagerank: asMap(actorIds, pr.result.scores) };
  // PageRank on T as initiativeRanking computes it: on the cliques, T never built (tie-pagerank.ts)
  const tieIndex = m.tieIndex.buildTieIndex(projection);
  const prT = timed(() => m.tiePagerank.tiePagerank(tieIndex), Math.max(1, Math.floor(repeats / 2)));
  rows.pagerankT = { ms: prT.ms, medianMs: prT.medianMs, sweeps: prT.result.sweeps };
  ours.pagerankT = asMap(tieIndex.ids, prT.result.scores);
  const withT = size <= 10_000; // the Python sides build T pairwise
  const g = m.graphs.actorAdjacency(projection);
  const exact = size <= 10_000;
  m.centrality.betweennessScores(g, { samples: 20 }); // JIT warm-up
  const bc = timed(() => m.centrality.betweennessScores(g, exact ? { maxWork: Infinity } : {}), betweennessRuns, 0);
  const pivots = bc.result.exact ? null : bc.result.pivots.map((i) => g.ids[i]);
  rows.betweenness = {
    ms: bc.ms,
    medianMs: bc.medianMs,
    pivots: pivots?.length ?? g.ids.length,
    exact: bc.result.exact,
  };
  if (bc.result.exact) ours.betweenness = asMap(g.ids, bc.result.scores);
  const louvainGraph = m.communities.sortedGraph(g);
  const lv = timed(() => m.communities.louvainCommunities(louvainGraph), repeats);
  rows.louvain = {
    ms: lv.ms,
    medianMs: lv.medianMs,
    modularity: lv.result.modularity,
    communities: lv.result.communities.length,
  };
  const building = timed(() => m.graphs.tieLinks(projection, m.graphs.incidence(projection)), 1);
  const links = building.result;
  const cc = timed(() => m.ties.tieComponents(links), repeats);
  rows.components = { ms: cc.ms, medianMs: cc.medianMs, count: cc.result.count, indexMs: building.ms };
  return { rows, ours, pivots, withT, gEdges: g.edgeCount, actors: actorIds.length };
}

function peerRow(peer, key) {
  if (!peer || peer.error) return null;
  return peer[key] ?? null;
}

/** One row per measure: engine, igraph and networkx ms, the ratio to igraph, and what was compared. */
function rowsFor(size, engine, igraph, networkx) {
  const fmt = (x) => (x === null || x === undefined ? 'n/a' : x.toExponential(1));
  const r = engine.rows;
  const bcKind = r.betweenness.exact
    ? `exact, all ${r.betweenness.pivots.toLocaleString('en')} actors as pivots`
    : `${r.betweenness.pivots} pivots (the engine's, fixed seed), the same for igraph`;
  const measures = [
    [
      'PageRank on I',
      'pagerank',
      `${r.pagerank.sweeps} Gauss–Seidel sweeps at most, error bound ${fmt(r.pagerank.errorBound)}; largest difference to igraph ${fmt(peerRow(igraph, 'pagerank')?.maxDiff)}, to networkx ${fmt(peerRow(networkx, 'pagerank')?.maxDiff)}; networkx: ${peerRow(networkx, 'pagerank')?.impl ?? 'n/a'}, tol=1e-12`,
    ],
    [
      'PageRank on T',
      'pagerankT',
      `the engine on the cliques behind T (T never built; ${r.pagerankT.sweeps} sweeps, including the pass over T's pairs), igraph and networkx on T built pairwise${engine.withT ? `; largest difference to igraph ${fmt(peerRow(igraph, 'pagerankT')?.maxDiff)}, to networkx ${fmt(peerRow(networkx, 'pagerankT')?.maxDiff)}` : ': not at this size (T has tens of millions of edges)'}`,
    ],
    [
      `betweenness on G`,
      'betweenness',
      `${bcKind}${r.betweenness.exact ? `; largest difference to igraph ${fmt(peerRow(igraph, 'betweenness')?.maxDiff)}` : ''}; networkx: ${peerRow(networkx, 'betweenness')?.measuredPivots ?? 'n/a'} of the pivots, scaled`,
    ],
    [
      'Louvain on G',
      'louvain',
      `modularity: engine ${r.louvain.modularity.toFixed(3)}, igraph ${peerRow(igraph, 'louvain')?.modularity?.toFixed(3) ?? 'n/a'}, networkx ${peerRow(networkx, 'louvain')?.modularity?.toFixed(3) ?? 'n/a'}`,
    ],
    [
      'components of T',
      'components',
      `${r.components.count.toLocaleString('en')} components (igraph ${peerRow(igraph, 'components')?.count ?? 'n/a'}, networkx ${peerRow(networkx, 'components')?.count ?? 'n/a'}); the engine's index from the projection: ${Math.round(r.components.indexMs)} ms more`,
    ],
  ];
  return measures.map(([name, key, note]) => {
    const ours = r[key].ms;
    const theirs = peerRow(igraph, key)?.ms ?? null;
    return {
      initiatives: size,
      measure: name,
      engineMs: +ours.toFixed(2),
      igraphMs: theirs === null ? null : +theirs.toFixed(2),
      engineMedianMs: +r[key].medianMs.toFixed(2),
      igraphMedianMs: peerRow(igraph, key) ? +peerRow(igraph, key).medianMs.toFixed(2) : null,
      networkxMs: peerRow(networkx, key) ? +peerRow(networkx, key).ms.toFixed(1) : null,
      engineOverIgraph: theirs ? +(ours / theirs).toFixed(2) : null,
      note,
    };
  });
}

/** Runs the engine, igraph and networkx at each size; returns { rows, versions, errors }. */
export async function benchEngine({ root, sizes, tmp, log = console.log }) {
  const m = await engineModules(root);
  const { generateDemoNetwork } = await import(
    pathToFileURL(path.join(root, 'server/dist/modules/demo/demo-generator.js')).href
  );
  const repeats = Number(process.env.BENCH_REPEATS ?? 7);
  const betweennessRuns = Number(process.env.BENCH_BETWEENNESS_RUNS ?? 2);
  const nxPivots = Number(process.env.BENCH_NX_PIVOTS ?? 50);
  mkdirSync(tmp, { recursive: true });
  const rows = [];
  const versions = {};
  const errors = [];
  for (const size of sizes) {
    const projection = m.graphs.projectionFromNetworkInput(generateDemoNetwork({ initiatives: size }));
    const engine = engineSide(m, projection, size, repeats, betweennessRuns);
    const projectionFile = path.join(tmp, `engine-projection-${size}.json`);
    const workFile = path.join(tmp, `engine-work-${size}.json`);
    writeFileSync(projectionFile, JSON.stringify(projection));
    const work = {
      pivots: engine.pivots,
      repeats,
      betweennessRuns,
      pagerankT: engine.withT,
      networkxPivots: nxPivots,
      ours: engine.ours,
    };
    writeFileSync(workFile, JSON.stringify(work));
    const igraph = python(root, 'bench-igraph.py', projectionFile, workFile);
    const networkx = python(root, 'bench-networkx.py', projectionFile, workFile);
    for (const [name, peer] of [
      ['igraph', igraph],
      ['networkx', networkx],
    ]) {
      if (peer.error) errors.push(`${size}: ${peer.error}`);
      else versions[name] = peer.version;
    }
    for (const row of rowsFor(size, engine, igraph, networkx)) {
      rows.push(row);
      log(
        `bench: ${row.measure} at ${size}: engine ${row.engineMs} ms, igraph ${row.igraphMs ?? 'n/a'} ms, networkx ${row.networkxMs ?? 'n/a'} ms (engine/igraph ${row.engineOverIgraph ?? 'n/a'})`,
      );
    }
  }
  return { rows, versions, errors, repeats, betweennessRuns, networkxPivots: nxPivots };
}

/** The section of bench/results.md. */
export function engineMarkdown(result) {
  const lines = [
    '## The engine beside igraph and networkx on the same graphs',
    '',
    `Demo networks; each side builds its graphs untimed, then only the algorithm is timed: the best of ${result.repeats} runs after warm-up runs (betweenness: of ${result.betweennessRuns}; networkx's Louvain, PageRank on T and betweenness: one run), as the machine is shared and contention only adds time (the medians are in results.json). python-igraph ${result.versions.igraph ?? 'missing'}, networkx ${result.versions.networkx ?? 'missing'}. Aim: the engine within 3× of igraph (engine/igraph ≤ 3). \`BENCH_ONLY=engine npm run bench\` reruns this section alone.`,
    '',
    '| initiatives | measure | engine ms | igraph ms | networkx ms | engine/igraph | note |',
    '|---:|---|---:|---:|---:|---:|---|',
    ...result.rows.map(
      (r) =>
        `| ${r.initiatives.toLocaleString('en')} | ${r.measure} | ${r.engineMs} | ${r.igraphMs ?? 'n/a'} | ${r.networkxMs ?? 'n/a'} | ${r.engineOverIgraph ?? 'n/a'}${r.engineOverIgraph > 3 ? ' (over 3)' : ''} | ${r.note} |`,
    ),
    '',
  ];
  if (result.errors.length > 0) lines.push(...result.errors.map((e) => `- ${e}`), '');
  return lines;
}

/**
 * BENCH_ONLY=engine: puts `result` into bench/results.json (key `engine`) and replaces the engine
 * section of bench/results.md, leaving the other sections as the last full run wrote them.
 */
export function writeEngineSection(root, result, when, machine) {
  const jsonFile = path.join(root, 'bench/results.json');
  const json = existsSync(jsonFile) ? JSON.parse(readFileSync(jsonFile, 'utf8')) : { when, machine };
  json.engine = { when, ...result };
  mkdirSync(path.join(root, 'bench'), { recursive: true });
  writeFileSync(jsonFile, `${JSON.stringify(json, null, 2)}\n`);
  const mdFile = path.join(root, 'bench/results.md');
  const md = existsSync(mdFile) ? readFileSync(mdFile, 'utf8').split('\n') : ['# Benchmark results', ''];
  const section = [
    ...engineMarkdown(result),
    `(This section alone: \`BENCH_ONLY=engine\` on ${when}; ${machine}.)`,
    '',
  ];
  const start = md.findIndex((line) => line.startsWith('## The engine'));
  const end = start < 0 ? -1 : md.findIndex((line, i) => i > start && line.startsWith('## '));
  if (start < 0) md.push('', ...section);
  else md.splice(start, (end < 0 ? md.length : end) - start, ...section);
  writeFileSync(mdFile, md.join('\n'));
  return section;
}
