// What the map page draws and its legend, from the answers of its queries: hooks over the pure
// map-data.ts and shading.ts.
import { useEffect, useMemo, useState } from 'react';
import type { StyleSpecification } from 'maplibre-gl';
import {
  MapDataDocument,
  NetworkSliceDocument,
  PeriodOverviewDocument,
  type MapDataQuery,
  type PeriodOverviewQuery,
} from '../../api/generated/graphql';
import { useQuery } from '../../api/useQuery';
import type { Slice } from '../../graph/elements';
import { edgeKindsOf, networkLegend, type LegendContent, type LegendSection } from '../../graph/legend';
import { useI18n } from '../../i18n';
import { boundsOf, featureRegion, hullAreas, mapArcs, mapPoints, shadedAreas, type Collection } from './map-data';
import { plainStyle } from './MapCanvas';
import type { MapState } from './map-url';
import { measureOf, shadingScale, stepLabel } from './shading';

/** The period the areas are shaded for: the year of the as-of date, or the last 365 days of the data. */
export function shadingPeriod(asOf: string | null): { days: number } | { year: number } {
  return asOf === null ? { days: 365 } : { year: Number(asOf.slice(0, 4)) };
}

/** Everything the map asks the API: places and settings, the network as of the date, the regions' figures. */
export function useMapQueries(state: MapState) {
  const data = useQuery(MapDataDocument, {});
  const slice = useQuery(NetworkSliceDocument, { filter: { asOf: state.asOf, includeActors: true }, limit: 10000 });
  const figures = useQuery(PeriodOverviewDocument, shadingPeriod(state.asOf));
  return { data, slice, figures };
}

type Areas = Collection<unknown, Record<string, unknown> | null>;

/** The region boundaries from the server (REGIONS_GEOJSON) when configured; null otherwise or until loaded. */
export function useBoundaries(settings: MapDataQuery['mapSettings'] | undefined): Areas | null {
  const [areas, setAreas] = useState<Areas | null>(null);
  const wanted = settings?.regionBoundaries === true;
  useEffect(() => {
    if (!wanted) return;
    const controller = new AbortController();
    fetch('/api/map/regions', { signal: controller.signal })
      .then((r) => (r.ok ? (r.json() as Promise<Areas>) : null))
      .then(setAreas, () => setAreas(null));
    return () => controller.abort();
  }, [wanted]);
  return wanted ? areas : null;
}

/**
 * The map's style: the basemap (MAP_STYLE_URL) when set and reachable, else a plain muted
 * background; `failed` says why a basemap was not used.
 */
export function useBasemap(styleUrl: string | null | undefined, background: string) {
  const [loaded, setLoaded] = useState<{ url: string; style: StyleSpecification | null; error: string | null } | null>(
    null,
  );
  useEffect(() => {
    if (!styleUrl) return;
    const controller = new AbortController();
    const timer = window.setTimeout(() => controller.abort(), 5000);
    fetch(styleUrl, { signal: controller.signal })
      .then(async (r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        setLoaded({ url: styleUrl, style: (await r.json()) as StyleSpecification, error: null });
      })
      .catch((error: unknown) =>
        setLoaded({ url: styleUrl, style: null, error: error instanceof Error ? error.message : String(error) }),
      )
      .finally(() => window.clearTimeout(timer));
    return () => controller.abort();
  }, [styleUrl]);
  const plain = useMemo(() => plainStyle(background), [background]);
  const current = loaded && loaded.url === styleUrl ? loaded : null;
  const waiting = !!styleUrl && current === null;
  return { style: current?.style ?? plain, waiting, failed: current?.error ?? null };
}

type Figures = PeriodOverviewQuery['periodOverview'];

/** Points, arcs and shaded areas from the slice, the places, the boundaries (or hulls) and the figures. */
export function useDrawing(
  slice: Slice | undefined,
  places: MapDataQuery['initiativePlaces'] | undefined,
  boundaries: Areas | null,
  figures: Figures | undefined,
  state: MapState,
) {
  return useMemo(() => {
    const empty: Slice = { nodes: [], edges: [], truncated: false };
    const { points, unlocated, colours } = mapPoints(slice ?? empty, places ?? [], state.colourBy);
    const { arcs, arrows } = mapArcs(slice ?? empty, places ?? []);
    const values = new Map((figures?.regions ?? []).map((r) => [r.region, measureOf(state.shade, r)]));
    const outlines = (boundaries ?? hullAreas(points)) as Parameters<typeof shadedAreas>[0];
    const present = outlines.features
      .map((f) => values.get(featureRegion(f.properties) ?? ''))
      .filter((v): v is number => v !== undefined);
    const scale = shadingScale(present);
    const areas = shadedAreas(outlines, (region) => values.get(region), scale.colourOf);
    const focus = state.region ? points.features.filter((f) => f.properties.region === state.region) : points.features;
    const bounds = boundsOf(focus.map((f) => f.geometry.coordinates));
    return { points, unlocated, colours, arcs, arrows, areas, scale, bounds };
  }, [slice, places, boundaries, figures, state.colourBy, state.shade, state.region]);
}

export type Drawing = ReturnType<typeof useDrawing>;

/** The map's legend: the encoding drawn, the shading with its measure, unit and period, the dates. */
export function useMapLegend(drawing: Drawing, figures: Figures | undefined, state: MapState, fromBoundaries: boolean) {
  const { t } = useI18n();
  return useMemo((): LegendContent => {
    const period = !figures
      ? ''
      : state.asOf === null
        ? t('map.periodLast', { date: figures.to })
        : t('map.periodYear', { year: figures.to.slice(0, 4) });
    const shading: LegendSection = {
      heading: t(`map.unit.${state.shade}`, { period }),
      entries: drawing.scale.steps.map((s) => ({
        swatch: { kind: 'area', fill: s.colour, stroke: '#5F6368' },
        label: stepLabel(s, state.shade),
      })),
    };
    const groups: LegendSection = {
      heading: t('map.groups'),
      entries: [
        {
          swatch: { kind: 'node', shape: 'ellipse', fill: '#5F6368', stroke: '#FFFFFF', strokeWidth: 2 },
          label: t('map.cluster'),
        },
      ],
    };
    const crossed = drawing.arcs.features.some((f) => f.properties.cross === 1);
    return networkLegend(
      {
        title: t('map.exportTitle'),
        initiatives: drawing.points.features.length > 0,
        actors: false,
        isolated: drawing.points.features.some((f) => f.properties.isolated === 1),
        edges: edgeKindsOf(drawing.arcs.features.map((f) => ({ mode: f.properties.mode }))),
        colourHeading: `${t('map.colourBy')}: ${t(`colourBy.${state.colourBy}`)}`,
        colours: drawing.colours,
        filters: [
          ...(state.region ? [state.region] : []),
          `${t('map.areasFrom')}: ${fromBoundaries ? t('map.areas.boundaries') : t('map.areas.hulls')}`,
          ...(crossed ? [t('map.crossRegion')] : []),
        ],
        asOf: state.asOf,
        dataDate: figures?.dates.newest ?? null,
        extra: [...(shading.entries.length ? [shading] : []), groups],
      },
      t,
    );
  }, [t, drawing, figures, state, fromBoundaries]);
}
