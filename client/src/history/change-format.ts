// Change sets in words: operations, field values, instants and the CONFLICT of an undo (pure, unit-tested).
import type { ChangeOperation } from '../api/generated/graphql';
import type { MessageKey, Translate } from '../i18n';

const WHOLE: Partial<Record<ChangeOperation, MessageKey>> = {
  IMPORT_NETWORK: 'hist.op.IMPORT_NETWORK',
  UPLOAD: 'hist.op.UPLOAD',
  CLI_IMPORT: 'hist.op.CLI_IMPORT',
  SEED: 'hist.op.SEED',
  UNDO: 'hist.op.UNDO',
};

/** CREATE_INITIATIVE → "created initiative", UPSERT_INVOLVEMENT → "saved involvement", UNDO → "undo". */
export function operationWords(op: ChangeOperation, t: Translate): string {
  const whole = WHOLE[op];
  if (whole) return t(whole);
  const [verb = '', ...rest] = op.split('_');
  const object = rest.join('_');
  return `${t(`hist.verb.${verb}` as MessageKey)} ${t(`hist.kind.${object}` as MessageKey)}`;
}

/** A field's value from its JSON text: lists joined, objects as `key: value`, absent as "—". */
export function fieldValue(json: string | null | undefined): string {
  if (json === null || json === undefined) return '—';
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return json;
  }
  return plain(value);
}

function plain(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(plain).join(', ');
  if (typeof value === 'object')
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => `${k}: ${plain(v)}`)
      .join('; ');
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** An instant as a local date and time to the minute (2025-03-01 14:05). */
export function formatInstant(iso: string | null | undefined, lang: 'en' | 'nl'): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** The name of an initiative or actor from an entry's JSON row (after, else before), else its id. */
export function entryName(after: string | null | undefined, before: string | null | undefined, fallback: string) {
  for (const json of [after, before]) {
    if (!json) continue;
    try {
      const row = JSON.parse(json) as { name?: unknown };
      if (typeof row.name === 'string' && row.name) return row.name;
    } catch {
      // not JSON: the fallback
    }
  }
  return fallback;
}

export interface Problem {
  path: string;
  message: string;
}

/** A refused undo in words: what is in the way, and which later change set touched it. */
export function conflictText(seq: number, problems: Problem[], message: string, t: Translate): string {
  if (problems.length === 0) return t('hist.undo.refused', { seq, reason: message });
  const shown = problems.slice(0, 3).map((p) => `${p.path}: ${p.message}`);
  const more = problems.length > 3 ? ` ${t('hist.undo.more', { n: problems.length - 3 })}` : '';
  return `${t('hist.undo.conflict', { seq })} ${shown.join('; ')}.${more} ${t('hist.undo.conflictHint')}`;
}
