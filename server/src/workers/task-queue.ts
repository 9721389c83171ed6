import { AppError } from '../common/app-error.js';

/** A task waiting for a thread. */
interface Waiter {
  start: () => void;
  timer: NodeJS.Timeout;
}

/**
 * Admission to the worker threads: at most `slots` tasks run at once, at most `maxWaiting` wait
 * (first come, first served), each for at most `waitMs`. A task beyond either limit is refused
 * with SERVICE_BUSY at once, or when its wait runs out; it never queues without end.
 */
export class TaskQueue {
  private running = 0;
  private readonly waiting: Waiter[] = [];

  constructor(private readonly limits: { slots: number; maxWaiting: number; waitMs: number }) {}

  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  /** Runs `work` once a slot is free. */
  async run<T>(what: string, work: () => Promise<T>): Promise<T> {
    await this.enter(what);
    try {
      return await work();
    } finally {
      this.leave();
    }
  }

  private enter(what: string): Promise<void> {
    if (this.running < this.limits.slots) {
      this.running += 1;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.limits.maxWaiting) {
      return Promise.reject(
        AppError.busy(
          `the server is busy: ${this.waiting.length} computations are already waiting (WORKER_QUEUE); try again shortly`,
        ),
      );
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        start: () => {
          clearTimeout(waiter.timer);
          this.running += 1;
          resolve();
        },
        timer: setTimeout(() => {
          const at = this.waiting.indexOf(waiter);
          if (at >= 0) this.waiting.splice(at, 1);
          const seconds = this.limits.waitMs / 1000;
          reject(
            AppError.busy(`the server is busy: ${what} waited ${seconds} s for a worker thread; try again shortly`),
          );
        }, this.limits.waitMs),
      };
      this.waiting.push(waiter);
    });
  }

  private leave(): void {
    this.running -= 1;
    this.waiting.shift()?.start();
  }

  /** Refuses every waiting task (at shutdown). */
  clear(): void {
    for (const waiter of this.waiting.splice(0)) clearTimeout(waiter.timer);
  }
}
