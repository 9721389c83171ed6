import { Injectable } from '@nestjs/common';
import { AppError } from '../../common/app-error.js';
import { CHUNK_ENTRIES } from '../../database/change-log.js';
import { nodeKeysOfEntry } from '../../domain/change-entries.js';
import { checkPageSize, decodeCursor, encodeCursor } from '../entities/utils/cursor.js';
import { HistoryRepository, NEWEST, type ChangeSetRow } from './history.repository.js';
import type { ChangeSet, ChangeSetConnection, CompactionReport, EntityChangePage } from './models/change-set.model.js';
import { changeSetOf, entityChangeOf } from './utils/present.js';

export interface ChangesQuery {
  first: number;
  after: string | null;
  since: string | null;
  until: string | null;
  /** an initiative or actor id: only the change sets that touched it (or one of its relations) */
  entityId: string | null;
  by: string | null;
}

const CURSOR_KIND = 'change';
const MAX_ENTRIES_PAGE = 500;

/** The change log read back: pages of change sets, an entity's history, the entries of one, retention. */
@Injectable()
export class HistoryService {
  constructor(private readonly repository: HistoryRepository) {}

  /** Change sets newest first, a page at a time (first ≤ 500; pass pageInfo.endCursor as after). */
  async changes(query: ChangesQuery): Promise<ChangeSetConnection> {
    const keys = query.entityId === null ? null : [`initiative:${query.entityId}`, `actor:${query.entityId}`];
    return this.page(query, keys);
  }

  /** The change sets that touched one initiative or actor (or one of its relations), newest first. */
  async history(kind: 'initiative' | 'actor', id: string, first: number, after: string | null) {
    return this.page({ first, after, since: null, until: null, entityId: null, by: null }, [`${kind}:${id}`]);
  }

  private async page(query: ChangesQuery, keys: string[] | null): Promise<ChangeSetConnection> {
    checkPageSize(query.first);
    const cursor = decodeCursor(CURSOR_KIND, query.after);
    const before = cursor === null ? NEWEST : Number(cursor);
    if (!Number.isSafeInteger(before)) {
      throw AppError.badInput(
        [{ path: 'after', message: `'${query.after}' is not a cursor from this list` }],
        'cursor',
      );
    }
    const seqs = keys === null ? null : await this.repository.seqsTouching(keys);
    const filter = { before, since: query.since, until: query.until, by: query.by };
    const rows = seqs !== null && seqs.length === 0 ? [] : await this.repository.list(filter, query.first + 1, seqs);
    const edges = rows
      .slice(0, query.first)
      .map((row) => ({ cursor: encodeCursor(CURSOR_KIND, String(row.seq)), node: changeSetOf(row) }));
    return {
      pageInfo: {
        hasNextPage: rows.length > query.first,
        hasPreviousPage: cursor !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      edges,
    };
  }

  async changeSet(seq: number): Promise<ChangeSet | null> {
    const row = await this.repository.get(seq);
    return row ? changeSetOf(row) : null;
  }

  /**
   * A page of a change set's entries. Only the chunks the page needs are read and decompressed;
   * with entityId, only the entries of that initiative or actor (in a bulk change set, only the
   * chunks that hold it).
   */
  async entries(change: ChangeSet, first: number, offset: number, entityId: string | null): Promise<EntityChangePage> {
    if (!Number.isInteger(first) || first < 0 || first > MAX_ENTRIES_PAGE || !Number.isInteger(offset) || offset < 0) {
      throw AppError.badInput(
        [{ path: 'first', message: `first is from 0 to ${MAX_ENTRIES_PAGE} and offset 0 or more` }],
        'page size',
      );
    }
    if (entityId === null) {
      const chunks: number[] = [];
      for (
        let n = Math.floor(offset / CHUNK_ENTRIES);
        n * CHUNK_ENTRIES < Math.min(offset + first, change.entryCount);
        n++
      ) {
        chunks.push(n);
      }
      const entries = chunks.length === 0 ? [] : await this.repository.entries(change.seq, chunks);
      const start = offset - (chunks[0] ?? 0) * CHUNK_ENTRIES;
      return { totalCount: change.entryCount, items: entries.slice(start, start + first).map(entityChangeOf) };
    }
    const keys = [`initiative:${entityId}`, `actor:${entityId}`];
    const chunks = change.bulk ? await this.repository.bulkChunksWith(change.seq, keys) : null;
    const entries = chunks !== null && chunks.length === 0 ? [] : await this.repository.entries(change.seq, chunks);
    const matching = entries.filter((e) => nodeKeysOfEntry(e).some((k) => keys.includes(k)));
    return { totalCount: matching.length, items: matching.slice(offset, offset + first).map(entityChangeOf) };
  }

  /** Retention: removes the change sets committed before `before` (not in the future); the network stays as it is. */
  async compact(before: string): Promise<CompactionReport> {
    if (new Date(before).getTime() > Date.now()) {
      throw AppError.badInput([{ path: 'before', message: `${before} is in the future` }], 'compaction');
    }
    return this.repository.compact(before);
  }

  /** A change set row by seq, for the undo mutation's answer. */
  async get(seq: number): Promise<ChangeSetRow | null> {
    return this.repository.get(seq);
  }
}
