import { describe, expect, it } from '@jest/globals';
import {
  change,
  daysBetween,
  formatDate,
  isolatedShare,
  links,
  modeTotals,
  percent,
  perMonth,
  regionsNeedingAttention,
  type RegionRow,
} from './overview-figures';

const region = (name: string, start: [number, number, number], end: [number, number, number]): RegionRow => ({
  region: name,
  start: { initiatives: start[0], isolated: start[1], components: start[2] },
  end: { initiatives: end[0], isolated: end[1], components: end[2] },
});

describe('overview figures', () => {
  it('gives a change its arrow and sign, never colour alone', () => {
    expect(change(10, 13)).toEqual({ value: 13, delta: 3, arrow: '▲', signed: '+3' });
    expect(change(13, 10)).toEqual({ value: 10, delta: -3, arrow: '▼', signed: '−3' });
    expect(change(4, 4)).toEqual({ value: 4, delta: 0, arrow: '=', signed: '±0' });
    expect(change(0, 1500, (n) => n.toLocaleString('en')).signed).toBe('+1,500');
  });

  it('puts the regions needing attention first: isolated share, then fragmentation, then least growth', () => {
    const rows = regionsNeedingAttention([
      region('Calm', [10, 0, 1], [12, 0, 1]),
      region('Lonely', [8, 2, 4], [10, 4, 6]),
      region('Split', [10, 1, 2], [10, 1, 8]),
      region('Flat', [10, 1, 2], [10, 1, 2]),
      region('Growing', [5, 1, 2], [10, 1, 2]),
      region('Gone', [3, 0, 1], [0, 0, 0]),
    ]);
    expect(rows.map((r) => r.region)).toEqual(['Lonely', 'Split', 'Flat', 'Growing', 'Calm']);
    expect(rows[0]).toMatchObject({ initiatives: 10, share: 0.4, shareDelta: 15, growth: 2 });
    expect(rows[0]!.isolated).toMatchObject({ value: 4, signed: '+2' });
    expect(rows[0]!.components).toMatchObject({ value: 6, arrow: '▲' });
  });

  it('sums the modes over the months and gives rates per month', () => {
    expect(
      modeTotals([
        { month: '2025-01', deepening: 1, broadening: 2, spreading: 3 },
        { month: '2025-02', deepening: 0, broadening: 1, spreading: 4 },
      ]),
    ).toEqual({ deepening: 1, broadening: 3, spreading: 7 });
    expect(perMonth(6, 2.96)).toBe('2.0');
    expect(perMonth(1, 11.99)).toBe('0.1');
    expect(perMonth(3, 0)).toBe('3');
  });

  it('writes shares, dates in both languages and whole days', () => {
    expect(isolatedShare({ initiatives: 0, isolated: 0 })).toBe(0);
    expect(percent(isolatedShare({ initiatives: 8, isolated: 1 }))).toBe('13%');
    expect(formatDate('2025-12-31', 'en')).toBe('31 Dec 2025');
    expect(formatDate('2025-10-03', 'nl')).toMatch(/^3 okt\.? 2025$/);
    expect(daysBetween('2025-12-31', '2026-12-01')).toBe(335);
  });

  it('links each card to the view that explains it, with its filters in the URL', () => {
    const o = { from: '2025-01-01', to: '2025-12-31', dates: { today: '2026-12-01', newest: '2025-12-31', years: [] } };
    expect(links.network(o)).toBe('/explorer?asOf=2025-12-31');
    expect(links.network({ ...o, to: '2026-12-01' })).toBe('/explorer');
    expect(links.modes(o)).toBe('/explorer?from=2025-01-01&to=2025-12-31&actors=0');
    expect(links.radar('Noord-Brabant')).toBe('/radar?region=Noord-Brabant');
    expect(links.report('Zuid Holland', '90d')).toBe('/report/Zuid%20Holland');
    expect(links.report('Zuid Holland', '2024')).toBe('/report/Zuid%20Holland?period=2024');
    expect(links.cascade('ini 1')).toBe('/diffusion?root=ini%201');
    expect(links.map('Drenthe')).toBe('/map?region=Drenthe&shade=isolation');
  });
});
