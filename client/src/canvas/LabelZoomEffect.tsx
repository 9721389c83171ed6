import { useEffect } from 'react';
import { LABEL_MIN_ZOOM } from '../graph/layout';
import { useCy } from './CyContext';

/**
 * Hides node labels below LABEL_MIN_ZOOM: a class toggled in one batch only when the zoom crosses
 * that level (and once for elements that come later). Both renderers then skip the labels, where
 * the canvas renderer's min-zoomed-font-size alone would leave the WebGL one drawing them.
 */
export function LabelZoomEffect() {
  const cy = useCy();
  useEffect(() => {
    let hidden: boolean | null = null;
    let frame = 0;
    const apply = () => {
      const hide = cy.zoom() < LABEL_MIN_ZOOM;
      if (hide === hidden) return;
      hidden = hide;
      cy.batch(() => {
        if (hide) cy.nodes().addClass('hide-label');
        else cy.nodes().removeClass('hide-label');
      });
    };
    const added = () => {
      hidden = null;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(apply);
    };
    apply();
    cy.on('zoom', apply);
    cy.on('add', 'node', added);
    return () => {
      cancelAnimationFrame(frame);
      cy.off('zoom', apply);
      cy.off('add', 'node', added);
    };
  }, [cy]);
  return null;
}
