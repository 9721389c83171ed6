import type { SpreadGraph } from './spread-graph.js';
import { nodeThreshold, stepCoin, tieCoin } from './streams.js';

/**
 * One run of a spread model from the seeds, on a {@link SpreadGraph}, with the run's coins from
 * streams.ts (common random numbers). Each model fills `activeAt` (the step a node adopted,
 * −1 = never; seeds 0) and returns the number of adopters after each step, step 0 = the seeds.
 * Steps are synchronous: what adopts at step t acts from step t + 1.
 *
 *  - INDEPENDENT_CASCADE (Kempe, Kleinberg & Tardos 2003; NDlib's IndependentCascadesModel): a
 *    node that adopted at step t gets one chance, at t + 1, to pass the win along each of its
 *    edges, with the edge's probability.
 *  - LINEAR_THRESHOLD (NDlib's ThresholdModel with thresholds drawn per run): every node draws a
 *    threshold θ uniform in (0, 1]; it adopts when the share of its in-neighbours that adopted
 *    reaches θ (each in-neighbour weighs 1 / in-degree). Edge probabilities play no part.
 *  - SUSCEPTIBLE_INFECTED (NDlib's SIModel, tp_rate = 1): every step, each adopter passes the win
 *    along each edge to a node that has not adopted with the edge's probability, so a node with k
 *    adopting in-neighbours adopts with 1 − (1 − p)^k; stops after `steps` steps.
 * IC and LT stop when a step adds nobody (or after `steps`, a cap that the answer reports).
 */

export type SpreadModel = 'INDEPENDENT_CASCADE' | 'LINEAR_THRESHOLD' | 'SUSCEPTIBLE_INFECTED';

/** Scratch arrays of one simulation, reused run after run. */
export class RunScratch {
  readonly activeAt: Int32Array;
  readonly count: Int32Array;
  readonly touched: Int32Array;
  readonly candidates: Int32Array;
  readonly mark: Int32Array;
  private stamp = 0;

  constructor(n: number) {
    this.activeAt = new Int32Array(n).fill(-1);
    this.count = new Int32Array(n);
    this.touched = new Int32Array(n);
    this.candidates = new Int32Array(n);
    this.mark = new Int32Array(n);
  }

  /** a fresh mark value (for "seen in this step") */
  nextStamp(): number {
    this.stamp += 1;
    return this.stamp;
  }

  /** clears what a run set, given the adopters it listed */
  reset(adopters: readonly number[] | Int32Array, length = adopters.length): void {
    for (let k = 0; k < length; k++) this.activeAt[adopters[k]!] = -1;
  }
}

export interface RunOutcome {
  /** adopters in the order they adopted (seeds first) */
  adopters: Int32Array;
  size: number;
  /** adopters after each step: curve[0] = seeds, curve[t] = after step t */
  curve: number[];
}

function seedRun(g: SpreadGraph, seeds: readonly number[], s: RunScratch): { list: Int32Array; size: number } {
  const list = new Int32Array(g.n);
  let size = 0;
  for (const v of seeds) {
    if (s.activeAt[v] === -1) {
      s.activeAt[v] = 0;
      list[size++] = v;
    }
  }
  return { list, size };
}

function independentCascade(
  g: SpreadGraph,
  seeds: readonly number[],
  key: number,
  steps: number,
  s: RunScratch,
): RunOutcome {
  const { list, size: seeded } = seedRun(g, seeds, s);
  let size = seeded;
  const curve = [size];
  let head = 0;
  for (let step = 1; step <= steps && head < size; step++) {
    const end = size;
    for (; head < end; head++) {
      const u = list[head]!;
      for (let e = g.start[u]!; e < g.start[u + 1]!; e++) {
        const v = g.target[e]!;
        if (s.activeAt[v] !== -1) continue;
        if (tieCoin(key, u, v) < g.prob[e]!) {
          s.activeAt[v] = step;
          list[size++] = v;
        }
      }
    }
    if (size === end) break;
    curve.push(size);
  }
  return { adopters: list, size, curve };
}

function linearThreshold(
  g: SpreadGraph,
  seeds: readonly number[],
  key: number,
  steps: number,
  s: RunScratch,
): RunOutcome {
  const { list, size: seeded } = seedRun(g, seeds, s);
  let size = seeded;
  const curve = [size];
  let head = 0;
  let touchedCount = 0;
  for (let step = 1; step <= steps && head < size; step++) {
    const end = size;
    const stamp = s.nextStamp();
    let candidates = 0;
    for (; head < end; head++) {
      const u = list[head]!;
      for (let e = g.start[u]!; e < g.start[u + 1]!; e++) {
        const v = g.target[e]!;
        if (s.activeAt[v] !== -1) continue;
        if (s.count[v] === 0) s.touched[touchedCount++] = v;
        s.count[v]! += 1;
        if (s.mark[v] !== stamp) {
          s.mark[v] = stamp;
          s.candidates[candidates++] = v;
        }
      }
    }
    for (let k = 0; k < candidates; k++) {
      const v = s.candidates[k]!;
      if (s.count[v]! / g.inDegree[v]! >= nodeThreshold(key, v)) {
        s.activeAt[v] = step;
        list[size++] = v;
      }
    }
    if (size === end) break;
    curve.push(size);
  }
  for (let k = 0; k < touchedCount; k++) s.count[s.touched[k]!] = 0;
  return { adopters: list, size, curve };
}

function susceptibleInfected(
  g: SpreadGraph,
  seeds: readonly number[],
  key: number,
  steps: number,
  s: RunScratch,
): RunOutcome {
  const { list, size: seeded } = seedRun(g, seeds, s);
  let size = seeded;
  const curve = [size];
  for (let step = 1; step <= steps; step++) {
    const end = size;
    for (let k = 0; k < end; k++) {
      const u = list[k]!;
      for (let e = g.start[u]!; e < g.start[u + 1]!; e++) {
        const v = g.target[e]!;
        // adopted before this step: no chance needed; adopted in this step: already in
        if (s.activeAt[v] !== -1) continue;
        if (stepCoin(key, u, v, step) < g.prob[e]!) {
          s.activeAt[v] = step;
          list[size++] = v;
        }
      }
    }
    curve.push(size);
  }
  return { adopters: list, size, curve };
}

/** One run (see the file header); the caller resets the scratch with the outcome's adopters. */
export function runSpread(
  model: SpreadModel,
  g: SpreadGraph,
  seeds: readonly number[],
  key: number,
  steps: number,
  scratch: RunScratch,
): RunOutcome {
  switch (model) {
    case 'INDEPENDENT_CASCADE':
      return independentCascade(g, seeds, key, steps, scratch);
    case 'LINEAR_THRESHOLD':
      return linearThreshold(g, seeds, key, steps, scratch);
    case 'SUSCEPTIBLE_INFECTED':
      return susceptibleInfected(g, seeds, key, steps, scratch);
  }
}
