import ExcelJS from 'exceljs';
import { validateNetworkInput } from '../../network/utils/validate-network.js';
import { formatLocation, readNetworkFiles, type NamedBuffer } from './read-tables.js';

const csv = (name: string, text: string): NamedBuffer => ({ name, data: Buffer.from(text, 'utf8') });

/** A workbook built cell by cell: sheet name → rows of cell values (row 1 first). */
async function workbook(name: string, sheets: Record<string, ExcelJS.CellValue[][]>): Promise<NamedBuffer> {
  const book = new ExcelJS.Workbook();
  for (const [sheetName, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(sheetName);
    rows.forEach((row, r) => row.forEach((value, c) => (sheet.getCell(r + 1, c + 1).value = value)));
  }
  return { name, data: Buffer.from(await book.xlsx.writeBuffer()) };
}

/** Initiatives as Excel writes CSV: BOM, CRLF, quotes inside quoted cells, line breaks, blank rows. */
const initiatives = csv(
  'initiatives.csv',
  '\uFEFFid,name,description,region,themes,startedOn,status,latitude,longitude\r\n' +
    'zon-1,"Energiecoöperatie ""Zonnedorp""","line one\r\nline two",Drenthe,energy| housing |,2016-04-01,RUNNING,52.83,6.37\r\n' +
    '\r\n' +
    ',,,,,,,,\r\n' +
    'zon-2, Zonnedorp Friesland ,,,,2018-13-01,,,\r\n',
);

describe('readNetworkFiles: CSV', () => {
  it('reads BOM, CRLF, quoted cells with quotes and line breaks; blank cells are absent, blank rows skipped', async () => {
    const parsed = await readNetworkFiles([initiatives]);
    expect(parsed.problems).toEqual([]);
    expect(parsed.input).toEqual({
      initiatives: [
        {
          id: 'zon-1',
          name: 'Energiecoöperatie "Zonnedorp"',
          description: 'line one\r\nline two',
          region: 'Drenthe',
          themes: ['energy', 'housing'],
          startedOn: '2016-04-01',
          status: 'RUNNING',
          latitude: 52.83,
          longitude: 6.37,
        },
        { id: 'zon-2', name: 'Zonnedorp Friesland', startedOn: '2018-13-01' },
      ],
    });
  });

  it('locates a validator path at the file line of its row, counting the line break inside a quoted cell', async () => {
    const parsed = await readNetworkFiles([initiatives]);
    const problems = validateNetworkInput(parsed.input).problems;
    expect(problems.map((p) => p.path)).toEqual(['initiatives[1].startedOn']);
    const location = parsed.locate(problems[0]!.path);
    expect(location).toEqual({ file: 'initiatives.csv', row: 6, column: 'startedOn', columnLetter: 'F' });
    expect(formatLocation(location!)).toBe('initiatives.csv row 6, column startedOn (F)');
    expect(parsed.locate('initiatives[0].name')).toMatchObject({ row: 2, columnLetter: 'B' });
  });

  it('accepts semicolon-separated files in Windows-1252, as Dutch Excel saves them', async () => {
    const text = 'id;name;kind;region\nco-1;Coöperatie Zonnedorp, U.A.;CITIZEN_COLLECTIVE;Fryslân\n';
    const parsed = await readNetworkFiles([{ name: 'Actors.CSV', data: Buffer.from(text, 'latin1') }]);
    expect(parsed.problems).toEqual([]);
    expect(parsed.input.actors).toEqual([
      { id: 'co-1', name: 'Coöperatie Zonnedorp, U.A.', kind: 'CITIZEN_COLLECTIVE', region: 'Fryslân' },
    ]);
  });

  it('matches headers in any case and reports them as written', async () => {
    const parsed = await readNetworkFiles([csv('involvements.csv', 'ActorId,INITIATIVEID,Since\na,i,2020-01-01\n')]);
    expect(parsed.input.involvements).toEqual([{ actorId: 'a', initiativeId: 'i', since: '2020-01-01' }]);
    expect(parsed.locate('involvements[0].since')).toEqual({
      file: 'involvements.csv',
      row: 2,
      column: 'Since',
      columnLetter: 'C',
    });
  });

  it('reads a file with nothing in it as an empty section, and a header alone as one too', async () => {
    const parsed = await readNetworkFiles([csv('outcomes.csv', ''), csv('barriers.csv', 'initiativeId,barrier\n')]);
    expect(parsed.problems).toEqual([]);
    expect(parsed.input).toEqual({ outcomes: [], barriers: [] });
  });

  it('reports a CSV syntax error at the line where the broken row starts', async () => {
    const parsed = await readNetworkFiles([
      csv('actors.csv', 'id,name\r\na,"multi\r\nline"\r\nb,"bad"x\r\nc,d\r\n'),
      csv('initiatives.csv', 'id,name\nx,"never closed\ny,z\n'),
    ]);
    expect(parsed.problems).toEqual([
      {
        file: 'actors.csv',
        row: 4,
        message: 'not valid CSV: text follows the closing quote of a cell (write a " inside a quoted cell as "")',
      },
      { file: 'initiatives.csv', row: 2, message: 'not valid CSV: a quoted cell is never closed (a " is missing)' },
    ]);
  });
});

describe('readNetworkFiles: problems', () => {
  it('gathers every problem of every file with its row and column', async () => {
    const parsed = await readNetworkFiles([
      csv('notes.csv', 'anything\n'),
      { name: 'readme.txt', data: Buffer.from('hello') },
      { name: 'old.xls', data: Buffer.from('') },
      csv(
        'initiatives.csv',
        [
          'id,name,latitude,startDate,systemStep,deepChangeEvidence',
          'i-1,One,"52,1",2021,2.5,',
          ',Two,abc,,,has evidence',
          'i-4,Four,,,,,extra,more',
          'i-5,Five,,,,,,again',
        ].join('\n'),
      ),
      csv('actors.csv', 'id,kind,kind\na-1,FARMER,x\n'),
      csv('barriers.csv', 'initiativeId,barrier,overcome\ni-1,FINANCING,maybe\ni-1,,\n'),
    ]);
    expect(parsed.problems).toEqual([
      {
        file: 'notes.csv',
        message:
          'unknown file: name CSV files after their section (initiatives.csv, actors.csv, involvements.csv, influences.csv, amplifications.csv, outcomes.csv, barriers.csv)',
      },
      { file: 'readme.txt', message: 'cannot read .txt: upload .csv files or an .xlsx workbook' },
      {
        file: 'old.xls',
        message: 'cannot read .xls (save the workbook as .xlsx): upload .csv files or an .xlsx workbook',
      },
      {
        file: 'initiatives.csv',
        row: 1,
        column: 'startDate',
        columnLetter: 'D',
        message: expect.stringMatching(
          /^unknown column 'startDate' \(the columns of initiatives are id, name, description, .*Evidence\)$/,
        ) as string,
      },
      {
        file: 'initiatives.csv',
        row: 2,
        column: 'latitude',
        columnLetter: 'C',
        message: "'52,1' is not a number (use a decimal point: 52.1)",
      },
      {
        file: 'initiatives.csv',
        row: 2,
        column: 'systemStep',
        columnLetter: 'E',
        message: "'2.5' is not a whole number",
      },
      { file: 'initiatives.csv', row: 3, column: 'id', columnLetter: 'A', message: 'id is required' },
      { file: 'initiatives.csv', row: 3, column: 'latitude', columnLetter: 'C', message: "'abc' is not a number" },
      { file: 'initiatives.csv', row: 3, column: 'deepChange', message: 'deepChange has evidence but no score (0–3)' },
      { file: 'initiatives.csv', row: 4, columnLetter: 'G', message: 'this column has values but no header' },
      { file: 'initiatives.csv', row: 4, columnLetter: 'H', message: 'this column has values but no header' },
      { file: 'actors.csv', row: 1, column: 'kind', columnLetter: 'C', message: 'column kind appears twice' },
      { file: 'actors.csv', row: 1, column: 'name', message: 'required column name is missing' },
      {
        file: 'barriers.csv',
        row: 2,
        column: 'overcome',
        columnLetter: 'C',
        message: "'maybe' is not true or false (write true/false, yes/no or 1/0)",
      },
      { file: 'barriers.csv', row: 3, column: 'barrier', columnLetter: 'B', message: 'barrier is required' },
    ]);
    // Rows with problems are kept without the bad values, so indices still match the rows.
    expect(parsed.input.initiatives).toEqual([
      { id: 'i-1', name: 'One' },
      { name: 'Two' },
      { id: 'i-4', name: 'Four' },
      { id: 'i-5', name: 'Five' },
    ]);
    expect(parsed.locate('initiatives[3].name')).toMatchObject({ row: 5 });
  });
});

describe('readNetworkFiles: sections', () => {
  it('reads a section once and says where it came from first', async () => {
    const book = await workbook('atlas.xlsx', {
      initiatives: [
        ['id', 'name'],
        ['b', 'B'],
      ],
    });
    const parsed = await readNetworkFiles([csv('initiatives.csv', 'id,name\na,A\n'), book]);
    expect(parsed.input.initiatives).toEqual([{ id: 'a', name: 'A' }]);
    expect(parsed.problems).toEqual([
      {
        file: 'atlas.xlsx',
        sheet: 'initiatives',
        message: 'initiatives were already read from initiatives.csv; give each section once',
      },
    ]);
  });
});

describe('readNetworkFiles: XLSX', () => {
  it('reads dates as YYYY-MM-DD, numbers as numbers, rich text, hyperlinks and formula results as their values', async () => {
    const book = await workbook('atlas.xlsx', {
      Initiatives: [
        [],
        ['id', 'name', 'startedOn', 'latitude', 'themes', 'description', 'systemStep'],
        [
          'x-1',
          { richText: [{ text: 'Zuid-' }, { text: 'Holland ✓', font: { bold: true } }] },
          new Date(Date.UTC(2021, 2, 4)),
          52.5,
          { formula: 'LOWER("ENERGY|WATER")', result: 'energy|water' },
          { text: 'see the site', hyperlink: 'https://example.org' },
          { formula: '1+1', result: 2 },
        ],
        [12, 'Twelve', '2021-02-30', '53.1'],
      ],
      actors: [
        ['id', 'name', 'kind'],
        ['a', 'A', 'FARMER'],
      ],
      barriers: [
        ['initiativeId', 'barrier', 'overcome'],
        ['x-1', 'CULTURE', 1],
        ['x-1', 'ROUTINES', false],
      ],
    });
    const parsed = await readNetworkFiles([book]);
    expect(parsed.problems).toEqual([]);
    expect(parsed.input).toEqual({
      initiatives: [
        {
          id: 'x-1',
          name: 'Zuid-Holland ✓',
          startedOn: '2021-03-04',
          latitude: 52.5,
          themes: ['energy', 'water'],
          description: 'see the site',
          characteristics: [{ characteristic: 'SYSTEM_STEP', score: 2 }],
        },
        { id: '12', name: 'Twelve', startedOn: '2021-02-30', latitude: 53.1 },
      ],
      actors: [{ id: 'a', name: 'A', kind: 'FARMER' }],
      barriers: [
        { initiativeId: 'x-1', barrier: 'CULTURE', overcome: true },
        { initiativeId: 'x-1', barrier: 'ROUTINES', overcome: false },
      ],
    });
    // The header is the first filled row (2 here); rows keep their sheet numbers.
    const location = parsed.locate('initiatives[1].startedOn');
    expect(location).toEqual({
      file: 'atlas.xlsx',
      sheet: 'Initiatives',
      row: 4,
      column: 'startedOn',
      columnLetter: 'C',
    });
    expect(formatLocation(location!)).toBe('atlas.xlsx, sheet Initiatives, row 4, column startedOn (C)');
  });
});

describe('readNetworkFiles: XLSX problems', () => {
  it('reports unknown sheets, error cells and unreadable workbooks', async () => {
    const book = await workbook('atlas.xlsx', {
      Notes: [['anything']],
      actors: [
        ['id', 'name'],
        ['a', { error: '#N/A' }],
        ['b', { formula: 'A1' }],
      ],
    });
    const parsed = await readNetworkFiles([book, { name: 'broken.xlsx', data: Buffer.from('not a zip') }]);
    expect(parsed.problems).toEqual([
      {
        file: 'atlas.xlsx',
        sheet: 'Notes',
        message:
          'unknown sheet: name the sheets after their section (initiatives, actors, involvements, influences, amplifications, outcomes, barriers)',
      },
      {
        file: 'broken.xlsx',
        message: expect.stringMatching(/^not a readable XLSX workbook \(.+\)$/) as string,
      },
      {
        file: 'atlas.xlsx',
        sheet: 'actors',
        row: 2,
        column: 'name',
        columnLetter: 'B',
        message: 'the cell holds the error #N/A',
      },
      {
        file: 'atlas.xlsx',
        sheet: 'actors',
        row: 3,
        column: 'name',
        columnLetter: 'B',
        message: 'the formula has no computed value; open and save the workbook in a spreadsheet program',
      },
    ]);
  });
});

describe('locate', () => {
  const files = [
    csv(
      'initiatives.csv',
      [
        'id,name,themes,systemStep,systemStepEvidence,deepChange,deepChangeEvidence,energyPlace',
        'i-1,One,a|b||c,,,2,because,4',
      ].join('\n'),
    ),
    csv('involvements.csv', 'actorId,initiativeId,role\na,i-1,x\na,i-1,y\n'),
  ];

  it('maps paths of list items, characteristics and whole rows to their cells', async () => {
    const parsed = await readNetworkFiles(files);
    expect(parsed.problems).toEqual([]);
    const at = (path: string) => parsed.locate(path);
    expect(at('initiatives[0].themes[2]')).toEqual({
      file: 'initiatives.csv',
      row: 2,
      column: 'themes',
      columnLetter: 'C',
    });
    // characteristics[0] is deepChange, [1] energyPlace: the list holds only the scored ones.
    expect(at('initiatives[0].characteristics[1].score')).toMatchObject({ column: 'energyPlace', columnLetter: 'H' });
    expect(at('initiatives[0].characteristics[0].evidence')).toMatchObject({
      column: 'deepChangeEvidence',
      columnLetter: 'G',
    });
    expect(at('initiatives[0].characteristics[0].characteristic')).toMatchObject({
      column: 'deepChange',
      columnLetter: 'F',
    });
    expect(at('involvements[1]')).toEqual({ file: 'involvements.csv', row: 3 });
    expect(at('involvements[1].until')).toEqual({ file: 'involvements.csv', row: 3 });
  });

  it('gives undefined for rows and sections the files do not have', async () => {
    const parsed = await readNetworkFiles(files);
    expect(parsed.locate('initiatives[1].name')).toBeUndefined();
    expect(parsed.locate('outcomes[0].kind')).toBeUndefined();
    expect(parsed.locate('nonsense')).toBeUndefined();
  });

  it('takes the validator from a path to a cell', async () => {
    const parsed = await readNetworkFiles(files);
    const messages = validateNetworkInput(parsed.input).problems.map((p) => {
      const location = parsed.locate(p.path);
      return `${location ? formatLocation(location) : p.path}: ${p.message}`;
    });
    expect(messages).toEqual([
      'initiatives.csv row 2, column energyPlace (H): 4 is not allowed: a score is 0, 1, 2 or 3',
      expect.stringMatching(/^involvements\.csv row 3: duplicate involvement/),
    ]);
  });
});

describe('formatLocation', () => {
  it('says as much as it knows', () => {
    expect(formatLocation({ file: 'actors.csv' })).toBe('actors.csv');
    expect(formatLocation({ file: 'actors.csv', row: 3 })).toBe('actors.csv row 3');
    expect(formatLocation({ file: 'actors.csv', row: 1, column: 'name' })).toBe('actors.csv row 1, column name');
    expect(formatLocation({ file: 'a.xlsx', sheet: 'actors', row: 4, columnLetter: 'G' })).toBe(
      'a.xlsx, sheet actors, row 4, column G',
    );
    expect(formatLocation({ file: 'a.xlsx', sheet: 'Notes' })).toBe('a.xlsx, sheet Notes');
  });
});
