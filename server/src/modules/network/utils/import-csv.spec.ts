import type { NetworkInput } from '../../../domain/network.types.js';
import { ARRAY_DELIMITER, networkToImportCsv } from './import-csv.js';

const network: NetworkInput = {
  initiatives: [
    {
      id: 'i1',
      name: ' Repair café, "Noord" ',
      description: 'two lines\nof text',
      region: 'Drenthe',
      themes: ['energy', 'energy ', 'food'],
      startedOn: '2021-03-04',
      characteristics: [{ characteristic: 'TANGIBLE_RESULTS', score: 4 }],
    },
    { id: 'i2', name: 'Buurtbatterij', themes: [] },
  ],
  actors: [{ id: 'a1', name: 'Gemeente Assen', kind: 'MUNICIPALITY', region: 'Drenthe' }],
  involvements: [{ actorId: 'a1', initiativeId: 'i1', since: '2020-01-01' }],
  amplifications: [
    {
      fromInitiativeId: 'i1',
      toInitiativeId: 'i2',
      mode: 'SPREADING',
      mechanisms: ['LEARNING_BY_DOING', 'PARTNERING'],
      confidence: 0.5,
    },
  ],
  outcomes: [{ initiativeId: 'i1', kind: 'COLLABORATION', name: 'Sharing' }],
  barriers: [
    { initiativeId: 'i1', barrier: 'REGULATION', overcome: true, on: '2022-05-06' },
    { initiativeId: 'i2', barrier: 'REGULATION' },
  ],
};

const csv = networkToImportCsv(network, 7);
const file = (name: string) => {
  const found = csv.files.find((f) => f.name === name);
  if (!found) throw new Error(`no ${name} among ${csv.files.map((f) => f.name).join(', ')}`);
  return found.lines.map((line) => line.replace(/\n$/, ''));
};

describe('networkToImportCsv', () => {
  it('writes initiatives with typed columns, quoted text, lists joined and the change mark', () => {
    const [header, first, second] = file('nodes-Initiative.csv');
    const columns = header!.split(',');
    expect(columns.slice(0, 3)).toEqual(['id:ID(Initiative)', 'name', 'description']);
    expect(columns).toEqual(
      expect.arrayContaining(['themes:string[]', 'startedOn:date', '_seq:long', 'latitude:double']),
    );
    const at = (line: string, name: string) => {
      // the cells of these rows hold no comma outside quotes except in the name
      const cells = line.match(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, ''));
      return cells[columns.indexOf(name)];
    };
    expect(at(first!, 'id:ID(Initiative)')).toBe('"i1"');
    expect(at(first!, 'name')).toBe('"Repair café, ""Noord"""');
    expect(at(first!, 'themes:string[]')).toBe(`"energy${ARRAY_DELIMITER}food"`);
    expect(at(first!, 'startedOn:date')).toBe('2021-03-04');
    expect(at(first!, '_seq:long')).toBe('7');
    // an empty list and a missing value are both left empty (not stored)
    expect(at(second!, 'themes:string[]')).toBe('');
    expect(at(second!, 'startedOn:date')).toBe('');
    expect(csv.files.filter((f) => f.multiline).map((f) => f.name)).toEqual(['nodes-Initiative.csv']);
    expect(csv.problems).toEqual([]);
  });

  it('writes each vocabulary node once, and the links to regions and themes', () => {
    expect(file('nodes-Region.csv')).toEqual(['name:ID(Region)', '"Drenthe"']);
    expect(file('nodes-Theme.csv')).toEqual(['name:ID(Theme)', '"energy"', '"food"']);
    expect(file('nodes-Barrier.csv')).toEqual(['kind:ID(Barrier)', '"REGULATION"']);
    expect(file('relationships-ADDRESSES.csv')).toEqual([
      ':START_ID(Initiative),:END_ID(Theme)',
      '"i1","energy"',
      '"i1","food"',
    ]);
    expect(file('relationships-LOCATED_IN.csv')).toEqual([':START_ID(Initiative),:END_ID(Region)', '"i1","Drenthe"']);
  });

  it('writes the relations with the properties of the online create statements', () => {
    expect(file('relationships-AMPLIFIES.csv')).toEqual([
      ':START_ID(Initiative),:END_ID(Initiative),mode,on:date,evidence,confidence:double,mechanisms:string[],_seq:long',
      `"i1","i2","SPREADING",,,0.5,"LEARNING_BY_DOING${ARRAY_DELIMITER}PARTNERING",7`,
    ]);
    expect(file('relationships-INVOLVED_IN.csv')).toEqual([
      ':START_ID(Actor),:END_ID(Initiative),role,since:date,until:date,_seq:long',
      '"a1","i1",,2020-01-01,,7',
    ]);
    // FACES for every barrier, OVERCOMES only for the overcome one, dated
    expect(file('relationships-FACES.csv')).toHaveLength(3);
    expect(file('relationships-OVERCOMES.csv')).toEqual([
      ':START_ID(Initiative),:END_ID(Barrier),date:date,_seq:long',
      '"i1","REGULATION",2022-05-06,7',
    ]);
    const [outcomeHeader, outcome] = file('nodes-Outcome.csv');
    expect(outcomeHeader).toBe('key:ID(Outcome),kind,name');
    expect(outcome).toMatch(/^"[^"]+","COLLABORATION","Sharing"$/);
  });

  it('reports a list element holding the delimiter, and needs no multi-line reading without line breaks', () => {
    const bad = networkToImportCsv(
      {
        initiatives: [
          { id: 'a', name: 'A' },
          { id: 'b', name: 'B' },
        ],
        amplifications: [
          {
            fromInitiativeId: 'a',
            toInitiativeId: 'b',
            mode: 'SPREADING',
            mechanisms: [`X${ARRAY_DELIMITER}Y` as never],
          },
        ],
      },
      1,
    );
    expect(bad.problems.map((p) => p.path)).toEqual(['amplifications[0].mechanisms']);
    expect(bad.problems[0]!.message).toMatch(/U\+001F/);
    expect(bad.files.some((f) => f.multiline)).toBe(false);
  });
});
