/** A figure beside its null-model band (nullModel): where it falls, in words the dashboard shows. */
export interface BandFigures {
  observed: number;
  low: number;
  high: number;
  z?: number | null;
}

export type Verdict = 'above' | 'below' | 'within';

/** Above or below the 95% band of the rewired networks, or within it. */
export function bandVerdict(band: BandFigures): Verdict {
  if (band.observed > band.high) return 'above';
  if (band.observed < band.low) return 'below';
  return 'within';
}

/** A figure as the dashboard writes it: whole numbers as they are, others with at most `digits` decimals. */
export function formatFigure(value: number, lang: string, digits = 2): string {
  return value.toLocaleString(lang, { maximumFractionDigits: Number.isInteger(value) ? 0 : digits });
}

/** The words of a band: "chance 40–52 (z = −3.2): less than chance" (placeholders for t()). */
export function bandWords(band: BandFigures, lang: string, digits = 2) {
  return {
    low: formatFigure(band.low, lang, digits),
    high: formatFigure(band.high, lang, digits),
    z: band.z === null || band.z === undefined ? null : formatFigure(Math.round(band.z * 10) / 10, lang, 1),
    verdict: bandVerdict(band),
  };
}
