import type { ElementDefinition } from 'cytoscape';
import type { NetworkSliceQuery } from '../api/generated/graphql';
import { ACTOR_KIND_LETTER, categoryColours, type ColourBy } from './encoding';

export type Slice = NetworkSliceQuery['networkSlice'];
export type SliceNode = Slice['nodes'][number];
export type SliceEdge = Slice['edges'][number];

export const NO_CATEGORY_COLOUR = '#B3B3B3';

export interface ColourContext {
  colourBy: ColourBy;
  /** initiative entity id → community number (for colourBy community) */
  communities?: ReadonlyMap<string, number>;
  /**
   * entity ids of the initiatives without a tie in the whole network (from the API); without it,
   * isolation is judged within the slice, which overstates it when the slice is cut short
   */
  isolated?: ReadonlySet<string>;
}

/** Communities beyond this rank (0 = largest) share one "smaller communities" colour. */
export const COLOURED_COMMUNITIES = 10;

/** The category an initiative is coloured by, or null when it has none. */
export function categoryOf(node: SliceNode, context: ColourContext): string | null {
  switch (context.colourBy) {
    case 'theme':
      return node.themes[0] ?? null;
    case 'region':
      return node.region ?? null;
    case 'community': {
      const c = context.communities?.get(node.entityId);
      if (c === undefined) return null;
      return c < COLOURED_COMMUNITIES ? `community ${c + 1}` : 'smaller communities';
    }
  }
}

/** Initiatives without a tie in the slice: no amplification, and no actor shared with another initiative. */
export function isolatedInitiatives(slice: Slice): Set<string> {
  const initiatives = slice.nodes.filter((n) => n.kind === 'INITIATIVE').map((n) => n.id);
  const tied = new Set<string>();
  const initiativesOfActor = new Map<string, Set<string>>();
  for (const e of slice.edges) {
    if (e.kind === 'AMPLIFIES') {
      tied.add(e.source);
      tied.add(e.target);
    } else if (e.kind === 'INVOLVED_IN') {
      const set = initiativesOfActor.get(e.source) ?? new Set<string>();
      set.add(e.target);
      initiativesOfActor.set(e.source, set);
    }
  }
  for (const set of initiativesOfActor.values()) if (set.size > 1) for (const i of set) tied.add(i);
  return new Set(initiatives.filter((id) => !tied.has(id)));
}

/** The legend entries for the current colouring: category → colour, sorted. */
export function legendCategories(slice: Slice, context: ColourContext): [string, string][] {
  const categories = slice.nodes
    .filter((n) => n.kind === 'INITIATIVE')
    .map((n) => categoryOf(n, context))
    .filter((c): c is string => c !== null);
  return [...categoryColours(categories).entries()];
}

/**
 * A GraphQL slice as Cytoscape elements. Node data carries what the stylesheet reads: kind,
 * label, colour, size (by ties), letter (actor kind) and isolated; edge data carries kind and mode.
 * Edges whose ends are not both in the slice are dropped (Cytoscape would refuse them).
 */
export function sliceToElements(slice: Slice, context: ColourContext): ElementDefinition[] {
  const ids = new Set(slice.nodes.map((n) => n.id));
  const degree = new Map<string, number>();
  const edges = slice.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  for (const e of edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const isolated = context.isolated
    ? new Set(slice.nodes.filter((n) => n.kind === 'INITIATIVE' && context.isolated?.has(n.entityId)).map((n) => n.id))
    : isolatedInitiatives(slice);
  const colours = new Map(legendCategories(slice, context));
  const nodes: ElementDefinition[] = slice.nodes.map((n) => {
    const ties = degree.get(n.id) ?? 0;
    if (n.kind === 'INITIATIVE') {
      const category = categoryOf(n, context);
      return {
        group: 'nodes',
        data: {
          id: n.id,
          entityId: n.entityId,
          kind: 'initiative',
          label: n.label,
          colour: category === null ? NO_CATEGORY_COLOUR : (colours.get(category) ?? NO_CATEGORY_COLOUR),
          size: Math.round(22 + Math.min(ties, 30) * 1.4),
          isolated: isolated.has(n.id) ? 1 : 0,
        },
      };
    }
    return {
      group: 'nodes',
      data: {
        id: n.id,
        entityId: n.entityId,
        kind: 'actor',
        label: n.label,
        letter: n.actorKind ? ACTOR_KIND_LETTER[n.actorKind] : '?',
        size: Math.round(14 + Math.min(ties, 20) * 0.5),
        isolated: 0,
      },
    };
  });
  const edgeElements: ElementDefinition[] = edges.map((e) => ({
    group: 'edges',
    data: {
      id: e.id,
      source: e.source,
      target: e.target,
      kind: e.kind === 'AMPLIFIES' ? 'amplifies' : e.kind === 'INFLUENCES' ? 'influences' : 'involved',
      mode: e.mode ?? '',
      width: e.kind === 'INFLUENCES' ? Math.round(10 * Math.max(0.8, Math.min(4, 0.8 * (e.weight ?? 1)))) / 10 : 1,
    },
  }));
  return [...nodes, ...edgeElements];
}
