import { afterAll, describe, expect, it } from '@jest/globals';
import cytoscape from 'cytoscape';
import { applyElements, diffElements } from './diff';
import { sliceToElements, isolatedInitiatives, legendCategories, NO_CATEGORY_COLOUR, type Slice } from './elements';
import { CATEGORY_PALETTE, ISOLATED_RING, MODE_COLOURS, INFLUENCE_COLOUR, INVOLVEMENT_COLOUR } from './encoding';
import { fitViewport, layoutOptions } from './layout';
import { stylesheet } from './style';

const node = (id: string, extra: Partial<Slice['nodes'][number]> = {}): Slice['nodes'][number] => ({
  id: `initiative:${id}`,
  entityId: id,
  kind: 'INITIATIVE',
  label: id.toUpperCase(),
  actorKind: null,
  region: 'Drenthe',
  startedOn: '2020-01-01',
  status: 'RUNNING',
  themes: ['energy'],
  ...extra,
});
const actor = (id: string): Slice['nodes'][number] => ({
  id: `actor:${id}`,
  entityId: id,
  kind: 'ACTOR',
  label: id,
  actorKind: 'MUNICIPALITY',
  region: 'Drenthe',
  startedOn: null,
  status: null,
  themes: [],
});
const edge = (kind: Slice['edges'][number]['kind'], source: string, target: string, extra = {}) => ({
  id: `${kind}:${source}->${target}`,
  kind,
  source,
  target,
  mode: null,
  weight: null,
  role: null,
  on: null,
  evidence: null,
  confidence: null,
  ...extra,
});

const slice: Slice = {
  truncated: false,
  nodes: [
    node('a'),
    node('b', { themes: ['food'], region: 'Groningen' }),
    node('c'),
    node('d', { themes: [] }),
    actor('m1'),
    actor('m2'),
  ],
  edges: [
    edge('AMPLIFIES', 'initiative:a', 'initiative:b', { mode: 'SPREADING' }),
    edge('AMPLIFIES', 'initiative:a', 'initiative:c', { mode: 'DEEPENING' }),
    edge('INVOLVED_IN', 'actor:m1', 'initiative:a'),
    edge('INVOLVED_IN', 'actor:m2', 'initiative:d'),
    edge('INFLUENCES', 'actor:m1', 'actor:m2', { weight: 3 }),
    edge('AMPLIFIES', 'initiative:a', 'initiative:zz', { mode: 'BROADENING' }),
  ],
};

describe('sliceToElements', () => {
  const elements = sliceToElements(slice, { colourBy: 'theme' });
  const byId = new Map(elements.map((e) => [e.data.id, e]));

  it('keeps every node and drops edges whose ends are not in the slice', () => {
    expect(elements.filter((e) => e.group === 'nodes')).toHaveLength(6);
    expect(elements.filter((e) => e.group === 'edges')).toHaveLength(5);
    expect(byId.has('AMPLIFIES:initiative:a->initiative:zz')).toBe(false);
  });

  it('colours initiatives by the chosen category and leaves uncategorised ones grey', () => {
    // sorted themes: energy, food → palette 0, 1
    expect(byId.get('initiative:a')?.data.colour).toBe(CATEGORY_PALETTE[0]);
    expect(byId.get('initiative:b')?.data.colour).toBe(CATEGORY_PALETTE[1]);
    expect(byId.get('initiative:d')?.data.colour).toBe(NO_CATEGORY_COLOUR);
    const byRegion = new Map(sliceToElements(slice, { colourBy: 'region' }).map((e) => [e.data.id, e]));
    expect(byRegion.get('initiative:b')?.data.colour).toBe(CATEGORY_PALETTE[1]);
    const byCommunity = new Map(
      sliceToElements(slice, { colourBy: 'community', communities: new Map([['a', 0]]) }).map((e) => [e.data.id, e]),
    );
    expect(byCommunity.get('initiative:a')?.data.colour).toBe(CATEGORY_PALETTE[0]); // 'community 1'
    expect(byCommunity.get('initiative:c')?.data.colour).toBe(NO_CATEGORY_COLOUR);
  });

  it('gives actors the letter of their kind and influence edges a width by weight', () => {
    expect(byId.get('actor:m1')?.data).toMatchObject({ kind: 'actor', letter: 'M' });
    expect(byId.get('INFLUENCES:actor:m1->actor:m2')?.data).toMatchObject({ kind: 'influences', width: 2.4 });
    expect(byId.get('AMPLIFIES:initiative:a->initiative:b')?.data).toMatchObject({
      kind: 'amplifies',
      mode: 'SPREADING',
    });
  });

  it('marks initiatives without amplification or shared actor as isolated', () => {
    expect([...isolatedInitiatives(slice)]).toEqual(['initiative:d']);
    expect(byId.get('initiative:d')?.data.isolated).toBe(1);
    expect(byId.get('initiative:a')?.data.isolated).toBe(0);
  });

  it('takes isolation from the whole network when the API gave it', () => {
    const withIsolated = sliceToElements(slice, { colourBy: 'theme', isolated: new Set(['b']) });
    const isolated = withIsolated.filter((e) => e.data.isolated === 1).map((e) => e.data.id);
    expect(isolated).toEqual(['initiative:b']);
  });

  it('colours the largest communities and groups the rest', () => {
    const communities = new Map([
      ['a', 0],
      ['b', 12],
      ['c', 9],
    ]);
    expect(legendCategories(slice, { colourBy: 'community', communities }).map(([c]) => c)).toEqual([
      'community 1',
      'community 10',
      'smaller communities',
    ]);
  });

  it('lists legend categories sorted with their colours', () => {
    expect(legendCategories(slice, { colourBy: 'theme' })).toEqual([
      ['energy', CATEGORY_PALETTE[0]],
      ['food', CATEGORY_PALETTE[1]],
    ]);
  });
});

