import { Injectable } from '@nestjs/common';
import { AppError } from '../../common/app-error.js';
import { buildManifest, type Manifest, type ManifestInput } from '../../common/manifest.js';
import { WorkerPool } from '../../workers/worker-pool.js';
import { AnalyticsService } from '../analytics/analytics.service.js';
import { EngineError } from '../analytics/engine/core/errors.js';
import type { ExposureOptions, ExposureResult } from '../analytics/engine/exposure.js';
import type { NullModelOptions, NullModelResult } from '../analytics/engine/null-model/bands.js';
import type {
  IntroductionGain,
  IntroductionGainOptions,
  SimulationOptions,
  SimulationResult,
} from '../analytics/engine/simulation/simulate.js';

/** The engine's errors as the API's: an unknown initiative is NOT_FOUND, a graph over Louvain's limit TOO_LARGE. */
function apiError(error: unknown, what: string): unknown {
  if (error instanceof EngineError) return new AppError(error.code, error.message);
  if (error instanceof RangeError) return new AppError('TOO_LARGE', `${what}: ${error.message}`);
  return error;
}

/**
 * The research toolkit over the analytics projection: simulations, null models and exposure run
 * in the worker pool (they take seconds on a large network) and are memoised per data version and
 * parameters in the analytics cache — seeded runs are deterministic, so the same question on the
 * same data has one answer.
 */
@Injectable()
export class ResearchService {
  constructor(
    private readonly analytics: AnalyticsService,
    private readonly workers: WorkerPool,
  ) {}

  /** The receipt of an answer on the current data. */
  async manifest(input: Omit<ManifestInput, 'dataVersion'>): Promise<Manifest> {
    return buildManifest({ ...input, dataVersion: await this.analytics.dataVersion() });
  }

  /** A whole answer, kept for the data version (see AnalyticsService.answer). */
  answer<T>(key: string, build: () => Promise<T>): Promise<T> {
    return this.analytics.answer(`research:${key}`, build);
  }

  private async run<T>(what: string, key: string, work: Parameters<AnalyticsService['derived']>[1]): Promise<T> {
    try {
      return (await this.analytics.derived(`research:${key}`, work)) as T;
    } catch (error) {
      throw apiError(error, what);
    }
  }

  simulate(options: SimulationOptions) {
    return this.run<SimulationResult>('simulateSpread', `simulate:${JSON.stringify(options)}`, (projection) =>
      this.workers.runOnProjection('simulateSpread', projection, options),
    );
  }

  introductionGains(options: IntroductionGainOptions) {
    return this.run<IntroductionGain[]>('introductionGains', `gains:${JSON.stringify(options)}`, (projection) =>
      this.workers.runOnProjection('introductionGains', projection, options),
    );
  }

  nullModel(options: NullModelOptions) {
    return this.run<NullModelResult>(`nullModel of ${options.graph}`, `null:${JSON.stringify(options)}`, (projection) =>
      this.workers.runOnProjection('nullModel', projection, options),
    );
  }

  exposure(options: ExposureOptions) {
    return this.run<ExposureResult>('adoptionExposure', `exposure:${JSON.stringify(options)}`, (projection) =>
      this.workers.runOnProjection('exposure', projection, options),
    );
  }
}
