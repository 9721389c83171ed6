/**
 * Two temporal exports as files for R and Python, each with the receipt as `manifest.json`:
 *
 *  - the **netdiffuseR table** (`adoptions.csv`, `edges.csv`): one row per initiative with its
 *    adoption date and time of adoption `toa` (the period's number, 1 = the first period with a
 *    start date), region, first theme, all themes, cascade root and generation; and T's ties with
 *    the period each began (`t0`), for `edgelist_to_adjmat(edges[, c("ego", "alter")], t0 = edges$t0,
 *    undirected = TRUE)` and `new_diffnet(graph, toa)`;
 *  - **as-of waves** (`waves.csv`, `nodes.csv`, `waves/<period>.csv`): T as of the last day of every
 *    period, one edge list each, for RSiena (composition change: nodes.csv says from which wave an
 *    initiative exists) and tsna / networkDynamic.
 *
 * Text cells are neutralised against spreadsheet formulas like every CSV export (cells.ts); files
 * are UTF-8 without a byte order mark (R's read.csv and pandas read them as they are).
 */
import { stringify } from 'csv-stringify/sync';
import type { Manifest } from '../../../common/manifest.js';
import type { IsoDate, NetworkInput } from '../../../domain/network.types.js';
import { neutralizeCsvCell } from './cells.js';
import type { NamedBuffer } from './read-tables.js';
import {
  cascadeRoots,
  periodEnd,
  periodOf,
  periodRange,
  timedTies,
  type Period,
  type TimedTie,
} from './temporal-model.js';

type Cell = string | number | null | undefined;

function csv(name: string, header: string[], rows: Cell[][]): NamedBuffer {
  const cells = rows.map((row) =>
    row.map((v) => (v === null || v === undefined ? '' : typeof v === 'number' ? String(v) : neutralizeCsvCell(v))),
  );
  return { name, data: Buffer.from(stringify([header, ...cells])) };
}

function manifestFile(manifest: Manifest): NamedBuffer {
  return { name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) };
}

/** The periods of a network: from the first start date to the last date it holds. */
function periodsOf(input: NetworkInput, period: Period, max?: number): string[] {
  const dates: IsoDate[] = [];
  for (const i of input.initiatives ?? []) if (i.startedOn) dates.push(i.startedOn);
  if (dates.length === 0) return [];
  const first = dates.reduce((a, b) => (a < b ? a : b));
  for (const m of input.amplifications ?? []) if (m.on) dates.push(m.on);
  for (const v of input.involvements ?? []) if (v.since) dates.push(v.since);
  const last = dates.reduce((a, b) => (a > b ? a : b));
  return periodRange(periodOf(first, period), periodOf(last, period), period, max);
}

const timeOf = (index: Map<string, number>, date: IsoDate | null | undefined, period: Period) =>
  date ? index.get(periodOf(date, period)) : undefined;

/** adoptions.csv, edges.csv and manifest.json (see the file header). */
export function diffusionTables(input: NetworkInput, manifest: Manifest, period: Period = 'year'): NamedBuffer[] {
  const periods = periodsOf(input, period, Number.MAX_SAFE_INTEGER);
  const index = new Map(periods.map((label, k) => [label, k + 1]));
  const roots = cascadeRoots(input);
  const adoptions = [...(input.initiatives ?? [])]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((i) => {
      const cascade = roots.get(i.id);
      return [
        i.id,
        i.name,
        i.startedOn ?? null,
        i.startedOn ? periodOf(i.startedOn, period) : null,
        timeOf(index, i.startedOn, period),
        i.region ?? null,
        i.themes?.[0] ?? null,
        (i.themes ?? []).join('|'),
        cascade?.rootId,
        cascade?.generation,
      ];
    });
  const edges = timedTies(input).map((t) => [
    t.a,
    t.b,
    t.via,
    t.actorId,
    t.since,
    t.since ? periodOf(t.since, period) : null,
    timeOf(index, t.since, period),
  ]);
  return [
    csv(
      'adoptions.csv',
      ['id', 'name', 'adoptedOn', 'period', 'toa', 'region', 'theme', 'themes', 'cascadeRoot', 'generation'],
      adoptions,
    ),
    csv('edges.csv', ['ego', 'alter', 'via', 'actorId', 'since', 'period', 't0'], edges),
    manifestFile(manifest),
  ];
}

/** Most edge rows all waves together may hold (every wave repeats the ties that still exist). */
export const MAX_WAVE_ROWS = 20_000_000;

/** waves.csv, nodes.csv, waves/<period>.csv and manifest.json (see the file header). */
export function asOfWaves(input: NetworkInput, manifest: Manifest, period: Period = 'year'): NamedBuffer[] {
  const periods = periodsOf(input, period, period === 'year' ? 200 : 600);
  const ties: TimedTie[] = timedTies(input).filter((t) => t.since !== null);
  const starts = (input.initiatives ?? []).filter((i) => i.startedOn).map((i) => i.startedOn!);
  let rows = 0;
  const index: Cell[][] = [];
  const files: NamedBuffer[] = [];
  for (const [k, label] of periods.entries()) {
    const end = periodEnd(label, period);
    const wave = ties.filter((t) => t.since! <= end);
    rows += wave.length;
    if (rows > MAX_WAVE_ROWS)
      throw new RangeError(`the waves would hold more than ${MAX_WAVE_ROWS} edge rows: use period=year or a filter`);
    index.push([k + 1, label, end, starts.filter((d) => d <= end).length, wave.length]);
    files.push(
      csv(
        `waves/${label}.csv`,
        ['ego', 'alter'],
        wave.map((t) => [t.a, t.b]),
      ),
    );
  }
  const firstWave = new Map(periods.map((label, k) => [label, k + 1]));
  const nodes = [...(input.initiatives ?? [])]
    .filter((i) => i.startedOn)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((i) => [i.id, i.name, i.startedOn, i.region ?? null, firstWave.get(periodOf(i.startedOn!, period)) ?? 1]);
  return [
    csv('waves.csv', ['wave', 'period', 'asOf', 'initiatives', 'ties'], index),
    csv('nodes.csv', ['id', 'name', 'startedOn', 'region', 'firstWave'], nodes),
    ...files,
    manifestFile(manifest),
  ];
}
