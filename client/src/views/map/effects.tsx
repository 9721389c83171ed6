import { Marker, type GeoJSONSource, type MapGeoJSONFeature } from 'maplibre-gl';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { MODES } from '../../domain/values';
import { NO_CATEGORY_COLOUR } from '../../graph/elements';
import { useMap } from './MapCanvas';
import type { Collection } from './map-data';
import { addInitiativeIcons, LAYERS, SOURCES } from './map-layers';

type AnyCollection = Collection<unknown, unknown>;

/** Pushes the drawing into the map's sources (icons for new colours first). */
export function MapDataEffect({
  points,
  arcs,
  arrows,
  areas,
  colours,
}: {
  points: AnyCollection;
  arcs: AnyCollection;
  arrows: AnyCollection;
  areas: AnyCollection;
  colours: readonly string[];
}) {
  const map = useMap();
  // in the commit that brings the data, so the status never says idle for the data before it
  useLayoutEffect(() => {
    // the status (MapStatusEffect) says idle again once this is drawn
    map.getContainer().dataset.idle = '0';
    addInitiativeIcons(map, [...colours, NO_CATEGORY_COLOUR]);
    const set = (id: string, data: AnyCollection) =>
      void map.getSource<GeoJSONSource>(id)?.setData(data as unknown as Parameters<GeoJSONSource['setData']>[0]);
    set(SOURCES.points, points);
    set(SOURCES.arcs, arcs);
    set(SOURCES.arrows, arrows);
    set(SOURCES.areas, areas);
  }, [map, points, arcs, arrows, areas, colours]);
  return null;
}

/**
 * Fits the map to bounds when they change (by value), without animation, and again when the map's
 * box changes size (a panel beside it appearing) until the user has moved the map.
 */
export function FitEffect({ bounds }: { bounds: [[number, number], [number, number]] | null }) {
  const map = useMap();
  const key = JSON.stringify(bounds);
  useEffect(() => {
    const b = JSON.parse(key) as [[number, number], [number, number]] | null;
    if (!b) return;
    const fit = () => map.fitBounds(b, { padding: 48, maxZoom: 11, duration: 0 });
    fit();
    let moved = false;
    const onMove = (e: { originalEvent?: unknown }) => {
      if (e.originalEvent) moved = true;
    };
    const onResize = () => {
      if (!moved) fit();
    };
    map.on('movestart', onMove);
    map.on('resize', onResize);
    return () => {
      map.off('movestart', onMove);
      map.off('resize', onResize);
    };
  }, [map, key]);
  return null;
}

/** A click on an initiative selects it (the details drawer opens); a click on a group zooms in to it. */
export function MapEventsEffect({ onSelect }: { onSelect: (id: string) => void }) {
  const map = useMap();
  useEffect(() => {
    const onPoint = (e: { features?: MapGeoJSONFeature[] }) => {
      const id = e.features?.[0]?.properties.id as string | undefined;
      if (id) onSelect(id);
    };
    const onCluster = (e: { features?: MapGeoJSONFeature[] }) => {
      const f = e.features?.[0];
      const clusterId = f?.properties.cluster_id as number | undefined;
      if (!f || clusterId === undefined || f.geometry.type !== 'Point') return;
      const [lng, lat] = f.geometry.coordinates as [number, number];
      void map
        .getSource<GeoJSONSource>(SOURCES.points)
        ?.getClusterExpansionZoom(clusterId)
        .then((zoom) => map.easeTo({ center: [lng, lat], zoom, duration: 300 }));
    };
    const pointer = () => (map.getCanvas().style.cursor = 'pointer');
    const plain = () => (map.getCanvas().style.cursor = '');
    map.on('click', LAYERS.points, onPoint);
    map.on('click', LAYERS.clusters, onCluster);
    for (const layer of [LAYERS.points, LAYERS.clusters]) {
      map.on('mouseenter', layer, pointer);
      map.on('mouseleave', layer, plain);
    }
    return () => {
      map.off('click', LAYERS.points, onPoint);
      map.off('click', LAYERS.clusters, onCluster);
      for (const layer of [LAYERS.points, LAYERS.clusters]) {
        map.off('mouseenter', layer, pointer);
        map.off('mouseleave', layer, plain);
      }
    };
  }, [map, onSelect]);
  return null;
}

/** The number of initiatives in each group drawn, as labels over the groups (no font server needed). */
export function ClusterCountsEffect() {
  const map = useMap();
  const markers = useRef(new Map<number, Marker>());
  useEffect(() => {
    const shown = markers.current;
    const update = () => {
      const seen = new Set<number>();
      for (const f of map.queryRenderedFeatures({ layers: [LAYERS.clusters] })) {
        const id = f.properties.cluster_id as number;
        if (seen.has(id) || f.geometry.type !== 'Point') continue;
        seen.add(id);
        if (shown.has(id)) continue;
        const label = document.createElement('div');
        label.className = 'map-cluster-count';
        label.textContent = String(f.properties.point_count as number);
        shown.set(id, new Marker({ element: label }).setLngLat(f.geometry.coordinates as [number, number]).addTo(map));
      }
      for (const [id, marker] of shown)
        if (!seen.has(id)) {
          marker.remove();
          shown.delete(id);
        }
    };
    map.on('idle', update);
    update();
    return () => {
      map.off('idle', update);
      for (const marker of shown.values()) marker.remove();
      shown.clear();
    };
  }, [map]);
  return null;
}

/**
 * What the map has drawn, as data attributes of its container once it is idle (rendered
 * initiatives, groups, arcs and areas; centre and zoom): the page's tests read them.
 */
export function MapStatusEffect() {
  const map = useMap();
  useEffect(() => {
    const element = map.getContainer();
    const count = (layers: string[]) => map.queryRenderedFeatures({ layers }).length;
    const update = () => {
      const c = map.getCenter();
      Object.assign(element.dataset, {
        renderedPoints: String(count([LAYERS.points])),
        renderedClusters: String(count([LAYERS.clusters])),
        renderedArcs: String(count(MODES.map((m) => LAYERS.arcs(m)))),
        renderedAreas: String(count([LAYERS.areaFill])),
        center: `${c.lng.toFixed(6)},${c.lat.toFixed(6)}`,
        zoom: map.getZoom().toFixed(4),
        idle: '1',
      });
    };
    const busy = () => (element.dataset.idle = '0');
    map.on('idle', update);
    map.on('movestart', busy);
    return () => {
      map.off('idle', update);
      map.off('movestart', busy);
    };
  }, [map]);
  return null;
}
