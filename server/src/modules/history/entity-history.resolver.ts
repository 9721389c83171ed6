import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Initiative } from '../entities/models/entity.model.js';
import { HistoryService } from './history.service.js';
import { listCost } from './history.resolver.js';
import { ChangeSetConnection } from './models/change-set.model.js';

const HISTORY = {
  description:
    'The change sets that touched it or one of its relations, newest first (first ≤ 500; pass pageInfo.endCursor as after).',
  complexity: listCost(100, 20),
};

/** `history` on Initiative. Costly per item on purpose: asked for a whole page it exceeds the cost limit. */
@Resolver(() => Initiative)
export class InitiativeHistoryResolver {
  constructor(private readonly history: HistoryService) {}

  @ResolveField('history', () => ChangeSetConnection, HISTORY)
  initiativeHistory(
    @Parent() initiative: Initiative,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ChangeSetConnection> {
    return this.history.history('initiative', initiative.id, first, after ?? null);
  }
}

/** `history` on Actor. */
@Resolver(() => Actor)
export class ActorHistoryResolver {
  constructor(private readonly history: HistoryService) {}

  @ResolveField('history', () => ChangeSetConnection, HISTORY)
  actorHistory(
    @Parent() actor: Actor,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ChangeSetConnection> {
    return this.history.history('actor', actor.id, first, after ?? null);
  }
}
