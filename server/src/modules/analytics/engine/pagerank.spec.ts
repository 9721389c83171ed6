import { buildRows } from './core/csr.js';
import {
  DIRECT_SOLVE_SIZE,
  directedPagerankGraph,
  pagerank,
  stronglyConnected,
  undirectedPagerankGraph,
  type PagerankGraph,
} from './pagerank.js';

const ALPHA = 0.85;

/** A directed graph over named nodes; edges [from, to, weight = 1]. */
function directed(nodes: string, edges: [string, string, number?][]): PagerankGraph {
  const at = (c: string) => nodes.indexOf(c);
  return directedPagerankGraph(
    nodes.length,
    edges.map(([u]) => at(u)),
    edges.map(([, v]) => at(v)),
    edges.map(([, , w]) => w ?? 1),
  );
}

function scoresOf(nodes: string, graph: PagerankGraph): Record<string, number> {
  const { scores } = pagerank(graph);
  return Object.fromEntries([...nodes].map((c, i) => [c, scores[i]!]));
}

/**
 * The textbook power iteration (networkx's `_pagerank_python`), independent of pagerank.ts, run
 * for a fixed 3,000 iterations (0.85^3000 is far below rounding): the reference on graphs too big
 * to work out by hand.
 */
function powerIteration(n: number, from: number[], to: number[], weight: number[]): Float64Array {
  const out = new Float64Array(n);
  from.forEach((u, e) => (out[u]! += weight[e]!));
  let x = new Float64Array(n).fill(1 / n);
  for (let it = 0; it < 3000; it++) {
    const next = new Float64Array(n);
    let dangling = 0;
    for (let v = 0; v < n; v++) if (out[v] === 0) dangling += x[v]!;
    from.forEach((u, e) => (next[to[e]!]! += (ALPHA * x[u]! * weight[e]!) / out[u]!));
    for (let v = 0; v < n; v++) next[v]! += (ALPHA * dangling + 1 - ALPHA) / n;
    x = next;
  }
  return x;
}

/** A deterministic irregular digraph: a ring with chords and a few dangling tails. */
function ringWithChords(n: number): { from: number[]; to: number[]; weight: number[] } {
  const from: number[] = [];
  const to: number[] = [];
  const weight: number[] = [];
  const add = (u: number, v: number, w: number) => (from.push(u), to.push(v), weight.push(w));
  for (let i = 0; i < n - 5; i++) {
    add(i, (i + 1) % (n - 5), 1 + (i % 3));
    if (i % 4 === 0) add(i, (i * 7 + 3) % (n - 5), 0.5);
  }
  for (let t = 0; t < 5; t++) add(t * 3, n - 5 + t, 2); // n-5 .. n-1: dangling
  return { from, to, weight };
}

