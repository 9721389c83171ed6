import cytoscape, { type Core } from 'cytoscape';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { CyContext } from './CyContext';
import { loadFcose } from './fcose';
import { hasWebgl2 } from './webgl';

interface NetworkCanvasProps {
  children: ReactNode;
  label: string;
  webgl?: boolean;
  /** thousands of nodes: smooth pan and zoom over detail during the gesture (a new cy when it changes) */
  large?: boolean;
  /**
   * the children run fcose layouts: cy is made once it is loaded (loadFcose). false: whoever runs
   * one loads it first (the explorer, which draws server positions by default)
   */
  fcose?: boolean;
}

/**
 * Owns exactly one cy instance: created on mount, destroyed on unmount, never in React state
 * beyond the handle its effect children need. Children are `…Effect` components that push store
 * state into cy and turn cy events into store actions. `webgl` draws with Cytoscape's WebGL
 * renderer (when the browser has WebGL2; otherwise canvas). The renderer's options are fixed when
 * cy is made, so a change of `webgl` or `large` mounts a new canvas with new children: they put
 * the elements into the new cy only (keeping the children, they would first fill the old one, a
 * wasted second at 10,000 nodes).
 */
export function NetworkCanvas(props: NetworkCanvasProps) {
  const useWebgl = (props.webgl ?? false) && hasWebgl2();
  return <CanvasInstance key={`${useWebgl ? 'webgl' : 'canvas'}-${props.large ? 'large' : 'small'}`} {...props} />;
}

function CanvasInstance({ children, label, webgl = false, large = false, fcose = true }: NetworkCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const useWebgl = webgl && hasWebgl2();
  const [fcoseReady, setFcoseReady] = useState(!fcose);
  useEffect(() => {
    if (fcoseReady) return;
    let live = true;
    void loadFcose().then(() => live && setFcoseReady(true));
    return () => {
      live = false;
    };
  }, [fcoseReady]);
  useEffect(() => {
    if (!container.current || !fcoseReady) return;
    container.current.dataset.renderer = useWebgl ? 'webgl' : 'canvas';
    const instance = cytoscape({
      container: container.current,
      minZoom: 0.05,
      maxZoom: 4,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
      selectionType: 'single',
      // no elements yet: not the default grid layout run over nothing as cy is made
      layout: { name: 'null' },
      // large drawings: while panning and zooming, a cached picture of the nodes and no edges,
      // redrawn when the gesture ends (the bench: 5,000 nodes on canvas from ~180 ms to ~17 ms per frame)
      // and one canvas pixel per CSS pixel (a high-density screen would draw 4× the pixels)
      ...(large ? { textureOnViewport: true, hideEdgesOnViewport: true, pixelRatio: 1 } : {}),
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
  }, [useWebgl, large, fcoseReady]);
  return (
    <>
      <div ref={container} className="network-canvas" role="img" aria-label={label} data-testid="network-canvas" />
      {cy && <CyContext.Provider value={cy}>{children}</CyContext.Provider>}
    </>
  );
}
