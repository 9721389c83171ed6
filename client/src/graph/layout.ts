import type { LayoutOptions } from 'cytoscape';
import type { LayoutName } from './encoding';

export type Positions = ReadonlyMap<string, { x: number; y: number }>;

/** A preset layout from positions by node id; nodes without one keep where they are. */
export function presetLayout(positions: Positions): LayoutOptions {
  return {
    name: 'preset',
    animate: false,
    fit: true,
    padding: 30,
    positions: ((node: { id: () => string; position: () => { x: number; y: number } }) =>
      positions.get(node.id()) ?? node.position()) as never,
  };
}

/**
 * Layout options per layout name; big slices get a cheaper fcose (draft quality, no animation).
 * 'layered' and 'server' are preset layouts from the given positions (computed by layeredPositions
 * or by the API); without positions they fall back to fcose.
 */
export function layoutOptions(name: LayoutName, nodeCount: number, positions?: Positions | null): LayoutOptions {
  switch (name) {
    case 'layered':
    case 'server':
      if (positions) return presetLayout(positions);
      return layoutOptions('fcose', nodeCount);
    case 'fcose':
      return {
        name: 'fcose',
        quality: nodeCount > 1500 ? 'draft' : 'default',
        randomize: true,
        animate: false,
        fit: true,
        padding: 30,
        nodeRepulsion: () => 6000,
        idealEdgeLength: () => 60,
        nodeSeparation: 40,
        packComponents: true,
      } as LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        animate: false,
        fit: true,
        padding: 30,
        minNodeSpacing: 8,
        avoidOverlap: nodeCount <= 2000,
        // initiatives with most ties in the centre; actors outside
        concentric: (node: { data: (k: string) => unknown; degree: (loops: boolean) => number }) =>
          (node.data('kind') === 'initiative' ? 1000 : 0) + node.degree(false),
        levelWidth: () => 4,
      };
  }
}

/** Below this zoom level node labels are hidden (readability and speed). */
export const LABEL_MIN_ZOOM = 0.75;

interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** The box around these positions; null for none. */
function boundsOf(positions: Positions): Bounds | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of positions.values()) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  return minX <= maxX ? { minX, minY, maxX, maxY } : null;
}

/** Half the largest node the explorer draws (elements.ts: 22 + 30 × 1.4), in model units. */
export const NODE_MARGIN = 32;

/**
 * The viewport (zoom and pan) that fits nodes at these positions into width × height, like
 * `cy.fit(undefined, padding)` but from the positions alone: `cy.fit` measures every element's
 * bounding box with its label, which at 10,000 nodes costs most of a second before the first
 * paint. Each node counts as NODE_MARGIN around its centre; the zoom is kept within
 * [minZoom, maxZoom]. Null for no positions.
 */
export function fitViewport(
  positions: Positions,
  {
    width,
    height,
    padding = 30,
    minZoom = 0,
    maxZoom = Infinity,
  }: {
    width: number;
    height: number;
    padding?: number;
    minZoom?: number;
    maxZoom?: number;
  },
): { zoom: number; pan: { x: number; y: number } } | null {
  const box = boundsOf(positions);
  if (!box || width <= 0 || height <= 0) return null;
  const w = box.maxX - box.minX + 2 * NODE_MARGIN;
  const h = box.maxY - box.minY + 2 * NODE_MARGIN;
  const fit = Math.min(Math.max(width - 2 * padding, 1) / w, Math.max(height - 2 * padding, 1) / h);
  const zoom = Math.min(maxZoom, Math.max(minZoom, fit));
  const cx = (box.minX + box.maxX) / 2;
  const cy = (box.minY + box.maxY) / 2;
  return { zoom, pan: { x: width / 2 - cx * zoom, y: height / 2 - cy * zoom } };
}
