import { parentPort, workerData } from 'node:worker_threads';
import type { NetworkProjection } from './engine/projection.js';
import { runAnalyticsTaskInline, type AnalyticsTask } from './analytics.tasks.js';

// Worker thread entry: runs one analytics task on the projection it was given and posts the result.
const { task, projection, arg } = workerData as { task: AnalyticsTask; projection: NetworkProjection; arg: never };
parentPort?.postMessage(runAnalyticsTaskInline(task, projection, arg));