describe('headless Cytoscape with the stylesheet', () => {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: sliceToElements(slice, { colourBy: 'theme' }),
    style: stylesheet('light'),
  });
  afterAll(() => cy.destroy());

  it('draws the encoding table of UI.md', () => {
    const spread = cy.getElementById('AMPLIFIES:initiative:a->initiative:b');
    expect(spread.style('line-color')).toBe(hexToRgb(MODE_COLOURS.SPREADING));
    expect(spread.style('target-arrow-shape')).toBe('triangle');
    const deepen = cy.getElementById('AMPLIFIES:initiative:a->initiative:c');
    expect(deepen.style('line-color')).toBe(hexToRgb(MODE_COLOURS.DEEPENING));
    expect(deepen.style('line-style')).toBe('solid');
    expect(deepen.style('target-arrow-shape')).toBe('none');
    const involved = cy.getElementById('INVOLVED_IN:actor:m1->initiative:a');
    expect(involved.style('line-color')).toBe(hexToRgb(INVOLVEMENT_COLOUR));
    expect(involved.style('target-arrow-shape')).toBe('none');
    const influence = cy.getElementById('INFLUENCES:actor:m1->actor:m2');
    expect(influence.style('line-color')).toBe(hexToRgb(INFLUENCE_COLOUR));
    expect(influence.style('target-arrow-shape')).toBe('triangle');
    expect(cy.getElementById('initiative:a').style('shape')).toBe('round-rectangle');
    expect(cy.getElementById('actor:m1').style('shape')).toBe('ellipse');
    expect(cy.getElementById('initiative:d').style('border-color')).toBe(hexToRgb(ISOLATED_RING));
  });

  it('draws broadening dashed', () => {
    const c = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: sliceToElements(
        { ...slice, edges: [edge('AMPLIFIES', 'initiative:b', 'initiative:c', { mode: 'BROADENING' })] },
        { colourBy: 'theme' },
      ),
      style: stylesheet('dark'),
    });
    expect(c.edges().first().style('line-style')).toBe('dashed');
    c.destroy();
  });
});

