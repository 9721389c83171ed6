import { findDuplicates, normaliseName } from './duplicates.js';

describe('normaliseName', () => {
  it('drops accents, case, punctuation and the common words of organisation names', () => {
    expect(normaliseName('Stichting Zonnedak Noord')).toBe('zonnedak noord');
    expect(normaliseName('  ZONNEDAK-noord ')).toBe('zonnedak noord');
    expect(normaliseName('Coöperatie Energie van Ons U.A.')).toBe('energie ons');
    expect(normaliseName('Café De Zon B.V.')).toBe('cafe zon');
    expect(normaliseName('The Green Foundation')).toBe('green');
  });

  it('keeps the words when the name is nothing but common words', () => {
    expect(normaliseName('De Stichting')).toBe('de stichting');
    expect(normaliseName('!!!')).toBe('');
  });
});

describe('findDuplicates', () => {
  const existing = [
    { id: 'a1', name: 'Stichting Zonnedak Noord', region: 'Drenthe' },
    { id: 'a2', name: 'Zonnedak Noord', region: 'Groningen' },
    { id: 'a3', name: 'Zonnedak Zuid', region: 'Drenthe' },
    { id: 'a4', name: 'zonnedak noord foundation', region: null },
  ];

  it('matches the normalised name in the same region, and entities without a region', () => {
    expect(findDuplicates({ name: 'Zonnedak Noord', region: 'drenthe ' }, existing).map((e) => e.id)).toEqual([
      'a1',
      'a4',
    ]);
  });

  it('matches every region when the candidate has none', () => {
    expect(findDuplicates({ name: 'ZONNEDAK NOORD' }, existing).map((e) => e.id)).toEqual(['a1', 'a2', 'a4']);
  });

  it('never matches another name or an empty one', () => {
    expect(findDuplicates({ name: 'Zonnedak Oost', region: 'Drenthe' }, existing)).toEqual([]);
    expect(findDuplicates({ name: '...', region: 'Drenthe' }, existing)).toEqual([]);
  });
});
