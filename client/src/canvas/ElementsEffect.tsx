import type { Core, ElementDefinition, Layouts } from 'cytoscape';
import { useLayoutEffect, useRef } from 'react';
import { applyElements, type Placement } from '../graph/diff';
import type { LayoutName } from '../graph/encoding';
import { layeredPositions } from '../graph/layered';
import { fitViewport, LABEL_MIN_ZOOM, layoutOptions, type Positions } from '../graph/layout';
import { useCy } from './CyContext';
import { markDrawn, markPicture } from './drawn-marker';
import { loadFcose } from './fcose';

/** The layered layout's positions for what cy holds: amplifications place initiatives. */
function layeredFromCy(cy: Core): Positions {
  return layeredPositions({
    nodes: cy.nodes().map((n) => ({ id: n.id(), kind: n.data('kind') === 'actor' ? 'actor' : 'initiative' })),
    amplifications: cy.edges('[kind = "amplifies"]').map((e) => ({ source: e.source().id(), target: e.target().id() })),
  });
}

/** After a layout or a placement: done, marked drawn, and a selection that came with the elements revealed. */
function settle(cy: Core, layout: LayoutName, onLayout: (running: boolean) => void): void {
  performance.mark('atlas:layout-end');
  onLayout(false);
  markDrawn(cy, layout);
  // a selection that came with the elements (a shared link) is revealed once it has a place
  const selected = cy.nodes(':selected');
  if (selected.nonempty() && cy.zoom() < LABEL_MIN_ZOOM)
    cy.animate({ zoom: 1, center: { eles: selected } }, { duration: 250 });
}

type Viewport = NonNullable<ReturnType<typeof fitViewport>>;

/** The viewport that fits these positions into cy's container, measured now (the stage may have moved or resized). */
function viewportFor(cy: Core, positions: Positions): Viewport | null {
  cy.resize();
  return fitViewport(positions, {
    width: cy.width(),
    height: cy.height(),
    minZoom: cy.minZoom(),
    maxZoom: cy.maxZoom(),
  });
}

/**
 * Draws server positions without a layout run: new nodes came with theirs (applyElements); the
 * others move, in one batch, only where their position changed; then the view is fitted from the
 * positions (not cy.fit, which measures every element first).
 */
function place(cy: Core, positions: Positions, view: Viewport | null): void {
  performance.mark('atlas:layout-start');
  const moved = cy.nodes().filter((n) => {
    const at = positions.get(n.id());
    if (!at) return false;
    const p = n.position();
    return p.x !== at.x || p.y !== at.y;
  });
  if (moved.nonempty())
    cy.batch(() => {
      moved.positions((n) => positions.get(n.id()) ?? n.position());
    });
  if (view) cy.viewport(view);
  else cy.fit(undefined, 30);
}

/**
 * Above this many nodes, a slice drawn at server positions into an empty canvas is drawn in two
 * steps. At the demo's default view (541 nodes, idle machine) the first picture came at about
 * 0.9 s instead of 1.2 s, the whole drawing about 0.2 s later than in one step.
 */
export const PROGRESSIVE_FROM = 400;

const nodeCount = (elements: ElementDefinition[]) => elements.reduce((n, e) => n + (e.group === 'nodes' ? 1 : 0), 0);

/** What a big slice's first picture holds: the initiatives and the amplifications between them (the rest comes a frame later). */
function inFirstPicture(e: ElementDefinition): boolean {
  return e.group === 'nodes' ? e.data.kind === 'initiative' : e.data.kind === 'amplifies';
}

/**
 * Runs `then` once the frame after this one has been painted (two animation frames; the first
 * picture is on screen and recorded by markPicture); returns the cancel.
 */
function afterPaint(cy: Core, then: () => void): () => void {
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => {
      if (cy.destroyed()) return;
      markPicture(cy);
      then();
    });
  });
  return () => cancelAnimationFrame(frame);
}

