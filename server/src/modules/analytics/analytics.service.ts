import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppError } from '../../common/app-error.js';
import { Neo4jService } from '../../database/neo4j.service.js';
import { oncePerRequest } from '../../common/request-scope.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import type { AmplificationMode } from '../../domain/network.types.js';
import { VersionedCache } from '../../common/versioned-cache.js';
import { AnalyticsRepository, type LoadedProjection } from './analytics.repository.js';
import { communityProfiles } from './engine/communities.js';
import { EngineError } from './engine/core/errors.js';
import { buildAmplificationIndex, computeCascade, listCascades, type ListCascadesOptions } from './engine/cascade.js';
import { brokers, rankActors, type CentralityMeasure } from './engine/centrality.js';
import { projectionAsOf, type Period } from './engine/timeline.js';
import { tieComponents } from './engine/graphs.js';
import { WorkerPool } from '../../workers/worker-pool.js';

/** The engine's errors as the API's, at this boundary: an unknown initiative is NOT_FOUND, same message. */
function apiError(error: unknown): unknown {
  return error instanceof EngineError ? new AppError(error.code, error.message) : error;
}

const modesKey = (modes?: readonly AmplificationMode[] | null) => [...(modes ?? [])].sort().join(',') || 'ALL';

/**
 * The analytics over the whole network: a projection loaded from Neo4j once per data version,
 * and every answer memoised for that version (invalidated by any write). Everything that can
 * take seconds on a large network runs in a worker thread, so other requests are not blocked.
 */
@Injectable()
export class AnalyticsService {
  private readonly logger = new Logger(AnalyticsService.name);
  private readonly cache: VersionedCache<LoadedProjection>;

  constructor(
    private readonly repository: AnalyticsRepository,
    private readonly db: Neo4jService,
    private readonly workers: WorkerPool,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const bounds = { maxEntries: config.cacheMaxEntries, maxBytes: config.cacheMaxBytes };
    this.cache = new VersionedCache(async () => {
      const started = Date.now();
      const projection = await this.repository.loadProjection();
      this.logger.log(
        `analytics projection loaded in ${Date.now() - started} ms (${projection.initiatives.length} initiatives, ${projection.actors.length} actors)`,
      );
      return projection;
    }, bounds);
  }

  /** The data version shared by every process (one cheap query): any write anywhere changes it. */
  private async version(): Promise<string> {
    return (await this.db.dataVersion()).key;
  }

  /** The current projection, with the data version it was read at (in the same transaction). */
  async snapshot(): Promise<LoadedProjection> {
    return this.cache.data(await this.requestVersion());
  }
  /** The data version, read once per request however many analytics fields it has. */
  private requestVersion(): Promise<string> {
    return oncePerRequest('analytics-version', () => this.version());
  }

  /** Whether a region or theme is one the network has (answers for others are empty and not cached). */
  private async known(kind: 'region' | 'theme', value: string): Promise<boolean> {
    const names = await this.memo(`${kind}s`, (projection) =>
      kind === 'region'
        ? new Set(projection.initiatives.map((i) => i.region))
        : new Set(projection.initiatives.flatMap((i) => i.themes)),
    );
    return names.has(value);
  }

  private async memo<T>(key: string, compute: (projection: LoadedProjection) => T | Promise<T>): Promise<T> {
    return this.cache.memo(await this.requestVersion(), key, compute);
  }

  /**
   * A whole answer of a resolver (the analytics result with its initiatives and actors read from
   * the database), kept for the data version like the results: a cached answer costs no database
   * query but the version check.
   */
  answer<T>(key: string, build: () => Promise<T>): Promise<T> {
    return this.memo(`answer:${key}`, build);
  }

  /**
   * A figure another module derives from the projection (the overview's period figures, the
   * research toolkit's runs), memoised for this data version under `key` like the answers here.
   */
  derived<T>(key: string, compute: (projection: LoadedProjection) => T | Promise<T>): Promise<T> {
    return this.memo(`derived:${key}`, compute);
  }

  /** The data version of this request (for the reproducibility receipt, common/manifest.ts). */
  dataVersion(): Promise<string> {
    return this.requestVersion();
  }

