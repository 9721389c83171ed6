import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Neo4jService } from '../../database/neo4j.service.js';
import { WorkerPool } from '../../workers/worker-pool.js';
import { InitiativesService } from '../entities/initiatives.service.js';
import type { SliceFilterParams } from '../entities/models/entities.types.js';
import { LayoutService } from './layout.service.js';

/** The explorer's default node limit (client/src/routes/explorer-url.ts DEFAULT_LIMIT): its default views ask for this. */
export const DEFAULT_VIEW_LIMIT = 1500;
/** How often the warmer looks at the data version (one cheap query); a write by any process is seen within this. */
export const WARM_POLL_MS = 3000;
/** At most this many regions' views are laid out ahead (the largest networks have a few dozen regions at most). */
export const MAX_WARM_REGIONS = 40;

/**
 * The default views of the explorer: the whole network, then each region, as the explorer asks
 * for them without other filters (its cache key ignores empty lists and the actors' default).
 */
export function defaultViews(regions: readonly string[]): SliceFilterParams[] {
  return [{}, ...regions.slice(0, MAX_WARM_REGIONS).map((r) => ({ regions: [r] }))];
}

/**
 * Positions ready before anyone asks: at start and after every write (by this server or any
 * other process: it watches the data version), the explorer's default views are laid out in the
 * background through LayoutService (its cache, the worker pool), one after another, the regions
 * only while nothing waits on the pool. A newer write stops the round; the next tick starts one
 * for the newer version.
 */
@Injectable()
export class LayoutWarmer implements OnApplicationShutdown {
  private readonly logger = new Logger(LayoutWarmer.name);
  private timer?: NodeJS.Timeout;
  private warmed: string | null = null;
  private running = false;
  private stopped = false;

  constructor(
    private readonly layout: LayoutService,
    private readonly initiatives: InitiativesService,
    private readonly db: Neo4jService,
    private readonly workers: WorkerPool,
  ) {}

  /** Starts watching the data version (the HTTP server does; the command line does not). */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.tick(), WARM_POLL_MS);
    this.timer.unref();
    void this.tick();
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    clearInterval(this.timer);
  }

  /** One round for the current data version, unless it is warm already or a round is running. */
  async tick(): Promise<void> {
    if (this.running || this.stopped) return;
    this.running = true;
    try {
      const version = (await this.db.dataVersion()).key;
      if (version === this.warmed) return;
      const started = performance.now();
      const views = defaultViews(await this.initiatives.regions());
      for (const [i, filter] of views.entries()) {
        if (this.stopped || (await this.db.dataVersion()).key !== version) return;
        // the whole network's view at once; the regions' only while no one waits on the worker
        // pool (the round goes on at a later tick; what it laid out already stays cached)
        if (i > 0 && this.workers.load.waiting > 0) return;
        await this.layout.sliceLayout(filter, DEFAULT_VIEW_LIMIT);
      }
      this.warmed = version;
      this.logger.log(`laid out ${views.length} default views ahead in ${Math.round(performance.now() - started)} ms`);
    } catch (error) {
      // nothing waits on this: a failed round is tried again at the next tick
      if (!this.stopped) this.logger.warn(`laying out the default views ahead failed: ${(error as Error).message}`);
    } finally {
      this.running = false;
    }
  }
}
