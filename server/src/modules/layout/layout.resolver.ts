import { Args, Int, Query, Resolver, type ComplexityEstimatorArgs, Extensions } from '@nestjs/graphql';
import { ANALYTICS_FIELD } from '../../common/graphql/limits.plugin.js';
import { SliceFilter } from '../entities/dto/entities.inputs.js';
import { LayoutService } from './layout.service.js';
import { SliceLayout } from './models/layout.model.js';

/** As networkSlice: one unit per 100 nodes times the fields asked for. */
const layoutCost = ({ args, childComplexity }: ComplexityEstimatorArgs): number =>
  1 + Math.ceil((typeof args.limit === 'number' ? args.limit : 5000) / 100) * Math.max(childComplexity, 1);

@Resolver()
export class LayoutResolver {
  constructor(private readonly layout: LayoutService) {}

  @Extensions(ANALYTICS_FIELD)
  @Query(() => SliceLayout, {
    description:
      'Positions (ForceAtlas2, computed on the server off the request thread, cached until the data changes) for every node of the networkSlice with the same filter and limit; for drawing large slices.',
    complexity: layoutCost,
  })
  sliceLayout(
    @Args('filter', { type: () => SliceFilter, nullable: true }) filter: SliceFilter | null,
    @Args('limit', { type: () => Int, nullable: true, defaultValue: 5000 }) limit: number | null,
  ): Promise<SliceLayout> {
    return this.layout.sliceLayout(filter ?? {}, limit ?? 5000);
  }
}
