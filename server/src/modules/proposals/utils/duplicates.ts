/**
 * Duplicate matching for the names a proposal brings in (a new actor, a new initiative an
 * amplification names): two names match when their normalised forms are equal and, when both
 * have a region, their regions are too. Normalised: accents removed, lower case, punctuation
 * dropped (dots and apostrophes join: `B.V.` → `bv`), and the common words of organisation names
 * left out (`Stichting`, `Foundation`, `Vereniging`, `de`, `the` …).
 */

const COMMON_WORDS: ReadonlySet<string> = new Set([
  'stichting',
  'foundation',
  'vereniging',
  'association',
  'cooperatie',
  'cooperative',
  'coop',
  'bv',
  'nv',
  'ua',
  'vof',
  'inc',
  'ltd',
  'de',
  'het',
  'een',
  'the',
  'a',
  'an',
  'of',
  'van',
  'en',
  'and',
]);

/** Lower case without accents, punctuation or common words; the plain form when only common words remain. */
export function normaliseName(name: string): string {
  const plain = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.'’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  const words = plain.split(' ').filter((w) => w !== '');
  const kept = words.filter((w) => !COMMON_WORDS.has(w));
  return (kept.length > 0 ? kept : words).join(' ');
}

/** A region compared as a name: trimmed, lower case, without accents. */
export function normaliseRegion(region: string | null | undefined): string | null {
  const r = region?.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
  return r ? r : null;
}

export interface NamedEntity {
  id: string;
  name: string;
  region?: string | null;
}

/** The existing entities that look like `candidate`: same normalised name, and the same region when both have one. */
export function findDuplicates<T extends NamedEntity>(
  candidate: { name: string; region?: string | null },
  existing: readonly T[],
): T[] {
  const name = normaliseName(candidate.name);
  if (name === '') return [];
  const region = normaliseRegion(candidate.region);
  return existing.filter((e) => {
    if (normaliseName(e.name) !== name) return false;
    const other = normaliseRegion(e.region);
    return region === null || other === null || region === other;
  });
}
