// The "What changed" view's URL state (`from=2025-01-01&to=2025-01-31`) and the networkDiff's
// arguments for it: pure, unit-tested.

/** Days of the default period, ending today. */
export const DEFAULT_DAYS = 30;

export interface ChangesRange {
  from: string;
  to: string;
  /** `after=<seq>`: compare from just after that change set instead of the start of `from` */
  after?: number | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isDate(value: string | null): value is string {
  return value !== null && DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

/** `date` moved by `days` (negative: back), as YYYY-MM-DD (UTC). */
export function shiftDate(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The default period: the last 30 days up to today. */
export function defaultRange(today: string): ChangesRange {
  return { from: shiftDate(today, -DEFAULT_DAYS), to: today };
}

/** The range in the URL; a missing or malformed date takes its default. */
export function parseChangesUrl(params: URLSearchParams, today: string): ChangesRange {
  const fallback = defaultRange(today);
  const from = params.get('from');
  const to = params.get('to');
  const after = /^\d{1,9}$/.test(params.get('after') ?? '') ? Number(params.get('after')) : null;
  return { from: isDate(from) ? from : fallback.from, to: isDate(to) ? to : fallback.to, after };
}

/** The URL parameters with the range set (a default end is left out); other parameters stay. */
export function writeChangesUrl(params: URLSearchParams, range: ChangesRange, today: string): URLSearchParams {
  const next = new URLSearchParams(params);
  const fallback = defaultRange(today);
  if (range.from === fallback.from) next.delete('from');
  else next.set('from', range.from);
  if (range.to === fallback.to) next.delete('to');
  else next.set('to', range.to);
  if (range.after == null) next.delete('after');
  else next.set('after', String(range.after));
  return next;
}

/** The link to the view for a range (the overview's and the report's "what changed" links). */
export function changesLink(range: ChangesRange): string {
  return `/changes?from=${range.from}&to=${range.to}`;
}

/**
 * The networkDiff's points for a range: from the start of `from` (UTC), to the end of `to`, or now
 * when `to` is today or later (so the edits of today count); with `after`, from just after that
 * change set. null when `from` lies after `to`.
 */
export function diffPoints(
  range: ChangesRange,
  today: string,
): { from: { at: string } | { seq: number }; to: { at: string } | null } | null {
  if (range.after == null && range.from > range.to) return null;
  return {
    from: range.after != null ? { seq: range.after } : { at: `${range.from}T00:00:00.000Z` },
    to: range.to >= today ? null : { at: `${range.to}T23:59:59.999Z` },
  };
}

/** Today in UTC (the change log's instants are UTC). */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The change log's window for an overview period: the last N days up to today (the change log
 * records when edits were made, not the data's own dates), or the calendar year.
 */
export function periodRange(period: string, today: string): ChangesRange {
  const days = /^(\d+)d$/.exec(period);
  if (days) return { from: shiftDate(today, -Number(days[1])), to: today };
  return { from: `${period}-01-01`, to: `${period}-12-31` < today ? `${period}-12-31` : today };
}

/** The `changes` query's since/until for a range (until: the end of its last day). */
export function rangeInstants(range: ChangesRange): { since: string; until: string } {
  return { since: `${range.from}T00:00:00.000Z`, until: `${range.to}T23:59:59.999Z` };
}
