import { parentPort, workerData } from 'node:worker_threads';
import type { CentralityMeasure } from './engine/centrality.js';
import type { NetworkProjection } from './engine/projection.js';
import { ANALYTICS_TASKS, type AnalyticsTask } from './analytics.tasks.js';

// Worker thread entry: runs one analytics task on the projection it was given and posts the result.
const { task, projection, measure } = workerData as {
  task: AnalyticsTask;
  projection: NetworkProjection;
  measure: CentralityMeasure;
};
parentPort?.postMessage(ANALYTICS_TASKS[task](projection, measure));
