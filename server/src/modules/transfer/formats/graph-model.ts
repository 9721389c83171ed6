/**
 * The network as one directed graph for desktop tools (Gephi, Cytoscape): the shared model behind
 * the GEXF and GraphML writers, so both files hold the same nodes, edges and typed attributes.
 *
 * Nodes are initiatives (id `i:<id>`) and actors (id `a:<id>`); the prefixes keep an initiative
 * and an actor with the same id apart. Edges are involvements (actor → initiative, INVOLVED_IN),
 * influences (actor → actor, INFLUENCES, weighted) and amplifications (initiative → initiative,
 * AMPLIFIES, with their mode). Outcomes, barriers and characteristics are not part of the graph.
 */
import type { NetworkInput } from '../../../domain/network.types.js';
import { LIST_SEPARATOR } from './template.js';

export type GraphAttributeType = 'string' | 'integer' | 'double' | 'boolean';

export interface GraphAttribute {
  readonly name: string;
  readonly type: GraphAttributeType;
}

/** Node attributes, declared once with their types; lists are joined by `|`. */
export const NODE_ATTRIBUTES = [
  { name: 'type', type: 'string' }, // initiative | actor
  { name: 'region', type: 'string' },
  { name: 'themes', type: 'string' }, // initiatives
  { name: 'startedOn', type: 'string' }, // initiatives, YYYY-MM-DD
  { name: 'status', type: 'string' }, // initiatives
  { name: 'kind', type: 'string' }, // actors
  { name: 'latitude', type: 'double' }, // initiatives (Gephi's Geo Layout picks these up)
  { name: 'longitude', type: 'double' },
] as const satisfies readonly GraphAttribute[];

/**
 * Edge attributes. The relationship is an attribute (and the edge label) rather than `type`,
 * which Gephi reserves for directed/undirected. The weight is not listed: each format has its own
 * place for it.
 */
export const EDGE_ATTRIBUTES = [
  { name: 'relationship', type: 'string' }, // INVOLVED_IN | INFLUENCES | AMPLIFIES
  { name: 'role', type: 'string' }, // involvements
  { name: 'since', type: 'string' }, // involvements, influences
  { name: 'until', type: 'string' }, // involvements
  { name: 'mode', type: 'string' }, // amplifications: DEEPENING | BROADENING | SPREADING
  { name: 'on', type: 'string' }, // amplifications
  { name: 'evidence', type: 'string' },
  { name: 'confidence', type: 'double' },
  { name: 'mechanisms', type: 'string' },
] as const satisfies readonly GraphAttribute[];

export type NodeAttributeName = (typeof NODE_ATTRIBUTES)[number]['name'];
export type EdgeAttributeName = (typeof EDGE_ATTRIBUTES)[number]['name'];
export type Relationship = 'INVOLVED_IN' | 'INFLUENCES' | 'AMPLIFIES';

type Values<K extends string> = { [name in K]?: string | number | boolean };

export interface GraphNode {
  id: string;
  label: string;
  attributes: Values<NodeAttributeName>;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  relationship: Relationship;
  /** set on influences only (default 1); other edges have the formats' default weight, 1 */
  weight?: number;
  attributes: Values<EdgeAttributeName>;
}

export interface NetworkGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export const initiativeNodeId = (id: string): string => `i:${id}`;
export const actorNodeId = (id: string): string => `a:${id}`;

/** Drops absent (null or undefined) values, so writers only see what is there. */
function present<K extends string>(values: { [name in K]?: string | number | boolean | null }): Values<K> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null && v !== undefined)) as Values<K>;
}

function joined(list: readonly string[] | null | undefined): string | undefined {
  return list && list.length > 0 ? list.join(LIST_SEPARATOR) : undefined;
}

/**
 * The graph of a network. A node id given twice keeps its first record; an edge whose end is not a
 * node of this network is left out, as happens in a filtered export (an involvement of an actor in
 * an initiative outside the filter), so that every file opens without dangling edges.
 */
export function networkToGraph(input: NetworkInput): NetworkGraph {
  const nodes = new Map<string, GraphNode>();
  const addNode = (node: GraphNode): void => {
    if (!nodes.has(node.id)) nodes.set(node.id, node);
  };
  for (const i of input.initiatives ?? []) {
    addNode({
      id: initiativeNodeId(i.id),
      label: i.name || i.id,
      attributes: present({
        type: 'initiative',
        region: i.region,
        themes: joined(i.themes),
        startedOn: i.startedOn,
        status: i.status,
        latitude: i.latitude,
        longitude: i.longitude,
      }),
    });
  }
  for (const a of input.actors ?? []) {
    addNode({
      id: actorNodeId(a.id),
      label: a.name || a.id,
      attributes: present({ type: 'actor', kind: a.kind, region: a.region }),
    });
  }

  const edges: GraphEdge[] = [];
  const addEdge = (edge: Omit<GraphEdge, 'id'>): void => {
    if (!nodes.has(edge.source) || !nodes.has(edge.target)) return;
    edges.push({
      id: `e${edges.length}`,
      ...edge,
      attributes: { relationship: edge.relationship, ...edge.attributes },
    });
  };
  for (const v of input.involvements ?? []) {
    addEdge({
      source: actorNodeId(v.actorId),
      target: initiativeNodeId(v.initiativeId),
      relationship: 'INVOLVED_IN',
      attributes: present({ role: v.role, since: v.since, until: v.until }),
    });
  }
  for (const f of input.influences ?? []) {
    addEdge({
      source: actorNodeId(f.fromActorId),
      target: actorNodeId(f.toActorId),
      relationship: 'INFLUENCES',
      weight: f.weight ?? 1,
      attributes: present({ since: f.since }),
    });
  }
  for (const m of input.amplifications ?? []) {
    addEdge({
      source: initiativeNodeId(m.fromInitiativeId),
      target: initiativeNodeId(m.toInitiativeId),
      relationship: 'AMPLIFIES',
      attributes: present({
        mode: m.mode,
        on: m.on,
        evidence: m.evidence,
        confidence: m.confidence,
        mechanisms: joined(m.mechanisms),
      }),
    });
  }
  return { nodes: [...nodes.values()], edges };
}
