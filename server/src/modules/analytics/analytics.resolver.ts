import { Args, ID, Int, Query, Resolver, Extensions } from '@nestjs/graphql';
import { ANALYTICS_FIELD } from '../../common/graphql/limits.plugin.js';
import { AppError } from '../../common/app-error.js';
import { DateScalar } from '../../common/graphql/date.scalar.js';
import { AmplificationModeEnum } from '../../common/graphql/enums.js';
import { ActorsService } from '../entities/actors.service.js';
import { InitiativesService } from '../entities/initiatives.service.js';
import type { Actor, Initiative } from '../entities/models/entity.model.js';
import type { AmplificationMode } from '../../domain/network.types.js';
import { AnalyticsService } from './analytics.service.js';
import { NetworkStats } from '../network/models/network-stats.model.js';
import { sizeBin, type CascadeSortBy } from './engine/cascade.js';
import type { ConnectionSuggestionResult } from './engine/isolation.js';
import { phraseSuggestionReason } from '../../domain/suggestion-reasons.js';
import { buildManifest, type Manifest, type ManifestInput } from '../../common/manifest.js';
import {
  ActorRankingDetails,
  Broker,
  Cascade,
  CascadeSortEnum,
  CascadeSummary,
  CentralityMeasureEnum,
  ConnectionSuggestion,
  InitiativeRanking,
  IsolationReport,
  WeakTieReport,
  RankedActor,
  TieStructure,
  Communities,
  CommunityGraphEnum,
  NetworkSeries,
  PeriodEnum,
  type CommunityGraphValue,
  type PeriodValue,
  type CentralityMeasureValue,
} from './models/analytics.model.js';

/** A suggestion of the engine as the API gives it: the reasons as values and in English. */
function connectionSuggestion(partner: Initiative, s: ConnectionSuggestionResult): ConnectionSuggestion {
  return {
    initiative: partner,
    score: s.score,
    reasons: s.reasons.map(phraseSuggestionReason),
    reasonDetails: s.reasons,
  };
}

function checkFirst(first: number, max = 1000): void {
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw AppError.badInput([{ path: 'first', message: `${first} is not allowed: use 1 to ${max}` }], 'arguments');
  }
}

/** Thin resolvers over AnalyticsService; nodes are hydrated in one query per answer. */
@Resolver()
export class AnalyticsResolver {
  constructor(
    private readonly analytics: AnalyticsService,
    private readonly initiatives: InitiativesService,
    private readonly actors: ActorsService,
  ) {}

  private async initiativeMap(ids: string[]): Promise<Map<string, Initiative>> {
    return this.initiatives.getMany(ids);
  }

  private async actorMap(ids: string[]): Promise<Map<string, Actor>> {
    return this.actors.getMany(ids);
  }

  /** The reproducibility receipt of an answer (common/manifest.ts). */
  private async receipt(input: Omit<ManifestInput, 'dataVersion'>): Promise<Manifest> {
    return buildManifest({ ...input, dataVersion: await this.analytics.dataVersion() });
  }

  @Extensions(ANALYTICS_FIELD)
  @Query(() => Cascade, {
    description:
      'The cascade of a root along amplification edges of the chosen modes (omitted or empty = all modes); unknown rootId is a NOT_FOUND error.',
  })
  async cascade(
    @Args('rootId', { type: () => ID }) rootId: string,
    @Args('modes', { type: () => [AmplificationModeEnum], nullable: true }) modes?: AmplificationMode[] | null,
  ): Promise<Cascade> {
    return this.analytics.answer(`cascade:${rootId}:${[...(modes ?? [])].sort().join(',')}`, async () => {
      const result = await this.analytics.cascade(rootId, modes);
      const root = (await this.initiativeMap([rootId])).get(rootId);
      if (!root) throw AppError.notFound('initiative', rootId);
      const manifest = await this.receipt({
        algorithm: 'cascade: breadth-first search along A from the root (docs/metrics.md, Cascades)',
        parameters: { rootId, modes: [...(modes ?? [])].sort() },
      });
      return { ...result, root, sizeBin: sizeBin(result.size), manifest };
    });
  }

