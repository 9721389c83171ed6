import { existsSync } from 'node:fs';
import path from 'node:path';
import { DATA_TABLES, MAX_FILE_LINES, MAX_FUNCTION_LINES, sizeProblems } from '../../scripts/check-sizes.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
/** `count` lines of statements, for a body of that many lines. */
const body = (count: number) => Array.from({ length: count }, (_, i) => `  const v${i} = ${i};`).join('\n');
/** A function whose text spans exactly `lines` lines (its first and last line included). */
const fn = (name: string, lines: number) => `function ${name}() {\n${body(lines - 2)}\n}\n`;

describe('scripts/check-sizes.mjs (npm run check:sizes)', () => {
  it('reports a function one line over the limit, with the line it starts on, and not one at the limit', () => {
    const text = `// header\n${fn('atLimit', MAX_FUNCTION_LINES)}${fn('tooLong', MAX_FUNCTION_LINES + 1)}`;
    expect(sizeProblems('server/src/x.ts', text)).toEqual([
      { line: 2 + MAX_FUNCTION_LINES, message: `function tooLong is ${MAX_FUNCTION_LINES + 1} lines (max 80)` },
    ]);
  });

  it('counts arrow-function React components, methods and callbacks, named after what holds them', () => {
    const long = body(MAX_FUNCTION_LINES);
    const text = [
      `export const Panel = () => {\n${long}\n  return <div />;\n};`,
      `class Store {\n  load(): void {\n${long}\n  }\n}`,
      `const ids = items.map((item) => {\n${long}\n});`,
    ].join('\n');
    const names = sizeProblems('client/src/Panel.tsx', text).map((p) => p.message.split(' is ')[0]);
    expect(names).toEqual(['function Panel', 'function Store.load', 'function ids (items.map callback)']);
  });

  it('reports a file over the limit, except a listed data table', () => {
    const text = `${'export const n = 1;\n'.repeat(MAX_FILE_LINES + 1)}`;
    expect(sizeProblems('server/src/big.ts', text)).toEqual([
      { line: 1, message: `file is ${MAX_FILE_LINES + 1} lines (max 500)` },
    ]);
    expect(sizeProblems('server/src/big.ts', text, { dataTable: true })).toEqual([]);
    expect(sizeProblems('server/src/ok.ts', 'export const n = 1;\n'.repeat(MAX_FILE_LINES))).toEqual([]);
  });

  it('lists only data tables that are in the repository', () => {
    for (const table of DATA_TABLES) expect(existsSync(path.join(root, table))).toBe(true);
  });
});
