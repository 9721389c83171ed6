import type { BarrierKind } from '../../../domain/network.types.js';
import { phraseSuggestionReason } from '../../../domain/suggestion-reasons.js';
import { UnknownInitiativeError } from './cascade.js';
import { buildSuggestionContext, isolatedInitiatives, suggestPartners, weaklyTiedInitiatives } from './isolation.js';
import type { NetworkProjection } from './projection.js';
import { analyzeTieStructure } from './tie-structure.js';

interface Spec {
  id: string;
  region?: string;
  themes?: string[];
  faces?: BarrierKind[];
  overcame?: BarrierKind[];
}

function projectionOf(
  specs: Spec[],
  involvements: [string, string][] = [],
  amplifications: [string, string][] = [],
  influences: [string, string][] = [],
): NetworkProjection {
  const actorIds = [...new Set([...involvements.map(([a]) => a), ...influences.flat()])];
  return {
    initiatives: specs.map((s) => ({
      id: s.id,
      name: s.id,
      region: s.region ?? null,
      themes: s.themes ?? [],
      startedOn: null,
      potential: null,
    })),
    actors: actorIds.map((id) => ({ id, name: `Actor ${id}`, kind: null, region: null })),
    amplifications: amplifications.map(([from, to]) => ({ from, to, mode: 'SPREADING', on: null })),
    involvements: involvements.map(([actorId, initiativeId]) => ({ actorId, initiativeId, since: null })),
    influences: influences.map(([from, to]) => ({ from, to, weight: 1 })),
    barriers: specs.flatMap((s) => [
      ...(s.faces ?? []).map((barrier) => ({ initiativeId: s.id, barrier, overcome: false })),
      ...(s.overcame ?? []).map((barrier) => ({ initiativeId: s.id, barrier, overcome: true })),
    ]),
  };
}

describe('isolatedInitiatives', () => {
  // iso (Drenthe, energy, faces REGULATION) has only its own actor I, who influences actor B of k.
  // Scores for iso:  s: energy in Utrecht (+1) and overcame REGULATION (+1.5) = 2.5
  //                  r: overcame REGULATION, theme food = 1.5
  //                  k: actor link I–B, B in 1 initiative: 1/log2(1+1) = 1
  //                  p: energy in Groningen = 1
  //                  q: energy in the same region (Drenthe) = 0.5
  // Order: s 2.5, r 1.5, then k and p at 1 by id (k < p), then q.
  const projection = projectionOf(
    [
      { id: 'iso', region: 'Drenthe', themes: ['energy'], faces: ['REGULATION'] },
      { id: 'p', region: 'Groningen', themes: ['energy'] },
      { id: 'q', region: 'Drenthe', themes: ['energy'] },
      { id: 'r', region: 'Friesland', themes: ['food'], overcame: ['REGULATION'] },
      { id: 's', region: 'Utrecht', themes: ['energy'], overcame: ['REGULATION'] },
      { id: 'k', region: 'Zeeland' },
    ],
    [
      ['I', 'iso'],
      ['B', 'k'],
    ],
    [],
    [['I', 'B']],
  );

  it('ranks suggestions with the barrier boost, reasons and a deterministic order', () => {
    const report = isolatedInitiatives(projection, { region: 'Drenthe', theme: 'energy' });
    expect(report.map((r) => r.initiativeId)).toEqual(['iso', 'q']);
    const suggestions = report[0]!.suggestions;
    expect(suggestions.map((s) => s.initiativeId)).toEqual(['s', 'r', 'k', 'p', 'q']);
    expect(suggestions.map((s) => s.score)).toEqual([2.5, 1.5, 1, 1, 0.5]);
    expect(suggestions[0]!.reasons).toEqual([
      { kind: 'SHARED_THEME', theme: 'energy', region: 'Utrecht', sameRegion: false },
      { kind: 'BARRIER_MATCH', barrier: 'REGULATION' },
    ]);
    expect(suggestions[0]!.reasons.map(phraseSuggestionReason)).toEqual([
      'same theme energy in Utrecht',
      'overcame the barrier REGULATION that this initiative faces',
    ]);
    expect(suggestions[2]!.reasons).toEqual([
      { kind: 'ACTOR_INFLUENCE', actorHereId: 'I', actorHere: 'Actor I', actorThereId: 'B', actorThere: 'Actor B' },
    ]);
    expect(suggestions[2]!.reasons.map(phraseSuggestionReason)).toEqual([
      'actor Actor I (here) and actor Actor B (there) influence each other',
    ]);
    expect(suggestions[4]!.reasons).toEqual([
      { kind: 'SHARED_THEME', theme: 'energy', region: null, sameRegion: true },
    ]);
    expect(suggestions[4]!.reasons.map(phraseSuggestionReason)).toEqual(['same theme energy in the same region']);
    for (const s of suggestions) expect(s.reasons.length).toBeGreaterThan(0);
  });

  it('limits suggestions and filters by theme', () => {
    const report = isolatedInitiatives(projection, { theme: 'food', limit: 2 });
    expect(report.map((r) => r.initiativeId)).toEqual(['r']);
    expect(report[0]!.suggestions).toEqual([]); // r faces nothing and nobody else addresses food
    expect(isolatedInitiatives(projection, { limit: 2 }).every((r) => r.suggestions.length <= 2)).toBe(true);
  });

  it('lists exactly the isolates of T', () => {
    const ties = analyzeTieStructure(projection);
    expect(isolatedInitiatives(projection).map((r) => r.initiativeId)).toEqual([...ties.isolates].sort());
  });
});

