import { Injectable } from '@nestjs/common';
import { Neo4jService } from '../../database/neo4j.service.js';

export interface InitiativePlaceRecord {
  id: string;
  latitude: number;
  longitude: number;
}

/** The map's one query: where the initiatives with coordinates are. */
@Injectable()
export class MapRepository {
  constructor(private readonly db: Neo4jService) {}

  async places(): Promise<InitiativePlaceRecord[]> {
    const rows = await this.db.read<{ id: string; latitude: unknown; longitude: unknown }>(
      'map/list-initiative-places',
    );
    return rows.map((r) => ({ id: r.id, latitude: Number(r.latitude), longitude: Number(r.longitude) }));
  }
}
