import { UndirectedGraph } from 'graphology';
import { connectedComponents } from 'graphology-components';

/** The raw projection behind graph T (DOMAIN.md): ids and pairs, as loaded from Neo4j. */
export interface TieProjection {
  initiatives: string[];
  /** [fromInitiativeId, toInitiativeId] */
  amplifications: [string, string][];
  /** [actorId, initiativeId] */
  involvements: [string, string][];
}

export interface TieSummary {
  /** connected components of T, an isolated initiative counting as one */
  components: number;
  /** initiatives with no tie in T */
  isolated: string[];
  /** size of the largest component of T (initiatives) */
  largestComponent: number;
}

const INI = 'i:';
const ACT = 'a:';

/**
 * Components and isolates of the initiative tie graph T. T links two initiatives when an
 * amplification joins them or an actor is involved in both; instead of building those
 * actor-induced cliques (quadratic for busy actors), this works on the bipartite graph of
 * initiatives, actors, involvements and amplifications, whose components restricted to
 * initiatives are exactly T's components.
 */
export function summarizeTieGraph(projection: TieProjection): TieSummary {
  const graph = new UndirectedGraph();
  for (const id of projection.initiatives) graph.mergeNode(INI + id);
  for (const [from, to] of projection.amplifications) {
    if (from !== to) graph.mergeEdge(INI + from, INI + to);
  }
  const actorDegree = new Map<string, number>();
  for (const [actor, initiative] of projection.involvements) {
    graph.mergeEdge(ACT + actor, INI + initiative);
  }
  graph.forEachNode((node) => {
    if (node.startsWith(ACT)) actorDegree.set(node, graph.degree(node));
  });

  let components = 0;
  let largestComponent = 0;
  for (const component of connectedComponents(graph)) {
    const initiatives = component.filter((node) => node.startsWith(INI)).length;
    if (initiatives === 0) continue;
    components += 1;
    largestComponent = Math.max(largestComponent, initiatives);
  }

  const isolated: string[] = [];
  for (const id of projection.initiatives) {
    const node = INI + id;
    const tied = graph.someNeighbor(node, (neighbour) =>
      neighbour.startsWith(INI) ? true : (actorDegree.get(neighbour) ?? 0) > 1,
    );
    if (!tied) isolated.push(id);
  }
  return { components, isolated, largestComponent };
}
