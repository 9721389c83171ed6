import { describe, expect, it } from '@jest/globals';
import { bandVerdict, bandWords, formatFigure } from './null-band';

describe('null bands in words', () => {
  it('says whether a figure lies above, below or within its band', () => {
    expect(bandVerdict({ observed: 12, low: 3, high: 9 })).toBe('above');
    expect(bandVerdict({ observed: 2, low: 3, high: 9 })).toBe('below');
    expect(bandVerdict({ observed: 9, low: 3, high: 9 })).toBe('within');
  });

  it('writes whole numbers as they are, others with few decimals, z to one decimal', () => {
    expect(formatFigure(1234, 'en')).toBe('1,234');
    expect(formatFigure(0.61834, 'nl')).toBe('0,62');
    expect(bandWords({ observed: 0.7, low: 0.41, high: 0.5, z: 4.1234 }, 'en')).toEqual({
      low: '0.41',
      high: '0.5',
      z: '4.1',
      verdict: 'above',
    });
    expect(bandWords({ observed: 3, low: 3, high: 3, z: null }, 'en').z).toBeNull();
  });
});
