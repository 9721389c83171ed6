/**
 * Plain domain types of the small-wins network, shared by the GraphQL layer, the importers and
 * exporters, the demo generator and the repositories. The GraphQL input classes mirror these.
 * `NetworkInput` is the shape of `importNetwork(input:)` and of the JSON export.
 */

export const AMPLIFICATION_MODES = ['DEEPENING', 'BROADENING', 'SPREADING'] as const;
export type AmplificationMode = (typeof AMPLIFICATION_MODES)[number];

export const ACTOR_KINDS = [
  'MUNICIPALITY',
  'PROVINCE',
  'NATIONAL_GOVERNMENT',
  'WATER_BOARD',
  'BUSINESS',
  'FARMER',
  'CITIZEN_COLLECTIVE',
  'NGO',
  'KNOWLEDGE_INSTITUTE',
  'EDUCATION',
  'INTERMEDIARY',
  'OTHER',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const INITIATIVE_STATUSES = ['IDEA', 'EXPERIMENT', 'RUNNING', 'EMBEDDED', 'STOPPED'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

/** The seven characteristics of a small win (docs/architecture.md, the domain), each scored 0–3 with an evidence note. */
export const CHARACTERISTICS = [
  'SYSTEM_STEP',
  'TANGIBLE_RESULTS',
  'DEEP_CHANGE',
  'FRICTION_OVERCOME',
  'CONNECTED_CHANGE',
  'ENERGY_PLACE',
  'AMPLIFICATION_POTENTIAL',
] as const;
export type Characteristic = (typeof CHARACTERISTICS)[number];

export const OUTCOME_KINDS = [
  'LAW',
  'POLICY_INSTRUMENT',
  'COLLABORATION',
  'REVENUE_MODEL',
  'START_UP',
  'TECHNOLOGY',
  'NEW_PRACTICE',
] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

export const BARRIER_KINDS = [
  'VESTED_INTERESTS',
  'ROUTINES',
  'DOMINANT_BUSINESS_MODEL',
  'REGULATION',
  'FINANCING',
  'KNOWLEDGE',
  'CULTURE',
] as const;
export type BarrierKind = (typeof BARRIER_KINDS)[number];

export const MECHANISMS = [
  'ENERGIZING',
  'LEARNING_BY_DOING',
  'LOGIC_OF_ATTRACTION',
  'BANDWAGON',
  'COUPLING',
  'ROBUSTNESS',
  'PROFESSIONALISATION',
  'PARTNERING',
] as const;
export type Mechanism = (typeof MECHANISMS)[number];

/** ISO calendar date, YYYY-MM-DD. */
export type IsoDate = string;

export interface CharacteristicScore {
  characteristic: Characteristic;
  /** 0 absent, 1 weak, 2 clear, 3 strong */
  score: number;
  evidence?: string | null;
}

export interface InitiativeInput {
  id: string;
  name: string;
  description?: string | null;
  region?: string | null;
  themes?: string[] | null;
  startedOn?: IsoDate | null;
  status?: InitiativeStatus | null;
  latitude?: number | null;
  longitude?: number | null;
  characteristics?: CharacteristicScore[] | null;
}

export interface ActorInput {
  id: string;
  name: string;
  kind?: ActorKind | null;
  region?: string | null;
}

export interface InvolvementInput {
  actorId: string;
  initiativeId: string;
  role?: string | null;
  since?: IsoDate | null;
  until?: IsoDate | null;
}

export interface InfluenceInput {
  fromActorId: string;
  toActorId: string;
  /** > 0, default 1 */
  weight?: number | null;
  since?: IsoDate | null;
}

export interface AmplificationInput {
  fromInitiativeId: string;
  toInitiativeId: string;
  mode: AmplificationMode;
  on?: IsoDate | null;
  evidence?: string | null;
  /** 0..1 */
  confidence?: number | null;
  mechanisms?: Mechanism[] | null;
}

/** (Initiative)-[:ACHIEVES {date}]->(Outcome); unique per (initiative, kind, name). */
export interface OutcomeInput {
  initiativeId: string;
  kind: OutcomeKind;
  name?: string | null;
  on?: IsoDate | null;
}

/** (Initiative)-[:FACES]->(Barrier) or, when overcome, -[:OVERCOMES {date}]->(Barrier). */
export interface BarrierInput {
  initiativeId: string;
  barrier: BarrierKind;
  overcome?: boolean | null;
  on?: IsoDate | null;
  note?: string | null;
}

export interface NetworkInput {
  initiatives?: InitiativeInput[] | null;
  actors?: ActorInput[] | null;
  involvements?: InvolvementInput[] | null;
  influences?: InfluenceInput[] | null;
  amplifications?: AmplificationInput[] | null;
  outcomes?: OutcomeInput[] | null;
  barriers?: BarrierInput[] | null;
}

/** The sections of a NetworkInput, in the order they are imported and exported. */
export const NETWORK_SECTIONS = [
  'initiatives',
  'actors',
  'involvements',
  'influences',
  'amplifications',
  'outcomes',
  'barriers',
] as const;
export type NetworkSection = (typeof NETWORK_SECTIONS)[number];

/** One thing wrong with an input, at a field path such as `amplifications[12].toInitiativeId`. */
export interface InputProblem {
  path: string;
  message: string;
}
