import { randomUUID } from 'node:crypto';
import { ChangeRecorder, type ChangeSetRecord } from '../../../database/change-log.js';
import { describeCounts } from '../../../domain/change-entries.js';
import type { ChangeDescription } from '../../../domain/change.types.js';
import {
  actorProps,
  initiativeProps,
  networkVocabulary,
  relationParams,
  type SectionRows,
} from '../../../domain/network-rows.js';
import { NETWORK_SECTIONS, type InputProblem, type NetworkInput } from '../../../domain/network.types.js';
import { createdEntries } from './plan-import.js';

/**
 * A validated network as the CSV files of Neo4j's offline importer (`neo4j-admin database import
 * full`): one file per node label and relationship type, holding what cypher/network/create-*.cypher
 * and network/merge-vocabulary write online, property for property, each entity with the change
 * mark `seq`. Strings are quoted (`""` inside), lists are joined by ARRAY_DELIMITER, null and empty
 * lists are left empty (not stored: every read takes a missing list as empty).
 */

/** The delimiter of list elements (U+001F, the unit separator): no name or mechanism holds it. */
export const ARRAY_DELIMITER = '\u001f';

export interface ImportCsvFile {
  name: string;
  kind: 'nodes' | 'relationships';
  /** the nodes' label, or the relationships' type */
  label: string;
  /** the header line, then one line per row, each ending with a line break */
  lines: string[];
  /** a field holds a line break: the importer must read this file's fields across lines (slower) */
  multiline: boolean;
}

export interface ImportCsv {
  files: ImportCsvFile[];
  /** list elements holding ARRAY_DELIMITER, which the importer would split (none in practice) */
  problems: InputProblem[];
}

type Row = Record<string, unknown>;
type ColumnType = 'string' | 'double' | 'long' | 'boolean' | 'date' | 'datetime' | 'string[]' | 'byte[]' | 'id';

/** A column: its header (`name:type`, or `:START_ID(Actor)` …), its type and where its value comes from. */
interface Column {
  header: string;
  type: ColumnType;
  key: string;
}

const UNTYPED = new Set<ColumnType>(['string', 'id']);

const column = (key: string, type: ColumnType): Column => ({
  header: UNTYPED.has(type) ? key : `${key}:${type}`,
  type,
  key,
});

const quote = (text: string) => (text.includes('"') ? `"${text.replaceAll('"', '""')}"` : `"${text}"`);

class Writer {
  private multiline = false;
  readonly problems: InputProblem[] = [];

  /** A cell's text; `where` names it in a problem (the input path of the row's field). */
  cell(value: unknown, type: ColumnType, where: string): string {
    if (value === null || value === undefined) return '';
    if (type === 'byte[]') return (value as Int8Array).join(ARRAY_DELIMITER);
    if (type === 'string[]') {
      const list = value as string[];
      if (list.length === 0) return '';
      if (list.some((s) => s.includes(ARRAY_DELIMITER))) {
        this.problems.push({
          path: where,
          message: 'holds the control character U+001F, which the offline import cannot store',
        });
      }
      return this.text(list.join(ARRAY_DELIMITER));
    }
    const scalar = value as string | number;
    return type === 'string' || type === 'id' ? this.text(String(scalar)) : String(scalar);
  }

  private text(value: string): string {
    if (!this.multiline && (value.includes('\n') || value.includes('\r'))) this.multiline = true;
    return quote(value);
  }

  file(label: string, kind: ImportCsvFile['kind'], columns: Column[], rows: Row[], path: string): ImportCsvFile {
    this.multiline = false;
    const lines = [`${columns.map((c) => c.header).join(',')}\n`];
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      let line = '';
      for (let c = 0; c < columns.length; c++) {
        const { key, type } = columns[c]!;
        const value = row[key];
        // the path is built only for a list (the one cell that can have a problem)
        line += `${c === 0 ? '' : ','}${this.cell(value, type, type === 'string[]' ? `${path}[${i}].${key}` : '')}`;
      }
      lines.push(`${line}\n`);
    }
    return { name: `${kind}-${label.replaceAll(':', '-')}.csv`, kind, label, lines, multiline: this.multiline };
  }
}

