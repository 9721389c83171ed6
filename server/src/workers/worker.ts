import { sendError, type TaskOutcome } from './task-errors.js';
import { runTaskInline, type TaskName } from './tasks.js';

/**
 * Worker thread entry of the pool (piscina calls the default export once per task): runs the named
 * task and answers its result, or the error it threw in a form that crosses threads.
 */
export default function runTask({ task, args }: { task: TaskName; args: unknown[] }): TaskOutcome {
  try {
    return { ok: true, value: runTaskInline(task, args as never) };
  } catch (error) {
    return { ok: false, error: sendError(error) };
  }
}
