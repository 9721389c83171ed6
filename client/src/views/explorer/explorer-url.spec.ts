import { describe, expect, it } from '@jest/globals';
import { parseExplorerState, sliceFilter, writeExplorerState } from './explorer-url';

describe('explorer state in the URL', () => {
  it('has defaults for an empty URL', () => {
    expect(parseExplorerState(new URLSearchParams())).toEqual({
      regions: [],
      themes: [],
      modes: [],
      statuses: [],
      from: null,
      to: null,
      actors: true,
      selected: null,
      focus: null,
      layout: 'fcose',
      colourBy: 'theme',
      view: 'graph',
    });
  });

  it('round-trips filters, selection, layout, colouring and view', () => {
    const params = writeExplorerState(new URLSearchParams(), {
      regions: ['Drenthe', 'Zeeland'],
      themes: ['energy'],
      modes: ['SPREADING'],
      statuses: ['RUNNING'],
      from: '2015-01-01',
      to: '2020-12-31',
      actors: false,
      selected: 'initiative:a',
      layout: 'concentric',
      colourBy: 'community',
      view: 'table',
    });
    const state = parseExplorerState(params);
    expect(state).toMatchObject({
      regions: ['Drenthe', 'Zeeland'],
      themes: ['energy'],
      modes: ['SPREADING'],
      statuses: ['RUNNING'],
      from: '2015-01-01',
      to: '2020-12-31',
      actors: false,
      selected: 'initiative:a',
      layout: 'concentric',
      colourBy: 'community',
      view: 'table',
    });
    expect(sliceFilter(state)).toEqual({
      regions: ['Drenthe', 'Zeeland'],
      themes: ['energy'],
      modes: ['SPREADING'],
      statuses: ['RUNNING'],
      from: '2015-01-01',
      to: '2020-12-31',
      includeActors: false,
    });
  });

  it('leaves defaults out of the URL and drops what a patch clears', () => {
    const params = writeExplorerState(new URLSearchParams('region=Drenthe&sel=actor:x&layout=concentric'), {
      regions: [],
      selected: null,
      layout: 'fcose',
      actors: true,
      colourBy: 'theme',
    });
    expect(params.toString()).toBe('');
  });

  it('ignores values it does not know (a hand-edited or old link)', () => {
    const state = parseExplorerState(
      new URLSearchParams('mode=SIDEWAYS,DEEPENING&status=X&layout=grid&colour=x&from=2020'),
    );
    expect(state).toMatchObject({ modes: ['DEEPENING'], statuses: [], layout: 'fcose', colourBy: 'theme', from: null });
  });
});