  @Extensions(ANALYTICS_FIELD)
  @Query(() => [CascadeSummary], {
    description:
      'All cascades: roots are initiatives with no incoming amplification of the chosen modes, filtered by the root, sorted descending (ties by root id).',
  })
  async cascades(
    @Args('modes', { type: () => [AmplificationModeEnum], nullable: true }) modes?: AmplificationMode[] | null,
    @Args('region', { type: () => String, nullable: true }) region?: string | null,
    @Args('theme', { type: () => String, nullable: true }) theme?: string | null,
    @Args('from', { type: () => DateScalar, nullable: true }) from?: string | null,
    @Args('to', { type: () => DateScalar, nullable: true }) to?: string | null,
    @Args('sortBy', { type: () => CascadeSortEnum, defaultValue: 'SIZE' }) sortBy: CascadeSortBy = 'SIZE',
    @Args('first', { type: () => Int, defaultValue: 20 }) first = 20,
    @Args('minSize', {
      type: () => Int,
      defaultValue: 2,
      description: 'smallest cascade listed (2 = roots that amplified at least once)',
    })
    minSize = 2,
  ): Promise<CascadeSummary[]> {
    checkFirst(first);
    return this.analytics.answer(
      `cascades:${JSON.stringify({ modes: [...(modes ?? [])].sort(), region, theme, from, to, sortBy, first, minSize })}`,
      async () => {
        const list = await this.analytics.cascades({ modes, region, theme, from, to, sortBy, first, minSize });
        const roots = await this.initiativeMap(list.map((c) => c.rootId));
        return list.flatMap((c) => {
          const root = roots.get(c.rootId);
          return root ? [{ ...c, root }] : [];
        });
      },
    );
  }

  @Extensions(ANALYTICS_FIELD)
  @Query(() => [IsolationReport], {
    description:
      'Initiatives with no tie in T, optionally only those in a region / addressing a theme, each with suggested partners and the reasons.',
  })
  async isolatedInitiatives(
    @Args('region', { type: () => String, nullable: true }) region?: string | null,
    @Args('theme', { type: () => String, nullable: true }) theme?: string | null,
    @Args('suggestions', { type: () => Int, defaultValue: 5, description: 'suggestions per initiative' })
    suggestions = 5,
  ): Promise<IsolationReport[]> {
    checkFirst(suggestions, 50);
    return this.analytics.answer(`isolated:${region ?? ''}:${theme ?? ''}:${suggestions}`, async () => {
      const reports = await this.analytics.isolated(region, theme, suggestions);
      const nodes = await this.initiativeMap(
        reports.flatMap((r) => [r.initiativeId, ...r.suggestions.map((s) => s.initiativeId)]),
      );
      return reports.flatMap((r) => {
        const initiative = nodes.get(r.initiativeId);
        if (!initiative) return [];
        const found = r.suggestions.flatMap((s) => {
          const partner = nodes.get(s.initiativeId);
          return partner ? [connectionSuggestion(partner, s)] : [];
        });
        return [{ initiative, suggestions: found }];
      });
    });
  }

  @Extensions(ANALYTICS_FIELD)
  @Query(() => [WeakTieReport], {
    description:
      'Weakly tied initiatives: exactly one tie in T (one partner away from isolation), optionally in a region / addressing a theme, by id, each with that tie and suggested further partners with the reasons.',
  })
  async weaklyTiedInitiatives(
    @Args('region', { type: () => String, nullable: true }) region?: string | null,
    @Args('theme', { type: () => String, nullable: true }) theme?: string | null,
    @Args('suggestions', { type: () => Int, defaultValue: 5, description: 'suggestions per initiative' })
    suggestions = 5,
  ): Promise<WeakTieReport[]> {
    checkFirst(suggestions, 50);
    return this.analytics.answer(`weakly-tied:${region ?? ''}:${theme ?? ''}:${suggestions}`, async () => {
      const reports = await this.analytics.weaklyTied(region, theme, suggestions);
      const nodes = await this.initiativeMap(
        reports.flatMap((r) => [r.initiativeId, r.tiedToId, ...r.suggestions.map((s) => s.initiativeId)]),
      );
      return reports.flatMap((r) => {
        const initiative = nodes.get(r.initiativeId);
        const tiedTo = nodes.get(r.tiedToId);
        if (!initiative || !tiedTo) return [];
        const found = r.suggestions.flatMap((s) => {
          const partner = nodes.get(s.initiativeId);
          return partner ? [connectionSuggestion(partner, s)] : [];
        });
        return [{ initiative, tiedTo, suggestions: found }];
      });
    });
  }

