// The map's sources and layers (added once per style), and the icons drawn for them: initiatives
// as round rectangles in their colour (isolated ones with the amber ring), arrowheads for spread.
import type { Map as MapLibre } from 'maplibre-gl';
import { ISOLATED_RING, MODE_COLOURS } from '../../graph/encoding';
import { MODES } from '../../domain/values';

export const SOURCES = { points: 'initiatives', arcs: 'arcs', arrows: 'arrows', areas: 'areas' } as const;
export const LAYERS = {
  areaFill: 'area-fill',
  areaLine: 'area-line',
  arcs: (mode: string) => `arcs-${mode}`,
  arrows: 'arrows',
  clusters: 'clusters',
  points: 'points',
} as const;

const EMPTY = { type: 'FeatureCollection' as const, features: [] };
const ICON_PX = 2;

/** A round rectangle (an initiative, as in the explorer) as pixels: `size` CSS px at 2× density. */
export function initiativeIcon(fill: string, isolated: boolean, size = 16): ImageData {
  const px = size * ICON_PX;
  const canvas = document.createElement('canvas');
  canvas.width = px;
  canvas.height = px;
  const ctx = canvas.getContext('2d')!;
  const ring = isolated ? 3 * ICON_PX : 1 * ICON_PX;
  ctx.beginPath();
  ctx.roundRect(ring / 2, ring / 2, px - ring, px - ring, px / 4);
  ctx.fillStyle = fill;
  ctx.fill();
  ctx.lineWidth = ring;
  ctx.strokeStyle = isolated ? ISOLATED_RING : '#3C4043';
  ctx.stroke();
  return ctx.getImageData(0, 0, px, px);
}

/** An arrowhead pointing north, in a mode's colour. */
function arrowIcon(colour: string, size = 14): ImageData {
  const px = size * ICON_PX;
  const canvas = document.createElement('canvas');
  canvas.width = px;
  canvas.height = px;
  const ctx = canvas.getContext('2d')!;
  ctx.beginPath();
  ctx.moveTo(px / 2, 0);
  ctx.lineTo(px, px);
  ctx.lineTo(px / 2, px * 0.7);
  ctx.lineTo(0, px);
  ctx.closePath();
  ctx.fillStyle = colour;
  ctx.fill();
  return ctx.getImageData(0, 0, px, px);
}

/** Adds the icons of initiative colours not added yet (plain and ringed). */
export function addInitiativeIcons(map: MapLibre, colours: readonly string[]): void {
  for (const colour of colours) {
    for (const isolated of [false, true]) {
      const id = `ini-${colour.replace('#', '')}${isolated ? '-iso' : ''}`;
      if (!map.hasImage(id)) map.addImage(id, initiativeIcon(colour, isolated), { pixelRatio: ICON_PX });
    }
  }
}

/** The sources (empty) and layers, bottom to top: areas, arcs by mode, arrowheads, clusters, initiatives. */
export function addMapLayers(map: MapLibre): void {
  for (const mode of MODES) map.addImage(`arrow-${mode}`, arrowIcon(MODE_COLOURS[mode]), { pixelRatio: ICON_PX });
  map.addSource(SOURCES.areas, { type: 'geojson', data: EMPTY });
  map.addSource(SOURCES.arcs, { type: 'geojson', data: EMPTY });
  map.addSource(SOURCES.arrows, { type: 'geojson', data: EMPTY });
  map.addSource(SOURCES.points, { type: 'geojson', data: EMPTY, cluster: true, clusterRadius: 36, clusterMaxZoom: 8 });
  map.addLayer({
    id: LAYERS.areaFill,
    type: 'fill',
    source: SOURCES.areas,
    paint: { 'fill-color': ['get', 'fill'], 'fill-opacity': 0.55 },
  });
  map.addLayer({
    id: LAYERS.areaLine,
    type: 'line',
    source: SOURCES.areas,
    paint: { 'line-color': '#5F6368', 'line-width': 1 },
  });
  for (const mode of MODES) {
    map.addLayer({
      id: LAYERS.arcs(mode),
      type: 'line',
      source: SOURCES.arcs,
      filter: ['==', ['get', 'mode'], mode],
      layout: { 'line-cap': 'round' },
      paint: {
        'line-color': MODE_COLOURS[mode],
        // the encoding's width, doubled across regions so spread between regions stands out
        'line-width': ['*', mode === 'DEEPENING' ? 2.5 : 1.5, ['case', ['==', ['get', 'cross'], 1], 1.7, 1]],
        'line-opacity': ['case', ['==', ['get', 'cross'], 1], 0.95, 0.45],
        ...(mode === 'BROADENING' ? { 'line-dasharray': [3, 2] } : {}),
      },
    });
  }
  map.addLayer({
    id: LAYERS.arrows,
    type: 'symbol',
    source: SOURCES.arrows,
    filter: ['==', ['get', 'mode'], 'SPREADING'],
    layout: {
      'icon-image': ['concat', 'arrow-', ['get', 'mode']],
      'icon-rotate': ['get', 'bearing'],
      'icon-rotation-alignment': 'map',
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
      'icon-size': ['case', ['==', ['get', 'cross'], 1], 1, 0.7],
    },
  });
  map.addLayer({
    id: LAYERS.clusters,
    type: 'circle',
    source: SOURCES.points,
    filter: ['has', 'point_count'],
    paint: {
      'circle-color': '#5F6368',
      'circle-opacity': 0.85,
      'circle-stroke-color': '#FFFFFF',
      'circle-stroke-width': 2,
      'circle-radius': ['step', ['get', 'point_count'], 12, 10, 16, 50, 22],
    },
  });
  map.addLayer({
    id: LAYERS.points,
    type: 'symbol',
    source: SOURCES.points,
    filter: ['!', ['has', 'point_count']],
    layout: { 'icon-image': ['get', 'icon'], 'icon-allow-overlap': true, 'icon-ignore-placement': true },
  });
}
