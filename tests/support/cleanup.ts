import neo4j from 'neo4j-driver';

/**
 * Deletes a test's own data: the initiatives and actors whose id starts with the prefix (with
 * their relations), Region and Theme nodes named with the prefix, and outcomes nothing achieves
 * any more. Never anything else, so tests stay independent of their order.
 */
export async function deleteByPrefix(prefix: string): Promise<void> {
  await deleteByPrefixAt(process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7688', prefix);
}

/** deleteByPrefix on the database at `uri` (the reliability tier's own). */
export async function deleteByPrefixAt(uri: string, prefix: string): Promise<void> {
  const driver = neo4j.driver(uri);
  try {
    await driver.executeQuery(
      `MATCH (n) WHERE (n:Initiative OR n:Actor) AND n.id STARTS WITH $prefix
       OPTIONAL MATCH (n)-[:ACHIEVES]->(o:Outcome)
       WITH collect(DISTINCT n) AS nodes, collect(DISTINCT o) AS outcomes
       FOREACH (n IN nodes | DETACH DELETE n)
       WITH outcomes
       UNWIND outcomes AS o
       WITH o WHERE NOT EXISTS { (o)<-[:ACHIEVES]-() }
       DELETE o`,
      { prefix },
    );
    await driver.executeQuery(
      'MATCH (n) WHERE (n:Region OR n:Theme OR n:Outcome) AND n.name STARTS WITH $prefix DETACH DELETE n',
      { prefix },
    );
  } finally {
    await driver.close();
  }
}