  @Extensions(ANALYTICS_FIELD)
  @Query(() => [RankedActor], {
    description:
      'DEGREE: number of distinct neighbours in G. PAGERANK: on I, edge weight = influence weight, damping 0.85, a node without out-edges spreads its score evenly over all actors; scores sum to 1. BETWEENNESS: Brandes on G, normalised by 2/((n-1)(n-2)), exact up to a few thousand actors (see actorRankingDetails). CLOSENESS: networkx closeness_centrality on G.',
  })
  async actorRanking(
    @Args('measure', { type: () => CentralityMeasureEnum }) measure: CentralityMeasureValue,
    // `first: Int = 10` as the contract writes it: nullable, an explicit null meaning the default
    @Args('first', { type: () => Int, nullable: true, defaultValue: 10 }) first: number | null = 10,
    @Args('asOf', { type: () => DateScalar, nullable: true, description: 'rank the network as it was on this date' })
    asOf?: string | null,
  ): Promise<RankedActor[]> {
    return (await this.actorRankingDetails(measure, first ?? 10, asOf)).items;
  }

  @Extensions(ANALYTICS_FIELD)
  @Query(() => ActorRankingDetails, {
    description: 'actorRanking, and whether betweenness/closeness are exact or sampled',
  })
  async actorRankingDetails(
    @Args('measure', { type: () => CentralityMeasureEnum }) measure: CentralityMeasureValue,
    @Args('first', { type: () => Int, defaultValue: 10 }) first = 10,
    @Args('asOf', { type: () => DateScalar, nullable: true, description: 'rank the network as it was on this date' })
    asOf?: string | null,
  ): Promise<ActorRankingDetails> {
    checkFirst(first, 100_000);
    return this.analytics.answer(`actor-ranking:${measure}:${first}:${asOf ?? ''}`, async () => {
      const ranking = await this.analytics.actorRanking(measure, asOf);
      const top = ranking.items.slice(0, first);
      const actors = await this.actorMap(top.map((r) => r.actorId));
      const manifest = await this.receipt({
        algorithm: `${measure} centrality of actors (docs/metrics.md, Centrality)`,
        asOf,
        parameters: { measure, first, exact: ranking.exact, samples: ranking.samples },
      });
      return {
        manifest,
        measure,
        exact: ranking.exact,
        samples: ranking.samples ?? null,
        items: top.flatMap((r) => {
          const actor = actors.get(r.actorId);
          return actor ? [{ rank: r.rank, actor, score: r.score }] : [];
        }),
      };
    });
  }

  @Extensions(ANALYTICS_FIELD)
  @Query(() => InitiativeRanking, { description: 'the same measures for initiatives, on the tie graph T' })
  async initiativeRanking(
    @Args('measure', { type: () => CentralityMeasureEnum }) measure: CentralityMeasureValue,
    @Args('first', { type: () => Int, defaultValue: 10 }) first = 10,
    @Args('asOf', { type: () => DateScalar, nullable: true, description: 'rank the network as it was on this date' })
    asOf?: string | null,
  ): Promise<InitiativeRanking> {
    checkFirst(first);
    return this.analytics.answer(`initiative-ranking:${measure}:${first}:${asOf ?? ''}`, async () => {
      const ranking = await this.analytics.initiativeRanking(measure, asOf);
      const top = ranking.items.slice(0, first);
      const nodes = await this.initiativeMap(top.map((r) => r.initiativeId));
      const manifest = await this.receipt({
        algorithm: `${measure} centrality of initiatives on T (docs/metrics.md, Centrality)`,
        asOf,
        parameters: { measure, first, exact: ranking.exact, samples: ranking.samples },
      });
      return {
        manifest,
        measure,
        exact: ranking.exact,
        samples: ranking.samples ?? null,
        items: top.flatMap((r) => {
          const initiative = nodes.get(r.initiativeId);
          return initiative ? [{ rank: r.rank, initiative, score: r.score }] : [];
        }),
      };
    });
  }

