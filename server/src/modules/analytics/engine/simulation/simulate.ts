import type { AmplificationMode } from '../../../../domain/network.types.js';
import { compareText } from '../core/counts.js';
import { mean, quantileSorted, sortedCopy, standardDeviation } from '../core/stats.js';
import type { NetworkProjection } from '../projection.js';
import { RunScratch, runSpread, type SpreadModel } from './models.js';
import {
  buildSpreadGraph,
  estimateProbabilities,
  tieIndexes,
  type EstimatedProbabilities,
  type SpreadGraph,
  type SpreadGraphKind,
} from './spread-graph.js';
import { runKey } from './streams.js';

/**
 * The introduction simulator: N seeded runs of a spread model (models.ts) from chosen seeds on T
 * or A (spread-graph.ts), summarised as the mean and 90% interval (5th–95th percentile) of the
 * final reach, the reach after each step, the regions reached and the initiatives reached most
 * often. With added ties, every run is played twice on the same coins (streams.ts: common random
 * numbers), without and with the ties, and the gain is the paired difference: its mean with a 90%
 * confidence interval (mean ± 1.645·sd/√N), and the share of runs it helped or hurt.
 */

export interface SimulationOptions {
  model: SpreadModel;
  graph: SpreadGraphKind;
  modes?: readonly AmplificationMode[] | null;
  seeds: readonly string[];
  /** one probability for every edge; omitted = estimated per mode */
  probability?: number | null;
  runs: number;
  seed: number;
  /** SI: steps simulated; IC and LT: the most steps (they stop earlier when nothing changes) */
  steps: number;
  addTies?: readonly (readonly [string, string])[];
  /** initiatives reached most often: how many to list */
  top?: number;
}

export interface ReachSummary {
  mean: number;
  /** 5th and 95th percentiles: the 90% interval of the final reach */
  low: number;
  high: number;
  min: number;
  max: number;
}

export interface StepBand {
  step: number;
  mean: number;
  low: number;
  high: number;
}

export interface ReachCount {
  reach: number;
  runs: number;
}

export interface GainSummary {
  /** mean of the paired differences (with − without) */
  mean: number;
  /** 90% confidence interval of that mean */
  low: number;
  high: number;
  /** share of runs where the ties added reach, and where they took some away (LT only) */
  gainedShare: number;
  lostShare: number;
}

export interface SimulationResult {
  model: SpreadModel;
  graph: SpreadGraphKind;
  runs: number;
  seed: number;
  steps: number;
  seeds: string[];
  /** the one probability used, when the user gave it */
  probability: number | null;
  /** the per-mode estimate, when probabilities were estimated */
  estimated: EstimatedProbabilities | null;
  /** directed edges of the graph run on */
  edges: number;
  reach: ReachSummary;
  curve: StepBand[];
  distribution: ReachCount[];
  regions: { region: string; meanReached: number; share: number }[];
  top: { initiativeId: string; share: number }[];
  comparison: {
    addedTies: [string, string][];
    withTies: ReachSummary;
    curve: StepBand[];
    distribution: ReachCount[];
    gain: GainSummary;
  } | null;
}

/** What the runs of one graph leave behind. */
class Tally {
  readonly reaches: Float64Array;
  readonly curves: number[][] = [];
  readonly hits: Int32Array;
  readonly regionSum: Float64Array;
  readonly regionRuns: Int32Array;
  private readonly regionRun: Int32Array;

  constructor(
    runs: number,
    private readonly g: SpreadGraph,
  ) {
    this.reaches = new Float64Array(runs);
    this.hits = new Int32Array(g.n);
    this.regionSum = new Float64Array(g.regions.length);
    this.regionRuns = new Int32Array(g.regions.length);
    this.regionRun = new Int32Array(g.regions.length);
  }

  add(run: number, adopters: Int32Array, size: number, curve: number[]): void {
    this.reaches[run] = size;
    this.curves.push(curve);
    this.regionRun.fill(0);
    for (let k = 0; k < size; k++) {
      const v = adopters[k]!;
      this.hits[v]! += 1;
      const r = this.g.region[v]!;
      if (r >= 0) this.regionRun[r]! += 1;
    }
    for (let r = 0; r < this.regionRun.length; r++) {
      this.regionSum[r]! += this.regionRun[r]!;
      if (this.regionRun[r]! > 0) this.regionRuns[r]! += 1;
    }
  }
}

function summarise(values: ArrayLike<number>): ReachSummary {
  const sorted = sortedCopy(values);
  return {
    mean: mean(sorted),
    low: quantileSorted(sorted, 0.05),
    high: quantileSorted(sorted, 0.95),
    min: sorted[0] ?? 0,
    max: sorted[sorted.length - 1] ?? 0,
  };
}

/** Per step: mean and 5th–95th percentiles over runs (a run that stopped keeps its final reach). */
function curveBands(curves: readonly number[][], steps: number): StepBand[] {
  const longest = Math.min(steps, Math.max(0, ...curves.map((c) => c.length - 1)));
  const bands: StepBand[] = [];
  const column = new Float64Array(curves.length);
  for (let step = 0; step <= longest; step++) {
    curves.forEach((c, r) => (column[r] = c[Math.min(step, c.length - 1)]!));
    const s = summarise(column);
    bands.push({ step, mean: s.mean, low: s.low, high: s.high });
  }
  return bands;
}

function distributionOf(values: ArrayLike<number>): ReachCount[] {
  const counts = new Map<number, number>();
  for (let i = 0; i < values.length; i++) counts.set(values[i]!, (counts.get(values[i]!) ?? 0) + 1);
  return [...counts].map(([reach, runs]) => ({ reach, runs })).sort((a, b) => a.reach - b.reach);
}

