import { Module } from '@nestjs/common';
import { EntitiesModule } from '../entities/entities.module.js';
import { WorkersModule } from '../../workers/workers.module.js';
import { NetworkModule } from '../network/network.module.js';
import { LayoutRepository } from './layout.repository.js';
import { LayoutResolver } from './layout.resolver.js';
import { LayoutService } from './layout.service.js';

/** Server-computed positions for drawing large slices (sliceLayout). */
@Module({
  imports: [NetworkModule, EntitiesModule, WorkersModule],
  providers: [LayoutRepository, LayoutService, LayoutResolver],
})
export class LayoutModule {}
