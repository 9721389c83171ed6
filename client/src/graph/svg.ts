// The canvas as an SVG document, written from the drawn nodes and edges (positions and resolved
// styles), so the export matches what is on screen and needs no extra library; optionally with the
// legend (graph/legend.ts) drawn under it.
import { layoutLegend, legendWidth, type LegendContent, type LegendLayout, type Swatch } from './legend';

export interface SvgNode {
  x: number;
  y: number;
  width: number;
  height: number;
  shape: 'ellipse' | 'round-rectangle' | 'rectangle';
  fill: string;
  stroke: string;
  strokeWidth: number;
  opacity: number;
  label: string;
  /** where the label goes: under the node or in its middle */
  labelPlace: 'bottom' | 'center';
  fontSize: number;
  labelColour: string;
}

export interface SvgEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  colour: string;
  width: number;
  dashed: boolean;
  arrow: boolean;
  opacity: number;
}

export function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );
}

const n = (v: number) => String(Math.round(v * 10) / 10);

/** The bounding box of the drawing, with padding. */
export function svgBounds(nodes: readonly SvgNode[], padding = 20) {
  if (nodes.length === 0) return { x: 0, y: 0, width: 2 * padding, height: 2 * padding };
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const v of nodes) {
    x1 = Math.min(x1, v.x - v.width / 2);
    x2 = Math.max(x2, v.x + v.width / 2);
    y1 = Math.min(y1, v.y - v.height / 2);
    // room for a label under the node
    y2 = Math.max(y2, v.y + v.height / 2 + (v.labelPlace === 'bottom' && v.label ? v.fontSize + 4 : 0));
  }
  return { x: x1 - padding, y: y1 - padding, width: x2 - x1 + 2 * padding, height: y2 - y1 + 2 * padding };
}

/** A standalone SVG document: edges under nodes, labels on top; arrows as one marker per colour. */
export function networkSvg(
  nodes: readonly SvgNode[],
  edges: readonly SvgEdge[],
  background: string,
  title: string,
  legend: LegendContent | null = null,
): string {
  const box = svgBounds(nodes);
  const body = networkSvgBody(nodes, edges);
  if (legend) return svgWithLegend(body, box, background, title, legend);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${n(box.x)} ${n(box.y)} ${n(box.width)} ${n(box.height)}" width="${Math.ceil(box.width)}" height="${Math.ceil(box.height)}" font-family="sans-serif">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" fill="${escapeXml(background)}"/>`,
    body,
    '</svg>',
  ].join('\n');
}

/** The drawing's SVG content (arrow markers, edges, nodes, labels), without the document around it. */
function networkSvgBody(nodes: readonly SvgNode[], edges: readonly SvgEdge[]): string {
  const arrowColours = [...new Set(edges.filter((e) => e.arrow).map((e) => e.colour))];
  const markerId = (colour: string) => `arrow-${arrowColours.indexOf(colour)}`;
  const out: string[] = [
    '<defs>',
    ...arrowColours.map(
      (c) =>
        `<marker id="${markerId(c)}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="${escapeXml(c)}"/></marker>`,
    ),
    '</defs>',
    '<g class="edges">',
  ];
  for (const e of edges) {
    out.push(
      `<line x1="${n(e.x1)}" y1="${n(e.y1)}" x2="${n(e.x2)}" y2="${n(e.y2)}" stroke="${escapeXml(e.colour)}" stroke-width="${n(e.width)}"${e.dashed ? ' stroke-dasharray="6 4"' : ''}${e.opacity < 1 ? ` opacity="${n(e.opacity)}"` : ''}${e.arrow ? ` marker-end="url(#${markerId(e.colour)})"` : ''}/>`,
    );
  }
  out.push('</g>', '<g class="nodes">');
  for (const v of nodes) {
    const common = `fill="${escapeXml(v.fill)}" stroke="${escapeXml(v.stroke)}" stroke-width="${n(v.strokeWidth)}"${v.opacity < 1 ? ` opacity="${n(v.opacity)}"` : ''}`;
    if (v.shape === 'ellipse')
      out.push(`<ellipse cx="${n(v.x)}" cy="${n(v.y)}" rx="${n(v.width / 2)}" ry="${n(v.height / 2)}" ${common}/>`);
    else
      out.push(
        `<rect x="${n(v.x - v.width / 2)}" y="${n(v.y - v.height / 2)}" width="${n(v.width)}" height="${n(v.height)}"${v.shape === 'round-rectangle' ? ` rx="${n(Math.min(v.width, v.height) / 4)}"` : ''} ${common}/>`,
      );
  }
  out.push('</g>', '<g class="labels" text-anchor="middle">');
  for (const v of nodes) {
    if (!v.label) continue;
    const y = v.labelPlace === 'center' ? v.y + v.fontSize / 3 : v.y + v.height / 2 + v.fontSize + 2;
    out.push(
      `<text x="${n(v.x)}" y="${n(y)}" font-size="${n(v.fontSize)}" fill="${escapeXml(v.labelColour)}"${v.opacity < 1 ? ` opacity="${n(v.opacity)}"` : ''}>${escapeXml(v.label)}</text>`,
    );
  }
  out.push('</g>');
  return out.join('\n');
}

