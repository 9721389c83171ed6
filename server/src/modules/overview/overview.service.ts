import { Injectable } from '@nestjs/common';
import { AppError } from '../../common/app-error.js';
import { WorkerPool } from '../../workers/worker-pool.js';
import { AnalyticsService } from '../analytics/analytics.service.js';
import { dataYears, newestDate, resolvePeriod, type PeriodChoice, type PeriodFigures } from './utils/period-figures.js';

export interface DataDatesResult {
  /** the newest date the data records, not after today; null when none */
  newest: string | null;
  /** years with a start or an amplification, newest first */
  years: number[];
  today: string;
}

const MAX_DAYS = 3660;

/** The period asked for: `days` or `year` (one of them; neither = the last 90 days), checked. */
export function periodChoice(days: number | null | undefined, year: number | null | undefined): PeriodChoice {
  const problems: { path: string; message: string }[] = [];
  if (days != null && year != null) problems.push({ path: 'days', message: 'give days or year, not both' });
  if (days != null && (!Number.isInteger(days) || days < 1 || days > MAX_DAYS))
    problems.push({ path: 'days', message: `${days} is not allowed: use 1 to ${MAX_DAYS}` });
  if (year != null && (!Number.isInteger(year) || year < 1900 || year > 2200))
    problems.push({ path: 'year', message: `${year} is not a year from 1900 to 2200` });
  if (problems.length > 0) throw AppError.badInput(problems, 'arguments');
  return year != null ? { year } : { days: days ?? 90 };
}

/**
 * The figures of a period over the analytics projection (memoised per data version by
 * AnalyticsService, computed in the worker pool): see utils/period-figures.ts.
 */
@Injectable()
export class OverviewService {
  constructor(
    private readonly analytics: AnalyticsService,
    private readonly workers: WorkerPool,
  ) {}

  dataDates(today = new Date().toISOString().slice(0, 10)): Promise<DataDatesResult> {
    return this.analytics.derived(`overview-dates:${today}`, (projection) => ({
      newest: newestDate(projection, today),
      years: dataYears(projection, today),
      today,
    }));
  }

  async period(
    choice: PeriodChoice,
    region: string | null,
    cascades: number,
  ): Promise<PeriodFigures & { dates: DataDatesResult }> {
    const dates = await this.dataDates();
    const { from, to } = resolvePeriod(choice, dates.newest, dates.today);
    const figures = await this.analytics.derived(`overview-period:${from}:${to}:${region ?? ''}:${cascades}`, (p) =>
      this.workers.run('periodFigures', p, { from, to, region, cascades }),
    );
    return { ...figures, dates };
  }
}
