import { describe, expect, it } from '@jest/globals';
import { pairLink, parseRadarState, writeRadarState } from './radar-url';

describe('radar state in the URL', () => {
  it('reads an empty URL as nothing chosen, and a partner only with an initiative', () => {
    expect(parseRadarState(new URLSearchParams(''))).toEqual({
      region: null,
      list: 'isolated',
      ini: null,
      partner: null,
    });
    expect(parseRadarState(new URLSearchParams('region=Drenthe&partner=p1'))).toEqual({
      region: 'Drenthe',
      list: 'isolated',
      ini: null,
      partner: null,
    });
  });

  it('round-trips region, initiative and partner and keeps other parameters', () => {
    const params = writeRadarState(new URLSearchParams('lang=nl'), {
      region: 'Noord-Holland',
      ini: 'i 1',
      partner: 'p&2',
    });
    expect(parseRadarState(params)).toEqual({ region: 'Noord-Holland', list: 'isolated', ini: 'i 1', partner: 'p&2' });
    expect(params.get('lang')).toBe('nl');
  });

  it('clears the initiative and partner when the region changes, and the partner when the initiative changes', () => {
    const start = new URLSearchParams('region=A&ini=i1&partner=p1');
    expect(writeRadarState(start, { region: 'B' }).toString()).toBe('region=B');
    expect(writeRadarState(start, { region: 'A' }).toString()).toBe('region=A&ini=i1&partner=p1');
    expect(writeRadarState(start, { ini: 'i2' }).toString()).toBe('region=A&ini=i2');
    expect(writeRadarState(start, { ini: null }).toString()).toBe('region=A');
    expect(writeRadarState(start, { partner: 'p2' }).toString()).toBe('region=A&ini=i1&partner=p2');
    expect(writeRadarState(start, { region: 'B', ini: 'j', partner: 'q' }).toString()).toBe('region=B&ini=j&partner=q');
    expect(writeRadarState(start, { region: null }).toString()).toBe('');
  });

  it('reads list=weak as the weakly tied list and anything else as the isolated one', () => {
    expect(parseRadarState(new URLSearchParams('region=A&list=weak&ini=w1&partner=p1'))).toEqual({
      region: 'A',
      list: 'weak',
      ini: 'w1',
      partner: 'p1',
    });
    expect(parseRadarState(new URLSearchParams('region=A&list=other')).list).toBe('isolated');
  });

  it('writes the weakly tied list as list=weak, clears the selection when the list changes and keeps the list with the region', () => {
    const start = new URLSearchParams('region=A&ini=i1&partner=p1');
    expect(writeRadarState(start, { list: 'weak' }).toString()).toBe('region=A&list=weak');
    expect(writeRadarState(start, { list: 'isolated' }).toString()).toBe('region=A&ini=i1&partner=p1');
    const weak = new URLSearchParams('region=A&list=weak&ini=w1');
    expect(writeRadarState(weak, { partner: 'p2' }).toString()).toBe('region=A&list=weak&ini=w1&partner=p2');
    expect(writeRadarState(weak, { list: 'isolated' }).toString()).toBe('region=A');
    expect(writeRadarState(weak, { region: 'B' }).toString()).toBe('region=B&list=weak');
    expect(writeRadarState(start, { list: 'weak', ini: 'w2' }).toString()).toBe('region=A&ini=w2&list=weak');
  });

  it('links to the explorer focused on both initiatives with the partner selected', () => {
    expect(pairLink('ini-1', 'ini-2')).toBe('/explorer?focus=initiative:ini-1,initiative:ini-2&sel=initiative:ini-2');
    expect(pairLink('w', 'p', 't')).toBe('/explorer?focus=initiative:w,initiative:t,initiative:p&sel=initiative:p');
    expect(pairLink('a b', 'c&d')).toBe('/explorer?focus=initiative:a%20b,initiative:c%26d&sel=initiative:c%26d');
  });
});
