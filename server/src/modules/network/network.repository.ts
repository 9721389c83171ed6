import { Injectable } from '@nestjs/common';
import type { ManagedTransaction } from 'neo4j-driver';
import { Neo4jService } from '../../database/neo4j.service.js';
import { characteristicProperty } from '../../domain/characteristics.js';
import type { InitiativeInput, NetworkInput } from '../../domain/network.types.js';
import type { TieProjection } from '../analytics/engine/core/tie-components.js';

/** Rows per UNWIND statement; all batches of one import run in one transaction. */
const BATCH = 5000;

function batches<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

/** The node properties of an initiative (startedOn is set separately, as a Neo4j date). */
export function initiativeProps(row: InitiativeInput): Record<string, unknown> {
  const props: Record<string, unknown> = {
    id: row.id,
    name: row.name.trim(),
    description: row.description ?? null,
    region: row.region?.trim() || null,
    themes: [...new Set((row.themes ?? []).map((t) => t.trim()))],
    status: row.status ?? null,
    latitude: row.latitude ?? null,
    longitude: row.longitude ?? null,
  };
  for (const ch of row.characteristics ?? []) {
    const p = characteristicProperty(ch.characteristic);
    props[p.score] = ch.score;
    props[p.evidence] = ch.evidence ?? null;
  }
  return props;
}

/** Plain data access for the whole network: bulk upserts and the projections behind the stats. */
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

  /** Writes a validated input with one UNWIND statement per batch, inside the caller's transaction. */
  async upsertNetwork(tx: ManagedTransaction, input: NetworkInput): Promise<void> {
    const steps: [string, Record<string, unknown>[]][] = [
      [
        'network/import-initiatives',
        (input.initiatives ?? []).map((row) => ({
          id: row.id,
          props: initiativeProps(row),
          startedOn: row.startedOn ?? null,
        })),
      ],
      [
        'network/import-actors',
        (input.actors ?? []).map((row) => ({
          id: row.id,
          props: { id: row.id, name: row.name.trim(), kind: row.kind ?? null, region: row.region?.trim() || null },
        })),
      ],
      [
        'network/import-involvements',
        (input.involvements ?? []).map((row) => ({
          actorId: row.actorId,
          initiativeId: row.initiativeId,
          role: row.role ?? null,
          since: row.since ?? null,
          until: row.until ?? null,
        })),
      ],
      [
        'network/import-influences',
        (input.influences ?? []).map((row) => ({
          fromActorId: row.fromActorId,
          toActorId: row.toActorId,
          weight: row.weight ?? 1,
          since: row.since ?? null,
        })),
      ],
      [
        'network/import-amplifications',
        (input.amplifications ?? []).map((row) => ({
          fromInitiativeId: row.fromInitiativeId,
          toInitiativeId: row.toInitiativeId,
          mode: row.mode,
          on: row.on ?? null,
          evidence: row.evidence ?? null,
          confidence: row.confidence ?? null,
          mechanisms: row.mechanisms ?? [],
        })),
      ],
      [
        'network/import-outcomes',
        (input.outcomes ?? []).map((row) => ({
          initiativeId: row.initiativeId,
          key: `${row.kind}:${row.name?.trim() ?? ''}`,
          kind: row.kind,
          name: row.name?.trim() || null,
          on: row.on ?? null,
        })),
      ],
      [
        'network/import-barriers',
        (input.barriers ?? []).map((row) => ({
          initiativeId: row.initiativeId,
          barrier: row.barrier,
          overcome: row.overcome ?? false,
          on: row.on ?? null,
          note: row.note ?? null,
        })),
      ],
    ];
    for (const [query, rows] of steps) {
      for (const batch of batches(rows)) await this.db.run(tx, query, { rows: batch });
      if (query === 'network/import-initiatives') await this.linkInitiatives(tx, input.initiatives ?? []);
    }
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
