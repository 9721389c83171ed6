import { describe, expect, it } from '@jest/globals';
import { CIVIDIS, measureOf, shadingScale, stepLabel } from './shading';

const row = (start: number, end: number, isolated: number) => ({
  region: 'R',
  start: { initiatives: start, isolated: 0, components: 1 },
  end: { initiatives: end, isolated, components: 1 },
});

describe('region shading', () => {
  it('measures isolation share in %, growth and initiatives', () => {
    expect(measureOf('isolation', row(4, 8, 1))).toBe(12.5);
    expect(measureOf('isolation', row(0, 0, 0))).toBe(0);
    expect(measureOf('growth', row(4, 8, 1))).toBe(4);
    expect(measureOf('initiatives', row(4, 8, 1))).toBe(8);
  });

  it('steps from light (low) to dark (high) on cividis, equal widths, the largest value in the last step', () => {
    const scale = shadingScale([0, 5, 10, 20, 40.5]);
    expect(scale.steps).toHaveLength(5);
    expect(scale.steps.map((s) => s.colour)).toEqual([...CIVIDIS]);
    expect(scale.steps[0]).toMatchObject({ from: 0, to: 8.1 });
    expect(scale.steps[1]).toMatchObject({ from: 8.1, to: 16.2 });
    expect(scale.steps[4]!.to).toBe(40.5);
    expect(scale.colourOf(0)).toBe(CIVIDIS[0]);
    expect(scale.colourOf(40.5)).toBe(CIVIDIS[4]);
    expect(scale.colourOf(20)).toBe(CIVIDIS[2]);
  });

  it('uses fewer steps for a few whole numbers, one for equal values, none without values', () => {
    const few = shadingScale([1, 2, 3]);
    expect(few.steps.map((s) => [s.from, s.to])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    // whole numbers over a wider span: whole steps that do not overlap
    expect(shadingScale([0, 3, 9]).steps.map((s) => [s.from, s.to])).toEqual([
      [0, 1],
      [2, 3],
      [4, 5],
      [6, 7],
      [8, 9],
    ]);
    expect(few.steps.map((s) => s.colour)).toEqual([CIVIDIS[0], CIVIDIS[2], CIVIDIS[4]]);
    expect(few.colourOf(1)).toBe(CIVIDIS[0]);
    expect(few.colourOf(3)).toBe(CIVIDIS[4]);
    const same = shadingScale([7, 7]);
    expect(same.steps).toEqual([{ from: 7, to: 7, colour: CIVIDIS[2] }]);
    expect(shadingScale([]).steps).toEqual([]);
  });

  it('labels a step with its unit', () => {
    expect(stepLabel({ from: 0, to: 12.5, colour: '' }, 'isolation')).toBe('0–12.5%');
    expect(stepLabel({ from: 2, to: 5, colour: '' }, 'growth')).toBe('+2–+5');
    expect(stepLabel({ from: 12, to: 12, colour: '' }, 'initiatives')).toBe('12');
  });
});
