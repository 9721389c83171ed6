import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateScalar } from '../../../common/graphql/date.scalar.js';
import { ActorKindEnum, AmplificationModeEnum, InitiativeStatusEnum } from '../../../common/graphql/enums.js';
import type * as N from '../../../domain/network.types.js';
import { EDGE_KINDS, NODE_KINDS, type EdgeKind, type NodeKind } from './entities.types.js';
import type * as T from './entities.types.js';

export const NodeKindEnum = Object.fromEntries(NODE_KINDS.map((v) => [v, v])) as Record<NodeKind, NodeKind>;
export const EdgeKindEnum = Object.fromEntries(EDGE_KINDS.map((v) => [v, v])) as Record<EdgeKind, EdgeKind>;
registerEnumType(NodeKindEnum, { name: 'NodeKind' });
registerEnumType(EdgeKindEnum, { name: 'EdgeKind' });

@ObjectType({ description: 'A node to draw: an initiative or an actor.' })
export class GraphNode implements T.GraphNodeRecord {
  @Field(() => ID, { description: '`initiative:<id>` or `actor:<id>`, so the kinds never clash' }) id: string;
  @Field(() => ID, { description: 'the id of the initiative or actor' }) entityId: string;
  @Field(() => NodeKindEnum) kind: NodeKind;
  @Field(() => String) label: string;
  @Field(() => String, { nullable: true }) region: string | null;
  @Field(() => [String], { description: 'an initiative’s themes; empty for actors' }) themes: string[];
  @Field(() => InitiativeStatusEnum, { nullable: true }) status: N.InitiativeStatus | null;
  @Field(() => DateScalar, { nullable: true }) startedOn: string | null;
  @Field(() => ActorKindEnum, { nullable: true }) actorKind: N.ActorKind | null;
}

@ObjectType({ description: 'An edge to draw, between two GraphNode ids.' })
export class GraphEdge implements T.GraphEdgeRecord {
  @Field(() => ID) id: string;
  @Field(() => ID) source: string;
  @Field(() => ID) target: string;
  @Field(() => EdgeKindEnum) kind: EdgeKind;
  @Field(() => AmplificationModeEnum, { nullable: true, description: 'AMPLIFIES only' })
  mode: N.AmplificationMode | null;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'amplification date, or since for involvement and influence',
  })
  on: string | null;
  @Field(() => Float, { nullable: true, description: 'INFLUENCES only' }) weight: number | null;
  @Field(() => String, { nullable: true }) evidence: string | null;
  @Field(() => Float, { nullable: true }) confidence: number | null;
  @Field(() => String, { nullable: true, description: 'INVOLVED_IN only' }) role: string | null;
}

@ObjectType({ description: 'Part of the network, ready for Cytoscape.' })
export class NetworkSlice implements T.NetworkSliceRecord {
  @Field(() => [GraphNode]) nodes: GraphNode[];
  @Field(() => [GraphEdge]) edges: GraphEdge[];
  @Field(() => Boolean, { description: 'true when the node limit cut the slice short' }) truncated: boolean;
}
