import { Module } from '@nestjs/common';
import { MapController } from './map.controller.js';
import { MapRepository } from './map.repository.js';
import { MapResolver } from './map.resolver.js';
import { MapService } from './map.service.js';

/** The map view's data: initiatives' coordinates, the basemap style, the region boundaries. */
@Module({
  controllers: [MapController],
  providers: [MapRepository, MapService, MapResolver],
})
export class MapModule {}
