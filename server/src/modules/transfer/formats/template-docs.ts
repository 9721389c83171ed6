/**
 * The column reference of `templates/README.md`, generated from the template so it cannot drift.
 * The README is written by hand except for the part between the two markers below, which
 * `templates/generate.mjs` rewrites and a unit test checks.
 */
import { LIST_SEPARATOR, SECTION_TEMPLATES, type ColumnSpec } from './template.js';

export const GENERATED_START = '<!-- columns: generated from server/src/modules/transfer/formats/template.ts -->';
export const GENERATED_END = '<!-- end of generated columns -->';

/** A value as inline code, safe inside a Markdown table cell. */
const code = (text: string): string => `\`${text.replaceAll(LIST_SEPARATOR, '\\|')}\``;

/** Plain text safe inside a Markdown table cell. */
const cell = (text: string): string => text.replaceAll(LIST_SEPARATOR, '\\|');

function describeKind(column: ColumnSpec): string {
  const values = (column.values ?? []).map(code).join(', ');
  switch (column.kind) {
    case 'string':
      return 'text';
    case 'number':
      return 'number (decimal point)';
    case 'integer':
      return 'whole number';
    case 'boolean':
      return '`true` or `false`';
    case 'date':
      return 'date `YYYY-MM-DD`';
    case 'enum':
      return `one of ${values}`;
    case 'list-of-strings':
      return `texts separated by ${code(LIST_SEPARATOR)}`;
    case 'list-of-enum':
      return `any of ${values}, separated by ${code(LIST_SEPARATOR)}`;
  }
}

/** The Markdown tables: one per section, one row per column. */
export function templateColumnsMarkdown(): string {
  const parts = SECTION_TEMPLATES.map(({ section, description, columns }) =>
    [
      `### ${section}`,
      '',
      `\`${section}.csv\` or sheet \`${section}\`: ${description}.`,
      '',
      '| column | required | type | description |',
      '| --- | --- | --- | --- |',
      ...columns.map(
        (c) => `| \`${c.name}\` | ${c.required ? 'yes' : ''} | ${describeKind(c)} | ${cell(c.description)} |`,
      ),
    ].join('\n'),
  );
  return `${GENERATED_START}\n\n${parts.join('\n\n')}\n\n${GENERATED_END}`;
}

/** The README with its generated part replaced by `generated`; throws when the markers are missing. */
export function replaceGeneratedPart(readme: string, generated: string): string {
  const start = readme.indexOf(GENERATED_START);
  const end = readme.indexOf(GENERATED_END);
  if (start < 0 || end < start)
    throw new Error('templates/README.md: the markers of the generated columns are missing');
  return readme.slice(0, start) + generated + readme.slice(end + GENERATED_END.length);
}
