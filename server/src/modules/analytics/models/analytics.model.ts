import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AmplificationModeEnum } from '../../../common/graphql/enums.js';
import { DateScalar } from '../../../common/graphql/date.scalar.js';
import type { AmplificationMode } from '../../../domain/network.types.js';
import type { SuggestionReason as SuggestionReasonValue } from '../../../domain/suggestion-reasons.js';
import { Actor, Initiative } from '../../entities/models/entity.model.js';
import { SuggestionReason } from './suggestion-reason.model.js';
import { Manifest } from '../../../common/graphql/manifest.model.js';

// GraphQL types of the analytics (docs/api-contract.graphql pins Cascade, ModeCounts,
// ConnectionSuggestion, IsolationReport, RankedActor; the rest stands beside them).

export const CentralityMeasureEnum = {
  DEGREE: 'DEGREE',
  PAGERANK: 'PAGERANK',
  BETWEENNESS: 'BETWEENNESS',
  CLOSENESS: 'CLOSENESS',
} as const;
export type CentralityMeasureValue = keyof typeof CentralityMeasureEnum;
registerEnumType(CentralityMeasureEnum, {
  name: 'CentralityMeasure',
  description:
    'DEGREE, PAGERANK, BETWEENNESS as in actorRanking; CLOSENESS (networkx closeness_centrality, wf_improved)',
});

export const CascadeSortEnum = {
  SIZE: 'SIZE',
  DEPTH: 'DEPTH',
  STRUCTURAL_VIRALITY: 'STRUCTURAL_VIRALITY',
  REGIONS_REACHED: 'REGIONS_REACHED',
} as const;
registerEnumType(CascadeSortEnum, { name: 'CascadeSort' });

@ObjectType({ description: 'counts of amplification edges (of the chosen modes) with both ends in the cascade' })
export class ModeCounts {
  @Field(() => Int) deepening: number;
  @Field(() => Int) broadening: number;
  @Field(() => Int) spreading: number;
}

@ObjectType()
export class NameCount {
  @Field(() => String) name: string;
  @Field(() => Int) count: number;
}

@ObjectType({ description: 'initiatives that joined a cascade in one month (by startedOn)' })
export class AdoptionPoint {
  @Field(() => String, { description: 'YYYY-MM' }) month: string;
  @Field(() => Int) joined: number;
  @Field(() => Int) cumulative: number;
}

@ObjectType()
export class CascadeNode {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: 'shortest hop distance from the root' }) generation: number;
  @Field() name: string;
  @Field(() => String, { nullable: true }) region: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'when the initiative started' }) startedOn: string | null;
}

@ObjectType()
export class CascadeEdge {
  @Field(() => ID) from: string;
  @Field(() => ID) to: string;
  @Field(() => AmplificationModeEnum) mode: AmplificationMode;
  @Field(() => DateScalar, { nullable: true, description: 'when the amplification happened' }) on: string | null;
}

@ObjectType()
export class Cascade {
  @Field(() => Initiative) root: Initiative;
  @Field(() => Int, {
    description: "initiatives reachable from the root along A's edges (of the chosen modes), root included",
  })
  size: number;
  @Field(() => Int, { description: 'largest shortest-hop distance from the root' }) depth: number;
  @Field(() => Int, { description: 'largest number of cascade initiatives at one distance from the root' })
  maxBreadth: number;
  @Field(() => [Int], {
    description: 'generations[d] = number of cascade initiatives at distance d; generations[0] = 1',
  })
  generations: number[];
  @Field(() => Float, {
    description:
      "mean shortest-path distance over all unordered pairs of cascade initiatives, in the undirected graph induced on them by A's edges of the chosen modes; 0 when size = 1",
  })
  structuralVirality: number;
  @Field(() => Int, { description: 'distinct non-empty regions among cascade initiatives' }) regionsReached: number;
  @Field(() => ModeCounts) byMode: ModeCounts;
  @Field(() => String, { description: "size bin ('2–4', '5–9', … '100+'): compare structural virality within one bin" })
  sizeBin: string;
  @Field(() => [NameCount], { description: 'regions of cascade initiatives, most first' }) regions: NameCount[];
  @Field(() => [NameCount], { description: 'themes of cascade initiatives, most first' }) themes: NameCount[];
  @Field(() => Float, { description: 'Shannon entropy (bits) of the cascade over regions' }) regionEntropy: number;
  @Field(() => Float, { description: 'Shannon entropy (bits) of the cascade over themes' }) themeEntropy: number;
  @Field(() => [Int], {
    nullable: 'items',
    description: 'days from the root start to the first initiative of each generation; null where dates are missing',
  })
  timeToGeneration: (number | null)[];
  @Field(() => [AdoptionPoint], { description: 'initiatives joined per month, cumulative' })
  adoptionCurve: AdoptionPoint[];
  @Field(() => [CascadeNode], { description: 'the cascade for drawing: initiatives with their generation' })
  nodes: CascadeNode[];
  @Field(() => [CascadeEdge], { description: 'amplifications of the chosen modes among cascade initiatives' })
  edges: CascadeEdge[];
  @Field(() => Manifest, { description: 'the reproducibility receipt of this answer' }) manifest: Manifest;
}

