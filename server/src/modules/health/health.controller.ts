import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Neo4jService } from '../../database/neo4j.service.js';

/** GET /health: 200 when the database answers, 503 when it does not. Always open. */
@Controller('health')
export class HealthController {
  constructor(private readonly db: Neo4jService) {}

  @Get()
  async health(@Res() response: Response): Promise<void> {
    const database = await this.db.ping();
    response.status(database.ok ? 200 : 503).json({
      status: database.ok ? 'ok' : 'degraded',
      database: { ok: database.ok, latencyMs: database.ms, ...(database.error ? { error: database.error } : {}) },
      uptimeS: Math.round(process.uptime()),
    });
  }
}
