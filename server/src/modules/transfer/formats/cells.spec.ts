import { columnLetter, formatCell, neutralizeCsvCell, parseCell, restoreCsvCell } from './cells.js';
import { NETWORK_TEMPLATE, type ColumnSpec } from './template.js';

/** A column of the real template, by section and name. */
function column(section: keyof typeof NETWORK_TEMPLATE, name: string): ColumnSpec {
  const found = NETWORK_TEMPLATE[section].columns.find((c) => c.name === name);
  if (!found) throw new Error(`no column ${section}.${name}`);
  return found;
}

describe('parseCell', () => {
  const latitude = column('initiatives', 'latitude');
  const score = column('initiatives', 'systemStep');
  const overcome = column('barriers', 'overcome');
  const themes = column('initiatives', 'themes');
  const startedOn = column('initiatives', 'startedOn');
  const status = column('initiatives', 'status');

  it('turns blank cells into absent values', () => {
    for (const c of [latitude, score, overcome, themes, startedOn, status]) {
      expect(parseCell(c, undefined)).toEqual({ value: undefined });
      expect(parseCell(c, '  ')).toEqual({ value: undefined });
    }
  });

  it('reads numbers written with a decimal point or exponent, and XLSX numbers as they are', () => {
    expect(parseCell(latitude, ' 52.83 ')).toEqual({ value: 52.83 });
    expect(parseCell(latitude, '-.5')).toEqual({ value: -0.5 });
    expect(parseCell(latitude, '1e-3')).toEqual({ value: 0.001 });
    expect(parseCell(latitude, 6.25)).toEqual({ value: 6.25 });
  });

  it('rejects what Number() would quietly accept, and explains a decimal comma', () => {
    expect(parseCell(latitude, '0x10')).toEqual({ error: "'0x10' is not a number" });
    expect(parseCell(latitude, 'Infinity')).toEqual({ error: "'Infinity' is not a number" });
    expect(parseCell(latitude, '1,000.5')).toEqual({ error: "'1,000.5' is not a number" });
    expect(parseCell(latitude, '52,83')).toEqual({ error: "'52,83' is not a number (use a decimal point: 52.83)" });
  });

  it('accepts whole numbers only in integer columns', () => {
    expect(parseCell(score, '3')).toEqual({ value: 3 });
    expect(parseCell(score, '2.0')).toEqual({ value: 2 });
    expect(parseCell(score, '2.5')).toEqual({ error: "'2.5' is not a whole number" });
    expect(parseCell(score, 1.5)).toEqual({ error: "'1.5' is not a whole number" });
  });

  it('reads booleans in English and Dutch, and XLSX booleans and 0/1', () => {
    for (const yes of ['true', 'TRUE', 'yes', 'Y', '1', 'ja', 'WAAR'])
      expect(parseCell(overcome, yes)).toEqual({ value: true });
    for (const no of ['false', 'No', '0', 'nee', 'ONWAAR']) expect(parseCell(overcome, no)).toEqual({ value: false });
    expect(parseCell(overcome, true)).toEqual({ value: true });
    expect(parseCell(overcome, 0)).toEqual({ value: false });
    expect(parseCell(overcome, 'maybe')).toEqual({
      error: "'maybe' is not true or false (write true/false, yes/no or 1/0)",
    });
  });

  it('splits lists on |, trimming items and dropping empty ones', () => {
    expect(parseCell(themes, ' energy | housing||care| ')).toEqual({ value: ['energy', 'housing', 'care'] });
    expect(parseCell(themes, '|')).toEqual({ value: undefined });
  });

  it('passes dates and enum values through as trimmed text for the validator to check', () => {
    expect(parseCell(startedOn, ' 2021-02-30 ')).toEqual({ value: '2021-02-30' });
    expect(parseCell(status, 'running')).toEqual({ value: 'running' });
    expect(parseCell(column('actors', 'id'), 12)).toEqual({ value: '12' });
  });
});

describe('formatCell', () => {
  it('writes what parseCell reads back', () => {
    const cases: [ColumnSpec, Parameters<typeof formatCell>[0]][] = [
      [column('initiatives', 'latitude'), -0.000123],
      [column('initiatives', 'latitude'), 1e21],
      [column('initiatives', 'systemStep'), 0],
      [column('barriers', 'overcome'), false],
      [column('initiatives', 'themes'), ['energy', 'circular economy']],
      [column('initiatives', 'name'), 'Zonnedorp, "de eerste"'],
    ];
    for (const [c, value] of cases) expect(parseCell(c, formatCell(value))).toEqual({ value });
    expect(formatCell(undefined)).toBe('');
  });
});

describe('columnLetter', () => {
  it('names columns as spreadsheets do', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });
});

describe('neutralizeCsvCell / restoreCsvCell', () => {
  it('prefixes a quote to text starting with = + - @ tab or CR, and to quotes before those; restores exactly', () => {
    const cases: [string, string][] = [
      ['=1+2', "'=1+2"],
      ['+31 6 1234', "'+31 6 1234"],
      ['-x', "'-x"],
      ['@user', "'@user"],
      ['\tindent', "'\tindent"],
      ['\rcr', "'\rcr"],
      ["'=x", "''=x"],
      ["'plain", "'plain"],
      ['plain', 'plain'],
      ['a=b', 'a=b'],
    ];
    for (const [text, cell] of cases) {
      expect(neutralizeCsvCell(text)).toBe(cell);
      expect(restoreCsvCell(cell)).toBe(text);
    }
  });
});
