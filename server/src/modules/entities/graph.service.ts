import { Injectable } from '@nestjs/common';
import { AppError } from '../../common/app-error.js';
import { GraphRepository, type IdSets } from './graph.repository.js';
import type { NetworkSliceRecord, NodeKind, SliceFilterParams } from './models/entities.types.js';
import { buildSlice } from './utils/slice.js';

export const MAX_DEPTH = 3;
export const MAX_SLICE_NODES = 20_000;

function checkRange(value: number, path: string, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw AppError.badInput([{ path, message: `${value} is not allowed: ${path} is from ${min} to ${max}` }], path);
  }
}

/** Rules for the drawn parts of the network: a node's neighbourhood and a filtered slice. */
@Injectable()
export class GraphService {
  constructor(private readonly repository: GraphRepository) {}

  /**
   * The nodes within `depth` hops of a start node over involvements, influences and
   * amplifications (either direction), and every such edge among them. Breadth-first, so when
   * `limit` cuts it short the nearest nodes stay.
   */
  async neighbourhood(id: string, kind: NodeKind, depth: number, limit: number): Promise<NetworkSliceRecord> {
    checkRange(depth, 'depth', 1, MAX_DEPTH);
    checkRange(limit, 'limit', 1, MAX_SLICE_NODES);
    const { rows, truncated } = await this.repository.readTx(async (tx) => {
      const initiatives = new Set<string>(kind === 'INITIATIVE' ? [id] : []);
      const actors = new Set<string>(kind === 'ACTOR' ? [id] : []);
      let frontier: IdSets = { initiativeIds: [...initiatives], actorIds: [...actors] };
      let cut = false;
      for (let d = 1; d <= depth && !cut; d++) {
        const next = await this.repository.expandFrontier(tx, frontier);
        const fresh: IdSets = { initiativeIds: [], actorIds: [] };
        const add = (ids: string[], seen: Set<string>, into: string[]) => {
          for (const n of [...ids].sort()) {
            if (seen.has(n)) continue;
            if (initiatives.size + actors.size >= limit) {
              cut = true;
              return;
            }
            seen.add(n);
            into.push(n);
          }
        };
        add(next.initiativeIds, initiatives, fresh.initiativeIds);
        add(next.actorIds, actors, fresh.actorIds);
        if (fresh.initiativeIds.length + fresh.actorIds.length === 0) break;
        frontier = fresh;
      }
      const loaded = await this.repository.loadSubgraph(tx, {
        initiativeIds: [...initiatives],
        actorIds: [...actors],
        modes: null,
      });
      return { rows: loaded, truncated: cut };
    });
    const start = kind === 'INITIATIVE' ? rows.initiatives : rows.actors;
    if (!start.some((n) => n.id === id)) throw AppError.notFound(kind === 'INITIATIVE' ? 'initiative' : 'actor', id);
    return buildSlice(rows, truncated);
  }

  /**
   * Initiatives matching the filter (by id, at most `limit` nodes in all), the amplifications
   * among them of the chosen modes, and, unless includeActors is false, their actors with
   * involvements and the influences among those actors.
   */
  async slice(filter: SliceFilterParams, limit: number): Promise<NetworkSliceRecord> {
    checkRange(limit, 'limit', 1, MAX_SLICE_NODES);
    if (filter.from && filter.to && filter.to < filter.from) {
      throw AppError.badInput(
        [{ path: 'filter.to', message: `${filter.to} is before from ${filter.from}` }],
        'slice filter',
      );
    }
    const modes = filter.modes && filter.modes.length > 0 ? filter.modes : null;
    const { rows, truncated } = await this.repository.readTx(async (tx) => {
      let initiativeIds = await this.repository.sliceInitiatives(tx, filter, limit + 1);
      let cut = initiativeIds.length > limit;
      initiativeIds = initiativeIds.slice(0, limit);
      let actorIds: string[] = [];
      if (filter.includeActors !== false && initiativeIds.length > 0) {
        const budget = limit - initiativeIds.length;
        actorIds = await this.repository.sliceActors(tx, initiativeIds, budget + 1);
        if (actorIds.length > budget) cut = true;
        actorIds = actorIds.slice(0, budget);
      }
      const loaded = await this.repository.loadSubgraph(tx, {
        initiativeIds,
        actorIds,
        modes,
        asOf: filter.asOf ?? null,
      });
      return { rows: loaded, truncated: cut };
    });
    return buildSlice(rows, truncated);
  }
}
