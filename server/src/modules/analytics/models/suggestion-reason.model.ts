import { createUnionType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { BarrierKindEnum } from '../../../common/graphql/enums.js';
import type { BarrierKind } from '../../../domain/network.types.js';
import type { SuggestionReason as SuggestionReasonValue } from '../../../domain/suggestion-reasons.js';

// The reasons of a ConnectionSuggestion as values (domain/suggestion-reasons.ts), so a client can
// phrase them in its own language; `ConnectionSuggestion.reasons` has the same in English.

@ObjectType({ description: 'the two initiatives share partners: initiatives both are tied to in T' })
export class CommonPartnersReason {
  @Field(() => Int, { description: 'how many tie-graph neighbours they have in common' }) count: number;
}

@ObjectType({
  description: 'an actor of this initiative and an actor of the suggested one influence each other (either direction)',
})
export class ActorInfluenceReason {
  @Field(() => ID, { description: 'id of the actor involved in this initiative' }) actorHereId: string;
  @Field(() => String, { description: 'name of the actor involved in this initiative' }) actorHere: string;
  @Field(() => ID, { description: 'id of the actor involved in the suggested initiative' }) actorThereId: string;
  @Field(() => String, { description: 'name of the actor involved in the suggested initiative' }) actorThere: string;
}

@ObjectType({ description: 'both initiatives address one theme' })
export class SharedThemeReason {
  @Field(() => String, { description: 'the theme they share' }) theme: string;
  @Field(() => String, {
    nullable: true,
    description: "the partner's region when it is another region (the boost for spreading across regions)",
  })
  region: string | null;
  @Field(() => Boolean, { description: 'both initiatives lie in the same region' }) sameRegion: boolean;
}

@ObjectType({ description: 'the suggested initiative overcame a barrier that this initiative faces' })
export class BarrierMatchReason {
  @Field(() => BarrierKindEnum, { description: 'the barrier' }) barrier: BarrierKind;
}

const REASON_TYPES = {
  COMMON_PARTNERS: CommonPartnersReason,
  ACTOR_INFLUENCE: ActorInfluenceReason,
  SHARED_THEME: SharedThemeReason,
  BARRIER_MATCH: BarrierMatchReason,
} as const satisfies Record<SuggestionReasonValue['kind'], unknown>;

export const SuggestionReason = createUnionType({
  name: 'SuggestionReason',
  description: 'why a partner is suggested, as values: one of the reasons that add up to the score',
  types: () => [CommonPartnersReason, ActorInfluenceReason, SharedThemeReason, BarrierMatchReason] as const,
  resolveType: (reason: SuggestionReasonValue) => REASON_TYPES[reason.kind],
});
