/**
 * Common random numbers for the simulator: every random choice of a run is a hash of (seed, run,
 * what is decided), not the next draw of a stream. The coin of the tie u→v in run r is the same
 * number whether or not another tie was added, so "with" and "without" an introduction differ
 * only by what the new tie does, never by reshuffled luck (the variance of the difference is
 * that of the effect, not of two independent samples). murmur3's 32-bit finaliser mixes the
 * parts; uniform in [0, 1).
 */

/** murmur3 fmix32 */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The key of run `run` under `seed`: every coin of that run derives from it. */
export function runKey(seed: number, run: number): number {
  return mix32((seed | 0) ^ mix32(Math.imul(run + 1, 0x9e3779b1)));
}

const TO_UNIT = 1 / 4294967296;

/** The coin of the directed tie u→v in a run, uniform in [0, 1). */
export function tieCoin(key: number, u: number, v: number): number {
  return mix32(key ^ mix32(Math.imul(u, 0x27d4eb2f) ^ mix32(v + 0x165667b1))) * TO_UNIT;
}

/** The coin of u→v at step `step` (SI: a tie gets a new chance every step). */
export function stepCoin(key: number, u: number, v: number, step: number): number {
  return (
    mix32(mix32(key ^ Math.imul(step + 1, 0x85ebca77)) ^ mix32(Math.imul(u, 0x27d4eb2f) ^ mix32(v + 0x165667b1))) *
    TO_UNIT
  );
}

/** Node v's threshold in a run (linear threshold), uniform in (0, 1]: a node with no adopting neighbour never adopts. */
export function nodeThreshold(key: number, v: number): number {
  return 1 - mix32(mix32(key ^ 0x6a09e667) ^ mix32(Math.imul(v, 0x9e3779b1))) * TO_UNIT;
}
