/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Limits: one-line texts (ids, names, regions, themes, roles, search) at most 300 characters without control characters; description, evidence and note at most 10000 characters, newlines and tabs allowed; lists inside a record or filter at most 100 items. */
export type ActorInput = {
  id: string | number;
  kind?: ActorKind | null | undefined;
  name: string;
  region?: string | null | undefined;
};

export type ActorKind =
  | 'BUSINESS'
  | 'CITIZEN_COLLECTIVE'
  | 'EDUCATION'
  | 'FARMER'
  | 'INTERMEDIARY'
  | 'KNOWLEDGE_INSTITUTE'
  | 'MUNICIPALITY'
  | 'NATIONAL_GOVERNMENT'
  | 'NGO'
  | 'OTHER'
  | 'PROVINCE'
  | 'WATER_BOARD';

/** Fields to change; an omitted field stays as it is, null clears it. Limits: one-line texts (ids, names, regions, themes, roles, search) at most 300 characters without control characters; description, evidence and note at most 10000 characters, newlines and tabs allowed; lists inside a record or filter at most 100 items. */
export type ActorPatch = {
  kind?: ActorKind | null | undefined;
  name?: string | null | undefined;
  region?: string | null | undefined;
};

/** from = the source win, to = the initiative that deepens, broadens or spreads it Limits: one-line texts (ids, names, regions, themes, roles, search) at most 300 characters without control characters; description, evidence and note at most 10000 characters, newlines and tabs allowed; lists inside a record or filter at most 100 items. */
export type AmplificationInput = {
  /** 0..1 */
  confidence?: number | null | undefined;
  evidence?: string | null | undefined;
  fromInitiativeId: string | number;
  mechanisms?: Array<Mechanism> | null | undefined;
  mode: AmplificationMode;
  on?: string | null | undefined;
  toInitiativeId: string | number;
};

/** DEEPENING (verdiepen), BROADENING (verbreden), SPREADING (verspreiden) */
export type AmplificationMode = 'BROADENING' | 'DEEPENING' | 'SPREADING';

/** a barrier an initiative faces; overcome = true when it broke it (on = when) Limits: one-line texts (ids, names, regions, themes, roles, search) at most 300 characters without control characters; description, evidence and note at most 10000 characters, newlines and tabs allowed; lists inside a record or filter at most 100 items. */
export type BarrierInput = {
  barrier: BarrierKind;
  initiativeId: string | number;
  note?: string | null | undefined;
  on?: string | null | undefined;
  overcome?: boolean | null | undefined;
};

export type BarrierKind =
  'CULTURE' | 'DOMINANT_BUSINESS_MODEL' | 'FINANCING' | 'KNOWLEDGE' | 'REGULATION' | 'ROUTINES' | 'VESTED_INTERESTS';

export type CascadeSort = 'DEPTH' | 'REGIONS_REACHED' | 'SIZE' | 'STRUCTURAL_VIRALITY';

/** DEGREE, PAGERANK, BETWEENNESS as in actorRanking; CLOSENESS (networkx closeness_centrality, wf_improved) */
export type CentralityMeasure = 'BETWEENNESS' | 'CLOSENESS' | 'DEGREE' | 'PAGERANK';

/** CREATED: absent before; DELETED: absent after; UPDATED: present both times, some fields differ */
export type ChangeAction = 'CREATED' | 'DELETED' | 'UPDATED';

/** The kinds of entity the change log records */
export type ChangeEntityKind =
  'ACTOR' | 'AMPLIFICATION' | 'BARRIER' | 'INFLUENCE' | 'INITIATIVE' | 'INVOLVEMENT' | 'OUTCOME';

/** What wrote a change set: IMPORT_NETWORK (the mutation), UPLOAD (POST /api/import), CLI_IMPORT (npm run import), SEED (the demo network), one value per create, update, upsert and delete mutation, UNDO, and APPLY_PROPOSAL (an editor accepted a proposal made through an update link) */
export type ChangeOperation =
  | 'APPLY_PROPOSAL'
  | 'CLI_IMPORT'
  | 'CREATE_ACTOR'
  | 'CREATE_INITIATIVE'
  | 'DELETE_ACTOR'
  | 'DELETE_AMPLIFICATION'
  | 'DELETE_BARRIER'
  | 'DELETE_INFLUENCE'
  | 'DELETE_INITIATIVE'
  | 'DELETE_INVOLVEMENT'
  | 'DELETE_OUTCOME'
  | 'IMPORT_NETWORK'
  | 'SEED'
  | 'UNDO'
  | 'UPDATE_ACTOR'
  | 'UPDATE_INITIATIVE'
  | 'UPLOAD'
  | 'UPSERT_AMPLIFICATION'
  | 'UPSERT_BARRIER'
  | 'UPSERT_INFLUENCE'
  | 'UPSERT_INVOLVEMENT'
  | 'UPSERT_OUTCOME';

/** A point in the history: a sequence number, or an instant (the last change set at or before it). */
export type ChangePointInput = {
  at?: string | null | undefined;
  /** after change set seq (0: before the first change set) */
  seq?: number | null | undefined;
};

/** The seven characteristics of a small win, each scored 0–3 (absent, weak, clear, strong). */
export type Characteristic =
  | 'AMPLIFICATION_POTENTIAL'
  | 'CONNECTED_CHANGE'
  | 'DEEP_CHANGE'
  | 'ENERGY_PLACE'
  | 'FRICTION_OVERCOME'
  | 'SYSTEM_STEP'
  | 'TANGIBLE_RESULTS';

/** One of the seven characteristics with its score 0–3 and evidence. Limits: one-line texts (ids, names, regions, themes, roles, search) at most 300 characters without control characters; description, evidence and note at most 10000 characters, newlines and tabs allowed; lists inside a record or filter at most 100 items. */
export type CharacteristicInput = {
  characteristic: Characteristic;
  evidence?: string | null | undefined;
  /** 0 absent, 1 weak, 2 clear, 3 strong */
  score: number;
};

/** TIE: the initiative tie graph T; ACTOR: the actor graph G */
export type CommunityGraph = 'ACTOR' | 'TIE';

/** ENVIRONMENT: an API_TOKENS entry; LOCAL_FILE: the editor token npm start created (DATA_DIR/api-token); DATABASE: a personal token an admin created */
export type CredentialSource = 'DATABASE' | 'ENVIRONMENT' | 'LOCAL_FILE';

export type EdgeKind = 'AMPLIFIES' | 'INFLUENCES' | 'INVOLVED_IN';

/** weight > 0, default 1 Limits: one-line texts (ids, names, regions, themes, roles, search) at most 300 characters without control characters; description, evidence and note at most 10000 characters, newlines and tabs allowed; lists inside a record or filter at most 100 items. */
export type InfluenceInput = {
  fromActorId: string | number;
  since?: string | null | undefined;
  toActorId: string | number;
  weight?: number | null | undefined;
};

/** Limits: one-line texts (ids, names, regions, themes, roles, search) at most 300 characters without control characters; description, evidence and note at most 10000 characters, newlines and tabs allowed; lists inside a record or filter at most 100 items. */
export type InitiativeInput = {
  characteristics?: Array<CharacteristicInput> | null | undefined;
  description?: string | null | undefined;
  id: string | number;
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
  name: string;
  region?: string | null | undefined;
  startedOn?: string | null | undefined;
  status?: InitiativeStatus | null | undefined;
  themes?: Array<string> | null | undefined;
};

/** Fields to change; an omitted field stays as it is, null clears it. Limits: one-line texts (ids, names, regions, themes, roles, search) at most 300 characters without control characters; description, evidence and note at most 10000 characters, newlines and tabs allowed; lists inside a record or filter at most 100 items. */
export type InitiativePatch = {
  /** replaces all characteristic scores when given */
  characteristics?: Array<CharacteristicInput> | null | undefined;
  description?: string | null | undefined;
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
  name?: string | null | undefined;
  region?: string | null | undefined;
  startedOn?: string | null | undefined;
  status?: InitiativeStatus | null | undefined;
  themes?: Array<string> | null | undefined;
};

export type InitiativeStatus = 'EMBEDDED' | 'EXPERIMENT' | 'IDEA' | 'RUNNING' | 'STOPPED';