describe('weaklyTiedInitiatives', () => {
  // a–b share actor X (one tie each); c–d–e: d amplifies into both (c and e have one tie, d two);
  // f is isolated; g shares actor Y with h and i (two ties each)
  const projection = projectionOf(
    [
      { id: 'a', region: 'Drenthe', themes: ['energy'] },
      { id: 'b', region: 'Utrecht', themes: ['energy'] },
      { id: 'c', region: 'Drenthe', themes: ['food'] },
      { id: 'd', region: 'Drenthe', themes: ['food'] },
      { id: 'e', region: 'Zeeland', themes: ['energy'] },
      { id: 'f', region: 'Drenthe', themes: ['energy'] },
      { id: 'g', region: 'Drenthe' },
      { id: 'h', region: 'Drenthe' },
      { id: 'i', region: 'Drenthe' },
    ],
    [
      ['X', 'a'],
      ['X', 'b'],
      ['Y', 'g'],
      ['Y', 'h'],
      ['Y', 'i'],
    ],
    [
      ['d', 'c'],
      ['d', 'e'],
    ],
  );

  it('lists exactly the pendants of T, each with its one tie', () => {
    const report = weaklyTiedInitiatives(projection);
    expect(report.map((r) => [r.initiativeId, r.tiedToId])).toEqual([
      ['a', 'b'],
      ['b', 'a'],
      ['c', 'd'],
      ['e', 'd'],
    ]);
    expect(report.map((r) => r.initiativeId)).toEqual([...analyzeTieStructure(projection).pendants].sort());
  });

  it('filters by region and theme, and never suggests the one tie it already has', () => {
    const report = weaklyTiedInitiatives(projection, { region: 'Drenthe', theme: 'energy' });
    expect(report.map((r) => r.initiativeId)).toEqual(['a']);
    const partners = report[0]!.suggestions.map((s) => s.initiativeId);
    // e: energy in another region (+1); f: energy in the same region (+0.5); b is already tied
    expect(partners).toEqual(['e', 'f']);
    expect(report[0]!.suggestions.map((s) => s.score)).toEqual([1, 0.5]);
  });
});

