import { Injectable, Logger } from '@nestjs/common';
import type { ManagedTransaction } from 'neo4j-driver';
import { AppError } from '../../common/app-error.js';
import { Neo4jService, type WriteContext } from '../../database/neo4j.service.js';
import { describeCounts } from '../../domain/change-entries.js';
import type { ChangeDescription, ChangeEntry, ChangeOperation, StateRow } from '../../domain/change.types.js';
import type { SectionRows } from '../../domain/network-rows.js';
import {
  NETWORK_SECTIONS,
  type InputProblem,
  type NetworkInput,
  type NetworkSection,
} from '../../domain/network.types.js';
import { summarizeTies, type TieSummary } from '../analytics/engine/core/tie-components.js';
import { NetworkRepository, batches, settled, type Marks, type StoredState } from './network.repository.js';
import { changedRows, createdEntries, splitByExistence, type ExistedBefore } from './utils/plan-import.js';
import { sortProblems, unknownReferenceProblems, validateNetworkInput } from './utils/validate-network.js';

export type ImportCounts = Record<NetworkSection, number>;

export interface NetworkStatsResult {
  initiatives: number;
  actors: number;
  involvements: number;
  influences: number;
  amplifications: number;
  components: number;
  isolatedInitiatives: number;
  largestComponent: number;
  dataVersion: number;
}

/** Translates an input path (`initiatives[3].name`) into where the user wrote it (a file row…). */
export type ProblemLocator = (problem: InputProblem) => InputProblem;

/** Who imports, how (the change log's operation), and how problems are located and named. */
export interface ImportOptions {
  who: string;
  operation: ChangeOperation;
  locate?: ProblemLocator;
  /** what the input is called in the error message ('network input', 'upload', 'initiative' …) */
  what?: string;
}

const BULK_OPERATIONS: readonly ChangeOperation[] = ['IMPORT_NETWORK', 'UPLOAD', 'CLI_IMPORT', 'SEED'];

/**
 * The rules of bulk import (all or nothing), of recording what a write changed, and the
 * network-wide statistics.
 */
@Injectable()
export class NetworkService {
  private readonly logger = new Logger(NetworkService.name);
  private tieCache?: { key: string; summary: Promise<TieSummary> };

  constructor(
    private readonly db: Neo4jService,
    private readonly repository: NetworkRepository,
  ) {}

  /**
   * Validates the whole input, then writes it in ONE transaction, recording one change set with
   * the state before and after of every entity that changed. Any problem (including a reference
   * to an id that is neither in the input nor in the database) throws BAD_USER_INPUT listing
   * every problem, and nothing is written or recorded.
   */
  async importNetwork(input: NetworkInput, options: ImportOptions): Promise<ImportCounts> {
    const { locate = (p: InputProblem) => p, what = 'network input' } = options;
    const { problems, external } = validateNetworkInput(input);
    const started = Date.now();
    const counts = Object.fromEntries(NETWORK_SECTIONS.map((s) => [s, input[s]?.length ?? 0])) as ImportCounts;
    const rows = Object.values(counts).reduce((a, b) => a + b, 0);
    await this.db.writeTx({ who: options.who, operation: options.operation }, async (w) => {
      // every id of the input, not only its references: the rows whose ids are new are created
      // without reading a stored state
      const existing = await this.repository.findExistingIds(w.tx, {
        initiativeIds: [...external.initiatives.keys(), ...(input.initiatives ?? []).map((r) => r.id)],
        actorIds: [...external.actors.keys(), ...(input.actors ?? []).map((r) => r.id)],
      });
      const all = [...problems, ...unknownReferenceProblems(external, existing)];
      if (all.length > 0) throw AppError.badInput(sortProblems(all).map(locate), what);
      await this.writeChanges(w, input, { initiative: existing.initiatives, actor: existing.actors });
      if (BULK_OPERATIONS.includes(options.operation)) {
        const unchanged = rows - w.log.size;
        w.summary = `imported ${rows} row${rows === 1 ? '' : 's'}: ${describeCounts(w.log.countsByKind())}${
          unchanged > 0 && w.log.size > 0 ? ` (${unchanged} unchanged)` : ''
        }`;
      }
    });
    this.logger.log(`imported ${rows} rows in ${Date.now() - started} ms`);
    return counts;
  }

  /**
   * Writes the rows that change something. Rows known to be new (an id absent before the import,
   * a relation with such an end: one lookup at the start) are created (CREATE, no state to read)
   * and recorded as created; for the others the stored states of a batch are read first, the rows
   * equal to them are left out, the rest is written with this change set's mark and recorded.
   * Statements are sent without waiting for the previous one (the transaction runs them in
   * order): the database writes while the next batch is packed and the entries are compressed.
   */
  private async writeChanges(w: WriteContext, input: NetworkInput, existed: ExistedBefore): Promise<void> {
    const plan = NETWORK_SECTIONS.map((section) => {
      const rows = (input[section] ?? []) as SectionRows[typeof section][];
      return { section, ...splitByExistence(section, rows, existed) };
    });
    const created = Object.fromEntries(plan.map((p) => [p.section, p.created])) as NetworkInput;
    const pending: Promise<unknown>[] = [this.repository.mergeVocabulary(w.tx, created)];
    for (const { section, known, created: fresh } of plan) {
      if (!w.log.enabled) {
        if (known.length > 0) pending.push(this.repository.upsertNetwork(w.tx, { [section]: known }, null));
      } else {
        for (const batch of batches(known)) {
          const stored = await this.repository.readStates(w.tx, section, batch as unknown as StateRow[]);
          const { write, entries } = changedRows(section, batch, stored);
          if (write.length === 0) continue;
          pending.push(this.repository.upsertNetwork(w.tx, { [section]: write }, w.seq));
          w.log.record(entries);
        }
      }
      if (fresh.length === 0) continue;
      pending.push(this.repository.createRows(w.tx, section, { [section]: fresh }, w.log.enabled ? w.seq : null));
      // the recorder serialises and compresses while the database writes
      await new Promise((resolve) => setImmediate(resolve));
      w.log.record(createdEntries(section, fresh));
    }
    await settled(pending);
  }

