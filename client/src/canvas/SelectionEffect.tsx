import { useEffect } from 'react';
import { LABEL_MIN_ZOOM } from '../graph/layout';
import { useCy } from './CyContext';

/** Selects the selected node in cy (and fades what is not next to it or focused); centres it when it is off screen. */
export function SelectionEffect({ selected }: { selected: string | null }) {
  const cy = useCy();
  // elements that came since (a new slice) are selected or hidden too
  const elementCount = cy.elements().length;
  useEffect(() => {
    cy.batch(() => {
      cy.elements().unselect().removeClass('faded');
      if (!selected) return;
      const node = cy.getElementById(selected);
      if (node.empty()) return;
      node.select();
      // the focused nodes stay in full view too (e.g. an isolate and the partner suggested for it)
      const near = node.closedNeighborhood().union(cy.nodes('[focused = 1]'));
      cy.elements().not(near).addClass('faded');
    });
    // reveal the selection: centre it when off screen, and zoom in far enough to read the labels
    const node = cy.getElementById(selected ?? '');
    if (node.nonempty()) {
      const box = cy.extent();
      const p = node.position();
      const offScreen = p.x < box.x1 || p.x > box.x2 || p.y < box.y1 || p.y > box.y2;
      if (cy.zoom() < LABEL_MIN_ZOOM) cy.animate({ zoom: 1, center: { eles: node } }, { duration: 250 });
      else if (offScreen) cy.animate({ center: { eles: node } }, { duration: 200 });
    }
  }, [cy, selected, elementCount]);
  return null;
}
