import {
  actorProps,
  initiativeProps,
  outcomeKey,
  relationParams,
  type SectionRows,
} from '../../../domain/network-rows.js';
import type { InputProblem, NetworkInput } from '../../../domain/network.types.js';

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
}

export interface ImportCsv {
  files: ImportCsvFile[];
  /** a string holds a line break: the importer must read fields across lines (slower) */
  multiline: boolean;
  /** list elements holding ARRAY_DELIMITER, which the importer would split (none in practice) */
  problems: InputProblem[];
}

type Row = Record<string, unknown>;
type ColumnType = 'string' | 'double' | 'long' | 'date' | 'string[]' | 'id';

/** A column: its header (`name:type`, or `:START_ID(Actor)` …), its type and where its value comes from. */
interface Column {
  header: string;
  type: ColumnType;
  key: string;
}

const TYPED: Partial<Record<ColumnType, string>> = {
  double: 'double',
  long: 'long',
  date: 'date',
  'string[]': 'string[]',
};

const column = (key: string, type: ColumnType): Column => ({
  header: TYPED[type] ? `${key}:${TYPED[type]}` : key,
  type,
  key,
});

const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;

class Writer {
  multiline = false;
  readonly problems: InputProblem[] = [];

  cell(value: unknown, type: ColumnType, where: () => string): string {
    if (value === null || value === undefined) return '';
    if (type === 'string[]') {
      const list = value as string[];
      if (list.length === 0) return '';
      if (list.some((s) => s.includes(ARRAY_DELIMITER))) {
        this.problems.push({
          path: where(),
          message: 'holds the control character U+001F, which the offline import cannot store',
        });
      }
      return this.text(list.join(ARRAY_DELIMITER));
    }
    const scalar = value as string | number;
    return type === 'double' || type === 'long' || type === 'date' ? String(scalar) : this.text(String(scalar));
  }

  private text(value: string): string {
    if (!this.multiline && /[\r\n]/.test(value)) this.multiline = true;
    return quote(value);
  }

  file(label: string, kind: ImportCsvFile['kind'], columns: Column[], rows: Row[], path: string): ImportCsvFile {
    const lines = [`${columns.map((c) => c.header).join(',')}\n`];
    rows.forEach((row, i) => {
      const cells = columns.map((c) => this.cell(row[c.key], c.type, () => `${path}[${i}].${c.key}`));
      lines.push(`${cells.join(',')}\n`);
    });
    return { name: `${kind}-${label}.csv`, kind, label, lines };
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
  return { files, multiline: w.multiline, problems: w.problems };
}

/** Region, Theme, Outcome and Barrier nodes (each once), and the initiatives' links to regions and themes. */
function vocabularyFiles(w: Writer, input: NetworkInput, initiatives: Row[]): ImportCsvFile[] {
  const regions = new Set<string>();
  const themes = new Set<string>();
  const located: Row[] = [];
  const addresses: Row[] = [];
  for (const props of initiatives) {
    if (typeof props.region === 'string') {
      regions.add(props.region);
      located.push({ _from: props.id, _to: props.region });
    }
    for (const theme of props.themes as string[]) {
      themes.add(theme);
      addresses.push({ _from: props.id, _to: theme });
    }
  }
  const outcomes = new Map<string, Row>();
  for (const row of input.outcomes ?? []) {
    const key = outcomeKey(row.kind, row.name);
    if (!outcomes.has(key)) outcomes.set(key, { key, kind: row.kind, name: row.name?.trim() || null });
  }
  const barriers = [...new Set((input.barriers ?? []).map((row) => row.barrier))].map((kind) => ({ kind }));
  const names = (set: Set<string>) => [...set].map((name) => ({ name }));
  return [
    w.file('Region', 'nodes', [{ header: 'name:ID(Region)', type: 'id', key: 'name' }], names(regions), 'regions'),
    w.file('Theme', 'nodes', [{ header: 'name:ID(Theme)', type: 'id', key: 'name' }], names(themes), 'themes'),
    w.file(
      'Outcome',
      'nodes',
      [{ header: 'key:ID(Outcome)', type: 'id', key: 'key' }, column('kind', 'string'), column('name', 'string')],
      [...outcomes.values()],
      'outcomes',
    ),
    w.file('Barrier', 'nodes', [{ header: 'kind:ID(Barrier)', type: 'id', key: 'kind' }], barriers, 'barriers'),
    w.file('LOCATED_IN', 'relationships', ends('Initiative', 'Region'), located, 'initiatives'),
    w.file('ADDRESSES', 'relationships', ends('Initiative', 'Theme'), addresses, 'initiatives'),
  ];
}

const rowsOf = <S extends keyof typeof relationParams>(input: NetworkInput, section: S, seq: number): Row[] =>
  ((input[section] ?? []) as SectionRows[S][]).map((row) => ({
    ...(relationParams[section] as (r: SectionRows[S]) => Row)(row),
    seq,
  }));

/** The relation files, with the columns of cypher/network/create-{relation}.cypher. */
function relationFiles(w: Writer, input: NetworkInput, seq: number): ImportCsvFile[] {
  const rel = (type: string, from: string, to: string, columns: Column[], rows: Row[], path: string) =>
    w.file(type, 'relationships', [...ends(from, to), ...columns, column('_seq', 'long')], rows, path);
  const withSeq = (rows: Row[], from: string, to: string): Row[] =>
    rows.map((row) => ({ ...row, _from: row[from], _to: row[to], _seq: row.seq }));
  const barriers = rowsOf(input, 'barriers', seq);
  return [
    rel(
      'INVOLVED_IN',
      'Actor',
      'Initiative',
      [column('role', 'string'), column('since', 'date'), column('until', 'date')],
      withSeq(rowsOf(input, 'involvements', seq), 'actorId', 'initiativeId'),
      'involvements',
    ),
    rel(
      'INFLUENCES',
      'Actor',
      'Actor',
      [column('weight', 'double'), column('since', 'date')],
      withSeq(rowsOf(input, 'influences', seq), 'fromActorId', 'toActorId'),
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
      withSeq(rowsOf(input, 'amplifications', seq), 'fromInitiativeId', 'toInitiativeId'),
      'amplifications',
    ),
    rel(
      'ACHIEVES',
      'Initiative',
      'Outcome',
      [column('date', 'date')],
      withSeq(rowsOf(input, 'outcomes', seq), 'initiativeId', 'key').map((r) => ({ ...r, date: r.on })),
      'outcomes',
    ),
    rel(
      'FACES',
      'Initiative',
      'Barrier',
      [column('note', 'string')],
      withSeq(barriers, 'initiativeId', 'barrier'),
      'barriers',
    ),
    rel(
      'OVERCOMES',
      'Initiative',
      'Barrier',
      [column('date', 'date')],
      withSeq(
        barriers.filter((r) => r.overcome === true),
        'initiativeId',
        'barrier',
      ).map((r) => ({ ...r, date: r.on })),
      'barriers',
    ),
  ];
}