  /**
   * Deletes one entity in one write transaction, recording the state of everything it removes: a
   * node (`section` initiatives or actors) with every relation it has, or one relation. `remove`
   * runs the delete and returns null when there was nothing to delete: then `notFound` is thrown
   * and nothing is written.
   */
  async deleteEntity<T>(
    change: ChangeDescription,
    section: NetworkSection,
    key: StateRow,
    remove: (tx: ManagedTransaction) => Promise<T | null>,
    notFound: () => AppError,
  ): Promise<T> {
    return this.db.writeTx(change, async (w) => {
      const entries: ChangeEntry[] = [];
      const gone = (s: NetworkSection, stored: StoredState): ChangeEntry => ({
        section: s,
        before: stored.state,
        after: null,
        seqBefore: stored.seq,
      });
      if (w.log.enabled) {
        entries.push(...(await this.repository.readStates(w.tx, section, [key])).map((s) => gone(section, s)));
        if ((section === 'initiatives' || section === 'actors') && entries.length > 0) {
          const relations = await this.repository.relationsOf(w.tx, section, [String(key.id)]);
          entries.push(...relations.map((r) => gone(r.section, r.stored)));
        }
      }
      const result = await remove(w.tx);
      if (result === null) throw notFound();
      w.log.record(entries);
      return result;
    });
  }

  // ---------------------------------------------------------------- for undo (the history module)

  /** The stored states of the given entities; absent ones left out. */
  states(tx: ManagedTransaction, section: NetworkSection, rows: readonly StateRow[]): Promise<StoredState[]> {
    return this.repository.readStates(tx, section, rows);
  }

  relationsOf(tx: ManagedTransaction, section: 'initiatives' | 'actors', ids: string[]) {
    return this.repository.relationsOf(tx, section, ids);
  }

  /** Deletes entities by key (relations, then nodes). */
  deleteRows(tx: ManagedTransaction, rows: { [S in NetworkSection]?: StateRow[] }): Promise<number> {
    return this.repository.deleteRows(tx, rows);
  }

  /** Writes entity states (canonical rows are valid input rows) with the given change marks. */
  writeRows(tx: ManagedTransaction, input: NetworkInput, marks: Marks): Promise<void> {
    return this.repository.upsertNetwork(tx, input, marks);
  }

  // ---------------------------------------------------------------- reads

  /**
   * A dry run of importNetwork: the same problems (BAD_USER_INPUT listing all of them), or the rows
   * that would be written; nothing is written either way.
   */
  async checkNetwork(
    input: NetworkInput,
    locate: ProblemLocator = (p) => p,
    what = 'network input',
  ): Promise<ImportCounts> {
    const problems = await this.findProblems(input);
    if (problems.length > 0) throw AppError.badInput(problems.map(locate), what);
    return Object.fromEntries(NETWORK_SECTIONS.map((s) => [s, input[s]?.length ?? 0])) as ImportCounts;
  }

  /** Every problem of an input (with the database's ids for references), without writing. */
  async findProblems(input: NetworkInput): Promise<InputProblem[]> {
    const { problems, external } = validateNetworkInput(input);
    const existing = await this.db.readTx((tx) =>
      this.repository.findExistingIds(tx, {
        initiativeIds: [...external.initiatives.keys()],
        actorIds: [...external.actors.keys()],
      }),
    );
    return sortProblems([...problems, ...unknownReferenceProblems(external, existing)]);
  }

  async tieSummary(): Promise<TieSummary> {
    return summarizeTies(await this.repository.loadTieProjection());
  }

  /**
   * Counts (cheap, from Neo4j's count store) and T's components and isolates, the latter cached
   * per data version (shared by every process: any write anywhere changes it).
   */
  async stats(): Promise<NetworkStatsResult> {
    const version = await this.db.dataVersion();
    const counts = await this.repository.countNetwork();
    if (this.tieCache?.key !== version.key) {
      const summary = this.tieSummary();
      this.tieCache = { key: version.key, summary };
      summary.catch(() => {
        if (this.tieCache?.summary === summary) this.tieCache = undefined;
      });
    }
    const ties = await this.tieCache.summary;
    return {
      ...counts,
      components: ties.components,
      isolatedInitiatives: ties.isolated.length,
      largestComponent: ties.largestComponent,
      dataVersion: version.seq,
    };
  }
}
