/**
 * Results cached per data version: a version string (this process's write counter plus the
 * database's count fingerprint) names the data; anything computed from it is memoised under a
 * key until the version changes. Loading is shared by concurrent callers.
 */
export class VersionedCache<D> {
  private current?: { version: string; data: Promise<D>; results: Map<string, Promise<unknown>> };

  constructor(private readonly load: () => Promise<D>) {}

  /** The data for `version`, loading it once when the version is new. */
  data(version: string): Promise<D> {
    return this.entry(version).data;
  }

  /** `compute(data)` once per version and key. */
  memo<T>(version: string, key: string, compute: (data: D) => T | Promise<T>): Promise<T> {
    const entry = this.entry(version);
    let result = entry.results.get(key) as Promise<T> | undefined;
    if (!result) {
      result = entry.data.then(compute);
      entry.results.set(key, result);
      // a failed computation is not cached
      result.catch(() => entry.results.delete(key));
    }
    return result;
  }

  private entry(version: string) {
    if (!this.current || this.current.version !== version) {
      const data = this.load();
      this.current = { version, data, results: new Map() };
      const entry = this.current;
      data.catch(() => {
        if (this.current === entry) this.current = undefined;
      });
    }
    return this.current;
  }
}
