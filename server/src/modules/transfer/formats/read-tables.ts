/**
 * Reads a network from spreadsheets: CSV files named after their section (`initiatives.csv`, …)
 * and/or XLSX workbooks with one sheet per section, all in the layout of the template.
 *
 * Reading never stops at the first problem: every unknown file, sheet or column, every missing
 * required column or value and every cell that is not a number or boolean is collected with its
 * file, sheet, row and column. Dates and enum values are passed through as text; the network
 * validator checks them and reports a NetworkInput path (`initiatives[3].startedOn`), which
 * `ParsedNetwork.locate()` maps back to the cell it came from.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import path from 'node:path';
import { NETWORK_SECTIONS, type NetworkInput, type NetworkSection } from '../../../domain/network.types.js';
import { columnLetter, parseCell, restoreCsvCell, type RawCell } from './cells.js';
import { checkRowCount, checkUnzippedSize, NO_LIMITS, type ReadLimits } from './upload-limits.js';
import {
  NETWORK_TEMPLATE,
  characteristicColumnName,
  recordFromValues,
  sectionOfName,
  type CellValue,
  type ColumnSpec,
} from './template.js';

/** Where a value came from. Rows are 1-based as a spreadsheet shows them; the header is row 1. */
export interface SourceLocation {
  file: string;
  /** the sheet of an XLSX workbook; absent for CSV */
  sheet?: string;
  row: number;
  /** the header of the column as written in the file */
  column?: string;
  /** A, B, …, Z, AA, … for XLSX and CSV alike */
  columnLetter?: string;
}

/** Something wrong with an uploaded file, as precisely located as it can be. */
export interface FileProblem {
  file: string;
  sheet?: string;
  row?: number;
  column?: string;
  columnLetter?: string;
  message: string;
}

export interface ParsedNetwork {
  /**
   * The network read from the files: one list per section found, rows in file order (blank rows
   * skipped). Best effort when `problems` is not empty: rows with problems are kept, without the
   * values that could not be read, so indices still match the rows.
   */
  input: NetworkInput;
  problems: FileProblem[];
  /**
   * The file, row and column behind a NetworkInput path such as `initiatives[3].startedOn`,
   * `initiatives[0].themes[2]`, `initiatives[3].characteristics[1].score` or `involvements[4]`
   * (a whole row). Undefined for paths that are not in the input.
   */
  locate(path: string): SourceLocation | undefined;
}

export interface NamedBuffer {
  name: string;
  data: Buffer;
}

/** `initiatives.csv row 5, column startedOn (F)`; with a sheet: `atlas.xlsx, sheet actors, row 3, …`. */
export function formatLocation(at: Omit<FileProblem, 'message'>): string {
  const parts = [at.sheet !== undefined ? `${at.file}, sheet ${at.sheet}` : at.file];
  if (at.row !== undefined) parts[0] += `${at.sheet !== undefined ? ',' : ''} row ${at.row}`;
  if (at.column !== undefined) {
    parts.push(`column ${at.column}${at.columnLetter !== undefined ? ` (${at.columnLetter})` : ''}`);
  } else if (at.columnLetter !== undefined) {
    parts.push(`column ${at.columnLetter}`);
  }
  return parts.join(', ');
}

/**
 * Reads CSV files and XLSX workbooks into one NetworkInput. A section may come from one file or
 * sheet only. Nothing is required: sections that no file provides are absent from the input.
 * Beyond `limits` (a workbook that unzips to more bytes, more rows in all) it stops at once with
 * one TOO_LARGE error.
 */
export async function readNetworkFiles(
  files: readonly NamedBuffer[],
  limits: ReadLimits = NO_LIMITS,
): Promise<ParsedNetwork> {
  const problems: FileProblem[] = [];
  const tables: RawTable[] = [];
  let rows = 0;
  for (const file of files) {
    const extension = path.extname(file.name).toLowerCase();
    if (extension === '.csv') {
      const table = readCsvFile(file, problems);
      if (table) tables.push(table);
      rows += table?.rows.length ?? 0;
    } else if (extension === '.xlsx') {
      const read = await readXlsxFile(file, problems, limits);
      tables.push(...read);
      rows += read.reduce((n, t) => n + t.rows.length, 0);
    } else {
      const hint = extension === '.xls' ? ' (save the workbook as .xlsx)' : '';
      problems.push({
        file: file.name,
        message: `cannot read ${extension || 'a file without extension'}${hint}: upload .csv files or an .xlsx workbook`,
      });
    }
    checkRowCount(rows, limits);
  }

  const sections = new Map<NetworkSection, unknown[]>();
  const sources = new Map<NetworkSection, TableSource>();
  for (const table of tables) {
    const earlier = sources.get(table.section);
    if (earlier) {
      problems.push({
        file: table.file,
        ...(table.sheet !== undefined && { sheet: table.sheet }),
        message: `${table.section} were already read from ${formatLocation(earlier)}; give each section once`,
      });
      continue;
    }
    const { records, source } = interpretTable(table, problems);
    sources.set(table.section, source);
    sections.set(table.section, records);
  }

  // Sections in template order, whatever the order of the files.
  const input = Object.fromEntries(
    NETWORK_SECTIONS.filter((section) => sections.has(section)).map((section) => [section, sections.get(section)]),
  ) as NetworkInput;
  return { input, problems, locate: (inputPath) => locatePath(input, sources, inputPath) };
}

