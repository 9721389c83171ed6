import type { Core, ElementDefinition } from 'cytoscape';
import type { Positions } from './layout';

export interface ElementDiff {
  add: ElementDefinition[];
  remove: string[];
  /** elements present in both whose data changed (the new data) */
  update: ElementDefinition[];
}

function sameData(a: object, b: object): boolean {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  for (const k of keys) if (x[k] !== y[k]) return false;
  return true;
}

function idOf(e: ElementDefinition): string {
  const id = e.data.id;
  if (id === undefined) throw new Error('every element needs an id');
  return id;
}

/** What to add, remove and update to turn the current elements into the next ones. */
export function diffElements(current: readonly ElementDefinition[], next: readonly ElementDefinition[]): ElementDiff {
  const before = new Map(current.map((e) => [idOf(e), e]));
  const after = new Map(next.map((e) => [idOf(e), e]));
  const add: ElementDefinition[] = [];
  const update: ElementDefinition[] = [];
  for (const [id, e] of after) {
    const old = before.get(id);
    if (!old) add.push(e);
    else if (!sameData(old.data, e.data)) update.push(e);
  }
  const remove = [...before.keys()].filter((id) => !after.has(id));
  return { add, remove, update };
}

/** How new elements go in: at server positions, and with their labels hidden when the view will be zoomed out. */
export interface Placement {
  positions?: Positions;
  /** add nodes with the `hide-label` class (LabelZoomEffect's), so no label is measured or styled twice */
  hideLabels?: boolean;
}

/** A node's element with its position (from the server), so it is drawn there without a layout run. */
function placed(e: ElementDefinition, { positions, hideLabels }: Placement): ElementDefinition {
  if (e.group !== 'nodes') return e;
  const at = positions?.get(idOf(e));
  if (!at && !hideLabels) return e;
  return {
    ...e,
    ...(at ? { position: { x: at.x, y: at.y } } : {}),
    ...(hideLabels ? { classes: 'hide-label' } : {}),
  };
}

/**
 * Applies the next elements to cy as a diff in one batch: removals, data updates, and the new
 * elements in one `cy.add` (Cytoscape adds a collection's nodes before its edges), placed at
 * `placement.positions` when given. The style of what changed is computed once, at the batch's end.
 * Returns true when the element set changed (then the layout should rerun).
 */
export function applyElements(cy: Core, next: readonly ElementDefinition[], placement: Placement = {}): boolean {
  const current: ElementDefinition[] = cy.elements().map((el) => ({
    group: el.isNode() ? 'nodes' : 'edges',
    data: el.data() as ElementDefinition['data'],
  }));
  const diff = diffElements(current, next);
  performance.mark('atlas:add-start');
  cy.startBatch();
  try {
    for (const id of diff.remove) cy.getElementById(id).remove();
    for (const e of diff.update) cy.getElementById(idOf(e)).data(e.data);
    if (diff.add.length) cy.add(diff.add.map((e) => placed(e, placement)));
    performance.mark('atlas:add-end');
  } finally {
    // the batch's end computes the style of what was added (the bench's "style" phase)
    cy.endBatch();
    performance.mark('atlas:style-end');
  }
  return diff.add.length > 0 || diff.remove.length > 0;
}
