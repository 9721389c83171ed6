// Sorting the fetched top of a ranking in the browser: pure, so it is unit-tested without React.
import type { SortDirection } from './rankings-url';

export type SortValue = string | number | null | undefined;

/**
 * Rows sorted by one value, stable: equal values keep the order they came in (the API's rank), and
 * empty values (null, undefined, '') go last whichever the direction. Strings compare in the
 * given locale, ignoring case and accents.
 */
export function sortRows<T>(rows: readonly T[], value: (row: T) => SortValue, dir: SortDirection, locale = 'en'): T[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const sign = dir === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, v: value(row) }))
    .sort((a, b) => {
      const aEmpty = a.v === null || a.v === undefined || a.v === '';
      const bEmpty = b.v === null || b.v === undefined || b.v === '';
      if (aEmpty || bEmpty) return aEmpty === bEmpty ? a.index - b.index : aEmpty ? 1 : -1;
      const c =
        typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : collator.compare(String(a.v), String(b.v));
      return c !== 0 ? sign * c : a.index - b.index;
    })
    .map((x) => x.row);
}

/** A score made readable: small PageRank shares keep their significant digits, counts stay whole. */
export function formatScore(score: number, locale = 'en'): string {
  if (Number.isInteger(score)) return score.toLocaleString(locale);
  if (Math.abs(score) < 0.001) return score.toExponential(2);
  return score.toLocaleString(locale, { maximumSignificantDigits: 4 });
}
