import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { batchLoad } from '../../common/graphql/batch-loader.js';
import { CurrentPrincipal, writerName, type Principal } from '../../auth/principal.js';
import { RequireRole } from '../../auth/roles.decorator.js';
import { ActorInput } from '../network/models/network-input.model.js';
import { ActorsService } from './actors.service.js';
import { ActorFilter, ActorPatch } from './dto/entities.inputs.js';
import { ActorConnection } from './models/connection.model.js';
import { Actor, DeleteResult, Influence, Involvement } from './models/entity.model.js';

@Resolver(() => Actor)
export class ActorsResolver {
  constructor(private readonly actorsService: ActorsService) {}

  @Query(() => Actor, { nullable: true, description: 'One actor by id; null when there is none.' })
  actor(@Args('id', { type: () => ID }) id: string): Promise<Actor | null> {
    return this.actorsService.get(id);
  }

  @Query(() => ActorConnection, {
    name: 'actors',
    description:
      'Actors matching the filter, ordered by id, a page at a time (first ≤ 500; pass pageInfo.endCursor as after).',
  })
  actorList(
    @Args('filter', { type: () => ActorFilter, nullable: true }) filter: ActorFilter | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ActorConnection> {
    return this.actorsService.list(filter ?? {}, first ?? 50, after);
  }

  @ResolveField('initiatives', () => [Involvement], {
    description: 'the initiatives this actor is involved in, ordered by id',
  })
  initiatives(@Parent() actor: Actor, @Context() context: object): Promise<Involvement[]> {
    return batchLoad(context, 'actor.initiatives', actor.id, (ids) => this.actorsService.involvements(ids), []);
  }

  @ResolveField('influencesOut', () => [Influence], { description: 'actors this one influences' })
  influencesOut(@Parent() actor: Actor, @Context() context: object): Promise<Influence[]> {
    return batchLoad(context, 'actor.influencesOut', actor.id, (ids) => this.actorsService.influencesOut(ids), []);
  }

  @ResolveField('influencesIn', () => [Influence], { description: 'actors that influence this one' })
  influencesIn(@Parent() actor: Actor, @Context() context: object): Promise<Influence[]> {
    return batchLoad(context, 'actor.influencesIn', actor.id, (ids) => this.actorsService.influencesIn(ids), []);
  }

  @Mutation(() => Actor, { description: 'Creates an actor; CONFLICT when the id exists. Needs the editor role.' })
  @RequireRole('editor')
  createActor(
    @Args('input', { type: () => ActorInput }) input: ActorInput,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<Actor> {
    return this.actorsService.create(input, writerName(principal));
  }

  @Mutation(() => Actor, {
    description: 'Changes the given fields of an actor; NOT_FOUND when absent. Needs the editor role.',
  })
  @RequireRole('editor')
  updateActor(
    @Args('id', { type: () => ID }) id: string,
    @Args('patch', { type: () => ActorPatch }) patch: ActorPatch,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<Actor> {
    return this.actorsService.update(id, patch, writerName(principal));
  }

  @Mutation(() => DeleteResult, {
    description:
      'Deletes an actor and its relations, saying which went with it; NOT_FOUND when absent. Needs the editor role.',
  })
  @RequireRole('editor')
  deleteActor(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<DeleteResult> {
    return this.actorsService.delete(id, writerName(principal));
  }
}
