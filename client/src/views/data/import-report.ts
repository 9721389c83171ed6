// What POST /api/import answered, made readable: pure, so it is unit-tested without a browser.

import { SECTIONS, type Section } from '../../domain/values';

/** The file types the server reads. */
export const ACCEPTED = ['.csv', '.xlsx', '.json'] as const;
/** The server takes at most this many files in one upload. */
export const MAX_FILES = 20;

/** One problem the server found, located in the file. */
export interface ImportProblem {
  /** uploaded file name; null when the problem is about the upload as a whole */
  file: string | null;
  /** XLSX sheet */
  sheet: string | null;
  /** 1-based row of a CSV file or sheet (row 1 is the header); for JSON, the entry's position in its list */
  row: number | null;
  /** how the row is shown: "3" for a table, "initiatives[0]" or "line 4" for JSON */
  rowLabel: string | null;
  /** column name with its letter ("startedOn (E)"), or the field path inside a JSON entry */
  column: string | null;
  message: string;
  /** the place as the server wrote it */
  path: string;
}

export type ImportOutcome =
  | { kind: 'written'; counts: Record<Section, number> }
  /** a dry run without problems: what would be written */
  | { kind: 'checked'; counts: Record<Section, number> }
  | { kind: 'problems'; message: string; problems: ImportProblem[] }
  | { kind: 'refused'; status: number; code: string | null; message: string };

const TABLE_PATH =
  /^(?<file>[^,:]+?\.(?:csv|xlsx))(?:, sheet (?<sheet>.+?))?(?:,? row (?<row>\d+))?(?:, column (?<column>.+))?$/i;
const JSON_ENTRY = /^(?<file>[^:]+\.json): (?<section>[A-Za-z]+)\[(?<index>\d+)\](?:\.(?<field>.+))?$/i;
const JSON_LINE = /^(?<file>[^:]+\.json) line (?<line>\d+), column (?<column>\d+)$/i;
const JSON_OTHER = /^(?<file>[^:]+\.json)(?:: (?<rest>.+))?$/i;

/** Splits the server's place of a problem ("amplifications.csv row 7, column toInitiativeId (B)") into file, row and column. */
export function locateProblem(path: string, message: string): ImportProblem {
  const none = { file: null, sheet: null, row: null, rowLabel: null, column: null, message, path };
  const entry = JSON_ENTRY.exec(path)?.groups;
  if (entry) {
    const index = Number(entry.index);
    return {
      ...none,
      file: entry.file ?? null,
      row: index + 1,
      rowLabel: `${entry.section}[${index}]`,
      column: entry.field ?? null,
    };
  }
  const line = JSON_LINE.exec(path)?.groups;
  if (line) {
    const n = Number(line.line);
    return { ...none, file: line.file ?? null, row: n, rowLabel: `line ${n}`, column: `character ${line.column}` };
  }
  const json = JSON_OTHER.exec(path)?.groups;
  if (json) return { ...none, file: json.file ?? null, column: json.rest ?? null };
  const table = TABLE_PATH.exec(path)?.groups;
  if (table) {
    const row = table.row ? Number(table.row) : null;
    return {
      ...none,
      file: table.file ?? null,
      sheet: table.sheet ?? null,
      row,
      rowLabel: row === null ? null : String(row),
      column: table.column ?? null,
    };
  }
  return none;
}

/** Problems in reading order: by file (upload-wide ones first), sheet, row, then column. */
export function sortProblems(problems: readonly ImportProblem[]): ImportProblem[] {
  const text = (a: string | null, b: string | null) =>
    a === b ? 0 : a === null ? -1 : b === null ? 1 : a.localeCompare(b, 'en', { numeric: true });
  return [...problems].sort(
    (a, b) =>
      text(a.file, b.file) ||
      text(a.sheet, b.sheet) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      text(a.rowLabel, b.rowLabel) ||
      text(a.column, b.column) ||
      a.message.localeCompare(b.message),
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads the answer of POST /api/import (HTTP status and body text) into what the page shows. */
export function interpretImportResponse(status: number, body: string): ImportOutcome {
  let value: unknown = null;
  try {
    value = JSON.parse(body);
  } catch {
    // not JSON: handled below with the status
  }
  if (status >= 200 && status < 300 && isRecord(value) && isRecord(value.report)) {
    const report = value.report;
    const counts = Object.fromEntries(
      SECTIONS.map((s) => [s, typeof report[s] === 'number' ? report[s] : 0]),
    ) as Record<Section, number>;
    return { kind: value.dryRun === true ? 'checked' : 'written', counts };
  }
  const code = isRecord(value) && typeof value.code === 'string' ? value.code : null;
  const message =
    isRecord(value) && typeof value.message === 'string'
      ? value.message
      : `the server answered HTTP ${status}${body ? `: ${body.slice(0, 200)}` : ''}`;
  const raw = isRecord(value) && Array.isArray(value.problems) ? value.problems : [];
  const problems = raw
    .filter(isRecord)
    .map((p) =>
      locateProblem(typeof p.path === 'string' ? p.path : '', typeof p.message === 'string' ? p.message : ''),
    );
  if (code === 'BAD_USER_INPUT' && problems.length > 0)
    return { kind: 'problems', message, problems: sortProblems(problems) };
  return { kind: 'refused', status, code, message };
}

/** Files the server would not read, by name, before anything is sent (the server checks again). */
export function checkFiles(
  names: readonly string[],
): { name: string; reason: 'type' | 'zip' | 'jsonMixed' | 'tooMany' }[] {
  const out: { name: string; reason: 'type' | 'zip' | 'jsonMixed' | 'tooMany' }[] = [];
  const ext = (name: string) => /\.[^.]+$/.exec(name.toLowerCase())?.[0] ?? '';
  const json = names.filter((n) => ext(n) === '.json');
  for (const name of names) {
    const e = ext(name);
    if (e === '.zip') out.push({ name, reason: 'zip' });
    else if (!(ACCEPTED as readonly string[]).includes(e)) out.push({ name, reason: 'type' });
  }
  if (json.length > 0 && names.length > 1) for (const name of json) out.push({ name, reason: 'jsonMixed' });
  if (names.length > MAX_FILES) out.push({ name: `${names.length}`, reason: 'tooMany' });
  return out;
}

/** Adds newly chosen files to the list; a file with the same name replaces the earlier one. */
export function mergeFiles<T extends { name: string }>(current: readonly T[], added: readonly T[]): T[] {
  const names = new Set(added.map((f) => f.name));
  return [...current.filter((f) => !names.has(f.name)), ...added];
}
