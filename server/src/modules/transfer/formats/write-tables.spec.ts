import ExcelJS from 'exceljs';
import { NETWORK_SECTIONS, type NetworkInput } from '../../../domain/network.types.js';
import { AWKWARD_TEXT, sampleNetwork } from './fixtures.js';
import { normalizeNetwork } from './normalize.js';
import { readNetworkFiles } from './read-tables.js';
import { networkToCsvFiles, networkToXlsx } from './write-tables.js';

async function readBack(files: { name: string; data: Buffer }[]): Promise<NetworkInput> {
  const parsed = await readNetworkFiles(files);
  expect(parsed.problems).toEqual([]);
  return parsed.input;
}

describe('networkToCsvFiles', () => {
  it('round-trips every column of every section', async () => {
    const input = sampleNetwork();
    const back = await readBack(networkToCsvFiles(input));
    expect(normalizeNetwork(back)).toEqual(normalizeNetwork(input));
    // Spot checks that normalisation does not hide: awkward text, leading zeros, signs, false.
    expect(back.initiatives?.[0]?.description).toBe(AWKWARD_TEXT);
    expect(back.initiatives?.[1]).toMatchObject({ id: '0012', latitude: -0.5, longitude: -179.25 });
    expect(back.barriers?.[1]?.overcome).toBe(false);
    expect(back.initiatives?.[0]?.characteristics?.[1]).toEqual({
      characteristic: 'AMPLIFICATION_POTENTIAL',
      score: 0,
    });
  });

  it('writes UTF-8 with a BOM, the template header and quoted awkward cells', () => {
    const files = networkToCsvFiles(sampleNetwork());
    expect(files.map((f) => f.name)).toEqual(NETWORK_SECTIONS.map((s) => `${s}.csv`));
    const actors = files.find((f) => f.name === 'actors.csv')!.data;
    expect([...actors.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(actors.toString('utf8').slice(1).split('\n')).toEqual([
      'id,name,kind,region',
      'a-coop,Coöperatie Zonnedorp U.A.,CITIZEN_COLLECTIVE,Drenthe',
      'a-prov,Provinsje Fryslân,PROVINCE,Friesland',
      'a-x,"Stichting ""Samen"" <Sterk> & Co",,',
      '',
    ]);
    const amplifications = files.find((f) => f.name === 'amplifications.csv')!.data.toString('utf8');
    expect(amplifications).toContain(
      ',SPREADING,2018-06-01,"Boer & ""Buur"" <zon>, \'t Veld; ✓ 🌱\nsecond line",0.75,',
    );
    expect(amplifications).toContain('PROFESSIONALISATION|LOGIC_OF_ATTRACTION');
  });

  it('leaves out empty sections but always writes initiatives and actors', () => {
    const files = networkToCsvFiles({ amplifications: [], influences: [{ fromActorId: 'a', toActorId: 'b' }] });
    expect(files.map((f) => f.name)).toEqual(['initiatives.csv', 'actors.csv', 'influences.csv']);
    expect(files[1]!.data.toString('utf8')).toBe('\uFEFFid,name,kind,region\n');
  });

  it('writes every section on request, as the empty templates have them', () => {
    const files = networkToCsvFiles({}, { allSections: true });
    expect(files.map((f) => f.name)).toEqual(NETWORK_SECTIONS.map((s) => `${s}.csv`));
  });
});

describe('networkToXlsx', () => {
  it('round-trips every column of every section', async () => {
    const input = sampleNetwork();
    const back = await readBack([{ name: 'network.xlsx', data: await networkToXlsx(input) }]);
    expect(normalizeNetwork(back)).toEqual(normalizeNetwork(input));
    expect(back.initiatives?.[0]?.description).toBe(AWKWARD_TEXT);
    expect(back.initiatives?.[1]?.id).toBe('0012');
  });

  it('has a sheet per section with a bold, frozen, annotated header; dates as text, numbers as numbers', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(await networkToXlsx(sampleNetwork())).buffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([...NETWORK_SECTIONS]);

    const sheet = book.getWorksheet('initiatives')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = sheet.getRow(1);
    expect(header.getCell(1).value).toBe('id');
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(JSON.stringify(header.getCell(7).note)).toContain('stage it is in\\none of: IDEA, EXPERIMENT, RUNNING');
    // status (G) has a dropdown of its values; exceljs reads validations back per cell.
    const validations = (sheet as unknown as { dataValidations: { find(address: string): unknown } }).dataValidations;
    expect(validations.find('G2')).toMatchObject({
      type: 'list',
      formulae: ['"IDEA,EXPERIMENT,RUNNING,EMBEDDED,STOPPED"'],
    });
    expect(validations.find('F2')).toBeUndefined();

    const first = sheet.getRow(2);
    expect(first.getCell(6).value).toBe('2016-04-01'); // startedOn: text, not an Excel date
    expect(first.getCell(6).type).toBe(ExcelJS.ValueType.String);
    expect(first.getCell(8).value).toBe(52.8341);
    expect(first.getCell(10).value).toBe(3); // systemStep
    expect(sheet.getRow(3).getCell(1).value).toBe('0012');
    expect(book.getWorksheet('barriers')!.getRow(2).getCell(3).value).toBe(true);
  });

  it('writes an empty network as a workbook that reads back as empty sections', async () => {
    const back = await readBack([{ name: 'template.xlsx', data: await networkToXlsx({}) }]);
    expect(back).toEqual(Object.fromEntries(NETWORK_SECTIONS.map((s) => [s, []])));
  });
});

describe('normalizeNetwork', () => {
  it('treats null, blank and empty as absent, trims, and orders characteristics', () => {
    expect(
      normalizeNetwork({
        initiatives: [
          {
            id: ' a ',
            name: 'A',
            description: '  ',
            region: null,
            themes: ['x', ' ', ''],
            characteristics: [
              { characteristic: 'ENERGY_PLACE', score: 1, evidence: null },
              { characteristic: 'SYSTEM_STEP', score: 0 },
            ],
          },
        ],
        actors: [],
        outcomes: null,
      }),
    ).toEqual({
      initiatives: [
        {
          id: 'a',
          name: 'A',
          themes: ['x'],
          characteristics: [
            { characteristic: 'SYSTEM_STEP', score: 0 },
            { characteristic: 'ENERGY_PLACE', score: 1 },
          ],
        },
      ],
    });
  });

  it('keeps differences that matter: values, row order, false and 0', () => {
    const a: NetworkInput = { barriers: [{ initiativeId: 'i', barrier: 'CULTURE', overcome: false }] };
    expect(normalizeNetwork(a)).toEqual(a);
    expect(
      normalizeNetwork({
        actors: [
          { id: 'a', name: 'A' },
          { id: 'b', name: 'B' },
        ],
      }),
    ).not.toEqual(
      normalizeNetwork({
        actors: [
          { id: 'b', name: 'B' },
          { id: 'a', name: 'A' },
        ],
      }),
    );
  });
});

describe('CSV injection (OWASP)', () => {
  const FORMULAS = ['=HYPERLINK("http://evil.example","click")', '+1+1', '-2+3', '@SUM(A1)', "'=already quoted"];

  it('neutralises text cells a spreadsheet could run as a formula, and reads them back unchanged', async () => {
    const input: NetworkInput = {
      initiatives: FORMULAS.map((name, i) => ({ id: `f-${i}`, name, description: name, longitude: -3.5 })),
    };
    const [file] = networkToCsvFiles(input);
    const lines = file!.data
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split('\n');
    const cells = lines.slice(1, FORMULAS.length + 1).map((line) => line.split(',')[1]);
    for (const cell of cells) expect(cell).toMatch(/^"?'/);
    // numbers stay numbers: -3.5 is not a formula
    expect(lines[1]).toContain(',-3.5,');
    const back = await readBack(networkToCsvFiles(input));
    expect(back.initiatives?.map((i) => i.name)).toEqual(FORMULAS);
    expect(back.initiatives?.map((i) => i.description)).toEqual(FORMULAS);
  });
});
