import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { receivedError, type TaskOutcome } from './task-errors.js';
import { runTaskInline, type TaskArgs, type TaskName, type TaskResult } from './tasks.js';

/** The compiled thread entry; absent when the TypeScript sources run (jest), then tasks run inline. */
const WORKER_FILE = new URL('./worker.js', import.meta.url);

/**
 * The one pool of worker threads for every long computation (analytics, layout): a fixed number of
 * threads (WORKER_THREADS, default 2) started with the first task, tasks dispatched by name
 * (tasks.ts) and queued while every thread is busy, so a long computation never blocks other
 * requests. A task that throws rejects with the error it would have thrown inline (same class,
 * code and message: task-errors.ts). Where the compiled worker is not there the task runs inline,
 * the same function either way. The place for queue bounds and shared projections later.
 */
@Injectable()
export class WorkerPool implements OnModuleDestroy {
  private readonly logger = new Logger(WorkerPool.name);
  private pool?: Piscina;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** true when tasks run in worker threads (the compiled server), false when inline */
  get threaded(): boolean {
    return existsSync(fileURLToPath(WORKER_FILE));
  }

  async run<K extends TaskName>(task: K, ...args: TaskArgs<K>): Promise<TaskResult<K>> {
    if (!this.threaded) return runTaskInline(task, args);
    const outcome = (await this.threads().run({ task, args })) as TaskOutcome;
    if (!outcome.ok) throw receivedError(outcome.error);
    return outcome.value as TaskResult<K>;
  }

  private threads(): Piscina {
    if (!this.pool) {
      const threads = this.config.workerThreads;
      this.pool = new Piscina({ filename: WORKER_FILE.href, minThreads: threads, maxThreads: threads });
      this.logger.log(`worker pool started: ${threads} thread${threads === 1 ? '' : 's'}`);
    }
    return this.pool;
  }

  async onModuleDestroy(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    await pool?.destroy();
  }
}
