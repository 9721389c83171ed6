// The map's drawing as GeoJSON: initiatives at their coordinates (coloured as in the explorer),
// amplifications between places as arcs (crossing a region boundary marked), and regions as areas
// (the user's boundaries, or the convex hull of a region's initiatives). Pure, unit-tested.
import type { AmplificationMode } from '../../api/generated/graphql';
import {
  categoryOf,
  isolatedInitiatives,
  legendCategories,
  NO_CATEGORY_COLOUR,
  type Slice,
} from '../../graph/elements';
import type { ColourBy } from '../../graph/encoding';

export interface Place {
  id: string;
  latitude: number;
  longitude: number;
}

type Position = [number, number];
interface Feature<G, P> {
  type: 'Feature';
  geometry: G;
  properties: P;
}
export interface Collection<G, P> {
  type: 'FeatureCollection';
  features: Feature<G, P>[];
}
type Point = { type: 'Point'; coordinates: Position };
type Line = { type: 'LineString'; coordinates: Position[] };
type Polygon = { type: 'Polygon'; coordinates: Position[][] };
type MultiPolygon = { type: 'MultiPolygon'; coordinates: Position[][][] };

export interface PointProps {
  /** the GraphNode id (`initiative:<id>`), as the explorer's selection */
  id: string;
  name: string;
  region: string;
  colour: string;
  isolated: 0 | 1;
  /** the icon drawn: `ini-<colour>` or `ini-<colour>-iso` */
  icon: string;
}

export interface ArcProps {
  id: string;
  mode: AmplificationMode;
  /** 1 when the arc joins two regions (spread across regions stands out) */
  cross: 0 | 1;
}

export interface ArrowProps {
  mode: AmplificationMode;
  cross: 0 | 1;
  /** degrees clockwise from north, where the arc arrives */
  bearing: number;
}

export interface AreaProps {
  region: string;
  /** the fill colour of its shading step */
  fill: string;
  value: number;
}

export const iconName = (colour: string, isolated: boolean) =>
  `ini-${colour.replace('#', '')}${isolated ? '-iso' : ''}`;

/** The slice's initiatives on the map: those with a place as points, the others listed apart (by name). */
export function mapPoints(
  slice: Slice,
  places: readonly Place[],
  colourBy: ColourBy,
): {
  points: Collection<Point, PointProps>;
  unlocated: { id: string; name: string; region: string | null }[];
  colours: [string, string][];
} {
  const at = new Map(places.map((p) => [p.id, p]));
  const context = { colourBy };
  const colours = new Map(legendCategories(slice, context));
  const isolated = isolatedInitiatives(slice);
  const features: Feature<Point, PointProps>[] = [];
  const unlocated: { id: string; name: string; region: string | null }[] = [];
  for (const n of slice.nodes) {
    if (n.kind !== 'INITIATIVE') continue;
    const place = at.get(n.entityId);
    if (!place) {
      unlocated.push({ id: n.id, name: n.label, region: n.region ?? null });
      continue;
    }
    const category = categoryOf(n, context);
    const colour = (category !== null && colours.get(category)) || NO_CATEGORY_COLOUR;
    const iso = isolated.has(n.id);
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [place.longitude, place.latitude] },
      properties: {
        id: n.id,
        name: n.label,
        region: n.region ?? '',
        colour,
        isolated: iso ? 1 : 0,
        icon: iconName(colour, iso),
      },
    });
  }
  unlocated.sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return { points: { type: 'FeatureCollection', features }, unlocated, colours: [...colours] };
}

/** A quadratic curve from a to b, bulging to the left of the way (20% of the distance), as `segments` pieces. */
export function arcCoordinates(a: Position, b: Position, segments = 24): Position[] {
  const [x1, y1] = a;
  const [x2, y2] = b;
  const cx = (x1 + x2) / 2 - (y2 - y1) * 0.2;
  const cy = (y1 + y2) / 2 + (x2 - x1) * 0.2;
  return Array.from({ length: segments + 1 }, (_, i) => {
    const t = i / segments;
    const u = 1 - t;
    return [u * u * x1 + 2 * u * t * cx + t * t * x2, u * u * y1 + 2 * u * t * cy + t * t * y2];
  });
}

/** Degrees clockwise from north from p to q (locally flat: longitude scaled by the cosine of the latitude). */
export function bearing(p: Position, q: Position): number {
  const dx = (q[0] - p[0]) * Math.cos((((p[1] + q[1]) / 2) * Math.PI) / 180);
  const dy = q[1] - p[1];
  return ((Math.atan2(dx, dy) * 180) / Math.PI + 360) % 360;
}

