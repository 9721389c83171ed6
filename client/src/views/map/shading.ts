// Region areas shaded by a measure on a sequential, colour-blind-safe scale (cividis, light = low,
// dark = high), with the legend that states the measure and its unit. Pure, unit-tested.
import type { PeriodOverviewQuery } from '../../api/generated/graphql';

export const SHADINGS = ['isolation', 'growth', 'initiatives'] as const;
export type Shading = (typeof SHADINGS)[number];

/** Five steps of cividis (Nuñez et al. 2018), from light (low) to dark (high). */
export const CIVIDIS = ['#FFEA46', '#CBBA69', '#958F78', '#5B6470', '#00224E'] as const;

type RegionRow = PeriodOverviewQuery['periodOverview']['regions'][number];

/** A region's value of the measure: isolated share in %, new initiatives in the period, or initiatives at its end. */
export function measureOf(shading: Shading, r: RegionRow): number {
  switch (shading) {
    case 'isolation':
      return r.end.initiatives === 0 ? 0 : Math.round((1000 * r.end.isolated) / r.end.initiatives) / 10;
    case 'growth':
      return r.end.initiatives - r.start.initiatives;
    case 'initiatives':
      return r.end.initiatives;
  }
}

export interface ScaleStep {
  from: number;
  to: number;
  colour: string;
}

export interface ShadingScale {
  steps: ScaleStep[];
  colourOf: (value: number) => string;
}

/**
 * Steps of equal width from the smallest to the largest value, at most five, each with its cividis
 * colour (spread light to dark). Whole numbers get whole, non-overlapping steps (one per value when
 * there are at most five); one step when all values are equal; none without values.
 */
export function shadingScale(values: readonly number[]): ShadingScale {
  if (values.length === 0) return { steps: [], colourOf: () => CIVIDIS[0] };
  const min = Math.min(...values);
  const max = Math.max(...values);
  const whole = values.every((v) => Number.isInteger(v));
  const span = max - min;
  const count = span === 0 ? 1 : whole ? Math.min(CIVIDIS.length, span + 1) : CIVIDIS.length;
  const last = CIVIDIS.length - 1;
  const colour = (i: number): string => CIVIDIS[count === 1 ? 2 : Math.round((i * last) / (count - 1))] ?? '#00224E';
  const width = span / count;
  const starts = Array.from({ length: count }, (_, i) =>
    whole ? Math.ceil(min + i * width - 1e-9) + 0 : Math.round((min + i * width) * 10) / 10,
  );
  const steps: ScaleStep[] = starts.map((from, i) => {
    const next = starts[i + 1];
    const to = next === undefined ? max : whole ? next - 1 : next;
    return { from, to, colour: colour(i) };
  });
  const colourOf = (value: number) => {
    let i = 0;
    while (i + 1 < steps.length && value >= steps[i + 1]!.from) i++;
    return steps[i]!.colour;
  };
  return { steps, colourOf };
}

/** A step as legend text: "10–20%" for shares, "3–5" for counts, "12" for a step of one value. */
export function stepLabel(step: ScaleStep, shading: Shading): string {
  const unit = shading === 'isolation' ? '%' : '';
  const from = shading === 'growth' && step.from > 0 ? `+${step.from}` : String(step.from);
  const to = shading === 'growth' && step.to > 0 ? `+${step.to}` : String(step.to);
  return step.from === step.to ? `${from}${unit}` : `${from}–${to}${unit}`;
}
