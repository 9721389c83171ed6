/** How many answers a cache keeps, and how many bytes (estimated) they may take together. */
export interface CacheBounds {
  maxEntries: number;
  maxBytes: number;
}

/** A cache key longer than this is not a key a validated argument makes: it is hashed into one. */
const MAX_KEY_LENGTH = 1024;

/**
 * Results cached per data version: a version string names the data; anything computed from it
 * is memoised under a key until the version changes. Loading is shared by concurrent callers.
 * The results are a least-recently-used cache bounded by entries AND by bytes (estimated with
 * estimateBytes when a result is ready), so arguments chosen by callers cannot make it grow
 * without end; a result larger than the whole budget is answered but not kept.
 */
export class VersionedCache<D> {
  private current?: { version: string; data: Promise<D> };
  private readonly results = new Map<string, { value: Promise<unknown>; bytes: number }>();
  private bytes = 0;

  constructor(
    private readonly load: () => Promise<D>,
    private readonly bounds: CacheBounds = { maxEntries: 500, maxBytes: 128 * 1024 * 1024 },
  ) {}

  /** entries and estimated bytes kept now */
  get size(): { entries: number; bytes: number } {
    return { entries: this.results.size, bytes: this.bytes };
  }

  /** The data for `version`, loading it once when the version is new. */
  data(version: string): Promise<D> {
    return this.entry(version).data;
  }

  /** `compute(data)` once per version and key (while it stays in the cache). */
  memo<T>(version: string, key: string, compute: (data: D) => T | Promise<T>): Promise<T> {
    const entry = this.entry(version);
    const name = key.length > MAX_KEY_LENGTH ? `${key.slice(0, 64)}#${hashOf(key)}` : key;
    const found = this.results.get(name);
    if (found) {
      // most recently used last
      this.results.delete(name);
      this.results.set(name, found);
      return found.value as Promise<T>;
    }
    const value = entry.data.then(compute);
    const slot = { value: value as Promise<unknown>, bytes: name.length * 2 };
    this.add(name, slot);
    value.then(
      (result) => {
        if (this.results.get(name) !== slot) return;
        this.bytes -= slot.bytes;
        slot.bytes = name.length * 2 + estimateBytes(result);
        this.bytes += slot.bytes;
        if (slot.bytes > this.bounds.maxBytes) this.remove(name);
        this.evict();
      },
      // a failed computation is not cached
      () => {
        if (this.results.get(name) === slot) this.remove(name);
      },
    );
    return value;
  }

  private add(name: string, slot: { value: Promise<unknown>; bytes: number }): void {
    this.results.set(name, slot);
    this.bytes += slot.bytes;
    this.evict();
  }

  private remove(name: string): void {
    const slot = this.results.get(name);
    if (!slot) return;
    this.results.delete(name);
    this.bytes -= slot.bytes;
  }

  /** Drops the least recently used answers until both bounds hold. */
  private evict(): void {
    while (this.results.size > this.bounds.maxEntries || this.bytes > this.bounds.maxBytes) {
      const oldest = this.results.keys().next();
      if (oldest.done) return;
      this.remove(oldest.value);
    }
  }

  private entry(version: string) {
    if (!this.current || this.current.version !== version) {
      const data = this.load();
      this.current = { version, data };
      this.results.clear();
      this.bytes = 0;
      const entry = this.current;
      data.catch(() => {
        if (this.current === entry) this.current = undefined;
      });
    }
    return this.current;
  }
}

/** FNV-1a, for long keys. */
function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16);
}

/**
 * A rough size in bytes of a value in memory: strings two bytes a character, numbers eight,
 * typed arrays their bytes, and a little per object, array, Map and Set entry. Shared parts are
 * counted once.
 */
export function estimateBytes(value: unknown): number {
  const seen = new Set<object>();
  let total = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') total += 16 + v.length * 2;
    else if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') total += 8;
    else if (v !== null && typeof v === 'object' && !seen.has(v)) {
      seen.add(v);
      if (ArrayBuffer.isView(v)) total += v.byteLength;
      else if (v instanceof Map) {
        total += 32 + v.size * 16;
        for (const [k, x] of v) stack.push(k, x);
      } else if (v instanceof Set) {
        total += 32 + v.size * 8;
        for (const x of v) stack.push(x);
      } else if (Array.isArray(v)) {
        total += 16 + v.length * 8;
        for (const x of v as unknown[]) stack.push(x);
      } else {
        const values = Object.values(v);
        total += 32 + values.length * 16;
        for (const x of values) stack.push(x);
      }
    }
  }
  return total;
}
