import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compareSchemas } from '../../scripts/schema-diff.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

/**
 * docs/api-contract.graphql is the fixed part of the public API: the generated server/schema.graphql
 * must keep every operation, type, field, argument and enum value in it, with the same types. Seen
 * as a change from the contract to the schema, anything breaking means the server dropped or
 * changed something the contract pins; additions beside it are fine.
 */
describe('the API contract (docs/api-contract.graphql) against server/schema.graphql', () => {
  it('holds: nothing the contract pins is missing or changed in the generated schema', async () => {
    const result = await compareSchemas(read('docs/api-contract.graphql'), read('server/schema.graphql'));
    expect(result.breaking.map((c) => `${c.type} ${c.path}: ${c.message}`)).toEqual([]);
  });

  it('would notice a dropped contract field (the check can fail)', async () => {
    const schema = read('server/schema.graphql').replace(
      'structuralVirality: Float!',
      'structuralViralityRenamed: Float!',
    );
    const result = await compareSchemas(read('docs/api-contract.graphql'), schema);
    expect(result.breaking.map((c) => c.path)).toContain('Cascade.structuralVirality');
  });
});
