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

/**
 * Rules for single relations: an upsert is validated and written as a one-row import (so the
 * rules live in validateNetworkInput), a delete of something absent is NOT_FOUND.
 */
@Injectable()
export class RelationsService {
  constructor(
    private readonly repository: RelationsRepository,
    private readonly network: NetworkService,
  ) {}

  async upsertInvolvement(input: InvolvementInput): Promise<InvolvementRecord> {
    await this.network.importNetwork({ involvements: [input] }, locateIn('involvements', 'input'), 'involvement');
    return found(
      await this.repository.findInvolvement(input),
      `involvement of actor '${input.actorId}' in initiative '${input.initiativeId}'`,
    );
  }

  async deleteInvolvement(actorId: string, initiativeId: string): Promise<DeleteOutcome> {
    const removed = await this.repository.deleteInvolvement({ actorId, initiativeId });
    if (removed === 0)
      throw new AppError('NOT_FOUND', `actor '${actorId}' is not involved in initiative '${initiativeId}'`);
    return this.deleted(edgeIds.involvement(actorId, initiativeId), 'INVOLVED_IN', removed);
  }

  async upsertInfluence(input: InfluenceInput): Promise<InfluenceRecord> {
    await this.network.importNetwork({ influences: [input] }, locateIn('influences', 'input'), 'influence');
    return found(
      await this.repository.findInfluence(input),
      `influence of actor '${input.fromActorId}' on '${input.toActorId}'`,
    );
  }

  async deleteInfluence(fromActorId: string, toActorId: string): Promise<DeleteOutcome> {
    const removed = await this.repository.deleteInfluence({ fromActorId, toActorId });
    if (removed === 0)
      throw new AppError('NOT_FOUND', `actor '${fromActorId}' has no influence on actor '${toActorId}'`);
    return this.deleted(edgeIds.influence(fromActorId, toActorId), 'INFLUENCES', removed);
  }

  async upsertAmplification(input: AmplificationInput): Promise<AmplificationRecord> {
    await this.network.importNetwork({ amplifications: [input] }, locateIn('amplifications', 'input'), 'amplification');
    return found(
      await this.repository.findAmplification(input),
      `amplification '${input.fromInitiativeId}' → '${input.toInitiativeId}' (${input.mode})`,
    );
  }

  async deleteAmplification(
    fromInitiativeId: string,
    toInitiativeId: string,
    mode: AmplificationMode,
  ): Promise<DeleteOutcome> {
    const removed = await this.repository.deleteAmplification({ fromInitiativeId, toInitiativeId, mode });
    if (removed === 0) {
      throw new AppError(
        'NOT_FOUND',
        `there is no ${mode} amplification from initiative '${fromInitiativeId}' to '${toInitiativeId}'`,
      );
    }
    return this.deleted(edgeIds.amplification(fromInitiativeId, toInitiativeId, mode), 'AMPLIFIES', removed);
  }

  async upsertOutcome(input: OutcomeInput): Promise<OutcomeRecord> {
    await this.network.importNetwork({ outcomes: [input] }, locateIn('outcomes', 'input'), 'outcome');
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
  ): Promise<DeleteOutcome> {
    const key = outcomeKey(kind, name);
    const removed = await this.repository.deleteOutcome({ initiativeId, key });
    if (removed === 0) {
      throw new AppError('NOT_FOUND', `initiative '${initiativeId}' has no outcome ${kind}${name ? ` '${name}'` : ''}`);
    }
    return this.deleted(`ACHIEVES:initiative:${initiativeId}->outcome:${key}`, 'ACHIEVES', removed);
  }

  async upsertBarrier(input: BarrierInput): Promise<BarrierRecord> {
    await this.network.importNetwork({ barriers: [input] }, locateIn('barriers', 'input'), 'barrier');
    return found(
      await this.repository.findBarrier({ initiativeId: input.initiativeId, barrier: input.barrier }),
      `barrier ${input.barrier} of '${input.initiativeId}'`,
    );
  }

  async deleteBarrier(initiativeId: string, barrier: BarrierKind): Promise<DeleteOutcome> {
    const removed = await this.repository.deleteBarrier({ initiativeId, barrier });
    if (removed.length === 0)
      throw new AppError('NOT_FOUND', `initiative '${initiativeId}' does not face barrier ${barrier}`);
    this.network.markChanged();
    return {
      id: `FACES:initiative:${initiativeId}->barrier:${barrier}`,
      kind: 'FACES',
      removedRelations: [...removed].sort((a, b) => a.type.localeCompare(b.type)),
    };
  }

  private deleted(id: string, type: string, count: number): DeleteOutcome {
    this.network.markChanged();
    return { id, kind: type, removedRelations: [{ type, count }] };
  }
}
