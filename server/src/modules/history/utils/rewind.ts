import { keyOf } from '../../../domain/change-entries.js';
import type { ChangeEntry, StateRow } from '../../../domain/change.types.js';
import { entityKey, stateText, type SectionRows } from '../../../domain/network-rows.js';
import type { NetworkSection } from '../../../domain/network.types.js';
import { projectionFromNetworkInput } from '../../analytics/engine/graphs.js';
import type { NetworkProjection } from '../../analytics/engine/projection.js';

/**
 * Going back in the change log: the state of an entity after change set p is the state before the
 * first change after p that touched it (or, if none did, its state now). From the current
 * projection and the entries after p, the network as it was after p.
 */

export interface LoggedEntry {
  seq: number;
  entry: ChangeEntry;
}

export interface StateAt {
  section: NetworkSection;
  state: StateRow | null;
}

/** Per entity with a change after `point`: its state after change set `point`. */
export function statesAt(entries: readonly LoggedEntry[], point: number): Map<string, StateAt> {
  const states = new Map<string, StateAt>();
  for (const { seq, entry } of entries) {
    if (seq <= point) continue;
    const key = keyOf(entry);
    if (!states.has(key)) states.set(key, { section: entry.section, state: entry.before });
  }
  return states;
}

/** Per entity with a logged change: its state now (after its last logged change). */
export function statesNow(entries: readonly LoggedEntry[]): Map<string, StateAt> {
  const states = new Map<string, StateAt>();
  for (const { entry } of entries) states.set(keyOf(entry), { section: entry.section, state: entry.after });
  return states;
}

/** One entity's net change between two points, as a change entry (before = at from, after = at to), by key. */
export function netChanges(entries: readonly LoggedEntry[], from: number, to: number): ChangeEntry[] {
  const now = statesNow(entries);
  const atFrom = statesAt(entries, from);
  const atTo = statesAt(entries, to);
  const out: [string, ChangeEntry][] = [];
  for (const [key, current] of now) {
    const before = (atFrom.get(key) ?? current).state;
    const after = (atTo.get(key) ?? current).state;
    if (stateText(before) === stateText(after)) continue;
    out.push([key, { section: current.section, before, after, seqBefore: null }]);
  }
  return out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, entry]) => entry);
}

type Part = Exclude<keyof NetworkProjection, never>;

/** The projection part a section lives in (outcomes are not in the projection). */
const PART: Partial<Record<NetworkSection, Part>> = {
  initiatives: 'initiatives',
  actors: 'actors',
  involvements: 'involvements',
  influences: 'influences',
  amplifications: 'amplifications',
  barriers: 'barriers',
};

/** The entity key of a projection item, as the change log names it. */
const ITEM_KEY: Record<Part, (item: Record<string, unknown>) => string> = {
  initiatives: (i) => entityKey.initiatives(i),
  actors: (a) => entityKey.actors(a),
  involvements: (e) => entityKey.involvements(e),
  influences: (e) => entityKey.influences({ fromActorId: e.from, toActorId: e.to }),
  amplifications: (e) => entityKey.amplifications({ fromInitiativeId: e.from, toInitiativeId: e.to, mode: e.mode }),
  barriers: (b) => entityKey.barriers(b),
};

/** A state row as the projection's item of its part. */
function itemOf(section: NetworkSection, row: StateRow): unknown {
  const projection = projectionFromNetworkInput({ [section]: [row as unknown as SectionRows[typeof section]] });
  return projection[PART[section]!][0];
}

/** The projection with the given entities replaced by their states (null: absent). */
export function applyStates(current: NetworkProjection, states: ReadonlyMap<string, StateAt>): NetworkProjection {
  const byPart = new Map<Part, Map<string, StateAt>>();
  for (const [key, at] of states) {
    const part = PART[at.section];
    if (!part) continue;
    let map = byPart.get(part);
    if (!map) byPart.set(part, (map = new Map<string, StateAt>()));
    map.set(key, at);
  }
  const result = { ...current };
  for (const [part, changes] of byPart) {
    const items = current[part] as unknown as Record<string, unknown>[];
    const seen = new Set<string>();
    const kept: unknown[] = [];
    for (const item of items) {
      const key = ITEM_KEY[part](item);
      const change = changes.get(key);
      if (!change) kept.push(item);
      else {
        seen.add(key);
        if (change.state) kept.push(itemOf(change.section, change.state));
      }
    }
    for (const [key, change] of changes) {
      if (!seen.has(key) && change.state) kept.push(itemOf(change.section, change.state));
    }
    (result as Record<Part, unknown[]>)[part] = kept;
  }
  return result;
}
