import { readFileSync } from 'node:fs';

/**
 * The reproducibility receipt: what an answer or an export was computed from and how, so a figure
 * in a paper can be traced and recomputed. The same shape in GraphQL (`manifest` beside an
 * analytics answer) and in exports (`manifest.json`, or the file's header where it has one).
 */

export interface ManifestEntry {
  name: string;
  value: string;
}

export interface Manifest {
  /** the data version the answer was computed on (changes with every write) */
  dataVersion: string;
  /** the network as of this date, when the answer is about the past */
  asOf: string | null;
  /** which part of the network (region, theme, modes …); empty = all of it */
  filters: ManifestEntry[];
  /** what was computed, with the method's name */
  algorithm: string;
  parameters: ManifestEntry[];
  /** the seed of every random choice, when there is one */
  seed: number | null;
  /** name and version of the software */
  software: string;
  /** when the receipt was made (ISO 8601) */
  generatedAt: string;
  /** a line to cite the figure by */
  citeAs: string;
}

export interface ManifestInput {
  dataVersion: string;
  algorithm: string;
  asOf?: string | null;
  filters?: Record<string, unknown>;
  parameters?: Record<string, unknown>;
  seed?: number | null;
  now?: Date;
}

function readVersion(): string {
  try {
    const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
    return (JSON.parse(text) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** The server's version (server/package.json), read once. */
export const SOFTWARE_VERSION = readVersion();
export const SOFTWARE = `Small Wins Atlas ${SOFTWARE_VERSION}`;

/** A value as the receipt writes it: lists joined by commas, absent values left out. */
function text(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value.length === 0 ? undefined : value.map((v) => text(v) ?? '').join(', ');
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function entries(values: Record<string, unknown> = {}): ManifestEntry[] {
  return Object.entries(values).flatMap(([name, value]) => {
    const shown = text(value);
    return shown === undefined || shown === '' ? [] : [{ name, value: shown }];
  });
}

export function buildManifest(input: ManifestInput): Manifest {
  const generatedAt = (input.now ?? new Date()).toISOString();
  const asOf = input.asOf ?? null;
  const seed = input.seed ?? null;
  const details = [
    input.algorithm,
    `data version ${input.dataVersion}`,
    asOf ? `network as of ${asOf}` : undefined,
    seed !== null ? `seed ${seed}` : undefined,
  ].filter(Boolean);
  return {
    dataVersion: input.dataVersion,
    asOf,
    filters: entries(input.filters),
    algorithm: input.algorithm,
    parameters: entries(input.parameters),
    seed,
    software: SOFTWARE,
    generatedAt,
    citeAs: `${SOFTWARE}. ${details.join('; ')}. Computed ${generatedAt.slice(0, 10)}.`,
  };
}
