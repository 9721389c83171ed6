import { describe, expect, it } from '@jest/globals';
import cytoscape from 'cytoscape';
import type { Slice } from './elements';
import { sliceToElements } from './elements';
import { MODE_COLOURS } from './encoding';
import { assignLayers, layeredPositions } from './layered';
import { focusVariables, mergeSlices } from './merge';
import { stylesheet } from './style';
import { escapeXml, networkSvg, svgFromCy } from './svg';

const node = (id: string, kind: 'INITIATIVE' | 'ACTOR' = 'INITIATIVE'): Slice['nodes'][number] => ({
  id: `${kind === 'ACTOR' ? 'actor' : 'initiative'}:${id}`,
  entityId: id,
  kind,
  label: id.toUpperCase(),
  actorKind: kind === 'ACTOR' ? 'MUNICIPALITY' : null,
  region: 'Drenthe',
  startedOn: '2020-01-01',
  status: 'RUNNING',
  themes: ['energy'],
});
const edge = (kind: Slice['edges'][number]['kind'], source: string, target: string, mode: string | null = null) => ({
  id: `${kind}:${source}->${target}`,
  kind,
  source,
  target,
  mode: mode as Slice['edges'][number]['mode'],
  weight: null,
  role: null,
  on: null,
  evidence: null,
  confidence: null,
});

describe('merging the neighbourhoods of several focused nodes', () => {
  it('keeps each node and edge once, in first-seen order, and is truncated when any part is', () => {
    const a: Slice = {
      truncated: false,
      nodes: [node('a'), node('b'), node('m', 'ACTOR')],
      edges: [edge('AMPLIFIES', 'initiative:a', 'initiative:b'), edge('INVOLVED_IN', 'actor:m', 'initiative:a')],
    };
    const b: Slice = {
      truncated: true,
      nodes: [node('c'), node('b')],
      edges: [edge('AMPLIFIES', 'initiative:a', 'initiative:b'), edge('AMPLIFIES', 'initiative:b', 'initiative:c')],
    };
    const merged = mergeSlices([a, b]);
    expect(merged.nodes.map((n) => n.id)).toEqual(['initiative:a', 'initiative:b', 'actor:m', 'initiative:c']);
    expect(merged.edges).toHaveLength(3);
    expect(merged.truncated).toBe(true);
    expect(mergeSlices([a]).truncated).toBe(false);
    expect(mergeSlices([])).toEqual({ truncated: false, nodes: [], edges: [] });
  });

  it('reads the node kind and id from a focus id (ids may hold colons)', () => {
    expect(focusVariables('actor:x:1')).toEqual({ id: 'x:1', kind: 'ACTOR', depth: 1 });
    expect(focusVariables('initiative:abc')).toEqual({ id: 'abc', kind: 'INITIATIVE', depth: 1 });
  });
});

describe('layered layout for cascades', () => {
  const nodes = [
    { id: 'r', kind: 'initiative' as const },
    { id: 'a', kind: 'initiative' as const },
    { id: 'b', kind: 'initiative' as const },
    { id: 'c', kind: 'initiative' as const },
    { id: 'lonely', kind: 'initiative' as const },
    { id: 'p', kind: 'initiative' as const },
    { id: 'q', kind: 'initiative' as const },
    { id: 'm', kind: 'actor' as const },
  ];
  const amplifications = [
    { source: 'r', target: 'a' },
    { source: 'r', target: 'b' },
    { source: 'a', target: 'c' },
    { source: 'b', target: 'c' },
    // a cycle no root reaches
    { source: 'p', target: 'q' },
    { source: 'q', target: 'p' },
  ];

  it('puts roots in layer 0 and each initiative one below its nearest amplifier; cycles start at the smallest id', () => {
    const layers = assignLayers({ nodes, amplifications });
    expect(Object.fromEntries(layers)).toEqual({ r: 0, a: 1, b: 1, c: 2, p: 0, q: 1 });
    expect(layers.has('lonely')).toBe(false);
  });

  it('draws layers top-down (roots on top), then initiatives without amplification, then actors', () => {
    const p = layeredPositions({ nodes, amplifications }, { dx: 50, dy: 100 });
    expect(p.size).toBe(nodes.length);
    const y = (id: string) => p.get(id)?.y ?? NaN;
    expect(y('r')).toBeLessThan(y('a'));
    expect(y('a')).toBe(y('b'));
    expect(y('b')).toBeLessThan(y('c'));
    expect(y('p')).toBe(y('r'));
    expect(y('c')).toBeLessThan(y('lonely'));
    expect(y('lonely')).toBeLessThan(y('m'));
    // a row is centred and spaced by dx
    expect(Math.abs((p.get('a')?.x ?? 0) - (p.get('b')?.x ?? 0))).toBe(50);
  });

  it('wraps a long layer onto several rows', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ id: `n${i}`, kind: 'initiative' as const }));
    const p = layeredPositions({ nodes: many, amplifications: [] }, { maxRow: 10, dy: 100 });
    expect(new Set([...p.values()].map((v) => v.y)).size).toBe(3);
  });
});

describe('SVG export of the canvas', () => {
  it('escapes text', () => {
    expect(escapeXml(`a<b & "c" 'd'>`)).toBe('a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;');
  });

  it('writes what cy draws: shapes, colours, dashes, arrows and labels, in a box around them all', () => {
    const slice: Slice = {
      truncated: false,
      nodes: [node('a'), node('b'), node('c'), node('m', 'ACTOR')],
      edges: [
        edge('AMPLIFIES', 'initiative:a', 'initiative:b', 'SPREADING'),
        edge('AMPLIFIES', 'initiative:a', 'initiative:c', 'BROADENING'),
        edge('INVOLVED_IN', 'actor:m', 'initiative:a'),
      ],
    };
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: sliceToElements(slice, { colourBy: 'theme' }),
    });
    cy.style(stylesheet('light'));
    cy.layout({ name: 'grid' }).run();
    let svg: string;
    try {
      svg = svgFromCy(cy, '#ffffff', 'Network <test>');
    } finally {
      cy.destroy();
    }
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<title>Network &lt;test&gt;</title>');
    expect(svg.match(/<rect [^>]*rx=/g)).toHaveLength(3); // three initiatives as round rectangles
    expect(svg.match(/<ellipse /g)).toHaveLength(1); // one actor
    expect(svg.match(/<line /g)).toHaveLength(3);
    expect(svg).toContain('stroke-dasharray="6 4"'); // broadening is dashed
    expect(svg.match(/marker-end=/g)).toHaveLength(1); // only spreading has an arrow
    // the arrow head in the spreading colour (cytoscape resolves colours to rgb())
    expect(svg).toMatch(/<marker [^>]*><path d="M0,0L10,5L0,10z" fill="rgb\(213,94,0\)"\/>/);
    expect(MODE_COLOURS.SPREADING).toBe('#D55E00');
    expect(svg).toContain('>A</text>');
    expect(svg).toContain('>M</text>'); // the actor's letter
  });

  it('sizes an empty drawing without failing', () => {
    expect(networkSvg([], [], '#fff', 'empty')).toContain('viewBox="0 0 40 40"');
  });
});
