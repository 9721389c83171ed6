import { Args, ID, Int, Query, Resolver, type ComplexityEstimatorArgs } from '@nestjs/graphql';
import { SliceFilter } from './dto/entities.inputs.js';
import { GraphService } from './graph.service.js';
import { NetworkSlice, NodeKindEnum } from './models/graph.model.js';
import type { NodeKind } from './models/entities.types.js';

/**
 * A slice is flat (nodes and edges with scalar fields), so its cost grows with the limit far
 * less than a nested list's: one unit per 100 nodes times the fields asked for.
 */
const sliceCost = ({ args, childComplexity }: ComplexityEstimatorArgs): number =>
  1 + Math.ceil((typeof args.limit === 'number' ? args.limit : 5000) / 100) * Math.max(childComplexity, 1);

@Resolver()
export class GraphResolver {
  constructor(private readonly graph: GraphService) {}

  @Query(() => NetworkSlice, {
    description:
      'The initiatives and actors within depth hops (1–3) of a node, over involvements, influences and amplifications, with all those edges among them. NOT_FOUND for an unknown id.',
    complexity: sliceCost,
  })
  neighbourhood(
    @Args('id', { type: () => ID }) id: string,
    @Args('kind', { type: () => NodeKindEnum, nullable: true, defaultValue: 'INITIATIVE' }) kind: NodeKind | null,
    @Args('depth', { type: () => Int, nullable: true, defaultValue: 1 }) depth: number | null,
    @Args('limit', {
      type: () => Int,
      nullable: true,
      defaultValue: 5000,
      description: 'at most this many nodes (nearest first)',
    })
    limit: number | null,
  ): Promise<NetworkSlice> {
    return this.graph.neighbourhood(id, kind ?? 'INITIATIVE', depth ?? 1, limit ?? 5000);
  }

  @Query(() => NetworkSlice, {
    description:
      'Initiatives matching the filter (startedOn within [from, to] when given), the amplifications among them of the chosen modes, their actors and involvements, and influences among those actors; at most limit nodes.',
    complexity: sliceCost,
  })
  networkSlice(
    @Args('filter', { type: () => SliceFilter, nullable: true }) filter: SliceFilter | null,
    @Args('limit', { type: () => Int, nullable: true, defaultValue: 5000 }) limit: number | null,
  ): Promise<NetworkSlice> {
    return this.graph.slice(filter ?? {}, limit ?? 5000);
  }
}