describe('suggestPartners', () => {
  // x and y share actor M; y→z. y also overcame the barrier x faces and shares x's theme, but is
  // already tied, so it must not be suggested. z: 1 common neighbour (y, ties(y) = 2):
  // Adamic–Adar 1/ln 2 ≈ 1.4427. w: energy in Utrecht, +1.
  const projection = projectionOf(
    [
      { id: 'x', region: 'Drenthe', themes: ['energy'], faces: ['REGULATION'] },
      { id: 'y', region: 'Groningen', themes: ['energy'], overcame: ['REGULATION'] },
      { id: 'z', region: 'Friesland' },
      { id: 'w', region: 'Utrecht', themes: ['energy'] },
    ],
    [
      ['M', 'x'],
      ['M', 'y'],
    ],
    [['y', 'z']],
  );

  it('never suggests the initiative itself or one already tied', () => {
    const s = suggestPartners(projection, 'x', 5);
    expect(s.map((c) => c.initiativeId)).toEqual(['z', 'w']);
    expect(s[0]!.score).toBeCloseTo(1 / Math.log(2), 12);
    expect(s[0]!.reasons).toEqual([{ kind: 'COMMON_PARTNERS', count: 1 }]);
    expect(s[0]!.reasons.map(phraseSuggestionReason)).toEqual(['1 partner in common']);
    expect(s[1]!.reasons.map(phraseSuggestionReason)).toEqual(['same theme energy in Utrecht']);
  });

  it('gives the reasons in order: partners in common, actor links, themes, barriers', () => {
    // v and u share the tie neighbours m1 and m2 (actors A and B), actor V of v influences actor U
    // of u, both address energy and care (u has no region), and u overcame what v faces
    const p = projectionOf(
      [
        { id: 'v', region: 'Drenthe', themes: ['energy', 'care'], faces: ['FINANCING', 'REGULATION'] },
        { id: 'u', themes: ['care', 'energy'], overcame: ['REGULATION', 'FINANCING'] },
        { id: 'm1' },
        { id: 'm2' },
      ],
      [
        ['A', 'v'],
        ['A', 'm1'],
        ['B', 'v'],
        ['B', 'm2'],
        ['C', 'u'],
        ['C', 'm1'],
        ['D', 'u'],
        ['D', 'm2'],
        ['V', 'v'],
        ['U', 'u'],
      ],
      [],
      [['U', 'V']],
    );
    const [first] = suggestPartners(p, 'v', 1);
    expect(first!.initiativeId).toBe('u');
    expect(first!.reasons).toEqual([
      { kind: 'COMMON_PARTNERS', count: 2 },
      { kind: 'ACTOR_INFLUENCE', actorHereId: 'V', actorHere: 'Actor V', actorThereId: 'U', actorThere: 'Actor U' },
      { kind: 'SHARED_THEME', theme: 'care', region: null, sameRegion: false },
      { kind: 'SHARED_THEME', theme: 'energy', region: null, sameRegion: false },
      { kind: 'BARRIER_MATCH', barrier: 'FINANCING' },
      { kind: 'BARRIER_MATCH', barrier: 'REGULATION' },
    ]);
    expect(first!.reasons.map(phraseSuggestionReason)).toEqual([
      '2 partners in common',
      'actor Actor V (here) and actor Actor U (there) influence each other',
      'same theme care',
      'same theme energy',
      'overcame the barrier FINANCING that this initiative faces',
      'overcame the barrier REGULATION that this initiative faces',
    ]);
  });

  it('throws for an unknown initiative', () => {
    expect(() => suggestPartners(projection, 'nope')).toThrow(UnknownInitiativeError);
  });

  it('falls back to a full ranking when the shared profile ranking is used up by tied initiatives', () => {
    // x and x2 share a profile (energy, Drenthe). x is tied through actor H to t00..t69 (energy,
    // Groningen: 1 point each), which fill the first 64 places of the shared ranking; for x they
    // are all excluded, so w (energy, Utrecht: 1) and x2 (energy, same region: 0.5) must still come.
    const ts = Array.from({ length: 70 }, (_, i) => `t${String(i).padStart(2, '0')}`);
    const p = projectionOf(
      [
        { id: 'x', region: 'Drenthe', themes: ['energy'] },
        { id: 'x2', region: 'Drenthe', themes: ['energy'] },
        ...ts.map((id) => ({ id, region: 'Groningen', themes: ['energy'] })),
        { id: 'w', region: 'Utrecht', themes: ['energy'] },
      ],
      [['H', 'x'], ...ts.map((id): [string, string] => ['H', id])],
    );
    const context = buildSuggestionContext(p);
    expect(suggestPartners(p, 'x2', 3, context).map((c) => c.initiativeId)).toEqual(['t00', 't01', 't02']);
    const forX = suggestPartners(p, 'x', 5, context);
    expect(forX.map((c) => c.initiativeId)).toEqual(['w', 'x2']);
    for (const c of forX) expect(ts).not.toContain(c.initiativeId);
  });
});
