import { describe, expect, it } from '@jest/globals';
import { AppError } from '../common/app-error.js';
import { TaskQueue } from './task-queue.js';

/** A task that finishes when told to. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

describe('TaskQueue', () => {
  it('runs as many tasks at once as it has slots, the others in order as slots free up', async () => {
    const queue = new TaskQueue({ slots: 2, maxWaiting: 10, waitMs: 10_000 });
    const gates = [gate(), gate(), gate()];
    const started: number[] = [];
    const runs = gates.map((g, i) =>
      queue.run(`task ${i}`, async () => {
        started.push(i);
        await g.promise;
        return i;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect(queue.load).toEqual({ running: 2, waiting: 1 });
    gates[0]!.open();
    await runs[0];
    await Promise.resolve();
    expect(started).toEqual([0, 1, 2]);
    gates[1]!.open();
    gates[2]!.open();
    expect(await Promise.all(runs)).toEqual([0, 1, 2]);
    expect(queue.load).toEqual({ running: 0, waiting: 0 });
  });

  it('refuses a task at once with SERVICE_BUSY when the queue is full', async () => {
    const queue = new TaskQueue({ slots: 1, maxWaiting: 1, waitMs: 10_000 });
    const g = gate();
    const first = queue.run('first', () => g.promise);
    const second = queue.run('second', () => Promise.resolve());
    const third = queue.run('third', () => Promise.resolve());
    await expect(third).rejects.toMatchObject({ code: 'SERVICE_BUSY' });
    await expect(third).rejects.toBeInstanceOf(AppError);
    g.open();
    await first;
    await second;
  });

  it('refuses a task that waited longer than waitMs, and runs none of it', async () => {
    const queue = new TaskQueue({ slots: 1, maxWaiting: 5, waitMs: 20 });
    const g = gate();
    const first = queue.run('first', () => g.promise);
    let ran = false;
    const late = queue.run('isolatedInitiatives', () => {
      ran = true;
      return Promise.resolve();
    });
    await expect(late).rejects.toThrow('isolatedInitiatives waited 0.02 s for a worker thread');
    expect(queue.load).toEqual({ running: 1, waiting: 0 });
    g.open();
    await first;
    expect(ran).toBe(false);
  });

  it('frees the slot of a task that throws', async () => {
    const queue = new TaskQueue({ slots: 1, maxWaiting: 0, waitMs: 10 });
    await expect(queue.run('bad', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(queue.run('next', () => Promise.resolve('ok'))).resolves.toBe('ok');
  });
});
