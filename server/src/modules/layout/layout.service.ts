import { Injectable, Logger } from '@nestjs/common';
import { VersionedCache } from '../../common/versioned-cache.js';
import { GraphService } from '../entities/graph.service.js';
import type { SliceFilterParams } from '../entities/models/entities.types.js';
import { WorkerPool } from '../../workers/worker-pool.js';
import { Neo4jService } from '../../database/neo4j.service.js';
import type { SliceLayout } from './models/layout.model.js';

/** The filter as a cache key: lists sorted, absent and empty the same. */
export function filterKey(filter: SliceFilterParams, limit: number): string {
  const list = (v?: readonly string[] | null) => [...(v ?? [])].sort();
  return JSON.stringify({
    regions: list(filter.regions),
    themes: list(filter.themes),
    modes: list(filter.modes),
    statuses: list(filter.statuses),
    from: filter.from ?? null,
    to: filter.to ?? null,
    asOf: filter.asOf ?? null,
    actors: filter.includeActors !== false,
    limit,
  });
}

/**
 * Server-computed positions for slices: the same slice networkSlice answers, laid out with
 * ForceAtlas2 in the worker pool, memoised with the slice itself per data version (any write
 * invalidates it) and filter. The explorer's default views are laid out before anyone asks
 * (LayoutTasks, database/warmer.ts).
 */
@Injectable()
export class LayoutService {
  private readonly logger = new Logger(LayoutService.name);
  private readonly cache = new VersionedCache<null>(() => Promise.resolve(null));

  constructor(
    private readonly graph: GraphService,
    private readonly db: Neo4jService,
    private readonly workers: WorkerPool,
  ) {}

  async sliceLayout(filter: SliceFilterParams, limit: number): Promise<SliceLayout> {
    const version = (await this.db.dataVersion()).key;
    return this.cache.memo(version, filterKey(filter, limit), async () => {
      const slice = await this.graph.slice(filter, limit);
      const index = new Map(slice.nodes.map((n, i) => [n.id, i]));
      const edges: [number, number][] = [];
      for (const e of slice.edges) {
        const a = index.get(e.source);
        const b = index.get(e.target);
        if (a !== undefined && b !== undefined && a !== b) edges.push([a, b]);
      }
      const answer = await this.workers.run('layout', { nodes: slice.nodes.map((n) => n.id), edges });
      this.logger.log(`laid out ${slice.nodes.length} nodes, ${edges.length} edges in ${answer.millis} ms`);
      return {
        positions: slice.nodes.map((n, i) => ({ id: n.id, ...(answer.positions[i] ?? { x: 0, y: 0 }) })),
        nodeCount: slice.nodes.length,
        edgeCount: edges.length,
        iterations: answer.iterations,
        millis: answer.millis,
        truncated: slice.truncated,
        slice,
      };
    });
  }
}
