import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { batchLoad } from '../../common/graphql/batch-loader.js';
import { CurrentPrincipal, writerName, type Principal } from '../../auth/principal.js';
import { RequireRole } from '../../auth/roles.decorator.js';
import { InitiativeInput } from '../network/models/network-input.model.js';
import { InitiativeFilter, InitiativePatch } from './dto/entities.inputs.js';
import { InitiativesService } from './initiatives.service.js';
import { InitiativeConnection } from './models/connection.model.js';
import { Amplification, BarrierFaced, DeleteResult, Initiative, Involvement, Outcome } from './models/entity.model.js';

@Resolver(() => Initiative)
export class InitiativesResolver {
  constructor(private readonly initiatives: InitiativesService) {}

  @Query(() => Initiative, { nullable: true, description: 'One initiative by id; null when there is none.' })
  initiative(@Args('id', { type: () => ID }) id: string): Promise<Initiative | null> {
    return this.initiatives.get(id);
  }

  @Query(() => InitiativeConnection, {
    name: 'initiatives',
    description:
      'Initiatives matching the filter, ordered by id, a page at a time (first ≤ 500; pass pageInfo.endCursor as after).',
  })
  initiativeList(
    @Args('filter', { type: () => InitiativeFilter, nullable: true }) filter: InitiativeFilter | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<InitiativeConnection> {
    return this.initiatives.list(filter ?? {}, first ?? 50, after);
  }

  @Query(() => [String], { description: 'The regions of initiatives and actors, sorted (for filter pickers).' })
  regions(): Promise<string[]> {
    return this.initiatives.regions();
  }

  @Query(() => [String], { description: 'The themes initiatives address, sorted (for filter pickers).' })
  themes(): Promise<string[]> {
    return this.initiatives.themes();
  }

  @ResolveField('actors', () => [Involvement], { description: 'the actors involved, ordered by actor id' })
  actors(@Parent() initiative: Initiative, @Context() context: object): Promise<Involvement[]> {
    return batchLoad(context, 'initiative.actors', initiative.id, (ids) => this.initiatives.involvements(ids), []);
  }

  @ResolveField('amplificationsOut', () => [Amplification], {
    description: 'initiatives that deepen, broaden or spread this one',
  })
  amplificationsOut(@Parent() initiative: Initiative, @Context() context: object): Promise<Amplification[]> {
    return batchLoad(
      context,
      'initiative.amplificationsOut',
      initiative.id,
      (ids) => this.initiatives.amplificationsOut(ids),
      [],
    );
  }

  @ResolveField('amplificationsIn', () => [Amplification], {
    description: 'the wins this initiative deepens, broadens or spreads',
  })
  amplificationsIn(@Parent() initiative: Initiative, @Context() context: object): Promise<Amplification[]> {
    return batchLoad(
      context,
      'initiative.amplificationsIn',
      initiative.id,
      (ids) => this.initiatives.amplificationsIn(ids),
      [],
    );
  }

  @ResolveField('outcomes', () => [Outcome])
  outcomes(@Parent() initiative: Initiative, @Context() context: object): Promise<Outcome[]> {
    return batchLoad(context, 'initiative.outcomes', initiative.id, (ids) => this.initiatives.outcomes(ids), []);
  }

  @ResolveField('barriers', () => [BarrierFaced])
  barriers(@Parent() initiative: Initiative, @Context() context: object): Promise<BarrierFaced[]> {
    return batchLoad(context, 'initiative.barriers', initiative.id, (ids) => this.initiatives.barriers(ids), []);
  }

  @Mutation(() => Initiative, {
    description: 'Creates an initiative; CONFLICT when the id exists. Needs the editor role.',
  })
  @RequireRole('editor')
  createInitiative(
    @Args('input', { type: () => InitiativeInput }) input: InitiativeInput,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<Initiative> {
    return this.initiatives.create(input, writerName(principal));
  }

  @Mutation(() => Initiative, {
    description: 'Changes the given fields of an initiative; NOT_FOUND when absent. Needs the editor role.',
  })
  @RequireRole('editor')
  updateInitiative(
    @Args('id', { type: () => ID }) id: string,
    @Args('patch', { type: () => InitiativePatch }) patch: InitiativePatch,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<Initiative> {
    return this.initiatives.update(id, patch, writerName(principal));
  }

  @Mutation(() => DeleteResult, {
    description:
      'Deletes an initiative and its relations, saying which went with it; NOT_FOUND when absent. Needs the editor role.',
  })
  @RequireRole('editor')
  deleteInitiative(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<DeleteResult> {
    return this.initiatives.delete(id, writerName(principal));
  }
}
