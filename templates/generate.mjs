#!/usr/bin/env node
// Regenerates the derived files in templates/ from the spreadsheet template
// (server/src/modules/transfer/formats/template.ts):
//   - the column reference in README.md (between its two markers; the file is then formatted
//     with Prettier, as `npm run format` would),
//   - csv/*.csv, the empty CSV templates (header rows only), and template.xlsx, the empty workbook,
//   - example/*.csv rewritten in canonical form (every column, UTF-8 with BOM), and example.xlsx
//     with the same network.
// The example CSV files are the source of the example: edit them, then run this script.
// A unit test (formats/templates.spec.ts) fails when any of these files is out of date.
//
// Usage: npm run build -w server && node templates/generate.mjs
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as prettier from 'prettier';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, '..', 'server', 'dist', 'modules');
if (!existsSync(path.join(dist, 'transfer', 'formats', 'template.js'))) {
  console.error('server/dist is missing: build the server first (npm run build -w server)');
  process.exit(1);
}
const load = (file) => import(pathToFileURL(path.join(dist, file)).href);
const { readNetworkFiles, formatLocation } = await load('transfer/formats/read-tables.js');
const { networkToCsvFiles, networkToXlsx } = await load('transfer/formats/write-tables.js');
const { templateColumnsMarkdown, replaceGeneratedPart } = await load('transfer/formats/template-docs.js');
const { validateNetworkInput } = await load('network/utils/validate-network.js');

/** Replaces the .csv files of a folder with the given ones. */
function writeCsvFolder(folder, files) {
  mkdirSync(folder, { recursive: true });
  for (const name of readdirSync(folder)) if (name.endsWith('.csv')) rmSync(path.join(folder, name));
  for (const file of files) writeFileSync(path.join(folder, file.name), file.data);
}

// The example: read, check, and write back canonically and as a workbook.
const exampleDir = path.join(here, 'example');
const exampleFiles = readdirSync(exampleDir)
  .filter((name) => name.endsWith('.csv'))
  .sort()
  .map((name) => ({ name, data: readFileSync(path.join(exampleDir, name)) }));
const parsed = await readNetworkFiles(exampleFiles);
const problems = [
  ...parsed.problems.map((p) => `${formatLocation(p)}: ${p.message}`),
  ...validateNetworkInput(parsed.input).problems.map((p) => {
    const at = parsed.locate(p.path);
    return `${at ? formatLocation(at) : p.path}: ${p.message}`;
  }),
];
if (problems.length > 0) {
  console.error(`the example network has problems:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
writeCsvFolder(exampleDir, networkToCsvFiles(parsed.input, { allSections: true }));
writeFileSync(path.join(here, 'example.xlsx'), await networkToXlsx(parsed.input));

// The empty templates.
writeCsvFolder(path.join(here, 'csv'), networkToCsvFiles({}, { allSections: true }));
writeFileSync(path.join(here, 'template.xlsx'), await networkToXlsx({}));

// The column reference.
const readmePath = path.join(here, 'README.md');
const readme = replaceGeneratedPart(readFileSync(readmePath, 'utf8'), templateColumnsMarkdown());
const prettierOptions = { ...(await prettier.resolveConfig(readmePath)), filepath: readmePath };
writeFileSync(readmePath, await prettier.format(readme, prettierOptions));

const counts = Object.entries(parsed.input).map(([section, rows]) => `${rows.length} ${section}`);
console.log(`templates regenerated; example: ${counts.join(', ')}`);
