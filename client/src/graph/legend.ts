// The legend drawn into exported pictures (PNG and SVG of the explorer, a cascade, the map): what
// it says (the shapes, edge styles and colours in use with their names, the filters, the as-of date
// and the data's date) and where each mark goes. Pure, so it is unit-tested; svg.ts writes it as
// SVG and canvas/legend-paint.ts paints it on a canvas.
import type { AmplificationMode } from '../api/generated/graphql';
import type { Translate } from '../i18n';
import { ACTOR_FILL, INFLUENCE_COLOUR, INVOLVEMENT_COLOUR, ISOLATED_RING, MODE_COLOURS } from './encoding';

export type Swatch =
  | {
      kind: 'node';
      shape: 'round-rectangle' | 'ellipse';
      fill: string;
      stroke: string;
      strokeWidth: number;
      letter?: string;
    }
  | { kind: 'edge'; colour: string; width: number; dashed: boolean; arrow: boolean }
  | { kind: 'area'; fill: string; stroke: string };

export interface LegendEntry {
  swatch: Swatch;
  label: string;
}

export interface LegendSection {
  heading: string;
  entries: LegendEntry[];
}

export interface LegendContent {
  title: string;
  sections: LegendSection[];
  /** lines under the sections: filters, as-of date, the data's date */
  notes: string[];
}

/** An edge kind a picture can show: the three modes, involvement, influence. */
export type DrawnEdgeKind = AmplificationMode | 'INVOLVEMENT' | 'INFLUENCE';

/** The edge styles of the encoding table (UI.md): colour and a second channel. */
export const EDGE_SWATCHES: Record<DrawnEdgeKind, Extract<Swatch, { kind: 'edge' }>> = {
  DEEPENING: { kind: 'edge', colour: MODE_COLOURS.DEEPENING, width: 4, dashed: false, arrow: false },
  BROADENING: { kind: 'edge', colour: MODE_COLOURS.BROADENING, width: 2.5, dashed: true, arrow: false },
  SPREADING: { kind: 'edge', colour: MODE_COLOURS.SPREADING, width: 2.5, dashed: false, arrow: true },
  INVOLVEMENT: { kind: 'edge', colour: INVOLVEMENT_COLOUR, width: 1, dashed: false, arrow: false },
  INFLUENCE: { kind: 'edge', colour: INFLUENCE_COLOUR, width: 1.5, dashed: false, arrow: true },
};
const EDGE_ORDER: DrawnEdgeKind[] = ['DEEPENING', 'BROADENING', 'SPREADING', 'INVOLVEMENT', 'INFLUENCE'];

/** What a picture shows, for its legend. */
export interface DrawnContent {
  title: string;
  /** initiatives, actors and isolated initiatives drawn */
  initiatives: boolean;
  actors: boolean;
  isolated: boolean;
  edges: ReadonlySet<DrawnEdgeKind>;
  /** the colouring of initiatives: what the colours mean ("Theme"), and each colour in use with its name */
  colourHeading: string | null;
  colours: readonly (readonly [string, string])[];
  /** active filters in words; empty: none */
  filters: readonly string[];
  /** the network as of this date; null: today */
  asOf: string | null;
  /** the newest date in the data; null: not known */
  dataDate: string | null;
  /** sections of the picture's own (the map's shading) */
  extra?: readonly LegendSection[];
}

const INITIATIVE_SWATCH = {
  kind: 'node',
  shape: 'round-rectangle',
  fill: '#FFFFFF',
  stroke: '#5F6368',
  strokeWidth: 1,
} as const satisfies Swatch;

/** At most this many colours are named; the rest are counted. */
export const MAX_COLOURS = 16;

