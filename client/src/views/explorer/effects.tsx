import type { ElementDefinition, EventObject, NodeSingular } from 'cytoscape';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { applyElements } from '../../graph/diff';
import type { LayoutName } from '../../graph/encoding';
import { layeredPositions } from '../../graph/layered';
import { LABEL_MIN_ZOOM, layoutOptions, type Positions } from '../../graph/layout';
import { stylesheet } from '../../graph/style';
import { svgFromCy } from '../../graph/svg';
import { useCy } from './CyContext';

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
function markDrawn(cy: ReturnType<typeof useCy>, layout: string) {
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

/** The layered layout's positions for what cy holds: amplifications place initiatives. */
function layeredFromCy(cy: ReturnType<typeof useCy>): Positions {
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

/** The stylesheet for the colour scheme (`large`: cheaper straight edges for big slices). */
export function StyleEffect({ scheme, large = false }: { scheme: 'light' | 'dark'; large?: boolean }) {
  const cy = useCy();
  useEffect(() => {
    cy.style(stylesheet(scheme, { large }));
  }, [cy, scheme, large]);
  return null;
}

/** Selects the selected node in cy (and fades what is not next to it or focused); centres it when it is off screen. */
export function SelectionEffect({ selected }: { selected: string | null }) {
  const cy = useCy();
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
  }, [cy, selected, cy.elements().length]);
  return null;
}

/** The node's label: what the tooltip shows unless a view says otherwise. */
export const nodeLabel = (node: NodeSingular): string => String(node.data('label'));

/**
 * Hover writes `text(node)` into the tooltip element next to the node (straight into the DOM: no
 * React state per mouse move); leaving the node or moving the view hides it. Returns the unbinding.
 */
function bindNodeTooltip(
  cy: ReturnType<typeof useCy>,
  tooltip: React.RefObject<HTMLDivElement | null>,
  text: (node: NodeSingular) => string,
): () => void {
  const over = (event: EventObject) => {
    const el = tooltip.current;
    if (!el) return;
    const node = event.target as NodeSingular;
    const p = node.renderedPosition();
    el.textContent = text(node);
    el.style.transform = `translate(${Math.round(p.x + 12)}px, ${Math.round(p.y - 28)}px)`;
    el.hidden = false;
  };
  const out = () => {
    if (tooltip.current) tooltip.current.hidden = true;
  };
  cy.on('mouseover', 'node', over);
  cy.on('mouseout', 'node', out);
  cy.on('viewport', out);
  return () => {
    cy.off('mouseover', 'node', over);
    cy.off('mouseout', 'node', out);
    cy.off('viewport', out);
  };
}

/** Hover shows the node's name, or `text(node)` (a module-level function: it is an effect dependency). */
export function NodeTooltipEffect({
  tooltip,
  text = nodeLabel,
}: {
  tooltip: React.RefObject<HTMLDivElement | null>;
  text?: (node: NodeSingular) => string;
}) {
  const cy = useCy();
  useEffect(() => bindNodeTooltip(cy, tooltip, text), [cy, tooltip, text]);
  return null;
}

/** cy events back as store actions: tap selects, double-tap focuses, tap on the background clears. */
export function EventsEffect({
  onSelect,
  onFocus,
  tooltip,
}: {
  onSelect: (id: string | null) => void;
  onFocus: (id: string) => void;
  tooltip: React.RefObject<HTMLDivElement | null>;
}) {
  const cy = useCy();
  useEffect(() => {
    const tap = (event: EventObject) => {
      if (event.target === cy) onSelect(null);
      else if ((event.target as NodeSingular).isNode?.()) onSelect((event.target as NodeSingular).id());
    };
    const dbltap = (event: EventObject) => onFocus((event.target as NodeSingular).id());
    cy.on('tap', tap);
    cy.on('dbltap', 'node', dbltap);
    const unbindTooltip = bindNodeTooltip(cy, tooltip, nodeLabel);
    return () => {
      cy.off('tap', tap);
      cy.off('dbltap', 'node', dbltap);
      unbindTooltip();
    };
  }, [cy, onSelect, onFocus, tooltip]);
  return null;
}

function download(href: string, name: string) {
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  link.click();
}

/** Zoom in / out / fit buttons, PNG (and SVG when labelled) downloads; they act on cy directly. */
export function ZoomControls({
  labels,
}: {
  labels: { in: string; out: string; fit: string; png: string; svg?: string };
}) {
  const cy = useCy();
  const zoom = (factor: number) => {
    const { width, height } = cy.container()?.getBoundingClientRect() ?? { width: 0, height: 0 };
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: width / 2, y: height / 2 } });
  };
  /** An export has every label, whatever the zoom on screen (LabelZoomEffect hides them when zoomed out). */
  const withLabels = <T,>(draw: () => T): T => {
    const hidden = cy.nodes('.hide-label');
    if (hidden.empty()) return draw();
    cy.batch(() => hidden.removeClass('hide-label'));
    try {
      return draw();
    } finally {
      cy.batch(() => hidden.addClass('hide-label'));
    }
  };
  const png = () => {
    const background = getComputedStyle(cy.container() ?? document.body).backgroundColor;
    download(
      withLabels(() => cy.png({ full: true, scale: 2, bg: background })),
      'small-wins-network.png',
    );
  };
  const svg = () => {
    const background = getComputedStyle(cy.container() ?? document.body).backgroundColor;
    const title = cy.container()?.getAttribute('aria-label') ?? 'network';
    const text = withLabels(() => svgFromCy(cy, background, title));
    const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
    download(url, 'small-wins-network.svg');
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <div className="zoom-controls" role="group" aria-label="Zoom">
      <button type="button" onClick={() => zoom(1.3)} aria-label={labels.in} title={labels.in}>
        +
      </button>
      <button type="button" onClick={() => zoom(1 / 1.3)} aria-label={labels.out} title={labels.out}>
        −
      </button>
      <button
        type="button"
        onClick={() => cy.animate({ fit: { eles: cy.elements(), padding: 30 } }, { duration: 200 })}
        aria-label={labels.fit}
        title={labels.fit}
      >
        ⤢
      </button>
      <button type="button" onClick={png} aria-label={labels.png} title={labels.png} className="png-button">
        PNG
      </button>
      {labels.svg && (
        <button type="button" onClick={svg} aria-label={labels.svg} title={labels.svg} className="png-button">
          SVG
        </button>
      )}
    </div>
  );
}
