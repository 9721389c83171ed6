#!/usr/bin/env node
// `npm run check:sizes`: the house limits on size. It fails, listing each offender as file:line,
// when a source file under server/src or client/src is over 500 lines or a function in it (function
// declarations and expressions, arrow functions — React components included —, methods,
// constructors and accessors) is over 80 lines, counted from the line it starts on to the line it
// ends on, nested functions included. Functions are found with the TypeScript compiler's parser.
// Not checked: generated code, tests, specs and their helpers (*.spec-helper.ts); the data tables
// listed below are exempt from the file limit only (their functions are still checked).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const MAX_FILE_LINES = 500;
export const MAX_FUNCTION_LINES = 80;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_DIRS = ['server/src', 'client/src'];
const SOURCE_FILE = /\.(ts|tsx|mts|js|jsx|mjs)$/;
/** Paths (relative, with /) that are not checked at all. */
const SKIPPED = [/\.spec(-helper)?\.[jt]sx?$/, /\.d\.ts$/, /^client\/src\/api\/generated\//, /^client\/src\/test\//];
/** Data tables: long by nature (word lists), exempt from the file limit. Keep this list short. */
export const DATA_TABLES = ['server/src/modules/demo/demo-vocabulary.ts'];

/** Lines in a text, as `wc -l` counts them for a file that ends with a newline. */
function lineCount(text) {
  if (text.length === 0) return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

/** A readable name for a function node: its own name, the variable or property it is assigned to. */
function functionName(node) {
  if (node.name && (ts.isIdentifier(node.name) || ts.isPrivateIdentifier(node.name) || ts.isStringLiteral(node.name))) {
    const own = node.name.text;
    const owner = node.parent && ts.isClassLike(node.parent) && node.parent.name ? `${node.parent.name.text}.` : '';
    return `${owner}${own}`;
  }
  if (ts.isConstructorDeclaration(node)) {
    return node.parent.name ? `${node.parent.name.text}.constructor` : 'constructor';
  }
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isPropertyDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isCallExpression(parent)) {
    const callee = parent.expression.getText();
    const outer = parent.parent && ts.isVariableDeclaration(parent.parent) && ts.isIdentifier(parent.parent.name);
    return outer ? `${parent.parent.name.text} (${callee} callback)` : `(${callee} callback)`;
  }
  return '(anonymous)';
}

const isFunction = (node) =>
  ts.isFunctionDeclaration(node) ||
  ts.isFunctionExpression(node) ||
  ts.isArrowFunction(node) ||
  ts.isMethodDeclaration(node) ||
  ts.isConstructorDeclaration(node) ||
  ts.isGetAccessorDeclaration(node) ||
  ts.isSetAccessorDeclaration(node);

/**
 * The size problems of one file: [{ line, message }]. `file` is the path shown and used to pick
 * the parser (ts or tsx); `dataTable` exempts it from the file limit.
 */
export function sizeProblems(file, text, { dataTable = false } = {}) {
  const problems = [];
  const lines = lineCount(text);
  if (!dataTable && lines > MAX_FILE_LINES) {
    problems.push({ line: 1, message: `file is ${lines} lines (max ${MAX_FILE_LINES})` });
  }
  const kind = /\.[jt]sx$/.test(file) ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const visit = (node) => {
    if (isFunction(node) && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line + 1;
      const length = end - start + 1;
      if (length > MAX_FUNCTION_LINES) {
        problems.push({
          line: start,
          message: `function ${functionName(node)} is ${length} lines (max ${MAX_FUNCTION_LINES})`,
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return problems;
}

function* sourceFiles(dir) {
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) yield* sourceFiles(rel);
    else if (SOURCE_FILE.test(entry.name) && !SKIPPED.some((re) => re.test(rel))) yield rel;
  }
}

function main() {
  const found = [];
  let files = 0;
  for (const dir of SOURCE_DIRS) {
    for (const file of sourceFiles(dir)) {
      files++;
      const text = readFileSync(path.join(root, file), 'utf8');
      for (const p of sizeProblems(file, text, { dataTable: DATA_TABLES.includes(file) })) {
        found.push(`${file}:${p.line}: ${p.message}`);
      }
    }
  }
  for (const table of DATA_TABLES) {
    if (!existsSync(path.join(root, table))) console.log(`sizes: note: data table ${table} is not there any more`);
  }
  if (found.length > 0) {
    console.error(found.join('\n'));
    console.error(
      `sizes: ${found.length} over the limits in ${files} files (files ${MAX_FILE_LINES}, functions ${MAX_FUNCTION_LINES} lines)`,
    );
    process.exit(1);
  }
  console.log(`sizes: ${files} files, none over ${MAX_FILE_LINES} lines, no function over ${MAX_FUNCTION_LINES}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
