import { describe, expect, it } from '@jest/globals';
import { AppError } from '../common/app-error.js';
import { ConfigError, loadConfig } from '../config/app-config.js';
import { UnknownInitiativeError } from '../modules/analytics/engine/core/errors.js';
import type { NetworkProjection } from '../modules/analytics/engine/projection.js';
import { analyzeTieStructure } from '../modules/analytics/engine/tie-structure.js';
import { receivedError, sendError } from './task-errors.js';
import { projectionOf, shareProjection } from './shared-projection.js';
import runTask from './worker.js';
import { WorkerPool } from './worker-pool.js';

const projection: NetworkProjection = {
  initiatives: ['a', 'b', 'c'].map((id) => ({
    id,
    name: id,
    region: null,
    themes: [],
    startedOn: null,
    potential: null,
  })),
  actors: [{ id: 'x', name: 'X', kind: null, region: null }],
  amplifications: [{ from: 'a', to: 'b', mode: 'SPREADING', on: null }],
  involvements: [],
  influences: [],
  barriers: [],
};

const crossed = (error: unknown) => receivedError(structuredClone(sendError(error)));

describe('task errors crossing threads', () => {
  it('an AppError comes back as an AppError with its code, message and problems', () => {
    const back = crossed(AppError.badInput([{ path: 'first', message: 'too many' }], 'arguments'));
    expect(back).toBeInstanceOf(AppError);
    expect(back).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ path: 'first', message: 'too many' }] });
    expect(back.message).toBe('invalid arguments (1 problem): first: too many');
  });

  it('an engine error comes back as the engine error (the services map it to NOT_FOUND)', () => {
    const back = crossed(new UnknownInitiativeError('ini-7'));
    expect(back).toBeInstanceOf(UnknownInitiativeError);
    expect(back.message).toBe("initiative 'ini-7' does not exist");
  });

  it('built-in errors keep their class (a RangeError is how Louvain says a graph is too large)', () => {
    const back = crossed(new RangeError('the tie graph T has 9 edges'));
    expect(back).toBeInstanceOf(RangeError);
    expect(back.message).toBe('the tie graph T has 9 edges');
  });

  it('other errors keep their name and message; a thrown non-error becomes its text', () => {
    class QuadtreeError extends Error {
      override name = 'QuadtreeError';
    }
    expect(crossed(new QuadtreeError('capacity exceeded'))).toMatchObject({
      name: 'QuadtreeError',
      message: 'capacity exceeded',
    });
    expect(crossed('plain text').message).toBe('plain text');
  });
});

describe('the worker thread entry', () => {
  it('answers a task by name with what the task returns', () => {
    expect(runTask({ task: 'tieStructure', args: [projection] })).toEqual({
      ok: true,
      value: analyzeTieStructure(projection),
    });
  });

  it('answers a task that throws with the error in a form that crosses threads', () => {
    const outcome = runTask({ task: 'nonsense' as 'tieStructure', args: [projection] });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(receivedError(outcome.error)).toBeInstanceOf(TypeError);
  });
});

describe('WorkerPool', () => {
  it('runs tasks inline where the compiled worker is not there (the TypeScript sources)', async () => {
    const pool = new WorkerPool(loadConfig({}));
    expect(pool.threaded).toBe(false);
    await expect(pool.run('tieStructure', projection)).resolves.toEqual(analyzeTieStructure(projection));
    await expect(pool.run('layout', { nodes: ['a'], edges: [] })).resolves.toMatchObject({
      positions: [{ x: 0, y: 0 }],
    });
    await pool.onModuleDestroy();
  });

  it('a task that throws inline rejects the request with that error', async () => {
    const pool = new WorkerPool(loadConfig({}));
    await expect(pool.run('nonsense' as 'tieStructure', projection)).rejects.toBeInstanceOf(TypeError);
  });
});

describe('WORKER_THREADS', () => {
  it('is 2 by default, a whole number from 1 to 64, validated with the other variables', () => {
    expect(loadConfig({}).workerThreads).toBe(2);
    expect(loadConfig({ WORKER_THREADS: '4' }).workerThreads).toBe(4);
    for (const bad of ['0', '65', '1.5', 'many']) {
      expect(() => loadConfig({ WORKER_THREADS: bad })).toThrow(ConfigError);
      try {
        loadConfig({ WORKER_THREADS: bad, PORT: 'x' });
      } catch (error) {
        expect((error as ConfigError).problems.map((p) => p.variable)).toEqual(['PORT', 'WORKER_THREADS']);
      }
    }
  });
});

describe('projections shared with the threads', () => {
  it('are encoded once per projection object and decoded once per id in a thread', () => {
    const shared = shareProjection(projection);
    expect(shareProjection(projection)).toBe(shared);
    expect(shared.buffer).toBeInstanceOf(SharedArrayBuffer);
    const decoded = projectionOf(structuredClone(shared));
    expect(decoded).toEqual(projection);
    expect(projectionOf(structuredClone(shared))).toBe(decoded);
    const other = shareProjection({ ...projection, barriers: [] });
    expect(other.id).not.toBe(shared.id);
    expect(projectionOf(other)).not.toBe(decoded);
  });

  it('a task sent with a shared projection gets it as its first argument', () => {
    const outcome = runTask({ task: 'tieStructure', args: [], projection: shareProjection(projection) });
    expect(outcome).toEqual({ ok: true, value: analyzeTieStructure(projection) });
  });

  it('runOnProjection runs inline where there is no compiled worker', async () => {
    const pool = new WorkerPool(loadConfig({}));
    await expect(pool.runOnProjection('tieStructure', projection)).resolves.toEqual(analyzeTieStructure(projection));
    await pool.onModuleDestroy();
  });
});