describe('PageRank solved to convergence', () => {
  it('two nodes a → b, b dangling: solved by hand', () => {
    // y_a = 1, y_b = 1 + 0.85·y_a = 1.85 (file header, eq. 1); x = y / Σy
    const s = scoresOf('ab', directed('ab', [['a', 'b']]));
    expect(s.a).toBeCloseTo(1 / 2.85, 15);
    expect(s.b).toBeCloseTo(1.85 / 2.85, 15);
  });

  it('a ↔ b, b → c, c dangling: solved by hand', () => {
    // y_a = 1 + α·y_b/2, y_b = 1 + α·y_a, y_c = 1 + α·y_b/2 → y_a = (1 + α/2) / (1 − α²/2)
    const ya = (1 + ALPHA / 2) / (1 - (ALPHA * ALPHA) / 2);
    const yb = 1 + ALPHA * ya;
    const yc = 1 + (ALPHA * yb) / 2;
    const total = ya + yb + yc;
    const s = scoresOf(
      'abc',
      directed('abc', [
        ['a', 'b'],
        ['b', 'a'],
        ['b', 'c'],
      ]),
    );
    expect(s.a).toBeCloseTo(ya / total, 15);
    expect(s.b).toBeCloseTo(yb / total, 15);
    expect(s.c).toBeCloseTo(yc / total, 15);
  });

  it('a cycle: every node 1/n, also when larger than a direct solve', () => {
    for (const n of [3, DIRECT_SOLVE_SIZE + 76]) {
      const ids = Array.from({ length: n }, (_, i) => i);
      const r = pagerank(
        directedPagerankGraph(
          n,
          ids,
          ids.map((i) => (i + 1) % n),
        ),
      );
      for (const x of r.scores) expect(x).toBeCloseTo(1 / n, 14);
      expect(r.errorBound).toBeLessThanOrEqual(1e-12);
    }
  });

  it('weighted, with cycles, dangling and isolated nodes: igraph PRPACK and networkx tol=1e-14', () => {
    // python-igraph 1.0.0: Graph.pagerank(damping=0.85, weights='weight') (PRPACK), printed repr();
    // networkx 3.6.1 pagerank(alpha=0.85, weight='weight', tol=1e-14) agrees to 2e-14.
    const s = scoresOf(
      'abcdefghi',
      directed('abcdefghi', [
        ['a', 'b', 2],
        ['b', 'c', 1],
        ['c', 'a', 1],
        ['c', 'd', 0.5],
        ['d', 'e', 1],
        ['e', 'd', 3],
        ['e', 'f', 1],
        ['g', 'a', 1],
        ['b', 'h', 4],
      ]),
    );
    const igraph = {
      a: 0.11250924824764355,
      b: 0.13673776191391881,
      c: 0.06435032042878801,
      d: 0.18672167207096274,
      e: 0.19981832216374013,
      f: 0.08356629436321658,
      g: 0.0411049009034218,
      h: 0.1340865790048866,
      i: 0.0411049009034218,
    };
    for (const [k, v] of Object.entries(igraph)) expect(Math.abs(s[k]! - v)).toBeLessThan(1e-13);
  });

  it('a self-loop and parallel edges count like networkx (self-loop kept, parallel weights added)', () => {
    // networkx 3.6.1 pagerank(tol=1e-14) on a→a, a→b, b→c (2), b→a (1), c dangling
    const nx = { a: 0.38834951456310657, b: 0.30261001134787424, c: 0.3090404740890186 };
    const s = scoresOf(
      'abc',
      directed('abc', [
        ['a', 'a'],
        ['a', 'b'],
        ['b', 'c', 1.5],
        ['b', 'c', 0.5],
        ['b', 'a'],
      ]),
    );
    for (const k of ['a', 'b', 'c'] as const) expect(Math.abs(s[k]! - nx[k])).toBeLessThan(1e-13);
    // a single node whose only edge is a self-loop keeps everything: 1
    expect(scoresOf('a', directed('a', [['a', 'a']])).a).toBeCloseTo(1, 14);
  });

  it('an out-edge of weight 0 carries nothing: its source counts as dangling', () => {
    const zero = scoresOf('ab', directed('ab', [['a', 'b', 0]]));
    expect(zero.a).toBeCloseTo(0.5, 15);
    expect(zero.b).toBeCloseTo(0.5, 15);
  });

  it('equals the plain power iteration on an irregular graph with a large strongly connected part', () => {
    const n = 200;
    const { from, to, weight } = ringWithChords(n);
    const r = pagerank(directedPagerankGraph(n, from, to, weight));
    const reference = powerIteration(n, from, to, weight);
    let l1 = 0;
    for (let v = 0; v < n; v++) l1 += Math.abs(r.scores[v]! - reference[v]!);
    expect(l1).toBeLessThan(1e-12);
    expect(r.errorBound).toBeLessThanOrEqual(1e-12);
    expect(r.cyclicComponents).toBe(1);
    expect(r.sweeps).toBeGreaterThan(1);
    expect(r.scores.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
  });

  it('a looser tolerance stops earlier and still keeps its bound', () => {
    const n = 200;
    const { from, to, weight } = ringWithChords(n);
    const graph = directedPagerankGraph(n, from, to, weight);
    const tight = pagerank(graph);
    const loose = pagerank(graph, { tolerance: 1e-4 });
    expect(loose.sweeps).toBeLessThan(tight.sweeps);
    expect(loose.errorBound).toBeLessThanOrEqual(1e-4);
    let l1 = 0;
    for (let v = 0; v < n; v++) l1 += Math.abs(loose.scores[v]! - tight.scores[v]!);
    expect(l1).toBeLessThanOrEqual(loose.errorBound + 1e-12);
  });

  it('undirected: a star solved by hand, an isolated node gets the teleport share', () => {
    // centre c with k leaves: y_leaf = 1 + α·y_c/k, y_c = 1 + α·k·y_leaf → y_c = (1 + αk)/(1 − α²)
    const k = 4;
    const ids = [0, 0, 0, 0];
    const rows = buildRows(k + 2, ids, [1, 2, 3, 4], { symmetric: true, simple: true });
    const { scores } = pagerank(undirectedPagerankGraph(rows));
    const yc = (1 + ALPHA * k) / (1 - ALPHA * ALPHA);
    const yl = 1 + (ALPHA * yc) / k;
    const total = yc + k * yl + 1;
    expect(scores[0]).toBeCloseTo(yc / total, 14);
    for (let v = 1; v <= k; v++) expect(scores[v]).toBeCloseTo(yl / total, 14);
    expect(scores[k + 1]).toBeCloseTo(1 / total, 14);
  });

  it('no nodes: no scores; no edges: uniform', () => {
    expect(pagerank(directedPagerankGraph(0, [], [])).scores).toHaveLength(0);
    expect([...pagerank(directedPagerankGraph(4, [], [])).scores]).toEqual([0.25, 0.25, 0.25, 0.25]);
  });
});

describe('strongly connected components (Tarjan, iterative)', () => {
  it('finds the components and emits each after those it reaches', () => {
    // rows = successors: 0→1→2→0, 2→3, 3→4→3, 5 alone
    const rows = buildRows(6, [0, 1, 2, 2, 3, 4], [1, 2, 0, 3, 4, 3]);
    const { order, starts } = stronglyConnected(rows);
    const components = Array.from({ length: starts.length - 1 }, (_, c) =>
      [...order.subarray(starts[c], starts[c + 1])].sort(),
    );
    expect(components.map((c) => c.join())).toEqual(['3,4', '0,1,2', '5']);
  });

  it('walks a path of 200,000 nodes without running out of stack', () => {
    const n = 200_000;
    const from = Array.from({ length: n - 1 }, (_, i) => i);
    const rows = buildRows(
      n,
      from,
      from.map((i) => i + 1),
    );
    const { starts, order } = stronglyConnected(rows);
    expect(starts.length - 1).toBe(n);
    expect(order[0]).toBe(n - 1);
    // and PageRank along it: y_k = 1 + α·y_{k−1}, exact without sweeps
    const r = pagerank(
      directedPagerankGraph(
        n,
        from,
        from.map((i) => i + 1),
      ),
    );
    expect(r.sweeps).toBe(0);
    expect(r.scores[1]! / r.scores[0]!).toBeCloseTo(1 + ALPHA, 12);
  });
});
