import { Injectable } from '@nestjs/common';
import type { ManagedTransaction } from 'neo4j-driver';
import { Neo4jService } from '../../database/neo4j.service.js';
import type { AmplificationMode, BarrierKind, Mechanism, OutcomeKind } from '../../domain/network.types.js';
import type {
  AmplificationRecord,
  BarrierRecord,
  InfluenceRecord,
  InvolvementRecord,
  OutcomeRecord,
  RelationCount,
} from './models/entities.types.js';
import { toActor, toInitiative } from './utils/records.js';

type Props = Record<string, unknown>;

/** The rows the relation queries return (after toPlain: dates are ISO strings). */
export interface RelationRows {
  involvement: { actor: Props; initiative: Props; role: string | null; since: string | null; until: string | null };
  influence: { source: Props; target: Props; weight: number; since: string | null };
  amplification: {
    source: Props;
    target: Props;
    mode: AmplificationMode;
    on: string | null;
    evidence: string | null;
    confidence: number | null;
    mechanisms: Mechanism[];
  };
  outcome: { initiative: Props; kind: OutcomeKind; name: string | null; on: string | null };
  barrier: { initiative: Props; barrier: BarrierKind; overcome: boolean; on: string | null; note: string | null };
}

export const involvementOf = (r: RelationRows['involvement']): InvolvementRecord => ({
  actor: toActor(r.actor),
  initiative: toInitiative(r.initiative),
  role: r.role ?? null,
  since: r.since ?? null,
  until: r.until ?? null,
});

export const influenceOf = (r: RelationRows['influence']): InfluenceRecord => ({
  from: toActor(r.source),
  to: toActor(r.target),
  weight: r.weight,
  since: r.since ?? null,
});

export const amplificationOf = (r: RelationRows['amplification']): AmplificationRecord => ({
  from: toInitiative(r.source),
  to: toInitiative(r.target),
  mode: r.mode,
  on: r.on ?? null,
  evidence: r.evidence ?? null,
  confidence: r.confidence ?? null,
  mechanisms: r.mechanisms ?? [],
});

export const outcomeOf = (r: RelationRows['outcome']): OutcomeRecord => ({
  initiative: toInitiative(r.initiative),
  kind: r.kind,
  name: r.name ?? null,
  on: r.on ?? null,
});

export const barrierOf = (r: RelationRows['barrier']): BarrierRecord => ({
  initiative: toInitiative(r.initiative),
  barrier: r.barrier,
  overcome: r.overcome,
  on: r.on ?? null,
  note: r.note ?? null,
});

/** The key an outcome node is stored under (as network/import-outcomes writes it). */
export { outcomeKey } from '../../domain/network-rows.js';

/** Plain data access for single relations: read one back by its key, delete one. */
@Injectable()
export class RelationsRepository {
  constructor(private readonly db: Neo4jService) {}

  async findInvolvement(params: { actorId: string; initiativeId: string }): Promise<InvolvementRecord | null> {
    const [row] = await this.db.read<RelationRows['involvement']>('relations/find-involvement', params);
    return row ? involvementOf(row) : null;
  }

  async findInfluence(params: { fromActorId: string; toActorId: string }): Promise<InfluenceRecord | null> {
    const [row] = await this.db.read<RelationRows['influence']>('relations/find-influence', params);
    return row ? influenceOf(row) : null;
  }

  async findAmplification(params: {
    fromInitiativeId: string;
    toInitiativeId: string;
    mode: AmplificationMode;
  }): Promise<AmplificationRecord | null> {
    const [row] = await this.db.read<RelationRows['amplification']>('relations/find-amplification', params);
    return row ? amplificationOf(row) : null;
  }

  async findOutcome(params: { initiativeId: string; key: string }): Promise<OutcomeRecord | null> {
    const [row] = await this.db.read<RelationRows['outcome']>('relations/find-outcome', params);
    return row ? outcomeOf(row) : null;
  }

  async findBarrier(params: { initiativeId: string; barrier: BarrierKind }): Promise<BarrierRecord | null> {
    const [row] = await this.db.read<RelationRows['barrier']>('relations/find-barrier', params);
    return row ? barrierOf(row) : null;
  }

  /** Each delete runs in the caller's write transaction and returns how many relationships it removed (0 when there was none). */
  async deleteInvolvement(tx: ManagedTransaction, params: { actorId: string; initiativeId: string }): Promise<number> {
    return this.removed(tx, 'relations/delete-involvement', params);
  }

  async deleteInfluence(tx: ManagedTransaction, params: { fromActorId: string; toActorId: string }): Promise<number> {
    return this.removed(tx, 'relations/delete-influence', params);
  }

  async deleteAmplification(
    tx: ManagedTransaction,
    params: { fromInitiativeId: string; toInitiativeId: string; mode: AmplificationMode },
  ): Promise<number> {
    return this.removed(tx, 'relations/delete-amplification', params);
  }

  async deleteOutcome(tx: ManagedTransaction, params: { initiativeId: string; key: string }): Promise<number> {
    return this.removed(tx, 'relations/delete-outcome', params);
  }

  /** FACES and OVERCOMES links removed, per type. */
  async deleteBarrier(
    tx: ManagedTransaction,
    params: { initiativeId: string; barrier: BarrierKind },
  ): Promise<RelationCount[]> {
    const [row] = await this.db.run<{ removed: RelationCount[] }>(tx, 'relations/delete-barrier', params);
    return row?.removed ?? [];
  }

  private async removed(tx: ManagedTransaction, query: string, params: Record<string, unknown>): Promise<number> {
    const [row] = await this.db.run<{ removed: number }>(tx, query, params);
    return row?.removed ?? 0;
  }
}
