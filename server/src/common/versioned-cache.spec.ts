import { VersionedCache } from './versioned-cache.js';

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
