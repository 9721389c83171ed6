import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../../common/graphql/date.scalar.js';
import {
  ActorKindEnum,
  AmplificationModeEnum,
  BarrierKindEnum,
  CharacteristicEnum,
  InitiativeStatusEnum,
  MechanismEnum,
  OutcomeKindEnum,
} from '../../../common/graphql/enums.js';
import type * as N from '../../../domain/network.types.js';
import type * as T from './entities.types.js';

// The entity object types. `Initiative { id name region themes startedOn }` and
// `Actor { id name kind }` are fixed by docs/api-contract.graphql; the rest is added beside them.
// Relation fields (Initiative.actors, Actor.initiatives …) are resolved in the resolvers.
// Other modules that return initiatives or actors (cascades, rankings) should use these classes.

@ObjectType({ description: 'One of the seven characteristics of a small win, scored 0–3, with evidence.' })
export class CharacteristicScore implements N.CharacteristicScore {
  @Field(() => CharacteristicEnum) characteristic: N.Characteristic;
  @Field(() => Int, { description: '0 absent, 1 weak, 2 clear, 3 strong' }) score: number;
  @Field(() => String, { nullable: true }) evidence?: string | null;
}

@ObjectType({ description: 'A small-wins initiative.' })
export class Initiative implements T.InitiativeRecord {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true }) region: string | null;
  @Field(() => [String]) themes: string[];
  @Field(() => DateScalar, { nullable: true }) startedOn: string | null;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => InitiativeStatusEnum, { nullable: true }) status: N.InitiativeStatus | null;
  @Field(() => Float, { nullable: true }) latitude: number | null;
  @Field(() => Float, { nullable: true }) longitude: number | null;
  @Field(() => [CharacteristicScore], { description: 'the characteristics scored so far (absent ones are left out)' })
  characteristics: CharacteristicScore[];
}

@ObjectType({ description: 'An organisation or person involved in initiatives.' })
export class Actor implements T.ActorRecord {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => ActorKindEnum, { nullable: true }) kind: N.ActorKind | null;
  @Field(() => String, { nullable: true }) region: string | null;
}

@ObjectType({ description: '(Actor)-[:INVOLVED_IN {role, since, until}]->(Initiative)' })
export class Involvement implements T.InvolvementRecord {
  @Field(() => Actor) actor: Actor;
  @Field(() => Initiative) initiative: Initiative;
  @Field(() => String, { nullable: true }) role: string | null;
  @Field(() => DateScalar, { nullable: true }) since: string | null;
  @Field(() => DateScalar, { nullable: true }) until: string | null;
}

@ObjectType({ description: '(Actor)-[:INFLUENCES {weight, since}]->(Actor)' })
export class Influence implements T.InfluenceRecord {
  @Field(() => Actor) from: Actor;
  @Field(() => Actor) to: Actor;
  @Field(() => Float, { description: '> 0, default 1' }) weight: number;
  @Field(() => DateScalar, { nullable: true }) since: string | null;
}

@ObjectType({ description: 'from = the source win, to = the initiative that deepens, broadens or spreads it' })
export class Amplification implements T.AmplificationRecord {
  @Field(() => Initiative) from: Initiative;
  @Field(() => Initiative) to: Initiative;
  @Field(() => AmplificationModeEnum) mode: N.AmplificationMode;
  @Field(() => DateScalar, { nullable: true }) on: string | null;
  @Field(() => String, { nullable: true }) evidence: string | null;
  @Field(() => Float, { nullable: true, description: '0..1' }) confidence: number | null;
  @Field(() => [MechanismEnum]) mechanisms: N.Mechanism[];
}

@ObjectType({ description: '(Initiative)-[:ACHIEVES {date}]->(Outcome): a law, instrument, collaboration …' })
export class Outcome implements T.OutcomeRecord {
  @Field(() => Initiative) initiative: Initiative;
  @Field(() => OutcomeKindEnum) kind: N.OutcomeKind;
  @Field(() => String, { nullable: true }) name: string | null;
  @Field(() => DateScalar, { nullable: true }) on: string | null;
}

@ObjectType({ description: 'A barrier an initiative faces; overcome = it broke it (on = when).' })
export class BarrierFaced implements T.BarrierRecord {
  @Field(() => Initiative) initiative: Initiative;
  @Field(() => BarrierKindEnum) barrier: N.BarrierKind;
  @Field(() => Boolean) overcome: boolean;
  @Field(() => DateScalar, { nullable: true }) on: string | null;
  @Field(() => String, { nullable: true }) note: string | null;
}

@ObjectType()
export class RelationCount implements T.RelationCount {
  @Field(() => String, { description: 'relationship type, e.g. INVOLVED_IN' }) type: string;
  @Field(() => Int) count: number;
}

@ObjectType({ description: 'What a delete removed: the node or relation, and the relations that went with it.' })
export class DeleteResult implements T.DeleteOutcome {
  @Field(() => ID, {
    description: 'the deleted entity id, or the relation key (as GraphEdge.id where the relation is drawn)',
  })
  id: string;
  @Field(() => String, { description: 'Initiative, Actor, or the relationship type' }) kind: string;
  @Field(() => [RelationCount]) removedRelations: RelationCount[];
}
