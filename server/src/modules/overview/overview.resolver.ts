import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { AppError } from '../../common/app-error.js';
import { Warmer } from '../../database/warmer.js';
import { InitiativesService } from '../entities/initiatives.service.js';
import { DataDates, PeriodCascade, PeriodOverview } from './models/overview.model.js';
import { OverviewService, periodChoice } from './overview.service.js';
import { addDays, type PeriodCascade as Grown } from './utils/period-figures.js';

const DAY_MS = 86_400_000;

/** Thin resolvers over OverviewService; cascade roots are hydrated in one query. */
@Resolver()
export class OverviewResolver {
  constructor(
    private readonly overview: OverviewService,
    private readonly initiatives: InitiativesService,
    warmer: Warmer,
  ) {
    // the overview's default period (the last 90 days), recomputed in the background after a write
    warmer.register('dataDates', () => this.dataDates());
    warmer.register('periodOverview 90d', () => this.periodOverview(90));
  }

  @Query(() => DataDates, {
    description: 'The newest date in the data and the years with data, for choosing a period.',
  })
  dataDates(): Promise<DataDates> {
    return this.overview.dataDates();
  }

  @Query(() => PeriodOverview, {
    description:
      'What changed in a period: the last `days` days up to the newest date in the data, or a calendar `year` (neither: the last 90 days). Counts at both ends, amplifications per month and mode, every region at both ends, and the cascades that grew; with a region, the months, regions and cascades are that region’s.',
  })
  async periodOverview(
    @Args('days', { type: () => Int, nullable: true }) days?: number | null,
    @Args('year', { type: () => Int, nullable: true }) year?: number | null,
    @Args('region', { type: () => String, nullable: true }) region?: string | null,
    @Args('cascades', { type: () => Int, defaultValue: 5, description: 'cascades per list (1–50)' }) cascades = 5,
  ): Promise<PeriodOverview> {
    if (!Number.isInteger(cascades) || cascades < 1 || cascades > 50)
      throw AppError.badInput([{ path: 'cascades', message: `${cascades} is not allowed: use 1 to 50` }], 'arguments');
    const figures = await this.overview.period(periodChoice(days, year), region || null, cascades);
    const roots = await this.initiatives.getMany([
      ...figures.largestCascades.map((c) => c.rootId),
      ...figures.fastestCascades.map((c) => c.rootId),
    ]);
    const hydrate = (list: Grown[]): PeriodCascade[] =>
      list.flatMap(({ rootId, ...c }) => {
        const root = roots.get(rootId);
        return root ? [{ ...c, root }] : [];
      });
    const days_ = (Date.parse(addDays(figures.to, 1)) - Date.parse(figures.from)) / DAY_MS;
    return {
      ...figures,
      largestCascades: hydrate(figures.largestCascades),
      fastestCascades: hydrate(figures.fastestCascades),
      months: Math.round((days_ / 30.44) * 100) / 100,
    };
  }
}
