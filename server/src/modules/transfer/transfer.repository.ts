import { Injectable } from '@nestjs/common';
import { Neo4jService } from '../../database/neo4j.service.js';
import type {
  ActorInput,
  AmplificationInput,
  BarrierInput,
  InfluenceInput,
  InitiativeInput,
  InvolvementInput,
  NetworkInput,
  OutcomeInput,
} from '../../domain/network.types.js';
import { characteristicsOf } from '../../domain/characteristics.js';
import type { NetworkFilter } from './transfer.types.js';

/** Drops null, undefined and empty-list fields, so an export is exactly what an import takes. */
function compact<T extends object>(row: Record<string, unknown>): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (value === null || value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    out[key] = value;
  }
  return out as T;
}

function initiativeFromProps(props: Record<string, unknown>): InitiativeInput {
  return compact<InitiativeInput>({
    id: props.id,
    name: props.name,
    description: props.description,
    region: props.region,
    themes: props.themes,
    startedOn: props.startedOn,
    status: props.status,
    latitude: props.latitude,
    longitude: props.longitude,
    characteristics: characteristicsOf(props).map((c) => compact(c)),
  });
}

/** Reads the whole network, or a filtered slice of it, as a NetworkInput (one read transaction). */
@Injectable()
export class TransferRepository {
  constructor(private readonly db: Neo4jService) {}

  async exportNetwork(filter: NetworkFilter): Promise<NetworkInput> {
    const sliced = Boolean(filter.regions || filter.themes || filter.statuses || filter.from || filter.to);
    return this.db.readTx(async (tx) => {
      const initiatives = (
        await this.db.run<{ props: Record<string, unknown> }>(tx, 'transfer/export-initiatives', {
          regions: filter.regions ?? null,
          themes: filter.themes ?? null,
          statuses: filter.statuses ?? null,
          from: filter.from ?? null,
          to: filter.to ?? null,
        })
      ).map((r) => initiativeFromProps(r.props));
      const initiativeIds = sliced ? initiatives.map((i) => i.id) : null;
      const actors = (await this.db.run(tx, 'transfer/export-actors', { initiativeIds })).map((r) =>
        compact<ActorInput>(r),
      );
      const actorIds = sliced ? actors.map((a) => a.id) : null;
      const involvements = (await this.db.run(tx, 'transfer/export-involvements', { initiativeIds })).map((r) =>
        compact<InvolvementInput>(r),
      );
      const influences = (await this.db.run(tx, 'transfer/export-influences', { actorIds })).map((r) =>
        compact<InfluenceInput>(r),
      );
      const amplifications = (
        await this.db.run(tx, 'transfer/export-amplifications', { initiativeIds, modes: filter.modes ?? null })
      ).map((r) => compact<AmplificationInput>(r));
      const outcomes = (await this.db.run(tx, 'transfer/export-outcomes', { initiativeIds })).map((r) =>
        compact<OutcomeInput>(r),
      );
      const barriers = (await this.db.run(tx, 'transfer/export-barriers', { initiativeIds })).map((r) =>
        compact<BarrierInput>(r),
      );
      return { initiatives, actors, involvements, influences, amplifications, outcomes, barriers };
    });
  }
}
