import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { forceAtlas2, normalise, type LayoutGraph } from './engine/forceatlas2.js';

export interface LayoutAnswer {
  positions: { x: number; y: number }[];
  iterations: number;
  millis: number;
}

/** ForceAtlas2 and scaling for drawing: the whole computation that runs off the request thread. */
export function computeLayout(graph: LayoutGraph): LayoutAnswer {
  const started = performance.now();
  const result = forceAtlas2(graph);
  return {
    positions: normalise(graph, result),
    iterations: result.iterations,
    millis: Math.round(performance.now() - started),
  };
}

const workerFile = fileURLToPath(new URL('./layout.worker.js', import.meta.url));

/**
 * Runs the layout in a worker thread so a long computation does not block other requests; where
 * the compiled worker is not there (tests running the TypeScript sources) it runs inline.
 */
export function runLayoutTask(graph: LayoutGraph): Promise<LayoutAnswer> {
  if (!existsSync(workerFile)) return Promise.resolve(computeLayout(graph));
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: graph });
    worker.once('message', (answer: LayoutAnswer) => {
      resolve(answer);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`layout worker stopped with exit code ${code}`));
    });
  });
}
