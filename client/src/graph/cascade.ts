// A cascade drawn by generation, and its time line for playback: pure, unit-tested without React.
import type { ElementDefinition } from 'cytoscape';
import type { AmplificationMode } from '../api/generated/graphql';

export interface CascadeNodeIn {
  id: string;
  generation: number;
  /** label; the id when absent */
  name?: string | null;
  /** YYYY-MM-DD */
  startedOn?: string | null;
}
export interface CascadeEdgeIn {
  from: string;
  to: string;
  mode: AmplificationMode;
  /** YYYY-MM-DD, when the amplification happened */
  on?: string | null;
}

export const ROW_GAP = 64;
export const COLUMN_GAP = 150;

/**
 * Preset positions: generation = row (root on top), nodes of one row spread evenly and centred;
 * within a row, children sit in the order of their parents, so edges cross less.
 */
export function generationPositions(
  nodes: readonly CascadeNodeIn[],
  edges: readonly CascadeEdgeIn[],
): Map<string, { x: number; y: number }> {
  const rows = new Map<number, string[]>();
  for (const n of [...nodes].sort((a, b) => a.generation - b.generation || a.id.localeCompare(b.id))) {
    const row = rows.get(n.generation) ?? [];
    row.push(n.id);
    rows.set(n.generation, row);
  }
  const generation = new Map(nodes.map((n) => [n.id, n.generation]));
  const order = new Map<string, number>();
  const positions = new Map<string, { x: number; y: number }>();
  for (const g of [...rows.keys()].sort((a, b) => a - b)) {
    const row = rows.get(g) ?? [];
    // a node's key: the smallest order among its parents in the row above
    const key = (id: string) => {
      let best = Number.POSITIVE_INFINITY;
      for (const e of edges)
        if (e.to === id && generation.get(e.from) === g - 1) best = Math.min(best, order.get(e.from) ?? best);
      return best;
    };
    const keys = new Map(row.map((id) => [id, key(id)]));
    row.sort((a, b) => (keys.get(a) ?? 0) - (keys.get(b) ?? 0) || a.localeCompare(b));
    row.forEach((id, i) => {
      order.set(id, i);
      positions.set(id, { x: (i - (row.length - 1) / 2) * COLUMN_GAP, y: g * ROW_GAP });
    });
  }
  return positions;
}

export const edgeId = (e: CascadeEdgeIn) => `${e.from}->${e.to}:${e.mode}`;

/** Cytoscape elements with preset positions; edges carry the mode, so the shared stylesheet encodes them. */
export function cascadeElements(
  nodes: readonly CascadeNodeIn[],
  edges: readonly CascadeEdgeIn[],
  rootColour = '#0072B2',
  colour = '#56B4E9',
): ElementDefinition[] {
  const positions = generationPositions(nodes, edges);
  const ids = new Set(nodes.map((n) => n.id));
  return [
    ...nodes.map((n) => ({
      group: 'nodes' as const,
      data: {
        id: n.id,
        kind: 'initiative',
        label: n.name ?? n.id,
        generation: n.generation,
        size: n.generation === 0 ? 34 : 24,
        colour: n.generation === 0 ? rootColour : colour,
      },
      position: positions.get(n.id) ?? { x: 0, y: 0 },
    })),
    ...edges
      .filter((e) => ids.has(e.from) && ids.has(e.to))
      .map((e) => ({
        group: 'edges' as const,
        data: { id: edgeId(e), source: e.from, target: e.to, mode: e.mode, kind: 'amplifies' },
      })),
  ];
}

/** One step of playback: the date and which elements are visible from then on. */
export interface RevealStep {
  date: string;
  nodes: string[];
  edges: string[];
}

/**
 * The cascade's time line: a node appears on its start date; an amplification on its own date, but
 * never before both its ends. Undated initiatives appear with their earliest dated tie (or the root);
 * undated amplifications appear once both ends are there. Steps are sorted by date; each lists what
 * becomes visible on that date.
 */
