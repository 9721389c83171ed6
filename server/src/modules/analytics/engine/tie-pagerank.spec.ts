import { generateDemoNetwork } from '../../demo/demo-generator.js';
import { buildTieIndex } from './core/tie-index.js';
import { projectionFromNetworkInput, tieAdjacency } from './graphs.js';
import { pagerank, undirectedPagerankGraph } from './pagerank.js';
import type { NetworkProjection } from './projection.js';
import { tieCorrection, tiePagerank } from './tie-pagerank.js';

const ALPHA = 0.85;

/** Initiatives with the given actors (by initiative) and amplifications. */
function network(involved: Record<string, string[]>, amplifications: [string, string][] = []): NetworkProjection {
  const ids = Object.keys(involved);
  const actors = [...new Set(Object.values(involved).flat())];
  return {
    initiatives: ids.map((id) => ({ id, name: id, region: null, themes: [], startedOn: null, potential: null })),
    actors: actors.map((id) => ({ id, name: id, kind: null, region: null })),
    amplifications: amplifications.map(([from, to]) => ({ from, to, mode: 'SPREADING' as const, on: null })),
    involvements: ids.flatMap((i) => involved[i]!.map((actorId) => ({ actorId, initiativeId: i, since: null }))),
    influences: [],
    barriers: [],
  };
}

/** PageRank on T built explicitly (graphs.ts tieAdjacency), by pagerank.ts. */
function onExplicitT(p: NetworkProjection): Float64Array {
  return pagerank(undirectedPagerankGraph(tieAdjacency(p))).scores;
}

describe('PageRank on T from the cliques', () => {
  it('a path i1 – i2 – i3 and an isolated i4: solved by hand', () => {
    // i1–i2 share actor x, i2–i3 by an amplification. y_i1 = y_i3 = 1 + α·y_i2/2,
    // y_i2 = 1 + α·(y_i1 + y_i3), y_i4 = 1 → y_i2 = (1 + 2α)/(1 − α²)
    const p = network({ i1: ['x'], i2: ['x'], i3: [], i4: [] }, [['i3', 'i2']]);
    const y2 = (1 + 2 * ALPHA) / (1 - ALPHA * ALPHA);
    const y1 = 1 + (ALPHA * y2) / 2;
    const total = 2 * y1 + y2 + 1;
    const { scores, errorBound } = tiePagerank(buildTieIndex(p));
    expect(scores[0]).toBeCloseTo(y1 / total, 14);
    expect(scores[1]).toBeCloseTo(y2 / total, 14);
    expect(scores[2]).toBeCloseTo(y1 / total, 14);
    expect(scores[3]).toBeCloseTo(1 / total, 14);
    expect(errorBound).toBeLessThanOrEqual(1e-12);
  });

  it('the correction: pairs sharing two actors, or tied by an amplification alone', () => {
    // a and b share x and y (M = 2, C = −1); b and c share y (M = 1, no correction);
    // a → d amplification only (C = +1); c → b amplification on top of a shared actor (no correction)
    const p = network({ a: ['x', 'y'], b: ['x', 'y'], c: ['y'], d: [] }, [
      ['a', 'd'],
      ['c', 'b'],
    ]);
    const c = tieCorrection(buildTieIndex(p));
    expect([...c.degree]).toEqual([3, 2, 2, 1]);
    const rows = [0, 1, 2, 3].map((v) =>
      Object.fromEntries(
        [...c.targets.subarray(c.offsets[v], c.offsets[v + 1])].map((u, k) => [u, c.values[c.offsets[v]! + k]!]),
      ),
    );
    expect(rows).toEqual([{ 1: -1, 3: 1 }, { 0: -1 }, {}, { 0: 1 }]);
    // and the scores are T's
    const ours = tiePagerank(buildTieIndex(p)).scores;
    const explicit = onExplicitT(p);
    for (let v = 0; v < 4; v++) expect(ours[v]).toBeCloseTo(explicit[v]!, 14);
  });

  it.each([
    [300, 7],
    [1500, 1984],
  ])('equals PageRank on the explicit T on the demo network of %i initiatives (seed %i)', (initiatives, seed) => {
    const p = projectionFromNetworkInput(generateDemoNetwork({ initiatives, seed }));
    const index = buildTieIndex(p);
    const r = tiePagerank(index);
    const explicit = onExplicitT(p);
    expect(index.ids).toEqual(p.initiatives.map((i) => i.id));
    let l1 = 0;
    for (let v = 0; v < explicit.length; v++) l1 += Math.abs(r.scores[v]! - explicit[v]!);
    expect(l1).toBeLessThan(1e-11);
    expect(r.errorBound).toBeLessThanOrEqual(1e-12);
    expect(r.scores.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    // the degrees are T's
    const t = tieAdjacency(p);
    const degree = tieCorrection(index).degree;
    for (let v = 0; v < explicit.length; v++) expect(degree[v]).toBe(t.offsets[v + 1]! - t.offsets[v]!);
  });

  it('no initiatives, or none tied: empty, or uniform', () => {
    expect(tiePagerank(buildTieIndex(network({}))).scores).toHaveLength(0);
    expect([...tiePagerank(buildTieIndex(network({ a: ['x'], b: ['y'] }))).scores]).toEqual([0.5, 0.5]);
  });
});
