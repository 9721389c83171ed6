/**
 * The engine's one seeded random stream: mulberry32, tiny, fast and fixed, so answers never change
 * with a library version. {@link seededRandom} seeds from a whole number (betweenness pivots,
 * Louvain); {@link seedFromText} turns any number into a seed by its text (the demo generator: 1,
 * 1.5 and -1 give different streams).
 */

/** the default seed of every seeded choice (Weick's small wins paper is from 1984) */
export const DEFAULT_SEED = 1984;

/** mulberry32 from a 32-bit state; the state is advanced before each draw */
export function mulberry32(state: number): () => number {
  return () => {
    let t = (state = (state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** uniform in [0, 1), from a whole-number seed */
export function seededRandom(seed: number): () => number {
  return mulberry32((Math.imul(seed | 0, 0x9e3779b1) ^ 0x6d2b79f5) >>> 0);
}

/** FNV-1a over the number's text, as a 32-bit state for {@link mulberry32} */
export function seedFromText(seed: number): number {
  let h = 0x811c9dc5;
  for (const ch of String(seed)) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
