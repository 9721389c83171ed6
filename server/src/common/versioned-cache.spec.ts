import { estimateBytes, VersionedCache } from './versioned-cache.js';

describe('VersionedCache', () => {
  it('loads once per version and memoises results per key', async () => {
    let loads = 0;
    let computations = 0;
    const cache = new VersionedCache(() => Promise.resolve(++loads));
    const square = (n: number) => {
      computations += 1;
      return n * n;
    };
    expect(await Promise.all([cache.memo('v1', 'sq', square), cache.memo('v1', 'sq', square)])).toEqual([1, 1]);
    expect([loads, computations]).toEqual([1, 1]);
    expect(await cache.memo('v2', 'sq', square)).toBe(4);
    expect([loads, computations]).toEqual([2, 2]);
  });

  it('does not keep a failed load or computation', async () => {
    let attempt = 0;
    const cache = new VersionedCache(() =>
      ++attempt === 1 ? Promise.reject(new Error('down')) : Promise.resolve(attempt),
    );
    await expect(cache.data('v')).rejects.toThrow('down');
    expect(await cache.data('v')).toBe(2);
    let fail = true;
    const flaky = () => {
      if (fail) throw new Error('oops');
      return 'ok';
    };
    await expect(cache.memo('v', 'k', flaky)).rejects.toThrow('oops');
    fail = false;
    expect(await cache.memo('v', 'k', flaky)).toBe('ok');
  });
});

describe('VersionedCache bounds', () => {
  it('keeps at most maxEntries answers, dropping the least recently used', async () => {
    const cache = new VersionedCache(() => Promise.resolve(0), { maxEntries: 3, maxBytes: 1e9 });
    let computations = 0;
    const compute = () => ++computations;
    for (const key of ['a', 'b', 'c']) await cache.memo('v', key, compute);
    await cache.memo('v', 'a', compute); // a is now the most recent
    await cache.memo('v', 'd', compute); // b goes
    expect(cache.size.entries).toBe(3);
    expect(computations).toBe(4);
    await cache.memo('v', 'a', compute);
    await cache.memo('v', 'c', compute);
    expect(computations).toBe(4);
    await cache.memo('v', 'b', compute);
    expect(computations).toBe(5);
  });

  it('keeps the estimated bytes under maxBytes however many different keys callers send', async () => {
    const maxBytes = 200_000;
    const cache = new VersionedCache(() => Promise.resolve(null), { maxEntries: 1_000_000, maxBytes });
    for (let i = 0; i < 500; i++) await cache.memo('v', `region-${i}`, () => 'x'.repeat(10_000));
    expect(cache.size.bytes).toBeLessThanOrEqual(maxBytes);
    expect(cache.size.entries).toBeLessThan(20);
    // one answer larger than the whole budget is answered, not kept
    expect(await cache.memo('v', 'huge', () => 'y'.repeat(maxBytes))).toHaveLength(maxBytes);
    expect(cache.size.bytes).toBeLessThanOrEqual(maxBytes);
  });

  it('a new version starts empty; a very long key is hashed rather than kept whole', async () => {
    const cache = new VersionedCache(() => Promise.resolve(1));
    await cache.memo('v1', 'k'.repeat(5_000_000), () => 1);
    expect(cache.size.bytes).toBeLessThan(10_000);
    await cache.memo('v2', 'k', () => 2);
    expect(cache.size.entries).toBe(1);
  });

  it('estimateBytes counts strings, numbers, typed arrays, maps and shared parts once', () => {
    const shared = { text: 'z'.repeat(1000) };
    expect(estimateBytes('abc')).toBe(22);
    expect(estimateBytes(new Float64Array(100))).toBe(800);
    expect(estimateBytes([shared, shared])).toBeLessThan(estimateBytes([shared, { text: 'w'.repeat(1000) }]));
    expect(estimateBytes(new Map([['k', [1, 2, 3]]]))).toBeGreaterThan(24);
    const wide = Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`k${i}`, i]));
    expect(estimateBytes(wide)).toBeGreaterThan(200_000 * 8);
  });
});
