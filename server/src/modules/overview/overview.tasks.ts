import type { NetworkProjection } from '../analytics/engine/projection.js';
import { periodFigures } from './utils/period-figures.js';

/** The period's figures (two as-of snapshots and the cascades at both ends), off the request thread. */
export const OVERVIEW_TASKS = {
  periodFigures: (
    projection: NetworkProjection,
    options: { from: string; to: string; region: string | null; cascades: number },
  ) => periodFigures(projection, options),
};
