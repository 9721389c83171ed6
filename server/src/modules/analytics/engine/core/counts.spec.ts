import { describe, expect, it } from '@jest/globals';
import { compareText, countInto, countsOf, shannonEntropy } from './counts.js';

describe('counts', () => {
  it('countInto counts keys and skips empty ones', () => {
    const map = new Map<string, number>();
    for (const key of ['b', 'a', null, 'b', '', undefined, 'c']) countInto(map, key);
    expect([...map]).toEqual([
      ['b', 2],
      ['a', 1],
      ['c', 1],
    ]);
  });

  it('countsOf orders by count descending, then by name', () => {
    const map = new Map([
      ['Zeeland', 1],
      ['Drenthe', 3],
      ['Utrecht', 1],
      ['Gelderland', 3],
    ]);
    expect(countsOf(map)).toEqual([
      { name: 'Drenthe', count: 3 },
      { name: 'Gelderland', count: 3 },
      { name: 'Utrecht', count: 1 },
      { name: 'Zeeland', count: 1 },
    ]);
    expect(countsOf(new Map())).toEqual([]);
  });

  it('compareText orders by code units, not locale', () => {
    expect(['b', 'B', 'a', 'ä'].sort(compareText)).toEqual(['B', 'a', 'b', 'ä']);
  });

  it('shannonEntropy is in bits: 0 for one kind, 1 for two equal, log2 k for k equal', () => {
    expect(shannonEntropy([])).toBe(0);
    expect(shannonEntropy([5])).toBe(0);
    expect(Object.is(shannonEntropy([5, 0]), 0)).toBe(true);
    expect(shannonEntropy([3, 3])).toBeCloseTo(1, 12);
    expect(shannonEntropy([2, 2, 2, 2])).toBeCloseTo(2, 12);
    expect(shannonEntropy([1, 3])).toBeCloseTo(-(0.25 * Math.log2(0.25) + 0.75 * Math.log2(0.75)), 12);
  });
});
