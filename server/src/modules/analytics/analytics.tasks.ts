import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { rankActors, rankInitiatives, type CentralityMeasure } from './engine/centrality.js';
import { actorCommunities, initiativeCommunities } from './engine/communities.js';
import { isolatedInitiatives, weaklyTiedInitiatives, type IsolatedOptions } from './engine/isolation.js';
import type { NetworkProjection } from './engine/projection.js';
import { analyzeTieStructure } from './engine/tie-structure.js';
import { networkSeries, type Period } from './engine/timeline.js';

/** The computations that can take seconds on a large network; they run off the main thread. */
export const ANALYTICS_TASKS = {
  rankActors: (projection: NetworkProjection, measure: CentralityMeasure) =>
    rankActors(projection, measure, projection.actors.length),
  rankInitiatives: (projection: NetworkProjection, measure: CentralityMeasure) =>
    rankInitiatives(projection, measure, projection.initiatives.length),
  isolated: (projection: NetworkProjection, options: Omit<IsolatedOptions, 'context'>) =>
    isolatedInitiatives(projection, options),
  weaklyTied: (projection: NetworkProjection, options: Omit<IsolatedOptions, 'context'>) =>
    weaklyTiedInitiatives(projection, options),
  tieStructure: (projection: NetworkProjection) => analyzeTieStructure(projection),
  communities: (projection: NetworkProjection, graph: 'TIE' | 'ACTOR') =>
    graph === 'TIE' ? initiativeCommunities(projection) : actorCommunities(projection),
  series: (projection: NetworkProjection, period: Period) => networkSeries(projection, { period }),
};
export type AnalyticsTask = keyof typeof ANALYTICS_TASKS;
type Arg<K extends AnalyticsTask> = Parameters<(typeof ANALYTICS_TASKS)[K]>[1];
type Result<K extends AnalyticsTask> = ReturnType<(typeof ANALYTICS_TASKS)[K]>;

const workerFile = fileURLToPath(new URL('./analytics.worker.js', import.meta.url));

function runInline<K extends AnalyticsTask>(task: K, projection: NetworkProjection, arg: Arg<K>): Result<K> {
  const run = ANALYTICS_TASKS[task] as (p: NetworkProjection, a: Arg<K>) => Result<K>;
  return run(projection, arg);
}

/**
 * Runs a task in a worker thread so that a long computation does not block other requests.
 * Where the compiled worker is not there (tests running the TypeScript sources) the task runs
 * inline: the same function either way.
 */
export function runAnalyticsTask<K extends AnalyticsTask>(
  task: K,
  projection: NetworkProjection,
  arg: Arg<K>,
): Promise<Result<K>> {
  if (!existsSync(workerFile)) return Promise.resolve(runInline(task, projection, arg));
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: { task, projection, arg } });
    worker.once('message', (result: Result<K>) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`analytics worker stopped with exit code ${code}`));
    });
  });
}

export { runInline as runAnalyticsTaskInline };
