// The schema's value lists (generated from server/schema.graphql, never copied) in the order the
// dashboard shows them: filters, selects, the profile chart, the import's sections.
import { NETWORK_SECTIONS, SCHEMA_ENUMS, type NetworkSection } from '../api/generated/enums';
import type {
  ActorKind,
  AmplificationMode,
  BarrierKind,
  CascadeSort,
  CentralityMeasure,
  Characteristic,
  CommunityGraph,
  InitiativeStatus,
  OutcomeKind,
} from '../api/generated/graphql';

/**
 * `values` (a list generated from the schema) in the order of `place`. `place` must give every value
 * one, so a value the schema adds (or drops) fails the type check here until the dashboard places it.
 */
export function inOrder<T extends string>(
  values: readonly T[],
  place: Readonly<Record<NoInfer<T>, number>>,
): readonly T[] {
  return [...values].sort((a, b) => place[a] - place[b]);
}

/** deepen, broaden, spread: the order of the small-wins literature and of the legend. */
export const MODES: readonly AmplificationMode[] = inOrder(SCHEMA_ENUMS.AmplificationMode, {
  DEEPENING: 0,
  BROADENING: 1,
  SPREADING: 2,
});

/** An initiative's life, from idea to embedded (or stopped). */
export const STATUSES: readonly InitiativeStatus[] = inOrder(SCHEMA_ENUMS.InitiativeStatus, {
  IDEA: 0,
  EXPERIMENT: 1,
  RUNNING: 2,
  EMBEDDED: 3,
  STOPPED: 4,
});

/** The seven characteristics in the order of the small-wins literature (and of the profile chart). */
export const CHARACTERISTICS: readonly Characteristic[] = inOrder(SCHEMA_ENUMS.Characteristic, {
  TANGIBLE_RESULTS: 0,
  ENERGY_PLACE: 1,
  FRICTION_OVERCOME: 2,
  DEEP_CHANGE: 3,
  SYSTEM_STEP: 4,
  CONNECTED_CHANGE: 5,
  AMPLIFICATION_POTENTIAL: 6,
});

/** Governments first (local to national), then the others, OTHER last. */
export const ACTOR_KINDS: readonly ActorKind[] = inOrder(SCHEMA_ENUMS.ActorKind, {
  MUNICIPALITY: 0,
  PROVINCE: 1,
  WATER_BOARD: 2,
  NATIONAL_GOVERNMENT: 3,
  BUSINESS: 4,
  FARMER: 5,
  CITIZEN_COLLECTIVE: 6,
  NGO: 7,
  INTERMEDIARY: 8,
  KNOWLEDGE_INSTITUTE: 9,
  EDUCATION: 10,
  OTHER: 11,
});

/** The most common outcome first. */
export const OUTCOME_KINDS: readonly OutcomeKind[] = inOrder(SCHEMA_ENUMS.OutcomeKind, {
  NEW_PRACTICE: 0,
  LAW: 1,
  POLICY_INSTRUMENT: 2,
  COLLABORATION: 3,
  REVENUE_MODEL: 4,
  START_UP: 5,
  TECHNOLOGY: 6,
});

/** The most common barrier first. */
export const BARRIER_KINDS: readonly BarrierKind[] = inOrder(SCHEMA_ENUMS.BarrierKind, {
  REGULATION: 0,
  FINANCING: 1,
  DOMINANT_BUSINESS_MODEL: 2,
  VESTED_INTERESTS: 3,
  ROUTINES: 4,
  CULTURE: 5,
  KNOWLEDGE: 6,
});

/** How the diffusion page ranks cascades; size (the default) first. */
export const CASCADE_SORTS: readonly CascadeSort[] = inOrder(SCHEMA_ENUMS.CascadeSort, {
  SIZE: 0,
  DEPTH: 1,
  STRUCTURAL_VIRALITY: 2,
  REGIONS_REACHED: 3,
});

/** The rankings' centrality measures; degree (the default) first. */
export const MEASURES: readonly CentralityMeasure[] = inOrder(SCHEMA_ENUMS.CentralityMeasure, {
  DEGREE: 0,
  PAGERANK: 1,
  BETWEENNESS: 2,
  CLOSENESS: 3,
});

/** The graphs communities are found in; the tie graph (the default) first. */
export const COMMUNITY_GRAPHS: readonly CommunityGraph[] = inOrder(SCHEMA_ENUMS.CommunityGraph, { TIE: 0, ACTOR: 1 });

/** The sections of an import (a CSV file, a sheet or a JSON list each) in the templates' order. */
export const SECTIONS: readonly NetworkSection[] = inOrder(NETWORK_SECTIONS, {
  initiatives: 0,
  actors: 1,
  involvements: 2,
  influences: 3,
  amplifications: 4,
  outcomes: 5,
  barriers: 6,
});
export type { NetworkSection as Section };
