import { Injectable } from '@nestjs/common';
import type { ManagedTransaction } from 'neo4j-driver';
import { AppError } from '../../common/app-error.js';
import { Neo4jService } from '../../database/neo4j.service.js';
import { describeCounts, keyOf, nodeKeysOfEntry } from '../../domain/change-entries.js';
import type { ChangeEntry } from '../../domain/change.types.js';
import { NETWORK_SECTIONS, type NetworkInput } from '../../domain/network.types.js';
import { NetworkService } from '../network/network.service.js';
import { HistoryRepository, type ChangeSetRow } from './history.repository.js';
import {
  endsNeeded,
  nodesDeleted,
  reversed,
  staleEntries,
  undoWrites,
  type Blocker,
  type CurrentState,
} from './utils/undo-plan.js';

/** How many later change sets are searched for the one that touched a blocking entity. */
const SEARCH_LIMIT = 20;

/**
 * Undo: reverts one change set, in one write transaction that is itself a change set (operation
 * UNDO). Allowed when nothing later touched the same nodes or relations (each is still as the
 * change set left it); otherwise CONFLICT, naming each entity in the way and the later change
 * set that touched it. Undoing a delete brings the node back with every relation deleted with
 * it. The entities get back the change marks they had, so the change before stays undoable.
 */
@Injectable()
export class UndoService {
  constructor(
    private readonly db: Neo4jService,
    private readonly network: NetworkService,
    private readonly repository: HistoryRepository,
  ) {}

  /** Reverts change set `seq`; returns the undo's own seq. */
  async undo(seq: number, who: string): Promise<number> {
    return this.db.writeTx({ who, operation: 'UNDO', undoes: seq }, async (w) => {
      const target = await this.repository.get(seq, w.tx);
      if (!target) throw await this.missing(seq);
      const entries = await this.repository.entries(seq, null, w.tx);
      if (entries.length < target.entries) {
        throw new AppError(
          'CONFLICT',
          `change #${seq} was recorded without its states (CHANGE_LOG=false): it cannot be undone`,
        );
      }
      const blockers = await this.blockers(w.tx, entries);
      if (blockers.length > 0) throw await this.conflict(w.tx, target, blockers);
      const writes = undoWrites(entries);
      await this.network.deleteRows(w.tx, writes.deletes);
      await this.network.writeRows(w.tx, writes.upserts as NetworkInput, writes.marks);
      w.log.record(reversed(entries));
      w.summary = `undid #${seq} (${target.operation} by ${target.who}): ${describeCounts(w.log.countsByKind())}`;
      return w.seq;
    });
  }

  private async missing(seq: number): Promise<AppError> {
    const bounds = await this.repository.bounds();
    if (seq < bounds.historyFrom && seq > 0) {
      return new AppError(
        'NOT_FOUND',
        `change #${seq} is no longer kept: history before #${bounds.historyFrom} was compacted`,
      );
    }
    return new AppError('NOT_FOUND', `there is no change #${seq}`);
  }

  /** Everything in the undo's way: entities changed since, foreign relations of nodes to delete, missing ends. */
  private async blockers(tx: ManagedTransaction, entries: ChangeEntry[]): Promise<Blocker[]> {
    const current = new Map<string, CurrentState>();
    for (const section of NETWORK_SECTIONS) {
      const rows = entries.filter((e) => e.section === section).map((e) => (e.after ?? e.before)!);
      for (const stored of await this.network.states(tx, section, rows)) {
        current.set(keyOf({ section, before: stored.state, after: null }), stored);
      }
    }
    const blockers = staleEntries(entries, current, nodeKeysOfEntry);
    const own = new Set(entries.map(keyOf));
    const deleted = nodesDeleted(entries);
    for (const section of ['initiatives', 'actors'] as const) {
      if (deleted[section].length === 0) continue;
      for (const relation of await this.network.relationsOf(tx, section, deleted[section])) {
        const entry = { section: relation.section, before: relation.stored.state, after: null };
        if (own.has(keyOf(entry))) continue;
        blockers.push({
          key: keyOf(entry),
          nodeKeys: nodeKeysOfEntry(entry),
          what: 'added since',
          mark: relation.stored.seq,
        });
      }
    }
    const needed = endsNeeded(entries);
    for (const [section, ids] of [
      ['initiatives', needed.initiatives],
      ['actors', needed.actors],
    ] as const) {
      const rows = [...ids].map((id) => ({ id }));
      const present = new Set((await this.network.states(tx, section, rows)).map((s) => String(s.state.id)));
      for (const id of ids) {
        if (present.has(id)) continue;
        const nodeKey = `${section === 'initiatives' ? 'initiative' : 'actor'}:${id}`;
        blockers.push({
          key: nodeKey,
          nodeKeys: [nodeKey],
          what: 'deleted (a relation to restore needs it)',
          mark: null,
        });
      }
    }
    return blockers;
  }

  /** CONFLICT naming every entity in the way and the later change set that touched it. */
  private async conflict(tx: ManagedTransaction, target: ChangeSetRow, blockers: Blocker[]): Promise<AppError> {
    const problems = [];
    for (const blocker of blockers.slice(0, 50)) {
      const later = await this.laterChange(tx, target.seq, blocker);
      problems.push({
        path: blocker.key,
        message: later
          ? `${blocker.what} by change #${later.seq} (${later.operation} by ${later.who})`
          : `${blocker.what} outside the change log`,
      });
    }
    const first = problems[0]!;
    const more = blockers.length > 1 ? ` (and ${blockers.length - 1} more)` : '';
    return new AppError(
      'CONFLICT',
      `change #${target.seq} cannot be undone: ${first.path} was ${first.message}${more}`,
      problems,
    );
  }

  /** The newest change set after `seq` with an entry for the blocker's entity. */
  private async laterChange(tx: ManagedTransaction, seq: number, blocker: Blocker): Promise<ChangeSetRow | null> {
    const candidates = (await this.repository.seqsTouching(blocker.nodeKeys, tx))
      .filter((s) => s > seq)
      .sort((a, b) => b - a)
      .slice(0, SEARCH_LIMIT);
    for (const candidate of candidates) {
      const change = await this.repository.get(candidate, tx);
      if (!change) continue;
      const chunks = change.bulk ? await this.repository.bulkChunksWith(candidate, blocker.nodeKeys, tx) : null;
      const entries = await this.repository.entries(candidate, chunks, tx);
      if (entries.some((e) => keyOf(e) === blocker.key)) return change;
    }
    if (blocker.mark !== null && blocker.mark > seq) return this.repository.get(blocker.mark, tx);
    return null;
  }
}
