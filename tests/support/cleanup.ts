import neo4j from 'neo4j-driver';

/** Deletes the initiatives and actors whose id starts with the prefix (and their relations). */
export async function deleteByPrefix(prefix: string): Promise<void> {
  const driver = neo4j.driver(process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7688');
  try {
    await driver.executeQuery(
      'MATCH (n) WHERE (n:Initiative OR n:Actor) AND n.id STARTS WITH $prefix DETACH DELETE n',
      { prefix },
    );
  } finally {
    await driver.close();
  }
}
