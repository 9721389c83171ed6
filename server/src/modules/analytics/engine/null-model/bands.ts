import { buildAmplificationIndex } from '../cascade-index.js';
import { SIZE_BINS } from '../cascade.js';
import { buildRows, indexOf } from '../core/csr.js';
import { seededRandom } from '../core/random.js';
import { mean, quantileSorted, sortedCopy, standardDeviation } from '../core/stats.js';
import type { TieLinks } from '../core/tie-components.js';
import { actorAdjacency, tieAdjacency } from '../graphs.js';
import type { NetworkProjection } from '../projection.js';
import { mix32 } from '../simulation/streams.js';
import {
  CASCADE_MEASURES,
  cascadeMeans,
  UNDIRECTED_MEASURES,
  undirectedMeasures,
  type CascadeMeans,
  type NullMeasure,
} from './measures.js';
import { bipartiteSwaps, directedSwaps, undirectedSwaps } from './swaps.js';

/**
 * Null-model bands: each figure of the observed network beside the same figure on R rewired
 * copies that keep every degree (swaps.ts), seeded, so the same seed gives the same bands.
 *
 * Rewiring (`method`):
 *  - LAYERS (default) rewires what T and G are made of: the actor–initiative involvements
 *    (bipartite swaps: every actor keeps its number of initiatives, every initiative its number of
 *    actors) and the amplification pairs (T) or influence pairs (G) by double edge swaps; T or G
 *    is then built from them as from the data. A swap of T's own edges would keep every T degree,
 *    and so every isolate, and would break up the cliques an actor makes.
 *  - EDGES swaps the edges of T or G itself (every node keeps its degree in T or G, so isolates
 *    are the same in every copy).
 *  - On A (the cascade figures) the directed amplification pairs are swapped, keeping every
 *    initiative's in- and out-degree.
 * Attempts per replicate: swapsPerEdge × the edges of each rewired layer.
 *
 * Per figure: the null mean and standard deviation, the 95% band (2.5th–97.5th percentile),
 * z = (observed − mean) / sd (null when sd = 0) and the empirical two-sided p-value
 * (1 + #{|null − mean| ≥ |observed − mean|}) / (R + 1).
 */

export type NullGraph = 'TIE' | 'ACTOR' | 'AMPLIFICATION';
export type RewireMethod = 'LAYERS' | 'EDGES';

export interface NullModelOptions {
  graph: NullGraph;
  method: RewireMethod;
  measures: readonly NullMeasure[];
  replicates: number;
  swapsPerEdge: number;
  seed: number;
}

export interface Band {
  observed: number;
  nullMean: number;
  nullSd: number;
  /** 2.5th and 97.5th percentiles of the null */
  low: number;
  high: number;
  /** (observed − null mean) / null sd; null when the null does not vary */
  z: number | null;
  /** empirical two-sided p-value */
  p: number;
}

export interface NullBand extends Band {
  measure: NullMeasure;
  /** cascade figures: the same per size bin (bins with cascades in the observed network) */
  bins: (Band & { bin: string; cascades: number })[];
}

export interface NullModelResult {
  graph: NullGraph;
  method: RewireMethod;
  replicates: number;
  swapsPerEdge: number;
  seed: number;
  /** edges rewired per replicate (all layers), and the share of attempts accepted */
  edges: number;
  acceptedShare: number;
  bands: NullBand[];
}

/** The measures a graph has; the others are refused. */
export function measuresOf(graph: NullGraph): readonly NullMeasure[] {
  return graph === 'AMPLIFICATION' ? CASCADE_MEASURES : UNDIRECTED_MEASURES;
}

export function band(observed: number, values: ArrayLike<number>): Band {
  const sorted = sortedCopy(values);
  const m = mean(sorted);
  const sd = standardDeviation(sorted);
  const far = Math.abs(observed - m);
  let extreme = 0;
  // a difference within rounding of the observed one counts as as extreme
  for (const x of sorted) if (Math.abs(x - m) >= far - 1e-12) extreme += 1;
  return {
    observed,
    nullMean: m,
    nullSd: sd,
    low: quantileSorted(sorted, 0.025),
    high: quantileSorted(sorted, 0.975),
    z: sd > 1e-12 ? (observed - m) / sd : null,
    p: (1 + extreme) / (sorted.length + 1),
  };
}

