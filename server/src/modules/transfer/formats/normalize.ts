/**
 * The canonical form of a network, for comparing networks that travelled through a spreadsheet.
 *
 * A table cannot tell an absent field from null or from an empty text or list, and the reader
 * trims cells and skips empty list items. normalizeNetwork() applies the same rules to any
 * NetworkInput, so `normalizeNetwork(read(write(x)))` equals `normalizeNetwork(x)`:
 *
 * - strings are trimmed; null, undefined, blank strings and empty lists become absent fields;
 * - blank items are dropped from lists (`themes`, `mechanisms`);
 * - an initiative's characteristics are put in CHARACTERISTICS order (the columns' order);
 * - empty and absent sections are dropped;
 * - object keys are put in a fixed (alphabetical) order, so the result also compares equal as JSON.
 *
 * Row order is kept: it is meaningful (problems are reported by row index). It is written
 * independently of the template, so that a field the tables lose shows up as a difference.
 */
import { CHARACTERISTICS, type CharacteristicScore, type NetworkInput } from '../../../domain/network.types.js';

export function normalizeNetwork(input: NetworkInput): NetworkInput {
  // An object always normalises to an object (perhaps empty).
  return normalizeValue(input) as NetworkInput;
}

function normalizeValue(value: unknown, key?: string): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (Array.isArray(value)) {
    const items = value.map((item) => normalizeValue(item)).filter((item) => item !== undefined);
    if (key === 'characteristics') {
      const order = (c: unknown): number => CHARACTERISTICS.indexOf((c as CharacteristicScore).characteristic);
      items.sort((a, b) => order(a) - order(b));
    }
    return items.length > 0 ? items : undefined;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value)
      .map(([k, v]) => [k, normalizeValue(v, k)] as const)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries);
  }
  return value;
}
