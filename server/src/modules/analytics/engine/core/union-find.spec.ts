import { describe, expect, it } from '@jest/globals';
import { UnionFind } from './union-find.js';

describe('UnionFind', () => {
  it('starts with every element alone and counts sets and the largest as they merge', () => {
    const uf = new UnionFind(5);
    expect([uf.count, uf.largest]).toEqual([5, 1]);
    expect(uf.union(0, 1)).toBe(true);
    expect(uf.union(2, 3)).toBe(true);
    expect(uf.union(1, 0)).toBe(false);
    expect(uf.union(3, 1)).toBe(true);
    expect([uf.count, uf.largest]).toEqual([2, 4]);
    expect(uf.find(0)).toBe(uf.find(2));
    expect(uf.find(4)).not.toBe(uf.find(0));
    expect(uf.sizeOf(3)).toBe(4);
  });

  it('has no sets and no largest when empty', () => {
    const uf = new UnionFind(0);
    expect([uf.count, uf.largest]).toEqual([0, 0]);
  });

  it('incremental use: elements count once activated, helper nodes never', () => {
    // initiatives 0..3, actor nodes 4 and 5 (weight 0 for good)
    const uf = new UnionFind(6, 0);
    expect([uf.count, uf.largest]).toEqual([0, 0]);
    uf.activate(0);
    uf.activate(1);
    expect([uf.count, uf.largest]).toEqual([2, 1]);
    // an actor joins initiative 0: not two components becoming one
    expect(uf.union(0, 4)).toBe(false);
    expect(uf.count).toBe(2);
    // the same actor joins initiative 1: now it is
    expect(uf.union(4, 1)).toBe(true);
    expect([uf.count, uf.largest, uf.sizeOf(4)]).toEqual([1, 2, 2]);
    // a set of helper nodes only is no component, until an initiative in it appears
    expect(uf.union(2, 5)).toBe(false);
    expect(uf.count).toBe(1);
    uf.activate(2);
    expect([uf.count, uf.sizeOf(5)]).toEqual([2, 1]);
    uf.activate(3);
    expect(uf.union(3, 2)).toBe(true);
    expect(uf.union(5, 0)).toBe(true);
    expect([uf.count, uf.largest]).toEqual([1, 4]);
  });

  it('agrees with a brute force on random unions', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const n = 60;
    const uf = new UnionFind(n);
    const label = Array.from({ length: n }, (_, i) => i);
    for (let k = 0; k < 45; k++) {
      const a = Math.floor(next() * n);
      const b = Math.floor(next() * n);
      const [la, lb] = [label[a]!, label[b]!];
      expect(uf.union(a, b)).toBe(la !== lb);
      for (let i = 0; i < n; i++) if (label[i] === lb) label[i] = la;
      const sizes = new Map<number, number>();
      for (const l of label) sizes.set(l, (sizes.get(l) ?? 0) + 1);
      expect(uf.count).toBe(sizes.size);
      expect(uf.largest).toBe(Math.max(...sizes.values()));
    }
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) expect(uf.find(i) === uf.find(j)).toBe(label[i] === label[j]);
  });
});
