import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Manifest } from '../../../common/graphql/manifest.model.js';
import { DateScalar } from '../../../common/graphql/date.scalar.js';
import { Initiative } from '../../entities/models/entity.model.js';

// GraphQL types of the research toolkit: the introduction simulator, null-model bands, exposure
// and thresholds (definitions in docs/metrics.md).

export const SpreadModelEnum = {
  INDEPENDENT_CASCADE: 'INDEPENDENT_CASCADE',
  LINEAR_THRESHOLD: 'LINEAR_THRESHOLD',
  SUSCEPTIBLE_INFECTED: 'SUSCEPTIBLE_INFECTED',
} as const;
export type SpreadModelValue = keyof typeof SpreadModelEnum;
registerEnumType(SpreadModelEnum, {
  name: 'SpreadModel',
  description:
    'INDEPENDENT_CASCADE: each new adopter gets one chance per edge, with its probability. LINEAR_THRESHOLD: a node adopts when the share of its neighbours that adopted reaches its threshold (uniform in (0, 1], drawn per run). SUSCEPTIBLE_INFECTED: every step each adopter passes the win along each edge with its probability.',
});

export const SpreadGraphEnum = { TIE: 'TIE', AMPLIFICATION: 'AMPLIFICATION' } as const;
export type SpreadGraphValue = keyof typeof SpreadGraphEnum;
registerEnumType(SpreadGraphEnum, {
  name: 'SpreadGraph',
  description: 'TIE: the tie graph T, both ways. AMPLIFICATION: A, from the source win to its followers.',
});

export const NullGraphEnum = { TIE: 'TIE', ACTOR: 'ACTOR', AMPLIFICATION: 'AMPLIFICATION' } as const;
export type NullGraphValue = keyof typeof NullGraphEnum;
registerEnumType(NullGraphEnum, { name: 'NullGraph', description: 'T, G, or A (for the cascade figures)' });

export const RewireMethodEnum = { LAYERS: 'LAYERS', EDGES: 'EDGES' } as const;
export type RewireMethodValue = keyof typeof RewireMethodEnum;
registerEnumType(RewireMethodEnum, {
  name: 'RewireMethod',
  description:
    'LAYERS: swap what T and G are made of (involvements, amplification or influence pairs), keeping every actor’s and initiative’s number of each. EDGES: swap the edges of T or G itself, keeping every degree (so isolates never change).',
});

export const NullMeasureEnum = {
  ISOLATES: 'ISOLATES',
  COMPONENTS: 'COMPONENTS',
  LARGEST_COMPONENT_SHARE: 'LARGEST_COMPONENT_SHARE',
  MODULARITY: 'MODULARITY',
  MEAN_CLUSTERING: 'MEAN_CLUSTERING',
  MEAN_CASCADE_DEPTH: 'MEAN_CASCADE_DEPTH',
  MEAN_STRUCTURAL_VIRALITY: 'MEAN_STRUCTURAL_VIRALITY',
} as const;
export type NullMeasureValue = keyof typeof NullMeasureEnum;
registerEnumType(NullMeasureEnum, {
  name: 'NullMeasure',
  description: 'the first five on T or G, the cascade figures on A',
});

@InputType({ description: 'a tie to add between two initiatives' })
export class TieInput {
  @Field(() => ID) a: string;
  @Field(() => ID) b: string;
}

@ObjectType({ description: 'a tie between two initiatives' })
export class AddedTie {
  @Field(() => ID) a: string;
  @Field(() => ID) b: string;
}

@ObjectType({ description: 'final reach over the runs: mean, 90% interval (5th–95th percentile), extremes' })
export class ReachSummary {
  @Field(() => Float) mean: number;
  @Field(() => Float, { description: '5th percentile' }) low: number;
  @Field(() => Float, { description: '95th percentile' }) high: number;
  @Field(() => Int) min: number;
  @Field(() => Int) max: number;
}

