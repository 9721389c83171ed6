import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import neo4j, {
  type BookmarkManager,
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
} from 'neo4j-driver';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { AppError, fromNeo4jError } from '../common/app-error.js';
import type { ChangeDescription } from '../domain/change.types.js';
import { ChangeRecorder, type ChangeSetRecord } from './change-log.js';
import { CypherRegistry } from './cypher-registry.js';

export type Params = Record<string, unknown>;

/** What a write transaction's work gets: the transaction, its change set's seq and the recorder. */
export interface WriteContext {
  tx: ManagedTransaction;
  /** this transaction's sequence number: the data version once it commits */
  seq: number;
  log: ChangeRecorder;
  /** set by the work to replace the summary made from the entries */
  summary?: string;
}

/**
 * The data version: the sequence number of the last committed change set, from one counter node in
 * the database, so every process agrees. `key` also names the counter node's epoch, so a database
 * wiped and written again never repeats a version a cache has seen.
 */
export interface DataVersion {
  seq: number;
  key: string;
}

/** Converts Neo4j temporal values (and lists/maps of them) to ISO strings and integers to numbers, recursively. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)) {
    return (value as { toString(): string }).toString();
  }
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  // byte arrays (the change log's compressed chunks) stay as they are
  if (ArrayBuffer.isView(value)) return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
    return out;
  }
  return value;
}

/**
 * The Neo4j driver, the query registry, and read/write helpers with error mapping. Reads go through
 * executeRead and writes through executeWrite (routed on a cluster with `neo4j://`), all sessions
 * of this process share one bookmark manager, so a read always sees this process's own writes.
 * Every write of network data goes through writeTx, which bumps the data version first and
 * records the change set in the same transaction.
 */