/** Paired differences with − without (see the file header). */
export function gainOf(without: ArrayLike<number>, withTies: ArrayLike<number>): GainSummary {
  const n = without.length;
  const diff = new Float64Array(n);
  let gained = 0;
  let lost = 0;
  for (let r = 0; r < n; r++) {
    diff[r] = withTies[r]! - without[r]!;
    if (diff[r]! > 0) gained += 1;
    if (diff[r]! < 0) lost += 1;
  }
  const m = mean(diff);
  const half = n > 1 ? (1.645 * standardDeviation(diff)) / Math.sqrt(n) : 0;
  return { mean: m, low: m - half, high: m + half, gainedShare: gained / n, lostShare: lost / n };
}

function seedIndexes(g: SpreadGraph, seeds: readonly string[]): number[] {
  return tieIndexes(
    g.indexOf,
    seeds.map((s) => [s, s] as const),
  ).map(([u]) => u);
}

/** N runs on one graph (or two, with and without the added ties, on the same coins). */
function play(
  options: Pick<SimulationOptions, 'model' | 'runs' | 'seed' | 'steps'>,
  graphs: SpreadGraph[],
  seeds: number[],
): Tally[] {
  const tallies = graphs.map((g) => new Tally(options.runs, g));
  const scratch = new RunScratch(graphs[0]!.n);
  for (let run = 0; run < options.runs; run++) {
    const key = runKey(options.seed, run);
    graphs.forEach((g, k) => {
      const outcome = runSpread(options.model, g, seeds, key, options.steps, scratch);
      tallies[k]!.add(run, outcome.adopters, outcome.size, outcome.curve);
      scratch.reset(outcome.adopters, outcome.size);
    });
  }
  return tallies;
}

/** Runs the simulation (see the file header). Unknown seeds or tie ends are UnknownInitiativeError. */
export function simulateSpread(projection: NetworkProjection, options: SimulationOptions): SimulationResult {
  const base = buildSpreadGraph(projection, { ...options, addTies: [] });
  const seeds = seedIndexes(base, options.seeds);
  const added = (options.addTies ?? []).map(([a, b]) => [a, b] as [string, string]);
  const graphs = added.length > 0 ? [base, buildSpreadGraph(projection, options)] : [base];
  const [without, withTies] = play(options, graphs, seeds);
  const isSeed = new Set(seeds);
  const top = [...without!.hits]
    .map((hits, v) => ({ v, hits }))
    .filter((x) => x.hits > 0 && !isSeed.has(x.v))
    .sort((a, b) => b.hits - a.hits || compareText(base.ids[a.v]!, base.ids[b.v]!))
    .slice(0, options.top ?? 10)
    .map((x) => ({ initiativeId: base.ids[x.v]!, share: x.hits / options.runs }));
  const regions = base.regions
    .map((region, r) => ({
      region,
      meanReached: without!.regionSum[r]! / options.runs,
      share: without!.regionRuns[r]! / options.runs,
    }))
    .filter((r) => r.share > 0)
    .sort((a, b) => b.meanReached - a.meanReached || compareText(a.region, b.region));
  const usesProbabilities = options.model !== 'LINEAR_THRESHOLD';
  return {
    model: options.model,
    graph: options.graph,
    runs: options.runs,
    seed: options.seed,
    steps: options.steps,
    seeds: seeds.map((v) => base.ids[v]!),
    probability: usesProbabilities ? (options.probability ?? null) : null,
    estimated:
      usesProbabilities && (options.probability === undefined || options.probability === null)
        ? estimateProbabilities(projection)
        : null,
    edges: base.target.length,
    reach: summarise(without!.reaches),
    curve: curveBands(without!.curves, options.steps),
    distribution: distributionOf(without!.reaches),
    regions,
    top,
    comparison: withTies
      ? {
          addedTies: added,
          withTies: summarise(withTies.reaches),
          curve: curveBands(withTies.curves, options.steps),
          distribution: distributionOf(withTies.reaches),
          gain: gainOf(without!.reaches, withTies.reaches),
        }
      : null,
  };
}

export interface IntroductionGainOptions extends Omit<SimulationOptions, 'seeds' | 'addTies' | 'top'> {
  initiativeId: string;
  candidateIds: readonly string[];
}

export interface IntroductionGain {
  candidateId: string;
  /** mean reach from the initiative without and with the tie to the candidate */
  reachWithout: number;
  reachWith: number;
  gain: GainSummary;
}

/**
 * For an initiative and candidate partners (the radar's suggestions): the gain in reach of a win
 * seeded at the initiative if it were tied to each candidate, every candidate on the same coins.
 * Ordered by mean gain, descending, ties by candidate id.
 */
export function introductionGains(projection: NetworkProjection, options: IntroductionGainOptions): IntroductionGain[] {
  const base = buildSpreadGraph(projection, { ...options, addTies: [] });
  const seeds = seedIndexes(base, [options.initiativeId]);
  const [without] = play(options, [base], seeds);
  const candidates = [...new Set(options.candidateIds)].filter((c) => c !== options.initiativeId);
  return candidates
    .map((candidateId) => {
      const g = buildSpreadGraph(projection, { ...options, addTies: [[options.initiativeId, candidateId]] });
      const [withTie] = play(options, [g], seeds);
      return {
        candidateId,
        reachWithout: mean(without!.reaches),
        reachWith: mean(withTie!.reaches),
        gain: gainOf(without!.reaches, withTie!.reaches),
      };
    })
    .sort((a, b) => b.gain.mean - a.gain.mean || compareText(a.candidateId, b.candidateId));
}
