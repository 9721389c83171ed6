import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../../common/graphql/date.scalar.js';
import { Initiative } from '../../entities/models/entity.model.js';

// GraphQL types of the coordinators' period figures (utils/period-figures.ts says how each is counted).

@ObjectType({ description: 'the network as of one end of a period (undated initiatives count at both ends)' })
export class PeriodCounts {
  @Field(() => DateScalar, { description: 'the counts are of the network as of this date' }) asOf: string;
  @Field(() => Int) initiatives: number;
  @Field(() => Int) amplifications: number;
  @Field(() => Int, { description: 'initiatives with no tie in T' }) isolated: number;
  @Field(() => Int, { description: 'connected components of T, an isolated initiative counting as one' })
  components: number;
  @Field(() => Int, { description: 'initiatives in the largest component of T' }) largestComponent: number;
}

@ObjectType({ description: "a region's part of the network as of one end of a period" })
export class RegionCounts {
  @Field(() => Int) initiatives: number;
  @Field(() => Int, { description: 'initiatives of the region with no tie in T at all' }) isolated: number;
  @Field(() => Int, { description: "components of T restricted to the region's initiatives" }) components: number;
}

@ObjectType({ description: 'a region at the start and at the end of a period' })
export class RegionPeriod {
  @Field(() => String) region: string;
  @Field(() => RegionCounts, { description: 'as of the day before the period' }) start: RegionCounts;
  @Field(() => RegionCounts, { description: 'as of the last day of the period' }) end: RegionCounts;
}

@ObjectType({ description: 'amplifications dated in one month, by mode' })
export class ModeMonth {
  @Field(() => String, { description: 'YYYY-MM' }) month: string;
  @Field(() => Int) deepening: number;
  @Field(() => Int) broadening: number;
  @Field(() => Int) spreading: number;
}

@ObjectType({ description: 'a cascade that grew in a period (its root has no incoming amplification at the end)' })
export class PeriodCascade {
  @Field(() => Initiative) root: Initiative;
  @Field(() => Int, { description: 'initiatives in the cascade at the end of the period, root included' })
  size: number;
  @Field(() => Int, { description: 'at the start of the period (0 when the root was not there yet)' })
  sizeAtStart: number;
  @Field(() => Int, { description: 'initiatives that joined in the period (size − sizeAtStart)' }) joined: number;
  @Field(() => Int) depth: number;
  @Field(() => Int) regionsReached: number;
}

@ObjectType({ description: 'the dates of the data, for choosing a period' })
export class DataDates {
  @Field(() => DateScalar, {
    nullable: true,
    description: 'the newest date the data records (a start, an amplification, an involvement), not after today',
  })
  newest: string | null;
  @Field(() => [Int], { description: 'calendar years with a start or an amplification, newest first' })
  years: number[];
  @Field(() => DateScalar, { description: "the server's date" }) today: string;
}

@ObjectType({ description: 'what changed in a period, for the whole network or one region' })
export class PeriodOverview {
  @Field(() => DateScalar, { description: 'first day of the period' }) from: string;
  @Field(() => DateScalar, { description: 'last day of the period' }) to: string;
  @Field(() => String, { nullable: true }) region: string | null;
  @Field(() => DataDates) dates: DataDates;
  @Field(() => PeriodCounts, { description: 'the whole network as of the day before the period' }) start: PeriodCounts;
  @Field(() => PeriodCounts, { description: 'the whole network as of the last day' }) end: PeriodCounts;
  @Field(() => [ModeMonth], {
    description: 'amplifications dated in the period per month (with a region: those with an end in it)',
  })
  modesByMonth: ModeMonth[];
  @Field(() => [RegionPeriod], { description: 'every region (or the one asked for), by name' })
  regions: RegionPeriod[];
  @Field(() => [PeriodCascade], { description: 'cascades that grew in the period, largest at the end first' })
  largestCascades: PeriodCascade[];
  @Field(() => [PeriodCascade], { description: 'cascades that grew in the period, most joined first' })
  fastestCascades: PeriodCascade[];
  @Field(() => Float, { description: 'months in the period (days / 30.44), for rates' }) months: number;
}
