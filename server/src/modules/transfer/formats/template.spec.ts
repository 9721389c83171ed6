import { NETWORK_SECTIONS } from '../../../domain/network.types.js';
import {
  NETWORK_TEMPLATE,
  characteristicColumnName,
  columnValue,
  recordFromValues,
  sectionOfName,
} from './template.js';

const names = (section: keyof typeof NETWORK_TEMPLATE): string[] =>
  NETWORK_TEMPLATE[section].columns.map((c) => c.name);

describe('the network template', () => {
  it('has a template for every section, in NETWORK_SECTIONS order', () => {
    expect(Object.keys(NETWORK_TEMPLATE)).toEqual([...NETWORK_SECTIONS]);
  });

  it('names columns after the NetworkInput fields, flattening characteristics into score and evidence', () => {
    expect(names('initiatives')).toEqual([
      'id',
      'name',
      'description',
      'region',
      'themes',
      'startedOn',
      'status',
      'latitude',
      'longitude',
      'systemStep',
      'systemStepEvidence',
      'tangibleResults',
      'tangibleResultsEvidence',
      'deepChange',
      'deepChangeEvidence',
      'frictionOvercome',
      'frictionOvercomeEvidence',
      'connectedChange',
      'connectedChangeEvidence',
      'energyPlace',
      'energyPlaceEvidence',
      'amplificationPotential',
      'amplificationPotentialEvidence',
    ]);
    expect(names('actors')).toEqual(['id', 'name', 'kind', 'region']);
    expect(names('involvements')).toEqual(['actorId', 'initiativeId', 'role', 'since', 'until']);
    expect(names('influences')).toEqual(['fromActorId', 'toActorId', 'weight', 'since']);
    expect(names('amplifications')).toEqual([
      'fromInitiativeId',
      'toInitiativeId',
      'mode',
      'on',
      'evidence',
      'confidence',
      'mechanisms',
    ]);
    expect(names('outcomes')).toEqual(['initiativeId', 'kind', 'name', 'on']);
    expect(names('barriers')).toEqual(['initiativeId', 'barrier', 'overcome', 'on', 'note']);
  });

  it('requires ids, names, references and the enum values that identify a row', () => {
    const required = Object.fromEntries(
      NETWORK_SECTIONS.map((s) => [s, NETWORK_TEMPLATE[s].columns.filter((c) => c.required).map((c) => c.name)]),
    );
    expect(required).toEqual({
      initiatives: ['id', 'name'],
      actors: ['id', 'name'],
      involvements: ['actorId', 'initiativeId'],
      influences: ['fromActorId', 'toActorId'],
      amplifications: ['fromInitiativeId', 'toInitiativeId', 'mode'],
      outcomes: ['initiativeId', 'kind'],
      barriers: ['initiativeId', 'barrier'],
    });
  });

  it('gives every column a kind, a description, and enum columns their values', () => {
    for (const section of NETWORK_SECTIONS) {
      for (const c of NETWORK_TEMPLATE[section].columns) {
        expect(c.description.length).toBeGreaterThan(5);
        expect(c.values !== undefined).toBe(c.kind === 'enum' || c.kind === 'list-of-enum');
      }
    }
    const kinds = Object.fromEntries(NETWORK_TEMPLATE.amplifications.columns.map((c) => [c.name, c.kind]));
    expect(kinds).toMatchObject({ mode: 'enum', on: 'date', confidence: 'number', mechanisms: 'list-of-enum' });
  });
});

describe('the network template: names', () => {
  it('derives characteristic column names from the enum names', () => {
    expect(characteristicColumnName('AMPLIFICATION_POTENTIAL', 'score')).toBe('amplificationPotential');
    expect(characteristicColumnName('SYSTEM_STEP', 'evidence')).toBe('systemStepEvidence');
  });

  it('recognises section names in any case', () => {
    expect(sectionOfName(' Initiatives ')).toBe('initiatives');
    expect(sectionOfName('AMPLIFICATIONS')).toBe('amplifications');
    expect(sectionOfName('initiative')).toBeUndefined();
    expect(sectionOfName('initiatives.csv')).toBeUndefined();
    expect(sectionOfName('notes')).toBeUndefined();
  });
});

describe('records and column values', () => {
  it('assembles characteristics in CHARACTERISTICS order from their columns', () => {
    const values = new Map<string, string | number>([
      ['id', 'i-1'],
      ['energyPlace', 3],
      ['systemStepEvidence', 'pilot became policy'],
      ['systemStep', 2],
    ]);
    const { record, issues } = recordFromValues('initiatives', values);
    expect(issues).toEqual([]);
    expect(record).toEqual({
      id: 'i-1',
      characteristics: [
        { characteristic: 'SYSTEM_STEP', score: 2, evidence: 'pilot became policy' },
        { characteristic: 'ENERGY_PLACE', score: 3 },
      ],
    });
    const column = NETWORK_TEMPLATE.initiatives.columns.find((c) => c.name === 'systemStepEvidence')!;
    expect(columnValue(column, record)).toBe('pilot became policy');
  });

  it('reports evidence without a score at the score column', () => {
    const { record, issues } = recordFromValues('initiatives', new Map([['deepChangeEvidence', 'new values']]));
    expect(record).toEqual({});
    expect(issues).toEqual([{ column: 'deepChange', message: 'deepChange has evidence but no score (0–3)' }]);
  });

  it('reads null fields as absent', () => {
    const column = NETWORK_TEMPLATE.actors.columns.find((c) => c.name === 'kind')!;
    expect(columnValue(column, { id: 'a', name: 'A', kind: null })).toBeUndefined();
  });
});
