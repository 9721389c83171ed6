import { describe, expect, it } from '@jest/globals';
import { formatScore, sortRows } from './rankings-sort';

const rows = [
  { rank: 1, name: 'Zonnedorp', region: 'Drenthe', score: 0.5 },
  { rank: 2, name: 'ästhetik', region: null, score: 0.5 },
  { rank: 3, name: 'Alpha', region: 'Zeeland', score: 0.2 },
  { rank: 4, name: 'beta 10', region: 'Drenthe', score: 0.9 },
  { rank: 5, name: 'beta 9', region: '', score: 0.1 },
];
const names = (list: typeof rows) => list.map((r) => r.name);

describe('sorting a fetched ranking', () => {
  it('sorts numbers both ways, equal values keeping their rank order', () => {
    expect(names(sortRows(rows, (r) => r.score, 'desc'))).toEqual([
      'beta 10',
      'Zonnedorp',
      'ästhetik',
      'Alpha',
      'beta 9',
    ]);
    expect(names(sortRows(rows, (r) => r.score, 'asc'))).toEqual([
      'beta 9',
      'Alpha',
      'Zonnedorp',
      'ästhetik',
      'beta 10',
    ]);
  });

  it('sorts text ignoring case and accents, with numbers inside names in numeric order', () => {
    expect(names(sortRows(rows, (r) => r.name, 'asc'))).toEqual([
      'Alpha',
      'ästhetik',
      'beta 9',
      'beta 10',
      'Zonnedorp',
    ]);
    expect(names(sortRows(rows, (r) => r.name, 'desc'))).toEqual([
      'Zonnedorp',
      'beta 10',
      'beta 9',
      'ästhetik',
      'Alpha',
    ]);
  });

  it('puts empty values last in both directions', () => {
    expect(names(sortRows(rows, (r) => r.region, 'asc'))).toEqual([
      'Zonnedorp',
      'beta 10',
      'Alpha',
      'ästhetik',
      'beta 9',
    ]);
    expect(names(sortRows(rows, (r) => r.region, 'desc'))).toEqual([
      'Alpha',
      'Zonnedorp',
      'beta 10',
      'ästhetik',
      'beta 9',
    ]);
  });

  it('does not change the rows it was given', () => {
    const copy = [...rows];
    sortRows(rows, (r) => r.name, 'asc');
    expect(rows).toEqual(copy);
  });

  it('formats scores by their size', () => {
    expect(formatScore(12)).toBe('12');
    expect(formatScore(1234)).toBe('1,234');
    expect(formatScore(0.047607647)).toBe('0.04761');
    expect(formatScore(0.00012345)).toBe('1.23e-4');
    expect(formatScore(0.5, 'nl')).toBe('0,5');
  });
});
