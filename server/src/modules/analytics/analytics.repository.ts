import { Injectable } from '@nestjs/common';
import { Neo4jService } from '../../database/neo4j.service.js';
import type {
  ActorNode,
  AmplificationEdge,
  BarrierLink,
  InfluenceEdge,
  InitiativeNode,
  InvolvementEdge,
  NetworkProjection,
} from './engine/projection.js';

/** The projection and the data version (sequence number) it was read at, in one transaction. */
export type LoadedProjection = NetworkProjection & { version: number };

/** Loads the analytics projection from Neo4j: one query per part, in one read transaction. */
@Injectable()
export class AnalyticsRepository {
  constructor(private readonly db: Neo4jService) {}

  async loadProjection(): Promise<LoadedProjection> {
    return this.db.readTx(async (tx) => ({
      version: (await this.db.run<{ seq: number }>(tx, 'history/data-version'))[0]?.seq ?? 0,
      initiatives: await this.db.run<InitiativeNode & Record<string, unknown>>(tx, 'analytics/projection-initiatives'),
      actors: await this.db.run<ActorNode & Record<string, unknown>>(tx, 'analytics/projection-actors'),
      amplifications: await this.db.run<AmplificationEdge & Record<string, unknown>>(
        tx,
        'analytics/projection-amplifications',
      ),
      involvements: await this.db.run<InvolvementEdge & Record<string, unknown>>(
        tx,
        'analytics/projection-involvements',
      ),
      influences: await this.db.run<InfluenceEdge & Record<string, unknown>>(tx, 'analytics/projection-influences'),
      barriers: await this.db.run<BarrierLink & Record<string, unknown>>(tx, 'analytics/projection-barriers'),
    }));
  }
}
