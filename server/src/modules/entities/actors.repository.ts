import { Injectable } from '@nestjs/common';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { groupByKey } from '../../common/graphql/batch-loader.js';
import { Neo4jService } from '../../database/neo4j.service.js';
import type {
  ActorFilterParams,
  ActorRecord,
  InfluenceRecord,
  InvolvementRecord,
  Page,
  RelationCount,
} from './models/entities.types.js';
import { influenceOf, involvementOf, type RelationRows } from './relations.repository.js';
import { pageOf, type PageRow } from './utils/page.js';
import { toActor } from './utils/records.js';

type Props = Record<string, unknown>;

/** Plain data access for actors: lookups, pages, their relations, deletion. */
@Injectable()
export class ActorsRepository {
  constructor(private readonly db: Neo4jService) {}

  async findById(id: string): Promise<ActorRecord | null> {
    const [row] = await this.db.read<{ props: Props }>('actors/find-actor', { id });
    return row ? toActor(row.props) : null;
  }

  /** Several actors at once, by id (absent ids are left out). */
  async findByIds(ids: readonly string[]): Promise<Map<string, ActorRecord>> {
    const rows = await this.db.read<{ props: Props }>('actors/find-actors', { ids: [...new Set(ids)] });
    return new Map(rows.map((row) => toActor(row.props)).map((record) => [record.id, record]));
  }

  async list(params: { filter: ActorFilterParams; after: string | null; first: number }): Promise<Page<ActorRecord>> {
    const { filter } = params;
    const [row] = await this.db.read<PageRow>('actors/list-actors', {
      region: filter.region ?? null,
      kind: filter.kind ?? null,
      search: filter.search ? filter.search.toLowerCase() : null,
      after: params.after,
      limit: neo4j.int(params.first + 1),
    });
    return pageOf(row, params.first, toActor);
  }

  // relations of many actors at once (one query per field per GraphQL request), by actor id
  async involvements(ids: readonly string[]): Promise<Map<string, InvolvementRecord[]>> {
    return this.batch<RelationRows['involvement'], InvolvementRecord>('actors/find-involvements', ids, involvementOf);
  }

  async influencesOut(ids: readonly string[]): Promise<Map<string, InfluenceRecord[]>> {
    return this.batch<RelationRows['influence'], InfluenceRecord>('actors/find-influences-out', ids, influenceOf);
  }

  async influencesIn(ids: readonly string[]): Promise<Map<string, InfluenceRecord[]>> {
    return this.batch<RelationRows['influence'], InfluenceRecord>('actors/find-influences-in', ids, influenceOf);
  }

  private async batch<R, T>(query: string, ids: readonly string[], map: (row: R) => T): Promise<Map<string, T[]>> {
    return groupByKey(await this.db.read<R & { key: string }>(query, { ids: [...new Set(ids)] }), map);
  }

  /** Deletes the actor with its relations, inside the caller's write transaction; null when it did not exist. */
  async delete(tx: ManagedTransaction, id: string): Promise<{ id: string; removed: RelationCount[] } | null> {
    const [row] = await this.db.run<{ id: string; removed: RelationCount[] }>(tx, 'actors/delete-actor', { id });
    return row ?? null;
  }
}