// ---------------------------------------------------------------------------------------------
// Files to raw tables
// ---------------------------------------------------------------------------------------------

/** An XLSX cell that holds no usable value (an error value, a formula never computed). */
interface BadCell {
  error: string;
}

type TableCell = RawCell | BadCell | undefined;

/** A CSV file or XLSX sheet: header and rows of raw cells by 0-based column, before the template. */
interface RawTable {
  file: string;
  sheet?: string;
  section: NetworkSection;
  headerRow: number;
  header: TableCell[];
  rows: { row: number; cells: TableCell[] }[];
}

/** The sections a file name or sheet name can have, for messages. */
function sectionList(suffix: string): string {
  return NETWORK_SECTIONS.map((s) => `${s}${suffix}`).join(', ');
}

/** UTF-8 (with or without BOM), or Windows-1252 as older Excel versions save "CSV" files. */
function decodeText(data: Buffer): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    text = new TextDecoder('windows-1252').decode(data);
  }
  return text.replace(/^\uFEFF/, '');
}

/** The delimiter of the header line: comma, or semicolon/tab as spreadsheet programs in some locales write. */
function detectDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\r|\n|$/));
  const count = (delimiter: string): number => header.split(delimiter).length - 1;
  return [';', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}

/** Counts lines while walking forward through a buffer; a line ends at LF, CRLF or a lone CR. */
class LineCounter {
  private offset = 0;
  private line = 1;

  constructor(private readonly data: Buffer) {}

  /** The 1-based line at a byte offset; offsets must not decrease between calls. */
  lineAt(offset: number): number {
    for (; this.offset < offset && this.offset < this.data.length; this.offset++) {
      const byte = this.data[this.offset];
      if (byte === 0x0a || (byte === 0x0d && this.data[this.offset + 1] !== 0x0a)) this.line++;
    }
    return this.line;
  }
}

const CSV_SYNTAX_MESSAGES: Partial<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted cell is never closed (a " is missing)',
  CSV_INVALID_CLOSING_QUOTE: 'text follows the closing quote of a cell (write a " inside a quoted cell as "")',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE:
    'text follows the closing quote of a cell (write a " inside a quoted cell as "")',
};

interface CsvRecord {
  record: string[];
  info: { bytes: number };
}

function readCsvFile(file: NamedBuffer, problems: FileProblem[]): RawTable | undefined {
  const section = sectionOfName(path.basename(file.name, path.extname(file.name)));
  if (!section) {
    problems.push({
      file: file.name,
      message: `unknown file: name CSV files after their section (${sectionList('.csv')})`,
    });
    return undefined;
  }
  // Decode once and parse the UTF-8 re-encoding, so byte offsets and lines refer to one buffer.
  const text = decodeText(file.data);
  const data = Buffer.from(text, 'utf8');
  const lines = new LineCounter(data);
  let records: CsvRecord[];
  try {
    records = parseCsv(data, {
      delimiter: detectDelimiter(text),
      info: true,
      relax_column_count: true,
      skip_empty_lines: false,
    }) as unknown as CsvRecord[];
  } catch (error) {
    const e = error as { code?: string; bytes_records?: number; message: string };
    problems.push({
      file: file.name,
      row: lines.lineAt(e.bytes_records ?? 0),
      message: `not valid CSV: ${CSV_SYNTAX_MESSAGES[e.code ?? ''] ?? e.message}`,
    });
    return undefined;
  }

  const rows: RawTable['rows'] = [];
  let start = 0;
  for (const { record, info } of records) {
    // cells the CSV export neutralised against formulas read back as they were
    rows.push({ row: lines.lineAt(start), cells: record.map(restoreCsvCell) });
    start = info.bytes;
  }
  return toTable(file.name, undefined, section, rows);
}

