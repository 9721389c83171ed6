import { INPUT_LIMITS_NOTE } from '../../../domain/input-limits.js';
import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
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
import type * as T from '../../../domain/network.types.js';

// GraphQL input classes for importNetwork (docs/api-contract.graphql), mirroring network.types.ts.
// Validation of the rules (empty names, duplicates, weights, self-loops, references) is done by
// validateNetworkInput so that every problem is listed at once, with its path.

@InputType({ description: `One of the seven characteristics with its score 0–3 and evidence. ${INPUT_LIMITS_NOTE}` })
export class CharacteristicInput implements T.CharacteristicScore {
  @Field(() => CharacteristicEnum) characteristic: T.Characteristic;
  @Field(() => Int, { description: '0 absent, 1 weak, 2 clear, 3 strong' }) score: number;
  @Field(() => String, { nullable: true }) evidence?: string | null;
}

@InputType({ description: INPUT_LIMITS_NOTE })
export class InitiativeInput implements T.InitiativeInput {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true }) region?: string | null;
  @Field(() => [String], { nullable: true }) themes?: string[] | null;
  @Field(() => DateScalar, { nullable: true }) startedOn?: string | null;
  @Field(() => InitiativeStatusEnum, { nullable: true }) status?: T.InitiativeStatus | null;
  @Field(() => Float, { nullable: true }) latitude?: number | null;
  @Field(() => Float, { nullable: true }) longitude?: number | null;
  @Field(() => [CharacteristicInput], { nullable: true }) characteristics?: CharacteristicInput[] | null;
}

@InputType({ description: INPUT_LIMITS_NOTE })
export class ActorInput implements T.ActorInput {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => ActorKindEnum, { nullable: true }) kind?: T.ActorKind | null;
  @Field(() => String, { nullable: true }) region?: string | null;
}

@InputType({ description: INPUT_LIMITS_NOTE })
export class InvolvementInput implements T.InvolvementInput {
  @Field(() => ID) actorId: string;
  @Field(() => ID) initiativeId: string;
  @Field(() => String, { nullable: true }) role?: string | null;
  @Field(() => DateScalar, { nullable: true }) since?: string | null;
  @Field(() => DateScalar, { nullable: true }) until?: string | null;
}

@InputType({ description: `weight > 0, default 1 ${INPUT_LIMITS_NOTE}` })
export class InfluenceInput implements T.InfluenceInput {
  @Field(() => ID) fromActorId: string;
  @Field(() => ID) toActorId: string;
  @Field(() => Float, { nullable: true }) weight?: number | null;
  @Field(() => DateScalar, { nullable: true }) since?: string | null;
}

@InputType({
  description: `from = the source win, to = the initiative that deepens, broadens or spreads it ${INPUT_LIMITS_NOTE}`,
})
export class AmplificationInput implements T.AmplificationInput {
  @Field(() => ID) fromInitiativeId: string;
  @Field(() => ID) toInitiativeId: string;
  @Field(() => AmplificationModeEnum) mode: T.AmplificationMode;
  @Field(() => DateScalar, { nullable: true }) on?: string | null;
  @Field(() => String, { nullable: true }) evidence?: string | null;
  @Field(() => Float, { nullable: true, description: '0..1' }) confidence?: number | null;
  @Field(() => [MechanismEnum], { nullable: true }) mechanisms?: T.Mechanism[] | null;
}

@InputType({
  description: `(Initiative)-[:ACHIEVES]->(Outcome), unique per (initiative, kind, name) ${INPUT_LIMITS_NOTE}`,
})
export class OutcomeInput implements T.OutcomeInput {
  @Field(() => ID) initiativeId: string;
  @Field(() => OutcomeKindEnum) kind: T.OutcomeKind;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => DateScalar, { nullable: true }) on?: string | null;
}

@InputType({
  description: `a barrier an initiative faces; overcome = true when it broke it (on = when) ${INPUT_LIMITS_NOTE}`,
})
export class BarrierInput implements T.BarrierInput {
  @Field(() => ID) initiativeId: string;
  @Field(() => BarrierKindEnum) barrier: T.BarrierKind;
  @Field(() => Boolean, { nullable: true }) overcome?: boolean | null;
  @Field(() => DateScalar, { nullable: true }) on?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType({
  description: `A whole network; each section at most UPLOAD_MAX_ROWS rows (default 1,000,000). ${INPUT_LIMITS_NOTE}`,
})
export class NetworkInput implements T.NetworkInput {
  @Field(() => [InitiativeInput], { nullable: true }) initiatives?: InitiativeInput[] | null;
  @Field(() => [ActorInput], { nullable: true }) actors?: ActorInput[] | null;
  @Field(() => [InvolvementInput], { nullable: true }) involvements?: InvolvementInput[] | null;
  @Field(() => [InfluenceInput], { nullable: true }) influences?: InfluenceInput[] | null;
  @Field(() => [AmplificationInput], { nullable: true }) amplifications?: AmplificationInput[] | null;
  @Field(() => [OutcomeInput], { nullable: true }) outcomes?: OutcomeInput[] | null;
  @Field(() => [BarrierInput], { nullable: true }) barriers?: BarrierInput[] | null;
}
