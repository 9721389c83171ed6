import { describe, expect, it } from '@jest/globals';
import { defaultIterations, forceAtlas2, normalise, type LayoutGraph } from './forceatlas2.js';

/** Two cliques of `size` joined by one edge. */
function twoCliques(size: number): LayoutGraph {
  const nodes = Array.from({ length: 2 * size }, (_, i) => `n${i}`);
  const edges: [number, number][] = [];
  for (const offset of [0, size])
    for (let i = 0; i < size; i++) for (let j = i + 1; j < size; j++) edges.push([offset + i, offset + j]);
  edges.push([0, size]);
  return { nodes, edges };
}

const dist = (p: { x: number; y: number }, q: { x: number; y: number }) => Math.hypot(p.x - q.x, p.y - q.y);
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

describe('ForceAtlas2 with Barnes–Hut', () => {
  it('pulls each clique together and the two apart', () => {
    const graph = twoCliques(10);
    const p = normalise(graph, forceAtlas2(graph));
    const within: number[] = [];
    const across: number[] = [];
    for (let i = 0; i < 20; i++)
      for (let j = i + 1; j < 20; j++) (i < 10 === j < 10 ? within : across).push(dist(p[i]!, p[j]!));
    expect(mean(within)).toBeLessThan(0.5 * mean(across));
  });

  it('is deterministic: the same graph gives the same positions', () => {
    const graph = twoCliques(8);
    expect(normalise(graph, forceAtlas2(graph))).toEqual(normalise(graph, forceAtlas2(graph)));
  });

  it('scales for drawing: centred, median edge about 60 unless the nodes would crowd', () => {
    const graph = twoCliques(6);
    const p = normalise(graph, forceAtlas2(graph));
    expect(Math.abs(mean(p.map((q) => q.x)))).toBeLessThan(1);
    expect(Math.abs(mean(p.map((q) => q.y)))).toBeLessThan(1);
    const lengths = graph.edges.map(([a, b]) => dist(p[a]!, p[b]!)).sort((a, b) => a - b);
    expect(lengths[Math.floor(lengths.length / 2)]).toBeGreaterThanOrEqual(59);
  });

  it('lays out a few thousand nodes, every position finite and no two nodes on one spot', () => {
    const n = 3000;
    const nodes = Array.from({ length: n }, (_, i) => `n${i}`);
    // a ring with chords: connected, sparse
    const edges: [number, number][] = nodes.map((_, i) => [i, (i + 1) % n] as [number, number]);
    for (let i = 0; i < n; i += 7) edges.push([i, (i * 13) % n]);
    // its speed is measured by `npm run bench` (server layout), not asserted here
    const result = forceAtlas2({ nodes, edges });
    expect(result.iterations).toBe(defaultIterations(n));
    const p = normalise({ nodes, edges }, result);
    expect(p.every((q) => Number.isFinite(q.x) && Number.isFinite(q.y))).toBe(true);
    expect(new Set(p.map((q) => `${q.x},${q.y}`)).size).toBe(n);
  });

  it('handles no node, one node and nodes without edges', () => {
    expect(forceAtlas2({ nodes: [], edges: [] }).x).toHaveLength(0);
    const one = { nodes: ['a'], edges: [] };
    expect(normalise(one, forceAtlas2(one))).toEqual([{ x: 0, y: 0 }]);
    const loose = { nodes: ['a', 'b', 'c'], edges: [] };
    const p = normalise(loose, forceAtlas2(loose));
    expect(new Set(p.map((q) => `${q.x},${q.y}`)).size).toBe(3);
  });
});
