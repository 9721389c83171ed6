import { describe, expect, it } from '@jest/globals';
import { summarizeTies, tieComponents, tiedInitiatives, tieUnionFind, type TieLinks } from './tie-components.js';

// the cases of the former network/utils/tie-graph.spec.ts (networkStats' summary of T)
describe('summarizeTies', () => {
  it('counts an empty network as no components', () => {
    expect(summarizeTies({ initiatives: [], amplifications: [], involvements: [] })).toEqual({
      components: 0,
      isolated: [],
      largestComponent: 0,
    });
  });

  it('ties initiatives through a shared actor but not through an actor of one initiative', () => {
    const summary = summarizeTies({
      initiatives: ['x', 'y', 'z'],
      amplifications: [],
      involvements: [
        ['shared', 'x'],
        ['shared', 'y'],
        ['own', 'z'],
      ],
    });
    expect(summary.components).toBe(2);
    expect(summary.isolated).toEqual(['z']);
    expect(summary.largestComponent).toBe(2);
  });

  it('joins chains of amplifications and actors into one component', () => {
    const summary = summarizeTies({
      initiatives: ['a', 'b', 'c', 'd', 'e'],
      amplifications: [
        ['a', 'b'],
        ['b', 'a'],
      ],
      involvements: [
        ['p', 'b'],
        ['p', 'c'],
        ['q', 'd'],
      ],
    });
    expect(summary).toEqual({ components: 3, isolated: ['d', 'e'], largestComponent: 3 });
  });

  it('an actor named twice for one initiative, or a self-amplification, ties nothing', () => {
    const summary = summarizeTies({
      initiatives: ['a', 'b'],
      amplifications: [['a', 'a']],
      involvements: [
        ['p', 'b'],
        ['p', 'b'],
      ],
    });
    expect(summary).toEqual({ components: 2, isolated: ['a', 'b'], largestComponent: 1 });
  });
});

/** explicit T and its components by search: the definition, to check the union-find against */
function bruteForce(links: TieLinks, group?: Int32Array) {
  const n = links.initiatives;
  const adj: Set<number>[] = Array.from({ length: n }, () => new Set());
  const tie = (u: number, v: number) => {
    if (u === v) return;
    adj[u]!.add(v);
    adj[v]!.add(u);
  };
  for (let e = 0; e < links.ampFrom.length; e++) tie(links.ampFrom[e]!, links.ampTo[e]!);
  for (const row of links.members) for (const u of Array.from(row)) for (const v of Array.from(row)) tie(u, v);
  const label = new Int32Array(n).fill(-1);
  let count = 0;
  for (let s = 0; s < n; s++) {
    if (label[s] !== -1) continue;
    const stack = [s];
    label[s] = count;
    while (stack.length > 0) {
      const u = stack.pop()!;
      for (const v of adj[u]!) {
        const allowed = group === undefined || (group[u]! >= 0 && group[u] === group[v]);
        if (!allowed || label[v] !== -1) continue;
        label[v] = count;
        stack.push(v);
      }
    }
    count += 1;
  }
  return { label, count, isolates: adj.flatMap((s, i) => (s.size === 0 ? [i] : [])) };
}

function randomLinks(seed: number): TieLinks {
  let state = seed;
  const next = () => (state = (state * 48271) % 2147483647) / 2147483647;
  const n = 5 + Math.floor(next() * 30);
  const ampFrom: number[] = [];
  const ampTo: number[] = [];
  for (let k = Math.floor(next() * n * 0.6); k > 0; k--) {
    ampFrom.push(Math.floor(next() * n));
    ampTo.push(Math.floor(next() * n));
  }
  const members = Array.from({ length: Math.floor(next() * n * 0.5) }, () =>
    Array.from({ length: 1 + Math.floor(next() * 4) }, () => Math.floor(next() * n)),
  );
  return { initiatives: n, ampFrom, ampTo, members };
}

describe('tieComponents', () => {
  it('numbers components by first appearance, with sizes, the largest and the isolates', () => {
    // 0–1 by an amplification, 2–3–4 by an actor, 5 alone, 6 only in an actor of its own
    const c = tieComponents({ initiatives: 7, ampFrom: [1], ampTo: [0], members: [[4, 2, 3], [6]] });
    expect([...c.componentOf]).toEqual([0, 0, 1, 1, 1, 2, 3]);
    expect(c.sizes).toEqual([2, 3, 1, 1]);
    expect([c.count, c.largest]).toEqual([4, 3]);
    expect(c.isolates).toEqual([5, 6]);
  });

  it('agrees with explicit T on random networks', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const links = randomLinks(seed);
      const c = tieComponents(links);
      const brute = bruteForce(links);
      expect(c.count).toBe(brute.count);
      expect(c.isolates).toEqual(brute.isolates);
      for (let u = 0; u < links.initiatives; u++)
        for (let v = 0; v < links.initiatives; v++)
          expect(c.componentOf[u] === c.componentOf[v]).toBe(brute.label[u] === brute.label[v]);
      expect(c.largest).toBe(Math.max(0, ...c.sizes));
    }
  });
});

describe('tieUnionFind with groups (T restricted to each region)', () => {
  it('joins only initiatives of one group, through amplifications and shared actors', () => {
    // groups: 0 0 1 1 −1; the actor spans 0, 2, 1, 4 → joins 0–1 (group 0) only
    const group = Int32Array.from([0, 0, 1, 1, -1]);
    const uf = tieUnionFind({ initiatives: 5, ampFrom: [2, 1], ampTo: [3, 2], members: [[0, 2, 1, 4]] }, group);
    expect(uf.find(0)).toBe(uf.find(1));
    expect(uf.find(2)).toBe(uf.find(3));
    expect(uf.find(1)).not.toBe(uf.find(2));
    expect(uf.sizeOf(4)).toBe(1);
  });

  it('agrees with explicit T restricted to each group on random networks', () => {
    for (let seed = 100; seed < 130; seed++) {
      const links = randomLinks(seed);
      const group = Int32Array.from({ length: links.initiatives }, (_, i) => ((i * 7 + seed) % 4) - 1);
      const uf = tieUnionFind(links, group);
      const brute = bruteForce(links, group);
      for (let u = 0; u < links.initiatives; u++)
        for (let v = 0; v < links.initiatives; v++)
          expect(uf.find(u) === uf.find(v)).toBe(brute.label[u] === brute.label[v]);
    }
  });

  it('tiedInitiatives marks what has at least one tie', () => {
    const tied = tiedInitiatives({
      initiatives: 4,
      ampFrom: [0],
      ampTo: [0],
      members: [
        [1, 1],
        [2, 3],
      ],
    });
    expect([...tied]).toEqual([0, 0, 1, 1]);
  });
});
