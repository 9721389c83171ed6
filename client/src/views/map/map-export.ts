// The map's PNG and SVG downloads, with the legend under the picture: the PNG from the map's canvas
// (basemap included), the SVG written from what is drawn (areas, arcs, initiatives and groups in
// screen coordinates; the basemap is not part of it).
import type { Map as MapLibre, MapGeoJSONFeature } from 'maplibre-gl';
import { download, pngWithLegend } from '../../canvas/legend-paint';
import { MODES } from '../../domain/values';
import { EDGE_SWATCHES, type LegendContent } from '../../graph/legend';
import { escapeXml, svgWithLegend } from '../../graph/svg';
import { ISOLATED_RING } from '../../graph/encoding';
import { LAYERS } from './map-layers';

type XY = [number, number];
const r1 = (v: number) => Math.round(v * 10) / 10;

function rendered(map: MapLibre, layers: string[]): MapGeoJSONFeature[] {
  return map.queryRenderedFeatures({ layers });
}

/** The groups on screen: where they are (CSS pixels) and how many initiatives each holds. */
function groupsOnScreen(map: MapLibre): { x: number; y: number; count: number }[] {
  const seen = new Set<number>();
  return rendered(map, [LAYERS.clusters]).flatMap((f) => {
    const id = f.properties.cluster_id as number;
    if (seen.has(id) || f.geometry.type !== 'Point') return [];
    seen.add(id);
    const p = map.project(f.geometry.coordinates as XY);
    return [{ x: p.x, y: p.y, count: f.properties.point_count as number }];
  });
}

/** The map as drawn (its canvas) with the groups' numbers, and the legend under it. */
export async function downloadMapPng(map: MapLibre, legend: LegendContent | null): Promise<void> {
  const canvas = map.getCanvas();
  const ratio = canvas.width / map.getContainer().clientWidth || 1;
  const groups = groupsOnScreen(map);
  const blob = await pngWithLegend(
    canvas.width,
    canvas.height,
    (ctx) => {
      ctx.drawImage(canvas, 0, 0);
      ctx.fillStyle = '#FFFFFF';
      ctx.font = `bold ${Math.round(11 * ratio)}px sans-serif`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      for (const g of groups) ctx.fillText(String(g.count), g.x * ratio, g.y * ratio);
    },
    legend,
    ratio,
  );
  download(blob, 'small-wins-map.png');
}

function ringsPath(map: MapLibre, rings: XY[][]): string {
  return rings
    .map(
      (ring) =>
        ring
          .map((c, i) => {
            const p = map.project(c);
            return `${i === 0 ? 'M' : 'L'}${r1(p.x)},${r1(p.y)}`;
          })
          .join('') + 'Z',
    )
    .join('');
}

function areasSvg(map: MapLibre): string[] {
  return rendered(map, [LAYERS.areaFill]).map((f) => {
    const polygons =
      f.geometry.type === 'Polygon'
        ? [f.geometry.coordinates as XY[][]]
        : f.geometry.type === 'MultiPolygon'
          ? (f.geometry.coordinates as XY[][][])
          : [];
    const d = polygons.map((rings) => ringsPath(map, rings)).join('');
    return `<path d="${d}" fill="${escapeXml(String(f.properties.fill))}" fill-opacity="0.55" stroke="#5F6368" stroke-width="1"/>`;
  });
}

function arcsSvg(map: MapLibre): string[] {
  const out: string[] = [];
  for (const mode of MODES) {
    const s = EDGE_SWATCHES[mode];
    for (const f of rendered(map, [LAYERS.arcs(mode)])) {
      if (f.geometry.type !== 'LineString') continue;
      const pts = (f.geometry.coordinates as XY[]).map((c) => map.project(c));
      const cross = f.properties.cross === 1;
      out.push(
        `<polyline points="${pts.map((p) => `${r1(p.x)},${r1(p.y)}`).join(' ')}" fill="none" stroke="${s.colour}" stroke-width="${(mode === 'DEEPENING' ? 2.5 : 1.5) * (cross ? 1.7 : 1)}" stroke-opacity="${cross ? 0.95 : 0.45}"${s.dashed ? ' stroke-dasharray="6 4"' : ''}/>`,
      );
      const [a, b] = [pts[pts.length - 2], pts[pts.length - 1]];
      if (s.arrow && a && b) {
        const angle = (Math.atan2(b.y - a.y, b.x - a.x) * 180) / Math.PI;
        out.push(
          `<path d="M0,0L-10,-5L-10,5z" fill="${s.colour}" transform="translate(${r1(b.x)} ${r1(b.y)}) rotate(${r1(angle)})"/>`,
        );
      }
    }
  }
  return out;
}

function markersSvg(map: MapLibre): string[] {
  const out: string[] = [];
  for (const f of rendered(map, [LAYERS.points])) {
    if (f.geometry.type !== 'Point') continue;
    const p = map.project(f.geometry.coordinates as XY);
    const iso = f.properties.isolated === 1;
    out.push(
      `<rect x="${r1(p.x - 8)}" y="${r1(p.y - 8)}" width="16" height="16" rx="4" fill="${escapeXml(String(f.properties.colour))}" stroke="${iso ? ISOLATED_RING : '#3C4043'}" stroke-width="${iso ? 3 : 1}"><title>${escapeXml(String(f.properties.name))}</title></rect>`,
    );
  }
  for (const g of groupsOnScreen(map)) {
    const r = g.count < 10 ? 12 : g.count < 50 ? 16 : 22;
    out.push(
      `<circle cx="${r1(g.x)}" cy="${r1(g.y)}" r="${r}" fill="#5F6368" fill-opacity="0.85" stroke="#FFFFFF" stroke-width="2"/>`,
      `<text x="${r1(g.x)}" y="${r1(g.y + 4)}" font-size="11" font-weight="bold" text-anchor="middle" fill="#FFFFFF">${g.count}</text>`,
    );
  }
  return out;
}

/** The drawing in screen coordinates as SVG, with the legend under it. */
export function downloadMapSvg(map: MapLibre, background: string, title: string, legend: LegendContent | null): void {
  const { clientWidth: width, clientHeight: height } = map.getContainer();
  const body = [...areasSvg(map), ...arcsSvg(map), ...markersSvg(map)].join('\n');
  const box = { x: 0, y: 0, width, height };
  const text = legend
    ? svgWithLegend(body, box, background, title, legend)
    : `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><title>${escapeXml(title)}</title><rect width="${width}" height="${height}" fill="${escapeXml(background)}"/>${body}</svg>`;
  download(new Blob([text], { type: 'image/svg+xml' }), 'small-wins-map.svg');
}