/** The legend of a network picture: node shapes, the edge styles drawn, the colours in use, filters and dates. */
export function networkLegend(drawn: DrawnContent, t: Translate): LegendContent {
  const shapes: LegendEntry[] = [];
  if (drawn.initiatives) shapes.push({ swatch: INITIATIVE_SWATCH, label: t('initiative') });
  if (drawn.actors)
    shapes.push({
      swatch: {
        kind: 'node',
        shape: 'ellipse',
        fill: ACTOR_FILL,
        stroke: INVOLVEMENT_COLOUR,
        strokeWidth: 1,
        letter: 'M',
      },
      label: t('legend.actorLetter'),
    });
  if (drawn.isolated)
    shapes.push({ swatch: { ...INITIATIVE_SWATCH, stroke: ISOLATED_RING, strokeWidth: 3 }, label: t('isolated') });
  const edgeLabel = (k: DrawnEdgeKind) =>
    k === 'INVOLVEMENT' ? t('involvement') : k === 'INFLUENCE' ? t('influence') : t(`mode.${k}`);
  const edges = EDGE_ORDER.filter((k) => drawn.edges.has(k)).map((k) => ({
    swatch: EDGE_SWATCHES[k],
    label: edgeLabel(k),
  }));
  const named = drawn.colours.slice(0, MAX_COLOURS).map(([name, colour]) => ({
    swatch: { kind: 'area' as const, fill: colour, stroke: '#5F6368' },
    label: name,
  }));
  const more = drawn.colours.length - named.length;
  const sections: LegendSection[] = [
    ...(shapes.length ? [{ heading: t('legend.shapes'), entries: shapes }] : []),
    ...(edges.length ? [{ heading: t('legend.edges'), entries: edges }] : []),
    ...(drawn.colourHeading && named.length ? [{ heading: drawn.colourHeading, entries: named }] : []),
    ...(drawn.extra ?? []),
  ];
  const notes = [
    ...(more > 0 ? [t('legend.moreColours', { n: more })] : []),
    drawn.filters.length ? t('legend.filters', { filters: drawn.filters.join(' · ') }) : t('legend.noFilters'),
    drawn.asOf ? t('legend.asOf', { date: drawn.asOf }) : t('legend.asOfToday'),
    drawn.dataDate ? t('legend.dataDate', { date: drawn.dataDate }) : t('legend.dataDateUnknown'),
  ];
  return { title: drawn.title, sections, notes };
}

// ---------------------------------------------------------------- layout

export type LegendMark =
  | { type: 'text'; x: number; y: number; text: string; size: number; bold: boolean }
  | { type: 'swatch'; x: number; y: number; width: number; height: number; swatch: Swatch }
  | { type: 'panel'; x: number; y: number; width: number; height: number };

export interface LegendLayout {
  width: number;
  height: number;
  marks: LegendMark[];
}

const PAD = 12;
const FONT = 12;
const TITLE = 14;
const ROW = 20;
const SWATCH_W = 30;
const SWATCH_H = 12;
const GAP = 18;

/** A text's width estimated from its length (sans-serif at `size`), so the layout needs no canvas. */
export function textWidth(text: string, size: number): number {
  return Math.ceil(text.length * size * 0.6);
}

/** A text broken into lines at spaces so that each fits `width` (a word longer than that stands alone). */
export function wrapText(text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Where every mark of the legend goes in a panel `width` wide: sections one under another, entries wrapping. */
export function layoutLegend(content: LegendContent, width: number): LegendLayout {
  const marks: LegendMark[] = [];
  const inner = width - 2 * PAD;
  let y = PAD;
  const lines = (text: string, size: number, bold: boolean, x = PAD, room = inner) => {
    for (const line of wrapText(text, size, room)) {
      y += size === TITLE ? TITLE : ROW;
      marks.push({ type: 'text', x, y: y - (size === TITLE ? 0 : 4), text: line, size, bold });
    }
  };
  lines(content.title, TITLE, true);
  y += 8;
  for (const section of content.sections) {
    y += 4;
    lines(section.heading, FONT, true);
    let x = PAD;
    y += ROW;
    for (const entry of section.entries) {
      const room = inner - SWATCH_W - 6;
      const label = wrapText(entry.label, FONT, room);
      const w = SWATCH_W + 6 + Math.max(...label.map((l) => textWidth(l, FONT)));
      if (x > PAD && x + w > PAD + inner) {
        x = PAD;
        y += ROW;
      }
      marks.push({ type: 'swatch', x, y: y - SWATCH_H - 2, width: SWATCH_W, height: SWATCH_H, swatch: entry.swatch });
      label.forEach((line, i) => {
        if (i > 0) y += ROW - 4;
        marks.push({ type: 'text', x: x + SWATCH_W + 6, y: y - 4, text: line, size: FONT, bold: false });
      });
      x = label.length > 1 ? PAD + inner : x + w + GAP;
    }
  }
  y += 8;
  for (const note of content.notes) lines(note, FONT, false);
  const height = y + PAD;
  return { width, height, marks: [{ type: 'panel', x: 0, y: 0, width, height }, ...marks] };
}

/** The legend's width for a picture `pictureWidth` wide: as wide as the picture, at least 360, at most 900. */
export function legendWidth(pictureWidth: number): number {
  return Math.max(360, Math.min(900, Math.round(pictureWidth)));
}

/** The edge kinds among a picture's edges (GraphEdge kinds and modes, or a cascade's modes). */
export function edgeKindsOf(
  edges: readonly { kind?: string | null; mode?: AmplificationMode | null }[],
): Set<DrawnEdgeKind> {
  const kinds = new Set<DrawnEdgeKind>();
  for (const e of edges) {
    if (e.kind === 'INVOLVED_IN') kinds.add('INVOLVEMENT');
    else if (e.kind === 'INFLUENCES') kinds.add('INFLUENCE');
    else if (e.mode) kinds.add(e.mode);
  }
  return kinds;
}