/** The columns of node rows whose properties vary (initiatives' characteristics): every key seen, typed by its value. */
function nodeColumns(label: string, rows: Row[], known: Record<string, ColumnType> = {}): Column[] {
  const types = new Map<string, ColumnType | null>();
  const typeOf = (key: string, value: unknown): ColumnType | null =>
    known[key] ??
    (value === null || value === undefined
      ? null
      : key === '_seq'
        ? 'long'
        : Array.isArray(value)
          ? 'string[]'
          : typeof value === 'number'
            ? 'double'
            : 'string');
  for (const row of rows) {
    for (const [key, value] of Object.entries(row)) if (!types.get(key)) types.set(key, typeOf(key, value));
  }
  return [...types].map(([key, type]) =>
    key === 'id' ? { header: `id:ID(${label})`, type: 'id', key } : column(key, type ?? 'string'),
  );
}

/** The initiatives' properties of a fixed type (the characteristics' are typed by their values). */
const INITIATIVE_TYPES: Record<string, ColumnType> = {
  themes: 'string[]',
  startedOn: 'date',
  latitude: 'double',
  longitude: 'double',
};

const ends = (from: string, to: string): Column[] => [
  { header: `:START_ID(${from})`, type: 'id', key: '_from' },
  { header: `:END_ID(${to})`, type: 'id', key: '_to' },
];

/** The offline importer's files for a validated network written into an empty database, every entity marked `seq`. */
export function networkToImportCsv(input: NetworkInput, seq: number): ImportCsv {
  const w = new Writer();
  const files: ImportCsvFile[] = [];
  const initiatives = (input.initiatives ?? []).map((row) => ({
    ...initiativeProps(row),
    startedOn: row.startedOn ?? null,
    _seq: seq,
  }));
  files.push(
    w.file('Initiative', 'nodes', nodeColumns('Initiative', initiatives, INITIATIVE_TYPES), initiatives, 'initiatives'),
  );
  const actors = (input.actors ?? []).map((row) => actorProps(row, seq));
  files.push(w.file('Actor', 'nodes', nodeColumns('Actor', actors), actors, 'actors'));
  files.push(...vocabularyFiles(w, input, initiatives));
  files.push(...relationFiles(w, input, seq));
  return { files, problems: w.problems };
}

/** Region, Theme, Outcome and Barrier nodes (each once), and the initiatives' links to regions and themes. */
function vocabularyFiles(w: Writer, input: NetworkInput, initiatives: Row[]): ImportCsvFile[] {
  const located: Row[] = [];
  const addresses: Row[] = [];
  for (const props of initiatives) {
    if (typeof props.region === 'string') located.push({ _from: props.id, _to: props.region });
    for (const theme of props.themes as string[]) addresses.push({ _from: props.id, _to: theme });
  }
  const vocabulary = networkVocabulary(input);
  const barriers = vocabulary.barriers.map((kind) => ({ kind }));
  const names = (list: string[]) => list.map((name) => ({ name }));
  return [
    w.file(
      'Region',
      'nodes',
      [{ header: 'name:ID(Region)', type: 'id', key: 'name' }],
      names(vocabulary.regions),
      'regions',
    ),
    w.file(
      'Theme',
      'nodes',
      [{ header: 'name:ID(Theme)', type: 'id', key: 'name' }],
      names(vocabulary.themes),
      'themes',
    ),
    w.file(
      'Outcome',
      'nodes',
      [{ header: 'key:ID(Outcome)', type: 'id', key: 'key' }, column('kind', 'string'), column('name', 'string')],
      vocabulary.outcomes,
      'outcomes',
    ),
    w.file('Barrier', 'nodes', [{ header: 'kind:ID(Barrier)', type: 'id', key: 'kind' }], barriers, 'barriers'),
    w.file('LOCATED_IN', 'relationships', ends('Initiative', 'Region'), located, 'initiatives'),
    w.file('ADDRESSES', 'relationships', ends('Initiative', 'Theme'), addresses, 'initiatives'),
  ];
}

/** A relation section's rows with their ends (`from`, `to`: the fields naming them) and the change mark. */
function relationRows<S extends keyof typeof relationParams>(
  input: NetworkInput,
  section: S,
  [from, to]: [string, string],
  seq: number,
): Row[] {
  const params = relationParams[section] as (r: SectionRows[S]) => Row;
  return ((input[section] ?? []) as SectionRows[S][]).map((row) => {
    const shaped = params(row);
    return { ...shaped, _from: shaped[from], _to: shaped[to], _seq: seq };
  });
}

