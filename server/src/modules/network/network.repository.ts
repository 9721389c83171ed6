import { Injectable } from '@nestjs/common';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { Neo4jService } from '../../database/neo4j.service.js';
import type { StateRow } from '../../domain/change.types.js';
import {
  actorProps,
  canonicalRow,
  initiativeFromProps,
  initiativeProps,
  networkVocabulary,
  outcomeKey,
  relationParams,
  type SectionRows,
} from '../../domain/network-rows.js';
import type { InitiativeInput, NetworkInput, NetworkSection } from '../../domain/network.types.js';
import type { TieProjection } from '../analytics/engine/core/tie-components.js';

/** Rows per UNWIND statement; all batches of one import run in one transaction. */
export const BATCH = 5000;

/** Rows per UNWIND statement that creates rows known to be new. */
export const CREATE_BATCH = 10000;

export function batches<T>(rows: T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** A stored entity: its canonical row and its change mark (`_seq`, null when it has none). */
export interface StoredState {
  state: StateRow;
  seq: number | null;
}

/** The change mark of each written row: one for all rows, or one per row of each section. */
export type Marks = number | null | { [S in NetworkSection]?: (number | null)[] };

const int = (seq: number | null | undefined) => (seq === null || seq === undefined ? null : neo4j.int(seq));

type Row = Record<string, unknown>;

/** The parameters that find one stored entity of a section by its key fields. */
const keyParams: { [S in NetworkSection]: (r: Row) => Row | string } = {
  initiatives: (r) => String(r.id),
  actors: (r) => String(r.id),
  involvements: (r) => ({ actorId: r.actorId, initiativeId: r.initiativeId }),
  influences: (r) => ({ fromActorId: r.fromActorId, toActorId: r.toActorId }),
  amplifications: (r) => ({ fromInitiativeId: r.fromInitiativeId, toInitiativeId: r.toInitiativeId, mode: r.mode }),
  outcomes: (r) => ({ initiativeId: r.initiativeId, key: outcomeKey(String(r.kind), r.name as string | null) }),
  barriers: (r) => ({ initiativeId: r.initiativeId, barrier: r.barrier }),
};

/** A row read back from the database, as its canonical state. */
function stateOf(section: NetworkSection, row: Row): StateRow {
  if (section === 'initiatives') return canonicalRow.initiatives(initiativeFromProps(row.props as Row));
  return (canonicalRow[section] as unknown as (r: Row) => StateRow)(row);
}

/** Plain data access for the whole network: bulk upserts, entity states, and the projections behind the stats. */
@Injectable()
export class NetworkRepository {
  constructor(private readonly db: Neo4jService) {}

  async findExistingIds(
    tx: ManagedTransaction,
    params: { initiativeIds: string[]; actorIds: string[] },
  ): Promise<{ initiatives: Set<string>; actors: Set<string> }> {
    const [row] = await this.db.run<{ initiatives: string[]; actors: string[] }>(
      tx,
      'network/find-existing-ids',
      params,
    );
    return { initiatives: new Set(row?.initiatives ?? []), actors: new Set(row?.actors ?? []) };
  }

  /** The stored states of the given entities (rows holding at least their key fields); absent ones left out. */
  async readStates(tx: ManagedTransaction, section: NetworkSection, rows: readonly Row[]): Promise<StoredState[]> {
    if (rows.length === 0) return [];
    const keys = rows.map(keyParams[section]);
    const params = section === 'initiatives' || section === 'actors' ? { ids: keys } : { rows: keys };
    const found = await this.db.run<Row & { seq: number | null }>(tx, `network/states-${section}`, params);
    return found.map((row) => ({ state: stateOf(section, row), seq: row.seq ?? null }));
  }

  /** The stored states of every relation of the given initiatives or actors. */
  async relationsOf(
    tx: ManagedTransaction,
    section: 'initiatives' | 'actors',
    ids: string[],
  ): Promise<{ section: NetworkSection; stored: StoredState }[]> {
    const [row] = await this.db.run<Record<string, (Row & { seq: number | null })[]>>(
      tx,
      `network/relations-of-${section}`,
      { ids },
    );
    return Object.entries(row ?? {}).flatMap(([name, list]) =>
      list.map((r) => ({
        section: name as NetworkSection,
        stored: { state: stateOf(name as NetworkSection, r), seq: r.seq ?? null },
      })),
    );
  }

  /** Deletes the given entities by key: relations first, then nodes (with their vocabulary links). */
  async deleteRows(tx: ManagedTransaction, rows: { [S in NetworkSection]?: Row[] }): Promise<number> {
    const params = Object.fromEntries(
      (Object.keys(keyParams) as NetworkSection[]).map((s) => [s, (rows[s] ?? []).map(keyParams[s])]),
    );
    const [row] = await this.db.run<{ count: number }>(tx, 'network/delete-rows', params);
    return row?.count ?? 0;
  }

  /**
   * Writes validated rows with one UNWIND statement per batch, inside the caller's transaction;
   * each entity gets its change mark (`_seq`).
   */
  async upsertNetwork(tx: ManagedTransaction, input: NetworkInput, marks: Marks): Promise<void> {
    const mark = (section: NetworkSection, index: number) =>
      int(typeof marks === 'object' && marks !== null ? marks[section]?.[index] : marks);
    const steps: [string, Row[]][] = [
      [
        'network/import-initiatives',
        (input.initiatives ?? []).map((row, i) => ({
          id: row.id,
          props: { ...initiativeProps(row), _seq: mark('initiatives', i) },
          startedOn: row.startedOn ?? null,
        })),
      ],
      [
        'network/import-actors',
        (input.actors ?? []).map((row, i) => ({
          id: row.id,
          props: actorProps(row, mark('actors', i)),
        })),
      ],
      ['network/import-involvements', relationRows(input, 'involvements', mark)],
      ['network/import-influences', relationRows(input, 'influences', mark)],
      ['network/import-amplifications', relationRows(input, 'amplifications', mark)],
      ['network/import-outcomes', relationRows(input, 'outcomes', mark)],
      ['network/import-barriers', relationRows(input, 'barriers', mark)],
    ];
    for (const [query, rows] of steps) {
      for (const batch of batches(rows)) await this.db.run(tx, query, { rows: batch });
      if (query === 'network/import-initiatives') await this.linkInitiatives(tx, input.initiatives ?? []);
    }
  }

  /**
   * Merges the Region, Theme, Outcome and Barrier nodes the given rows (about to be created by
   * createRows) link to: once per import, so the create statements only look them up.
   */
  async mergeVocabulary(tx: ManagedTransaction, input: NetworkInput): Promise<void> {
    const vocabulary = networkVocabulary(input);
    if (Object.values(vocabulary).every((list) => list.length === 0)) return;
    await this.db.run(tx, 'network/merge-vocabulary', vocabulary);
  }

  /**
   * Creates rows known to be new (ids absent before the import, relations with such an end) with
   * CREATE instead of MERGE, in batches of CREATE_BATCH, every statement sent at once (the
   * transaction runs them in order while the next ones are packed). Their vocabulary must be
   * merged first (mergeVocabulary); nodes before the relations that need them.
   */
  async createRows(
    tx: ManagedTransaction,
    section: NetworkSection,
    input: NetworkInput,
    seq: number | null,
  ): Promise<void> {
    const mark = () => int(seq);
    const rows: Row[] =
      section === 'initiatives'
        ? (input.initiatives ?? []).map((row) => {
            const props: Row = { ...initiativeProps(row), _seq: mark() };
            return {
              props,
              startedOn: row.startedOn ?? null,
              regions: typeof props.region === 'string' ? [props.region] : [],
              themes: props.themes as string[],
            };
          })
        : section === 'actors'
          ? (input.actors ?? []).map((row) => ({ props: actorProps(row, mark()) }))
          : relationRows(input, section, mark);
    const sent = batches(rows, CREATE_BATCH).map((batch) =>
      this.db.run(tx, `network/create-${section}`, { rows: batch }),
    );
    await settled(sent);
  }

  /** Replaces the Region and Theme links of the given initiatives (after they were upserted). */
  private async linkInitiatives(tx: ManagedTransaction, initiatives: InitiativeInput[]): Promise<void> {
    for (const batch of batches(initiatives)) {
      const regions = batch.flatMap((row) => {
        const region = row.region?.trim();
        return region ? [{ id: row.id, region }] : [];
      });
      const themes = batch.flatMap((row) =>
        [...new Set((row.themes ?? []).map((t) => t.trim()))].map((theme) => ({ id: row.id, theme })),
      );
      await this.db.run(tx, 'network/import-initiative-links', {
        ids: batch.map((row) => row.id),
        regions,
        themes,
        regionNames: [...new Set(regions.map((r) => r.region))],
        themeNames: [...new Set(themes.map((t) => t.theme))],
      });
    }
  }

  async countNetwork(): Promise<{
    initiatives: number;
    actors: number;
    involvements: number;
    influences: number;
    amplifications: number;
  }> {
    const [row] = await this.db.read<{
      initiatives: number;
      actors: number;
      involvements: number;
      influences: number;
      amplifications: number;
    }>('network/count-network');
    if (!row) throw new Error('network/count-network returned no row');
    return row;
  }

  async loadTieProjection(): Promise<TieProjection> {
    const [row] = await this.db.read<TieProjection>('network/tie-graph');
    return row ?? { initiatives: [], amplifications: [], involvements: [] };
  }
}

/** Waits for every promise; throws the first failure (after all have settled, none left unhandled). */
export async function settled(promises: readonly Promise<unknown>[]): Promise<void> {
  const results = await Promise.allSettled(promises);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}

type RelationSection = Exclude<NetworkSection, 'initiatives' | 'actors'>;

/** The parameters of a relation section's import statement, each row with its change mark. */
function relationRows<S extends RelationSection>(
  input: NetworkInput,
  section: S,
  mark: (section: NetworkSection, index: number) => unknown,
): Row[] {
  const rows = (input[section] ?? []) as SectionRows[S][];
  const shape = relationParams[section] as (row: SectionRows[S]) => Row;
  return rows.map((row, i) => ({ ...shape(row), seq: mark(section, i) }));
}
