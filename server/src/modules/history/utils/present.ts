import { changedFields, describeEntity, keyOf, nodeKeysOfEntry } from '../../../domain/change-entries.js';
import { KIND_OF_SECTION, actionOf, type ChangeEntry } from '../../../domain/change.types.js';
import type { ChangeSetRow } from '../history.repository.js';
import type { ChangeSet, EntityChange } from '../models/change-set.model.js';

const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

/** A change-log entry as the API shows it. */
export function entityChangeOf(entry: ChangeEntry): EntityChange {
  return {
    kind: KIND_OF_SECTION[entry.section],
    action: actionOf(entry),
    key: keyOf(entry),
    nodeIds: nodeKeysOfEntry(entry),
    label: describeEntity(entry),
    fields: changedFields(entry.before, entry.after).map((field) => ({
      field,
      before: json(entry.before?.[field]),
      after: json(entry.after?.[field]),
    })),
    before: json(entry.before),
    after: json(entry.after),
  };
}

/** A stored change set as the API shows it. */
export function changeSetOf(row: ChangeSetRow): ChangeSet {
  return {
    seq: row.seq,
    at: new Date(row.at).toISOString(),
    who: row.who,
    operation: row.operation,
    summary: row.summary,
    counts: row.counts,
    entryCount: row.entries,
    bulk: row.bulk,
    undoes: row.undoes,
    undoneBy: row.undoneBy,
  };
}
