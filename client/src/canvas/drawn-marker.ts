import { useEffect, useState } from 'react';
import type { Core } from 'cytoscape';

/**
 * What the page has drawn, for benchmarks and tests: `window.__atlas` (times from navigation
 * start). PICTURE_EVENT, dispatched with it, also tells the page itself (useAfterFirstPicture).
 */
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

const NOTHING_DRAWN: DrawnMarker = {
  drawn: 0,
  firstDrawnMs: null,
  lastDrawnMs: null,
  nodes: 0,
  edges: 0,
  layout: '',
  renderer: '',
  firstPictureMs: null,
  firstPictureNodes: null,
};

/** Dispatched on window when a network's first picture (or its whole drawing, drawn in one step) is on screen. */
export const PICTURE_EVENT = 'atlas:picture';

/** Records the first picture of a network drawn in two steps (called once that picture has been painted). */
export function markPicture(cy: Core): void {
  const before = window.__atlas;
  window.__atlas = {
    ...(before ?? NOTHING_DRAWN),
    firstPictureMs: before?.firstPictureMs ?? performance.now(),
    firstPictureNodes: before?.firstPictureNodes ?? cy.nodes().length,
  };
  window.dispatchEvent(new Event(PICTURE_EVENT));
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
      window.dispatchEvent(new Event(PICTURE_EVENT));
    }),
  );
}

/**
 * False until this page has drawn a network's first picture (or at once when it has nothing to
 * draw, or after `fallbackMs`): for parts of a page that can wait until the drawing is on screen.
 */
export function useAfterFirstPicture(drawing: boolean, fallbackMs = 1500): boolean {
  // once true it stays true: what it shows is not taken down again when a drawing starts later
  const [pictured, setPictured] = useState(!drawing);
  if (!drawing && !pictured) setPictured(true);
  useEffect(() => {
    if (pictured) return;
    const done = () => setPictured(true);
    window.addEventListener(PICTURE_EVENT, done, { once: true });
    const timer = window.setTimeout(done, fallbackMs);
    return () => {
      window.removeEventListener(PICTURE_EVENT, done);
      window.clearTimeout(timer);
    };
  }, [pictured, fallbackMs]);
  return pictured;
}