/** Limits: one-line texts (ids, names, regions, themes, roles, search) at most 300 characters without control characters; description, evidence and note at most 10000 characters, newlines and tabs allowed; lists inside a record or filter at most 100 items. */
export type InvolvementInput = {
  actorId: string | number;
  initiativeId: string | number;
  role?: string | null | undefined;
  since?: string | null | undefined;
  until?: string | null | undefined;
};

/** Propelling mechanisms of amplification. */
export type Mechanism =
  | 'BANDWAGON'
  | 'COUPLING'
  | 'ENERGIZING'
  | 'LEARNING_BY_DOING'
  | 'LOGIC_OF_ATTRACTION'
  | 'PARTNERING'
  | 'PROFESSIONALISATION'
  | 'ROBUSTNESS';

export type NodeKind = 'ACTOR' | 'INITIATIVE';

/** T, G, or A (for the cascade figures) */
export type NullGraph = 'ACTOR' | 'AMPLIFICATION' | 'TIE';

/** the first five on T or G, the cascade figures on A */
export type NullMeasure =
  | 'COMPONENTS'
  | 'ISOLATES'
  | 'LARGEST_COMPONENT_SHARE'
  | 'MEAN_CASCADE_DEPTH'
  | 'MEAN_CLUSTERING'
  | 'MEAN_STRUCTURAL_VIRALITY'
  | 'MODULARITY';

/** (Initiative)-[:ACHIEVES]->(Outcome), unique per (initiative, kind, name) Limits: one-line texts (ids, names, regions, themes, roles, search) at most 300 characters without control characters; description, evidence and note at most 10000 characters, newlines and tabs allowed; lists inside a record or filter at most 100 items. */
export type OutcomeInput = {
  initiativeId: string | number;
  kind: OutcomeKind;
  name?: string | null | undefined;
  on?: string | null | undefined;
};

export type OutcomeKind =
  'COLLABORATION' | 'LAW' | 'NEW_PRACTICE' | 'POLICY_INSTRUMENT' | 'REVENUE_MODEL' | 'START_UP' | 'TECHNOLOGY';

/** What a proposal does to one entity: ADDED (absent now), REMOVED, CHANGED (some fields) */
export type ProposalAction = 'ADDED' | 'CHANGED' | 'REMOVED';

/** Use an existing actor or initiative instead of one a proposal brings in. */
export type ProposalMergeInput = {
  /** the existing actor or initiative */
  existingId: string | number;
  /** the proposal's id for the new one (new:…) */
  newId: string | number;
};

/** An actor or an initiative */
export type ProposalNodeKind = 'ACTOR' | 'INITIATIVE';

/** PENDING: waits for an editor; ACCEPTED: applied as one change set; REJECTED: with a note */
export type ProposalStatus = 'ACCEPTED' | 'PENDING' | 'REJECTED';

/** ADMIN ⊇ EDITOR ⊇ VIEWER: viewers read, editors also write and undo, admins also manage tokens */
export type Role = 'ADMIN' | 'EDITOR' | 'VIEWER';

/** Which part of the network to draw; omitted or empty lists mean no restriction. Limits: one-line texts (ids, names, regions, themes, roles, search) at most 300 characters without control characters; description, evidence and note at most 10000 characters, newlines and tabs allowed; lists inside a record or filter at most 100 items. */
export type SliceFilter = {
  /** the network as of this date: initiatives started by then, amplifications, involvements and influences dated on or before it (undated ones count when both ends are there) */
  asOf?: string | null | undefined;
  /** initiatives started on or after */
  from?: string | null | undefined;
  /** add the actors involved, and influences among them */
  includeActors?: boolean | null | undefined;
  /** amplification edges of these modes */
  modes?: Array<AmplificationMode> | null | undefined;
  regions?: Array<string> | null | undefined;
  statuses?: Array<InitiativeStatus> | null | undefined;
  /** initiatives addressing any of these themes */
  themes?: Array<string> | null | undefined;
  /** initiatives started on or before */
  to?: string | null | undefined;
};

/** INDEPENDENT_CASCADE: each new adopter gets one chance per edge, with its probability. LINEAR_THRESHOLD: a node adopts when the share of its neighbours that adopted reaches its threshold (uniform in (0, 1], drawn per run). SUSCEPTIBLE_INFECTED: every step each adopter passes the win along each edge with its probability. */
export type SpreadModel = 'INDEPENDENT_CASCADE' | 'LINEAR_THRESHOLD' | 'SUSCEPTIBLE_INFECTED';

/** a tie to add between two initiatives */
export type TieInput = {
  a: string | number;
  b: string | number;
};

export type AcceptProposalMutationVariables = Exact<{
  id: string | number;
  merges: Array<ProposalMergeInput> | ProposalMergeInput;
}>;

export type AcceptProposalMutation = {
  acceptProposal: { changeSeq: number | null; proposal: { id: string; status: ProposalStatus } };
};

export type ActorDetailsQueryVariables = Exact<{
  id: string | number;
}>;

export type ActorDetailsQuery = {
  actor: {
    id: string;
    name: string;
    kind: ActorKind | null;
    region: string | null;
    initiatives: Array<{ role: string | null; since: string | null; initiative: { id: string; name: string } }>;
    influencesOut: Array<{ weight: number; since: string | null; to: { id: string; name: string } }>;
    influencesIn: Array<{ weight: number; since: string | null; from: { id: string; name: string } }>;
  } | null;
};

export type BrokersRankingQueryVariables = Exact<{
  first: number;
}>;

export type BrokersRankingQuery = {
  brokers: Array<{
    rank: number;
    initiativeCount: number;
    regions: Array<string>;
    themes: Array<string>;
    actor: { id: string; name: string; kind: ActorKind | null };
  }>;
};

export type CascadeQueryVariables = Exact<{
  rootId: string | number;
  modes?: Array<AmplificationMode> | AmplificationMode | null | undefined;
}>;

export type CascadeQuery = {
  cascade: {
    size: number;
    depth: number;
    maxBreadth: number;
    structuralVirality: number;
    regionsReached: number;
    sizeBin: string;
    generations: Array<number>;
    timeToGeneration: Array<number | null>;
    root: { id: string; name: string };
    regions: Array<{ name: string; count: number }>;
    adoptionCurve: Array<{ month: string; joined: number; cumulative: number }>;
    nodes: Array<{ id: string; generation: number; name: string; startedOn: string | null }>;
    edges: Array<{ from: string; to: string; mode: AmplificationMode; on: string | null }>;
  };
};

export type CascadesQueryVariables = Exact<{
  modes?: Array<AmplificationMode> | AmplificationMode | null | undefined;
  region?: string | null | undefined;
  theme?: string | null | undefined;
  sortBy: CascadeSort;
  first: number;
}>;

export type CascadesQuery = {
  cascades: Array<{
    size: number;
    depth: number;
    maxBreadth: number;
    structuralVirality: number;
    regionsReached: number;
    sizeBin: string;
    root: { id: string; name: string; region: string | null; startedOn: string | null };
  }>;
};

export type ChangesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  entityId?: string | number | null | undefined;
  by?: string | null | undefined;
  since?: string | null | undefined;
  until?: string | null | undefined;
}>;

