/**
 * The engine's one union-find (disjoint sets over 0..n-1, path halving, union by size), used for
 * the components of T everywhere: all at once (tie-components.ts) and as the network grows
 * (timeline.ts).
 *
 * Every element has a weight, 1 by default: the size of a set is the sum of its weights, and
 * `count` / `largest` are over sets of positive size. Incremental use starts elements at weight 0
 * (`new UnionFind(n, 0)`: not there yet, or helper nodes that never count, such as actors joining
 * their initiatives) and calls {@link activate} when one appears; then a set is "a component"
 * only while it holds something that counts.
 */
export class UnionFind {
  readonly parent: Int32Array;
  /** sum of the weights of the set, at its root */
  readonly size: Int32Array;
  /** sets of positive size */
  count: number;
  /** the size of the largest set */
  largest: number;

  constructor(n: number, initialWeight: 0 | 1 = 1) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
    this.size = new Int32Array(n).fill(initialWeight);
    this.count = initialWeight === 1 ? n : 0;
    this.largest = n > 0 ? initialWeight : 0;
  }

  find(x: number): number {
    const p = this.parent;
    while (p[x] !== x) {
      p[x] = p[p[x]!]!;
      x = p[x]!;
    }
    return x;
  }

  /** size of the set of x */
  sizeOf(x: number): number {
    return this.size[this.find(x)]!;
  }

  /** x starts to count (weight + 1); an empty set becomes a component */
  activate(x: number): void {
    const r = this.find(x);
    if (this.size[r] === 0) this.count++;
    const s = ++this.size[r]!;
    if (s > this.largest) this.largest = s;
  }

  /**
   * Joins the sets of a and b. True when two components (sets of positive size) became one;
   * false when they were one set already or one of them counts nothing (they are joined anyway).
   */
  union(a: number, b: number): boolean {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return false;
    const sa = this.size[ra]!;
    const sb = this.size[rb]!;
    if (sa < sb) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    const s = sa + sb;
    this.size[ra] = s;
    if (s > this.largest) this.largest = s;
    if (sa > 0 && sb > 0) {
      this.count--;
      return true;
    }
    return false;
  }
}
