import { describe, expect, it } from '@jest/globals';
import cytoscape from 'cytoscape';
import {
  diffElements,
  figureRows,
  isEmptyDiff,
  namesById,
  regionItems,
  relationEnds,
  signed,
  splitSection,
  type Diff,
  type DiffItem,
} from './diff-model';

const count = (before: number, after: number) => ({ before, after });

function item(partial: Partial<DiffItem> & Pick<DiffItem, 'key' | 'action' | 'kind'>): DiffItem {
  return { label: partial.key, nodeIds: [], before: null, after: null, fields: [], ...partial };
}

const zonNew = item({
  key: 'initiative:zon',
  kind: 'INITIATIVE',
  action: 'CREATED',
  after: '{"id":"zon","name":"Zonnedorp","region":"Drenthe"}',
  nodeIds: ['initiative:zon'],
});
const bosGone = item({
  key: 'initiative:bos',
  kind: 'INITIATIVE',
  action: 'DELETED',
  before: '{"id":"bos","name":"Voedselbos","region":"Zeeland"}',
  nodeIds: ['initiative:bos'],
});
const wijkMoved = item({
  key: 'initiative:wijk',
  kind: 'INITIATIVE',
  action: 'UPDATED',
  before: '{"id":"wijk","name":"Wijkkracht","region":"Zeeland"}',
  after: '{"id":"wijk","name":"Wijkkracht","region":"Drenthe"}',
  fields: [{ field: 'region', before: '"Zeeland"', after: '"Drenthe"' }],
  nodeIds: ['initiative:wijk'],
});
const annaNew = item({
  key: 'actor:anna',
  kind: 'ACTOR',
  action: 'CREATED',
  after: '{"id":"anna","name":"Anna","region":"Drenthe"}',
  nodeIds: ['actor:anna'],
});
const spreads = item({
  key: 'AMPLIFIES:SPREADING:initiative:zon->initiative:old',
  kind: 'AMPLIFICATION',
  action: 'CREATED',
  nodeIds: ['initiative:zon', 'initiative:old'],
});
const involvementGone = item({
  key: 'INVOLVED_IN:actor:piet->initiative:bos',
  kind: 'INVOLVEMENT',
  action: 'DELETED',
  nodeIds: ['actor:piet', 'initiative:bos'],
});
const outcome = item({
  key: 'ACHIEVES:initiative:old->outcome:LAW:Wet',
  kind: 'OUTCOME',
  action: 'CREATED',
  nodeIds: ['initiative:old'],
});

const section = (items: DiffItem[], added: number, removed: number, changed: number) => ({
  items,
  added,
  removed,
  changed,
});

const DIFF: Diff = {
  from: { seq: 3, at: '2025-01-01T00:00:00.000Z' },
  to: { seq: 9, at: '2025-01-31T10:00:00.000Z' },
  changeSets: 6,
  figures: {
    initiatives: count(10, 10),
    actors: count(4, 5),
    relations: count(12, 12),
    isolates: count(3, 1),
    components: count(5, 4),
    bridges: count(2, 3),
    brokers: count(1, 1),
  },
  initiatives: section([bosGone, wijkMoved, zonNew], 1, 1, 1),
  actors: section([annaNew], 1, 0, 0),
  relations: section([spreads, involvementGone, outcome], 2, 1, 0),
  isolatesAppeared: [],
  isolatesTied: [{ id: 'old', name: 'Oude molen', region: 'Drenthe' }],
  componentsMerged: [{ size: 4, parts: [3, 1], representatives: ['old', 'zon'] }],
  componentsSplit: [],
  bridgesGained: [{ a: 'old', b: 'zon' }],
  bridgesLost: [],
  brokersGained: [],
  brokersLost: [],
};

describe('a networkDiff as figures, lists and a drawing', () => {
  it('gives each figure before, after and its change with an arrow and a sign', () => {
    const rows = figureRows(DIFF);
    expect(rows.map((r) => r.key)).toEqual([
      'initiatives',
      'actors',
      'relations',
      'isolates',
      'components',
      'bridges',
      'brokers',
    ]);
    expect(rows.find((r) => r.key === 'isolates')).toEqual({ key: 'isolates', before: 3, after: 1, delta: -2 });
    expect(signed(3)).toBe('▲ +3');
    expect(signed(-2)).toBe('▼ −2');
    expect(signed(0)).toBe('= ±0');
  });

  it('splits a section into added, removed and changed', () => {
    const lists = splitSection(DIFF.initiatives.items);
    expect(lists.added.map((i) => i.key)).toEqual(['initiative:zon']);
    expect(lists.removed.map((i) => i.key)).toEqual(['initiative:bos']);
    expect(lists.changed.map((i) => i.key)).toEqual(['initiative:wijk']);
    expect(isEmptyDiff(DIFF)).toBe(false);
    expect(isEmptyDiff({ ...DIFF, changeSets: 0 })).toBe(true);
  });

  it('names ids from the rows and the structure lists', () => {
    const names = namesById(DIFF);
    expect(names.get('bos')).toBe('Voedselbos');
    expect(names.get('old')).toBe('Oude molen');
    expect(names.get('anna')).toBe('Anna');
  });

  it('reads the ends of a relation from its key', () => {
    expect(relationEnds(spreads.key)).toEqual({
      type: 'AMPLIFIES',
      mode: 'SPREADING',
      source: 'initiative:zon',
      target: 'initiative:old',
    });
    expect(relationEnds(involvementGone.key)).toEqual({
      type: 'INVOLVED_IN',
      mode: null,
      source: 'actor:piet',
      target: 'initiative:bos',
    });
    expect(relationEnds(outcome.key)).toBeNull();
  });

  it('draws added, removed and changed apart, with the unchanged ends as context', () => {
    const cy = cytoscape({ headless: true, elements: diffElements(DIFF) });
    const change = (id: string) => cy.getElementById(id).data('change') as string;
    expect(change('initiative:zon')).toBe('added');
    expect(cy.getElementById('initiative:zon').data('label')).toBe('+ Zonnedorp');
    expect(change('initiative:bos')).toBe('removed');
    expect(cy.getElementById('initiative:bos').data('label')).toBe('− Voedselbos');
    expect(change('initiative:wijk')).toBe('changed');
    expect(change('actor:anna')).toBe('added');
    expect(cy.getElementById('actor:anna').data('kind')).toBe('actor');
    // the outcome marks its initiative changed; the amplification's other end is that same node
    expect(change('initiative:old')).toBe('changed');
    expect(cy.getElementById('initiative:old').data('label')).toBe('~ Oude molen');
    expect(change('actor:piet')).toBe('context');
    const edge = cy.getElementById(spreads.key);
    expect(edge.data('change')).toBe('added');
    expect(edge.data('mode')).toBe('SPREADING');
    expect(edge.source().id()).toBe('initiative:zon');
    expect(cy.getElementById(involvementGone.key).data('change')).toBe('removed');
    expect(cy.nodes().length).toBe(6);
    expect(cy.edges().length).toBe(2);
    cy.destroy();
  });

  it("keeps a region's entities and their relations", () => {
    const keys = regionItems(DIFF, 'Drenthe').map((i) => i.key);
    expect(keys).toEqual(['initiative:wijk', 'initiative:zon', 'actor:anna', spreads.key]);
    expect(regionItems(DIFF, 'Zeeland').map((i) => i.key)).toEqual([
      'initiative:bos',
      'initiative:wijk',
      involvementGone.key,
    ]);
  });
});
