import { describe, expect, it } from '@jest/globals';
import { parsePeriod, periodVariables, writePeriod } from './period-url';

describe('period in the URL', () => {
  it('reads the last N days or a year, and the last 90 days otherwise', () => {
    expect(parsePeriod(new URLSearchParams('period=30d'))).toBe('30d');
    expect(parsePeriod(new URLSearchParams('period=2024'))).toBe('2024');
    expect(parsePeriod(new URLSearchParams('period=45d'))).toBe('90d');
    expect(parsePeriod(new URLSearchParams('period=last'))).toBe('90d');
    expect(parsePeriod(new URLSearchParams(''))).toBe('90d');
  });

  it('turns a period into the query’s arguments', () => {
    expect(periodVariables('365d')).toEqual({ days: 365 });
    expect(periodVariables('2023')).toEqual({ year: 2023 });
  });

  it('writes the period, leaving the default out and other parameters alone', () => {
    expect(writePeriod(new URLSearchParams('x=1'), '2024').toString()).toBe('x=1&period=2024');
    expect(writePeriod(new URLSearchParams('period=2024&x=1'), '90d').toString()).toBe('x=1');
  });
});
