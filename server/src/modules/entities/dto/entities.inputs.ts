import { INPUT_LIMITS_NOTE } from '../../../domain/input-limits.js';
import { Field, Float, InputType } from '@nestjs/graphql';
import { DateScalar } from '../../../common/graphql/date.scalar.js';
import { ActorKindEnum, AmplificationModeEnum, InitiativeStatusEnum } from '../../../common/graphql/enums.js';
import { CharacteristicInput } from '../../network/models/network-input.model.js';
import type * as N from '../../../domain/network.types.js';
import type * as T from '../models/entities.types.js';

@InputType({ description: `All given conditions must hold. ${INPUT_LIMITS_NOTE}` })
export class InitiativeFilter implements T.InitiativeFilterParams {
  @Field(() => String, { nullable: true }) region?: string | null;
  @Field(() => String, { nullable: true, description: 'initiatives addressing this theme' }) theme?: string | null;
  @Field(() => InitiativeStatusEnum, { nullable: true }) status?: N.InitiativeStatus | null;
  @Field(() => String, { nullable: true, description: 'case-insensitive substring of the name or description' })
  search?: string | null;
}

@InputType({ description: `All given conditions must hold. ${INPUT_LIMITS_NOTE}` })
export class ActorFilter implements T.ActorFilterParams {
  @Field(() => String, { nullable: true }) region?: string | null;
  @Field(() => ActorKindEnum, { nullable: true }) kind?: N.ActorKind | null;
  @Field(() => String, { nullable: true, description: 'case-insensitive substring of the name' }) search?:
    string | null;
}

@InputType({
  description: `Which part of the network to draw; omitted or empty lists mean no restriction. ${INPUT_LIMITS_NOTE}`,
})
export class SliceFilter implements T.SliceFilterParams {
  @Field(() => [String], { nullable: true }) regions?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'initiatives addressing any of these themes' }) themes?:
    string[] | null;
  @Field(() => [AmplificationModeEnum], { nullable: true, description: 'amplification edges of these modes' })
  modes?: N.AmplificationMode[] | null;
  @Field(() => [InitiativeStatusEnum], { nullable: true }) statuses?: N.InitiativeStatus[] | null;
  @Field(() => DateScalar, { nullable: true, description: 'initiatives started on or after' }) from?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'initiatives started on or before' }) to?: string | null;
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'the network as of this date: initiatives started by then, amplifications, involvements and influences dated on or before it (undated ones count when both ends are there)',
  })
  asOf?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: true,
    description: 'add the actors involved, and influences among them',
  })
  includeActors?: boolean | null;
}

@InputType({ description: `Fields to change; an omitted field stays as it is, null clears it. ${INPUT_LIMITS_NOTE}` })
export class InitiativePatch implements Partial<N.InitiativeInput> {
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true }) region?: string | null;
  @Field(() => [String], { nullable: true }) themes?: string[] | null;
  @Field(() => DateScalar, { nullable: true }) startedOn?: string | null;
  @Field(() => InitiativeStatusEnum, { nullable: true }) status?: N.InitiativeStatus | null;
  @Field(() => Float, { nullable: true }) latitude?: number | null;
  @Field(() => Float, { nullable: true }) longitude?: number | null;
  @Field(() => [CharacteristicInput], { nullable: true, description: 'replaces all characteristic scores when given' })
  characteristics?: CharacteristicInput[] | null;
}

@InputType({ description: `Fields to change; an omitted field stays as it is, null clears it. ${INPUT_LIMITS_NOTE}` })
export class ActorPatch implements Partial<N.ActorInput> {
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => ActorKindEnum, { nullable: true }) kind?: N.ActorKind | null;
  @Field(() => String, { nullable: true }) region?: string | null;
}
