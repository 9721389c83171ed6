import { buildAmplificationIndex } from './cascade-index.js';
import { buildTieIndex } from './core/tie-index.js';
import { adoptionExposure } from './exposure.js';
import type { NetworkProjection } from './projection.js';

/**
 * r (2015) → a (2016) → c (2018), r → b (2017), and actor x in a, b and c: c is tied to a (the
 * amplification, and x) and to b (x), both adopted before it, so E_c = 2 with 2 ties (τ = 1);
 * a has ties r, b, c of which only r adopted before it: E_a = 1, τ = 1/3; b: ties r, a, c —
 * r and a before it: E_b = 2, τ = 2/3.
 */
const projection: NetworkProjection = {
  initiatives: [
    ['r', '2015-01-01', ['energy']],
    ['a', '2016-01-01', ['energy']],
    ['b', '2017-01-01', ['care']],
    ['c', null, ['energy', 'care']],
  ].map(([id, startedOn, themes]) => ({
    id: id as string,
    name: id as string,
    region: null,
    themes: themes as string[],
    startedOn: startedOn as string | null,
    potential: null,
  })),
  actors: [{ id: 'x', name: 'x', kind: null, region: null }],
  amplifications: [
    { from: 'r', to: 'a', mode: 'SPREADING', on: '2016-02-01' },
    { from: 'r', to: 'b', mode: 'BROADENING', on: '2017-02-01' },
    { from: 'a', to: 'c', mode: 'SPREADING', on: '2018-03-01' },
  ],
  involvements: ['a', 'b', 'c'].map((initiativeId) => ({ actorId: 'x', initiativeId, since: null })),
  influences: [],
  barriers: [],
};

describe('adoptionExposure', () => {
  const result = adoptionExposure(buildAmplificationIndex(projection), buildTieIndex(projection));

  it('counts the tie neighbours in the cascade that adopted earlier, and the share of ties they are', () => {
    expect(result.cascades).toBe(1);
    expect(result.rows.map((r) => [r.initiativeId, r.adoptedOn, r.exposure, r.ties, r.threshold])).toEqual([
      ['a', '2016-01-01', 1, 3, 1 / 3],
      ['b', '2017-01-01', 2, 3, 2 / 3],
      ['c', '2018-03-01', 2, 2, 1],
    ]);
  });

  it('summarises per theme: simple (one exposed neighbour) against complex (two or more)', () => {
    const energy = result.themes.find((t) => t.theme === 'energy')!;
    expect(energy).toMatchObject({ adoptions: 2, singleShare: 0.5, multipleShare: 0.5, meanExposure: 1.5 });
    expect(result.overall.histogram.slice(0, 3)).toEqual([
      { exposure: 0, adoptions: 0 },
      { exposure: 1, adoptions: 1 },
      { exposure: 2, adoptions: 2 },
    ]);
  });

  it('follows the chosen modes only, and one cascade when a root is given', () => {
    const spreading = adoptionExposure(buildAmplificationIndex(projection), buildTieIndex(projection), {
      modes: ['SPREADING'],
      rootId: 'r',
    });
    expect(spreading.rows.map((r) => r.initiativeId)).toEqual(['a', 'c']);
    // b is not in this cascade: c's exposure is a alone
    expect(spreading.rows[1]!.exposure).toBe(1);
    expect(() =>
      adoptionExposure(buildAmplificationIndex(projection), buildTieIndex(projection), { rootId: 'zz' }),
    ).toThrow("initiative 'zz' does not exist");
  });
});
