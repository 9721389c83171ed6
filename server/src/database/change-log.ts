import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import {
  ENTITY_KINDS,
  KIND_OF_SECTION,
  actionOf,
  type ChangeCount,
  type ChangeDescription,
  type ChangeEntry,
  type StateRow,
} from '../domain/change.types.js';
import { nodeKeysOfEntry, summarize } from '../domain/change-entries.js';
import { canonicalRow } from '../domain/network-rows.js';
import type { NetworkSection } from '../domain/network.types.js';

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

/** Entries per stored chunk (about 60 kB compressed for import rows). */
export const CHUNK_ENTRIES = 2000;
/**
 * A change set touching at most this many initiatives and actors is indexed by one
 * (:ChangeTouch {key, seq}) node per initiative or actor (a lookup by key); a larger one (a bulk
 * import) keeps the keys on its chunks instead, one text per chunk (:ChangeChunk:BulkChunk
 * {keyText}), which is far cheaper to write and is scanned when an entity's history is asked for.
 */
export const TOUCH_LIMIT = 1000;

/** An entry as stored inside a chunk: short keys, the seq after left out when it is the change set's. */
interface StoredEntry {
  s: NetworkSection;
  b?: StateRow;
  a?: StateRow;
  sb?: number;
  sa?: number | null;
}

/**
 * A run of created entries of one section (a bulk import is mostly these), stored as columns: the
 * field names once (`f`), then one array of values per entry (`r`; null where the state has no
 * such field, as canonical states never hold null). About half the text of one object per entry,
 * and far less to allocate, serialise and compress.
 */
interface StoredRun {
  s: NetworkSection;
  f: string[];
  r: unknown[][];
}

type StoredItem = StoredEntry | StoredRun;

function stored(entry: ChangeEntry): StoredEntry {
  const out: StoredEntry = { s: entry.section };
  if (entry.before) out.b = entry.before;
  if (entry.after) out.a = entry.after;
  if (entry.seqBefore !== null) out.sb = entry.seqBefore;
  if (entry.seqAfter !== undefined) out.sa = entry.seqAfter;
  return out;
}

const isCreated = (e: ChangeEntry) =>
  e.before === null && e.after !== null && e.seqBefore === null && e.seqAfter === undefined;

/** A chunk's entries as stored: runs of created entries of one section as columns, the others one by one. */
function encodeEntries(entries: readonly ChangeEntry[]): StoredItem[] {
  const out: StoredItem[] = [];
  let run: StoredRun | null = null;
  let index = new Map<string, number>(); // the run's field positions
  for (const entry of entries) {
    if (!isCreated(entry)) {
      run = null;
      out.push(stored(entry));
      continue;
    }
    if (run === null || run.s !== entry.section) {
      run = { s: entry.section, f: [], r: [] };
      index = new Map();
      out.push(run);
    }
    const values: unknown[] = new Array<unknown>(run.f.length).fill(null);
    for (const [field, value] of Object.entries(entry.after!)) {
      let at = index.get(field);
      if (at === undefined) {
        at = run.f.push(field) - 1;
        index.set(field, at);
      }
      values[at] = value;
    }
    run.r.push(values);
  }
  return out;
}

function restored(item: StoredItem, seq: number): ChangeEntry[] {
  if ('f' in item) {
    // a run's fields are in first-seen order: canonicalRow puts them back in the canonical one
    const canonical = canonicalRow[item.s] as unknown as (row: StateRow) => StateRow;
    return item.r.map((values) => {
      const row: StateRow = {};
      item.f.forEach((field, i) => {
        if (values[i] !== null && values[i] !== undefined) row[field] = values[i];
      });
      return { section: item.s, before: null, after: canonical(row), seqBefore: null, seqAfter: seq };
    });
  }
  return [
    {
      section: item.s,
      before: item.b ?? null,
      after: item.a ?? null,
      seqBefore: item.sb ?? null,
      seqAfter: item.sa === undefined ? seq : item.sa,
    },
  ];
}

/** One compressed chunk of a change set's entries, as written to (:ChangeChunk {seq, n, data}). */
export interface EncodedChunk {
  n: number;
  data: Int8Array;
  /**
   * the node keys of the chunk's entries as one text, each key on a line of its own with a line
   * break before the first (bulk change sets only; stored as `keyText`, searched with CONTAINS)
   */
  keys: string | null;
}

