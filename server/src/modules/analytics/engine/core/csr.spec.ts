import { describe, expect, it } from '@jest/globals';
import { buildRows, csrFromPairs, neighbours } from './csr.js';

const rows = (r: { offsets: Int32Array; targets: Int32Array }, n: number) =>
  Array.from({ length: n }, (_, i) => [...neighbours(r, i)]);

describe('buildRows (the one CSR builder)', () => {
  it('directed by default: each pair in the row of its source, rows in input order, repeats and loops kept', () => {
    const r = buildRows(3, [2, 0, 2, 0, 1], [0, 2, 1, 2, 1]);
    expect(rows(r, 3)).toEqual([[2, 2], [1], [0, 1]]);
    // pair[pos] = the input pair at each position, for carrying per-edge data
    expect([...r.pair!]).toEqual([1, 3, 4, 0, 2]);
  });

  it('symmetric: each pair in both rows, in input order', () => {
    const r = buildRows(3, [0, 1], [1, 2], { symmetric: true });
    expect(rows(r, 3)).toEqual([[1], [0, 2], [1]]);
    expect([...r.pair!]).toEqual([0, 0, 1, 1]);
  });

  it('simple: no self-loops, no repeated targets, rows sorted', () => {
    const r = buildRows(4, [3, 0, 3, 1, 2], [0, 3, 1, 1, 3], { symmetric: true, simple: true });
    expect(rows(r, 4)).toEqual([[3], [3], [3], [0, 1, 2]]);
    expect(r.pair).toBeUndefined();
  });

  it('copes with no rows and no pairs', () => {
    expect(buildRows(0, [], []).offsets).toEqual(new Int32Array([0]));
    expect(rows(buildRows(2, [], []), 2)).toEqual([[], []]);
  });

  it('builds rows of another set than the targets (a bipartite incidence)', () => {
    // initiatives 0..2 → actors 0..1
    const r = buildRows(3, [0, 2, 0], [1, 0, 0]);
    expect(rows(r, 3)).toEqual([[1, 0], [], [0]]);
  });
});

describe('csrFromPairs', () => {
  it('is a simple undirected graph with ids, an index and each edge counted once', () => {
    const g = csrFromPairs(['x', 'y', 'z'], [2, 0, 2, 1], [0, 2, 2, 0]);
    expect(g.edgeCount).toBe(2);
    expect(rows(g, 3)).toEqual([[1, 2], [0], [0]]);
    expect(g.index.get('z')).toBe(2);
  });
});