/** The minimum of cytoscape's element API that the export reads (so it runs headless in tests). */
interface StyledElement {
  style(name: string): string;
}
interface CyLike {
  nodes(
    selector?: string,
  ): Iterable<
    StyledElement & { position(): { x: number; y: number }; width(): number; height(): number; visible(): boolean }
  >;
  edges(selector?: string): Iterable<
    StyledElement & {
      source(): EndNode;
      target(): EndNode;
      visible(): boolean;
    }
  >;
}

interface EndNode {
  position(): { x: number; y: number };
  width(): number;
  height(): number;
}

/** The straight line between two nodes, cut at their borders (a circle of the node's size). */
function between(a: EndNode, b: EndNode) {
  const p = a.position();
  const q = b.position();
  const d = Math.hypot(q.x - p.x, q.y - p.y) || 1;
  const ra = Math.min(a.width(), a.height()) / 2;
  const rb = Math.min(b.width(), b.height()) / 2;
  const ux = (q.x - p.x) / d;
  const uy = (q.y - p.y) / d;
  return { x1: p.x + ux * ra, y1: p.y + uy * ra, x2: q.x - ux * rb, y2: q.y - uy * rb };
}

const px = (value: string) => {
  const v = parseFloat(value);
  return Number.isFinite(v) ? v : 0;
};

/** What cy draws, as SVG: positions, sizes, colours, dashes, arrows and labels as resolved by the stylesheet. */
export function svgFromCy(cy: CyLike, background: string, title: string, legend: LegendContent | null = null): string {
  const nodes: SvgNode[] = [];
  for (const node of cy.nodes()) {
    if (!node.visible()) continue;
    const p = node.position();
    const shape = node.style('shape');
    nodes.push({
      x: p.x,
      y: p.y,
      width: node.width(),
      height: node.height(),
      shape: shape === 'ellipse' ? 'ellipse' : shape === 'rectangle' ? 'rectangle' : 'round-rectangle',
      fill: node.style('background-color'),
      stroke: node.style('border-color'),
      strokeWidth: px(node.style('border-width')),
      opacity: px(node.style('opacity')),
      label: node.style('label'),
      labelPlace: node.style('text-valign') === 'center' ? 'center' : 'bottom',
      fontSize: px(node.style('font-size')) || 11,
      labelColour: node.style('color'),
    });
  }
  const edges: SvgEdge[] = [];
  for (const edge of cy.edges()) {
    if (!edge.visible()) continue;
    edges.push({
      ...between(edge.source(), edge.target()),
      colour: edge.style('line-color'),
      width: px(edge.style('width')),
      dashed: edge.style('line-style') === 'dashed',
      arrow: edge.style('target-arrow-shape') !== 'none',
      opacity: px(edge.style('opacity')),
    });
  }
  return networkSvg(nodes, edges, background, title, legend);
}

