import type { Core } from 'cytoscape';

/** What the page has drawn, for benchmarks and tests: `window.__atlas` (times from navigation start). */
export interface DrawnMarker {
  /** layouts drawn so far */
  drawn: number;
  firstDrawnMs: number | null;
  lastDrawnMs: number | null;
  nodes: number;
  edges: number;
  layout: string;
  renderer: string;
}
declare global {
  interface Window {
    __atlas?: DrawnMarker;
  }
}

/** Records a drawn network once the frame after the layout has been painted. */
export function markDrawn(cy: Core, layout: string): void {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      if (cy.destroyed()) return;
      const now = performance.now();
      const before = window.__atlas;
      window.__atlas = {
        drawn: (before?.drawn ?? 0) + 1,
        firstDrawnMs: before?.firstDrawnMs ?? now,
        lastDrawnMs: now,
        nodes: cy.nodes().length,
        edges: cy.edges().length,
        layout,
        renderer: cy.container()?.dataset.renderer ?? 'canvas',
      };
      performance.mark('atlas:network-drawn');
    }),
  );
}
