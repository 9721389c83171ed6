import type { Core, ElementDefinition } from 'cytoscape';

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

/**
 * Applies the next elements to cy as a diff in one batch. Nodes are added before edges (an edge
 * needs its ends). Returns true when the element set changed (then the layout should rerun).
 */
export function applyElements(cy: Core, next: readonly ElementDefinition[]): boolean {
  const current: ElementDefinition[] = cy.elements().map((el) => ({
    group: el.isNode() ? 'nodes' : 'edges',
    data: el.data() as ElementDefinition['data'],
  }));
  const diff = diffElements(current, next);
  cy.batch(() => {
    for (const id of diff.remove) cy.getElementById(id).remove();
    for (const e of diff.update) cy.getElementById(idOf(e)).data(e.data);
    const nodes = diff.add.filter((e) => e.group === 'nodes');
    const edges = diff.add.filter((e) => e.group !== 'nodes');
    if (nodes.length) cy.add(nodes);
    if (edges.length) cy.add(edges);
  });
  return diff.add.length > 0 || diff.remove.length > 0;
}
