import { beforeAll, describe, expect, it } from '@jest/globals';
import { Logger } from '@nestjs/common';
import type { Neo4jService } from './neo4j.service.js';
import { Warmer } from './warmer.js';

/** The warmer's scheduling, with the data version under the test's control (the database's own is tested in tests/integration/history-processes.test.ts). */
function setUp() {
  const version = { key: 'e:1' };
  const db = { dataVersion: () => Promise.resolve({ seq: 0, key: version.key }) } as unknown as Neo4jService;
  return { version, warmer: new Warmer(db) };
}

describe('the warmer', () => {
  beforeAll(() => {
    Logger.overrideLogger(false);
  });

  it('runs every task once per data version, the last ones after the others', async () => {
    const { version, warmer } = setUp();
    const ran: string[] = [];
    warmer.register('layouts', () => Promise.resolve(ran.push('layouts')), { last: true });
    warmer.register('stats', () => Promise.resolve(ran.push('stats')));
    warmer.register('ranking', () => Promise.resolve(ran.push('ranking')));
    await warmer.tick();
    expect(ran).toEqual(['stats', 'ranking', 'layouts']);
    expect(warmer.ready).toBe('e:1');
    await warmer.tick();
    expect(ran).toHaveLength(3);
    version.key = 'e:2';
    expect(warmer.ready).toBe('e:1');
    await warmer.tick();
    expect(ran).toEqual(['stats', 'ranking', 'layouts', 'stats', 'ranking', 'layouts']);
    expect(warmer.ready).toBe('e:2');
  });

  it('runs a task that stopped early again at the next tick, and only that one', async () => {
    const { warmer } = setUp();
    const ran: string[] = [];
    let busy = true;
    warmer.register('stats', () => Promise.resolve(ran.push('stats')));
    warmer.register('layouts', () => Promise.resolve(ran.push('layouts') && !busy), { last: true });
    await warmer.tick();
    expect(warmer.ready).toBeUndefined();
    busy = false;
    await warmer.tick();
    expect(ran).toEqual(['stats', 'layouts', 'layouts']);
    expect(warmer.ready).toBe('e:1');
  });

  it('stops a round when a newer write comes in, and a failed task does not stop the others', async () => {
    const { version, warmer } = setUp();
    const ran: string[] = [];
    warmer.register('fails', () => Promise.reject(new Error('no')));
    warmer.register('writes', () => {
      ran.push(`writes ${version.key}`);
      version.key = 'e:2';
      return Promise.resolve();
    });
    warmer.register('after', () => Promise.resolve(ran.push(`after ${version.key}`)));
    await warmer.tick();
    // the round for e:1 stopped before 'after'; the next one is for e:2 from the start
    expect(ran).toEqual(['writes e:1']);
    expect(warmer.ready).toBeUndefined();
    await warmer.tick();
    expect(ran).toEqual(['writes e:1', 'writes e:2', 'after e:2']);
  });
});
