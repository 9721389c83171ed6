/**
 * Writes a network as spreadsheets in the layout of the template: CSV files (one per section) or
 * one XLSX workbook (one sheet per section). What is written reads back with readNetworkFiles()
 * as the same network, up to normalizeNetwork().
 */
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { NETWORK_SECTIONS, type NetworkInput, type NetworkSection } from '../../../domain/network.types.js';
import { columnLetter, formatCell, neutralizeCsvCell } from './cells.js';
import type { NamedBuffer } from './read-tables.js';
import { NETWORK_TEMPLATE, columnValue, type CellValue, type ColumnSpec, type SectionRecords } from './template.js';

export interface CsvWriteOptions {
  /** Write a file for every section, even an empty one (as the empty templates do). */
  allSections?: boolean;
}

/** Sections written even when empty, so an export always shows where initiatives and actors go. */
const ALWAYS_WRITTEN: ReadonlySet<NetworkSection> = new Set(['initiatives', 'actors']);

/** Enum dropdowns in the XLSX cover this many rows below the header. */
const VALIDATED_ROWS = 5000;

/** The records of a section as rows of values, one per template column. */
function sectionRows(input: NetworkInput, section: NetworkSection): (CellValue | undefined)[][] {
  const records = (input[section] ?? []) as SectionRecords[NetworkSection][];
  return records.map((record) => NETWORK_TEMPLATE[section].columns.map((column) => columnValue(column, record)));
}

/** A value as CSV cell text: numbers and booleans as they are, text neutralised against formulas. */
function csvCell(value: CellValue | undefined): string {
  const text = formatCell(value);
  return typeof value === 'number' || typeof value === 'boolean' ? text : neutralizeCsvCell(text);
}

/**
 * The network as CSV files named after their section (`initiatives.csv`, …): a header row from the
 * template, then one row per record. UTF-8 with a byte order mark, so that Excel shows accented
 * names correctly; a text cell that a spreadsheet program could take for a formula is neutralised
 * (neutralizeCsvCell), and reads back as it was. Empty sections are left out, except initiatives and actors.
 */
export function networkToCsvFiles(input: NetworkInput, options: CsvWriteOptions = {}): NamedBuffer[] {
  return NETWORK_SECTIONS.filter(
    (section) => options.allSections || ALWAYS_WRITTEN.has(section) || (input[section]?.length ?? 0) > 0,
  ).map((section) => {
    const header = NETWORK_TEMPLATE[section].columns.map((c) => c.name);
    const rows = sectionRows(input, section).map((row) => row.map(csvCell));
    return { name: `${section}.csv`, data: Buffer.from(stringify([header, ...rows], { bom: true })) };
  });
}

/**
 * The network as an XLSX workbook with a sheet per section, always all of them. The header row is
 * bold and frozen, carries each column's description as a note and has filter buttons; enum
 * columns get a dropdown of their values. Numbers and booleans are written as such; everything
 * else, dates included, as text (in text-formatted columns), so that values read back exactly and
 * Excel does not turn ids like `0012` into numbers or dates into its own format.
 */
export async function networkToXlsx(input: NetworkInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Small Wins Atlas';
  for (const section of NETWORK_SECTIONS) {
    const { columns } = NETWORK_TEMPLATE[section];
    const rows = sectionRows(input, section);
    const sheet = workbook.addWorksheet(section, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = columns.map((column, index) => ({
      header: column.name,
      key: column.name,
      width: columnWidth(
        column,
        rows.map((row) => row[index]),
      ),
      style: isNumeric(column) ? {} : { numFmt: '@' },
    }));
    for (const row of rows) sheet.addRow(row.map(xlsxValue));

    const header = sheet.getRow(1);
    header.font = { bold: true };
    columns.forEach((column, index) => {
      header.getCell(index + 1).note = columnNote(column);
      addDropdown(sheet, column, columnLetter(index));
    });
    sheet.autoFilter = { from: 'A1', to: `${columnLetter(columns.length - 1)}1` };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function isNumeric(column: ColumnSpec): boolean {
  return column.kind === 'number' || column.kind === 'integer' || column.kind === 'boolean';
}

/** Numbers and booleans as themselves, everything else as the same text a CSV cell gets. */
function xlsxValue(value: CellValue | undefined): ExcelJS.CellValue {
  if (value === undefined) return null;
  return typeof value === 'number' || typeof value === 'boolean' ? value : formatCell(value);
}

/** Wide enough for the header and most values, within reason. */
function columnWidth(column: ColumnSpec, values: readonly (CellValue | undefined)[]): number {
  const longest = values.reduce<number>((max, value) => Math.max(max, formatCell(value).length), column.name.length);
  return Math.min(Math.max(longest + 2, 10), 60);
}

function columnNote(column: ColumnSpec): string {
  const lines = [`${column.description}${column.required ? ' (required)' : ''}`];
  if (column.values) lines.push(`one of: ${column.values.join(', ')}`);
  return lines.join('\n');
}

/** exceljs can validate a whole range at once but does not declare it in its types. */
interface RangeValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

/** A dropdown of the allowed values for an enum column (Excel limits the list to 255 characters). */
function addDropdown(sheet: ExcelJS.Worksheet, column: ColumnSpec, letter: string): void {
  if (column.kind !== 'enum' || !column.values) return;
  const list = column.values.join(',');
  if (list.length > 255) return;
  (sheet as unknown as RangeValidations).dataValidations.add(`${letter}2:${letter}${VALIDATED_ROWS + 1}`, {
    type: 'list',
    allowBlank: true,
    formulae: [`"${list}"`],
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: column.name,
    error: `${column.name} is one of ${column.values.join(', ')}`,
  });
}