@ObjectType({ description: 'initiatives reached after a step: mean and 90% interval over the runs' })
export class StepReach {
  @Field(() => Int, { description: '0 = the seeds' }) step: number;
  @Field(() => Float) mean: number;
  @Field(() => Float) low: number;
  @Field(() => Float) high: number;
}

@ObjectType({ description: 'how many runs ended with this reach' })
export class ReachCount {
  @Field(() => Int) reach: number;
  @Field(() => Int) runs: number;
}

@ObjectType()
export class RegionReach {
  @Field(() => String) region: string;
  @Field(() => Float, { description: 'initiatives of the region reached, mean over the runs' }) meanReached: number;
  @Field(() => Float, { description: 'share of runs that reached the region' }) share: number;
}

@ObjectType()
export class ReachedInitiative {
  @Field(() => Initiative) initiative: Initiative;
  @Field(() => Float, { description: 'share of runs that reached it' }) share: number;
}

@ObjectType({
  description:
    'reach with the added ties minus reach without, per run on the same random numbers: mean, its 90% confidence interval, and the share of runs it helped or hurt',
})
export class GainSummary {
  @Field(() => Float) mean: number;
  @Field(() => Float) low: number;
  @Field(() => Float) high: number;
  @Field(() => Float) gainedShare: number;
  @Field(() => Float) lostShare: number;
}

@ObjectType()
export class SpreadComparison {
  @Field(() => [AddedTie]) addedTies: AddedTie[];
  @Field(() => ReachSummary) withTies: ReachSummary;
  @Field(() => [StepReach]) curve: StepReach[];
  @Field(() => [ReachCount]) distribution: ReachCount[];
  @Field(() => GainSummary) gain: GainSummary;
}

@ObjectType({ description: 'p per mode: distinct pairs with an amplification of the mode / ties of T' })
export class ModeProbability {
  @Field(() => String) mode: string;
  @Field(() => Float) probability: number;
  @Field(() => Int) pairs: number;
  @Field(() => Int, { description: 'ties of T' }) ties: number;
}

@ObjectType({ description: 'the introduction simulator: N seeded runs of a spread model (docs/metrics.md)' })
export class SpreadSimulation {
  @Field(() => SpreadModelEnum) model: SpreadModelValue;
  @Field(() => SpreadGraphEnum) graph: SpreadGraphValue;
  @Field(() => Int) runs: number;
  @Field(() => Int) seed: number;
  @Field(() => Int) steps: number;
  @Field(() => [Initiative]) seeds: Initiative[];
  @Field(() => Float, { nullable: true, description: 'the one probability used, when given' })
  probability: number | null;
  @Field(() => [ModeProbability], { description: 'the estimated probabilities, when none was given' })
  estimated: ModeProbability[];
  @Field(() => Int, { description: 'directed edges of the graph run on' }) edges: number;
  @Field(() => ReachSummary) reach: ReachSummary;
  @Field(() => [StepReach]) curve: StepReach[];
  @Field(() => [ReachCount]) distribution: ReachCount[];
  @Field(() => [RegionReach]) regions: RegionReach[];
  @Field(() => [ReachedInitiative], { description: 'reached most often (seeds left out)' })
  topReached: ReachedInitiative[];
  @Field(() => SpreadComparison, { nullable: true, description: 'with the added ties, when there are any' })
  comparison: SpreadComparison | null;
  @Field(() => Manifest) manifest: Manifest;
}

@ObjectType({ description: 'what tying an initiative to a candidate would add to the reach of a win seeded there' })
export class IntroductionGain {
  @Field(() => Initiative) initiative: Initiative;
  @Field(() => Float) reachWithout: number;
  @Field(() => Float) reachWith: number;
  @Field(() => GainSummary) gain: GainSummary;
}

@ObjectType()
export class IntroductionGains {
  @Field(() => Initiative) initiative: Initiative;
  @Field(() => [IntroductionGain], { description: 'by mean gain, highest first' }) gains: IntroductionGain[];
  @Field(() => Manifest) manifest: Manifest;
}

