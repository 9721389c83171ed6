import { Injectable } from '@nestjs/common';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { Neo4jService } from '../../database/neo4j.service.js';
import type { AmplificationMode } from '../../domain/network.types.js';
import type { SliceFilterParams, SubgraphRows } from './models/entities.types.js';

export type IdSets = {
  initiativeIds: string[];
  actorIds: string[];
};

/**
 * Plain data access for drawn slices of the network. Methods take the caller's transaction so
 * a neighbourhood (several expansion steps and the final load) reads one consistent state.
 */
@Injectable()
export class GraphRepository {
  constructor(private readonly db: Neo4jService) {}

  readTx<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.db.readTx(work);
  }

  /** Direct neighbours (over INVOLVED_IN, INFLUENCES, AMPLIFIES) of the given nodes. */
  async expandFrontier(tx: ManagedTransaction, params: IdSets): Promise<IdSets> {
    const [row] = await this.db.run<IdSets>(tx, 'graph/expand-frontier', params);
    return { initiativeIds: row?.initiativeIds ?? [], actorIds: row?.actorIds ?? [] };
  }

  /** The nodes with these ids and the relations among them (amplifications of `modes`, all when null). */
  async loadSubgraph(
    tx: ManagedTransaction,
    params: IdSets & { modes: AmplificationMode[] | null; asOf?: string | null },
  ): Promise<SubgraphRows> {
    const [row] = await this.db.run<SubgraphRows>(tx, 'graph/load-subgraph', { asOf: null, ...params });
    return row ?? { initiatives: [], actors: [], involvements: [], influences: [], amplifications: [] };
  }

  /** Ids of initiatives matching a slice filter, ordered by id, at most `limit`. */
  async sliceInitiatives(tx: ManagedTransaction, filter: SliceFilterParams, limit: number): Promise<string[]> {
    const list = <T>(v: T[] | null | undefined): T[] | null => (v && v.length > 0 ? v : null);
    const [row] = await this.db.run<{ ids: string[] }>(tx, 'graph/slice-initiatives', {
      regions: list(filter.regions),
      themes: list(filter.themes),
      statuses: list(filter.statuses),
      from: filter.from ?? null,
      to: filter.to ?? null,
      asOf: filter.asOf ?? null,
      limit: neo4j.int(limit),
    });
    return row?.ids ?? [];
  }

  /** Ids of actors involved in any of the initiatives, ordered by id, at most `limit`. */
  async sliceActors(tx: ManagedTransaction, initiativeIds: string[], limit: number): Promise<string[]> {
    const [row] = await this.db.run<{ ids: string[] }>(tx, 'graph/slice-actors', {
      initiativeIds,
      limit: neo4j.int(limit),
    });
    return row?.ids ?? [];
  }
}