// ---------------------------------------------------------------- legend

/** One swatch of the legend as SVG, in a box at (x, y) of width w and height h. */
function swatchSvg(s: Swatch, x: number, y: number, w: number, h: number): string {
  switch (s.kind) {
    case 'node': {
      const common = `fill="${escapeXml(s.fill)}" stroke="${escapeXml(s.stroke)}" stroke-width="${n(s.strokeWidth)}"`;
      const size = h;
      const cx = x + w / 2;
      if (s.shape === 'ellipse')
        return `<ellipse cx="${n(cx)}" cy="${n(y + h / 2)}" rx="${n(size / 2)}" ry="${n(size / 2)}" ${common}/>${s.letter ? `<text x="${n(cx)}" y="${n(y + h / 2 + 3)}" font-size="8" font-weight="bold" text-anchor="middle" fill="#1F2328">${escapeXml(s.letter)}</text>` : ''}`;
      return `<rect x="${n(cx - size / 2)}" y="${n(y)}" width="${n(size)}" height="${n(size)}" rx="${n(size / 4)}" ${common}/>`;
    }
    case 'edge': {
      const my = y + h / 2;
      const end = s.arrow ? x + w - 7 : x + w;
      const line = `<line x1="${n(x)}" y1="${n(my)}" x2="${n(end)}" y2="${n(my)}" stroke="${escapeXml(s.colour)}" stroke-width="${n(s.width)}"${s.dashed ? ' stroke-dasharray="5 3"' : ''}/>`;
      const head = s.arrow
        ? `<path d="M${n(x + w - 8)},${n(my - 5)}L${n(x + w)},${n(my)}L${n(x + w - 8)},${n(my + 5)}z" fill="${escapeXml(s.colour)}"/>`
        : '';
      return line + head;
    }
    case 'area':
      return `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="${escapeXml(s.fill)}" stroke="${escapeXml(s.stroke)}" stroke-width="1"/>`;
  }
}

/** The legend as an SVG group at (x, y), scaled by `scale`: a white panel, black text (legible in black and white). */
export function legendSvg(layout: LegendLayout, x: number, y: number, scale = 1): string {
  const out = [`<g class="legend" transform="translate(${n(x)} ${n(y)}) scale(${n(scale)})" font-family="sans-serif">`];
  for (const m of layout.marks) {
    if (m.type === 'panel')
      out.push(
        `<rect x="${n(m.x)}" y="${n(m.y)}" width="${n(m.width)}" height="${n(m.height)}" fill="#FFFFFF" stroke="#9AA0A6" stroke-width="1"/>`,
      );
    else if (m.type === 'text')
      out.push(
        `<text x="${n(m.x)}" y="${n(m.y)}" font-size="${m.size}"${m.bold ? ' font-weight="bold"' : ''} fill="#1F2328">${escapeXml(m.text)}</text>`,
      );
    else out.push(swatchSvg(m.swatch, m.x, m.y, m.width, m.height));
  }
  out.push('</g>');
  return out.join('\n');
}

/**
 * An SVG document with a legend under the drawing: `body` is the drawing's SVG content in the box
 * `box` (its own coordinates); the legend is laid out as wide as the picture (360–900 units, scaled
 * to the picture's width when that is wider) and the document grows to hold it.
 */
export function svgWithLegend(
  body: string,
  box: { x: number; y: number; width: number; height: number },
  background: string,
  title: string,
  legend: LegendContent,
): string {
  const lw = legendWidth(box.width);
  const scale = box.width > lw ? box.width / lw : 1;
  const layout = layoutLegend(legend, lw);
  const width = Math.max(box.width, lw * scale);
  const height = box.height + layout.height * scale + 2;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${n(box.x)} ${n(box.y)} ${n(width)} ${n(height)}" width="${Math.ceil(width)}" height="${Math.ceil(height)}" font-family="sans-serif">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(width)}" height="${n(height)}" fill="${escapeXml(background)}"/>`,
    body,
    legendSvg(layout, box.x, box.y + box.height, scale),
    '</svg>',
  ].join('\n');
}
