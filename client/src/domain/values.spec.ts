import { describe, expect, it } from '@jest/globals';
import { NETWORK_SECTIONS, SCHEMA_ENUMS } from '../api/generated/enums';
import {
  ACTOR_KINDS,
  BARRIER_KINDS,
  CASCADE_SORTS,
  CHARACTERISTICS,
  COMMUNITY_GRAPHS,
  inOrder,
  MEASURES,
  MODES,
  OUTCOME_KINDS,
  SECTIONS,
  STATUSES,
} from './values';

describe('value lists in the order shown', () => {
  it('holds every value of the schema once', () => {
    const pairs: [readonly string[], readonly string[]][] = [
      [MODES, SCHEMA_ENUMS.AmplificationMode],
      [STATUSES, SCHEMA_ENUMS.InitiativeStatus],
      [CHARACTERISTICS, SCHEMA_ENUMS.Characteristic],
      [ACTOR_KINDS, SCHEMA_ENUMS.ActorKind],
      [OUTCOME_KINDS, SCHEMA_ENUMS.OutcomeKind],
      [BARRIER_KINDS, SCHEMA_ENUMS.BarrierKind],
      [CASCADE_SORTS, SCHEMA_ENUMS.CascadeSort],
      [MEASURES, SCHEMA_ENUMS.CentralityMeasure],
      [COMMUNITY_GRAPHS, SCHEMA_ENUMS.CommunityGraph],
      [SECTIONS, NETWORK_SECTIONS],
    ];
    for (const [shown, schema] of pairs) expect([...shown].sort()).toEqual([...schema].sort());
  });

  it('puts them in the order of their places', () => {
    expect(MODES).toEqual(['DEEPENING', 'BROADENING', 'SPREADING']);
    expect(SECTIONS[0]).toBe('initiatives');
    expect(inOrder(['b', 'c', 'a'] as const, { a: 2, b: 0, c: 1 })).toEqual(['b', 'c', 'a']);
  });
});
