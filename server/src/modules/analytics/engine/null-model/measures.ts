import { bfs, resetScratch, type AmplificationIndex } from '../cascade-index.js';
import { structuralVirality } from '../cascade-measures.js';
import { sizeBin } from '../cascade.js';
import { louvainCommunities, sortedGraph, DEFAULT_MAX_COMMUNITY_EDGES } from '../communities.js';
import { csrFromPairs, type Csr } from '../core/csr.js';
import { tieComponents, type TieLinks } from '../core/tie-components.js';

/**
 * The figures a null model compares, computed the same way on the observed network and on every
 * rewired copy:
 *  - on T or G (an undirected graph given as {@link TieLinks}: pairs plus groups whose members are
 *    all tied to each other, so T's cliques need not be listed): isolates, components, the
 *    largest component's share of the nodes, Louvain modularity and mean clustering;
 *  - on A: the mean depth and mean structural virality of the cascades of every root (a node
 *    with no incoming and at least one outgoing amplification), also per size bin.
 */

export type NullMeasure =
  | 'ISOLATES'
  | 'COMPONENTS'
  | 'LARGEST_COMPONENT_SHARE'
  | 'MODULARITY'
  | 'MEAN_CLUSTERING'
  | 'MEAN_CASCADE_DEPTH'
  | 'MEAN_STRUCTURAL_VIRALITY';

export const UNDIRECTED_MEASURES: readonly NullMeasure[] = [
  'ISOLATES',
  'COMPONENTS',
  'LARGEST_COMPONENT_SHARE',
  'MODULARITY',
  'MEAN_CLUSTERING',
];
export const CASCADE_MEASURES: readonly NullMeasure[] = ['MEAN_CASCADE_DEPTH', 'MEAN_STRUCTURAL_VIRALITY'];

/** The graph as a simple CSR: every pair and every pair inside a group. */
export function linksCsr(ids: string[], links: TieLinks): Csr {
  const us: number[] = [];
  const vs: number[] = [];
  for (let e = 0; e < links.ampFrom.length; e++) {
    us.push(links.ampFrom[e]!);
    vs.push(links.ampTo[e]!);
  }
  for (const row of links.members) {
    for (let x = 0; x < row.length; x++) {
      for (let y = x + 1; y < row.length; y++) {
        us.push(row[x]!);
        vs.push(row[y]!);
      }
    }
  }
  return csrFromPairs(ids, us, vs);
}

/** networkx average_clustering: the mean over all nodes of 2·triangles / (k(k−1)), 0 where k < 2. */
export function meanClustering(csr: Csr): number {
  const n = csr.ids.length;
  if (n === 0) return 0;
  const mark = new Int32Array(n).fill(-1);
  let total = 0;
  for (let v = 0; v < n; v++) {
    const lo = csr.offsets[v]!;
    const hi = csr.offsets[v + 1]!;
    const k = hi - lo;
    if (k < 2) continue;
    for (let e = lo; e < hi; e++) mark[csr.targets[e]!] = v;
    let closed = 0;
    for (let e = lo; e < hi; e++) {
      const u = csr.targets[e]!;
      for (let f = csr.offsets[u]!; f < csr.offsets[u + 1]!; f++) if (mark[csr.targets[f]!] === v) closed += 1;
    }
    // each triangle at v is seen from both of its other corners
    total += closed / (k * (k - 1));
  }
  return total / n;
}

/** Louvain modularity (the engine's communities, fixed seed); a graph over the Louvain limit is refused. */
export function modularityOf(csr: Csr): number {
  if (csr.edgeCount > DEFAULT_MAX_COMMUNITY_EDGES) {
    throw new RangeError(
      `the graph has ${csr.edgeCount} edges, more than the ${DEFAULT_MAX_COMMUNITY_EDGES} Louvain is allowed to load`,
    );
  }
  return louvainCommunities(sortedGraph(csr)).modularity;
}

/** An undirected figure of the graph given by its links (the CSR built once, when needed). */
export function undirectedMeasures(ids: string[], links: TieLinks, measures: readonly NullMeasure[]): number[] {
  const components = tieComponents(links);
  let csr: Csr | undefined;
  const graph = () => (csr ??= linksCsr(ids, links));
  return measures.map((measure) => {
    switch (measure) {
      case 'ISOLATES':
        return components.isolates.length;
      case 'COMPONENTS':
        return components.count;
      case 'LARGEST_COMPONENT_SHARE':
        return ids.length === 0 ? 0 : components.largest / ids.length;
      case 'MODULARITY':
        return modularityOf(graph());
      case 'MEAN_CLUSTERING':
        return meanClustering(graph());
      case 'MEAN_CASCADE_DEPTH':
      case 'MEAN_STRUCTURAL_VIRALITY':
        throw new RangeError(`${measure} is a cascade measure: use the amplification graph`);
    }
  });
}

export interface CascadeMeans {
  meanDepth: number;
  meanVirality: number;
  cascades: number;
  /** per size bin: cascades, and the sums of their depths and viralities */
  bins: Map<string, { cascades: number; depth: number; virality: number }>;
}

/** Mean depth and structural virality of every root's cascade on A, all modes. */
export function cascadeMeans(index: AmplificationIndex): CascadeMeans {
  const n = index.ids.length;
  const bins = new Map<string, { cascades: number; depth: number; virality: number }>();
  let depthSum = 0;
  let viralitySum = 0;
  let cascades = 0;
  for (let r = 0; r < n; r++) {
    if (index.inStart[r + 1]! > index.inStart[r]! || index.outStart[r + 1]! === index.outStart[r]!) continue;
    const order = bfs(index, r, 7);
    let depth = 0;
    for (const v of order) depth = Math.max(depth, index.scratch[v]!);
    const virality = structuralVirality(index, order, 7);
    resetScratch(index, order);
    cascades += 1;
    depthSum += depth;
    viralitySum += virality;
    const bin = sizeBin(order.length);
    const slot = bins.get(bin) ?? { cascades: 0, depth: 0, virality: 0 };
    slot.cascades += 1;
    slot.depth += depth;
    slot.virality += virality;
    bins.set(bin, slot);
  }
  return {
    meanDepth: cascades === 0 ? 0 : depthSum / cascades,
    meanVirality: cascades === 0 ? 0 : viralitySum / cascades,
    cascades,
    bins,
  };
}
