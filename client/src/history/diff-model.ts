// A networkDiff as figures, lists and Cytoscape elements (added, removed and changed drawn apart):
// pure, unit-tested.
import type { ElementDefinition } from 'cytoscape';
import type { NetworkDiffQuery } from '../api/generated/graphql';
import { entryName } from './change-format';

export type Diff = NetworkDiffQuery['networkDiff'];
export type DiffItem = Diff['initiatives']['items'][number];
export type Change = 'added' | 'removed' | 'changed';

export const FIGURES = ['initiatives', 'actors', 'relations', 'isolates', 'components', 'bridges', 'brokers'] as const;
export type FigureKey = (typeof FIGURES)[number];

export interface FigureRow {
  key: FigureKey;
  before: number;
  after: number;
  delta: number;
}

/** The figures at both points with their change, in a fixed order. */
export function figureRows(diff: Diff): FigureRow[] {
  return FIGURES.map((key) => {
    const { before, after } = diff.figures[key];
    return { key, before, after, delta: after - before };
  });
}

/** A change as an arrow and a signed number (▲ +3, ▼ −2, = ±0): not colour alone. */
export function signed(delta: number): string {
  if (delta > 0) return `▲ +${delta}`;
  if (delta < 0) return `▼ −${-delta}`;
  return '= ±0';
}

export function changeOf(action: DiffItem['action']): Change {
  return action === 'CREATED' ? 'added' : action === 'DELETED' ? 'removed' : 'changed';
}

export const CHANGE_SYMBOL: Record<Change, string> = { added: '+', removed: '−', changed: '~' };

export interface EntityLists {
  added: DiffItem[];
  removed: DiffItem[];
  changed: DiffItem[];
}

/** The items of a section split into added, removed and changed (each in the server's order, by key). */
export function splitSection(items: readonly DiffItem[]): EntityLists {
  const lists: EntityLists = { added: [], removed: [], changed: [] };
  for (const item of items) lists[changeOf(item.action)].push(item);
  return lists;
}

/** Names of the initiatives and actors the diff mentions, by plain id (for bridges and components). */
export function namesById(diff: Diff): Map<string, string> {
  const names = new Map<string, string>();
  for (const item of [...diff.initiatives.items, ...diff.actors.items]) {
    const id = item.key.slice(item.key.indexOf(':') + 1);
    names.set(id, entryName(item.after, item.before, id));
  }
  for (const n of [...diff.isolatesAppeared, ...diff.isolatesTied, ...diff.brokersGained, ...diff.brokersLost])
    names.set(n.id, n.name);
  return names;
}

/** Whether the diff found nothing at all between the points. */
export function isEmptyDiff(diff: Diff): boolean {
  return (
    diff.changeSets === 0 ||
    (diff.initiatives.items.length === 0 && diff.actors.items.length === 0 && diff.relations.items.length === 0)
  );
}

const RELATION =
  /^(AMPLIFIES|INVOLVED_IN|INFLUENCES):(?:(DEEPENING|BROADENING|SPREADING):)?((?:initiative|actor):.+?)->((?:initiative|actor):.+)$/;

/** A relation's ends from its key (`AMPLIFIES:SPREADING:initiative:a->initiative:b`); null for outcomes and barriers. */
export function relationEnds(
  key: string,
): { type: 'AMPLIFIES' | 'INVOLVED_IN' | 'INFLUENCES'; mode: string | null; source: string; target: string } | null {
  const m = RELATION.exec(key);
  if (!m) return null;
  return {
    type: m[1] as 'AMPLIFIES' | 'INVOLVED_IN' | 'INFLUENCES',
    mode: m[2] ?? null,
    source: m[3] ?? '',
    target: m[4] ?? '',
  };
}

const EDGE_KIND = { AMPLIFIES: 'amplifies', INVOLVED_IN: 'involved', INFLUENCES: 'influences' } as const;

interface NodeData {
  id: string;
  label: string;
  kind: 'initiative' | 'actor';
  change: Change | 'context';
  size: number;
  colour: string;
  letter: string;
}

/** The fill of an initiative in the diff drawing: neutral, the border and line say the change. */
const INITIATIVE_FILL = '#DDE3EA';

function node(id: string, name: string, change: Change | 'context'): NodeData {
  const kind = id.startsWith('actor:') ? 'actor' : 'initiative';
  const label = change === 'context' ? name : `${CHANGE_SYMBOL[change]} ${name}`;
  return { id, label, kind, change, size: kind === 'actor' ? 16 : 26, colour: INITIATIVE_FILL, letter: '' };
}

/**
 * The diff drawn: the initiatives and actors added, removed and changed (their ends of changed
 * relations as context), and the relations added, removed and changed between them. An outcome
 * or barrier that changed marks its initiative as changed.
 */
export function diffElements(diff: Diff): ElementDefinition[] {
  const names = namesById(diff);
  const nodes = new Map<string, NodeData>();
  const plain = (id: string) => id.slice(id.indexOf(':') + 1);
  for (const item of [...diff.initiatives.items, ...diff.actors.items]) {
    nodes.set(item.key, node(item.key, entryName(item.after, item.before, item.key), changeOf(item.action)));
  }
  const edges: ElementDefinition[] = [];
  const contextNode = (id: string) => {
    if (!nodes.has(id)) nodes.set(id, node(id, names.get(plain(id)) ?? plain(id), 'context'));
  };
  for (const item of diff.relations.items) {
    const ends = relationEnds(item.key);
    if (!ends) {
      // an outcome or a barrier: its initiative changed
      for (const id of item.nodeIds) {
        const known = nodes.get(id);
        if (!known || known.change === 'context') nodes.set(id, node(id, names.get(plain(id)) ?? plain(id), 'changed'));
      }
      continue;
    }
    contextNode(ends.source);
    contextNode(ends.target);
    edges.push({
      group: 'edges',
      data: {
        id: item.key,
        source: ends.source,
        target: ends.target,
        kind: EDGE_KIND[ends.type],
        change: changeOf(item.action),
        width: 2,
        ...(ends.mode ? { mode: ends.mode } : {}),
      },
    });
  }
  return [...[...nodes.values()].map((data) => ({ group: 'nodes' as const, data })), ...edges];
}

function rowRegion(json: string | null | undefined): string | null {
  if (!json) return null;
  try {
    const row = JSON.parse(json) as { region?: unknown };
    return typeof row.region === 'string' ? row.region : null;
  } catch {
    return null;
  }
}

/**
 * The diff's entries that concern one region: initiatives and actors in it at either point, and
 * relations with an end among those initiatives and actors.
 */
export function regionItems(diff: Diff, region: string): DiffItem[] {
  const inRegion = (item: DiffItem) => rowRegion(item.before) === region || rowRegion(item.after) === region;
  const nodes = [...diff.initiatives.items, ...diff.actors.items].filter(inRegion);
  const keys = new Set(nodes.map((n) => n.key));
  const relations = diff.relations.items.filter((r) => r.nodeIds.some((id) => keys.has(id)));
  return [...nodes, ...relations];
}
