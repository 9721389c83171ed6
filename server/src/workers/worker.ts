import { projectionOf } from './shared-projection.js';
import { sendError, type TaskOutcome } from './task-errors.js';
import { runTaskInline, type TaskRequest } from './tasks.js';

/**
 * Worker thread entry of the pool (piscina calls the default export once per task): runs the named
 * task and answers its result, or the error it threw in a form that crosses threads. A shared
 * projection is decoded once per data version and kept (shared-projection.ts).
 */
export default function runTask({ task, args, projection }: TaskRequest): TaskOutcome {
  try {
    const all = projection ? [projectionOf(projection), ...args] : args;
    return { ok: true, value: runTaskInline(task, all as never) };
  } catch (error) {
    return { ok: false, error: sendError(error) };
  }
}
