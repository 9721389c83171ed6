import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { CyContext } from './CyContext';

cytoscape.use(fcose);

/**
 * Owns exactly one cy instance: created on mount, destroyed on unmount, never in React state
 * beyond the handle its effect children need. Children are `…Effect` components that push store
 * state into cy and turn cy events into store actions.
 */
export function NetworkCanvas({ children, label }: { children: ReactNode; label: string }) {
  const container = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  useEffect(() => {
    if (!container.current) return;
    const instance = cytoscape({
      container: container.current,
      minZoom: 0.05,
      maxZoom: 4,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
      selectionType: 'single',
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
    };
  }, []);
  return (
    <>
      <div ref={container} className="network-canvas" role="img" aria-label={label} data-testid="network-canvas" />
      {cy && <CyContext.Provider value={cy}>{children}</CyContext.Provider>}
    </>
  );
}
