import { Injectable } from '@nestjs/common';
import { Warmer } from '../../database/warmer.js';
import { WorkerPool } from '../../workers/worker-pool.js';
import { InitiativesService } from '../entities/initiatives.service.js';
import type { SliceFilterParams } from '../entities/models/entities.types.js';
import { LayoutService } from './layout.service.js';

/** The explorer's default node limit (client/src/routes/explorer-url.ts DEFAULT_LIMIT): its default views ask for this. */
export const DEFAULT_VIEW_LIMIT = 1500;
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
 * Positions ready before anyone asks: at start and after every write (database/warmer.ts), the
 * explorer's default views are laid out in the background through LayoutService (its cache, the
 * worker pool), one after another, the regions only while nothing waits on the pool. A newer
 * write stops the round; what it laid out already stays cached.
 */
@Injectable()
export class LayoutTasks {
  constructor(
    warmer: Warmer,
    private readonly layout: LayoutService,
    private readonly initiatives: InitiativesService,
    private readonly workers: WorkerPool,
  ) {
    warmer.register('default layouts', (isCurrent) => this.layOutDefaults(isCurrent), { last: true });
  }

  /** False when the round stopped early (a newer write, or requests waiting on the pool). */
  async layOutDefaults(isCurrent: () => Promise<boolean>): Promise<boolean> {
    const views = defaultViews(await this.initiatives.regions());
    for (const [i, filter] of views.entries()) {
      if (i > 0 && !(await isCurrent())) return false;
      // the whole network's view at once; the regions' only while no one waits on the worker
      // pool (the round goes on at a later tick; what it laid out already stays cached)
      if (i > 0 && this.workers.load.waiting > 0) return false;
      await this.layout.sliceLayout(filter, DEFAULT_VIEW_LIMIT);
    }
    return true;
  }
}