/** The random stream of replicate r. */
function replicateRandom(seed: number, r: number): () => number {
  return seededRandom(mix32((seed | 0) ^ mix32(r + 1)) | 0);
}

/** Distinct pairs over 0..n-1 from id pairs (undirected: a < b; self-pairs and unknown ids left out). */
function pairs(
  rows: readonly { from: string; to: string }[],
  index: Map<string, number>,
  directed: boolean,
): { from: Int32Array; to: Int32Array } {
  const n = index.size;
  const seen = new Set<number>();
  const from: number[] = [];
  const to: number[] = [];
  for (const row of rows) {
    let u = index.get(row.from);
    let v = index.get(row.to);
    if (u === undefined || v === undefined || u === v) continue;
    if (!directed && u > v) [u, v] = [v, u];
    const key = u * n + v;
    if (seen.has(key)) continue;
    seen.add(key);
    from.push(u);
    to.push(v);
  }
  return { from: Int32Array.from(from), to: Int32Array.from(to) };
}

/** Rows of `right` grouped by `left` (each row a group whose members are all tied). */
function groups(nLeft: number, left: Int32Array, right: Int32Array): Int32Array[] {
  const rows = buildRows(nLeft, left, right);
  return Array.from({ length: nLeft }, (_, a) => rows.targets.subarray(rows.offsets[a], rows.offsets[a + 1]));
}

/** What one rewired copy is made of, and how to make the next. */
interface UndirectedSetup {
  ids: string[];
  edges: number;
  /** rewires a fresh copy with the stream and returns its links and accepted swaps */
  replicate: (random: () => number, attemptsPerEdge: number) => { links: TieLinks; accepted: number };
  observed: TieLinks;
}

function edgesSetup(projection: NetworkProjection, graph: 'TIE' | 'ACTOR'): UndirectedSetup {
  const csr = graph === 'TIE' ? tieAdjacency(projection) : actorAdjacency(projection);
  const us: number[] = [];
  const vs: number[] = [];
  for (let u = 0; u < csr.ids.length; u++) {
    for (let e = csr.offsets[u]!; e < csr.offsets[u + 1]!; e++) {
      if (csr.targets[e]! > u) {
        us.push(u);
        vs.push(csr.targets[e]!);
      }
    }
  }
  const n = csr.ids.length;
  const links = (from: Int32Array, to: Int32Array): TieLinks => ({
    initiatives: n,
    ampFrom: from,
    ampTo: to,
    members: [],
  });
  const from = Int32Array.from(us);
  const to = Int32Array.from(vs);
  return {
    ids: csr.ids,
    edges: from.length,
    observed: links(from, to),
    replicate: (random, perEdge) => {
      const a = from.slice();
      const b = to.slice();
      const accepted = undirectedSwaps(n, a, b, perEdge * a.length, random);
      return { links: links(a, b), accepted };
    },
  };
}

/** LAYERS on T (pairs = amplifications, groups = each actor's initiatives) or G (influences, each initiative's actors). */
function layersSetup(projection: NetworkProjection, graph: 'TIE' | 'ACTOR'): UndirectedSetup {
  const initiativeIndex = indexOf(projection.initiatives.map((i) => i.id));
  const actorIndex = indexOf(projection.actors.map((a) => a.id));
  const actors: number[] = [];
  const initiatives: number[] = [];
  const seen = new Set<number>();
  const nI = initiativeIndex.size;
  for (const e of projection.involvements) {
    const a = actorIndex.get(e.actorId);
    const i = initiativeIndex.get(e.initiativeId);
    if (a === undefined || i === undefined || seen.has(a * nI + i)) continue;
    seen.add(a * nI + i);
    actors.push(a);
    initiatives.push(i);
  }
  const left = Int32Array.from(actors);
  const right = Int32Array.from(initiatives);
  const tie = graph === 'TIE';
  const ids = tie ? projection.initiatives.map((i) => i.id) : projection.actors.map((a) => a.id);
  const layer = tie
    ? pairs(projection.amplifications, initiativeIndex, false)
    : pairs(projection.influences, actorIndex, false);
  const n = ids.length;
  const links = (l: Int32Array, r: Int32Array, from: Int32Array, to: Int32Array): TieLinks => ({
    initiatives: n,
    ampFrom: from,
    ampTo: to,
    members: tie ? groups(actorIndex.size, l, r) : groups(nI, r, l),
  });
  return {
    ids,
    edges: left.length + layer.from.length,
    observed: links(left, right, layer.from, layer.to),
    replicate: (random, perEdge) => {
      const r = right.slice();
      const from = layer.from.slice();
      const to = layer.to.slice();
      const accepted =
        bipartiteSwaps(nI, left, r, perEdge * r.length, random) +
        undirectedSwaps(n, from, to, perEdge * from.length, random);
      return { links: links(left, r, from, to), accepted };
    },
  };
}

