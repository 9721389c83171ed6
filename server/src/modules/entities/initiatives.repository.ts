import { Injectable } from '@nestjs/common';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { Neo4jService } from '../../database/neo4j.service.js';
import type {
  AmplificationRecord,
  BarrierRecord,
  InitiativeFilterParams,
  InitiativeRecord,
  InvolvementRecord,
  OutcomeRecord,
  Page,
  RelationCount,
} from './models/entities.types.js';
import { amplificationOf, barrierOf, involvementOf, outcomeOf, type RelationRows } from './relations.repository.js';
import { pageOf, type PageRow } from './utils/page.js';
import { toInitiative } from './utils/records.js';
import { groupByKey } from '../../common/graphql/batch-loader.js';

type Props = Record<string, unknown>;

/** Plain data access for initiatives: lookups, pages, their relations, deletion. */
@Injectable()
export class InitiativesRepository {
  constructor(private readonly db: Neo4jService) {}

  async findById(id: string): Promise<InitiativeRecord | null> {
    const [row] = await this.db.read<{ props: Props }>('initiatives/find-initiative', { id });
    return row ? toInitiative(row.props) : null;
  }

  /** Several initiatives at once, by id (absent ids are left out). */
  async findByIds(ids: readonly string[]): Promise<Map<string, InitiativeRecord>> {
    const rows = await this.db.read<{ props: Props }>('initiatives/find-initiatives', { ids: [...new Set(ids)] });
    return new Map(rows.map((row) => toInitiative(row.props)).map((record) => [record.id, record]));
  }

  /** Up to `first` initiatives after the cursor id, plus whether there are more after them and any before. */
  async list(params: {
    filter: InitiativeFilterParams;
    after: string | null;
    first: number;
  }): Promise<Page<InitiativeRecord>> {
    const { filter } = params;
    const [row] = await this.db.read<PageRow>('initiatives/list-initiatives', {
      region: filter.region ?? null,
      theme: filter.theme ?? null,
      status: filter.status ?? null,
      search: filter.search ? filter.search.toLowerCase() : null,
      after: params.after,
      limit: neo4j.int(params.first + 1),
    });
    return pageOf(row, params.first, toInitiative);
  }

  // relations of many initiatives at once (one query per field per GraphQL request), by initiative id
  async involvements(ids: readonly string[]): Promise<Map<string, InvolvementRecord[]>> {
    return this.batch<RelationRows['involvement'], InvolvementRecord>(
      'initiatives/find-involvements',
      ids,
      involvementOf,
    );
  }

  async amplificationsOut(ids: readonly string[]): Promise<Map<string, AmplificationRecord[]>> {
    return this.batch('initiatives/find-amplifications-out', ids, amplificationOf);
  }

  async amplificationsIn(ids: readonly string[]): Promise<Map<string, AmplificationRecord[]>> {
    return this.batch('initiatives/find-amplifications-in', ids, amplificationOf);
  }

  async outcomes(ids: readonly string[]): Promise<Map<string, OutcomeRecord[]>> {
    return this.batch('initiatives/find-outcomes', ids, outcomeOf);
  }

  async barriers(ids: readonly string[]): Promise<Map<string, BarrierRecord[]>> {
    return this.batch('initiatives/find-barriers', ids, barrierOf);
  }

  private async batch<R, T>(query: string, ids: readonly string[], map: (row: R) => T): Promise<Map<string, T[]>> {
    return groupByKey(await this.db.read<R & { key: string }>(query, { ids: [...new Set(ids)] }), map);
  }

  /** Deletes the initiative with its relations, inside the caller's write transaction; null when it did not exist. */
  async delete(tx: ManagedTransaction, id: string): Promise<{ id: string; removed: RelationCount[] } | null> {
    const [row] = await this.db.run<{ id: string; removed: RelationCount[] }>(tx, 'initiatives/delete-initiative', {
      id,
    });
    return row ?? null;
  }

  async regions(): Promise<string[]> {
    return (await this.db.read<{ name: string }>('initiatives/list-regions')).map((r) => r.name);
  }

  async themes(): Promise<string[]> {
    return (await this.db.read<{ name: string }>('initiatives/list-themes')).map((r) => r.name);
  }
}
