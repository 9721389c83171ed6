import { describe, expect, it } from '@jest/globals';
import type { Slice } from '../../graph/elements';
import {
  byInitiativeName,
  drawnNodes,
  legendFirst,
  mergeSlices,
  parseReason,
  percent,
  radarElements,
  regionsWorstFirst,
  SUGGESTED_EDGE,
  type RegionSummary,
} from './radar-data';

const region = (name: string, initiatives: number, isolates: number): RegionSummary => ({
  region: name,
  initiatives,
  isolates,
  pendants: 0,
  components: 1,
  largestComponentShare: 1,
  density: 0,
});

const ini = (id: string, label: string, region: string | null = 'R') => ({
  id: `initiative:${id}`,
  entityId: id,
  kind: 'INITIATIVE' as const,
  label,
  actorKind: null,
  region,
  startedOn: null,
  status: null,
  themes: ['water'],
});
const act = (id: string, label: string) => ({
  id: `actor:${id}`,
  entityId: id,
  kind: 'ACTOR' as const,
  label,
  actorKind: 'NGO' as const,
  region: null,
  startedOn: null,
  status: null,
  themes: [],
});
const inv = (actor: string, initiative: string) => ({
  id: `inv:${actor}:${initiative}`,
  kind: 'INVOLVED_IN' as const,
  source: `actor:${actor}`,
  target: `initiative:${initiative}`,
  mode: null,
  weight: null,
  role: null,
  on: null,
  evidence: null,
  confidence: null,
});

describe('regions worst first', () => {
  it('orders by isolates, then isolate share, then name', () => {
    const ordered = regionsWorstFirst([
      region('Zeeland', 100, 5),
      region('Drenthe', 50, 5),
      region('Utrecht', 500, 9),
      region('Flevoland', 50, 5),
      region('Groningen', 0, 0),
    ]);
    expect(ordered.map((r) => r.region)).toEqual(['Utrecht', 'Drenthe', 'Flevoland', 'Zeeland', 'Groningen']);
  });
});

describe('isolates by name', () => {
  it('sorts by name, then id', () => {
    const r = (id: string, name: string) => ({ initiative: { id, name }, suggestions: [] });
    expect(byInitiativeName([r('3', 'Zon'), r('2', 'Akker'), r('1', 'Akker')]).map((x) => x.initiative.id)).toEqual([
      '1',
      '2',
      '3',
    ]);
  });
});

describe('legend', () => {
  it('puts the isolate’s and the partner’s regions first and keeps at most max', () => {
    const legend: [string, string][] = [
      ['A', '#1'],
      ['B', '#2'],
      ['C', '#3'],
      ['Z', '#4'],
    ];
    expect(legendFirst(legend, ['Z', 'C'], 3).map(([r]) => r)).toEqual(['Z', 'C', 'A']);
    expect(legendFirst(legend, [null, 'B'], 4).map(([r]) => r)).toEqual(['B', 'A', 'C', 'Z']);
  });
});

describe('percent', () => {
  it('rounds, keeping one decimal below 1%', () => {
    expect(percent(0.0834)).toBe('8%');
    expect(percent(0.004)).toBe('0.4%');
    expect(percent(0)).toBe('0%');
    expect(percent(1)).toBe('100%');
  });
});

