import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../../common/public.decorator.js';
import { Neo4jService } from '../../database/neo4j.service.js';
import { Warmer } from '../../database/warmer.js';

/**
 * GET /health: 200 when the database answers, 503 with the reason when it does not or not within
 * HEALTH_TIMEOUT_MS, so it answers within 2 s either way. Always open, also with
 * READS_REQUIRE_TOKEN=true (a container health check sends no token), and it says nothing but
 * whether the database answers and whether background work runs.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly db: Neo4jService,
    private readonly warmer: Warmer,
  ) {}

  @Get()
  @Public()
  async health(@Res() response: Response): Promise<void> {
    const database = await this.db.ping();
    response
      .status(database.ok ? 200 : 503)
      .setHeader('cache-control', 'no-store')
      .json({
        status: database.ok ? 'ok' : 'degraded',
        database: { ok: database.ok, latencyMs: database.ms, ...(database.error ? { error: database.error } : {}) },
        uptimeS: Math.round(process.uptime()),
        // whether work ahead (the dashboard's answers, the default layouts) is running now
        background: { busy: this.warmer.busy },
      });
  }
}
