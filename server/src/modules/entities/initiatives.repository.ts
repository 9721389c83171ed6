import { Injectable } from '@nestjs/common';
import neo4j from 'neo4j-driver';
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
import { toInitiative } from './utils/records.js';

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

  /** Up to `first` initiatives after the cursor id, plus whether there are more. */
  async list(params: {
    filter: InitiativeFilterParams;
    after: string | null;
    first: number;
  }): Promise<Page<InitiativeRecord>> {
    const { filter } = params;
    const [row] = await this.db.read<{ totalCount: number; rows: Props[] }>('initiatives/list-initiatives', {
      region: filter.region ?? null,
      theme: filter.theme ?? null,
      status: filter.status ?? null,
      search: filter.search ? filter.search.toLowerCase() : null,
      after: params.after,
      limit: neo4j.int(params.first + 1),
    });
    const rows = row?.rows ?? [];
    return {
      totalCount: row?.totalCount ?? 0,
      items: rows.slice(0, params.first).map(toInitiative),
      hasNextPage: rows.length > params.first,
    };
  }

  async involvements(id: string): Promise<InvolvementRecord[]> {
    return (await this.db.read<RelationRows['involvement']>('initiatives/find-involvements', { id })).map(
      involvementOf,
    );
  }

  async amplificationsOut(id: string): Promise<AmplificationRecord[]> {
    return (await this.db.read<RelationRows['amplification']>('initiatives/find-amplifications-out', { id })).map(
      amplificationOf,
    );
  }

  async amplificationsIn(id: string): Promise<AmplificationRecord[]> {
    return (await this.db.read<RelationRows['amplification']>('initiatives/find-amplifications-in', { id })).map(
      amplificationOf,
    );
  }

  async outcomes(id: string): Promise<OutcomeRecord[]> {
    return (await this.db.read<RelationRows['outcome']>('initiatives/find-outcomes', { id })).map(outcomeOf);
  }

  async barriers(id: string): Promise<BarrierRecord[]> {
    return (await this.db.read<RelationRows['barrier']>('initiatives/find-barriers', { id })).map(barrierOf);
  }

  /** Deletes the initiative with its relations; null when it did not exist. */
  async delete(id: string): Promise<{ id: string; removed: RelationCount[] } | null> {
    const [row] = await this.db.write<{ id: string; removed: RelationCount[] }>('initiatives/delete-initiative', {
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
