import { describe, expect, it } from '@jest/globals';
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { queryShapeRule } from './query-shape.rule.js';

const schema = buildSchema(`
  type Node { id: ID name: String next: Node }
  type Query { node: Node nodes: [Node] }
`);

const messages = (query: string, maxDepth = 4, maxFields = 50) =>
  validate(schema, parse(query), [...specifiedRules, queryShapeRule(maxDepth, maxFields)]).map((e) => e.message);

describe('queryShapeRule', () => {
  it('refuses fields nested deeper than the limit, as graphql-depth-limit did, fragments included', () => {
    expect(messages('{ node { next { next { next { id } } } } }')).toEqual([]);
    expect(messages('query Deep { node { next { next { next { next { id } } } } } }')).toEqual([
      "'Deep' exceeds maximum operation depth of 4",
    ]);
    expect(
      messages(
        'query F { node { ...A } } fragment A on Node { next { next { ...B } } } fragment B on Node { next { next { id } } }',
      ),
    ).toEqual(["'F' exceeds maximum operation depth of 4"]);
  });

  it('answers a fragment cycle with graphql-js own message, without overflowing the stack', () => {
    const result = messages('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A node { id } }');
    expect(result).toEqual(['Cannot spread fragment "A" within itself via "B".']);
  });

  it('counts fields with fragments expanded, each fragment once: a fragment bomb is refused at once', () => {
    expect(messages(`{ ${Array.from({ length: 51 }, (_, i) => `a${i}: __typename`).join(' ')} }`)).toEqual([
      "'' selects 51 fields (fragments expanded); the limit is 50 (GRAPHQL_MAX_FIELDS): ask for fewer fields or aliases",
    ]);
    const levels = 40;
    const fragments = Array.from(
      { length: levels },
      (_, i) =>
        `fragment F${i} on Node { ${i + 1 < levels ? `a: next { ...F${i + 1} } b: next { ...F${i + 1} }` : 'id'} }`,
    ).join(' ');
    const started = Date.now();
    const [message] = messages(`{ node { ...F0 } } ${fragments}`, 100, 1000);
    expect(message).toMatch(/selects too many fields|selects \d+ fields/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('ignores unknown fragments (graphql-js reports them) and introspection fields for depth', () => {
    expect(messages('{ ...Nope }')).toEqual(['Unknown fragment "Nope".']);
    expect(messages('{ __schema { types { fields { type { ofType { name } } } } } }', 2)).toEqual([]);
  });
});
