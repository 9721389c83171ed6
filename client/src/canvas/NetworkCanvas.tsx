import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { CyContext } from './CyContext';
import { hasWebgl2 } from './webgl';

cytoscape.use(fcose);

/**
 * Owns exactly one cy instance: created on mount, destroyed on unmount, never in React state
 * beyond the handle its effect children need. Children are `…Effect` components that push store
 * state into cy and turn cy events into store actions. `webgl` draws with Cytoscape's WebGL
 * renderer (when the browser has WebGL2; otherwise canvas); changing it makes a new cy.
 */
export function NetworkCanvas({
  children,
  label,
  webgl = false,
  large = false,
}: {
  children: ReactNode;
  label: string;
  webgl?: boolean;
  /** thousands of nodes: smooth pan and zoom over detail during the gesture (a new cy when it changes) */
  large?: boolean;
}) {
  const container = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const useWebgl = webgl && hasWebgl2();
  useEffect(() => {
    if (!container.current) return;
    container.current.dataset.renderer = useWebgl ? 'webgl' : 'canvas';
    const instance = cytoscape({
      container: container.current,
      minZoom: 0.05,
      maxZoom: 4,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
      selectionType: 'single',
      // large drawings: while panning and zooming, a cached picture of the nodes and no edges,
      // redrawn when the gesture ends (the bench: 5,000 nodes on canvas from ~180 ms to ~17 ms per frame)
      ...(large ? { textureOnViewport: true, hideEdgesOnViewport: true } : {}),
      // the canvas renderer with its WebGL mode (Cytoscape ≥ 3.31); the options are typed for
      // the renderer, not for cytoscape(), hence the cast
      ...(useWebgl ? ({ renderer: { name: 'canvas', webgl: true } } as object) : {}),
    });
    setCy(instance);
    // Cytoscape caches where its container is on the page; panels, banners and the toolbar can move
    // it without resizing it, so re-measure whenever the pointer comes in (cheap, and clicks land)
    const element = container.current;
    const remeasure = () => instance.resize();
    element.addEventListener('pointerenter', remeasure);
    return () => {
      element.removeEventListener('pointerenter', remeasure);
      setCy(null);
      instance.destroy();
      // the canvas renderer leaves its layers in the container; a new cy starts from an empty one
      element.replaceChildren();
    };
  }, [useWebgl, large]);
  return (
    <>
      <div ref={container} className="network-canvas" role="img" aria-label={label} data-testid="network-canvas" />
      {cy && <CyContext.Provider value={cy}>{children}</CyContext.Provider>}
    </>
  );
}
