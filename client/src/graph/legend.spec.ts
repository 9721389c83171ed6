import { describe, expect, it } from '@jest/globals';
import { translator } from '../i18n';
import { edgeKindsOf, layoutLegend, MAX_COLOURS, networkLegend, textWidth, type DrawnContent } from './legend';
import { MODE_COLOURS, ISOLATED_RING } from './encoding';
import { networkSvg } from './svg';

const en = translator('en');
const nl = translator('nl');

const drawn = (patch: Partial<DrawnContent> = {}): DrawnContent => ({
  title: 'Small Wins Atlas: network',
  initiatives: true,
  actors: true,
  isolated: true,
  edges: new Set(['DEEPENING', 'SPREADING', 'INVOLVEMENT'] as const),
  colourHeading: 'Colour initiatives by: community',
  colours: [
    ['community 1', '#56B4E9'],
    ['community 2', '#F0E442'],
  ],
  filters: ['Drenthe', 'energy'],
  asOf: '2020-12-31',
  dataDate: '2025-12-31',
  ...patch,
});

describe('legend content', () => {
  it('names the shapes, the edge styles drawn and the colours in use, with the filters and both dates', () => {
    const legend = networkLegend(drawn(), en);
    expect(legend.sections.map((s) => s.heading)).toEqual(['Nodes', 'Ties', 'Colour initiatives by: community']);
    expect(legend.sections[0]!.entries.map((e) => e.label)).toEqual([
      'initiative',
      'actor (letter: its kind)',
      'isolated initiative',
    ]);
    expect(legend.sections[0]!.entries[2]!.swatch).toMatchObject({ stroke: ISOLATED_RING, strokeWidth: 3 });
    // only the kinds drawn, in the encoding's order, each with its second channel
    expect(legend.sections[1]!.entries.map((e) => [e.label, e.swatch])).toEqual([
      ['deepen', { kind: 'edge', colour: MODE_COLOURS.DEEPENING, width: 4, dashed: false, arrow: false }],
      ['spread', { kind: 'edge', colour: MODE_COLOURS.SPREADING, width: 2.5, dashed: false, arrow: true }],
      ['involvement', expect.objectContaining({ kind: 'edge', width: 1 })],
    ]);
    expect(legend.sections[2]!.entries.map((e) => e.label)).toEqual(['community 1', 'community 2']);
    expect(legend.notes).toEqual([
      'Filters: Drenthe · energy',
      'Network as of 2020-12-31',
      'Newest date in the data: 2025-12-31',
    ]);
  });

  it('says when there are no filters, today and an unknown data date; leaves out what is not drawn', () => {
    const legend = networkLegend(
      drawn({ actors: false, isolated: false, edges: new Set(), colours: [], filters: [], asOf: null, dataDate: null }),
      en,
    );
    expect(legend.sections.map((s) => s.heading)).toEqual(['Nodes']);
    expect(legend.sections[0]!.entries).toHaveLength(1);
    expect(legend.notes).toEqual([
      'Filters: none (the whole network)',
      'Network as of today',
      'Newest date in the data: not known',
    ]);
  });

  it('names at most MAX_COLOURS colours and counts the rest', () => {
    const colours = Array.from({ length: MAX_COLOURS + 3 }, (_, i) => [`c${i}`, '#000000'] as const);
    const legend = networkLegend(drawn({ colours }), en);
    expect(legend.sections[2]!.entries).toHaveLength(MAX_COLOURS);
    expect(legend.notes[0]).toBe('… and 3 more colours');
  });

  it('speaks Dutch', () => {
    const legend = networkLegend(drawn(), nl);
    expect(legend.sections[1]!.entries.map((e) => e.label)).toEqual(['verdiepen', 'verspreiden', 'betrokkenheid']);
    expect(legend.notes[0]).toBe('Filters: Drenthe · energy');
    expect(legend.notes[1]).toBe('Netwerk op 2020-12-31');
  });

  it('finds the edge kinds among GraphQL edges and a cascade’s edges', () => {
    expect([
      ...edgeKindsOf([{ kind: 'INVOLVED_IN' }, { kind: 'AMPLIFIES', mode: 'BROADENING' }, { kind: 'INFLUENCES' }]),
    ]).toEqual(['INVOLVEMENT', 'BROADENING', 'INFLUENCE']);
    expect([...edgeKindsOf([{ mode: 'SPREADING' }, { mode: 'SPREADING' }])]).toEqual(['SPREADING']);
  });
});