describe('element diffing', () => {
  const base = sliceToElements(slice, { colourBy: 'theme' });

  it('finds nothing to do for the same elements', () => {
    expect(diffElements(base, sliceToElements(slice, { colourBy: 'theme' }))).toEqual({
      add: [],
      remove: [],
      update: [],
    });
  });

  it('adds, removes and updates by id', () => {
    const next = sliceToElements(
      { ...slice, nodes: [...slice.nodes.filter((n) => n.id !== 'initiative:c'), node('e')] },
      { colourBy: 'region' },
    );
    const diff = diffElements(base, next);
    expect(diff.add.map((e) => e.data.id)).toEqual(['initiative:e']);
    expect(diff.remove).toEqual(['initiative:c', 'AMPLIFIES:initiative:a->initiative:c']);
    expect(diff.update.map((e) => e.data.id)).toContain('initiative:d'); // no theme, but a region
  });

  it('applies a diff to a live cy in a batch and reports element-set changes', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheet('light') });
    expect(applyElements(cy, base)).toBe(true);
    expect(cy.nodes()).toHaveLength(6);
    const a = cy.getElementById('initiative:a');
    expect(applyElements(cy, sliceToElements(slice, { colourBy: 'region' }))).toBe(false);
    expect(cy.getElementById('initiative:a')).toBe(a); // same element, updated in place
    expect(cy.getElementById('initiative:b').data('colour')).toBe(CATEGORY_PALETTE[1]);
    const smaller = sliceToElements(
      { ...slice, nodes: slice.nodes.slice(0, 2), edges: slice.edges.slice(0, 1) },
      { colourBy: 'theme' },
    );
    expect(applyElements(cy, smaller)).toBe(true);
    expect(cy.elements()).toHaveLength(3);
    cy.destroy();
  });

  it('adds nodes at the given positions in one batch, edges with them, and leaves placed nodes where they are', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheet('light') });
    const at = new Map([
      ['initiative:a', { x: 10, y: -20 }],
      ['initiative:b', { x: 300, y: 40 }],
    ]);
    let batches = 0;
    const endBatch = cy.endBatch.bind(cy);
    cy.endBatch = () => {
      batches += 1;
      return endBatch();
    };
    expect(applyElements(cy, base, { positions: at })).toBe(true);
    expect(batches).toBe(1);
    expect(cy.elements()).toHaveLength(base.length);
    expect(cy.getElementById('initiative:a').position()).toEqual({ x: 10, y: -20 });
    expect(cy.getElementById('initiative:b').position()).toEqual({ x: 300, y: 40 });
    // a node without a position starts at the origin; every edge went in with its ends
    expect(cy.getElementById('initiative:c').position()).toEqual({ x: 0, y: 0 });
    expect(cy.edges()).toHaveLength(base.filter((e) => e.group === 'edges').length);
    // the same elements again with other positions: nothing added, nothing moved (ElementsEffect moves them)
    applyElements(cy, base, { positions: new Map([['initiative:a', { x: 99, y: 99 }]]) });
    expect(cy.getElementById('initiative:a').position()).toEqual({ x: 10, y: -20 });
    expect(cy.nodes('.hide-label')).toHaveLength(0);
    cy.destroy();
  });

  it('adds nodes without labels when asked (a view that opens zoomed out)', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheet('light') });
    applyElements(cy, base, { hideLabels: true });
    expect(cy.nodes('.hide-label')).toHaveLength(cy.nodes().length);
    expect(cy.edges('.hide-label')).toHaveLength(0);
    cy.destroy();
  });
});

describe('layouts', () => {
  it('runs concentric headless with initiatives inside', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: sliceToElements(slice, { colourBy: 'theme' }),
      style: stylesheet('light'),
    });
    cy.layout(layoutOptions('concentric', cy.nodes().length)).run();
    const r = (id: string) => Math.hypot(cy.getElementById(id).position('x'), cy.getElementById(id).position('y'));
    const centre = cy.nodes().boundingBox();
    expect(Number.isFinite(centre.w)).toBe(true);
    expect(r('initiative:a')).toBeDefined();
    cy.destroy();
  });

  it('fits server positions into the viewport from the positions alone, the narrower side deciding', () => {
    const at = new Map([
      ['a', { x: -100, y: 0 }],
      ['b', { x: 900, y: 100 }],
    ]);
    // 1,000 + 2 × 32 (node margin) = 1,064 wide in 1,124 − 2 × 30: zoom 1; 164 high in 560 would allow 3
    const view = fitViewport(at, { width: 1124, height: 560 });
    expect(view).toEqual({ zoom: 1, pan: { x: 162, y: 230 } });
    // so the leftmost node's centre is drawn 30 (padding) + 32 (its margin) from the left edge
    expect(-100 * view!.zoom + view!.pan.x).toBe(62);
    expect(fitViewport(at, { width: 1124, height: 224 })?.zoom).toBe(1);
    // one node: the largest zoom allowed, centred
    expect(fitViewport(new Map([['a', { x: 5, y: 5 }]]), { width: 800, height: 600, maxZoom: 4 })).toEqual({
      zoom: 4,
      pan: { x: 380, y: 280 },
    });
    expect(fitViewport(new Map(), { width: 800, height: 600 })).toBeNull();
  });

  it('uses fcose by default with a cheaper quality for big slices', () => {
    expect(layoutOptions('fcose', 100)).toMatchObject({ name: 'fcose', quality: 'default', animate: false });
    expect(layoutOptions('fcose', 4000)).toMatchObject({ quality: 'draft' });
  });
});

function hexToRgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
}
