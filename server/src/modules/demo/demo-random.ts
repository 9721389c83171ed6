import { mulberry32, seedFromText } from '../analytics/engine/core/random.js';

/**
 * Randomness of the demo generator: a seeded stream (the engine's one mulberry32, seeded from
 * the seed's text, so 1, 1.5 and -1 all give different streams) with the draws the generator
 * needs, and fixed discrete distributions. Fixed code, so the output never changes with a library
 * version.
 */
export class Random {
  /** uniform in [0, 1) */
  readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seedFromText(seed));
    for (let i = 0; i < 4; i++) this.next();
  }

  /** whole number in [lo, hi] */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  index(length: number): number {
    return Math.floor(this.next() * length);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.index(items.length)] as T;
  }

  /** number rounded to 2 decimals in [lo, hi] */
  round2(lo: number, hi: number): number {
    return Math.round((lo + this.next() * (hi - lo)) * 100) / 100;
  }
}

/** A fixed discrete distribution over indices 0…n-1 (or over given values). */
export class Weighted<T = number> {
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(
    weights: readonly number[],
    private readonly values?: readonly T[],
  ) {
    let sum = 0;
    for (const w of weights) this.cumulative.push((sum += w));
    this.total = sum;
  }

  /** Builds a distribution from a record of value → weight (in insertion order). */
  static of<K extends string>(weights: Partial<Record<K, number>>): Weighted<K> {
    const entries = Object.entries(weights) as [K, number][];
    return new Weighted<K>(
      entries.map(([, w]) => w),
      entries.map(([k]) => k),
    );
  }

  get size(): number {
    return this.cumulative.length;
  }

  indexFrom(rng: Random): number {
    const x = rng.next() * this.total;
    const c = this.cumulative;
    let lo = 0;
    let hi = c.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (x < (c[mid] as number)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  from(rng: Random): T {
    const i = this.indexFrom(rng);
    return (this.values ? this.values[i] : i) as T;
  }
}

export function clamp(x: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, x));
}

export function sum(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}
