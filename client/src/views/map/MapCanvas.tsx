import { Map as MapLibre, NavigationControl, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
// MapLibre's worker as a file of this site (a module worker from 'self': no blob: and no eval,
// so it runs under `script-src 'self'; worker-src 'self'`)
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { addMapLayers } from './map-layers';

setWorkerUrl(workerUrl);

const MapContext = createContext<MapLibre | null>(null);

/** The page's one MapLibre map, for the `…Effect` components under MapCanvas. */
export function useMap(): MapLibre {
  const map = useContext(MapContext);
  if (!map) throw new Error('useMap outside MapCanvas');
  return map;
}

/** The plain style: a muted background and nothing else (no basemap, nothing fetched). */
export function plainStyle(background: string): StyleSpecification {
  return {
    version: 8,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': background } }],
  };
}

/**
 * Owns exactly one MapLibre map: created on mount (with the given style: a basemap style object
 * or the plain one), its sources and layers added once the style has loaded, destroyed on unmount.
 * Children are `…Effect` components that push the page's data into it; they mount once the map
 * has its layers.
 */
export function MapCanvas({
  style,
  label,
  children,
}: {
  style: StyleSpecification;
  label: string;
  children: ReactNode;
}) {
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibre | null>(null);
  useEffect(() => {
    if (!container.current) return;
    const instance = new MapLibre({
      container: container.current,
      style,
      center: [5.3, 52.2],
      zoom: 6,
      attributionControl: false,
      // the export reads the drawing from the canvas
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    instance.addControl(new NavigationControl({ showCompass: false }), 'top-left');
    instance.on('load', () => {
      addMapLayers(instance);
      setMap(instance);
    });
    return () => {
      setMap(null);
      instance.remove();
    };
  }, [style]);
  return (
    <>
      <div ref={container} className="map-canvas" role="region" aria-label={label} data-testid="map-canvas" />
      {map && <MapContext.Provider value={map}>{children}</MapContext.Provider>}
    </>
  );
}
