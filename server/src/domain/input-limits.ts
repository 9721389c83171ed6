import { NETWORK_SECTIONS } from './network.types.js';

/**
 * The size and character rules for every text and list a caller sends, in one place: the GraphQL
 * arguments (common/graphql/input-hygiene.pipe.ts) and imported files (validateNetworkInput) apply
 * the same ones, and the schema descriptions quote them.
 */
export const INPUT_LIMITS = {
  /** ids, names, regions, themes, roles and every other one-line text */
  lineText: 300,
  /** descriptions, evidence and notes: free text, where newlines and tabs are allowed */
  freeText: 10_000,
  /** a page cursor (`after`) */
  cursor: 1000,
  /** items in a list inside a record or a filter (themes, mechanisms, regions, …) */
  listItems: 100,
} as const;

/** The rules in words, for the schema's descriptions of the input types. */
export const INPUT_LIMITS_NOTE = `Limits: one-line texts (ids, names, regions, themes, roles, search) at most ${INPUT_LIMITS.lineText} characters without control characters; description, evidence and note at most ${INPUT_LIMITS.freeText} characters, newlines and tabs allowed; lists inside a record or filter at most ${INPUT_LIMITS.listItems} items.`;

/** Fields holding free text (newlines and tabs allowed, INPUT_LIMITS.freeText characters). */
export const FREE_TEXT_FIELDS: ReadonlySet<string> = new Set(['description', 'evidence', 'note']);

/** Lists that are the rows of a network (importNetwork's sections), limited by UPLOAD_MAX_ROWS instead. */
export const ROW_LISTS: ReadonlySet<string> = new Set(NETWORK_SECTIONS);

/**
 * Control characters: C0 (but newlines, LF or CRLF, and tabs in free text), DEL and C1; finding
 * them is the point.
 */
// eslint-disable-next-line no-control-regex
const CONTROL_IN_LINE = /[\u0000-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_IN_FREE_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/;

/** The kind of text a field holds, by its name. */
export function textKind(field: string): 'free' | 'cursor' | 'line' {
  if (FREE_TEXT_FIELDS.has(field)) return 'free';
  return field === 'after' ? 'cursor' : 'line';
}

/** What is wrong with a text of this field, or undefined. */
export function textProblem(field: string, value: string): string | undefined {
  const kind = textKind(field);
  const max = kind === 'free' ? INPUT_LIMITS.freeText : kind === 'cursor' ? INPUT_LIMITS.cursor : INPUT_LIMITS.lineText;
  if (value.length > max) return `is ${value.length} characters long; at most ${max} are allowed`;
  const control = (kind === 'free' ? CONTROL_IN_FREE_TEXT : CONTROL_IN_LINE).exec(value);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    const allowed = kind === 'free' ? ' (newlines and tabs are allowed here)' : '';
    return `contains the control character U+${code} at position ${control.index + 1}${allowed}`;
  }
  return undefined;
}

/** What is wrong with the length of a list of this field, or undefined. */
export function listProblem(field: string, length: number, maxRows: number): string | undefined {
  const max = ROW_LISTS.has(field) ? maxRows : INPUT_LIMITS.listItems;
  return length > max ? `has ${length} items; at most ${max} are allowed` : undefined;
}