export type ChangesQuery = {
  changes: {
    edges: Array<{
      node: {
        seq: number;
        at: string;
        who: string;
        operation: ChangeOperation;
        summary: string;
        entryCount: number;
        undoes: number | null;
        undoneBy: number | null;
        entries: { items: Array<{ kind: ChangeEntityKind; nodeIds: Array<string> }> };
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type CommunitiesQueryVariables = Exact<{ [key: string]: never }>;

export type CommunitiesQuery = { communities: { count: number; members: Array<{ id: string; community: number }> } };

export type CreateCredentialMutationVariables = Exact<{
  name: string;
  role: Role;
}>;

export type CreateCredentialMutation = {
  createCredential: { token: string; credential: { id: string; name: string; role: Role } };
};

export type CreateUpdateLinkMutationVariables = Exact<{
  initiativeId: string | number;
  expiresInDays: number;
}>;

export type CreateUpdateLinkMutation = { createUpdateLink: { token: string; link: { id: string } } };

export type CredentialsQueryVariables = Exact<{ [key: string]: never }>;

export type CredentialsQuery = {
  credentials: Array<{
    id: string;
    name: string;
    role: Role;
    source: CredentialSource;
    createdAt: string | null;
    createdBy: string | null;
    lastUsedAt: string | null;
    revocable: boolean;
    revokedAt: string | null;
    revokedBy: string | null;
  }>;
};

export type DataDatesQueryVariables = Exact<{ [key: string]: never }>;

export type DataDatesQuery = { dataDates: { newest: string | null; today: string } };

export type EditCreateActorMutationVariables = Exact<{
  input: ActorInput;
}>;

export type EditCreateActorMutation = { createActor: { id: string; name: string } };

export type EditCreateInitiativeMutationVariables = Exact<{
  input: InitiativeInput;
}>;

export type EditCreateInitiativeMutation = { createInitiative: { id: string; name: string } };

export type EditDeleteActorMutationVariables = Exact<{
  id: string | number;
}>;

export type EditDeleteActorMutation = {
  deleteActor: { id: string; kind: string; removedRelations: Array<{ type: string; count: number }> };
};

export type EditDeleteAmplificationMutationVariables = Exact<{
  fromInitiativeId: string | number;
  toInitiativeId: string | number;
  mode: AmplificationMode;
}>;

export type EditDeleteAmplificationMutation = { deleteAmplification: { id: string } };

export type EditDeleteBarrierMutationVariables = Exact<{
  initiativeId: string | number;
  barrier: BarrierKind;
}>;

export type EditDeleteBarrierMutation = { deleteBarrier: { id: string } };

export type EditDeleteInfluenceMutationVariables = Exact<{
  fromActorId: string | number;
  toActorId: string | number;
}>;

export type EditDeleteInfluenceMutation = { deleteInfluence: { id: string } };

export type EditDeleteInitiativeMutationVariables = Exact<{
  id: string | number;
}>;

export type EditDeleteInitiativeMutation = {
  deleteInitiative: { id: string; kind: string; removedRelations: Array<{ type: string; count: number }> };
};

export type EditDeleteInvolvementMutationVariables = Exact<{
  actorId: string | number;
  initiativeId: string | number;
}>;

export type EditDeleteInvolvementMutation = { deleteInvolvement: { id: string } };

export type EditDeleteOutcomeMutationVariables = Exact<{
  initiativeId: string | number;
  kind: OutcomeKind;
  name?: string | null | undefined;
}>;

export type EditDeleteOutcomeMutation = { deleteOutcome: { id: string } };

export type EditSearchNodesQueryVariables = Exact<{
  search: string;
  first: number;
}>;

export type EditSearchNodesQuery = {
  initiatives: { edges: Array<{ node: { id: string; name: string; region: string | null } }> };
  actors: { edges: Array<{ node: { id: string; name: string; region: string | null } }> };
};

export type EditUpdateActorMutationVariables = Exact<{
  id: string | number;
  patch: ActorPatch;
}>;

export type EditUpdateActorMutation = { updateActor: { id: string; name: string } };

export type EditUpdateInitiativeMutationVariables = Exact<{
  id: string | number;
  patch: InitiativePatch;
}>;

export type EditUpdateInitiativeMutation = { updateInitiative: { id: string; name: string } };

export type EditUpsertAmplificationMutationVariables = Exact<{
  input: AmplificationInput;
}>;

export type EditUpsertAmplificationMutation = { upsertAmplification: { mode: AmplificationMode } };

export type EditUpsertBarrierMutationVariables = Exact<{
  input: BarrierInput;
}>;

export type EditUpsertBarrierMutation = { upsertBarrier: { barrier: BarrierKind } };

export type EditUpsertInfluenceMutationVariables = Exact<{
  input: InfluenceInput;
}>;

export type EditUpsertInfluenceMutation = { upsertInfluence: { weight: number } };

export type EditUpsertInvolvementMutationVariables = Exact<{
  input: InvolvementInput;
}>;

export type EditUpsertInvolvementMutation = { upsertInvolvement: { role: string | null } };

export type EditUpsertOutcomeMutationVariables = Exact<{
  input: OutcomeInput;
}>;

export type EditUpsertOutcomeMutation = { upsertOutcome: { kind: OutcomeKind } };

export type ExplorerSliceQueryVariables = Exact<{
  filter?: SliceFilter | null | undefined;
  limit?: number | null | undefined;
}>;

export type ExplorerSliceQuery = {
  sliceLayout: {
    nodeCount: number;
    millis: number;
    positions: Array<{ id: string; x: number; y: number }>;
    slice: {
      truncated: boolean;
      nodes: Array<{
        id: string;
        entityId: string;
        kind: NodeKind;
        label: string;
        actorKind: ActorKind | null;
        region: string | null;
        startedOn: string | null;
        status: InitiativeStatus | null;
        themes: Array<string>;
      }>;
      edges: Array<{
        id: string;
        kind: EdgeKind;
        source: string;
        target: string;
        mode: AmplificationMode | null;
        weight: number | null;
        role: string | null;
        on: string | null;
        evidence: string | null;
        confidence: number | null;
      }>;
    };
  };
};

export type FilterOptionsQueryVariables = Exact<{ [key: string]: never }>;

export type FilterOptionsQuery = { regions: Array<string>; themes: Array<string> };

export type InitiativeDetailsQueryVariables = Exact<{
  id: string | number;
}>;

export type InitiativeDetailsQuery = {
  initiative: {
    id: string;
    name: string;
    description: string | null;
    region: string | null;
    status: InitiativeStatus | null;
    startedOn: string | null;
    themes: Array<string>;
    characteristics: Array<{ characteristic: Characteristic; score: number; evidence: string | null }>;
    actors: Array<{
      role: string | null;
      since: string | null;
      actor: { id: string; name: string; kind: ActorKind | null };
    }>;
    amplificationsIn: Array<{
      mode: AmplificationMode;
      on: string | null;
      evidence: string | null;
      mechanisms: Array<Mechanism>;
      from: { id: string; name: string };
    }>;
    amplificationsOut: Array<{
      mode: AmplificationMode;
      on: string | null;
      evidence: string | null;
      mechanisms: Array<Mechanism>;
      to: { id: string; name: string };
    }>;
    outcomes: Array<{ kind: OutcomeKind; name: string | null; on: string | null }>;
    barriers: Array<{ barrier: BarrierKind; overcome: boolean; note: string | null; on: string | null }>;
  } | null;
};

export type IntroductionGainsQueryVariables = Exact<{
  initiativeId: string | number;
  candidateIds: Array<string | number> | string | number;
  runs: number;
}>;

export type IntroductionGainsQuery = {
  introductionGains: {
    gains: Array<{
      reachWithout: number;
      reachWith: number;
      initiative: { id: string };
      gain: { mean: number; low: number; high: number };
    }>;
    manifest: { citeAs: string };
  };
};

export type IsolatedInitiativesQueryVariables = Exact<{ [key: string]: never }>;

export type IsolatedInitiativesQuery = { isolatedInitiatives: Array<{ initiative: { id: string } }> };

export type LayoutAsOfQueryVariables = Exact<{
  date: string;
}>;

export type LayoutAsOfQuery = { networkStatsAsOf: { initiatives: number } };

export type LayoutTimelineQueryVariables = Exact<{ [key: string]: never }>;

export type LayoutTimelineQuery = {
  networkSeries: { points: Array<{ period: string; asOf: string; initiatives: number }> };
  networkStats: { initiatives: number };
};

export type MapDataQueryVariables = Exact<{ [key: string]: never }>;

export type MapDataQuery = {
  initiativePlaces: Array<{ id: string; latitude: number; longitude: number }>;
  mapSettings: { styleUrl: string | null; regionBoundaries: boolean };
};

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = {
  me: { name: string; role: Role; source: CredentialSource; credentialId: string | null } | null;
};

export type NeighbourhoodQueryVariables = Exact<{
  id: string | number;
  kind?: NodeKind | null | undefined;
  depth?: number | null | undefined;
}>;

export type NeighbourhoodQuery = {
  neighbourhood: {
    truncated: boolean;
    nodes: Array<{
      id: string;
      entityId: string;
      kind: NodeKind;
      label: string;
      actorKind: ActorKind | null;
      region: string | null;
      startedOn: string | null;
      status: InitiativeStatus | null;
      themes: Array<string>;
    }>;
    edges: Array<{
      id: string;
      kind: EdgeKind;
      source: string;
      target: string;
      mode: AmplificationMode | null;
      weight: number | null;
      role: string | null;
      on: string | null;
      evidence: string | null;
      confidence: number | null;
    }>;
  };
};

export type NetworkDiffQueryVariables = Exact<{
  from: ChangePointInput;
  to?: ChangePointInput | null | undefined;
  limit: number;
}>;

export type NetworkDiffQuery = {
  networkDiff: {
    changeSets: number;
    from: { seq: number; at: string | null };
    to: { seq: number; at: string | null };
    figures: {
      initiatives: { before: number; after: number };
      actors: { before: number; after: number };
      relations: { before: number; after: number };
      isolates: { before: number; after: number };
      components: { before: number; after: number };
      bridges: { before: number; after: number };
      brokers: { before: number; after: number };
    };
    initiatives: {
      added: number;
      removed: number;
      changed: number;
      items: Array<{
        key: string;
        kind: ChangeEntityKind;
        action: ChangeAction;
        label: string;
        nodeIds: Array<string>;
        before: string | null;
        after: string | null;
        fields: Array<{ field: string; before: string | null; after: string | null }>;
      }>;
    };
    actors: {
      added: number;
      removed: number;
      changed: number;
      items: Array<{
        key: string;
        kind: ChangeEntityKind;
        action: ChangeAction;
        label: string;
        nodeIds: Array<string>;
        before: string | null;
        after: string | null;
        fields: Array<{ field: string; before: string | null; after: string | null }>;
      }>;
    };
    relations: {
      added: number;
      removed: number;
      changed: number;
      items: Array<{
        key: string;
        kind: ChangeEntityKind;
        action: ChangeAction;
        label: string;
        nodeIds: Array<string>;
        before: string | null;
        after: string | null;
        fields: Array<{ field: string; before: string | null; after: string | null }>;
      }>;
    };
    isolatesAppeared: Array<{ id: string; name: string; region: string | null }>;
    isolatesTied: Array<{ id: string; name: string; region: string | null }>;
    componentsMerged: Array<{ size: number; parts: Array<number>; representatives: Array<string> }>;
    componentsSplit: Array<{ size: number; parts: Array<number>; representatives: Array<string> }>;
    bridgesGained: Array<{ a: string; b: string }>;
    bridgesLost: Array<{ a: string; b: string }>;
    brokersGained: Array<{ id: string; name: string; region: string | null }>;
    brokersLost: Array<{ id: string; name: string; region: string | null }>;
  };
};

export type DiffSectionPartsFragment = {
  added: number;
  removed: number;
  changed: number;
  items: Array<{
    key: string;
    kind: ChangeEntityKind;
    action: ChangeAction;
    label: string;
    nodeIds: Array<string>;
    before: string | null;
    after: string | null;
    fields: Array<{ field: string; before: string | null; after: string | null }>;
  }>;
};

export type DiffNodePartsFragment = { id: string; name: string; region: string | null };

export type NetworkSliceQueryVariables = Exact<{
  filter?: SliceFilter | null | undefined;
  limit?: number | null | undefined;
}>;

export type NetworkSliceQuery = {
  networkSlice: {
    truncated: boolean;
    nodes: Array<{
      id: string;
      entityId: string;
      kind: NodeKind;
      label: string;
      actorKind: ActorKind | null;
      region: string | null;
      startedOn: string | null;
      status: InitiativeStatus | null;
      themes: Array<string>;
    }>;
    edges: Array<{
      id: string;
      kind: EdgeKind;
      source: string;
      target: string;
      mode: AmplificationMode | null;
      weight: number | null;
      role: string | null;
      on: string | null;
      evidence: string | null;
      confidence: number | null;
    }>;
  };
};

export type NetworkStatsQueryVariables = Exact<{ [key: string]: never }>;

export type NetworkStatsQuery = {
  networkStats: {
    initiatives: number;
    actors: number;
    involvements: number;
    influences: number;
    amplifications: number;
    components: number;
    isolatedInitiatives: number;
  };
};

export type NodeHistoryQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;

export type NodeHistoryQuery = {
  changes: {
    edges: Array<{
      node: {
        seq: number;
        at: string;
        who: string;
        operation: ChangeOperation;
        summary: string;
        undoes: number | null;
        undoneBy: number | null;
        entries: {
          totalCount: number;
          items: Array<{
            key: string;
            kind: ChangeEntityKind;
            action: ChangeAction;
            label: string;
            fields: Array<{ field: string; before: string | null; after: string | null }>;
          }>;
        };
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type NullModelQueryVariables = Exact<{
  graph: NullGraph;
  measures?: Array<NullMeasure> | NullMeasure | null | undefined;
  replicates: number;
}>;

export type NullModelQuery = {
  nullModel: {
    replicates: number;
    swapsPerEdge: number;
    bands: Array<{
      measure: NullMeasure;
      observed: number;
      nullMean: number;
      low: number;
      high: number;
      z: number | null;
      p: number;
      bins: Array<{
        bin: string;
        cascades: number;
        observed: number;
        nullMean: number;
        low: number;
        high: number;
        z: number | null;
        p: number;
      }>;
    }>;
    manifest: { citeAs: string };
  };
};

export type PendingProposalCountQueryVariables = Exact<{ [key: string]: never }>;

export type PendingProposalCountQuery = { pendingProposalCount: number };

export type PendingProposalsQueryVariables = Exact<{ [key: string]: never }>;

export type PendingProposalsQuery = {
  proposals: Array<{
    id: string;
    initiativeId: string;
    contactName: string;
    contactEmail: string | null;
    message: string | null;
    submittedAt: string;
  }>;
};

export type PeriodOverviewQueryVariables = Exact<{
  days?: number | null | undefined;
  year?: number | null | undefined;
  region?: string | null | undefined;
}>;

export type PeriodOverviewQuery = {
  periodOverview: {
    from: string;
    to: string;
    region: string | null;
    months: number;
    dates: { newest: string | null; years: Array<number>; today: string };
    start: {
      asOf: string;
      initiatives: number;
      amplifications: number;
      isolated: number;
      components: number;
      largestComponent: number;
    };
    end: {
      asOf: string;
      initiatives: number;
      amplifications: number;
      isolated: number;
      components: number;
      largestComponent: number;
    };
    modesByMonth: Array<{ month: string; deepening: number; broadening: number; spreading: number }>;
    regions: Array<{
      region: string;
      start: { initiatives: number; isolated: number; components: number };
      end: { initiatives: number; isolated: number; components: number };
    }>;
    largestCascades: Array<{
      size: number;
      sizeAtStart: number;
      joined: number;
      depth: number;
      regionsReached: number;
      root: { id: string; name: string; region: string | null };
    }>;
    fastestCascades: Array<{
      size: number;
      sizeAtStart: number;
      joined: number;
      depth: number;
      regionsReached: number;
      root: { id: string; name: string; region: string | null };
    }>;
  };
};

export type ProposalReviewQueryVariables = Exact<{
  id: string | number;
}>;

export type ProposalReviewQuery = {
  proposal: {
    id: string;
    initiativeId: string;
    contactName: string;
    contactEmail: string | null;
    message: string | null;
    status: ProposalStatus;
    submittedAt: string;
    review: {
      stale: boolean;
      laterEdits: Array<string>;
      initiativeDeleted: boolean;
      changes: Array<{
        kind: ChangeEntityKind;
        key: string;
        action: ProposalAction;
        stale: boolean;
        fields: Array<{ field: string; current: string; proposed: string; stale: boolean }>;
      }>;
      duplicates: Array<{
        newId: string;
        kind: ProposalNodeKind;
        name: string;
        region: string | null;
        candidates: Array<{ id: string; name: string; region: string | null }>;
      }>;
      labels: Array<{ key: string; name: string }>;
    };
  };
};

export type RadarHealthQueryVariables = Exact<{
  region?: string | null | undefined;
}>;

export type RadarHealthQuery = {
  networkSeries: {
    region: string | null;
    points: Array<{
      period: string;
      asOf: string;
      initiatives: number;
      isolates: number;
      isolateShare: number;
      components: number;
      largestComponent: number;
      largestShare: number;
    }>;
  };
};

export type RadarIsolatesQueryVariables = Exact<{
  region: string;
  suggestions: number;
}>;

export type RadarIsolatesQuery = {
  isolatedInitiatives: Array<{
    initiative: {
      id: string;
      name: string;
      themes: Array<string>;
      startedOn: string | null;
      status: InitiativeStatus | null;
    };
    suggestions: Array<{
      score: number;
      reasonDetails: Array<
        | {
            __typename: 'ActorInfluenceReason';
            actorHereId: string;
            actorHere: string;
            actorThereId: string;
            actorThere: string;
          }
        | { __typename: 'BarrierMatchReason'; barrier: BarrierKind }
        | { __typename: 'CommonPartnersReason'; count: number }
        | { __typename: 'SharedThemeReason'; theme: string; region: string | null; sameRegion: boolean }
      >;
      initiative: { id: string; name: string; region: string | null; themes: Array<string> };
    }>;
  }>;
};

export type RadarRegionsQueryVariables = Exact<{ [key: string]: never }>;

export type RadarRegionsQuery = {
  tieStructure: {
    regions: Array<{
      region: string;
      initiatives: number;
      isolates: number;
      pendants: number;
      components: number;
      largestComponentShare: number;
      density: number;
    }>;
  };
};

export type RadarWeakTiesQueryVariables = Exact<{
  region: string;
  suggestions: number;
}>;

export type RadarWeakTiesQuery = {
  weaklyTiedInitiatives: Array<{
    initiative: {
      id: string;
      name: string;
      themes: Array<string>;
      startedOn: string | null;
      status: InitiativeStatus | null;
    };
    tiedTo: { id: string; name: string; region: string | null };
    suggestions: Array<{
      score: number;
      reasonDetails: Array<
        | {
            __typename: 'ActorInfluenceReason';
            actorHereId: string;
            actorHere: string;
            actorThereId: string;
            actorThere: string;
          }
        | { __typename: 'BarrierMatchReason'; barrier: BarrierKind }
        | { __typename: 'CommonPartnersReason'; count: number }
        | { __typename: 'SharedThemeReason'; theme: string; region: string | null; sameRegion: boolean }
      >;
      initiative: { id: string; name: string; region: string | null; themes: Array<string> };
    }>;
  }>;
};

export type RankingActorsQueryVariables = Exact<{
  first: number;
  measure: CentralityMeasure;
}>;

export type RankingActorsQuery = {
  actorRankingDetails: {
    measure: CentralityMeasure;
    exact: boolean;
    samples: number | null;
    items: Array<{
      rank: number;
      score: number;
      actor: { id: string; name: string; kind: ActorKind | null; region: string | null };
    }>;
  };
};

export type RankingCommunitiesQueryVariables = Exact<{
  graph: CommunityGraph;
}>;

export type RankingCommunitiesQuery = {
  communities: {
    graph: CommunityGraph;
    count: number;
    modularity: number;
    communities: Array<{
      id: number;
      size: number;
      regions: Array<{ name: string; count: number }>;
      themes: Array<{ name: string; count: number }>;
    }>;
  };
};

export type RankingInitiativesQueryVariables = Exact<{
  first: number;
  measure: CentralityMeasure;
}>;

export type RankingInitiativesQuery = {
  initiativeRanking: {
    measure: CentralityMeasure;
    exact: boolean;
    samples: number | null;
    items: Array<{
      rank: number;
      score: number;
      initiative: { id: string; name: string; region: string | null; themes: Array<string> };
    }>;
  };
};

export type RejectProposalMutationVariables = Exact<{
  id: string | number;
  note: string;
}>;

export type RejectProposalMutation = { rejectProposal: { id: string; status: ProposalStatus } };

export type RevokeCredentialMutationVariables = Exact<{
  id: string | number;
}>;

export type RevokeCredentialMutation = { revokeCredential: { id: string; revokedAt: string | null } };

export type RevokeUpdateLinkMutationVariables = Exact<{
  id: string | number;
}>;

export type RevokeUpdateLinkMutation = { revokeUpdateLink: { id: string; active: boolean } };

export type SimulateSpreadQueryVariables = Exact<{
  seeds: Array<string | number> | string | number;
  model: SpreadModel;
  probability?: number | null | undefined;
  runs: number;
  addTies?: Array<TieInput> | TieInput | null | undefined;
}>;

export type SimulateSpreadQuery = {
  simulateSpread: {
    runs: number;
    steps: number;
    probability: number | null;
    edges: number;
    estimated: Array<{ mode: string; probability: number }>;
    reach: { mean: number; low: number; high: number };
    curve: Array<{ step: number; mean: number; low: number; high: number }>;
    regions: Array<{ region: string; share: number }>;
    comparison: {
      withTies: { mean: number; low: number; high: number };
      curve: Array<{ step: number; mean: number; low: number; high: number }>;
      gain: { mean: number; low: number; high: number; gainedShare: number };
    } | null;
    manifest: { citeAs: string };
  };
};

export type SlicePartsFragment = {
  truncated: boolean;
  nodes: Array<{
    id: string;
    entityId: string;
    kind: NodeKind;
    label: string;
    actorKind: ActorKind | null;
    region: string | null;
    startedOn: string | null;
    status: InitiativeStatus | null;
    themes: Array<string>;
  }>;
  edges: Array<{
    id: string;
    kind: EdgeKind;
    source: string;
    target: string;
    mode: AmplificationMode | null;
    weight: number | null;
    role: string | null;
    on: string | null;
    evidence: string | null;
    confidence: number | null;
  }>;
};

export type UndoChangeMutationVariables = Exact<{
  seq: number;
}>;

export type UndoChangeMutation = { undoChange: { seq: number; summary: string; undoes: number | null } };

export type UpdateLinksQueryVariables = Exact<{
  initiativeId: string | number;
}>;

export type UpdateLinksQuery = {
  updateLinks: Array<{
    id: string;
    createdAt: string;
    createdBy: string;
    expiresAt: string;
    lastUsedAt: string | null;
    revokedAt: string | null;
    revokedBy: string | null;
    active: boolean;
  }>;
};

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const DiffSectionPartsFragmentDoc = new TypedDocumentString(
  `
    fragment DiffSectionParts on DiffSection {
  added
  removed
  changed
  items {
    key
    kind
    action
    label
    nodeIds
    before
    after
    fields {
      field
      before
      after
    }
  }
}
    `,
  { fragmentName: 'DiffSectionParts' },
) as unknown as TypedDocumentString<DiffSectionPartsFragment, unknown>;
export const DiffNodePartsFragmentDoc = new TypedDocumentString(
  `
    fragment DiffNodeParts on DiffNode {
  id
  name
  region
}
    `,
  { fragmentName: 'DiffNodeParts' },
) as unknown as TypedDocumentString<DiffNodePartsFragment, unknown>;
export const SlicePartsFragmentDoc = new TypedDocumentString(
  `
    fragment SliceParts on NetworkSlice {
  truncated
  nodes {
    id
    entityId
    kind
    label
    actorKind
    region
    startedOn
    status
    themes
  }
  edges {
    id
    kind
    source
    target
    mode
    weight
    role
    on
    evidence
    confidence
  }
}
    `,
  { fragmentName: 'SliceParts' },
) as unknown as TypedDocumentString<SlicePartsFragment, unknown>;
export const AcceptProposalDocument = new TypedDocumentString(`
    mutation AcceptProposal($id: ID!, $merges: [ProposalMergeInput!]!) {
  acceptProposal(id: $id, merges: $merges) {
    changeSeq
    proposal {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptProposalMutation, AcceptProposalMutationVariables>;
export const ActorDetailsDocument = new TypedDocumentString(`
    query ActorDetails($id: ID!) {
  actor(id: $id) {
    id
    name
    kind
    region
    initiatives {
      role
      since
      initiative {
        id
        name
      }
    }
    influencesOut {
      weight
      since
      to {
        id
        name
      }
    }
    influencesIn {
      weight
      since
      from {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActorDetailsQuery, ActorDetailsQueryVariables>;
export const BrokersRankingDocument = new TypedDocumentString(`
    query BrokersRanking($first: Int!) {
  brokers(first: $first) {
    rank
    initiativeCount
    regions
    themes
    actor {
      id
      name
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<BrokersRankingQuery, BrokersRankingQueryVariables>;
export const CascadeDocument = new TypedDocumentString(`
    query Cascade($rootId: ID!, $modes: [AmplificationMode!]) {
  cascade(rootId: $rootId, modes: $modes) {
    root {
      id
      name
    }
    size
    depth
    maxBreadth
    structuralVirality
    regionsReached
    sizeBin
    generations
    timeToGeneration
    regions {
      name
      count
    }
    adoptionCurve {
      month
      joined
      cumulative
    }
    nodes {
      id
      generation
      name
      startedOn
    }
    edges {
      from
      to
      mode
      on
    }
  }
}
    `) as unknown as TypedDocumentString<CascadeQuery, CascadeQueryVariables>;
export const CascadesDocument = new TypedDocumentString(`
    query Cascades($modes: [AmplificationMode!], $region: String, $theme: String, $sortBy: CascadeSort!, $first: Int!) {
  cascades(
    modes: $modes
    region: $region
    theme: $theme
    sortBy: $sortBy
    first: $first
  ) {
    root {
      id
      name
      region
      startedOn
    }
    size
    depth
    maxBreadth
    structuralVirality
    regionsReached
    sizeBin
  }
}
    `) as unknown as TypedDocumentString<CascadesQuery, CascadesQueryVariables>;
export const ChangesDocument = new TypedDocumentString(`
    query Changes($first: Int!, $after: String, $entityId: ID, $by: String, $since: DateTime, $until: DateTime) {
  changes(
    first: $first
    after: $after
    entityId: $entityId
    by: $by
    since: $since
    until: $until
  ) {
    edges {
      node {
        seq
        at
        who
        operation
        summary
        entryCount
        undoes
        undoneBy
        entries(first: 3) {
          items {
            kind
            nodeIds
          }
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ChangesQuery, ChangesQueryVariables>;
export const CommunitiesDocument = new TypedDocumentString(`
    query Communities {
  communities(graph: TIE) {
    count
    members {
      id
      community
    }
  }
}
    `) as unknown as TypedDocumentString<CommunitiesQuery, CommunitiesQueryVariables>;
export const CreateCredentialDocument = new TypedDocumentString(`
    mutation CreateCredential($name: String!, $role: Role!) {
  createCredential(name: $name, role: $role) {
    token
    credential {
      id
      name
      role
    }
  }
}
    `) as unknown as TypedDocumentString<CreateCredentialMutation, CreateCredentialMutationVariables>;
export const CreateUpdateLinkDocument = new TypedDocumentString(`
    mutation CreateUpdateLink($initiativeId: ID!, $expiresInDays: Int!) {
  createUpdateLink(initiativeId: $initiativeId, expiresInDays: $expiresInDays) {
    token
    link {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CreateUpdateLinkMutation, CreateUpdateLinkMutationVariables>;
export const CredentialsDocument = new TypedDocumentString(`
    query Credentials {
  credentials(includeRevoked: true) {
    id
    name
    role
    source
    createdAt
    createdBy
    lastUsedAt
    revocable
    revokedAt
    revokedBy
  }
}
    `) as unknown as TypedDocumentString<CredentialsQuery, CredentialsQueryVariables>;
export const DataDatesDocument = new TypedDocumentString(`
    query DataDates {
  dataDates {
    newest
    today
  }
}
    `) as unknown as TypedDocumentString<DataDatesQuery, DataDatesQueryVariables>;
export const EditCreateActorDocument = new TypedDocumentString(`
    mutation EditCreateActor($input: ActorInput!) {
  createActor(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<EditCreateActorMutation, EditCreateActorMutationVariables>;
export const EditCreateInitiativeDocument = new TypedDocumentString(`
    mutation EditCreateInitiative($input: InitiativeInput!) {
  createInitiative(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<EditCreateInitiativeMutation, EditCreateInitiativeMutationVariables>;
export const EditDeleteActorDocument = new TypedDocumentString(`
    mutation EditDeleteActor($id: ID!) {
  deleteActor(id: $id) {
    id
    kind
    removedRelations {
      type
      count
    }
  }
}
    `) as unknown as TypedDocumentString<EditDeleteActorMutation, EditDeleteActorMutationVariables>;
export const EditDeleteAmplificationDocument = new TypedDocumentString(`
    mutation EditDeleteAmplification($fromInitiativeId: ID!, $toInitiativeId: ID!, $mode: AmplificationMode!) {
  deleteAmplification(
    fromInitiativeId: $fromInitiativeId
    toInitiativeId: $toInitiativeId
    mode: $mode
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<EditDeleteAmplificationMutation, EditDeleteAmplificationMutationVariables>;
export const EditDeleteBarrierDocument = new TypedDocumentString(`
    mutation EditDeleteBarrier($initiativeId: ID!, $barrier: BarrierKind!) {
  deleteBarrier(initiativeId: $initiativeId, barrier: $barrier) {
    id
  }
}
    `) as unknown as TypedDocumentString<EditDeleteBarrierMutation, EditDeleteBarrierMutationVariables>;
export const EditDeleteInfluenceDocument = new TypedDocumentString(`
    mutation EditDeleteInfluence($fromActorId: ID!, $toActorId: ID!) {
  deleteInfluence(fromActorId: $fromActorId, toActorId: $toActorId) {
    id
  }
}
    `) as unknown as TypedDocumentString<EditDeleteInfluenceMutation, EditDeleteInfluenceMutationVariables>;
export const EditDeleteInitiativeDocument = new TypedDocumentString(`
    mutation EditDeleteInitiative($id: ID!) {
  deleteInitiative(id: $id) {
    id
    kind
    removedRelations {
      type
      count
    }
  }
}
    `) as unknown as TypedDocumentString<EditDeleteInitiativeMutation, EditDeleteInitiativeMutationVariables>;
export const EditDeleteInvolvementDocument = new TypedDocumentString(`
    mutation EditDeleteInvolvement($actorId: ID!, $initiativeId: ID!) {
  deleteInvolvement(actorId: $actorId, initiativeId: $initiativeId) {
    id
  }
}
    `) as unknown as TypedDocumentString<EditDeleteInvolvementMutation, EditDeleteInvolvementMutationVariables>;
export const EditDeleteOutcomeDocument = new TypedDocumentString(`
    mutation EditDeleteOutcome($initiativeId: ID!, $kind: OutcomeKind!, $name: String) {
  deleteOutcome(initiativeId: $initiativeId, kind: $kind, name: $name) {
    id
  }
}
    `) as unknown as TypedDocumentString<EditDeleteOutcomeMutation, EditDeleteOutcomeMutationVariables>;
export const EditSearchNodesDocument = new TypedDocumentString(`
    query EditSearchNodes($search: String!, $first: Int!) {
  initiatives(filter: {search: $search}, first: $first) {
    edges {
      node {
        id
        name
        region
      }
    }
  }
  actors(filter: {search: $search}, first: $first) {
    edges {
      node {
        id
        name
        region
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EditSearchNodesQuery, EditSearchNodesQueryVariables>;
export const EditUpdateActorDocument = new TypedDocumentString(`
    mutation EditUpdateActor($id: ID!, $patch: ActorPatch!) {
  updateActor(id: $id, patch: $patch) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<EditUpdateActorMutation, EditUpdateActorMutationVariables>;
export const EditUpdateInitiativeDocument = new TypedDocumentString(`
    mutation EditUpdateInitiative($id: ID!, $patch: InitiativePatch!) {
  updateInitiative(id: $id, patch: $patch) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<EditUpdateInitiativeMutation, EditUpdateInitiativeMutationVariables>;
export const EditUpsertAmplificationDocument = new TypedDocumentString(`
    mutation EditUpsertAmplification($input: AmplificationInput!) {
  upsertAmplification(input: $input) {
    mode
  }
}
    `) as unknown as TypedDocumentString<EditUpsertAmplificationMutation, EditUpsertAmplificationMutationVariables>;
export const EditUpsertBarrierDocument = new TypedDocumentString(`
    mutation EditUpsertBarrier($input: BarrierInput!) {
  upsertBarrier(input: $input) {
    barrier
  }
}
    `) as unknown as TypedDocumentString<EditUpsertBarrierMutation, EditUpsertBarrierMutationVariables>;
export const EditUpsertInfluenceDocument = new TypedDocumentString(`
    mutation EditUpsertInfluence($input: InfluenceInput!) {
  upsertInfluence(input: $input) {
    weight
  }
}
    `) as unknown as TypedDocumentString<EditUpsertInfluenceMutation, EditUpsertInfluenceMutationVariables>;
export const EditUpsertInvolvementDocument = new TypedDocumentString(`
    mutation EditUpsertInvolvement($input: InvolvementInput!) {
  upsertInvolvement(input: $input) {
    role
  }
}
    `) as unknown as TypedDocumentString<EditUpsertInvolvementMutation, EditUpsertInvolvementMutationVariables>;
export const EditUpsertOutcomeDocument = new TypedDocumentString(`
    mutation EditUpsertOutcome($input: OutcomeInput!) {
  upsertOutcome(input: $input) {
    kind
  }
}
    `) as unknown as TypedDocumentString<EditUpsertOutcomeMutation, EditUpsertOutcomeMutationVariables>;
export const ExplorerSliceDocument = new TypedDocumentString(`
    query ExplorerSlice($filter: SliceFilter, $limit: Int) {
  sliceLayout(filter: $filter, limit: $limit) {
    nodeCount
    millis
    positions {
      id
      x
      y
    }
    slice {
      ...SliceParts
    }
  }
}
    fragment SliceParts on NetworkSlice {
  truncated
  nodes {
    id
    entityId
    kind
    label
    actorKind
    region
    startedOn
    status
    themes
  }
  edges {
    id
    kind
    source
    target
    mode
    weight
    role
    on
    evidence
    confidence
  }
}`) as unknown as TypedDocumentString<ExplorerSliceQuery, ExplorerSliceQueryVariables>;
export const FilterOptionsDocument = new TypedDocumentString(`
    query FilterOptions {
  regions
  themes
}
    `) as unknown as TypedDocumentString<FilterOptionsQuery, FilterOptionsQueryVariables>;
export const InitiativeDetailsDocument = new TypedDocumentString(`
    query InitiativeDetails($id: ID!) {
  initiative(id: $id) {
    id
    name
    description
    region
    status
    startedOn
    themes
    characteristics {
      characteristic
      score
      evidence
    }
    actors {
      role
      since
      actor {
        id
        name
        kind
      }
    }
    amplificationsIn {
      mode
      on
      evidence
      mechanisms
      from {
        id
        name
      }
    }
    amplificationsOut {
      mode
      on
      evidence
      mechanisms
      to {
        id
        name
      }
    }
    outcomes {
      kind
      name
      on
    }
    barriers {
      barrier
      overcome
      note
      on
    }
  }
}
    `) as unknown as TypedDocumentString<InitiativeDetailsQuery, InitiativeDetailsQueryVariables>;
export const IntroductionGainsDocument = new TypedDocumentString(`
    query IntroductionGains($initiativeId: ID!, $candidateIds: [ID!]!, $runs: Int!) {
  introductionGains(
    initiativeId: $initiativeId
    candidateIds: $candidateIds
    runs: $runs
  ) {
    gains {
      initiative {
        id
      }
      reachWithout
      reachWith
      gain {
        mean
        low
        high
      }
    }
    manifest {
      citeAs
    }
  }
}
    `) as unknown as TypedDocumentString<IntroductionGainsQuery, IntroductionGainsQueryVariables>;
export const IsolatedInitiativesDocument = new TypedDocumentString(`
    query IsolatedInitiatives {
  isolatedInitiatives(suggestions: 1) {
    initiative {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<IsolatedInitiativesQuery, IsolatedInitiativesQueryVariables>;
export const LayoutAsOfDocument = new TypedDocumentString(`
    query LayoutAsOf($date: Date!) {
  networkStatsAsOf(date: $date) {
    initiatives
  }
}
    `) as unknown as TypedDocumentString<LayoutAsOfQuery, LayoutAsOfQueryVariables>;
export const LayoutTimelineDocument = new TypedDocumentString(`
    query LayoutTimeline {
  networkSeries(period: YEAR) {
    points {
      period
      asOf
      initiatives
    }
  }
  networkStats {
    initiatives
  }
}
    `) as unknown as TypedDocumentString<LayoutTimelineQuery, LayoutTimelineQueryVariables>;
export const MapDataDocument = new TypedDocumentString(`
    query MapData {
  initiativePlaces {
    id
    latitude
    longitude
  }
  mapSettings {
    styleUrl
    regionBoundaries
  }
}
    `) as unknown as TypedDocumentString<MapDataQuery, MapDataQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    name
    role
    source
    credentialId
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const NeighbourhoodDocument = new TypedDocumentString(`
    query Neighbourhood($id: ID!, $kind: NodeKind, $depth: Int) {
  neighbourhood(id: $id, kind: $kind, depth: $depth) {
    ...SliceParts
  }
}
    fragment SliceParts on NetworkSlice {
  truncated
  nodes {
    id
    entityId
    kind
    label
    actorKind
    region
    startedOn
    status
    themes
  }
  edges {
    id
    kind
    source
    target
    mode
    weight
    role
    on
    evidence
    confidence
  }
}`) as unknown as TypedDocumentString<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
export const NetworkDiffDocument = new TypedDocumentString(`
    query NetworkDiff($from: ChangePointInput!, $to: ChangePointInput, $limit: Int!) {
  networkDiff(from: $from, to: $to, limit: $limit) {
    from {
      seq
      at
    }
    to {
      seq
      at
    }
    changeSets
    figures {
      initiatives {
        before
        after
      }
      actors {
        before
        after
      }
      relations {
        before
        after
      }
      isolates {
        before
        after
      }
      components {
        before
        after
      }
      bridges {
        before
        after
      }
      brokers {
        before
        after
      }
    }
    initiatives {
      ...DiffSectionParts
    }
    actors {
      ...DiffSectionParts
    }
    relations {
      ...DiffSectionParts
    }
    isolatesAppeared {
      ...DiffNodeParts
    }
    isolatesTied {
      ...DiffNodeParts
    }
    componentsMerged {
      size
      parts
      representatives
    }
    componentsSplit {
      size
      parts
      representatives
    }
    bridgesGained {
      a
      b
    }
    bridgesLost {
      a
      b
    }
    brokersGained {
      ...DiffNodeParts
    }
    brokersLost {
      ...DiffNodeParts
    }
  }
}
    fragment DiffSectionParts on DiffSection {
  added
  removed
  changed
  items {
    key
    kind
    action
    label
    nodeIds
    before
    after
    fields {
      field
      before
      after
    }
  }
}
fragment DiffNodeParts on DiffNode {
  id
  name
  region
}`) as unknown as TypedDocumentString<NetworkDiffQuery, NetworkDiffQueryVariables>;
export const NetworkSliceDocument = new TypedDocumentString(`
    query NetworkSlice($filter: SliceFilter, $limit: Int) {
  networkSlice(filter: $filter, limit: $limit) {
    ...SliceParts
  }
}
    fragment SliceParts on NetworkSlice {
  truncated
  nodes {
    id
    entityId
    kind
    label
    actorKind
    region
    startedOn
    status
    themes
  }
  edges {
    id
    kind
    source
    target
    mode
    weight
    role
    on
    evidence
    confidence
  }
}`) as unknown as TypedDocumentString<NetworkSliceQuery, NetworkSliceQueryVariables>;
export const NetworkStatsDocument = new TypedDocumentString(`
    query NetworkStats {
  networkStats {
    initiatives
    actors
    involvements
    influences
    amplifications
    components
    isolatedInitiatives
  }
}
    `) as unknown as TypedDocumentString<NetworkStatsQuery, NetworkStatsQueryVariables>;
export const NodeHistoryDocument = new TypedDocumentString(`
    query NodeHistory($id: ID!, $first: Int!, $after: String) {
  changes(entityId: $id, first: $first, after: $after) {
    edges {
      node {
        seq
        at
        who
        operation
        summary
        undoes
        undoneBy
        entries(entityId: $id, first: 20) {
          totalCount
          items {
            key
            kind
            action
            label
            fields {
              field
              before
              after
            }
          }
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<NodeHistoryQuery, NodeHistoryQueryVariables>;
export const NullModelDocument = new TypedDocumentString(`
    query NullModel($graph: NullGraph!, $measures: [NullMeasure!], $replicates: Int!) {
  nullModel(graph: $graph, measures: $measures, replicates: $replicates) {
    replicates
    swapsPerEdge
    bands {
      measure
      observed
      nullMean
      low
      high
      z
      p
      bins {
        bin
        cascades
        observed
        nullMean
        low
        high
        z
        p
      }
    }
    manifest {
      citeAs
    }
  }
}
    `) as unknown as TypedDocumentString<NullModelQuery, NullModelQueryVariables>;
export const PendingProposalCountDocument = new TypedDocumentString(`
    query PendingProposalCount {
  pendingProposalCount
}
    `) as unknown as TypedDocumentString<PendingProposalCountQuery, PendingProposalCountQueryVariables>;
export const PendingProposalsDocument = new TypedDocumentString(`
    query PendingProposals {
  proposals(status: PENDING, first: 100) {
    id
    initiativeId
    contactName
    contactEmail
    message
    submittedAt
  }
}
    `) as unknown as TypedDocumentString<PendingProposalsQuery, PendingProposalsQueryVariables>;
export const PeriodOverviewDocument = new TypedDocumentString(`
    query PeriodOverview($days: Int, $year: Int, $region: String) {
  periodOverview(days: $days, year: $year, region: $region) {
    from
    to
    region
    months
    dates {
      newest
      years
      today
    }
    start {
      asOf
      initiatives
      amplifications
      isolated
      components
      largestComponent
    }
    end {
      asOf
      initiatives
      amplifications
      isolated
      components
      largestComponent
    }
    modesByMonth {
      month
      deepening
      broadening
      spreading
    }
    regions {
      region
      start {
        initiatives
        isolated
        components
      }
      end {
        initiatives
        isolated
        components
      }
    }
    largestCascades {
      root {
        id
        name
        region
      }
      size
      sizeAtStart
      joined
      depth
      regionsReached
    }
    fastestCascades {
      root {
        id
        name
        region
      }
      size
      sizeAtStart
      joined
      depth
      regionsReached
    }
  }
}
    `) as unknown as TypedDocumentString<PeriodOverviewQuery, PeriodOverviewQueryVariables>;
export const ProposalReviewDocument = new TypedDocumentString(`
    query ProposalReview($id: ID!) {
  proposal(id: $id) {
    id
    initiativeId
    contactName
    contactEmail
    message
    status
    submittedAt
    review {
      stale
      laterEdits
      initiativeDeleted
      changes {
        kind
        key
        action
        stale
        fields {
          field
          current
          proposed
          stale
        }
      }
      duplicates {
        newId
        kind
        name
        region
        candidates {
          id
          name
          region
        }
      }
      labels {
        key
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProposalReviewQuery, ProposalReviewQueryVariables>;
export const RadarHealthDocument = new TypedDocumentString(`
    query RadarHealth($region: String) {
  networkSeries(period: YEAR, region: $region) {
    region
    points {
      period
      asOf
      initiatives
      isolates
      isolateShare
      components
      largestComponent
      largestShare
    }
  }
}
    `) as unknown as TypedDocumentString<RadarHealthQuery, RadarHealthQueryVariables>;
export const RadarIsolatesDocument = new TypedDocumentString(`
    query RadarIsolates($region: String!, $suggestions: Int!) {
  isolatedInitiatives(region: $region, suggestions: $suggestions) {
    initiative {
      id
      name
      themes
      startedOn
      status
    }
    suggestions {
      score
      reasonDetails {
        __typename
        ... on CommonPartnersReason {
          count
        }
        ... on ActorInfluenceReason {
          actorHereId
          actorHere
          actorThereId
          actorThere
        }
        ... on SharedThemeReason {
          theme
          region
          sameRegion
        }
        ... on BarrierMatchReason {
          barrier
        }
      }
      initiative {
        id
        name
        region
        themes
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RadarIsolatesQuery, RadarIsolatesQueryVariables>;
export const RadarRegionsDocument = new TypedDocumentString(`
    query RadarRegions {
  tieStructure {
    regions {
      region
      initiatives
      isolates
      pendants
      components
      largestComponentShare
      density
    }
  }
}
    `) as unknown as TypedDocumentString<RadarRegionsQuery, RadarRegionsQueryVariables>;
export const RadarWeakTiesDocument = new TypedDocumentString(`
    query RadarWeakTies($region: String!, $suggestions: Int!) {
  weaklyTiedInitiatives(region: $region, suggestions: $suggestions) {
    initiative {
      id
      name
      themes
      startedOn
      status
    }
    tiedTo {
      id
      name
      region
    }
    suggestions {
      score
      reasonDetails {
        __typename
        ... on CommonPartnersReason {
          count
        }
        ... on ActorInfluenceReason {
          actorHereId
          actorHere
          actorThereId
          actorThere
        }
        ... on SharedThemeReason {
          theme
          region
          sameRegion
        }
        ... on BarrierMatchReason {
          barrier
        }
      }
      initiative {
        id
        name
        region
        themes
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RadarWeakTiesQuery, RadarWeakTiesQueryVariables>;
export const RankingActorsDocument = new TypedDocumentString(`
    query RankingActors($first: Int!, $measure: CentralityMeasure!) {
  actorRankingDetails(first: $first, measure: $measure) {
    measure
    exact
    samples
    items {
      rank
      score
      actor {
        id
        name
        kind
        region
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RankingActorsQuery, RankingActorsQueryVariables>;
export const RankingCommunitiesDocument = new TypedDocumentString(`
    query RankingCommunities($graph: CommunityGraph!) {
  communities(graph: $graph) {
    graph
    count
    modularity
    communities {
      id
      size
      regions {
        name
        count
      }
      themes {
        name
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RankingCommunitiesQuery, RankingCommunitiesQueryVariables>;
export const RankingInitiativesDocument = new TypedDocumentString(`
    query RankingInitiatives($first: Int!, $measure: CentralityMeasure!) {
  initiativeRanking(first: $first, measure: $measure) {
    measure
    exact
    samples
    items {
      rank
      score
      initiative {
        id
        name
        region
        themes
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RankingInitiativesQuery, RankingInitiativesQueryVariables>;
export const RejectProposalDocument = new TypedDocumentString(`
    mutation RejectProposal($id: ID!, $note: String!) {
  rejectProposal(id: $id, note: $note) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RejectProposalMutation, RejectProposalMutationVariables>;
export const RevokeCredentialDocument = new TypedDocumentString(`
    mutation RevokeCredential($id: ID!) {
  revokeCredential(id: $id) {
    id
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<RevokeCredentialMutation, RevokeCredentialMutationVariables>;
export const RevokeUpdateLinkDocument = new TypedDocumentString(`
    mutation RevokeUpdateLink($id: ID!) {
  revokeUpdateLink(id: $id) {
    id
    active
  }
}
    `) as unknown as TypedDocumentString<RevokeUpdateLinkMutation, RevokeUpdateLinkMutationVariables>;
export const SimulateSpreadDocument = new TypedDocumentString(`
    query SimulateSpread($seeds: [ID!]!, $model: SpreadModel!, $probability: Float, $runs: Int!, $addTies: [TieInput!]) {
  simulateSpread(
    seeds: $seeds
    model: $model
    probability: $probability
    runs: $runs
    addTies: $addTies
  ) {
    runs
    steps
    probability
    edges
    estimated {
      mode
      probability
    }
    reach {
      mean
      low
      high
    }
    curve {
      step
      mean
      low
      high
    }
    regions {
      region
      share
    }
    comparison {
      withTies {
        mean
        low
        high
      }
      curve {
        step
        mean
        low
        high
      }
      gain {
        mean
        low
        high
        gainedShare
      }
    }
    manifest {
      citeAs
    }
  }
}
    `) as unknown as TypedDocumentString<SimulateSpreadQuery, SimulateSpreadQueryVariables>;
export const UndoChangeDocument = new TypedDocumentString(`
    mutation UndoChange($seq: Int!) {
  undoChange(seq: $seq) {
    seq
    summary
    undoes
  }
}
    `) as unknown as TypedDocumentString<UndoChangeMutation, UndoChangeMutationVariables>;
export const UpdateLinksDocument = new TypedDocumentString(`
    query UpdateLinks($initiativeId: ID!) {
  updateLinks(initiativeId: $initiativeId) {
    id
    createdAt
    createdBy
    expiresAt
    lastUsedAt
    revokedAt
    revokedBy
    active
  }
}
    `) as unknown as TypedDocumentString<UpdateLinksQuery, UpdateLinksQueryVariables>;
