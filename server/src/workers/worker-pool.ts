import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import type { NetworkProjection } from '../modules/analytics/engine/projection.js';
import { shareProjection } from './shared-projection.js';
import { receivedError, type TaskOutcome } from './task-errors.js';
import { TaskQueue } from './task-queue.js';
import { runTaskInline, type TaskArgs, type TaskName, type TaskRequest, type TaskResult } from './tasks.js';

/** The compiled thread entry; absent when the TypeScript sources run (jest), then tasks run inline. */
const WORKER_FILE = new URL('./worker.js', import.meta.url);

/** Tasks whose first argument is the network projection. */
type ProjectionTask = {
  [K in TaskName]: TaskArgs<K> extends [NetworkProjection, ...unknown[]] ? K : never;
}[TaskName];
type RestArgs<K extends TaskName> = TaskArgs<K> extends [NetworkProjection, ...infer R] ? R : never;

/**
 * The one pool of worker threads for every long computation (analytics, layout): a fixed number of
 * threads (WORKER_THREADS, default 2) started with the first task, tasks dispatched by name
 * (tasks.ts). At most one task per thread is handed to piscina; the others wait in a TaskQueue
 * of at most WORKER_QUEUE tasks, each for at most WORKER_WAIT_S: a task beyond either limit is
 * refused with SERVICE_BUSY, so a burst of requests can neither start threads nor pile up work
 * without end. Tasks on the network projection get it shared (shared-projection.ts): each thread
 * decodes a data version once, never a copy per task. A task that throws rejects with the error
 * it would have thrown inline (same class, code and message: task-errors.ts). Where the compiled
 * worker is not there the task runs inline, the same function either way.
 */
@Injectable()
export class WorkerPool implements OnModuleDestroy {
  private readonly logger = new Logger(WorkerPool.name);
  private pool?: Piscina;
  private readonly queue: TaskQueue;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.queue = new TaskQueue({
      slots: config.workerThreads,
      maxWaiting: config.workerQueue,
      waitMs: config.workerWaitMs,
    });
  }

  /** true when tasks run in worker threads (the compiled server), false when inline */
  get threaded(): boolean {
    return existsSync(fileURLToPath(WORKER_FILE));
  }

  /** tasks running and waiting now (for tests and the logs) */
  get load(): { running: number; waiting: number } {
    return this.queue.load;
  }

  async run<K extends TaskName>(task: K, ...args: TaskArgs<K>): Promise<TaskResult<K>> {
    if (!this.threaded) return runTaskInline(task, args);
    return this.dispatch<K>({ task, args });
  }

  /** Runs a task on the projection; threads receive it shared, decoded once per data version. */
  async runOnProjection<K extends ProjectionTask>(
    task: K,
    projection: NetworkProjection,
    ...rest: RestArgs<K>
  ): Promise<TaskResult<K>> {
    if (!this.threaded) return runTaskInline(task, [projection, ...rest] as unknown as TaskArgs<K>);
    return this.dispatch<K>({ task, args: rest, projection: shareProjection(projection) });
  }

  /** One task per thread at a time: the queue decides when it may start (see TaskQueue). */
  private dispatch<K extends TaskName>(request: TaskRequest): Promise<TaskResult<K>> {
    return this.queue.run(request.task, async () => {
      const outcome = (await this.threads().run(request)) as TaskOutcome;
      if (!outcome.ok) throw receivedError(outcome.error);
      return outcome.value as TaskResult<K>;
    });
  }

  private threads(): Piscina {
    if (!this.pool) {
      const threads = this.config.workerThreads;
      this.pool = new Piscina({
        filename: WORKER_FILE.href,
        minThreads: threads,
        maxThreads: threads,
        // never more than one task per thread reaches piscina (see slot())
        concurrentTasksPerWorker: 1,
      });
      this.logger.log(`worker pool started: ${threads} thread${threads === 1 ? '' : 's'}`);
    }
    return this.pool;
  }

  async onModuleDestroy(): Promise<void> {
    this.queue.clear();
    const pool = this.pool;
    this.pool = undefined;
    await pool?.destroy();
  }
}
