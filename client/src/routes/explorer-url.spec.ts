import { describe, expect, it } from '@jest/globals';
import { explorerLink, parseExplorerState, sliceFilter, writeExplorerState } from './explorer-url';

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
      focus: [],
      layout: 'server',
      colourBy: 'theme',
      view: 'graph',
      asOf: null,
      limit: 1500,
      renderer: 'auto',
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
      asOf: null,
    });
  });
});

describe('explorer state in the URL: focus, time, size and renderer', () => {
  it('keeps several focused nodes, the as-of date, the limit and the renderer', () => {
    const params = writeExplorerState(new URLSearchParams(), {
      focus: ['initiative:a', 'initiative:b:2'],
      asOf: '2019-06-30',
      limit: 5000,
      renderer: 'webgl',
      layout: 'layered',
    });
    expect(params.get('focus')).toBe('initiative:a,initiative:b:2');
    const state = parseExplorerState(params);
    expect(state).toMatchObject({
      focus: ['initiative:a', 'initiative:b:2'],
      asOf: '2019-06-30',
      limit: 5000,
      renderer: 'webgl',
      layout: 'layered',
    });
    expect(sliceFilter(state).asOf).toBe('2019-06-30');
    // the radar's link: ids encoded one by one, joined by raw commas; repeats count once
    expect(
      parseExplorerState(new URLSearchParams('focus=initiative:a%20b,initiative:c%26d,initiative:a%20b')).focus,
    ).toEqual(['initiative:a b', 'initiative:c&d']);
    // cleared again
    expect(
      writeExplorerState(params, { focus: [], asOf: null, limit: 1500, renderer: 'auto', layout: 'server' }).toString(),
    ).toBe('');
  });
});

describe('explorer state in the URL: limits, defaults and unknown values', () => {
  it('clamps the limit to 100 … 10,000 and ignores what is not a number', () => {
    expect(parseExplorerState(new URLSearchParams('limit=50000')).limit).toBe(10000);
    expect(parseExplorerState(new URLSearchParams('limit=3')).limit).toBe(100);
    expect(parseExplorerState(new URLSearchParams('limit=lots')).limit).toBe(1500);
    expect(parseExplorerState(new URLSearchParams('asOf=2019&renderer=vulkan')).asOf).toBeNull();
    expect(parseExplorerState(new URLSearchParams('renderer=vulkan')).renderer).toBe('auto');
  });

  it('leaves defaults out of the URL and drops what a patch clears', () => {
    const params = writeExplorerState(new URLSearchParams('region=Drenthe&sel=actor:x&layout=concentric'), {
      regions: [],
      selected: null,
      layout: 'server',
      actors: true,
      colourBy: 'theme',
    });
    expect(params.toString()).toBe('');
    // the force layout in the browser is a choice of its own, kept in the link
    expect(writeExplorerState(new URLSearchParams(), { layout: 'fcose' }).toString()).toBe('layout=fcose');
  });

  it('ignores values it does not know (a hand-edited or old link)', () => {
    const state = parseExplorerState(
      new URLSearchParams('mode=SIDEWAYS,DEEPENING&status=X&layout=grid&colour=x&from=2020'),
    );
    expect(state).toMatchObject({
      modes: ['DEEPENING'],
      statuses: [],
      layout: 'server',
      colourBy: 'theme',
      from: null,
    });
  });
});

describe('links into the explorer', () => {
  it('builds the links other pages make into it, readable and read back as meant', () => {
    const a = { kind: 'initiative' as const, id: 'a b' };
    const b = { kind: 'initiative' as const, id: 'c&d' };
    const link = explorerLink({ focus: [a, b], selected: b });
    expect(link).toBe('/explorer?focus=initiative:a%20b,initiative:c%26d&sel=initiative:c%26d');
    expect(parseExplorerState(new URL(link, 'http://x').searchParams)).toMatchObject({
      focus: ['initiative:a b', 'initiative:c&d'],
      selected: 'initiative:c&d',
    });
    expect(explorerLink({ colourBy: 'community' })).toBe('/explorer?colour=community');
    expect(explorerLink({ selected: { kind: 'actor', id: 'x' }, actors: true })).toBe('/explorer?sel=actor:x&actors=1');
    expect(explorerLink({})).toBe('/explorer');
  });
});
