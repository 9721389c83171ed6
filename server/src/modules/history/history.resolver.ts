import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AppError } from '../../common/app-error.js';
import { CurrentPrincipal, writerName, type Principal } from '../../auth/principal.js';
import { RequireRole } from '../../auth/roles.decorator.js';
import { DiffService } from './diff.service.js';
import { HistoryService } from './history.service.js';
import {
  ChangePointInput,
  ChangeSet,
  ChangeSetConnection,
  CompactionReport,
  EntityChangePage,
} from './models/change-set.model.js';
import { DateTimeScalar } from './models/date-time.scalar.js';
import { NetworkDiff } from './models/network-diff.model.js';
import { UndoService } from './undo.service.js';

/** `first` × the fields asked for, plus `base`: so a page of change sets (or many aliases) costs what it reads. */
export const listCost =
  (base: number, fallback: number) =>
  ({ args, childComplexity }: { args: Record<string, unknown>; childComplexity: number }) =>
    base + (typeof args.first === 'number' ? args.first : fallback) * Math.max(childComplexity, 1);

/** networkDiff rewinds the whole network twice: three in one request exceed the default cost limit (50,000). */
export const DIFF_COST = 20_000;

/** The change log over GraphQL: pages of change sets, one change set and its entries, undo, networkDiff, retention. */
@Resolver(() => ChangeSet)
export class HistoryResolver {
  constructor(
    private readonly history: HistoryService,
    private readonly undoing: UndoService,
    private readonly diffs: DiffService,
  ) {}

  @Query(() => ChangeSetConnection, {
    description:
      'Change sets newest first, a page at a time (first ≤ 500; pass pageInfo.endCursor as after): all of them, or those since/until an instant, touching one initiative or actor (entityId, or one of its relations), or written by one name (by).',
    complexity: listCost(10, 50),
  })
  changes(
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('since', { type: () => DateTimeScalar, nullable: true }) since: string | null,
    @Args('until', { type: () => DateTimeScalar, nullable: true }) until: string | null,
    @Args('entityId', { type: () => ID, nullable: true }) entityId: string | null,
    @Args('by', { type: () => String, nullable: true }) by: string | null,
  ): Promise<ChangeSetConnection> {
    return this.history.changes({
      first,
      after: after ?? null,
      since: since ?? null,
      until: until ?? null,
      entityId: entityId ?? null,
      by: by ?? null,
    });
  }

  @Query(() => ChangeSet, {
    nullable: true,
    description: 'One change set by its sequence number; null when there is none (or it was compacted).',
  })
  changeSet(@Args('seq', { type: () => Int }) seq: number): Promise<ChangeSet | null> {
    return this.history.changeSet(seq);
  }

  @ResolveField('entries', () => EntityChangePage, {
    description:
      'The entities it touched with their state before and after, in the order written, a page at a time (first ≤ 500); entityId: only those of that initiative or actor.',
    complexity: listCost(50, 50),
  })
  entries(
    @Parent() change: ChangeSet,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
    @Args('entityId', { type: () => ID, nullable: true }) entityId: string | null,
  ): Promise<EntityChangePage> {
    return this.history.entries(change, first, offset, entityId ?? null);
  }

  @Mutation(() => ChangeSet, {
    description:
      'Reverts one change set, as a new change set (operation UNDO) that is returned. Undoing a delete brings the node back with every relation deleted with it. CONFLICT when something later touched the same nodes or relations: extensions.problems names each (path: the entity key) and the later change set. Needs the editor role.',
  })
  @RequireRole('editor')
  async undoChange(
    @Args('seq', { type: () => Int }) seq: number,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<ChangeSet> {
    const undo = await this.undoing.undo(seq, writerName(principal));
    const change = await this.history.changeSet(undo);
    if (!change) throw new AppError('INTERNAL_SERVER_ERROR', `the undo #${undo} committed but cannot be read back`);
    return change;
  }

  @Query(() => NetworkDiff, {
    description:
      'What changed between two points of the history (a sequence number or an instant each; to omitted = now): initiatives, actors and relations added, removed and changed (with the fields), isolates that appeared and got tied, components merged and split, bridges and brokers gained and lost. Lists are cut at limit (≤ 1000); the counts are complete. BAD_USER_INPUT for a point before compacted history.',
    complexity: DIFF_COST,
  })
  networkDiff(
    @Args('from', { type: () => ChangePointInput }) from: ChangePointInput,
    @Args('to', { type: () => ChangePointInput, nullable: true }) to: ChangePointInput | null,
    @Args('limit', { type: () => Int, defaultValue: 200 }) limit: number,
  ): Promise<NetworkDiff> {
    return this.diffs.diff(from, to ?? null, limit);
  }

  @Mutation(() => CompactionReport, {
    description:
      'Retention: removes the change sets committed before an instant (their entries and index); the network is not changed. Those changes can no longer be undone or diffed across. Needs the admin role.',
  })
  @RequireRole('admin')
  compactHistory(@Args('before', { type: () => DateTimeScalar }) before: string): Promise<CompactionReport> {
    return this.history.compact(before);
  }
}
