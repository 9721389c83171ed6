import type { NetworkProjection } from '../../analytics/engine/projection.js';
import {
  addDays,
  dataYears,
  modesByMonth,
  newestDate,
  periodCascades,
  periodFigures,
  resolvePeriod,
  snapshot,
} from './period-figures.js';

const ini = (id: string, region: string | null, startedOn: string | null) => ({
  id,
  name: id,
  region,
  themes: [],
  startedOn,
  potential: null,
});

/**
 * North: a → b (2024-03), b → c (2025-02), c started 2025-01; d isolated (2025-05).
 * South: e and f share actor x (f since 2025-06); g undated, alone.
 */
const NETWORK: NetworkProjection = {
  initiatives: [
    ini('a', 'North', '2020-01-01'),
    ini('b', 'North', '2024-02-01'),
    ini('c', 'North', '2025-01-10'),
    ini('d', 'North', '2025-05-01'),
    ini('e', 'South', '2019-01-01'),
    ini('f', 'South', '2025-06-01'),
    ini('g', 'South', null),
  ],
  actors: [{ id: 'x', name: 'x', kind: null, region: 'South' }],
  amplifications: [
    { from: 'a', to: 'b', mode: 'SPREADING', on: '2024-03-01' },
    { from: 'b', to: 'c', mode: 'DEEPENING', on: '2025-02-15' },
    { from: 'b', to: 'c', mode: 'BROADENING', on: '2027-01-01' },
  ],
  involvements: [
    { actorId: 'x', initiativeId: 'e', since: null },
    { actorId: 'x', initiativeId: 'f', since: '2025-06-01' },
  ],
  influences: [],
  barriers: [],
};

describe('period figures', () => {
  it('moves dates by days across months and years', () => {
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
  });

  it('finds the newest date recorded, never after today, and the years with data', () => {
    expect(newestDate(NETWORK, '2026-12-01')).toBe('2025-06-01');
    expect(newestDate(NETWORK, '2025-03-01')).toBe('2025-02-15');
    expect(newestDate({ ...NETWORK, initiatives: [], amplifications: [], involvements: [] }, '2026-01-01')).toBeNull();
    expect(dataYears(NETWORK, '2026-12-01')).toEqual([2025, 2024, 2020, 2019]);
  });

  it('resolves the last N days up to the newest date, or a calendar year', () => {
    expect(resolvePeriod({ days: 90 }, '2025-12-31', '2026-12-01')).toEqual({ from: '2025-10-03', to: '2025-12-31' });
    expect(resolvePeriod({ days: 1 }, null, '2026-12-01')).toEqual({ from: '2026-12-01', to: '2026-12-01' });
    expect(resolvePeriod({ year: 2024 }, '2025-12-31', '2026-12-01')).toEqual({ from: '2024-01-01', to: '2024-12-31' });
  });

  it('counts the network and each region as of a date, undated initiatives present throughout', () => {
    const before = snapshot(NETWORK, '2024-12-31');
    // a, b (tied), e and g: g undated counts; e alone until f joins
    expect(before.counts).toEqual({
      asOf: '2024-12-31',
      initiatives: 4,
      amplifications: 1,
      isolated: 2,
      components: 3,
      largestComponent: 2,
    });
    expect(before.regions.get('North')).toEqual({ initiatives: 2, isolated: 0, components: 1 });
    expect(before.regions.get('South')).toEqual({ initiatives: 2, isolated: 2, components: 2 });
    const after = snapshot(NETWORK, '2025-12-31');
    expect(after.counts).toMatchObject({ initiatives: 7, amplifications: 2, isolated: 2, components: 4 });
    expect(after.counts.largestComponent).toBe(3);
    // North: a–b–c one component, d alone; South: e–f by the shared actor, g alone
    expect(after.regions.get('North')).toEqual({ initiatives: 4, isolated: 1, components: 2 });
    expect(after.regions.get('South')).toEqual({ initiatives: 3, isolated: 1, components: 2 });
  });

  it('counts amplifications per month and mode, every month of the period, a region by either end', () => {
    const months = modesByMonth(NETWORK, '2024-12-15', '2025-03-31');
    expect(months.map((m) => m.month)).toEqual(['2024-12', '2025-01', '2025-02', '2025-03']);
    expect(months[2]).toEqual({ month: '2025-02', deepening: 1, broadening: 0, spreading: 0 });
    expect(modesByMonth(NETWORK, '2024-01-01', '2024-12-31', 'South').every((m) => m.spreading === 0)).toBe(true);
    expect(modesByMonth(NETWORK, '2024-01-01', '2024-12-31', 'North')[2]).toMatchObject({ spreading: 1 });
  });

  it('lists the cascades that grew in the period with their size at both ends', () => {
    const grew = periodCascades(NETWORK, '2025-01-01', '2025-12-31', { first: 5 });
    expect(grew.largest).toEqual([{ rootId: 'a', size: 3, sizeAtStart: 2, joined: 1, depth: 2, regionsReached: 1 }]);
    expect(grew.fastest).toEqual(grew.largest);
    // in 2024 the cascade of a was born (a and b): it grew from 1 to 2
    expect(periodCascades(NETWORK, '2024-01-01', '2024-12-31', { first: 5 }).largest[0]).toMatchObject({
      size: 2,
      sizeAtStart: 1,
      joined: 1,
    });
    expect(periodCascades(NETWORK, '2025-07-01', '2025-12-31', { first: 5 }).largest).toEqual([]);
    expect(periodCascades(NETWORK, '2025-01-01', '2025-12-31', { first: 5, region: 'South' }).largest).toEqual([]);
  });

  it('gathers the figures of a period, for the whole network or one region', () => {
    const year = periodFigures(NETWORK, { from: '2025-01-01', to: '2025-12-31' });
    expect(year.start.initiatives).toBe(4);
    expect(year.end.initiatives).toBe(7);
    expect(year.regions.map((r) => r.region)).toEqual(['North', 'South']);
    expect(year.regions[0]).toEqual({
      region: 'North',
      start: { initiatives: 2, isolated: 0, components: 1 },
      end: { initiatives: 4, isolated: 1, components: 2 },
    });
    expect(year.modesByMonth).toHaveLength(12);
    const south = periodFigures(NETWORK, { from: '2025-01-01', to: '2025-12-31', region: 'South' });
    expect(south.regions.map((r) => r.region)).toEqual(['South']);
    expect(south.largestCascades).toEqual([]);
    const none = periodFigures(NETWORK, { from: '2025-01-01', to: '2025-12-31', region: 'Nowhere' });
    const empty = { initiatives: 0, isolated: 0, components: 0 };
    expect(none.regions).toEqual([{ region: 'Nowhere', start: empty, end: empty }]);
  });
});
