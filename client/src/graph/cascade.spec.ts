import { describe, expect, it } from '@jest/globals';
import cytoscape from 'cytoscape';
import {
  binMedian,
  cascadeElements,
  generationPositions,
  hiddenAt,
  revealTimeline,
  stepForDate,
  viralityShape,
  type CascadeEdgeIn,
  type CascadeNodeIn,
} from './cascade';
import { stylesheet } from './style';

const nodes: CascadeNodeIn[] = [
  { id: 'r', generation: 0, name: 'Root', startedOn: '2015-01-01' },
  { id: 'a', generation: 1, name: 'A', startedOn: '2016-01-01' },
  { id: 'b', generation: 1, name: 'B', startedOn: null },
  { id: 'c', generation: 2, name: 'C', startedOn: '2018-01-01' },
];
const edges: CascadeEdgeIn[] = [
  { from: 'r', to: 'a', mode: 'SPREADING', on: '2016-03-01' },
  { from: 'r', to: 'b', mode: 'DEEPENING', on: '2017-01-01' },
  { from: 'b', to: 'c', mode: 'BROADENING', on: null },
];

describe('cascade layout by generation', () => {
  it('puts each generation on its own row, centred, root on top', () => {
    const p = generationPositions(nodes, edges);
    expect(p.get('r')).toEqual({ x: 0, y: 0 });
    expect(p.get('a')?.y).toBe(p.get('b')?.y);
    expect((p.get('a')?.x ?? 0) + (p.get('b')?.x ?? 0)).toBe(0);
    expect(p.get('c')?.y).toBeGreaterThan(p.get('a')?.y ?? 0);
  });

  it('orders children under their parents to cut crossings', () => {
    const more: CascadeNodeIn[] = [...nodes, { id: 'a0', generation: 2 }];
    const p = generationPositions(more, [...edges, { from: 'a', to: 'a0', mode: 'SPREADING' }]);
    // a is left of b, so a's child sits left of b's child c
    expect(p.get('a0')?.x ?? 0).toBeLessThan(p.get('c')?.x ?? 0);
  });

  it('builds elements headless Cytoscape takes, with the mode on each edge and names as labels', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheet('light') });
    cy.add(cascadeElements(nodes, edges));
    expect(cy.nodes()).toHaveLength(4);
    expect(cy.getElementById('r').data('label')).toBe('Root');
    expect(cy.getElementById('r').position()).toEqual({ x: 0, y: 0 });
    expect(cy.edges('[mode = "BROADENING"]').style('line-style')).toBe('dashed');
    expect(cy.edges('[mode = "SPREADING"]').style('target-arrow-shape')).toBe('triangle');
    cy.destroy();
  });
});

describe('playback time line', () => {
  const timeline = revealTimeline(nodes, edges);

  it('reveals nodes on their start date and edges not before both ends', () => {
    expect(timeline.map((s) => s.date)).toEqual(['2015-01-01', '2016-01-01', '2016-03-01', '2017-01-01', '2018-01-01']);
    expect(timeline[0]?.nodes).toEqual(['r']);
    // the undated b comes with its dated amplification in
    expect(timeline[3]).toEqual({ date: '2017-01-01', nodes: ['b'], edges: ['r->b:DEEPENING'] });
    // the undated edge b->c comes when c does
    expect(timeline[4]?.edges).toEqual(['b->c:BROADENING']);
  });

  it('hides everything after the current step', () => {
    expect(hiddenAt(timeline, 0)).toEqual(
      new Set(['a', 'b', 'c', 'r->a:SPREADING', 'r->b:DEEPENING', 'b->c:BROADENING']),
    );
    expect(hiddenAt(timeline, timeline.length - 1).size).toBe(0);
  });

  it('finds the step for a date (the whole cascade without one)', () => {
    expect(stepForDate(timeline, null)).toBe(4);
    expect(stepForDate(timeline, '2016-06-01')).toBe(2);
    expect(stepForDate(timeline, '2000-01-01')).toBe(0);
    expect(stepForDate([], '2000-01-01')).toBe(0);
  });

  it('drives headless Cytoscape through a hidden class', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    cy.add(cascadeElements(nodes, edges));
    const hidden = hiddenAt(timeline, 1);
    cy.batch(() => cy.elements().forEach((el) => void el.toggleClass('hidden', hidden.has(el.id()))));
    expect(
      cy
        .elements('.hidden')
        .map((e) => e.id())
        .sort(),
    ).toEqual(['b', 'c', 'r->a:SPREADING', 'r->b:DEEPENING', 'b->c:BROADENING'].sort());
    cy.destroy();
  });

  it('copes with a cascade without any dates', () => {
    const bare = revealTimeline(
      nodes.map(({ id, generation }) => ({ id, generation })),
      edges.map(({ from, to, mode }) => ({ from, to, mode })),
    );
    expect(bare).toHaveLength(1);
    expect(bare[0]?.nodes).toHaveLength(4);
  });
});

describe('structural virality in words', () => {
  it('calls stars broadcast-like and paths chain-like', () => {
    expect(viralityShape(1.8, 10)).toBe('broadcast');
    expect(viralityShape(11 / 3, 10)).toBe('chain');
    expect(viralityShape(2.7, 10)).toBe('mixed');
    expect(viralityShape(1, 2)).toBe('broadcast');
  });
});

describe('median within a size bin', () => {
  it('takes the median of the listed cascades of the same bin only', () => {
    const rows = [
      { sizeBin: '5–9', structuralVirality: 2 },
      { sizeBin: '5–9', structuralVirality: 3 },
      { sizeBin: '5–9', structuralVirality: 5 },
      { sizeBin: '2–4', structuralVirality: 9 },
    ];
    expect(binMedian(rows, '5–9')).toBe(3);
    expect(binMedian(rows.slice(0, 2), '5–9', 1)).toBe(2.5);
    // too few to compare with
    expect(binMedian(rows.slice(0, 2), '5–9')).toBeNull();
    expect(binMedian(rows, '100+')).toBeNull();
  });
});
