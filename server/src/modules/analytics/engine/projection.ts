import type { ActorKind, AmplificationMode, BarrierKind } from '../../../domain/network.types.js';

/**
 * The whole network as the analytics engine sees it, loaded from Neo4j with one query per part
 * and turned into graphology graphs by the engine. Plain data: the engine's functions are pure
 * and unit-tested without a database.
 */
export interface InitiativeNode {
  id: string;
  name: string;
  region: string | null;
  themes: string[];
  /** YYYY-MM-DD */
  startedOn: string | null;
  /** score of AMPLIFICATION_POTENTIAL (0–3), when scored */
  potential: number | null;
}

export interface ActorNode {
  id: string;
  name: string;
  kind: ActorKind | null;
  region: string | null;
}

/** from = the source win, to = the initiative that deepens, broadens or spreads it */
export interface AmplificationEdge {
  from: string;
  to: string;
  mode: AmplificationMode;
  /** YYYY-MM-DD */
  on: string | null;
}

export interface InvolvementEdge {
  actorId: string;
  initiativeId: string;
  /** YYYY-MM-DD */
  since: string | null;
}

export interface InfluenceEdge {
  from: string;
  to: string;
  /** > 0 */
  weight: number;
}

export interface BarrierLink {
  initiativeId: string;
  barrier: BarrierKind;
  overcome: boolean;
}

export interface NetworkProjection {
  initiatives: InitiativeNode[];
  actors: ActorNode[];
  amplifications: AmplificationEdge[];
  involvements: InvolvementEdge[];
  influences: InfluenceEdge[];
  barriers: BarrierLink[];
}
