import { describe, expect, it } from '@jest/globals';
import type { Slice } from '../../graph/elements';
import { mergeSlices } from '../../graph/merge';
import {
  byInitiativeName,
  drawnNodes,
  legendFirst,
  phraseReason,
  percent,
  radarElements,
  regionsWorstFirst,
  tieEdges,
  SUGGESTED_EDGE,
  type ReasonDetail,
  type RegionSummary,
} from './radar-data';
import type { Translate } from '../../i18n';
import * as radarMessages from '../../messages/radar';

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

/** The radar's messages in one language, as the page's `t` would give them. */
function translate(dictionary: Record<string, string>): Translate {
  return (key, values) =>
    Object.entries(values ?? {}).reduce((text, [k, v]) => text.replaceAll(`{${k}}`, String(v)), dictionary[key] ?? key);
}
const en = translate(radarMessages.en);
const nl = translate(radarMessages.nl);

describe('reasons', () => {
  const common = (count: number): ReasonDetail => ({ __typename: 'CommonPartnersReason', count });
  const influence: ReasonDetail = {
    __typename: 'ActorInfluenceReason',
    actorHereId: 'a1',
    actorHere: 'Gemeente Assen',
    actorThereId: 'a2',
    actorThere: 'Stichting Wind',
  };
  const theme = (region: string | null, sameRegion: boolean): ReasonDetail => ({
    __typename: 'SharedThemeReason',
    theme: 'food in town',
    region,
    sameRegion,
  });
  const barrier: ReasonDetail = { __typename: 'BarrierMatchReason', barrier: 'DOMINANT_BUSINESS_MODEL' };

  it('words each kind of reason in English', () => {
    expect(phraseReason(common(2), en)).toEqual({ kind: 'common', text: '2 partners in common' });
    expect(phraseReason(common(1), en)).toEqual({ kind: 'common', text: '1 partner in common' });
    expect(phraseReason(influence, en)).toEqual({
      kind: 'influence',
      text: 'actor Gemeente Assen (here) and actor Stichting Wind (there) influence each other',
    });
    // a theme or region may itself contain " in ": the values keep them apart
    expect(phraseReason(theme('Den Haag in Zuid', false), en)).toEqual({
      kind: 'themeElsewhere',
      text: 'same theme food in town in Den Haag in Zuid',
    });
    expect(phraseReason(theme(null, true), en)).toEqual({
      kind: 'themeSameRegion',
      text: 'same theme food in town in the same region',
    });
    expect(phraseReason(theme(null, false), en)).toEqual({ kind: 'theme', text: 'same theme food in town' });
    expect(phraseReason(barrier, en)).toEqual({
      kind: 'barrier',
      text: 'overcame the barrier “dominant business model” that this initiative faces',
    });
  });

  it('words them in Dutch', () => {
    expect(phraseReason(common(2), nl).text).toBe('2 gedeelde partners');
    expect(phraseReason(common(1), nl).text).toBe('1 gedeelde partner');
    expect(phraseReason(influence, nl).text).toBe(
      'actor Gemeente Assen (hier) en actor Stichting Wind (daar) beïnvloeden elkaar',
    );
    expect(phraseReason(theme('Drenthe', false), nl).text).toBe('zelfde thema food in town in Drenthe');
    expect(phraseReason(theme(null, true), nl).text).toBe('zelfde thema food in town in dezelfde regio');
    expect(phraseReason(barrier, nl).text).toBe(
      'overwon de barrière “dominant business model” waar dit initiatief mee kampt',
    );
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
    const merged = mergeSlices([isolateSlice, partnerSlice]);
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
    const merged = mergeSlices([isolateSlice, partnerSlice]);
    expect(drawnNodes(merged, 'initiative:iso', 'initiative:par').map((n) => [n.label, n.role])).toEqual([
      ['Isolate', 'isolate'],
      ['Partner', 'partner'],
      ['Neighbour', 'neighbour'],
      ['Actor One', 'actor'],
      ['Actor Two', 'actor'],
    ]);
  });

  it('marks the isolate and the partner, rings the isolated and draws the suggested tie', () => {
    const merged = mergeSlices([isolateSlice, partnerSlice]);
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

/** An amplification edge of a slice. */
const amp = (from: string, to: string) => ({
  ...inv('x', 'y'),
  id: `amp:${from}:${to}`,
  kind: 'AMPLIFIES' as const,
  source: `initiative:${from}`,
  target: `initiative:${to}`,
  mode: 'SPREADING' as const,
});

/** A weakly tied initiative w, its tie t and a partner: three neighbourhood answers and their merge. */
function weakCase() {
  // w shares actor a1 with t (its one tie); t also has actor a3 with another initiative o
  const weakSlice: Slice = {
    truncated: false,
    nodes: [ini('w', 'Weak'), act('a1', 'Shared Actor')],
    edges: [inv('a1', 'w')],
  };
  const tiedSlice: Slice = {
    truncated: false,
    nodes: [ini('t', 'Tie'), act('a1', 'Shared Actor'), act('a3', 'Other Actor'), ini('o', 'Other')],
    edges: [inv('a1', 't'), inv('a3', 't'), inv('a3', 'o')],
  };
  const partnerSlice: Slice = {
    truncated: true,
    nodes: [ini('par', 'Partner', 'S'), ini('nb', 'Neighbour', 'S')],
    edges: [amp('par', 'nb')],
  };
  const merged = mergeSlices([weakSlice, tiedSlice, partnerSlice]);
  return { weakSlice, merged };
}

describe('the drawing of a weakly tied initiative, its tie and a partner', () => {
  const { weakSlice, merged } = weakCase();

  it('merges three neighbourhoods, truncated when any was', () => {
    expect(merged.truncated).toBe(true);
    expect(merged.nodes.map((n) => n.id)).toEqual([
      'initiative:w',
      'actor:a1',
      'initiative:t',
      'actor:a3',
      'initiative:o',
      'initiative:par',
      'initiative:nb',
    ]);
    expect(mergeSlices([weakSlice]).nodes).toHaveLength(2);
  });

  it('lists the weakly tied initiative, its tie, the partner, the other initiatives and the actors', () => {
    expect(drawnNodes(merged, 'initiative:w', 'initiative:par', 'initiative:t').map((n) => [n.label, n.role])).toEqual([
      ['Weak', 'weak'],
      ['Tie', 'tied'],
      ['Partner', 'partner'],
      ['Neighbour', 'neighbour'],
      ['Other', 'neighbour'],
      ['Other Actor', 'actor'],
      ['Shared Actor', 'actor'],
    ]);
  });

  it('finds the edges of the existing tie: the shared actor’s involvements, or an amplification between the two', () => {
    expect([...tieEdges(merged, 'initiative:w', 'initiative:t')].sort()).toEqual(['inv:a1:t', 'inv:a1:w']);
    const amplified: Slice = { ...merged, edges: [...merged.edges, amp('t', 'w')] };
    expect([...tieEdges(amplified, 'initiative:w', 'initiative:t')].sort()).toEqual([
      'amp:t:w',
      'inv:a1:t',
      'inv:a1:w',
    ]);
    // the partner's amplification is not part of the tie, nor is the tie's other actor
    expect(tieEdges(merged, 'initiative:par', 'initiative:t').size).toBe(0);
  });

  it('marks the weakly tied initiative, its tie and the partner, the existing tie’s edges and the suggested tie', () => {
    const elements = radarElements(merged, 'initiative:w', 'initiative:par', new Set(), 'initiative:t');
    const data = (id: string) => elements.find((e) => e.data.id === id)?.data;
    expect(data('initiative:w')).toMatchObject({ role: 'weak', isolated: 0 });
    expect(data('initiative:t')).toMatchObject({ role: 'tied' });
    expect(data('initiative:par')).toMatchObject({ role: 'partner' });
    expect(data('initiative:o')).toMatchObject({ role: '' });
    expect(data('inv:a1:w')).toMatchObject({ tie: 'existing' });
    expect(data('inv:a1:t')).toMatchObject({ tie: 'existing' });
    expect(data('inv:a3:t')?.tie).toBeUndefined();
    expect(data(SUGGESTED_EDGE)).toMatchObject({ source: 'initiative:w', target: 'initiative:par', kind: 'suggested' });
    // without a tie the same drawing is an isolate's: no edge marked as the existing tie
    const plain = radarElements(merged, 'initiative:w', 'initiative:par', new Set());
    expect(plain.find((e) => e.data.id === 'initiative:w')?.data.role).toBe('isolate');
    expect(plain.some((e) => e.data.tie !== undefined)).toBe(false);
  });
});
