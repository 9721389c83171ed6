/**
 * Degree-preserving rewiring by double edge swaps (Maslov & Sneppen 2002), in place, seeded.
 * Each attempt picks two edges uniformly at random and exchanges an end of each; it is refused
 * when it would make a self-loop or an edge that is already there, so the graph stays simple and
 * every node keeps its degree (in- and out-degree for directed edges, each side's degree for a
 * bipartite graph). The caller sets the number of attempts (swaps per edge × edges) and gets the
 * number accepted back. Edge keys live in a Set of numbers (u·n + v < 2^53 for n < 9·10^7).
 */

/** Undirected simple edges us[k]–vs[k] over nodes 0..n-1: u–v, x–y become u–x, v–y (or u–y, v–x). */
export function undirectedSwaps(
  n: number,
  us: Int32Array,
  vs: Int32Array,
  attempts: number,
  random: () => number,
): number {
  const m = us.length;
  if (m < 2) return 0;
  const key = (a: number, b: number) => (a < b ? a * n + b : b * n + a);
  const edges = new Set<number>();
  for (let k = 0; k < m; k++) edges.add(key(us[k]!, vs[k]!));
  let accepted = 0;
  for (let t = 0; t < attempts; t++) {
    const e = Math.floor(random() * m);
    const f = Math.floor(random() * m);
    if (e === f) continue;
    const u = us[e]!;
    const v = vs[e]!;
    let x = us[f]!;
    let y = vs[f]!;
    if (random() < 0.5) [x, y] = [y, x];
    if (u === x || v === y || u === y || v === x) continue;
    const ux = key(u, x);
    const vy = key(v, y);
    if (edges.has(ux) || edges.has(vy)) continue;
    edges.delete(key(u, v));
    edges.delete(key(x, y));
    edges.add(ux);
    edges.add(vy);
    us[e] = u;
    vs[e] = x;
    us[f] = v;
    vs[f] = y;
    accepted += 1;
  }
  return accepted;
}

/** Bipartite edges left[k]–right[k] (right ends numbered 0..nRight-1): the right ends of two edges are exchanged. */
export function bipartiteSwaps(
  nRight: number,
  left: Int32Array,
  right: Int32Array,
  attempts: number,
  random: () => number,
): number {
  const m = left.length;
  if (m < 2) return 0;
  const key = (a: number, b: number) => a * nRight + b;
  const edges = new Set<number>();
  for (let k = 0; k < m; k++) edges.add(key(left[k]!, right[k]!));
  let accepted = 0;
  for (let t = 0; t < attempts; t++) {
    const e = Math.floor(random() * m);
    const f = Math.floor(random() * m);
    const a = left[e]!;
    const b = left[f]!;
    const i = right[e]!;
    const j = right[f]!;
    if (a === b || i === j) continue;
    if (edges.has(key(a, j)) || edges.has(key(b, i))) continue;
    edges.delete(key(a, i));
    edges.delete(key(b, j));
    edges.add(key(a, j));
    edges.add(key(b, i));
    right[e] = j;
    right[f] = i;
    accepted += 1;
  }
  return accepted;
}

/** Directed edges from[k]→to[k]: a→b, c→d become a→d, c→b (out- and in-degrees kept; no self-loops, no repeats). */
export function directedSwaps(
  n: number,
  from: Int32Array,
  to: Int32Array,
  attempts: number,
  random: () => number,
): number {
  const m = from.length;
  if (m < 2) return 0;
  const key = (a: number, b: number) => a * n + b;
  const edges = new Set<number>();
  for (let k = 0; k < m; k++) edges.add(key(from[k]!, to[k]!));
  let accepted = 0;
  for (let t = 0; t < attempts; t++) {
    const e = Math.floor(random() * m);
    const f = Math.floor(random() * m);
    const a = from[e]!;
    const b = to[e]!;
    const c = from[f]!;
    const d = to[f]!;
    if (e === f || a === d || c === b || b === d) continue;
    if (edges.has(key(a, d)) || edges.has(key(c, b))) continue;
    edges.delete(key(a, b));
    edges.delete(key(c, d));
    edges.add(key(a, d));
    edges.add(key(c, b));
    to[e] = d;
    to[f] = b;
    accepted += 1;
  }
  return accepted;
}