@ObjectType({ description: 'one cascade in the list of all cascades' })
export class CascadeSummary {
  @Field(() => Initiative) root: Initiative;
  @Field(() => Int) size: number;
  @Field(() => Int) depth: number;
  @Field(() => Int) maxBreadth: number;
  @Field(() => Float) structuralVirality: number;
  @Field(() => Int) regionsReached: number;
  @Field(() => ModeCounts) byMode: ModeCounts;
  @Field(() => String, { description: 'compare cascades within one size bin (Juul & Ugander 2021)' }) sizeBin: string;
}

@ObjectType()
export class ConnectionSuggestion {
  @Field(() => Initiative) initiative: Initiative;
  @Field(() => Float) score: number;
  @Field(() => [String], {
    description: "human-readable reasons, e.g. 'same theme energy in Drenthe', '2 partners in common'",
  })
  reasons: string[];
  @Field(() => [SuggestionReason], {
    description: 'the same reasons as values, in the same order (reasons[i] phrases reasonDetails[i])',
  })
  reasonDetails: SuggestionReasonValue[];
}

@ObjectType()
export class IsolationReport {
  @Field(() => Initiative) initiative: Initiative;
  @Field(() => [ConnectionSuggestion]) suggestions: ConnectionSuggestion[];
}

@ObjectType({ description: 'an initiative with exactly one tie in T, the one it is tied to, and further partners' })
export class WeakTieReport {
  @Field(() => Initiative) initiative: Initiative;
  @Field(() => Initiative, { description: 'its only tie in T (shared actor or amplification)' }) tiedTo: Initiative;
  @Field(() => [ConnectionSuggestion], { description: 'suggested further partners, never tiedTo' })
  suggestions: ConnectionSuggestion[];
}

@ObjectType()
export class RankedActor {
  @Field(() => Int, { description: '1 = highest score; ties broken by actor id ascending' }) rank: number;
  @Field(() => Actor) actor: Actor;
  @Field(() => Float) score: number;
}

@ObjectType()
export class RankedInitiative {
  @Field(() => Int, { description: '1 = highest score; ties broken by initiative id ascending' }) rank: number;
  @Field(() => Initiative) initiative: Initiative;
  @Field(() => Float) score: number;
}

@ObjectType({ description: 'a ranking, and whether it is exact or estimated from sampled pivots' })
export class InitiativeRanking {
  @Field(() => CentralityMeasureEnum) measure: CentralityMeasureValue;
  @Field(() => Boolean) exact: boolean;
  @Field(() => Int, { nullable: true, description: 'pivots used when not exact (fixed seed)' }) samples: number | null;
  @Field(() => [RankedInitiative]) items: RankedInitiative[];
  @Field(() => Manifest, { description: 'the reproducibility receipt of this answer' }) manifest: Manifest;
}

@ObjectType({ description: 'actorRanking with whether the scores are exact or estimated from sampled pivots' })
export class ActorRankingDetails {
  @Field(() => CentralityMeasureEnum) measure: CentralityMeasureValue;
  @Field(() => Boolean) exact: boolean;
  @Field(() => Int, { nullable: true, description: 'pivots used when not exact (fixed seed)' }) samples: number | null;
  @Field(() => [RankedActor]) items: RankedActor[];
  @Field(() => Manifest, { description: 'the reproducibility receipt of this answer' }) manifest: Manifest;
}

@ObjectType({ description: 'an actor whose initiatives span several regions or themes' })
export class Broker {
  @Field(() => Int) rank: number;
  @Field(() => Actor) actor: Actor;
  @Field(() => [String]) regions: string[];
  @Field(() => [String]) themes: string[];
  @Field(() => Int) initiativeCount: number;
}

