import { keyOf } from '../../../domain/change-entries.js';
import type { ChangeEntry, StateRow } from '../../../domain/change.types.js';
import { stateText } from '../../../domain/network-rows.js';
import type { NetworkSection } from '../../../domain/network.types.js';

/** An entity as it is now: its canonical state and change mark. */
export interface CurrentState {
  state: StateRow;
  seq: number | null;
}

/** Why an entity stands in an undo's way. */
export interface Blocker {
  /** the entity's key (`initiative:x`, `INVOLVED_IN:actor:a->initiative:x`, …) */
  key: string;
  /** the node keys to look for the later change under */
  nodeKeys: string[];
  /** what happened to it, in words: `changed`, `deleted`, `created again`, … */
  what: string;
  /** its current mark, when it exists (the later change, unless an undo restored an older mark) */
  mark: number | null;
}

/**
 * The entities of a change set that something later touched: the entity must still be as the
 * change set left it, that is present or absent as after it, carrying the change mark it left
 * (`seqAfter`), and (for safety against writes outside the change log) with the same state.
 */
export function staleEntries(
  entries: readonly ChangeEntry[],
  current: ReadonlyMap<string, CurrentState>,
  nodeKeysOf: (entry: ChangeEntry) => string[],
): Blocker[] {
  const blockers: Blocker[] = [];
  for (const entry of entries) {
    const key = keyOf(entry);
    const now = current.get(key);
    const block = (what: string) => blockers.push({ key, nodeKeys: nodeKeysOf(entry), what, mark: now?.seq ?? null });
    if (entry.after === null) {
      if (now) block('created again');
    } else if (!now) {
      block('deleted');
    } else if (now.seq !== (entry.seqAfter ?? null) || stateText(now.state) !== stateText(entry.after)) {
      block('changed');
    }
  }
  return blockers;
}

/** The rows an undo writes back (with the marks they had) and the entities it deletes, by section. */
export interface UndoWrites {
  upserts: { [S in NetworkSection]?: StateRow[] };
  marks: { [S in NetworkSection]?: (number | null)[] };
  deletes: { [S in NetworkSection]?: StateRow[] };
}

/** What reverting the entries writes: each entity back to its state before, with its mark before. */
export function undoWrites(entries: readonly ChangeEntry[]): UndoWrites {
  const writes: UndoWrites = { upserts: {}, marks: {}, deletes: {} };
  for (const entry of entries) {
    if (entry.before === null) {
      (writes.deletes[entry.section] ??= []).push(entry.after!);
    } else {
      (writes.upserts[entry.section] ??= []).push(entry.before);
      (writes.marks[entry.section] ??= []).push(entry.seqBefore);
    }
  }
  return writes;
}

/** The entries of the undo's own change set: each entity from its state after back to before. */
export function reversed(entries: readonly ChangeEntry[]): ChangeEntry[] {
  return entries.map((e) => ({
    section: e.section,
    before: e.after,
    after: e.before,
    seqBefore: e.seqAfter ?? null,
    seqAfter: e.seqBefore,
  }));
}

/** The initiatives and actors the undo deletes (created by the change set), by section. */
export function nodesDeleted(entries: readonly ChangeEntry[]): { initiatives: string[]; actors: string[] } {
  const ids = (section: NetworkSection) =>
    entries.filter((e) => e.section === section && e.before === null).map((e) => String(e.after!.id));
  return { initiatives: ids('initiatives'), actors: ids('actors') };
}

/** The initiatives and actors the restored relations need, as [kind, id]: they must exist after the undo. */
export function endsNeeded(entries: readonly ChangeEntry[]): { initiatives: Set<string>; actors: Set<string> } {
  const needed = { initiatives: new Set<string>(), actors: new Set<string>() };
  for (const e of entries) {
    const row = e.before;
    if (!row || e.section === 'initiatives' || e.section === 'actors') continue;
    for (const field of ['initiativeId', 'fromInitiativeId', 'toInitiativeId']) {
      if (typeof row[field] === 'string') needed.initiatives.add(row[field]);
    }
    for (const field of ['actorId', 'fromActorId', 'toActorId']) {
      if (typeof row[field] === 'string') needed.actors.add(row[field]);
    }
  }
  // nodes the undo restores itself are there
  for (const e of entries) {
    if (e.before && e.section === 'initiatives') needed.initiatives.delete(String(e.before.id));
    if (e.before && e.section === 'actors') needed.actors.delete(String(e.before.id));
  }
  return needed;
}