export function revealTimeline(nodes: readonly CascadeNodeIn[], edges: readonly CascadeEdgeIn[]): RevealStep[] {
  const ids = new Set(nodes.map((n) => n.id));
  const inner = edges.filter((e) => ids.has(e.from) && ids.has(e.to));
  const edgeDate = (e: CascadeEdgeIn) => e.on ?? null;
  const max = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);
  const min = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);

  const nodeDate = new Map<string, string | null>(nodes.map((n) => [n.id, n.startedOn ?? null]));
  // undated nodes: earliest dated amplification touching them
  for (const n of nodes) {
    if (nodeDate.get(n.id)) continue;
    let d: string | null = null;
    for (const e of inner) if (e.to === n.id || e.from === n.id) d = min(d, edgeDate(e));
    nodeDate.set(n.id, d);
  }
  // still undated: with the parent (by generation order), else with the earliest date at all
  let earliest: string | null = null;
  for (const d of nodeDate.values()) earliest = min(earliest, d);
  for (const e of inner) earliest = min(earliest, edgeDate(e));
  const byGeneration = [...nodes].sort((a, b) => a.generation - b.generation);
  for (const n of byGeneration) {
    if (nodeDate.get(n.id)) continue;
    let d: string | null = null;
    for (const e of inner) if (e.to === n.id) d = min(d, nodeDate.get(e.from) ?? null);
    nodeDate.set(n.id, d ?? earliest ?? '');
  }
  // a node never appears before the amplification that brought it in allows: an edge shows at the
  // latest of its own date and both ends
  const steps = new Map<string, RevealStep>();
  const at = (date: string) => {
    const step = steps.get(date) ?? { date, nodes: [], edges: [] };
    steps.set(date, step);
    return step;
  };
  for (const n of nodes) at(nodeDate.get(n.id) ?? '').nodes.push(n.id);
  for (const e of inner) {
    const d = max(max(edgeDate(e), nodeDate.get(e.from) ?? null), nodeDate.get(e.to) ?? null) ?? '';
    at(d).edges.push(edgeId(e));
  }
  return [...steps.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** Element ids hidden when playback stands at step `index` (everything after it). */
export function hiddenAt(timeline: readonly RevealStep[], index: number): Set<string> {
  const hidden = new Set<string>();
  timeline.forEach((step, i) => {
    if (i <= index) return;
    for (const id of step.nodes) hidden.add(id);
    for (const id of step.edges) hidden.add(id);
  });
  return hidden;
}

/** The playback index for a date: the last step on or before it (the first step when before all). */
export function stepForDate(timeline: readonly RevealStep[], date: string | null): number {
  if (timeline.length === 0) return 0;
  if (date === null) return timeline.length - 1;
  let index = 0;
  timeline.forEach((step, i) => {
    if (step.date <= date) index = i;
  });
  return index;
}

/** Structural virality in words: near 2 a star (broadcast-like), larger for long chains. */
export function viralityShape(sv: number, size: number): 'broadcast' | 'mixed' | 'chain' {
  if (size <= 2) return 'broadcast';
  // a star of n nodes has SV = 2(n-1)/n (< 2); a path of n nodes has SV = (n+1)/3
  const star = (2 * (size - 1)) / size;
  const path = (size + 1) / 3;
  if (path <= star) return 'broadcast';
  // on a log scale: SV grows roughly with the log of size for tree-like spread, linearly for chains
  const share = (Math.log(sv) - Math.log(star)) / (Math.log(path) - Math.log(star));
  return share < 0.33 ? 'broadcast' : share > 0.66 ? 'chain' : 'mixed';
}

/** Median structural virality of the listed cascades in one size bin (null when fewer than `min` are listed). */
export function binMedian(
  rows: readonly { sizeBin: string; structuralVirality: number }[],
  bin: string,
  min = 3,
): number | null {
  const values = rows
    .filter((r) => r.sizeBin === bin)
    .map((r) => r.structuralVirality)
    .sort((a, b) => a - b);
  if (values.length === 0 || values.length < min) return null;
  const mid = Math.floor(values.length / 2);
  return values.length % 2 ? (values[mid] ?? null) : ((values[mid - 1] ?? 0) + (values[mid] ?? 0)) / 2;
}
