// The layered layout for cascades: initiatives in layers along the direction of amplification.
// Pure (ids in, positions out), so it is unit-tested without a browser.

export interface LayeredInput {
  /** node ids with their kind; initiatives are layered, actors go in a band below them */
  nodes: readonly { id: string; kind: 'initiative' | 'actor' }[];
  /** amplification edges (from → to) among initiatives; other edges do not place anything */
  amplifications: readonly { source: string; target: string }[];
}

export interface LayeredOptions {
  /** horizontal distance between neighbours in a row */
  dx?: number;
  /** vertical distance between rows */
  dy?: number;
  /** at most this many nodes in one row; longer layers wrap onto more rows */
  maxRow?: number;
}

/**
 * The layer of each initiative with a tie of amplification: roots (no amplification coming in) are
 * layer 0, every other initiative one below the nearest initiative that amplified it (breadth-first
 * from all roots). Initiatives on a cycle that no root reaches start from the cycle's smallest id.
 * Initiatives without any amplification are left out (they are not part of a cascade).
 */
export function assignLayers(input: LayeredInput): Map<string, number> {
  const initiatives = new Set(input.nodes.filter((n) => n.kind === 'initiative').map((n) => n.id));
  const out = new Map<string, string[]>();
  const incoming = new Map<string, number>();
  for (const e of input.amplifications) {
    if (!initiatives.has(e.source) || !initiatives.has(e.target) || e.source === e.target) continue;
    out.set(e.source, [...(out.get(e.source) ?? []), e.target]);
    incoming.set(e.target, (incoming.get(e.target) ?? 0) + 1);
    if (!incoming.has(e.source)) incoming.set(e.source, 0);
  }
  const layer = new Map<string, number>();
  const spread = (starts: string[]) => {
    let frontier = starts.filter((s) => !layer.has(s));
    for (const s of frontier) layer.set(s, 0);
    while (frontier.length > 0) {
      const next: string[] = [];
      for (const id of frontier) {
        const depth = layer.get(id) ?? 0;
        for (const t of out.get(id) ?? []) {
          if (layer.has(t)) continue;
          layer.set(t, depth + 1);
          next.push(t);
        }
      }
      frontier = next;
    }
  };
  const tied = [...incoming.keys()].sort();
  spread(tied.filter((id) => incoming.get(id) === 0));
  // cycles nobody reaches: each starts at its smallest id
  for (const id of tied) if (!layer.has(id)) spread([id]);
  return layer;
}

/**
 * Positions for the layered layout: cascades top-down by layer (roots on top), each row ordered by
 * the mean place of the initiatives that amplified it (fewer crossings); then a band of initiatives
 * without amplification; then the actors. Rows longer than `maxRow` wrap.
 */
export function layeredPositions(
  input: LayeredInput,
  options: LayeredOptions = {},
): Map<string, { x: number; y: number }> {
  const dx = options.dx ?? 70;
  const dy = options.dy ?? 110;
  const maxRow = options.maxRow ?? Math.max(12, Math.ceil(Math.sqrt(input.nodes.length) * 2));
  const layers = assignLayers(input);
  const parents = new Map<string, string[]>();
  for (const e of input.amplifications) {
    if (layers.has(e.source) && layers.has(e.target))
      parents.set(e.target, [...(parents.get(e.target) ?? []), e.source]);
  }
  const rows: string[][] = [];
  for (const [id, l] of layers) (rows[l] ??= []).push(id);
  const positions = new Map<string, { x: number; y: number }>();
  let y = 0;
  const place = (ids: string[]) => {
    for (let start = 0; start < ids.length; start += maxRow) {
      const row = ids.slice(start, start + maxRow);
      row.forEach((id, i) => positions.set(id, { x: (i - (row.length - 1) / 2) * dx, y }));
      y += dy;
    }
  };
  for (const row of rows) {
    if (!row) continue;
    const key = (id: string) => {
      const xs = (parents.get(id) ?? []).map((p) => positions.get(p)?.x).filter((x): x is number => x !== undefined);
      return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
    };
    place([...row].sort((a, b) => key(a) - key(b) || a.localeCompare(b)));
  }
  if (positions.size > 0) y += dy / 2;
  const loose = input.nodes.filter((n) => n.kind === 'initiative' && !layers.has(n.id)).map((n) => n.id);
  place(loose.sort());
  const actors = input.nodes.filter((n) => n.kind === 'actor').map((n) => n.id);
  if (actors.length && loose.length) y += dy / 2;
  place(actors.sort());
  return positions;
}
