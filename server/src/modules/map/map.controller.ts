import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { MapService } from './map.service.js';

/** GET /api/map/regions: the configured GeoJSON of region boundaries (REGIONS_GEOJSON); 404 when none. */
@Controller('api/map')
export class MapController {
  constructor(private readonly map: MapService) {}

  @Get('regions')
  async regions(@Res() response: Response): Promise<void> {
    const text = await this.map.regionBoundaries();
    response.status(200).setHeader('content-type', 'application/geo+json').send(text);
  }
}
