import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Neo4jService } from '../../database/neo4j.service.js';
import { NetworkService } from '../network/network.service.js';
import { AnalyticsResolver } from './analytics.resolver.js';

/** How often the data version is checked (one query on the counter node). */
export const WARM_INTERVAL_MS = 2000;

/**
 * Recomputes the dashboard's default answers in the background after a write, keyed on the new
 * data version, so the next visitor finds them cached: networkStats, the default cascades list,
 * isolatedInitiatives without filters, actorRanking by PageRank and by degree, the tie
 * structure (the radar's regions), the yearly series, and whatever other modules register (`register`). The version is polled, so a
 * write by another process (the CLI, a second server) is seen too. The heavy parts run in the
 * worker pool as for a request; one warm-up at a time, the newest version wins.
 */
@Injectable()
export class DashboardWarmer implements OnApplicationShutdown {
  private readonly logger = new Logger(DashboardWarmer.name);
  private readonly tasks: [string, () => Promise<unknown>][] = [];
  private timer?: NodeJS.Timeout;
  private warmed?: string;
  private running = false;

  constructor(
    private readonly db: Neo4jService,
    private readonly network: NetworkService,
    private readonly analytics: AnalyticsResolver,
  ) {
    this.register('networkStats', () => this.network.stats());
    this.register('cascades', () => this.analytics.cascades());
    this.register('isolatedInitiatives', () => this.analytics.isolatedInitiatives());
    this.register('actorRanking PAGERANK', () => this.analytics.actorRanking('PAGERANK'));
    this.register('actorRanking DEGREE', () => this.analytics.actorRanking('DEGREE'));
    this.register('tieStructure', () => this.analytics.tieStructure());
    this.register('networkSeries YEAR', () => this.analytics.networkSeries());
  }

  /** Adds a default answer to recompute after every write (in the order registered). */
  register(name: string, task: () => Promise<unknown>): void {
    this.tasks.push([name, task]);
  }

  /** Starts polling (the HTTP server does; the command line does not). */
  start(intervalMs = WARM_INTERVAL_MS): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.tick(), intervalMs);
    this.timer.unref();
  }

  /** Warms the defaults when the data version moved since the last warm-up; resolves when done. */
  async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const version = (await this.db.dataVersion()).key;
      if (version === this.warmed) return;
      const started = Date.now();
      for (const [name, task] of this.tasks) {
        await task().catch((error: unknown) => {
          this.logger.warn(`warming ${name} failed: ${(error as Error).message}`);
        });
      }
      this.warmed = version;
      this.logger.log(`dashboard answers for data version ${version} ready in ${Date.now() - started} ms`);
    } catch (error) {
      this.logger.warn(`warming the dashboard answers failed: ${(error as Error).message}`);
    } finally {
      this.running = false;
    }
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }
}
