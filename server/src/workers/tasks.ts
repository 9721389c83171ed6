import { ANALYTICS_TASKS } from '../modules/analytics/analytics.tasks.js';
import { HISTORY_TASKS } from '../modules/history/history.tasks.js';
import { LAYOUT_TASKS } from '../modules/layout/layout.tasks.js';
import { OVERVIEW_TASKS } from '../modules/overview/overview.tasks.js';
import { RESEARCH_TASKS } from '../modules/research/research.tasks.js';
import type { SharedProjection } from './shared-projection.js';

/**
 * Every computation that runs off the request thread, by name: the one table that the worker
 * threads (worker.ts) and the inline runner share, so a task does the same either way.
 */
export const TASKS = {
  ...ANALYTICS_TASKS,
  ...LAYOUT_TASKS,
  ...HISTORY_TASKS,
  ...OVERVIEW_TASKS,
  ...RESEARCH_TASKS,
};

export type TaskName = keyof typeof TASKS;
export type TaskArgs<K extends TaskName> = Parameters<(typeof TASKS)[K]>;
export type TaskResult<K extends TaskName> = ReturnType<(typeof TASKS)[K]>;

/** A task as it is sent to a thread; `projection`, when there, is the task's first argument. */
export interface TaskRequest {
  task: TaskName;
  args: unknown[];
  projection?: SharedProjection;
}

/** Runs a task on this thread. */
export function runTaskInline<K extends TaskName>(task: K, args: TaskArgs<K>): TaskResult<K> {
  const run = TASKS[task] as unknown as (...a: TaskArgs<K>) => TaskResult<K>;
  return run(...args);
}