  private amplificationIndex() {
    return this.memo('amplification-index', buildAmplificationIndex);
  }

  async cascade(rootId: string, modes?: readonly AmplificationMode[] | null) {
    const index = await this.amplificationIndex();
    return this.memo(`cascade:${rootId}:${modesKey(modes)}`, () => {
      try {
        return computeCascade(index, rootId, modes ?? undefined);
      } catch (error) {
        throw apiError(error);
      }
    });
  }

  async cascades(options: ListCascadesOptions) {
    if (options.region && !(await this.known('region', options.region))) return [];
    if (options.theme && !(await this.known('theme', options.theme))) return [];
    const index = await this.amplificationIndex();
    const key = `cascades:${JSON.stringify({ ...options, modes: modesKey(options.modes) })}`;
    return this.memo(key, (projection) => listCascades(index, projection, options));
  }

  async isolated(region?: string | null, theme?: string | null, limit = 5) {
    if (!(await this.knownFilter(region, theme))) return [];
    return this.memo(`isolated:${region ?? ''}:${theme ?? ''}:${limit}`, (projection) =>
      this.workers.runOnProjection('isolated', projection, { region, theme, limit }),
    );
  }

  async weaklyTied(region?: string | null, theme?: string | null, limit = 5) {
    if (!(await this.knownFilter(region, theme))) return [];
    return this.memo(`weakly-tied:${region ?? ''}:${theme ?? ''}:${limit}`, (projection) =>
      this.workers.runOnProjection('weaklyTied', projection, { region, theme, limit }),
    );
  }

  private async knownFilter(region?: string | null, theme?: string | null): Promise<boolean> {
    return (!region || (await this.known('region', region))) && (!theme || (await this.known('theme', theme)));
  }

  /** With `asOf`: the ranking of the network as it was on that date (only what existed then). */
  actorRanking(measure: CentralityMeasure, asOf?: string | null) {
    return this.memo(`actor-ranking:${measure}:${asOf ?? ''}`, (all) => {
      const projection = asOf ? projectionAsOf(all, asOf) : all;
      return measure === 'DEGREE'
        ? rankActors(projection, measure, projection.actors.length)
        : this.workers.runOnProjection('rankActors', projection, measure);
    });
  }

  initiativeRanking(measure: CentralityMeasure, asOf?: string | null) {
    return this.memo(`initiative-ranking:${measure}:${asOf ?? ''}`, (all) =>
      this.workers.runOnProjection('rankInitiatives', asOf ? projectionAsOf(all, asOf) : all, measure),
    );
  }

  tieStructure() {
    return this.memo('tie-structure', (projection) => this.workers.runOnProjection('tieStructure', projection));
  }

  /** ids of the initiatives located in a region */
  async initiativesIn(region: string) {
    if (!(await this.known('region', region))) return [];
    return this.memo(`in-region:${region}`, (projection) =>
      projection.initiatives.filter((i) => i.region === region).map((i) => i.id),
    );
  }

  communities(graph: 'TIE' | 'ACTOR') {
    return this.memo(`communities:${graph}`, async (projection) => {
      const result = await this.workers.runOnProjection('communities', projection, graph);
      return { ...result, profiles: communityProfiles(projection, result, graph) };
    });
  }

  series(period: Period) {
    return this.memo(`series:${period}`, (projection) => this.workers.runOnProjection('series', projection, period));
  }

  /** networkStats of the network as it was on a date (only what existed then). */
  statsAsOf(date: string) {
    return this.memo(`stats-as-of:${date}`, (projection) => {
      const then = projectionAsOf(projection, date);
      const ties = tieComponents(then);
      return {
        initiatives: then.initiatives.length,
        actors: then.actors.length,
        involvements: then.involvements.length,
        influences: then.influences.length,
        amplifications: then.amplifications.length,
        components: ties.count,
        isolatedInitiatives: ties.isolates.length,
        largestComponent: ties.largest,
        dataVersion: projection.version,
      };
    });
  }

  brokers() {
    return this.memo('brokers', (projection) => brokers(projection, projection.actors.length));
  }
}