/**
 * A big slice into an empty drawing: its initiatives and amplifications placed and fitted now, the
 * rest once that picture has been painted, then `done`. Returns the cancel (the rest not added).
 */
function drawInTwoSteps(
  cy: Core,
  elements: ElementDefinition[],
  placement: Placement & { positions: Positions },
  view: Viewport,
  done: () => void,
): () => void {
  applyElements(cy, elements.filter(inFirstPicture), placement);
  place(cy, placement.positions, view);
  performance.mark('atlas:layout-end'); // the fit done (settle marks it again once the rest is in)
  return afterPaint(cy, () => {
    performance.mark('atlas:first-picture');
    applyElements(cy, elements, placement);
    done();
  });
}

/** Runs a layout in the browser (fcose loaded first when it is the one), then `done`; returns the cancel. */
function runLayout(cy: Core, layout: LayoutName, done: () => void): () => void {
  const options = layoutOptions(layout, cy.nodes().length, layout === 'layered' ? layeredFromCy(cy) : null);
  let run: Layouts | undefined;
  let cancelled = false;
  const start = () => {
    if (cancelled || cy.destroyed()) return;
    performance.mark('atlas:layout-start');
    run = cy.layout(options);
    run.one('layoutstop', done);
    run.run();
  };
  // let the "laying out" overlay paint before the synchronous part of the layout (and fcose load)
  const timer = window.setTimeout(() => {
    if (options.name === 'fcose') void loadFcose().then(start);
    else start();
  }, 16);
  return () => {
    cancelled = true;
    window.clearTimeout(timer);
    run?.stop();
  };
}

/**
 * Pushes the elements into cy as a diff (one batch); reruns the layout only when the element set,
 * the layout or the given positions changed. 'layered' is computed here; 'server' draws `positions`
 * (from the API) and waits for them: the elements go in already placed, with no layout run.
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
  // a layout scheduled but not finished: if this effect is cleaned up before it ran (new data
  // within the 16 ms, or while fcose loads), the next run starts it again
  const pending = useRef(false);
  // a layout effect: the "laying out" state is set in the same task as the commit that brought
  // the new elements, so nothing (a person or a test) ever sees new data with a stale layout as done
  useLayoutEffect(() => {
    if (layout === 'server' && !positions) {
      // the positions are on their way: what is drawn stays until they come, and the new elements
      // go in with them (not first piled up in one spot, which costs a big slice seconds to draw)
      if (elements.length > 0) onLayout(true);
      return;
    }
    const server = layout === 'server' && positions ? positions : undefined;
    // a view that will be zoomed out past the labels gets its nodes without them from the start
    const view = server ? viewportFor(cy, server) : null;
    const hideLabels = view !== null && view.zoom < LABEL_MIN_ZOOM;
    if (server && view && cy.nodes().length === 0 && nodeCount(elements) > PROGRESSIVE_FROM) {
      // a big slice into an empty drawing: its initiatives and amplifications first, the rest after that picture is painted
      lastLayout.current = layout;
      lastPositions.current = positions;
      pending.current = true;
      onLayout(true);
      return drawInTwoSteps(cy, elements, { positions: server, hideLabels }, view, () => {
        pending.current = false;
        settle(cy, layout, onLayout);
      });
    }
    const changed = applyElements(cy, elements, server ? { positions: server, hideLabels } : {});
    const positionsChanged = layout === 'server' && lastPositions.current !== positions;
    if (!changed && lastLayout.current === layout && !positionsChanged && !pending.current) return;
    lastLayout.current = layout;
    lastPositions.current = positions;
    if (cy.nodes().length === 0) return;
    if (server) {
      pending.current = false;
      place(cy, server, view);
      settle(cy, layout, onLayout);
      return;
    }
    cy.resize(); // the stage may have changed size or place since the last layout
    onLayout(true);
    pending.current = true;
    return runLayout(cy, layout, () => {
      pending.current = false;
      settle(cy, layout, onLayout);
    });
  }, [cy, elements, layout, onLayout, positions]);
  return null;
}
