import { Injectable } from '@nestjs/common';
import { Neo4jService } from '../../database/neo4j.service.js';

/** The one thing the layout reads directly: the data fingerprint that versions its cache. */
@Injectable()
export class LayoutRepository {
  constructor(private readonly db: Neo4jService) {}

  /** Changes when another process (the CLI, a second server) adds or removes data. */
  async fingerprint(): Promise<string> {
    const [row] = await this.db.read<{ fingerprint: string }>('analytics/fingerprint');
    return row?.fingerprint ?? '';
  }
}
