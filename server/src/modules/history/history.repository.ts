import { Injectable } from '@nestjs/common';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { Neo4jService } from '../../database/neo4j.service.js';
import { decodeChunk } from '../../database/change-log.js';
import type { ChangeCount, ChangeEntry, ChangeOperation } from '../../domain/change.types.js';

/** A change set as stored (without its entries); `at` in epoch milliseconds. */
export interface ChangeSetRow {
  seq: number;
  at: number;
  who: string;
  operation: ChangeOperation;
  summary: string;
  counts: ChangeCount[];
  entries: number;
  chunks: number;
  bulk: boolean;
  undoes: number | null;
  undoneBy: number | null;
}

export interface ChangeFilter {
  /** only seqs below this one (the cursor) */
  before: number;
  since: string | null;
  until: string | null;
  by: string | null;
}

type StoredRow = Omit<ChangeSetRow, 'counts'> & { counts: string };

function changeSetOf(row: StoredRow): ChangeSetRow {
  return {
    ...row,
    counts: JSON.parse(row.counts) as ChangeCount[],
    undoes: row.undoes ?? null,
    undoneBy: row.undoneBy ?? null,
  };
}

/** The largest seq a cursor can stand for: "from the newest on". */
export const NEWEST = Number.MAX_SAFE_INTEGER;

/**
 * Plain data access for the change log: change sets, their chunks of entries (decoded here), the
 * index from initiatives and actors to change sets, and retention. Reads run in their own read
 * transaction, or in the caller's (an undo reads inside its write transaction).
 */
@Injectable()
export class HistoryRepository {
  constructor(private readonly db: Neo4jService) {}

  async list(filter: ChangeFilter, limit: number, seqs: number[] | null): Promise<ChangeSetRow[]> {
    const params = { ...filter, before: neo4j.int(filter.before), limit: neo4j.int(limit) };
    const rows =
      seqs === null
        ? await this.db.read<{ change: StoredRow }>('history/list-changes', params)
        : await this.db.read<{ change: StoredRow }>('history/list-changes-of', {
            ...params,
            seqs: seqs.map((s) => neo4j.int(s)),
          });
    return rows.map((r) => changeSetOf(r.change));
  }

  /** The change sets that touched any of these initiatives or actors (`initiative:<id>`, `actor:<id>`). */
  async seqsTouching(keys: string[], tx?: ManagedTransaction): Promise<number[]> {
    const rows = tx
      ? await this.db.run<{ seqs: number[] }>(tx, 'history/entity-seqs', { keys })
      : await this.db.read<{ seqs: number[] }>('history/entity-seqs', { keys });
    return rows[0]?.seqs ?? [];
  }

  async get(seq: number, tx?: ManagedTransaction): Promise<ChangeSetRow | null> {
    const params = { seq: neo4j.int(seq) };
    const [row] = tx
      ? await this.db.run<{ change: StoredRow }>(tx, 'history/get-change-set', params)
      : await this.db.read<{ change: StoredRow }>('history/get-change-set', params);
    return row ? changeSetOf(row.change) : null;
  }

  /** The entries of a change set: all of them, or those of the given chunks. */
  async entries(seq: number, chunks: number[] | null = null, tx?: ManagedTransaction): Promise<ChangeEntry[]> {
    const params = { seq: neo4j.int(seq), ns: chunks === null ? null : chunks.map((n) => neo4j.int(n)) };
    const rows = tx
      ? await this.db.run<{ n: number; data: Int8Array }>(tx, 'history/get-chunks', params)
      : await this.db.read<{ n: number; data: Int8Array }>('history/get-chunks', params);
    return (await Promise.all(rows.map((r) => decodeChunk(r.data, seq)))).flat();
  }

  /** The chunks of a bulk change set that hold entries of these initiatives or actors. */
  async bulkChunksWith(seq: number, keys: string[], tx?: ManagedTransaction): Promise<number[]> {
    const params = { seq: neo4j.int(seq), keys };
    const rows = tx
      ? await this.db.run<{ ns: number[] }>(tx, 'history/bulk-chunks-with', params)
      : await this.db.read<{ ns: number[] }>('history/bulk-chunks-with', params);
    return rows[0]?.ns ?? [];
  }

  /** Every entry of the change sets after `after` up to `upTo`, in sequence order, each with its seq. */
  async entriesBetween(after: number, upTo: number): Promise<{ seq: number; entry: ChangeEntry }[]> {
    const rows = await this.db.read<{ seq: number; n: number; data: Int8Array }>('history/chunks-between', {
      after: neo4j.int(after),
      upTo: neo4j.int(upTo),
    });
    const decoded = await Promise.all(rows.map((r) => decodeChunk(r.data, r.seq)));
    return decoded.flatMap((entries, i) => entries.map((entry) => ({ seq: rows[i]!.seq, entry })));
  }

  async bounds(): Promise<{ seq: number; historyFrom: number; compactedBefore: number | null }> {
    const [row] = await this.db.read<{ seq: number; historyFrom: number; compactedBefore: number | null }>(
      'history/history-bounds',
    );
    return row ?? { seq: 0, historyFrom: 1, compactedBefore: null };
  }

  /** The last change set committed at or before an instant (ISO), if one is kept. */
  async seqAt(at: string): Promise<{ seq: number; at: number } | null> {
    const [row] = await this.db.read<{ seq: number | null; at: number | null }>('history/seq-at', { at });
    return row && row.seq !== null ? { seq: row.seq, at: row.at! } : null;
  }

  /** Removes the change sets committed before an instant; the network is not touched. */
  async compact(before: string): Promise<{ changeSets: number; chunks: number; bytes: number; historyFrom: number }> {
    const [row] = await this.db.writeMetadata((tx) =>
      this.db.run<{ changeSets: number; chunks: number; bytes: number; historyFrom: number }>(
        tx,
        'history/compact-history',
        { before },
      ),
    );
    return row ?? { changeSets: 0, chunks: 0, bytes: 0, historyFrom: 1 };
  }
}
