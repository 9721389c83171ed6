import { phraseSuggestionReason, type SuggestionReason } from './suggestion-reasons.js';

describe('phraseSuggestionReason', () => {
  it.each<[SuggestionReason, string]>([
    [{ kind: 'COMMON_PARTNERS', count: 1 }, '1 partner in common'],
    [{ kind: 'COMMON_PARTNERS', count: 3 }, '3 partners in common'],
    [
      {
        kind: 'ACTOR_INFLUENCE',
        actorHereId: 'a1',
        actorHere: 'Gemeente Assen',
        actorThereId: 'a2',
        actorThere: 'NMF',
      },
      'actor Gemeente Assen (here) and actor NMF (there) influence each other',
    ],
    [{ kind: 'SHARED_THEME', theme: 'energy', region: 'Drenthe', sameRegion: false }, 'same theme energy in Drenthe'],
    [{ kind: 'SHARED_THEME', theme: 'energy', region: null, sameRegion: true }, 'same theme energy in the same region'],
    [{ kind: 'SHARED_THEME', theme: 'energy', region: null, sameRegion: false }, 'same theme energy'],
    [{ kind: 'BARRIER_MATCH', barrier: 'REGULATION' }, 'overcame the barrier REGULATION that this initiative faces'],
  ])('phrases %j as the sentence the API has always given', (reason, sentence) => {
    expect(phraseSuggestionReason(reason)).toBe(sentence);
  });
});
