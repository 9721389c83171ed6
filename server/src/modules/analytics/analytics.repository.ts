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

/** Loads the analytics projection from Neo4j: one query per part, in one read transaction. */
@Injectable()
export class AnalyticsRepository {
  constructor(private readonly db: Neo4jService) {}

  async loadProjection(): Promise<NetworkProjection> {
    return this.db.readTx(async (tx) => ({
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

  /** Changes when another process (the CLI, a second server) adds or removes data. */
  async fingerprint(): Promise<string> {
    const [row] = await this.db.read<{ fingerprint: string }>('analytics/fingerprint');
    return row?.fingerprint ?? '';
  }
}