describe('reasons', () => {
  it('reads each wording of the engine', () => {
    expect(parseReason('2 partners in common', 'X')).toEqual({ kind: 'common', n: 2 });
    expect(parseReason('1 partner in common', 'X')).toEqual({ kind: 'common', n: 1 });
    expect(
      parseReason('actor Gemeente Assen (here) and actor Stichting Wind (there) influence each other', 'X'),
    ).toEqual({ kind: 'influence', here: 'Gemeente Assen', there: 'Stichting Wind' });
    expect(parseReason('same theme energy in Drenthe', 'Drenthe')).toEqual({
      kind: 'themeElsewhere',
      theme: 'energy',
      region: 'Drenthe',
    });
    expect(parseReason('same theme food in town in Den Haag in Zuid', 'Den Haag in Zuid')).toEqual({
      kind: 'themeElsewhere',
      theme: 'food in town',
      region: 'Den Haag in Zuid',
    });
    expect(parseReason('same theme care in the same region', 'Drenthe')).toEqual({
      kind: 'themeSameRegion',
      theme: 'care',
    });
    expect(parseReason('same theme care', null)).toEqual({ kind: 'theme', theme: 'care' });
    expect(parseReason('overcame the barrier REGULATION that this initiative faces', 'X')).toEqual({
      kind: 'barrier',
      barrier: 'REGULATION',
    });
    expect(parseReason('something new', 'X')).toEqual({ kind: 'other', text: 'something new' });
  });
});

describe('the drawing of an isolate and a partner', () => {
  const isolateSlice: Slice = {
    truncated: false,
    nodes: [ini('iso', 'Isolate'), act('a1', 'Actor One')],
    edges: [inv('a1', 'iso')],
  };
  const partnerSlice: Slice = {
    truncated: true,
    nodes: [ini('par', 'Partner', 'S'), act('a2', 'Actor Two'), ini('nb', 'Neighbour', 'S'), act('a1', 'copy')],
    edges: [inv('a2', 'par'), inv('a2', 'nb'), inv('a1', 'iso')],
  };

  it('merges two neighbourhoods by id, keeping the first copy and truncated from either', () => {
    const merged = mergeSlices(isolateSlice, partnerSlice);
    expect(merged.truncated).toBe(true);
    expect(merged.nodes.map((n) => n.id)).toEqual([
      'initiative:iso',
      'actor:a1',
      'initiative:par',
      'actor:a2',
      'initiative:nb',
    ]);
    expect(merged.nodes.find((n) => n.id === 'actor:a1')?.label).toBe('Actor One');
    expect(merged.edges.map((e) => e.id)).toEqual(['inv:a1:iso', 'inv:a2:par', 'inv:a2:nb']);
  });

  it('lists the drawn nodes: isolate, partner, neighbours, actors', () => {
    const merged = mergeSlices(isolateSlice, partnerSlice);
    expect(drawnNodes(merged, 'initiative:iso', 'initiative:par').map((n) => [n.label, n.role])).toEqual([
      ['Isolate', 'isolate'],
      ['Partner', 'partner'],
      ['Neighbour', 'neighbour'],
      ['Actor One', 'actor'],
      ['Actor Two', 'actor'],
    ]);
  });

  it('marks the isolate and the partner, rings the isolated and draws the suggested tie', () => {
    const merged = mergeSlices(isolateSlice, partnerSlice);
    const elements = radarElements(merged, 'initiative:iso', 'initiative:par', new Set(['iso']));
    const node = (id: string) => elements.find((e) => e.data.id === id)?.data;
    expect(node('initiative:iso')).toMatchObject({ role: 'isolate', isolated: 1 });
    expect(node('initiative:par')).toMatchObject({ role: 'partner', isolated: 0 });
    expect(node('initiative:nb')).toMatchObject({ role: '' });
    // coloured by region: the two regions get different colours
    expect(node('initiative:iso')?.colour).not.toBe(node('initiative:par')?.colour);
    expect(node(SUGGESTED_EDGE)).toMatchObject({
      source: 'initiative:iso',
      target: 'initiative:par',
      kind: 'suggested',
    });
  });

  it('draws no suggested tie without a partner, or when the partner is not in the slice', () => {
    expect(
      radarElements(isolateSlice, 'initiative:iso', null, new Set()).some((e) => e.data.id === SUGGESTED_EDGE),
    ).toBe(false);
    expect(
      radarElements(isolateSlice, 'initiative:iso', 'initiative:par', new Set()).some(
        (e) => e.data.id === SUGGESTED_EDGE,
      ),
    ).toBe(false);
  });
});
