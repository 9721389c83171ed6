import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, writerName, type Principal } from '../../auth/principal.js';
import { RequireRole } from '../../auth/roles.decorator.js';
import { AmplificationModeEnum, BarrierKindEnum, OutcomeKindEnum } from '../../common/graphql/enums.js';
import {
  AmplificationInput,
  BarrierInput,
  InfluenceInput,
  InvolvementInput,
  OutcomeInput,
} from '../network/models/network-input.model.js';
import type { AmplificationMode, BarrierKind, OutcomeKind } from '../../domain/network.types.js';
import { Amplification, BarrierFaced, DeleteResult, Influence, Involvement, Outcome } from './models/entity.model.js';
import { RelationsService } from './relations.service.js';

/** Create-or-update and delete for each relation kind; all need the editor role. */
@Resolver()
export class RelationsResolver {
  constructor(private readonly relations: RelationsService) {}

  @Mutation(() => Involvement, { description: 'Creates or updates the involvement of an actor in an initiative.' })
  @RequireRole('editor')
  upsertInvolvement(
    @Args('input', { type: () => InvolvementInput }) input: InvolvementInput,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<Involvement> {
    return this.relations.upsertInvolvement(input, writerName(principal));
  }

  @Mutation(() => DeleteResult, { description: 'NOT_FOUND when the actor is not involved in the initiative.' })
  @RequireRole('editor')
  deleteInvolvement(
    @Args('actorId', { type: () => ID }) actorId: string,
    @Args('initiativeId', { type: () => ID }) initiativeId: string,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<DeleteResult> {
    return this.relations.deleteInvolvement(actorId, initiativeId, writerName(principal));
  }

  @Mutation(() => Influence, { description: 'Creates or updates the influence of one actor on another.' })
  @RequireRole('editor')
  upsertInfluence(
    @Args('input', { type: () => InfluenceInput }) input: InfluenceInput,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<Influence> {
    return this.relations.upsertInfluence(input, writerName(principal));
  }

  @Mutation(() => DeleteResult, { description: 'NOT_FOUND when there is no such influence.' })
  @RequireRole('editor')
  deleteInfluence(
    @Args('fromActorId', { type: () => ID }) fromActorId: string,
    @Args('toActorId', { type: () => ID }) toActorId: string,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<DeleteResult> {
    return this.relations.deleteInfluence(fromActorId, toActorId, writerName(principal));
  }

  @Mutation(() => Amplification, { description: 'Creates or updates an amplification (unique per from, to and mode).' })
  @RequireRole('editor')
  upsertAmplification(
    @Args('input', { type: () => AmplificationInput }) input: AmplificationInput,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<Amplification> {
    return this.relations.upsertAmplification(input, writerName(principal));
  }

  @Mutation(() => DeleteResult, { description: 'NOT_FOUND when there is no such amplification.' })
  @RequireRole('editor')
  deleteAmplification(
    @Args('fromInitiativeId', { type: () => ID }) fromInitiativeId: string,
    @Args('toInitiativeId', { type: () => ID }) toInitiativeId: string,
    @Args('mode', { type: () => AmplificationModeEnum }) mode: AmplificationMode,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<DeleteResult> {
    return this.relations.deleteAmplification(fromInitiativeId, toInitiativeId, mode, writerName(principal));
  }

  @Mutation(() => Outcome, {
    description: 'Creates or updates an outcome an initiative achieved (unique per initiative, kind, name).',
  })
  @RequireRole('editor')
  upsertOutcome(
    @Args('input', { type: () => OutcomeInput }) input: OutcomeInput,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<Outcome> {
    return this.relations.upsertOutcome(input, writerName(principal));
  }

  @Mutation(() => DeleteResult, { description: 'NOT_FOUND when the initiative has no such outcome.' })
  @RequireRole('editor')
  deleteOutcome(
    @Args('initiativeId', { type: () => ID }) initiativeId: string,
    @Args('kind', { type: () => OutcomeKindEnum }) kind: OutcomeKind,
    @Args('name', { type: () => String, nullable: true }) name: string | null,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<DeleteResult> {
    return this.relations.deleteOutcome(initiativeId, kind, name, writerName(principal));
  }

  @Mutation(() => BarrierFaced, {
    description: 'Records a barrier an initiative faces, and whether (and when) it overcame it.',
  })
  @RequireRole('editor')
  upsertBarrier(
    @Args('input', { type: () => BarrierInput }) input: BarrierInput,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<BarrierFaced> {
    return this.relations.upsertBarrier(input, writerName(principal));
  }

  @Mutation(() => DeleteResult, {
    description: 'Removes a barrier (faced and overcome) from an initiative; NOT_FOUND when absent.',
  })
  @RequireRole('editor')
  deleteBarrier(
    @Args('initiativeId', { type: () => ID }) initiativeId: string,
    @Args('barrier', { type: () => BarrierKindEnum }) barrier: BarrierKind,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<DeleteResult> {
    return this.relations.deleteBarrier(initiativeId, barrier, writerName(principal));
  }
}
