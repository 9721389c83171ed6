// Generated from server/schema.graphql by client/scripts/codegen-values.mjs (npm run codegen): do not edit.

/** Every enum of the schema with its values, in the schema's order. */
export const SCHEMA_ENUMS = {
  ActorKind: [
    'BUSINESS',
    'CITIZEN_COLLECTIVE',
    'EDUCATION',
    'FARMER',
    'INTERMEDIARY',
    'KNOWLEDGE_INSTITUTE',
    'MUNICIPALITY',
    'NATIONAL_GOVERNMENT',
    'NGO',
    'OTHER',
    'PROVINCE',
    'WATER_BOARD',
  ] as const,
  AmplificationMode: ['BROADENING', 'DEEPENING', 'SPREADING'] as const,
  BarrierKind: [
    'CULTURE',
    'DOMINANT_BUSINESS_MODEL',
    'FINANCING',
    'KNOWLEDGE',
    'REGULATION',
    'ROUTINES',
    'VESTED_INTERESTS',
  ] as const,
  CascadeSort: ['DEPTH', 'REGIONS_REACHED', 'SIZE', 'STRUCTURAL_VIRALITY'] as const,
  CentralityMeasure: ['BETWEENNESS', 'CLOSENESS', 'DEGREE', 'PAGERANK'] as const,
  Characteristic: [
    'AMPLIFICATION_POTENTIAL',
    'CONNECTED_CHANGE',
    'DEEP_CHANGE',
    'ENERGY_PLACE',
    'FRICTION_OVERCOME',
    'SYSTEM_STEP',
    'TANGIBLE_RESULTS',
  ] as const,
  CommunityGraph: ['ACTOR', 'TIE'] as const,
  EdgeKind: ['AMPLIFIES', 'INFLUENCES', 'INVOLVED_IN'] as const,
  InitiativeStatus: ['EMBEDDED', 'EXPERIMENT', 'IDEA', 'RUNNING', 'STOPPED'] as const,
  Mechanism: [
    'BANDWAGON',
    'COUPLING',
    'ENERGIZING',
    'LEARNING_BY_DOING',
    'LOGIC_OF_ATTRACTION',
    'PARTNERING',
    'PROFESSIONALISATION',
    'ROBUSTNESS',
  ] as const,
  NodeKind: ['ACTOR', 'INITIATIVE'] as const,
  OutcomeKind: [
    'COLLABORATION',
    'LAW',
    'NEW_PRACTICE',
    'POLICY_INSTRUMENT',
    'REVENUE_MODEL',
    'START_UP',
    'TECHNOLOGY',
  ] as const,
  Period: ['MONTH', 'YEAR'] as const,
} as const;

/** The sections of an import: the fields of NetworkInput, in the schema's order. */
export const NETWORK_SECTIONS = [
  'actors',
  'amplifications',
  'barriers',
  'influences',
  'initiatives',
  'involvements',
  'outcomes',
] as const;
export type NetworkSection = (typeof NETWORK_SECTIONS)[number];
