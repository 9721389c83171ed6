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

/**
 * The zoom at which nodes at these positions fill a width × height viewport with `padding` around
 * them, their sizes left out (so `cy.fit` zooms out a little further); Infinity for fewer than two
 * distinct positions.
 */
export function fitZoom(positions: Positions, width: number, height: number, padding = 30): number {
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
  const w = maxX - minX;
  const h = maxY - minY;
  if (!(w > 0 || h > 0)) return Infinity;
  return Math.min(w > 0 ? (width - 2 * padding) / w : Infinity, h > 0 ? (height - 2 * padding) / h : Infinity);
}
