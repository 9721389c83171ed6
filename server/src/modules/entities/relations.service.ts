import { Injectable } from '@nestjs/common';
import { AppError } from '../../common/app-error.js';
import type {
  AmplificationInput,
  AmplificationMode,
  BarrierInput,
  BarrierKind,
  InfluenceInput,
  InvolvementInput,
  OutcomeInput,
  OutcomeKind,
} from '../../domain/network.types.js';
import { NetworkService } from '../network/network.service.js';
import type {
  AmplificationRecord,
  BarrierRecord,
  DeleteOutcome,
  InfluenceRecord,
  InvolvementRecord,
  OutcomeRecord,
} from './models/entities.types.js';
import { RelationsRepository, outcomeKey } from './relations.repository.js';
import { locateIn } from './utils/locate.js';
import { edgeIds } from './utils/slice.js';

function found<T>(record: T | null, what: string): T {
  if (!record) throw new AppError('NOT_FOUND', `${what} does not exist`);
  return record;
}

/** A delete's count, or null when it removed nothing (so deleteEntity reports NOT_FOUND). */
const someOrNull = <T extends number | unknown[]>(removed: T): T | null =>
  (typeof removed === 'number' ? removed : removed.length) === 0 ? null : removed;

/**
 * Rules for single relations: an upsert is validated and written as a one-row import (so the
 * rules live in validateNetworkInput), a delete of something absent is NOT_FOUND. Every write is
 * one change set, recorded under `who`.
 */
@Injectable()
export class RelationsService {
  constructor(
    private readonly repository: RelationsRepository,
    private readonly network: NetworkService,
  ) {}

  async upsertInvolvement(input: InvolvementInput, who: string): Promise<InvolvementRecord> {
    await this.network.importNetwork(
      { involvements: [input] },
      { who, operation: 'UPSERT_INVOLVEMENT', locate: locateIn('involvements', 'input'), what: 'involvement' },
    );
    return found(
      await this.repository.findInvolvement(input),
      `involvement of actor '${input.actorId}' in initiative '${input.initiativeId}'`,
    );
  }

  async deleteInvolvement(actorId: string, initiativeId: string, who: string): Promise<DeleteOutcome> {
    const removed = await this.network.deleteEntity(
      { who, operation: 'DELETE_INVOLVEMENT' },
      'involvements',
      { actorId, initiativeId },
      async (tx) => someOrNull(await this.repository.deleteInvolvement(tx, { actorId, initiativeId })),
      () => new AppError('NOT_FOUND', `actor '${actorId}' is not involved in initiative '${initiativeId}'`),
    );
    return this.deleted(edgeIds.involvement(actorId, initiativeId), 'INVOLVED_IN', removed);
  }

  async upsertInfluence(input: InfluenceInput, who: string): Promise<InfluenceRecord> {
    await this.network.importNetwork(
      { influences: [input] },
      { who, operation: 'UPSERT_INFLUENCE', locate: locateIn('influences', 'input'), what: 'influence' },
    );
    return found(
      await this.repository.findInfluence(input),
      `influence of actor '${input.fromActorId}' on '${input.toActorId}'`,
    );
  }

  async deleteInfluence(fromActorId: string, toActorId: string, who: string): Promise<DeleteOutcome> {
    const removed = await this.network.deleteEntity(
      { who, operation: 'DELETE_INFLUENCE' },
      'influences',
      { fromActorId, toActorId },
      async (tx) => someOrNull(await this.repository.deleteInfluence(tx, { fromActorId, toActorId })),
      () => new AppError('NOT_FOUND', `actor '${fromActorId}' has no influence on actor '${toActorId}'`),
    );
    return this.deleted(edgeIds.influence(fromActorId, toActorId), 'INFLUENCES', removed);
  }

  async upsertAmplification(input: AmplificationInput, who: string): Promise<AmplificationRecord> {
    await this.network.importNetwork(
      { amplifications: [input] },
      { who, operation: 'UPSERT_AMPLIFICATION', locate: locateIn('amplifications', 'input'), what: 'amplification' },
    );
    return found(
      await this.repository.findAmplification(input),
      `amplification '${input.fromInitiativeId}' → '${input.toInitiativeId}' (${input.mode})`,
    );
  }

  async deleteAmplification(
    fromInitiativeId: string,
    toInitiativeId: string,
    mode: AmplificationMode,
    who: string,
  ): Promise<DeleteOutcome> {
    const key = { fromInitiativeId, toInitiativeId, mode };
    const removed = await this.network.deleteEntity(
      { who, operation: 'DELETE_AMPLIFICATION' },
      'amplifications',
      key,
      async (tx) => someOrNull(await this.repository.deleteAmplification(tx, key)),
      () =>
        new AppError(
          'NOT_FOUND',
          `there is no ${mode} amplification from initiative '${fromInitiativeId}' to '${toInitiativeId}'`,
        ),
    );
    return this.deleted(edgeIds.amplification(fromInitiativeId, toInitiativeId, mode), 'AMPLIFIES', removed);
  }

  async upsertOutcome(input: OutcomeInput, who: string): Promise<OutcomeRecord> {
    await this.network.importNetwork(
      { outcomes: [input] },
      { who, operation: 'UPSERT_OUTCOME', locate: locateIn('outcomes', 'input'), what: 'outcome' },
    );
    const key = outcomeKey(input.kind, input.name);
    return found(
      await this.repository.findOutcome({ initiativeId: input.initiativeId, key }),
      `outcome ${key} of '${input.initiativeId}'`,
    );
  }

  async deleteOutcome(
    initiativeId: string,
    kind: OutcomeKind,
    name: string | null | undefined,
    who: string,
  ): Promise<DeleteOutcome> {
    const key = outcomeKey(kind, name);
    const removed = await this.network.deleteEntity(
      { who, operation: 'DELETE_OUTCOME' },
      'outcomes',
      { initiativeId, kind, name: name ?? null },
      async (tx) => someOrNull(await this.repository.deleteOutcome(tx, { initiativeId, key })),
      () => new AppError('NOT_FOUND', `initiative '${initiativeId}' has no outcome ${kind}${name ? ` '${name}'` : ''}`),
    );
    return this.deleted(`ACHIEVES:initiative:${initiativeId}->outcome:${key}`, 'ACHIEVES', removed);
  }

  async upsertBarrier(input: BarrierInput, who: string): Promise<BarrierRecord> {
    await this.network.importNetwork(
      { barriers: [input] },
      { who, operation: 'UPSERT_BARRIER', locate: locateIn('barriers', 'input'), what: 'barrier' },
    );
    return found(
      await this.repository.findBarrier({ initiativeId: input.initiativeId, barrier: input.barrier }),
      `barrier ${input.barrier} of '${input.initiativeId}'`,
    );
  }

  async deleteBarrier(initiativeId: string, barrier: BarrierKind, who: string): Promise<DeleteOutcome> {
    const removed = await this.network.deleteEntity(
      { who, operation: 'DELETE_BARRIER' },
      'barriers',
      { initiativeId, barrier },
      async (tx) => someOrNull(await this.repository.deleteBarrier(tx, { initiativeId, barrier })),
      () => new AppError('NOT_FOUND', `initiative '${initiativeId}' does not face barrier ${barrier}`),
    );
    return {
      id: `FACES:initiative:${initiativeId}->barrier:${barrier}`,
      kind: 'FACES',
      removedRelations: [...removed].sort((a, b) => a.type.localeCompare(b.type)),
    };
  }

  private deleted(id: string, type: string, count: number): DeleteOutcome {
    return { id, kind: type, removedRelations: [{ type, count }] };
  }
}
