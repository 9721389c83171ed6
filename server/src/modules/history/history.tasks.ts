import type { NetworkProjection } from '../analytics/engine/projection.js';
import { diffStructure } from './utils/diff-structure.js';

/** networkDiff's structural comparison (two analyses of T and the brokers) runs in the worker pool. */
export const HISTORY_TASKS = {
  diffStructure: (from: NetworkProjection, to: NetworkProjection, limit: number) => diffStructure(from, to, limit),
};
