/**
 * Keeps `templates/` (at the repository root) in step with the template: the column reference in
 * its README, the empty CSV templates, the example network and its workbook. When one of these
 * fails after a change to the template or the example, run
 * `npm run build -w server && node templates/generate.mjs`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { AMPLIFICATION_MODES, NETWORK_SECTIONS } from '../../../domain/network.types.js';
import { validateNetworkInput } from '../../network/utils/validate-network.js';
import { readNetworkFiles, type NamedBuffer } from './read-tables.js';
import { GENERATED_END, GENERATED_START, replaceGeneratedPart, templateColumnsMarkdown } from './template-docs.js';
import { networkToCsvFiles } from './write-tables.js';

const templates = fileURLToPath(new URL('../../../../../templates/', import.meta.url));

function readFolder(folder: string): NamedBuffer[] {
  return readdirSync(templates + folder)
    .filter((name) => name.endsWith('.csv'))
    .sort()
    .map((name) => ({ name, data: readFileSync(`${templates}${folder}/${name}`) }));
}

const byName = (files: NamedBuffer[]): Record<string, string> =>
  Object.fromEntries(files.map((f) => [f.name, f.data.toString('utf8')]));

async function readExample() {
  const parsed = await readNetworkFiles(readFolder('example'));
  expect(parsed.problems).toEqual([]);
  return parsed;
}

describe('templates/README.md', () => {
  it('documents every column as the template defines it (formatted as Prettier formats it)', async () => {
    const path = `${templates}README.md`;
    const readme = readFileSync(path, 'utf8');
    const options = { ...(await prettier.resolveConfig(path)), filepath: path };
    const expected = await prettier.format(replaceGeneratedPart(readme, templateColumnsMarkdown()), options);
    expect(readme).toBe(expected);
  });

  it('has a generated part that names every column of every section', () => {
    const markdown = templateColumnsMarkdown();
    for (const section of NETWORK_SECTIONS) expect(markdown).toContain(`### ${section}\n`);
    expect(markdown).toContain('| `amplificationPotentialEvidence` |');
    expect(markdown).toContain('| `mechanisms` |  | any of `ENERGIZING`, ');
    expect(replaceGeneratedPart(`a\n${GENERATED_START}\nold\n${GENERATED_END}\nb`, 'new')).toBe('a\nnew\nb');
    expect(() => replaceGeneratedPart('no markers', 'new')).toThrow('markers');
  });
});

describe('templates/csv', () => {
  it('holds an empty template with the header row of every section', () => {
    expect(byName(readFolder('csv'))).toEqual(byName(networkToCsvFiles({}, { allSections: true })));
  });
});

describe('templates/example', () => {
  it('is a valid network: no file problems and nothing for the validator', async () => {
    const { input } = await readExample();
    expect(validateNetworkInput(input).problems).toEqual([]);
  });

  it('shows what the product is for: three provinces, every amplification mode, an outcome, a barrier', async () => {
    const { input } = await readExample();
    const count = Object.fromEntries(NETWORK_SECTIONS.map((s) => [s, input[s]?.length ?? 0]));
    expect(count).toEqual({
      initiatives: 9,
      actors: 6,
      involvements: 15,
      influences: 2,
      amplifications: 6,
      outcomes: 2,
      barriers: 2,
    });
    expect(new Set(input.initiatives?.map((i) => i.region))).toEqual(new Set(['Drenthe', 'Friesland', 'Gelderland']));
    expect(new Set(input.actors?.map((a) => a.kind)).size).toBe(6);
    expect(new Set(input.amplifications?.map((a) => a.mode))).toEqual(new Set(AMPLIFICATION_MODES));
    expect(input.barriers?.map((b) => b.overcome)).toEqual([true, false]);
  });

  it('is written in canonical form (every column, as the CSV export writes it)', async () => {
    const { input } = await readExample();
    expect(byName(readFolder('example'))).toEqual(byName(networkToCsvFiles(input, { allSections: true })));
  });

  it('reads the same from example.xlsx as from the CSV files', async () => {
    const { input } = await readExample();
    const book = await readNetworkFiles([{ name: 'example.xlsx', data: readFileSync(`${templates}example.xlsx`) }]);
    expect(book.problems).toEqual([]);
    expect(book.input).toEqual(input);
  });
});

describe('templates/template.xlsx', () => {
  it('is an empty workbook with a sheet for every section', async () => {
    const book = await readNetworkFiles([{ name: 'template.xlsx', data: readFileSync(`${templates}template.xlsx`) }]);
    expect(book.problems).toEqual([]);
    expect(book.input).toEqual(Object.fromEntries(NETWORK_SECTIONS.map((s) => [s, []])));
  });
});