@ObjectType({ description: 'an observed figure beside its null model' })
export class NullBandFigures {
  @Field(() => Float) observed: number;
  @Field(() => Float) nullMean: number;
  @Field(() => Float) nullSd: number;
  @Field(() => Float, { description: '2.5th percentile of the null' }) low: number;
  @Field(() => Float, { description: '97.5th percentile of the null' }) high: number;
  @Field(() => Float, {
    nullable: true,
    description: '(observed − null mean) / null sd; null when the null does not vary',
  })
  z: number | null;
  @Field(() => Float, { description: 'empirical two-sided p-value' }) p: number;
}

@ObjectType()
export class NullBinBand extends NullBandFigures {
  @Field(() => String) bin: string;
  @Field(() => Int, { description: 'observed cascades in the bin' }) cascades: number;
}

@ObjectType()
export class NullBand extends NullBandFigures {
  @Field(() => NullMeasureEnum) measure: NullMeasureValue;
  @Field(() => [NullBinBand], { description: 'cascade figures: per size bin' }) bins: NullBinBand[];
}

@ObjectType({ description: 'observed figures beside a degree-preserving rewired null model (docs/metrics.md)' })
export class NullModelReport {
  @Field(() => NullGraphEnum) graph: NullGraphValue;
  @Field(() => RewireMethodEnum) method: RewireMethodValue;
  @Field(() => Int) replicates: number;
  @Field(() => Int) swapsPerEdge: number;
  @Field(() => Int) seed: number;
  @Field(() => Int, { description: 'edges rewired per replicate' }) edges: number;
  @Field(() => Float, { description: 'share of swap attempts accepted' }) acceptedShare: number;
  @Field(() => [NullBand]) bands: NullBand[];
  @Field(() => Manifest) manifest: Manifest;
}

@ObjectType()
export class ExposureBin {
  @Field(() => Int, { description: '5 = five or more' }) exposure: number;
  @Field(() => Int) adoptions: number;
}

@ObjectType({ description: 'exposure at adoption and thresholds of the adopters with a theme ("" = all)' })
export class ExposureSummary {
  @Field(() => String) theme: string;
  @Field(() => Int) adoptions: number;
  @Field(() => Float) meanExposure: number;
  @Field(() => Float) medianExposure: number;
  @Field(() => Float, { description: 'adopted with no exposed tie neighbour' }) noneShare: number;
  @Field(() => Float, { description: 'adopted with exactly one (enough for a simple contagion)' }) singleShare: number;
  @Field(() => Float, { description: 'adopted with two or more (what a complex contagion needs)' })
  multipleShare: number;
  @Field(() => Float) meanThreshold: number;
  @Field(() => Float) medianThreshold: number;
  @Field(() => [ExposureBin]) histogram: ExposureBin[];
}

@ObjectType()
export class ExposureRow {
  @Field(() => ID) initiativeId: string;
  @Field(() => ID) rootId: string;
  @Field(() => Int) generation: number;
  @Field(() => DateScalar) adoptedOn: string;
  @Field(() => Int, { description: 'tie neighbours in the cascade that adopted before' }) exposure: number;
  @Field(() => Int, { description: 'ties in T' }) ties: number;
  @Field(() => Float, { description: 'exposure / ties' }) threshold: number;
}

@ObjectType({ description: 'exposure at adoption and thresholds (netdiffuseR’s definitions on T; docs/metrics.md)' })
export class ExposureReport {
  @Field(() => Int) cascades: number;
  @Field(() => Int) adoptions: number;
  @Field(() => Int, { description: 'adopters left out for want of a date' }) undated: number;
  @Field(() => ExposureSummary) overall: ExposureSummary;
  @Field(() => [ExposureSummary]) themes: ExposureSummary[];
  @Field(() => [ExposureRow]) rows: ExposureRow[];
  @Field(() => Manifest) manifest: Manifest;
}
