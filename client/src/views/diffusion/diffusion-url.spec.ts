import { describe, expect, it } from '@jest/globals';
import { parseDiffusionState, writeDiffusionState } from './diffusion-url';

describe('diffusion state in the URL', () => {
  it('reads defaults from an empty URL and ignores bad values', () => {
    expect(parseDiffusionState(new URLSearchParams('mode=X,SPREADING&sort=NOPE&at=2020'))).toEqual({
      root: null,
      modes: ['SPREADING'],
      region: null,
      theme: null,
      sort: 'SIZE',
      at: null,
    });
  });

  it('round-trips a state and leaves defaults out', () => {
    const params = writeDiffusionState(new URLSearchParams(), {
      root: 'i1',
      modes: ['DEEPENING', 'BROADENING'],
      region: 'Drenthe',
      sort: 'DEPTH',
      at: '2019-05-01',
    });
    expect(parseDiffusionState(params)).toEqual({
      root: 'i1',
      modes: ['DEEPENING', 'BROADENING'],
      region: 'Drenthe',
      theme: null,
      sort: 'DEPTH',
      at: '2019-05-01',
    });
    expect(writeDiffusionState(params, { sort: 'SIZE', at: null, modes: [] }).toString()).toBe(
      'root=i1&region=Drenthe',
    );
  });
});
