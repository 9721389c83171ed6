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

/** The layout computations, by name, for the worker pool (server/src/workers). */
export const LAYOUT_TASKS = { layout: computeLayout };
