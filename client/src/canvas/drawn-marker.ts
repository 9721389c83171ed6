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
  /**
   * a big slice is drawn in two steps (ElementsEffect): when its first picture (initiatives and
   * amplifications) was on screen, and how many nodes it had; null when drawn in one step
   */
  firstPictureMs: number | null;
  firstPictureNodes: number | null;
}
declare global {
  interface Window {
    __atlas?: DrawnMarker;
  }
}

/** Records the first picture of a network drawn in two steps (called once that picture has been painted). */
export function markPicture(cy: Core): void {
  const now = performance.now();
  const before = window.__atlas;
  window.__atlas = {
    drawn: before?.drawn ?? 0,
    firstDrawnMs: before?.firstDrawnMs ?? null,
    lastDrawnMs: before?.lastDrawnMs ?? null,
    nodes: before?.nodes ?? 0,
    edges: before?.edges ?? 0,
    layout: before?.layout ?? '',
    renderer: before?.renderer ?? '',
    firstPictureMs: before?.firstPictureMs ?? now,
    firstPictureNodes: before?.firstPictureNodes ?? cy.nodes().length,
  };
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
        firstPictureMs: before?.firstPictureMs ?? null,
        firstPictureNodes: before?.firstPictureNodes ?? null,
      };
      performance.mark('atlas:network-drawn');
    }),
  );
}
