import { buildManifest, SOFTWARE_VERSION } from './manifest.js';

describe('buildManifest', () => {
  it('writes every part of the receipt, leaves out what is absent, and says how to cite it', () => {
    const m = buildManifest({
      dataVersion: '3/abc',
      algorithm: 'independent cascade on T',
      asOf: '2020-12-31',
      filters: { region: 'Drenthe', modes: [], theme: null },
      parameters: { runs: 1000, probability: 0.05, seeds: ['a', 'b'] },
      seed: 1984,
      now: new Date('2026-12-01T10:00:00Z'),
    });
    expect(SOFTWARE_VERSION).toMatch(/^\d+\.\d+\.\d+/);
    expect(m).toEqual({
      dataVersion: '3/abc',
      asOf: '2020-12-31',
      filters: [{ name: 'region', value: 'Drenthe' }],
      algorithm: 'independent cascade on T',
      parameters: [
        { name: 'runs', value: '1000' },
        { name: 'probability', value: '0.05' },
        { name: 'seeds', value: 'a, b' },
      ],
      seed: 1984,
      software: `Small Wins Atlas ${SOFTWARE_VERSION}`,
      generatedAt: '2026-12-01T10:00:00.000Z',
      citeAs: `Small Wins Atlas ${SOFTWARE_VERSION}. independent cascade on T; data version 3/abc; network as of 2020-12-31; seed 1984. Computed 2026-12-01.`,
    });
  });
});
