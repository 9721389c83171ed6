import type { AmplificationIndex } from './cascade-index.js';

/**
 * The measures every cascade has (cascade.ts asks for one, listCascades for all): generations,
 * depth, breadth, structural virality, regions reached and edges by mode. Each function reads the
 * BFS generations the index's scratch holds for the cascade's nodes (`order`).
 */

export interface ModeCounts {
  deepening: number;
  broadening: number;
  spreading: number;
}

export interface CoreMeasures {
  order: number[];
  generations: number[];
  depth: number;
  maxBreadth: number;
  structuralVirality: number;
  regionsReached: number;
  byMode: ModeCounts;
}

/** measures shared by computeCascade and listCascades; scratch must hold the BFS generations of `order` */
export function coreMeasures(index: AmplificationIndex, order: number[], mask: number): CoreMeasures {
  const { scratch, outStart, outTarget, outMode, initiatives } = index;
  const generations: number[] = [];
  for (const u of order) {
    const g = scratch[u]!;
    generations[g] = (generations[g] ?? 0) + 1;
  }
  const byMode: ModeCounts = { deepening: 0, broadening: 0, spreading: 0 };
  const regions = new Set<string>();
  for (const u of order) {
    const region = initiatives[u]!.region;
    if (region) regions.add(region);
    for (let e = outStart[u]!; e < outStart[u + 1]!; e++) {
      const m = outMode[e]!;
      if ((m & mask) === 0 || scratch[outTarget[e]!] === -1) continue;
      if (m === 1) byMode.deepening += 1;
      else if (m === 2) byMode.broadening += 1;
      else byMode.spreading += 1;
    }
  }
  return {
    order,
    generations,
    depth: generations.length - 1,
    maxBreadth: Math.max(...generations),
    structuralVirality: structuralVirality(index, order, mask),
    regionsReached: regions.size,
    byMode,
  };
}

/**
 * The undirected graph induced on `order` by A's edges in the mask (every such edge, not only the
 * BFS tree), over local ids (positions in `order`), and its number of distinct pairs.
 */
function inducedNeighbours(index: AmplificationIndex, order: number[], mask: number) {
  const n = order.length;
  const { scratch, outStart, outTarget, outMode, inStart, inTarget, inMode } = index;
  // local ids: position in BFS order; scratch holds generations, so use a local map
  const local = new Map<number, number>();
  order.forEach((u, i) => local.set(u, i));
  const neighbours: number[][] = order.map(() => []);
  const seenPair = new Set<number>();
  let pairs = 0;
  const addPair = (a: number, b: number): void => {
    const key = a < b ? a * n + b : b * n + a;
    if (seenPair.has(key)) return;
    seenPair.add(key);
    pairs += 1;
    neighbours[a]!.push(b);
    neighbours[b]!.push(a);
  };
  for (let i = 0; i < n; i++) {
    const u = order[i]!;
    for (let e = outStart[u]!; e < outStart[u + 1]!; e++) {
      if ((outMode[e]! & mask) === 0 || scratch[outTarget[e]!] === -1) continue;
      addPair(i, local.get(outTarget[e]!)!);
    }
    for (let e = inStart[u]!; e < inStart[u + 1]!; e++) {
      if ((inMode[e]! & mask) === 0 || scratch[inTarget[e]!] === -1) continue;
      addPair(i, local.get(inTarget[e]!)!);
    }
  }
  return { neighbours, pairs };
}

/** Σ over unordered pairs of distances in a tree: Σ over edges of s·(n−s) (s = nodes on one side), O(n). */
function treeDistanceSum(neighbours: readonly number[][]): number {
  const n = neighbours.length;
  // root it at 0 (BFS order is a valid order: parents come before children)
  const parent = new Int32Array(n).fill(-1);
  const visitOrder: number[] = [0];
  const seen = new Uint8Array(n);
  seen[0] = 1;
  for (let head = 0; head < visitOrder.length; head++) {
    const u = visitOrder[head]!;
    for (const v of neighbours[u]!) {
      if (seen[v]) continue;
      seen[v] = 1;
      parent[v] = u;
      visitOrder.push(v);
    }
  }
  let total = 0;
  const subtree = new Float64Array(n).fill(1);
  for (let k = n - 1; k > 0; k--) {
    const v = visitOrder[k]!;
    const s = subtree[v]!;
    total += s * (n - s);
    subtree[parent[v]!]! += s;
  }
  return total;
}

/** Σ over unordered pairs of BFS distances, one BFS per node, O(n·m). */
function graphDistanceSum(neighbours: readonly number[][]): number {
  const n = neighbours.length;
  let total = 0;
  const dist = new Int32Array(n);
  const queue = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    dist.fill(-1);
    dist[s] = 0;
    queue[0] = s;
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const u = queue[head]!;
      const d = dist[u]! + 1;
      for (const v of neighbours[u]!) {
        if (dist[v] !== -1) continue;
        dist[v] = d;
        if (v > s) total += d;
        queue[tail++] = v;
      }
    }
  }
  return total;
}

/**
 * Mean shortest-path distance over all unordered pairs of `order`, in the undirected graph induced
 * on them by A's edges in the mask. The induced graph is connected (it contains the BFS tree).
 * When it is a tree (n-1 distinct undirected pairs) the sum is O(n); otherwise one BFS per node.
 */
export function structuralVirality(index: AmplificationIndex, order: number[], mask: number): number {
  const n = order.length;
  if (n <= 1) return 0;
  const { neighbours, pairs } = inducedNeighbours(index, order, mask);
  const total = pairs === n - 1 ? treeDistanceSum(neighbours) : graphDistanceSum(neighbours);
  return total / ((n * (n - 1)) / 2);
}
