// The overview's figures in words and order: changes with their arrow and sign, regions needing
// attention worst first, the modes' totals and the links into the views that explain each card.
// Pure, so it is unit-tested without React.
import type { PeriodOverviewQuery } from '../../api/generated/graphql';
import { explorerLink } from '../../routes/explorer-url';

export type Overview = PeriodOverviewQuery['periodOverview'];
export type RegionRow = Overview['regions'][number];
export type ModeMonth = Overview['modesByMonth'][number];

export interface Change {
  value: number;
  delta: number;
  /** ▲ up, ▼ down, = unchanged: the direction in a symbol, never in colour alone */
  arrow: '▲' | '▼' | '=';
  /** the delta with its sign: +3, −3, ±0 */
  signed: string;
}

/** A figure at the end of the period with its change since the start. */
export function change(start: number, end: number, format: (n: number) => string = String): Change {
  const delta = end - start;
  return {
    value: end,
    delta,
    arrow: delta > 0 ? '▲' : delta < 0 ? '▼' : '=',
    signed: delta > 0 ? `+${format(delta)}` : delta < 0 ? `−${format(-delta)}` : '±0',
  };
}

/** Share of a region's initiatives with no tie (0 for none). */
export function isolatedShare(c: { initiatives: number; isolated: number }): number {
  return c.initiatives === 0 ? 0 : c.isolated / c.initiatives;
}

/** A share as a whole percentage, e.g. 0.125 → 13%. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export interface RegionAttention {
  region: string;
  initiatives: number;
  /** isolated share at the end, and its change in percentage points */
  share: number;
  shareDelta: number;
  isolated: Change;
  components: Change;
  /** new initiatives in the period (initiatives at the end − at the start) */
  growth: number;
}

/**
 * Regions needing attention, worst first: the highest share of isolated initiatives, then the most
 * components per initiative (the most fragmented), then the least growth; then by name. Regions
 * without initiatives at the end are left out.
 */
export function regionsNeedingAttention(regions: readonly RegionRow[]): RegionAttention[] {
  return regions
    .filter((r) => r.end.initiatives > 0)
    .map((r) => ({
      region: r.region,
      initiatives: r.end.initiatives,
      share: isolatedShare(r.end),
      shareDelta: Math.round((isolatedShare(r.end) - isolatedShare(r.start)) * 100),
      isolated: change(r.start.isolated, r.end.isolated),
      components: change(r.start.components, r.end.components),
      growth: r.end.initiatives - r.start.initiatives,
    }))
    .sort(
      (a, b) =>
        b.share - a.share ||
        b.components.value / b.initiatives - a.components.value / a.initiatives ||
        a.growth - b.growth ||
        a.region.localeCompare(b.region, 'en'),
    );
}

/** Amplifications of the period by mode, summed over the months. */
export function modeTotals(months: readonly ModeMonth[]): { deepening: number; broadening: number; spreading: number } {
  return months.reduce(
    (sum, m) => ({
      deepening: sum.deepening + m.deepening,
      broadening: sum.broadening + m.broadening,
      spreading: sum.spreading + m.spreading,
    }),
    { deepening: 0, broadening: 0, spreading: 0 },
  );
}

/** Initiatives joined per month, one decimal (the cascade card's rate). */
export function perMonth(joined: number, months: number): string {
  return months <= 0 ? String(joined) : (Math.round((joined / months) * 10) / 10).toFixed(1);
}

/** Where each card links: the view that explains it, with its filters in the URL. */
export const links = {
  /** the explorer as of the period's end (today's network when the period ends today or later) */
  network: (o: Pick<Overview, 'to' | 'dates'>) =>
    o.to < o.dates.today ? `${explorerLink({})}?asOf=${o.to}` : explorerLink({}),
  /** the explorer showing the amplifications started in the period (their initiatives, without actors) */
  modes: (o: Pick<Overview, 'from' | 'to'>) => `/explorer?from=${o.from}&to=${o.to}&actors=0`,
  radar: (region: string) => `/radar?region=${encodeURIComponent(region)}`,
  report: (region: string, period: string) =>
    `/report/${encodeURIComponent(region)}${period === '90d' ? '' : `?period=${period}`}`,
  cascade: (rootId: string) => `/diffusion?root=${encodeURIComponent(rootId)}`,
  map: (region: string) => `/map?region=${encodeURIComponent(region)}&shade=isolation`,
};

/** A date (YYYY-MM-DD) in the reader's language: 31 Dec 2025, 31 dec 2025. */
export function formatDate(date: string, lang: 'en' | 'nl'): string {
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** Whole days from one date to another (YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
