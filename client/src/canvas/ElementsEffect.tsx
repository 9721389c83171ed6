import type { Core, ElementDefinition } from 'cytoscape';
import { useLayoutEffect, useRef } from 'react';
import { applyElements } from '../graph/diff';
import type { LayoutName } from '../graph/encoding';
import { layeredPositions } from '../graph/layered';
import { LABEL_MIN_ZOOM, layoutOptions, type Positions } from '../graph/layout';
import { useCy } from './CyContext';
import { markDrawn } from './drawn-marker';

/** The layered layout's positions for what cy holds: amplifications place initiatives. */
function layeredFromCy(cy: Core): Positions {
  return layeredPositions({
    nodes: cy.nodes().map((n) => ({ id: n.id(), kind: n.data('kind') === 'actor' ? 'actor' : 'initiative' })),
    amplifications: cy.edges('[kind = "amplifies"]').map((e) => ({ source: e.source().id(), target: e.target().id() })),
  });
}

/**
 * Pushes the elements into cy as a diff (one batch); reruns the layout only when the element set,
 * the layout or the given positions changed. 'layered' is computed here; 'server' draws `positions`
 * (from the API) and waits for them.
 */
export function ElementsEffect({
  elements,
  layout,
  onLayout,
  positions,
}: {
  elements: ElementDefinition[];
  layout: LayoutName;
  onLayout: (running: boolean) => void;
  /** for the 'server' layout: positions by node id; null or absent while they load */
  positions?: Positions | null;
}) {
  const cy = useCy();
  const lastLayout = useRef<LayoutName | null>(null);
  const lastPositions = useRef<Positions | null | undefined>(undefined);
  // a layout effect: the "laying out" state is set in the same task as the commit that brought
  // the new elements, so nothing (a person or a test) ever sees new data with a stale layout as done
  useLayoutEffect(() => {
    if (layout === 'server' && !positions) {
      // the positions are on their way: what is drawn stays until they come, and the new elements
      // go in with them (not first piled up in one spot, which costs a big slice seconds to draw)
      if (elements.length > 0) onLayout(true);
      return;
    }
    const changed = applyElements(cy, elements);
    const positionsChanged = layout === 'server' && lastPositions.current !== positions;
    if (!changed && lastLayout.current === layout && !positionsChanged) return;
    lastLayout.current = layout;
    lastPositions.current = positions;
    if (cy.nodes().length === 0) return;
    cy.resize(); // the stage may have changed size or place since the last layout
    onLayout(true);
    const preset = layout === 'layered' ? layeredFromCy(cy) : layout === 'server' ? positions : null;
    const run = cy.layout(layoutOptions(layout, cy.nodes().length, preset));
    run.one('layoutstop', () => {
      onLayout(false);
      markDrawn(cy, layout);
      // a selection that came with the elements (a shared link) is revealed once it has a place
      const selected = cy.nodes(':selected');
      if (selected.nonempty() && cy.zoom() < LABEL_MIN_ZOOM)
        cy.animate({ zoom: 1, center: { eles: selected } }, { duration: 250 });
    });
    // let the "laying out" overlay paint before the synchronous part of the layout
    const timer = window.setTimeout(() => run.run(), 16);
    return () => {
      window.clearTimeout(timer);
      run.stop();
    };
  }, [cy, elements, layout, onLayout, positions]);
  return null;
}
