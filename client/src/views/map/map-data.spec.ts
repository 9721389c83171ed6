import { describe, expect, it } from '@jest/globals';
import type { Slice } from '../../graph/elements';
import {
  arcCoordinates,
  bearing,
  boundsOf,
  convexHull,
  featureRegion,
  hullAreas,
  mapArcs,
  mapPoints,
  shadedAreas,
} from './map-data';

const ini = (id: string, region: string, themes = ['energy']): Slice['nodes'][number] => ({
  id: `initiative:${id}`,
  entityId: id,
  kind: 'INITIATIVE',
  label: id.toUpperCase(),
  actorKind: null,
  region,
  startedOn: null,
  status: null,
  themes,
});
const amp = (from: string, to: string, mode: 'DEEPENING' | 'BROADENING' | 'SPREADING'): Slice['edges'][number] => ({
  id: `${from}->${to}`,
  kind: 'AMPLIFIES',
  source: `initiative:${from}`,
  target: `initiative:${to}`,
  mode,
  weight: null,
  role: null,
  on: null,
  evidence: null,
  confidence: null,
});

// a and b in North (amplified: tied), c in South (spread from a), d in South without a place, e alone
const SLICE: Slice = {
  truncated: false,
  nodes: [ini('a', 'North'), ini('b', 'North', ['food']), ini('c', 'South'), ini('d', 'South'), ini('e', 'South')],
  edges: [amp('a', 'b', 'DEEPENING'), amp('a', 'c', 'SPREADING'), amp('a', 'd', 'BROADENING')],
};
const PLACES = [
  { id: 'a', latitude: 53, longitude: 6 },
  { id: 'b', latitude: 53.1, longitude: 6.2 },
  { id: 'c', latitude: 51.5, longitude: 5 },
  { id: 'e', latitude: 51.6, longitude: 5.2 },
];

describe('map drawing', () => {
  it('puts placed initiatives on the map in their category colour, isolated ones ringed, the rest listed apart', () => {
    const { points, unlocated, colours } = mapPoints(SLICE, PLACES, 'theme');
    expect(points.features.map((f) => f.properties.id)).toEqual([
      'initiative:a',
      'initiative:b',
      'initiative:c',
      'initiative:e',
    ]);
    expect(points.features[0]!.geometry.coordinates).toEqual([6, 53]);
    const colour = new Map(colours);
    expect(points.features[1]!.properties.colour).toBe(colour.get('food'));
    expect(points.features.find((f) => f.properties.id === 'initiative:e')!.properties).toMatchObject({
      isolated: 1,
      icon: expect.stringMatching(/-iso$/) as unknown as string,
    });
    expect(points.features[0]!.properties.isolated).toBe(0);
    expect(unlocated).toEqual([{ id: 'initiative:d', name: 'D', region: 'South' }]);
    expect(mapPoints(SLICE, PLACES, 'region').colours.map(([c]) => c)).toEqual(['North', 'South']);
  });

  it('draws amplifications between two places as arcs, marking those across regions, with an arrowhead', () => {
    const { arcs, arrows } = mapArcs(SLICE, PLACES);
    expect(arcs.features.map((f) => [f.properties.id, f.properties.mode, f.properties.cross])).toEqual([
      ['a->b', 'DEEPENING', 0],
      ['a->c', 'SPREADING', 1],
    ]);
    const line = arcs.features[1]!.geometry.coordinates;
    expect(line[0]).toEqual([6, 53]);
    expect(line.at(-1)).toEqual([5, 51.5]);
    expect(arrows.features).toHaveLength(2);
    // a → c heads south-west
    expect(arrows.features[1]!.properties.bearing).toBeGreaterThan(180);
    expect(arrows.features[1]!.properties.bearing).toBeLessThan(270);
  });

  it('bends an arc to the left of its way and finds bearings clockwise from north', () => {
    const arc = arcCoordinates([0, 0], [10, 0], 4);
    expect(arc[0]).toEqual([0, 0]);
    expect(arc[4]).toEqual([10, 0]);
    expect(arc[2]![1]).toBeGreaterThan(0);
    expect(bearing([0, 0], [0, 1])).toBe(0);
    expect(Math.round(bearing([0, 0], [1, 0]))).toBe(90);
  });

  it('outlines a region by the convex hull of its places, or a circle for fewer than three', () => {
    expect(
      convexHull([
        [0, 0],
        [2, 0],
        [1, 1],
        [2, 2],
        [0, 2],
        [1, 1],
      ]),
    ).toEqual([
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
    ]);
    const { points } = mapPoints(SLICE, PLACES, 'theme');
    const areas = hullAreas(points);
    expect(areas.features.map((f) => f.properties.region)).toEqual(['North', 'South']);
    const ring = areas.features[0]!.geometry.coordinates[0]!;
    expect(ring).toHaveLength(33);
    expect(ring[0]).toEqual(ring.at(-1));
  });

  it('shades the areas whose region has a value, naming regions by name, region or statnaam', () => {
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ] as [number, number][][],
    };
    const areas = {
      type: 'FeatureCollection' as const,
      features: [
        { type: 'Feature' as const, geometry: square, properties: { statnaam: 'North' } },
        { type: 'Feature' as const, geometry: square, properties: { name: 'Elsewhere' } },
        { type: 'Feature' as const, geometry: square, properties: null },
      ],
    };
    const shaded = shadedAreas(
      areas,
      (r) => (r === 'North' ? 25 : undefined),
      (v) => (v > 10 ? '#00224E' : '#FFEA46'),
    );
    expect(shaded.features.map((f) => f.properties)).toEqual([{ region: 'North', fill: '#00224E', value: 25 }]);
    expect(featureRegion({ region: 'X' })).toBe('X');
    expect(featureRegion({ other: 1 })).toBeNull();
    expect(
      boundsOf([
        [1, 5],
        [3, 2],
      ]),
    ).toEqual([
      [1, 2],
      [3, 5],
    ]);
    expect(boundsOf([])).toBeNull();
  });
});
