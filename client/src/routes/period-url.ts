// A period as URL state (`period=90d` or `period=2024`), shared by the overview and the region report: pure, unit-tested.

/** The periods offered: the last 30, 90 or 365 days of the data, or a calendar year. */
export const PERIOD_DAYS = [30, 90, 365] as const;
export type PeriodKey = `${(typeof PERIOD_DAYS)[number]}d` | `${number}`;

export const DEFAULT_PERIOD: PeriodKey = '90d';

/** The period in the URL, or the default (the last 90 days) when absent or not one of the choices. */
export function parsePeriod(params: URLSearchParams): PeriodKey {
  const raw = params.get('period') ?? '';
  if (PERIOD_DAYS.some((d) => raw === `${d}d`)) return raw as PeriodKey;
  if (/^\d{4}$/.test(raw)) return raw as PeriodKey;
  return DEFAULT_PERIOD;
}

/** The query's arguments for a period: `days` or `year`. */
export function periodVariables(period: PeriodKey): { days: number } | { year: number } {
  return period.endsWith('d') ? { days: Number(period.slice(0, -1)) } : { year: Number(period) };
}

/** The URL parameters with the period set (the default leaves none); other parameters stay. */
export function writePeriod(params: URLSearchParams, period: PeriodKey): URLSearchParams {
  const next = new URLSearchParams(params);
  if (period === DEFAULT_PERIOD) next.delete('period');
  else next.set('period', period);
  return next;
}