  @Extensions(ANALYTICS_FIELD)
  @Query(() => TieStructure, {
    description:
      'What holds T together: counts and component sizes for the whole network; the lists (isolates, pendants, bridges, articulation points) and region summaries only for the region when one is given.',
  })
  async tieStructure(
    @Args('region', { type: () => String, nullable: true }) region?: string | null,
  ): Promise<TieStructure> {
    const t = await this.analytics.tieStructure();
    const inRegion = region ? new Set(await this.analytics.initiativesIn(region)) : undefined;
    const keep = (id: string) => !inRegion || inRegion.has(id);
    return {
      ties: t.edges,
      components: t.components.count,
      componentSizes: t.components.sizes,
      largestComponentShare: t.components.largestShare,
      smallComponents: t.components.small,
      isolates: t.isolates.filter(keep),
      pendants: t.pendants.filter(keep),
      bridges: t.bridges.filter(([a, b]) => keep(a) || keep(b)).map(([a, b]) => ({ a, b })),
      articulationPoints: t.articulationPoints.filter(keep),
      regions: t.regions.filter((r) => !region || r.region === region),
    };
  }

  @Extensions(ANALYTICS_FIELD)
  @Query(() => Communities, { description: 'Louvain communities of T (TIE) or G (ACTOR), with modularity' })
  async communities(
    @Args('graph', { type: () => CommunityGraphEnum, defaultValue: 'TIE' }) graph: CommunityGraphValue = 'TIE',
  ): Promise<Communities> {
    let result;
    try {
      result = await this.analytics.communities(graph);
    } catch (error) {
      if (error instanceof RangeError) throw new AppError('TOO_LARGE', `communities of ${graph}: ${error.message}`);
      throw error;
    }
    return {
      graph,
      modularity: result.modularity,
      count: result.communities.length,
      communities: result.communities.map((c, k) => ({
        id: c.id,
        size: c.size,
        regions: result.profiles[k]?.regions ?? [],
        themes: result.profiles[k]?.themes ?? [],
      })),
      members: Object.entries(result.communityOf).map(([id, community]) => ({ id, community })),
    };
  }

  @Extensions(ANALYTICS_FIELD)
  @Query(() => NetworkSeries, {
    description:
      'Per month or year: initiatives, ties, share of isolates, components, share in the largest component and density of T, for the whole network or one region',
  })
  async networkSeries(
    @Args('period', { type: () => PeriodEnum, defaultValue: 'YEAR' }) period: PeriodValue = 'YEAR',
    @Args('region', { type: () => String, nullable: true }) region?: string | null,
  ): Promise<NetworkSeries> {
    const series = await this.analytics.series(period === 'MONTH' ? 'month' : 'year');
    const points = region ? (series.byRegion[region] ?? []) : series.overall;
    return { period, region: region ?? null, points };
  }

  @Extensions(ANALYTICS_FIELD)
  @Query(() => NetworkStats, { description: 'networkStats of the network as it was on a date: only what existed then' })
  async networkStatsAsOf(@Args('date', { type: () => DateScalar }) date: string): Promise<NetworkStats> {
    return this.analytics.statsAsOf(date);
  }

  @Extensions(ANALYTICS_FIELD)
  @Query(() => [Broker], { description: 'actors whose initiatives span several regions or themes' })
  async brokers(@Args('first', { type: () => Int, defaultValue: 10 }) first = 10): Promise<Broker[]> {
    checkFirst(first);
    const list = (await this.analytics.brokers()).slice(0, first);
    const actors = await this.actorMap(list.map((b) => b.actorId));
    return list.flatMap((b) => {
      const actor = actors.get(b.actorId);
      return actor
        ? [{ rank: b.rank, actor, regions: b.regions, themes: b.themes, initiativeCount: b.initiativeCount }]
        : [];
    });
  }
}
