import { parentPort, workerData } from 'node:worker_threads';
import type { LayoutGraph } from './engine/forceatlas2.js';
import { computeLayout } from './layout.tasks.js';

// Worker thread entry: lays out the graph it was given and posts the positions.
parentPort?.postMessage(computeLayout(workerData as LayoutGraph));
