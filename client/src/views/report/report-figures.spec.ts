import { describe, expect, it } from '@jest/globals';
import { reportFigures } from './report-figures';

const overview = (regions: { start: number[]; end: number[] }[]) =>
  ({
    regions: regions.map((r) => ({
      region: 'R',
      start: { initiatives: r.start[0]!, isolated: r.start[1]!, components: r.start[2]! },
      end: { initiatives: r.end[0]!, isolated: r.end[1]!, components: r.end[2]! },
    })),
    modesByMonth: [
      { month: '2025-01', deepening: 1, broadening: 0, spreading: 2 },
      { month: '2025-02', deepening: 0, broadening: 1, spreading: 0 },
    ],
  }) as unknown as Parameters<typeof reportFigures>[0];

describe('region report figures', () => {
  it('gives each figure at both ends with its change as an arrow and a sign', () => {
    const rows = reportFigures(overview([{ start: [8, 2, 3], end: [10, 1, 3] }]))!;
    expect(rows.map((r) => [r.label, r.start, r.end, r.change])).toEqual([
      ['rep.initiatives', '8', '10', '▲ +2'],
      ['rep.isolated', '2', '1', '▼ −1'],
      ['rep.share', '25%', '10%', '▼ −15 pt'],
      ['rep.components', '3', '3', '= ±0'],
      ['rep.amplifications', '', '4', ''],
    ]);
  });

  it('has nothing without the region', () => {
    expect(reportFigures(overview([]))).toBeNull();
  });
});
