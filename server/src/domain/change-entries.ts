import {
  ENTITY_KINDS,
  KIND_OF_SECTION,
  actionOf,
  type ChangeCount,
  type ChangeEntry,
  type ChangeOperation,
  type StateRow,
} from './change.types.js';
import { entityKey, nodeKeysOf } from './network-rows.js';

type EntryStates = Pick<ChangeEntry, 'section' | 'before' | 'after'>;

/** The key of an entry's entity (from whichever state it has). */
export function keyOf(entry: EntryStates): string {
  return entityKey[entry.section]((entry.after ?? entry.before)!);
}

/** The node keys (initiatives and actors) an entry belongs to. */
export function nodeKeysOfEntry(entry: EntryStates): string[] {
  return nodeKeysOf[entry.section]((entry.after ?? entry.before)!);
}

export function countEntries(entries: Iterable<EntryStates>): ChangeCount[] {
  const counts = new Map(ENTITY_KINDS.map((kind) => [kind, { kind, created: 0, updated: 0, deleted: 0 }]));
  for (const entry of entries) {
    const count = counts.get(KIND_OF_SECTION[entry.section])!;
    const action = actionOf(entry);
    if (action === 'CREATED') count.created += 1;
    else if (action === 'UPDATED') count.updated += 1;
    else count.deleted += 1;
  }
  return [...counts.values()].filter((c) => c.created + c.updated + c.deleted > 0);
}

/** The fields whose values differ between two states (of one entity), in the order they appear. */
export function changedFields(before: StateRow | null, after: StateRow | null): string[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return keys.filter((k) => JSON.stringify(before?.[k] ?? null) !== JSON.stringify(after?.[k] ?? null));
}

const NOUNS: Record<string, [string, string]> = {
  INITIATIVE: ['initiative', 'initiatives'],
  ACTOR: ['actor', 'actors'],
  INVOLVEMENT: ['involvement', 'involvements'],
  INFLUENCE: ['influence', 'influences'],
  AMPLIFICATION: ['amplification', 'amplifications'],
  OUTCOME: ['outcome', 'outcomes'],
  BARRIER: ['barrier', 'barriers'],
};

/** "3 involvements created; 2 initiatives (1 created, 1 updated)", or "nothing changed". */
export function describeCounts(counts: readonly ChangeCount[]): string {
  const parts = counts.map((c) => {
    const [one, many] = NOUNS[c.kind]!;
    const total = c.created + c.updated + c.deleted;
    const noun = total === 1 ? one : many;
    const actions = (
      [
        [c.created, 'created'],
        [c.updated, 'updated'],
        [c.deleted, 'deleted'],
      ] as const
    ).filter(([n]) => n > 0);
    if (actions.length === 1) return `${total} ${noun} ${actions[0]![1]}`;
    return `${total} ${noun} (${actions.map(([n, verb]) => `${n} ${verb}`).join(', ')})`;
  });
  return parts.length > 0 ? parts.join('; ') : 'nothing changed';
}

/** How an entity is named in a summary: `initiative 'x' (Name)`, `involvement of actor 'a' in 'x'`. */
export function describeEntity(entry: EntryStates): string {
  const row = (entry.after ?? entry.before)!;
  const q = (v: unknown) => `'${String(v)}'`;
  switch (entry.section) {
    case 'initiatives':
      return `initiative ${q(row.id)} (${String(row.name)})`;
    case 'actors':
      return `actor ${q(row.id)} (${String(row.name)})`;
    case 'involvements':
      return `involvement of actor ${q(row.actorId)} in ${q(row.initiativeId)}`;
    case 'influences':
      return `influence of actor ${q(row.fromActorId)} on ${q(row.toActorId)}`;
    case 'amplifications':
      return `${String(row.mode)} amplification ${q(row.fromInitiativeId)} → ${q(row.toInitiativeId)}`;
    case 'outcomes':
      return `outcome ${String(row.kind)}${typeof row.name === 'string' ? ` '${row.name}'` : ''} of ${q(row.initiativeId)}`;
    case 'barriers':
      return `barrier ${String(row.barrier)} of ${q(row.initiativeId)}`;
  }
}

function describeOne(entry: EntryStates): string {
  const action = actionOf(entry);
  if (action === 'UPDATED') {
    return `changed ${describeEntity(entry)}: ${changedFields(entry.before, entry.after).join(', ')}`;
  }
  return `${action === 'CREATED' ? 'created' : 'deleted'} ${describeEntity(entry)}`;
}

/**
 * The one-line summary of a change set: the entity and what changed for a single edit, the node and
 * its relations for a delete (or the undo of one), the counts per kind otherwise.
 */
export function summarize(
  operation: ChangeOperation,
  head: readonly EntryStates[],
  total: number,
  counts: readonly ChangeCount[],
): string {
  if (total === 0) return 'nothing changed';
  if (total === 1) return describeOne(head[0]!);
  const nodes = head.filter((e) => e.section === 'initiatives' || e.section === 'actors');
  if (nodes.length === 1 && operation !== 'IMPORT_NETWORK' && operation !== 'UPLOAD' && operation !== 'CLI_IMPORT') {
    const others = total - 1;
    return `${describeOne(nodes[0]!)} with ${others} relation${others === 1 ? '' : 's'}`;
  }
  return describeCounts(counts);
}
