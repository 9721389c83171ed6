import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';

const root = path.resolve(import.meta.dirname, '..', '..');

/**
 * The whole database as a NetworkProjection, read with queries of the tests' own (not the
 * server's), for the cross-checks against networkx and igraph (tools/networkx, tools/igraph).
 */
export async function dumpProjection() {
  const driver = neo4j.driver(process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7688', undefined, {
    disableLosslessIntegers: true,
  });
  const rows = async (query: string) => (await driver.executeQuery(query)).records.map((r) => r.toObject());
  try {
    return {
      initiatives: await rows('MATCH (i:Initiative) RETURN i.id AS id'),
      actors: await rows('MATCH (a:Actor) RETURN a.id AS id'),
      amplifications: await rows(
        'MATCH (a:Initiative)-[r:AMPLIFIES]->(b:Initiative) RETURN a.id AS from, b.id AS to, r.mode AS mode',
      ),
      involvements: await rows(
        'MATCH (a:Actor)-[:INVOLVED_IN]->(i:Initiative) RETURN a.id AS actorId, i.id AS initiativeId',
      ),
      influences: await rows(
        'MATCH (a:Actor)-[r:INFLUENCES]->(b:Actor) RETURN a.id AS from, b.id AS to, coalesce(r.weight, 1.0) AS weight',
      ),
      barriers: [],
    };
  } finally {
    await driver.close();
  }
}

export interface ComparisonRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Writes the projection and our answers to a fresh folder and runs a comparison script on them
 * (`tools/networkx/compare.py`, `tools/igraph/compare.py`). Its output is printed when it fails.
 */
export function runComparison(script: string, projection: unknown, answers: unknown): ComparisonRun {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-compare-'));
  writeFileSync(path.join(dir, 'projection.json'), JSON.stringify(projection));
  writeFileSync(path.join(dir, 'answers.json'), JSON.stringify(answers));
  const run = spawnSync(
    'python3',
    [path.join(root, script), path.join(dir, 'projection.json'), path.join(dir, 'answers.json')],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  if (run.status !== 0) console.log(`${script}:\n${run.stdout}${run.stderr}`);
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