/** The slice's amplifications between two placed initiatives, as arcs, and an arrowhead where each arrives. */
export function mapArcs(
  slice: Slice,
  places: readonly Place[],
): { arcs: Collection<Line, ArcProps>; arrows: Collection<Point, ArrowProps> } {
  const at = new Map(places.map((p) => [p.id, p]));
  const node = new Map(slice.nodes.map((n) => [n.id, n]));
  const arcs: Feature<Line, ArcProps>[] = [];
  const arrows: Feature<Point, ArrowProps>[] = [];
  for (const e of slice.edges) {
    if (e.kind !== 'AMPLIFIES' || !e.mode) continue;
    const from = node.get(e.source);
    const to = node.get(e.target);
    const p = from && at.get(from.entityId);
    const q = to && at.get(to.entityId);
    if (!p || !q || (p.longitude === q.longitude && p.latitude === q.latitude)) continue;
    const coordinates = arcCoordinates([p.longitude, p.latitude], [q.longitude, q.latitude]);
    const cross = (from.region ?? '') !== (to.region ?? '') ? 1 : 0;
    arcs.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates },
      properties: { id: e.id, mode: e.mode, cross },
    });
    const end = coordinates[coordinates.length - 1]!;
    const before = coordinates[coordinates.length - 3]!;
    arrows.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: coordinates[coordinates.length - 2]! },
      properties: { mode: e.mode, cross, bearing: Math.round(bearing(before, end)) },
    });
  }
  return {
    arcs: { type: 'FeatureCollection', features: arcs },
    arrows: { type: 'FeatureCollection', features: arrows },
  };
}

/** The convex hull of points (Andrew's monotone chain), counter-clockwise, without repeating the first. */
export function convexHull(points: readonly Position[]): Position[] {
  const sorted = [...new Map(points.map((p) => [`${p[0]},${p[1]}`, p])).values()].sort(
    (a, b) => a[0] - b[0] || a[1] - b[1],
  );
  if (sorted.length < 3) return sorted;
  const cross = (o: Position, a: Position, b: Position) =>
    (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const half = (list: Position[]) => {
    const out: Position[] = [];
    for (const p of list) {
      while (out.length >= 2 && cross(out[out.length - 2]!, out[out.length - 1]!, p) <= 0) out.pop();
      out.push(p);
    }
    out.pop();
    return out;
  };
  return [...half(sorted), ...half([...sorted].reverse())];
}

/** A circle of `km` around a point, as a ring of 32 positions (closed). */
export function circleRing(center: Position, km: number): Position[] {
  const dLat = km / 111.32;
  const dLng = dLat / Math.max(0.1, Math.cos((center[1] * Math.PI) / 180));
  const ring: Position[] = Array.from({ length: 32 }, (_, i) => {
    const a = (i / 32) * 2 * Math.PI;
    return [center[0] + dLng * Math.cos(a), center[1] + dLat * Math.sin(a)];
  });
  return [...ring, ring[0]!];
}

/**
 * Each region as an area drawn from its initiatives' own points: the convex hull of the points
 * (widened by nothing), or, for fewer than three distinct points (or points on one line), a circle
 * of 8 km around their centre.
 */
export function hullAreas(points: Collection<Point, PointProps>): Collection<Polygon, { region: string }> {
  const byRegion = new Map<string, Position[]>();
  for (const f of points.features) {
    if (!f.properties.region) continue;
    byRegion.set(f.properties.region, [...(byRegion.get(f.properties.region) ?? []), f.geometry.coordinates]);
  }
  const features: Feature<Polygon, { region: string }>[] = [];
  for (const [region, list] of [...byRegion].sort(([a], [b]) => a.localeCompare(b, 'en'))) {
    const hull = convexHull(list);
    const ring =
      hull.length >= 3
        ? [...hull, hull[0]!]
        : circleRing(
            [list.reduce((s, p) => s + p[0], 0) / list.length, list.reduce((s, p) => s + p[1], 0) / list.length],
            8,
          );
    features.push({ type: 'Feature', geometry: { type: 'Polygon', coordinates: [ring] }, properties: { region } });
  }
  return { type: 'FeatureCollection', features };
}

/** The region a boundary feature names: `properties.name`, `region` or `statnaam` (CBS), else null. */
export function featureRegion(properties: Record<string, unknown> | null | undefined): string | null {
  for (const key of ['name', 'region', 'statnaam', 'NAME']) {
    const v = properties?.[key];
    if (typeof v === 'string' && v !== '') return v;
  }
  return null;
}

/** Region areas (user boundaries or hulls) with the fill of their shading step; regions without a value are left out. */
export function shadedAreas(
  areas: Collection<Polygon | MultiPolygon, Record<string, unknown> | null>,
  valueOf: (region: string) => number | undefined,
  colourOf: (value: number) => string,
): Collection<Polygon | MultiPolygon, AreaProps> {
  const features: Feature<Polygon | MultiPolygon, AreaProps>[] = [];
  for (const f of areas.features) {
    const region = featureRegion(f.properties);
    const value = region === null ? undefined : valueOf(region);
    if (region === null || value === undefined) continue;
    if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') continue;
    features.push({ type: 'Feature', geometry: f.geometry, properties: { region, fill: colourOf(value), value } });
  }
  return { type: 'FeatureCollection', features };
}

/** The bounds [[west, south], [east, north]] of points, or null without any. */
export function boundsOf(positions: readonly Position[]): [Position, Position] | null {
  if (positions.length === 0) return null;
  const xs = positions.map((p) => p[0]);
  const ys = positions.map((p) => p[1]);
  return [
    [Math.min(...xs), Math.min(...ys)],
    [Math.max(...xs), Math.max(...ys)],
  ];
}
