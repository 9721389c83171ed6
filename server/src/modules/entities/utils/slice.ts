import type {
  GraphEdgeRecord,
  GraphNodeRecord,
  NetworkSliceRecord,
  NodeKind,
  SubgraphRows,
} from '../models/entities.types.js';

/** `initiative:<id>` / `actor:<id>`: node ids of a slice, so the two kinds never clash. */
export function nodeId(kind: NodeKind, id: string): string {
  return `${kind === 'INITIATIVE' ? 'initiative' : 'actor'}:${id}`;
}

/** Stable edge ids, one per relation key (an amplification is unique per from, to and mode). */
export const edgeIds = {
  involvement: (actorId: string, initiativeId: string) =>
    `INVOLVED_IN:${nodeId('ACTOR', actorId)}->${nodeId('INITIATIVE', initiativeId)}`,
  influence: (fromActorId: string, toActorId: string) =>
    `INFLUENCES:${nodeId('ACTOR', fromActorId)}->${nodeId('ACTOR', toActorId)}`,
  amplification: (fromInitiativeId: string, toInitiativeId: string, mode: string) =>
    `AMPLIFIES:${mode}:${nodeId('INITIATIVE', fromInitiativeId)}->${nodeId('INITIATIVE', toInitiativeId)}`,
};

/**
 * Turns the rows of a subgraph into what the dashboard draws: nodes sorted (initiatives, then
 * actors, by id) and only the edges whose two ends are among the nodes.
 */
export function buildSlice(rows: SubgraphRows, truncated: boolean): NetworkSliceRecord {
  const nodes: GraphNodeRecord[] = [
    ...[...rows.initiatives]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((i) => ({
        id: nodeId('INITIATIVE', i.id),
        entityId: i.id,
        kind: 'INITIATIVE' as const,
        label: i.name,
        region: i.region,
        themes: i.themes ?? [],
        status: i.status,
        startedOn: i.startedOn,
        actorKind: null,
      })),
    ...[...rows.actors]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((a) => ({
        id: nodeId('ACTOR', a.id),
        entityId: a.id,
        kind: 'ACTOR' as const,
        label: a.name,
        region: a.region,
        themes: [],
        status: null,
        startedOn: null,
        actorKind: a.kind,
      })),
  ];
  const present = new Set(nodes.map((n) => n.id));
  const base = { mode: null, on: null, weight: null, evidence: null, confidence: null, role: null };
  const edges: GraphEdgeRecord[] = [
    ...rows.involvements.map((r) => ({
      ...base,
      id: edgeIds.involvement(r.actorId, r.initiativeId),
      source: nodeId('ACTOR', r.actorId),
      target: nodeId('INITIATIVE', r.initiativeId),
      kind: 'INVOLVED_IN' as const,
      on: r.since,
      role: r.role,
    })),
    ...rows.influences.map((r) => ({
      ...base,
      id: edgeIds.influence(r.fromActorId, r.toActorId),
      source: nodeId('ACTOR', r.fromActorId),
      target: nodeId('ACTOR', r.toActorId),
      kind: 'INFLUENCES' as const,
      on: r.since,
      weight: r.weight ?? 1,
    })),
    ...rows.amplifications.map((r) => ({
      ...base,
      id: edgeIds.amplification(r.fromInitiativeId, r.toInitiativeId, r.mode),
      source: nodeId('INITIATIVE', r.fromInitiativeId),
      target: nodeId('INITIATIVE', r.toInitiativeId),
      kind: 'AMPLIFIES' as const,
      mode: r.mode,
      on: r.on,
      evidence: r.evidence,
      confidence: r.confidence,
    })),
  ].filter((e) => present.has(e.source) && present.has(e.target));
  const seen = new Set<string>();
  const unique = edges.filter((e) => (seen.has(e.id) ? false : (seen.add(e.id), true)));
  unique.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { nodes, edges: unique, truncated };
}