/** The relation files, with the columns of cypher/network/create-{relation}.cypher. */
function relationFiles(w: Writer, input: NetworkInput, seq: number): ImportCsvFile[] {
  const rel = (type: string, from: string, to: string, columns: Column[], rows: Row[], path: string) =>
    w.file(type, 'relationships', [...ends(from, to), ...columns, column('_seq', 'long')], rows, path);
  const dated = (rows: Row[]) => rows.map((r) => ({ ...r, date: r.on }));
  const barriers = relationRows(input, 'barriers', ['initiativeId', 'barrier'], seq);
  return [
    rel(
      'INVOLVED_IN',
      'Actor',
      'Initiative',
      [column('role', 'string'), column('since', 'date'), column('until', 'date')],
      relationRows(input, 'involvements', ['actorId', 'initiativeId'], seq),
      'involvements',
    ),
    rel(
      'INFLUENCES',
      'Actor',
      'Actor',
      [column('weight', 'double'), column('since', 'date')],
      relationRows(input, 'influences', ['fromActorId', 'toActorId'], seq),
      'influences',
    ),
    rel(
      'AMPLIFIES',
      'Initiative',
      'Initiative',
      [
        column('mode', 'string'),
        column('on', 'date'),
        column('evidence', 'string'),
        column('confidence', 'double'),
        column('mechanisms', 'string[]'),
      ],
      relationRows(input, 'amplifications', ['fromInitiativeId', 'toInitiativeId'], seq),
      'amplifications',
    ),
    rel(
      'ACHIEVES',
      'Initiative',
      'Outcome',
      [column('date', 'date')],
      dated(relationRows(input, 'outcomes', ['initiativeId', 'key'], seq)),
      'outcomes',
    ),
    rel('FACES', 'Initiative', 'Barrier', [column('note', 'string')], barriers, 'barriers'),
    rel(
      'OVERCOMES',
      'Initiative',
      'Barrier',
      [column('date', 'date')],
      dated(barriers.filter((r) => r.overcome === true)),
      'barriers',
    ),
  ];
}

/**
 * The change set an online import of `input` into an empty database records (every row created),
 * at `seq`, its summary saying the import was offline.
 */
export async function createdChangeSet(
  input: NetworkInput,
  change: Pick<ChangeDescription, 'who' | 'operation'>,
  seq: number,
): Promise<ChangeSetRecord> {
  const log = new ChangeRecorder(seq);
  for (const section of NETWORK_SECTIONS) {
    log.record(createdEntries(section, (input[section] ?? []) as SectionRows[typeof section][]));
  }
  const rows = log.size;
  const summary = `imported ${rows} row${rows === 1 ? '' : 's'} (offline): ${describeCounts(log.countsByKind())}`;
  return log.finish({ ...change, summary });
}

/**
 * The change set of the import as nodes (what history/create-change-set.cypher writes at the end
 * of an online import: the ChangeSet, its compressed chunks, its index), and the data version
 * counter at its seq with a new epoch (history/bump-version.cypher).
 */
export function changeSetFiles(record: ChangeSetRecord, at: Date): ImportCsvFile[] {
  const w = new Writer();
  const seq = column('seq', 'long');
  const files = [
    w.file(
      'DataVersion',
      'nodes',
      [column('id', 'string'), seq, column('epoch', 'string')],
      [{ id: 'atlas', seq: record.seq, epoch: randomUUID() }],
      'dataVersion',
    ),
    w.file(
      'ChangeSet',
      'nodes',
      [
        seq,
        column('at', 'datetime'),
        ...['who', 'operation', 'summary', 'counts'].map((key) => column(key, 'string')),
        column('entries', 'long'),
        column('chunks', 'long'),
        column('bulk', 'boolean'),
        column('undoes', 'long'),
      ],
      [{ ...record, at: at.toISOString(), counts: JSON.stringify(record.counts), chunks: record.chunks.length }],
      'changeSet',
    ),
    w.file(
      record.bulk ? 'ChangeChunk:BulkChunk' : 'ChangeChunk',
      'nodes',
      [seq, column('n', 'long'), column('data', 'byte[]'), ...(record.bulk ? [column('keyText', 'string')] : [])],
      record.chunks.map((chunk) => ({ seq: record.seq, n: chunk.n, data: chunk.data, keyText: chunk.keys })),
      'changeSet.chunks',
    ),
    w.file(
      'ChangeTouch',
      'nodes',
      [column('key', 'string'), seq],
      record.touches.map((key) => ({ key, seq: record.seq })),
      'changeSet.touches',
    ),
  ];
  return files;
}
