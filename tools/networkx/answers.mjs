#!/usr/bin/env node
// Produce our engine's answers for tools/networkx/compare.py.
//
//   cd server && npx tsc -p tsconfig.build.json && cd ..
//   node tools/networkx/answers.mjs --initiatives 2000 --seed 1984 --out /tmp/nx
//   python3 tools/networkx/compare.py /tmp/nx/projection.json /tmp/nx/answers.json
//   python3 tools/igraph/compare.py /tmp/nx/projection.json /tmp/nx/answers.json   (PageRank)
//
// Writes <out>/projection.json (a NetworkProjection built from generateDemoNetwork, or the file
// given with --projection) and <out>/answers.json. Options:
//   --projection FILE   use this NetworkProjection JSON instead of the demo generator
//   --initiatives N     demo size (default 1000)     --seed S   demo seed (default 1984)
//   --roots N           cascades for the N initiatives with most out-amplifications (default 50)
//   --max-work W        betweenness/closeness budget (default: the engine's)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const engineDir = resolve(here, '../../server/dist/modules/analytics/engine');
const demoFile = resolve(here, '../../server/dist/modules/demo/demo-generator.js');

const { values } = parseArgs({
  options: {
    projection: { type: 'string' },
    initiatives: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1984' },
    roots: { type: 'string', default: '50' },
    'max-work': { type: 'string' },
    out: { type: 'string', default: 'networkx-out' },
  },
});

const graphs = await import(pathToFileURL(join(engineDir, 'graphs.js')).href);
const centrality = await import(pathToFileURL(join(engineDir, 'centrality.js')).href);
let cascade = null;
try {
  cascade = await import(pathToFileURL(join(engineDir, 'cascade.js')).href);
  if (typeof cascade.buildAmplificationIndex !== 'function' || typeof cascade.computeCascade !== 'function')
    cascade = null;
} catch {
  cascade = null;
}

let projection;
if (values.projection) {
  projection = JSON.parse(readFileSync(values.projection, 'utf8'));
} else {
  const { generateDemoNetwork } = await import(pathToFileURL(demoFile).href);
  const input = generateDemoNetwork({ initiatives: Number(values.initiatives), seed: Number(values.seed) });
  projection = graphs.projectionFromNetworkInput(input);
}

const options = values['max-work'] ? { maxWork: Number(values['max-work']) } : {};
const asMap = (s) => Object.fromEntries(s.ids.map((id, i) => [id, s.scores[i]]));
const timed = (label, f) => {
  const t0 = performance.now();
  const r = f();
  console.error(`${label}: ${(performance.now() - t0).toFixed(0)} ms`);
  return r;
};

const pagerank = timed('pagerank', () => centrality.actorScores(projection, 'PAGERANK'));
const initiativePagerank = timed('pagerank on T', () => centrality.initiativeScores(projection, 'PAGERANK'));
const degree = timed('degree', () => centrality.actorScores(projection, 'DEGREE'));
const betweenness = timed('betweenness', () => centrality.actorScores(projection, 'BETWEENNESS', options));
const closeness = timed('closeness', () => centrality.actorScores(projection, 'CLOSENESS', options));
const comps = timed('components of T', () => graphs.tieComponents(projection));
const componentsList = new Map();
projection.initiatives.forEach((ini, i) => {
  const c = comps.componentOf[i];
  if (!componentsList.has(c)) componentsList.set(c, []);
  componentsList.get(c).push(ini.id);
});

const answers = {
  pagerank: asMap(pagerank),
  initiativePagerank: asMap(initiativePagerank),
  degree: asMap(degree),
  betweenness: {
    exact: betweenness.exact,
    samples: betweenness.samples ?? null,
    pivots: betweenness.pivots ? betweenness.pivots.map((i) => betweenness.ids[i]) : null,
    scores: asMap(betweenness),
  },
  closeness: {
    exact: closeness.exact,
    samples: closeness.samples ?? null,
    scores: asMap(closeness),
  },
  tie: {
    components: comps.count,
    isolates: comps.isolates,
    largest: comps.largest,
    partition: [...componentsList.values()],
  },
  cascades: null,
};

if (cascade) {
  const outDegree = new Map();
  for (const e of projection.amplifications) outDegree.set(e.from, (outDegree.get(e.from) ?? 0) + 1);
  const roots = [...outDegree.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, Number(values.roots))
    .map(([id]) => id);
  const index = cascade.buildAmplificationIndex(projection);
  answers.cascades = roots.map((root) => {
    const c = cascade.computeCascade(index, root);
    return {
      root,
      size: c.size,
      depth: c.depth,
      maxBreadth: c.maxBreadth,
      generations: c.generations,
      structuralVirality: c.structuralVirality,
    };
  });
} else {
  console.error('cascade.js not found in server/dist: cascades skipped');
}

mkdirSync(values.out, { recursive: true });
writeFileSync(join(values.out, 'projection.json'), JSON.stringify(projection));
writeFileSync(join(values.out, 'answers.json'), JSON.stringify(answers));
console.error(
  `wrote ${join(values.out, 'projection.json')} (${projection.initiatives.length} initiatives, ${projection.actors.length} actors) and answers.json` +
    ` (betweenness ${betweenness.exact ? 'exact' : `sampled, ${betweenness.samples} pivots`})`,
);
