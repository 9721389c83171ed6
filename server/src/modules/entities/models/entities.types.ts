import type {
  ActorKind,
  AmplificationMode,
  BarrierKind,
  CharacteristicScore,
  InitiativeStatus,
  IsoDate,
  Mechanism,
  OutcomeKind,
} from '../../../domain/network.types.js';

/**
 * Plain domain objects the entity repositories return (Neo4j integers and dates already
 * converted). The GraphQL object classes in this folder implement these shapes.
 */

export interface InitiativeRecord {
  id: string;
  name: string;
  description: string | null;
  region: string | null;
  themes: string[];
  startedOn: IsoDate | null;
  status: InitiativeStatus | null;
  latitude: number | null;
  longitude: number | null;
  characteristics: CharacteristicScore[];
}

export interface ActorRecord {
  id: string;
  name: string;
  kind: ActorKind | null;
  region: string | null;
}

export interface InvolvementRecord {
  actor: ActorRecord;
  initiative: InitiativeRecord;
  role: string | null;
  since: IsoDate | null;
  until: IsoDate | null;
}

export interface InfluenceRecord {
  from: ActorRecord;
  to: ActorRecord;
  weight: number;
  since: IsoDate | null;
}

export interface AmplificationRecord {
  from: InitiativeRecord;
  to: InitiativeRecord;
  mode: AmplificationMode;
  on: IsoDate | null;
  evidence: string | null;
  confidence: number | null;
  mechanisms: Mechanism[];
}

export interface OutcomeRecord {
  initiative: InitiativeRecord;
  kind: OutcomeKind;
  name: string | null;
  on: IsoDate | null;
}

export interface BarrierRecord {
  initiative: InitiativeRecord;
  barrier: BarrierKind;
  overcome: boolean;
  on: IsoDate | null;
  note: string | null;
}

export interface RelationCount {
  type: string;
  count: number;
}

export interface DeleteOutcome {
  id: string;
  kind: string;
  removedRelations: RelationCount[];
}

export interface Page<T> {
  totalCount: number;
  items: T[];
  /** matching items after the page */
  hasNextPage: boolean;
  /** matching items before the page (up to and including the cursor's id) */
  hasPreviousPage: boolean;
}

export interface InitiativeFilterParams {
  region?: string | null;
  theme?: string | null;
  status?: InitiativeStatus | null;
  search?: string | null;
}

export interface ActorFilterParams {
  region?: string | null;
  kind?: ActorKind | null;
  search?: string | null;
}

export const NODE_KINDS = ['INITIATIVE', 'ACTOR'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const EDGE_KINDS = ['INVOLVED_IN', 'INFLUENCES', 'AMPLIFIES'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** A node of a drawn slice; `id` is `initiative:<id>` or `actor:<id>` so kinds never clash. */
export interface GraphNodeRecord {
  id: string;
  entityId: string;
  kind: NodeKind;
  label: string;
  region: string | null;
  themes: string[];
  status: InitiativeStatus | null;
  startedOn: IsoDate | null;
  actorKind: ActorKind | null;
}

export interface GraphEdgeRecord {
  id: string;
  source: string;
  target: string;
  kind: EdgeKind;
  mode: AmplificationMode | null;
  on: IsoDate | null;
  weight: number | null;
  evidence: string | null;
  confidence: number | null;
  role: string | null;
}

export interface NetworkSliceRecord {
  nodes: GraphNodeRecord[];
  edges: GraphEdgeRecord[];
  truncated: boolean;
}

/** What the slice queries return: entity rows and relation rows among a set of ids. */
export interface SubgraphRows {
  initiatives: {
    id: string;
    name: string;
    region: string | null;
    themes: string[] | null;
    status: InitiativeStatus | null;
    startedOn: IsoDate | null;
  }[];
  actors: { id: string; name: string; kind: ActorKind | null; region: string | null }[];
  involvements: { actorId: string; initiativeId: string; role: string | null; since: IsoDate | null }[];
  influences: { fromActorId: string; toActorId: string; weight: number | null; since: IsoDate | null }[];
  amplifications: {
    fromInitiativeId: string;
    toInitiativeId: string;
    mode: AmplificationMode;
    on: IsoDate | null;
    evidence: string | null;
    confidence: number | null;
  }[];
}

export interface SliceFilterParams {
  regions?: string[] | null;
  themes?: string[] | null;
  modes?: AmplificationMode[] | null;
  statuses?: InitiativeStatus[] | null;
  from?: IsoDate | null;
  to?: IsoDate | null;
  /** the network as it was on this date: only what had started, been dated or begun by then */
  asOf?: IsoDate | null;
  includeActors?: boolean | null;
}