/** The text a bulk chunk keeps its node keys in: `\n` + the keys joined by `\n` + `\n`. */
function keyText(keys: Iterable<string>): string {
  return `\n${[...keys].join('\n')}\n`;
}

/** Decodes a chunk back into entries; the seq after is filled in with the change set's seq where implied. */
export async function decodeChunk(data: Int8Array | Uint8Array, seq: number): Promise<ChangeEntry[]> {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const items = JSON.parse((await gunzipAsync(bytes)).toString('utf8')) as StoredItem[];
  return items.flatMap((item) => restored(item, seq));
}

/**
 * The entries of one write transaction, collected as the write goes: every full chunk is
 * serialised and compressed at once (zlib runs on libuv's threads, beside the database's work),
 * so a bulk import of 650k rows ends with its chunks ready. Disabled (CHANGE_LOG=false, for the
 * benchmark's baseline only) it records nothing and the writers take their old path.
 */
export class ChangeRecorder {
  private pending: ChangeEntry[] = [];
  private readonly chunks: Promise<EncodedChunk>[] = [];
  private readonly counts = new Map(ENTITY_KINDS.map((kind) => [kind, { kind, created: 0, updated: 0, deleted: 0 }]));
  private readonly touched = new Set<string>();
  private total = 0;
  private bulk = false;
  /** a few entries kept whole for the summary of a small change set */
  private readonly head: ChangeEntry[] = [];

  constructor(
    readonly seq: number,
    readonly enabled = true,
  ) {}

  get size(): number {
    return this.total;
  }

  record(entries: Iterable<ChangeEntry>): void {
    if (!this.enabled) return;
    for (const entry of entries) {
      this.pending.push(entry);
      this.total += 1;
      if (this.head.length < 20) this.head.push(entry);
      const count = this.counts.get(KIND_OF_SECTION[entry.section])!;
      const action = actionOf(entry);
      if (action === 'CREATED') count.created += 1;
      else if (action === 'UPDATED') count.updated += 1;
      else count.deleted += 1;
      if (!this.bulk) {
        for (const key of nodeKeysOfEntry(entry)) this.touched.add(key);
        if (this.touched.size > TOUCH_LIMIT) this.bulk = true;
      }
      if (this.pending.length >= CHUNK_ENTRIES) this.flush();
    }
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const entries = this.pending;
    this.pending = [];
    const n = this.chunks.length;
    const text = JSON.stringify(encodeEntries(entries));
    const keys = new Set<string>();
    for (const entry of entries) for (const key of nodeKeysOfEntry(entry)) keys.add(key);
    const chunk = gzipAsync(Buffer.from(text, 'utf8'), { level: 1 }).then((zipped) => ({
      n,
      data: new Int8Array(zipped.buffer, zipped.byteOffset, zipped.byteLength),
      keys: keyText(keys),
    }));
    // awaited in finish(); when the transaction fails first, nobody waits for it
    chunk.catch(() => undefined);
    this.chunks.push(chunk);
  }

  countsByKind(): ChangeCount[] {
    return [...this.counts.values()].filter((c) => c.created + c.updated + c.deleted > 0).map((c) => ({ ...c }));
  }

  /** Everything the change set node and its chunks and index need, once the work is done. */
  async finish(change: ChangeDescription): Promise<ChangeSetRecord> {
    this.flush();
    const chunks = await Promise.all(this.chunks);
    const bulk = this.bulk;
    const counts = this.countsByKind();
    return {
      seq: this.seq,
      who: change.who,
      operation: change.operation,
      summary: change.summary ?? summarize(change.operation, this.head, this.total, counts),
      counts,
      entries: this.total,
      undoes: change.undoes ?? null,
      bulk,
      chunks: chunks.map((c) => ({ ...c, keys: bulk ? c.keys : null })),
      touches: bulk ? [] : [...this.touched],
    };
  }
}

/** The change set as written by history/create-change-set. */
export interface ChangeSetRecord {
  seq: number;
  who: string;
  operation: string;
  summary: string;
  counts: ChangeCount[];
  entries: number;
  undoes: number | null;
  bulk: boolean;
  chunks: EncodedChunk[];
  touches: string[];
}