function cascadeValues(means: CascadeMeans, measures: readonly NullMeasure[]): number[] {
  return measures.map((m) => (m === 'MEAN_CASCADE_DEPTH' ? means.meanDepth : means.meanVirality));
}

function binValue(means: CascadeMeans, bin: string, measure: NullMeasure): number {
  const slot = means.bins.get(bin);
  if (!slot) return Number.NaN;
  return (measure === 'MEAN_CASCADE_DEPTH' ? slot.depth : slot.virality) / slot.cascades;
}

function amplificationBands(projection: NetworkProjection, options: NullModelOptions): NullModelResult {
  const index = indexOf(projection.initiatives.map((i) => i.id));
  const a = pairs(projection.amplifications, index, true);
  const n = index.size;
  const indexOfPairs = (from: Int32Array, to: Int32Array) =>
    buildAmplificationIndex({
      ...projection,
      amplifications: Array.from(from, (u, k) => ({
        from: projection.initiatives[u]!.id,
        to: projection.initiatives[to[k]!]!.id,
        mode: 'SPREADING' as const,
        on: null,
      })),
    });
  const observed = cascadeMeans(indexOfPairs(a.from, a.to));
  const samples: CascadeMeans[] = [];
  let accepted = 0;
  for (let r = 0; r < options.replicates; r++) {
    const to = a.to.slice();
    accepted += directedSwaps(n, a.from, to, options.swapsPerEdge * to.length, replicateRandom(options.seed, r));
    samples.push(cascadeMeans(indexOfPairs(a.from, to)));
  }
  const observedValues = cascadeValues(observed, options.measures);
  const bands = options.measures.map((measure, k) => ({
    measure,
    ...band(
      observedValues[k]!,
      samples.map((s) => cascadeValues(s, [measure])[0]!),
    ),
    bins: SIZE_BINS.filter((bin) => observed.bins.has(bin)).map((bin) => {
      const values = samples.map((s) => binValue(s, bin, measure)).filter((x) => !Number.isNaN(x));
      return { bin, cascades: observed.bins.get(bin)!.cascades, ...band(binValue(observed, bin, measure), values) };
    }),
  }));
  const attempts = options.swapsPerEdge * a.from.length * options.replicates;
  return result(options, a.from.length, attempts === 0 ? 0 : accepted / attempts, bands);
}

function result(options: NullModelOptions, edges: number, acceptedShare: number, bands: NullBand[]): NullModelResult {
  const { graph, method, replicates, swapsPerEdge, seed } = options;
  return { graph, method, replicates, swapsPerEdge, seed, edges, acceptedShare, bands };
}

/** The observed figures beside their null bands (see the file header). */
export function nullModelBands(projection: NetworkProjection, options: NullModelOptions): NullModelResult {
  if (options.graph === 'AMPLIFICATION') return amplificationBands(projection, options);
  const setup =
    options.method === 'EDGES' ? edgesSetup(projection, options.graph) : layersSetup(projection, options.graph);
  const observed = undirectedMeasures(setup.ids, setup.observed, options.measures);
  const values = options.measures.map(() => new Float64Array(options.replicates));
  let accepted = 0;
  for (let r = 0; r < options.replicates; r++) {
    const copy = setup.replicate(replicateRandom(options.seed, r), options.swapsPerEdge);
    accepted += copy.accepted;
    undirectedMeasures(setup.ids, copy.links, options.measures).forEach((x, k) => (values[k]![r] = x));
  }
  const bands = options.measures.map((measure, k) => ({ measure, ...band(observed[k]!, values[k]!), bins: [] }));
  const attempts = options.swapsPerEdge * setup.edges * options.replicates;
  return result(options, setup.edges, attempts === 0 ? 0 : accepted / attempts, bands);
}
