import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  rankActors,
  rankInitiatives,
  type CentralityMeasure,
  type Ranking,
  type RankedActor,
  type RankedInitiative,
} from './engine/centrality.js';
import type { NetworkProjection } from './engine/projection.js';

/** The heavy computations that run off the main thread. */
export const ANALYTICS_TASKS = {
  rankActors: (projection: NetworkProjection, measure: CentralityMeasure): Ranking<RankedActor> =>
    rankActors(projection, measure, projection.actors.length),
  rankInitiatives: (projection: NetworkProjection, measure: CentralityMeasure): Ranking<RankedInitiative> =>
    rankInitiatives(projection, measure, projection.initiatives.length),
};
export type AnalyticsTask = keyof typeof ANALYTICS_TASKS;

const workerFile = fileURLToPath(new URL('./analytics.worker.js', import.meta.url));

/**
 * Runs a task in a worker thread so that a long computation does not block other requests.
 * Where the compiled worker is not available (tests running the TypeScript sources) the task
 * runs inline: the same function either way.
 */
export function runAnalyticsTask<K extends AnalyticsTask>(
  task: K,
  projection: NetworkProjection,
  measure: CentralityMeasure,
): Promise<ReturnType<(typeof ANALYTICS_TASKS)[K]>> {
  if (!existsSync(workerFile)) {
    return Promise.resolve(ANALYTICS_TASKS[task](projection, measure) as ReturnType<(typeof ANALYTICS_TASKS)[K]>);
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: { task, projection, measure } });
    worker.once('message', (result: ReturnType<(typeof ANALYTICS_TASKS)[K]>) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`analytics worker stopped with exit code ${code}`));
    });
  });
}
