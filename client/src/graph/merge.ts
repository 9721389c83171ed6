import type { Slice } from './elements';

/**
 * Several slices (e.g. the neighbourhoods of the focused nodes) as one: nodes and edges by id,
 * each once, in first-seen order; truncated when any part was cut short.
 */
export function mergeSlices(parts: readonly Slice[]): Slice {
  const nodes = new Map<string, Slice['nodes'][number]>();
  const edges = new Map<string, Slice['edges'][number]>();
  for (const part of parts) {
    for (const n of part.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
    for (const e of part.edges) if (!edges.has(e.id)) edges.set(e.id, e);
  }
  return { truncated: parts.some((p) => p.truncated), nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** `initiative:<id>` or `actor:<id>` as the neighbourhood query's variables. */
export function focusVariables(nodeId: string): { id: string; kind: 'INITIATIVE' | 'ACTOR'; depth: number } {
  const [kind, ...rest] = nodeId.split(':');
  return { id: rest.join(':'), kind: kind === 'actor' ? 'ACTOR' : 'INITIATIVE', depth: 1 };
}
