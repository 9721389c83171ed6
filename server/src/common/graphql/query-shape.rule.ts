import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ASTVisitor,
} from 'graphql';

/** A count larger than any limit, where counting further would only waste time. */
const ENOUGH = Number.MAX_SAFE_INTEGER;

/**
 * The shape of each operation in a document, measured before anything runs: how deep its fields
 * nest and how many fields it selects with its fragments expanded. Fragments are measured once
 * each (so a fragment used twice in each of 30 nested fragments costs 30 steps, not 2^30), a
 * fragment cycle or an unknown fragment counts as nothing (graphql-js's own rules report them),
 * and nesting is followed only as far as the limit, so neither a cycle nor a very wide or very
 * deep selection can overflow the stack: each answers 400 with a message.
 */
export function queryShapeRule(maxDepth: number, maxFields: number) {
  return (context: ValidationContext): ASTVisitor => {
    const document: DocumentNode = context.getDocument();
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    const measure = new ShapeMeasure(fragments, maxDepth + 1);
    for (const operation of document.definitions) {
      if (operation.kind !== Kind.OPERATION_DEFINITION) continue;
      const name = operation.name?.value ?? '';
      if (measure.depth(operation.selectionSet, 0) > maxDepth + 1) {
        context.reportError(new GraphQLError(`'${name}' exceeds maximum operation depth of ${maxDepth}`, [operation]));
        continue;
      }
      const fields = measure.fields(operation.selectionSet);
      if (fields > maxFields) {
        const shown = fields >= ENOUGH ? 'too many' : String(fields);
        context.reportError(
          new GraphQLError(
            `'${name}' selects ${shown} fields (fragments expanded); the limit is ${maxFields} (GRAPHQL_MAX_FIELDS): ask for fewer fields or aliases`,
            [operation],
          ),
        );
      }
    }
    return {};
  };
}

class ShapeMeasure {
  private readonly depths = new Map<string, number>();
  private readonly counts = new Map<string, number>();
  private readonly open = new Set<string>();

  constructor(
    private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>,
    private readonly cap: number,
  ) {}

  /** The deepest field level below a selection set, at most cap + 1 (enough to tell it is too deep). */
  depth(set: SelectionSetNode, level: number): number {
    if (level > this.cap) return level;
    let deepest = level;
    for (const s of set.selections) {
      let d: number;
      if (s.kind === Kind.FIELD) {
        // introspection fields (__schema, __type, __typename) are not counted, as graphql-depth-limit did
        d = s.selectionSet && !s.name.value.startsWith('__') ? this.depth(s.selectionSet, level + 1) : level + 1;
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        d = this.depth(s.selectionSet, level);
      } else {
        d = level + this.fragmentDepth(s.name.value);
      }
      deepest = Math.max(deepest, d);
      if (deepest > this.cap) return deepest;
    }
    return deepest;
  }

  private fragmentDepth(name: string): number {
    const known = this.depths.get(name);
    if (known !== undefined) return known;
    const fragment = this.fragments.get(name);
    if (!fragment || this.open.has(name)) return 0;
    this.open.add(name);
    const d = this.depth(fragment.selectionSet, 0);
    this.open.delete(name);
    this.depths.set(name, d);
    return d;
  }

  /** Fields selected, fragments expanded (each fragment counted once and reused). */
  fields(set: SelectionSetNode): number {
    let total = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) total += 1 + (s.selectionSet ? this.fields(s.selectionSet) : 0);
      else if (s.kind === Kind.INLINE_FRAGMENT) total += this.fields(s.selectionSet);
      else total += this.fragmentFields(s.name.value);
      if (total >= ENOUGH) return ENOUGH;
    }
    return total;
  }

  private fragmentFields(name: string): number {
    const known = this.counts.get(name);
    if (known !== undefined) return known;
    const fragment = this.fragments.get(name);
    if (!fragment || this.open.has(name)) return 0;
    this.open.add(name);
    const n = this.fields(fragment.selectionSet);
    this.open.delete(name);
    this.counts.set(name, n);
    return n;
  }
}
