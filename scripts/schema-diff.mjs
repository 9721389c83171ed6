#!/usr/bin/env node
// `npm run schema:diff`: what changed in the GraphQL API since the last release, by
// @graphql-inspector/core's diff of server/schema.graphql (generated, committed) against the
// release's schema. It fails on a breaking change unless that change is marked.
//
// The release's schema: `git show <tag>:server/schema.graphql` for the newest tag v* when the
// clone has tags, else the committed copy server/schema.release.graphql (a CI clone may carry no
// tags); when both are there and differ it says so. At a release: tag it, then
// `git show vX.Y.Z:server/schema.graphql > server/schema.release.graphql` and empty the marks.
//
// Marking a breaking change (after agreeing it with the API's users): add it to
// server/schema.breaking.json, { "release": "v0.1.0", "changes": [ { "type": "FIELD_REMOVED",
// "path": "Query.oldField", "reason": "why, and what clients use instead" } ] }, with the type and
// path that this script prints for it. A mark that matches nothing is reported (not an error).
import { diff } from '@graphql-inspector/core';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema } from 'graphql';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCHEMA = 'server/schema.graphql';
const RELEASE_COPY = 'server/schema.release.graphql';
const MARKS = 'server/schema.breaking.json';

/**
 * The changes from `oldSdl` to `newSdl`, sorted by what they mean for clients: `breaking` (not
 * marked: these fail the check), `marked` (breaking, with the reason given), `dangerous`, `safe`,
 * and `unusedMarks` (marks that match no change).
 */
export async function compareSchemas(oldSdl, newSdl, marks = []) {
  const changes = await diff(buildSchema(oldSdl), buildSchema(newSdl));
  const used = new Set();
  const result = { breaking: [], marked: [], dangerous: [], safe: [], unusedMarks: [] };
  for (const change of changes) {
    const item = { type: change.type, path: change.path ?? '', message: change.message };
    const level = change.criticality.level;
    if (level === 'BREAKING') {
      const mark = marks.find((m) => m.type === item.type && m.path === item.path && String(m.reason ?? '').trim());
      if (mark) {
        used.add(mark);
        result.marked.push({ ...item, reason: mark.reason });
      } else result.breaking.push(item);
    } else if (level === 'DANGEROUS') result.dangerous.push(item);
    else result.safe.push(item);
  }
  result.unusedMarks = marks.filter((m) => !used.has(m));
  return result;
}

function git(...args) {
  const r = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  return r.status === 0 ? r.stdout : undefined;
}

/** The release schema: from the newest v* tag when there is one, else the committed copy. */
function releaseSchema() {
  const copy = existsSync(path.join(root, RELEASE_COPY))
    ? readFileSync(path.join(root, RELEASE_COPY), 'utf8')
    : undefined;
  const tag = git('tag', '--list', 'v*', '--sort=-v:refname')?.split('\n')[0]?.trim();
  const tagged = tag ? git('show', `${tag}:${SCHEMA}`) : undefined;
  if (tagged !== undefined) {
    if (copy !== undefined && copy !== tagged) {
      console.log(`schema: note: ${RELEASE_COPY} differs from ${tag}'s ${SCHEMA}; using the tag's`);
      console.log(`schema:   refresh the copy: git show ${tag}:${SCHEMA} > ${RELEASE_COPY}`);
    }
    return { from: `tag ${tag}`, sdl: tagged };
  }
  if (copy === undefined) {
    console.error(`schema: no release tag v* in this clone and no ${RELEASE_COPY}: nothing to compare with`);
    process.exit(1);
  }
  return { from: `${RELEASE_COPY} (no release tag in this clone)`, sdl: copy };
}

function readMarks() {
  const file = path.join(root, MARKS);
  if (!existsSync(file)) return [];
  const parsed = JSON.parse(readFileSync(file, 'utf8'));
  const changes = Array.isArray(parsed.changes) ? parsed.changes : [];
  for (const [i, m] of changes.entries()) {
    if (!m.type || !m.path || !String(m.reason ?? '').trim()) {
      console.error(`schema: ${MARKS} changes[${i}] needs type, path and reason`);
      process.exit(1);
    }
  }
  return changes;
}

async function main() {
  const release = releaseSchema();
  const current = readFileSync(path.join(root, SCHEMA), 'utf8');
  const r = await compareSchemas(release.sdl, current, readMarks());
  const show = (label, items) => {
    for (const c of items)
      console.log(`  ${label} ${c.type} ${c.path}: ${c.message}${c.reason ? ` — marked: ${c.reason}` : ''}`);
  };
  console.log(`schema: ${SCHEMA} against ${release.from}`);
  show('breaking', r.breaking);
  show('breaking', r.marked);
  show('dangerous', r.dangerous);
  show('safe', r.safe);
  for (const m of r.unusedMarks)
    console.log(`schema: note: the mark ${m.type} ${m.path} in ${MARKS} matches no change`);
  console.log(
    `schema: ${r.breaking.length} breaking not marked, ${r.marked.length} breaking marked, ` +
      `${r.dangerous.length} dangerous, ${r.safe.length} safe`,
  );
  if (r.breaking.length > 0) {
    console.error(
      `schema: breaking changes against the release fail the check; undo them, or mark each in ${MARKS} ` +
        '(type, path, reason) once the API change is agreed',
    );
    process.exit(1);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