/** Splits rows into header (the first non-blank row) and the non-blank data rows below it. */
function toTable(file: string, sheet: string | undefined, section: NetworkSection, rows: RawTable['rows']): RawTable {
  const filled = rows.filter((r) => !r.cells.every(isBlank));
  const [header, ...data] = filled;
  return {
    file,
    ...(sheet !== undefined && { sheet }),
    section,
    headerRow: header?.row ?? 1,
    header: header?.cells ?? [],
    rows: data,
  };
}

function isBlank(cell: TableCell): boolean {
  return cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

async function readXlsxFile(file: NamedBuffer, problems: FileProblem[], limits: ReadLimits): Promise<RawTable[]> {
  checkUnzippedSize(file, limits);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer. Data validations are of no use here, and exceljs
    // would expand each validated range cell by cell.
    await workbook.xlsx.load(new Uint8Array(file.data).buffer, { ignoreNodes: ['dataValidations'] });
  } catch (error) {
    problems.push({ file: file.name, message: `not a readable XLSX workbook (${(error as Error).message})` });
    return [];
  }
  const tables: RawTable[] = [];
  for (const sheet of workbook.worksheets) {
    const section = sectionOfName(sheet.name);
    if (!section) {
      problems.push({
        file: file.name,
        sheet: sheet.name,
        message: `unknown sheet: name the sheets after their section (${sectionList('')})`,
      });
      continue;
    }
    checkRowCount(sheet.actualRowCount - 1, limits);
    const rows: RawTable['rows'] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: TableCell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
        cells[columnNumber - 1] = xlsxCellValue(cell.value);
      });
      rows.push({ row: rowNumber, cells });
    });
    tables.push(toTable(file.name, sheet.name, section, rows));
  }
  return tables;
}

/**
 * The value of an XLSX cell as text, number or boolean: dates become YYYY-MM-DD, rich text its
 * plain text, hyperlinks their text, formulas their last computed result.
 */
function xlsxCellValue(value: ExcelJS.CellValue): TableCell {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return xlsxCellValue(value.text);
  if ('error' in value) return { error: `the cell holds the error ${value.error}` };
  if ('formula' in value || 'sharedFormula' in value) {
    if (value.result === undefined)
      return { error: 'the formula has no computed value; open and save the workbook in a spreadsheet program' };
    return xlsxCellValue(value.result);
  }
  return { error: 'unsupported cell content' };
}

// ---------------------------------------------------------------------------------------------
// Raw tables to records, through the template
// ---------------------------------------------------------------------------------------------

/** Where each record of a section came from, for locate(). */
interface TableSource {
  file: string;
  sheet?: string;
  /** the header text and letter of each template column found in the file */
  columns: Map<string, { header: string; letter: string }>;
  /** the row of each record */
  rows: number[];
}

/** The file (and sheet) a table came from, the start of every problem's location. */
type TableWhere = Pick<FileProblem, 'file' | 'sheet'>;

/** Reads a table's header and rows into records, in three steps: header, cells, record rules. */
function interpretTable(table: RawTable, problems: FileProblem[]): { records: unknown[]; source: TableSource } {
  const where: TableWhere = { file: table.file, ...(table.sheet !== undefined && { sheet: table.sheet }) };
  const source: TableSource = { ...where, columns: new Map(), rows: [] };
  // A file or sheet with nothing in it is an empty section, not a missing header.
  if (table.header.length === 0) return { records: [], source };

  const header = readHeader(table, where, source, problems);
  const headerless = new Set<number>();
  const records = table.rows.map(({ row, cells }) => {
    reportHeaderlessValues(cells, header, headerless, { ...where, row }, problems);
    const { values, failed } = readCells(cells, header.columnAt, source, { ...where, row }, problems);
    const { record, issues } = recordFromValues(table.section, values);
    for (const issue of issues) {
      if (failed.has(issue.column)) continue; // the cell's own problem says enough
      const found = source.columns.get(issue.column);
      problems.push({
        ...where,
        row,
        column: found?.header ?? issue.column,
        ...(found && { columnLetter: found.letter }),
        message: issue.message,
      });
    }
    source.rows.push(row);
    return record;
  });
  return { records, source };
}

/** The header of a table: which template column each position holds (noted in `source.columns`). */
interface TableHeader {
  columnAt: (ColumnSpec | undefined)[];
  /** positions whose header is unknown or repeated (their problem covers the values under them) */
  badHeaders: Set<number>;
}