describe('legend layout', () => {
  it('puts every entry inside the panel, wrapping rows at its width, notes under the sections', () => {
    const layout = layoutLegend(networkLegend(drawn(), en), 360);
    expect(layout.marks[0]).toEqual({ type: 'panel', x: 0, y: 0, width: 360, height: layout.height });
    for (const m of layout.marks) {
      if (m.type === 'swatch') expect(m.x + m.width).toBeLessThanOrEqual(360);
      if (m.type === 'text' && !m.bold && m.text.length < 30)
        expect(m.x + textWidth(m.text, m.size)).toBeLessThanOrEqual(360);
      expect(m.y).toBeLessThan(layout.height);
    }
    const texts = layout.marks.filter((m) => m.type === 'text').map((m) => (m.type === 'text' ? m.text : ''));
    expect(texts[0]).toBe('Small Wins Atlas: network');
    expect(texts.at(-1)).toBe('Newest date in the data: 2025-12-31');
    // narrower panels wrap into more rows
    expect(layoutLegend(networkLegend(drawn(), en), 900).height).toBeLessThan(layout.height);
  });
});

describe('SVG with its legend', () => {
  const nodes = [
    {
      x: 0,
      y: 0,
      width: 20,
      height: 20,
      shape: 'round-rectangle' as const,
      fill: '#56B4E9',
      stroke: '#5F6368',
      strokeWidth: 1,
      opacity: 1,
      label: 'A & B',
      labelPlace: 'bottom' as const,
      fontSize: 11,
      labelColour: '#000',
    },
  ];

  it('draws the legend under the drawing and grows the document to hold it', () => {
    const bare = networkSvg(nodes, [], '#FFFFFF', 'net');
    const svg = networkSvg(nodes, [], '#FFFFFF', 'net', networkLegend(drawn(), en));
    const height = (s: string) => Number(/height="(\d+)"/.exec(s)?.[1]);
    const width = (s: string) => Number(/width="(\d+)"/.exec(s)?.[1]);
    expect(height(svg)).toBeGreaterThan(height(bare) + 100);
    expect(width(svg)).toBe(360);
    expect(svg).toContain('<g class="legend"');
    expect(svg).toContain('>Filters: Drenthe · energy</text>');
    expect(svg).toContain('>community 2</text>');
    expect(svg).toContain('>deepen</text>');
    expect(svg).toContain('A &amp; B');
    expect(bare).not.toContain('class="legend"');
  });
});

describe('legend text wrapping', () => {
  it('breaks long notes, headings and labels into lines that fit the panel', async () => {
    const { wrapText } = await import('./legend');
    expect(wrapText('one two three', 10, 1000)).toEqual(['one two three']);
    expect(wrapText('one two three', 10, textWidth('one two', 10))).toEqual(['one two', 'three']);
    const long =
      'Areas: the outline around each region’s initiatives (convex hull; a circle of 8 km for one or two places)';
    const layout = layoutLegend(
      {
        title: 'Map',
        sections: [
          { heading: long, entries: [{ swatch: { kind: 'area', fill: '#000', stroke: '#000' }, label: long }] },
        ],
        notes: [long],
      },
      360,
    );
    for (const m of layout.marks)
      if (m.type === 'text') expect(m.x + textWidth(m.text, m.size)).toBeLessThanOrEqual(360 - 12 + 1);
  });
});
