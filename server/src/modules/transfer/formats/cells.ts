/**
 * The cell codec: how one spreadsheet cell is read into a typed value and written back as text.
 * Parsing and formatting live side by side so that what is written always reads back the same.
 *
 * Only the syntax of a cell is checked here (is it a number, a whole number, a boolean?). Dates
 * and enum values are passed through as trimmed text: the network validator checks them and
 * reports the NetworkInput path, which the reader maps back to the file, row and column.
 */
import { LIST_SEPARATOR, type CellValue, type ColumnKind, type ColumnSpec } from './template.js';

/** A cell as it comes out of a file: CSV gives text; XLSX also numbers and booleans. */
export type RawCell = string | number | boolean;

/** The outcome of reading one cell: a value, nothing (an empty cell), or what is wrong with it. */
export type CellResult = { value: CellValue | undefined } | { error: string };

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const DECIMAL_COMMA = /^[+-]?\d*,\d+$/;
const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', 'ja', 'waar']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', 'nee', 'onwaar']);

/** The trimmed text of a cell; numbers and booleans (from XLSX) in their plain JavaScript form. */
function cellText(raw: RawCell): string {
  return String(raw).trim();
}

function parseNumber(raw: RawCell, kind: 'number' | 'integer'): CellResult {
  let value: number;
  if (typeof raw === 'number') {
    value = raw;
  } else {
    const text = cellText(raw);
    if (!NUMBER.test(text)) {
      const hint = DECIMAL_COMMA.test(text) ? ` (use a decimal point: ${text.replace(',', '.')})` : '';
      return { error: `'${text}' is not a number${hint}` };
    }
    value = Number(text);
  }
  if (!Number.isFinite(value)) return { error: `'${cellText(raw)}' is not a finite number` };
  if (kind === 'integer' && !Number.isInteger(value)) return { error: `'${cellText(raw)}' is not a whole number` };
  return { value };
}

function parseBoolean(raw: RawCell): CellResult {
  if (typeof raw === 'boolean') return { value: raw };
  const text = cellText(raw).toLowerCase();
  if (TRUE_WORDS.has(text)) return { value: true };
  if (FALSE_WORDS.has(text)) return { value: false };
  return { error: `'${cellText(raw)}' is not true or false (write true/false, yes/no or 1/0)` };
}

/** Splits a list cell; items are trimmed and empty items (as in `a||b` or a trailing `|`) dropped. */
function parseList(raw: RawCell): CellResult {
  const items = cellText(raw)
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return { value: items.length > 0 ? items : undefined };
}

/**
 * Reads one cell of a column. Blank cells give `{ value: undefined }`. Dates must already be text
 * (the XLSX reader turns date cells into YYYY-MM-DD before they get here).
 */
export function parseCell(column: ColumnSpec, raw: RawCell | undefined): CellResult {
  if (raw === undefined || (typeof raw === 'string' && raw.trim() === '')) return { value: undefined };
  const kind: ColumnKind = column.kind;
  switch (kind) {
    case 'number':
    case 'integer':
      return parseNumber(raw, kind);
    case 'boolean':
      return parseBoolean(raw);
    case 'list-of-strings':
    case 'list-of-enum':
      return parseList(raw);
    case 'string':
    case 'date':
    case 'enum':
      return { value: cellText(raw) };
  }
}

/**
 * Writes one value of a column as cell text: lists joined by `|`, booleans as true/false, numbers
 * in JavaScript's shortest round-trip form. Undefined gives an empty cell.
 *
 * A list item that itself contains `|` cannot be written faithfully; it reads back as two items.
 */
export function formatCell(value: CellValue | undefined): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.join(LIST_SEPARATOR);
  return String(value);
}

/** 0 → A, 25 → Z, 26 → AA: the spreadsheet name of a 0-based column index. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** What a spreadsheet program could take for a formula at the start of a cell (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A cell neutralised by neutralizeCsvCell: one quote more than the text had, before such a start. */
const NEUTRALIZED = /^'+[=+\-@\t\r]/;

/**
 * A CSV cell that cannot run as a formula when the file is opened in a spreadsheet program: text
 * starting with =, +, -, @, a tab or a carriage return gets a leading `'` (OWASP's advice), and so
 * does text that already starts with quotes before one of those, so that restoreCsvCell gives back
 * exactly the text written. Numbers are written as numbers and are never touched (-3.5 stays).
 */
export function neutralizeCsvCell(text: string): string {
  return FORMULA_START.test(text) || NEUTRALIZED.test(text) ? `'${text}` : text;
}

/** The text neutralizeCsvCell was given (a CSV cell as read). */
export function restoreCsvCell(text: string): string {
  return NEUTRALIZED.test(text) ? text.slice(1) : text;
}