function readHeader(table: RawTable, where: TableWhere, source: TableSource, problems: FileProblem[]): TableHeader {
  const template = NETWORK_TEMPLATE[table.section];
  const byName = new Map(template.columns.map((c) => [c.name.toLowerCase(), c]));
  const columnAt: (ColumnSpec | undefined)[] = [];
  const badHeaders = new Set<number>();
  table.header.forEach((cell, index) => {
    const header = cell === undefined || typeof cell === 'object' ? '' : String(cell).trim();
    if (header === '') return;
    const at = { ...where, row: table.headerRow, column: header, columnLetter: columnLetter(index) };
    const column = byName.get(header.toLowerCase());
    if (!column) {
      const known = template.columns.map((c) => c.name).join(', ');
      problems.push({ ...at, message: `unknown column '${header}' (the columns of ${table.section} are ${known})` });
      badHeaders.add(index);
    } else if (source.columns.has(column.name)) {
      problems.push({ ...at, message: `column ${column.name} appears twice` });
      badHeaders.add(index);
    } else {
      columnAt[index] = column;
      source.columns.set(column.name, { header, letter: columnLetter(index) });
    }
  });
  for (const column of template.columns) {
    if (column.required && !source.columns.has(column.name)) {
      problems.push({
        ...where,
        row: table.headerRow,
        column: column.name,
        message: `required column ${column.name} is missing`,
      });
    }
  }
  return { columnAt, badHeaders };
}

/** Values in a column without a header, reported once per column (`headerless` remembers which). */
function reportHeaderlessValues(
  cells: TableCell[],
  header: TableHeader,
  headerless: Set<number>,
  at: TableWhere & { row: number },
  problems: FileProblem[],
): void {
  cells.forEach((raw, index) => {
    // Values under an unknown header are covered by that header's problem; report the others once.
    if (header.columnAt[index] || header.badHeaders.has(index) || headerless.has(index) || isBlank(raw)) return;
    headerless.add(index);
    problems.push({ ...at, columnLetter: columnLetter(index), message: 'this column has values but no header' });
  });
}

/** The values of one row by column name, and the columns whose cell could not be read. */
function readCells(
  cells: TableCell[],
  columnAt: (ColumnSpec | undefined)[],
  source: TableSource,
  where: TableWhere & { row: number },
  problems: FileProblem[],
): { values: Map<string, CellValue>; failed: Set<string> } {
  const values = new Map<string, CellValue>();
  const failed = new Set<string>();
  columnAt.forEach((column, index) => {
    if (!column) return;
    const cell = cells[index];
    const result = typeof cell === 'object' ? cell : parseCell(column, cell);
    const at = { ...where, column: source.columns.get(column.name)!.header, columnLetter: columnLetter(index) };
    if ('error' in result) {
      failed.add(column.name);
      problems.push({ ...at, message: result.error });
    } else if (result.value !== undefined) {
      values.set(column.name, result.value);
    } else if (column.required) {
      problems.push({ ...at, message: `${column.name} is required` });
    }
  });
  return { values, failed };
}

// ---------------------------------------------------------------------------------------------
// NetworkInput paths back to cells
// ---------------------------------------------------------------------------------------------

const INPUT_PATH = /^(\w+)\[(\d+)\](?:\.(\w+)(?:\[(\d+)\])?(?:\.(\w+))?)?/;

function locatePath(
  input: NetworkInput,
  sources: ReadonlyMap<NetworkSection, TableSource>,
  inputPath: string,
): SourceLocation | undefined {
  const match = INPUT_PATH.exec(inputPath);
  if (!match) return undefined;
  const [, sectionName, rowIndex, field, itemIndex, subField] = match;
  const section = NETWORK_SECTIONS.find((s) => s === sectionName);
  const source = section && sources.get(section);
  const row = source?.rows[Number(rowIndex)];
  if (!section || !source || row === undefined) return undefined;
  const location: SourceLocation = {
    file: source.file,
    ...(source.sheet !== undefined && { sheet: source.sheet }),
    row,
  };

  let columnName = field;
  if (section === 'initiatives' && field === 'characteristics') {
    const record = input.initiatives?.[Number(rowIndex)];
    const characteristic =
      itemIndex !== undefined ? record?.characteristics?.[Number(itemIndex)]?.characteristic : undefined;
    columnName =
      characteristic && characteristicColumnName(characteristic, subField === 'evidence' ? 'evidence' : 'score');
  }
  const column = columnName !== undefined ? source.columns.get(columnName) : undefined;
  return column ? { ...location, column: column.header, columnLetter: column.letter } : location;
}