@ObjectType({ description: "one region's part of the tie graph T" })
export class RegionTieSummary {
  @Field(() => String) region: string;
  @Field(() => Int) initiatives: number;
  @Field(() => Int, { description: 'initiatives of the region with no tie in T' }) isolates: number;
  @Field(() => Int, { description: 'initiatives of the region with exactly one tie in T' }) pendants: number;
  @Field(() => Int, { description: "connected components of T restricted to the region's initiatives" })
  components: number;
  @Field(() => Float, { description: 'share of the region in its largest component' }) largestComponentShare: number;
  @Field(() => Float, { description: '2m/(n(n−1)) of T restricted to the region' }) density: number;
}

@ObjectType()
export class TieBridge {
  @Field(() => ID) a: string;
  @Field(() => ID) b: string;
}

@ObjectType({ description: 'what holds the tie graph T together, and where it would fall apart' })
export class TieStructure {
  @Field(() => Int, { description: 'edges of T' }) ties: number;
  @Field(() => Int) components: number;
  @Field(() => [Int], { description: 'component sizes, largest first' }) componentSizes: number[];
  @Field(() => Float) largestComponentShare: number;
  @Field(() => Int, { description: 'components of 2 to 5 initiatives' }) smallComponents: number;
  @Field(() => [ID], { description: 'initiatives with no tie' }) isolates: string[];
  @Field(() => [ID], { description: 'initiatives with exactly one tie' }) pendants: string[];
  @Field(() => [TieBridge], { description: 'ties whose removal splits a component' }) bridges: TieBridge[];
  @Field(() => [ID], { description: 'initiatives whose removal splits a component' }) articulationPoints: string[];
  @Field(() => [RegionTieSummary]) regions: RegionTieSummary[];
}

export const CommunityGraphEnum = { TIE: 'TIE', ACTOR: 'ACTOR' } as const;
export type CommunityGraphValue = keyof typeof CommunityGraphEnum;
registerEnumType(CommunityGraphEnum, {
  name: 'CommunityGraph',
  description: 'TIE: the initiative tie graph T; ACTOR: the actor graph G',
});

export const PeriodEnum = { MONTH: 'MONTH', YEAR: 'YEAR' } as const;
export type PeriodValue = keyof typeof PeriodEnum;
registerEnumType(PeriodEnum, { name: 'Period' });

@ObjectType()
export class CommunitySummary {
  @Field(() => Int, { description: '0 = largest' }) id: number;
  @Field(() => Int) size: number;
  @Field(() => [NameCount], {
    description: 'its three most common regions (of the initiatives for TIE, of the actors for ACTOR), most first',
  })
  regions: NameCount[];
  @Field(() => [NameCount], {
    description:
      'its three most common themes (of the initiatives for TIE; of the initiatives its actors take part in for ACTOR, once per actor), most first',
  })
  themes: NameCount[];
}

@ObjectType()
export class CommunityMembership {
  @Field(() => ID, { description: 'initiative or actor id' }) id: string;
  @Field(() => Int) community: number;
}

@ObjectType({ description: 'Louvain communities (fixed seed, deterministic), for colouring' })
export class Communities {
  @Field(() => CommunityGraphEnum) graph: CommunityGraphValue;
  @Field(() => Float) modularity: number;
  @Field(() => Int) count: number;
  @Field(() => [CommunitySummary], { description: 'largest first' }) communities: CommunitySummary[];
  @Field(() => [CommunityMembership]) members: CommunityMembership[];
}

@ObjectType({ description: 'the tie graph T as of the end of one period' })
export class PeriodStats {
  @Field(() => String, { description: 'YYYY-MM or YYYY' }) period: string;
  @Field(() => String, { description: 'last day of the period (YYYY-MM-DD)' }) asOf: string;
  @Field(() => Int) initiatives: number;
  @Field(() => Int) ties: number;
  @Field(() => Int) isolates: number;
  @Field(() => Float) isolateShare: number;
  @Field(() => Int) components: number;
  @Field(() => Int) largestComponent: number;
  @Field(() => Float) largestShare: number;
  @Field(() => Float) density: number;
}

@ObjectType({ description: 'network health over time, for the whole network or one region' })
export class NetworkSeries {
  @Field(() => PeriodEnum) period: PeriodValue;
  @Field(() => String, { nullable: true }) region: string | null;
  @Field(() => [PeriodStats]) points: PeriodStats[];
}
