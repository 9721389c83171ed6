import type { NetworkSection } from './network.types.js';

/**
 * The change log's vocabulary (docs/history.md): every write transaction records one change set
 * with who, the operation, a one-line summary, and for each node or relation it touched the state
 * before and after (a row as the JSON export writes it, or null when absent).
 */

/** What wrote a change set: a mutation, an import path, the demo seed, or an undo. */
export const CHANGE_OPERATIONS = [
  'IMPORT_NETWORK',
  'UPLOAD',
  'CLI_IMPORT',
  'SEED',
  'CREATE_INITIATIVE',
  'UPDATE_INITIATIVE',
  'DELETE_INITIATIVE',
  'CREATE_ACTOR',
  'UPDATE_ACTOR',
  'DELETE_ACTOR',
  'UPSERT_INVOLVEMENT',
  'DELETE_INVOLVEMENT',
  'UPSERT_INFLUENCE',
  'DELETE_INFLUENCE',
  'UPSERT_AMPLIFICATION',
  'DELETE_AMPLIFICATION',
  'UPSERT_OUTCOME',
  'DELETE_OUTCOME',
  'UPSERT_BARRIER',
  'DELETE_BARRIER',
  'UNDO',
  'APPLY_PROPOSAL',
] as const;
export type ChangeOperation = (typeof CHANGE_OPERATIONS)[number];

/** Who wrote, and what: required by every write transaction (Neo4jService.writeTx). */
export interface ChangeDescription {
  /** the credential's name (`Alice`, `cli (jan)`, `demo seed`, …) */
  who: string;
  operation: ChangeOperation;
  /** one line; made from the recorded entries when left out */
  summary?: string;
  /** the change set an undo reverts */
  undoes?: number;
}

/** The kinds of entity the change log records, one per NetworkInput section. */
export const ENTITY_KINDS = [
  'INITIATIVE',
  'ACTOR',
  'INVOLVEMENT',
  'INFLUENCE',
  'AMPLIFICATION',
  'OUTCOME',
  'BARRIER',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const KIND_OF_SECTION: Record<NetworkSection, EntityKind> = {
  initiatives: 'INITIATIVE',
  actors: 'ACTOR',
  involvements: 'INVOLVEMENT',
  influences: 'INFLUENCE',
  amplifications: 'AMPLIFICATION',
  outcomes: 'OUTCOME',
  barriers: 'BARRIER',
};

/** A row as stored: the JSON export's form of one entity (null, undefined and empty lists left out). */
export type StateRow = Record<string, unknown>;

/** One node or relation a change set touched: its state before and after, and its change marks. */
export interface ChangeEntry {
  section: NetworkSection;
  /** null: it did not exist before */
  before: StateRow | null;
  /** null: it does not exist after (deleted) */
  after: StateRow | null;
  /** the entity's change mark (`_seq`) before; null when it had none or did not exist */
  seqBefore: number | null;
  /**
   * the mark it carries after; undefined means the change set's own seq. An undo restores the
   * marks the entities had before the change it reverts, so an earlier change stays undoable.
   */
  seqAfter?: number | null;
}

export type ChangeAction = 'CREATED' | 'UPDATED' | 'DELETED';

export function actionOf(entry: Pick<ChangeEntry, 'before' | 'after'>): ChangeAction {
  if (!entry.before) return 'CREATED';
  return entry.after ? 'UPDATED' : 'DELETED';
}

/** Per kind: how many entities a change set created, updated and deleted. */
export interface ChangeCount {
  kind: EntityKind;
  created: number;
  updated: number;
  deleted: number;
}
