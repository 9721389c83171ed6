import neo4j, { type Driver } from 'neo4j-driver';
import path from 'node:path';
import { CypherRegistry } from '../../server/src/database/cypher-registry.js';

/** Every named query parses and plans against the real database (EXPLAIN runs nothing). */
describe('cypher/ files', () => {
  const registry = new CypherRegistry(path.resolve(import.meta.dirname, '..', '..', 'cypher'));
  let driver: Driver;

  beforeAll(() => {
    driver = neo4j.driver(process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7688');
  });
  afterAll(async () => {
    await driver.close();
  });

  it('has a header with name and purpose in every query file, and schema migrations', () => {
    expect(registry.all().length).toBeGreaterThan(10);
    expect(registry.migrations.map((m) => m.file)).toEqual(
      expect.arrayContaining(['schema/0001-constraints.cypher', 'schema/0002-indexes.cypher']),
    );
    for (const query of registry.all()) expect(query.purpose).not.toBe('');
  });

  it.each(registry.all().map((q) => [q.name, q.text]))('EXPLAIN %s', async (_name, text) => {
    const session = driver.session();
    try {
      const result = await session.run(`EXPLAIN ${text}`);
      expect(result.summary.plan).toBeTruthy();
    } finally {
      await session.close();
    }
  });

  it('applies the schema migrations idempotently', async () => {
    const session = driver.session();
    try {
      for (let round = 0; round < 2; round++) {
        for (const { statement } of registry.migrationStatements()) await session.run(statement);
      }
      const constraints = await session.run('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names');
      expect(constraints.records[0]!.get('names')).toEqual(expect.arrayContaining(['initiative_id', 'actor_id']));
    } finally {
      await session.close();
    }
  });
});