@Injectable()
export class Neo4jService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(Neo4jService.name);
  readonly driver: Driver;
  readonly cypher: CypherRegistry;
  private readonly bookmarks: BookmarkManager = neo4j.bookmarkManager();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    const auth = config.neo4jPassword ? neo4j.auth.basic(config.neo4jUser, config.neo4jPassword) : undefined;
    // NEO4J_QUERY_TIMEOUT_S bounds connecting, waiting for a pooled connection and retrying a
    // transaction, so that with the database down a request fails within seconds (not 30–60 s)
    // and the next one after it is back succeeds (the pool reconnects by itself)
    const timeout = config.neo4jQueryTimeoutMs;
    this.driver = neo4j.driver(config.neo4jUri, auth, {
      disableLosslessIntegers: true,
      maxConnectionPoolSize: 50,
      connectionAcquisitionTimeout: timeout,
      connectionTimeout: timeout,
      maxTransactionRetryTime: timeout,
    });
    this.cypher = new CypherRegistry(config.cypherDir);
  }

  async onModuleInit(): Promise<void> {
    await this.connect();
  }

  /** Waits for the database to answer, up to NEO4J_WAIT_TIMEOUT_S; then applies the schema. */
  async connect(): Promise<void> {
    const deadline = Date.now() + this.config.neo4jWaitMs;
    let announced = false;
    for (;;) {
      try {
        await this.driver.verifyConnectivity({ database: this.config.neo4jDatabase });
        break;
      } catch (error) {
        if (Date.now() >= deadline) {
          throw new Error(
            `Neo4j at ${this.config.neo4jUri} did not answer within ${this.config.neo4jWaitMs / 1000}s: ${(error as Error).message}. Start it with 'npm run neo4j:start' or 'docker compose up neo4j'.`,
            { cause: error },
          );
        }
        if (!announced) this.logger.log(`waiting for Neo4j at ${this.config.neo4jUri}…`);
        announced = true;
        await new Promise((r) => setTimeout(r, 500));
      }
    }
    await this.applySchema();
  }

  /** Applies cypher/schema/*.cypher (idempotent: IF NOT EXISTS). */
  async applySchema(): Promise<void> {
    const session = this.driver.session({ database: this.config.neo4jDatabase });
    try {
      for (const { statement } of this.cypher.migrationStatements()) await session.run(statement);
      await session.run('CALL db.awaitIndexes(300)');
    } finally {
      await session.close();
    }
  }

  /**
   * One `RETURN 1`, not retried, answered within `withinMs` (HEALTH_TIMEOUT_MS): ok with the
   * latency, or not ok with the reason (the driver's message, or that it did not answer in time).
   */
  async ping(withinMs = this.config.healthTimeoutMs): Promise<{ ok: boolean; ms: number; error?: string }> {
    const started = Date.now();
    const session = this.driver.session({ database: this.config.neo4jDatabase, defaultAccessMode: 'READ' });
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the database did not answer within ${withinMs} ms`)), withinMs);
    });
    try {
      await Promise.race([session.run('RETURN 1'), late]);
      return { ok: true, ms: Date.now() - started };
    } catch (error) {
      return { ok: false, ms: Date.now() - started, error: (error as Error).message };
    } finally {
      clearTimeout(timer);
      // closing waits for the query; the answer does not
      session.close().catch(() => undefined);
    }
  }

  /** Runs a named query in a read transaction and returns its records as plain objects. */
  async read<T extends RecordShape = RecordShape>(name: string, params: Params = {}): Promise<T[]> {
    return this.readTx((tx) => this.run<T>(tx, name, params));
  }

  /** The data version (one cheap query): caches of anything computed from the network key on it. */
  async dataVersion(): Promise<DataVersion> {
    const [row] = await this.read<{ seq: number; epoch: string }>('history/data-version');
    return { seq: row?.seq ?? 0, key: `${row?.epoch ?? ''}:${row?.seq ?? 0}` };
  }

  /** Runs a named query inside a transaction given by readTx/writeTx. */
  async run<T extends RecordShape = RecordShape>(
    tx: ManagedTransaction,
    name: string,
    params: Params = {},
  ): Promise<T[]> {
    // GraphQL input objects written inline in a query have no prototype, which the driver rejects
    const plain = Object.getPrototypeOf(params) === null ? { ...params } : params;
    const result: QueryResult = await tx.run(this.cypher.get(name), plain);
    return result.records.map((record) => toPlain(record.toObject()) as T);
  }

  async readTx<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.withSession('READ', work);
  }

  /**
   * One write transaction of network data: all of `work` commits, or none of it. It starts by
   * bumping the data version (history/bump-version): that takes the counter node's write lock,
   * so writers run one after another and sequence order is commit order. The work records what it
   * changes on `w.log`; the change set (who, operation, summary, the entries) is written at the
   * end of the same transaction, so a write that fails records nothing and bumps nothing.
   */
  async writeTx<T>(change: ChangeDescription, work: (w: WriteContext) => Promise<T>): Promise<T> {
    return this.withSession('WRITE', async (tx) => {
      const [bumped] = await this.run<{ seq: number }>(tx, 'history/bump-version');
      const w: WriteContext = { tx, seq: bumped!.seq, log: new ChangeRecorder(bumped!.seq, this.config.changeLog) };
      const result = await work(w);
      const record = await w.log.finish({ ...change, summary: w.summary ?? change.summary });
      await this.run(tx, 'history/create-change-set', changeSetParams(record));
      return result;
    });
  }

  /**
   * A write transaction of data that is not the network (credentials, history compaction): no
   * data version bump and no change set.
   */
  async writeMetadata<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.withSession('WRITE', work);
  }

  private async withSession<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.config.neo4jDatabase,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
    });
    try {
      return mode === 'READ' ? await session.executeRead(work) : await session.executeWrite(work);
    } catch (error) {
      if (error instanceof AppError) throw error;
      const mapped = fromNeo4jError(error);
      if (mapped) throw mapped;
      throw error;
    } finally {
      await session.close();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.driver.close();
  }
}

/** The parameters of history/create-change-set. */
function changeSetParams(record: ChangeSetRecord): Params {
  return {
    seq: record.seq,
    who: record.who,
    operation: record.operation,
    summary: record.summary,
    counts: JSON.stringify(record.counts),
    entries: record.entries,
    undoes: record.undoes,
    bulk: record.bulk,
    chunks: record.chunks,
    touches: record.touches,
  };
}
