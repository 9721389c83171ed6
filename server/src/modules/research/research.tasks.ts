import { buildAmplificationIndex } from '../analytics/engine/cascade-index.js';
import { buildTieIndex } from '../analytics/engine/core/tie-index.js';
import { adoptionExposure, type ExposureOptions } from '../analytics/engine/exposure.js';
import type { NetworkProjection } from '../analytics/engine/projection.js';
import { nullModelBands, type NullModelOptions } from '../analytics/engine/null-model/bands.js';
import {
  introductionGains,
  simulateSpread,
  type IntroductionGainOptions,
  type SimulationOptions,
} from '../analytics/engine/simulation/simulate.js';

/** The research computations, by name, for the worker pool (server/src/workers/tasks.ts). */
export const RESEARCH_TASKS = {
  simulateSpread: (projection: NetworkProjection, options: SimulationOptions) => simulateSpread(projection, options),
  introductionGains: (projection: NetworkProjection, options: IntroductionGainOptions) =>
    introductionGains(projection, options),
  exposure: (projection: NetworkProjection, options: ExposureOptions) =>
    adoptionExposure(buildAmplificationIndex(projection), buildTieIndex(projection), options),
  nullModel: (projection: NetworkProjection, options: NullModelOptions) => nullModelBands(projection, options),
};
