import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Neo4jService } from './neo4j.service.js';

/** How often the data version is checked (one query on the counter node); a write by any process is seen within this. */
export const WARM_POLL_MS = 2000;

/**
 * One piece of background work for the current data version. It returns `false` when it stopped
 * before its end (a newer write, or requests waiting on the worker pool): it runs again at the
 * next tick. `isCurrent()` says whether the version it runs for is still the newest.
 */
export type WarmTask = (isCurrent: () => Promise<boolean>) => Promise<unknown>;

/**
 * Work done ahead so the next visitor does not wait: after every write (by this process or any
 * other, as the data version in the database is polled) and at start, the registered tasks run
 * one after another, in the order registered: the dashboard's default answers, then the explorer's
 * default layouts. One round at a time; a newer version stops the round and the next tick starts
 * one for it. What a task computes lands in the caches keyed on the data version, so a round cut
 * short wastes nothing that is still current.
 */
@Injectable()
export class Warmer implements OnApplicationShutdown {
  private readonly logger = new Logger(Warmer.name);
  private readonly tasks: [string, WarmTask][] = [];
  private firstLast = 0;
  private timer?: NodeJS.Timeout;
  private version?: string;
  private readonly done = new Set<string>();
  private running = false;
  private stopped = false;

  constructor(private readonly db: Neo4jService) {}

  /**
   * Adds work to do after every write, in the order registered; `last` tasks (the layouts, which
   * can take seconds) after all the others.
   */
  register(name: string, task: WarmTask, { last = false } = {}): void {
    if (last) this.tasks.push([name, task]);
    else this.tasks.splice(this.firstLast, 0, [name, task]);
    if (!last) this.firstLast += 1;
  }

  /** Whether a round is running now (GET /health says so: a benchmark waits for it before timing warm answers). */
  get busy(): boolean {
    return this.running;
  }

  /** The data version whose work is all done (undefined before the first whole round). */
  get ready(): string | undefined {
    return this.done.size === this.tasks.length ? this.version : undefined;
  }

  /** Starts polling (the HTTP server does; the command line does not). */
  start(intervalMs = WARM_POLL_MS): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.tick(), intervalMs);
    this.timer.unref();
    void this.tick();
  }

  /** Runs what is left to do for the current data version; resolves when the round ends. */
  async tick(): Promise<void> {
    if (this.running || this.stopped) return;
    this.running = true;
    try {
      const version = (await this.db.dataVersion()).key;
      if (version !== this.version) {
        this.version = version;
        this.done.clear();
      }
      const isCurrent = async () => !this.stopped && (await this.db.dataVersion()).key === version;
      const started = Date.now();
      let ran = 0;
      for (const [name, task] of this.tasks) {
        if (this.done.has(name)) continue;
        if (ran > 0 && !(await isCurrent())) return;
        ran += 1;
        const finished = await task(isCurrent).catch((error: unknown) => {
          // nothing waits on this; tried again after the next write
          if (!this.stopped) this.logger.warn(`warming ${name} failed: ${(error as Error).message}`);
        });
        if (finished !== false) this.done.add(name);
      }
      if (ran > 0 && this.done.size === this.tasks.length) {
        this.logger.log(`ready ahead for data version ${version} in ${Date.now() - started} ms`);
      }
    } catch (error) {
      if (!this.stopped) this.logger.warn(`warming ahead failed: ${(error as Error).message}`);
    } finally {
      this.running = false;
    }
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    clearInterval(this.timer);
  }
}
