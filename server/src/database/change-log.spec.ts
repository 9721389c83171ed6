import { CHUNK_ENTRIES, ChangeRecorder, TOUCH_LIMIT, decodeChunk } from './change-log.js';
import type { ChangeEntry } from '../domain/change.types.js';

const created = (i: number): ChangeEntry => ({
  section: 'initiatives',
  before: null,
  after: { id: `i${i}`, name: `I ${i}` },
  seqBefore: null,
});

describe('ChangeRecorder', () => {
  it('keeps a small change set whole, indexed by its initiatives and actors', async () => {
    const log = new ChangeRecorder(12);
    log.record([
      created(1),
      { section: 'involvements', before: { actorId: 'x', initiativeId: 'i1' }, after: null, seqBefore: 4 },
    ]);
    const record = await log.finish({ who: 'Alice', operation: 'IMPORT_NETWORK' });
    expect(record).toMatchObject({
      seq: 12,
      who: 'Alice',
      bulk: false,
      entries: 2,
      touches: ['initiative:i1', 'actor:x'],
    });
    expect(record.summary).toBe('1 initiative created; 1 involvement deleted');
    expect(record.chunks).toHaveLength(1);
    expect(await decodeChunk(record.chunks[0]!.data, 12)).toEqual([
      { ...created(1), seqAfter: 12 },
      {
        section: 'involvements',
        before: { actorId: 'x', initiativeId: 'i1' },
        after: null,
        seqBefore: 4,
        seqAfter: 12,
      },
    ]);
  });

  it('chunks a bulk change set and keeps the keys on its chunks instead of an index', async () => {
    const log = new ChangeRecorder(3);
    const n = CHUNK_ENTRIES * 2 + 5;
    log.record(Array.from({ length: n }, (_, i) => created(i)));
    const record = await log.finish({ who: 'cli (jan)', operation: 'CLI_IMPORT' });
    expect(n).toBeGreaterThan(TOUCH_LIMIT);
    expect(record).toMatchObject({ bulk: true, entries: n, touches: [] });
    expect(record.chunks.map((c) => c.keys?.split('\n').filter(Boolean).length)).toEqual([
      CHUNK_ENTRIES,
      CHUNK_ENTRIES,
      5,
    ]);
    expect(record.chunks[2]!.keys).toBe(
      `\n${[0, 1, 2, 3, 4].map((i) => `initiative:i${CHUNK_ENTRIES * 2 + i}`).join('\n')}\n`,
    );
    const last = await decodeChunk(record.chunks[2]!.data, 3);
    expect(last.at(-1)!.after).toEqual({ id: `i${n - 1}`, name: `I ${n - 1}` });
  });

  it('stores runs of created rows as columns and gives back the same entries, fields in canonical order', async () => {
    const log = new ChangeRecorder(7);
    const entries: ChangeEntry[] = [
      {
        section: 'involvements',
        before: null,
        after: { actorId: 'a1', initiativeId: 'i1', since: '2019-05-05' },
        seqBefore: null,
      },
      {
        section: 'involvements',
        before: null,
        after: { actorId: 'a2', initiativeId: 'i1', role: 'funder', since: '2020-01-01' },
        seqBefore: null,
      },
      {
        section: 'involvements',
        before: null,
        after: { actorId: 'a3', initiativeId: 'i2', since: '2021-02-03' },
        seqBefore: null,
      },
      { section: 'actors', before: { id: 'a1', name: 'Old' }, after: { id: 'a1', name: 'New' }, seqBefore: 2 },
      {
        section: 'influences',
        before: null,
        after: { fromActorId: 'a1', toActorId: 'a2', weight: 2 },
        seqBefore: null,
      },
      {
        section: 'involvements',
        before: null,
        after: { actorId: 'a4', initiativeId: 'i2', role: 'host' },
        seqBefore: null,
      },
    ];
    log.record(entries);
    const record = await log.finish({ who: 'Alice', operation: 'IMPORT_NETWORK' });
    const decoded = await decodeChunk(record.chunks[0]!.data, 7);
    expect(decoded).toEqual(entries.map((e) => ({ ...e, seqAfter: 7 })));
    // the same key order as the rows recorded (the canonical one), not the order fields were first seen
    expect(decoded.map((e) => Object.keys(e.after!))).toEqual(entries.map((e) => Object.keys(e.after!)));
  });

  it('records nothing when the change log is off', async () => {
    const log = new ChangeRecorder(5, false);
    log.record([created(1)]);
    expect(await log.finish({ who: 'bench', operation: 'IMPORT_NETWORK' })).toMatchObject({ entries: 0, chunks: [] });
  });
});
