import { Module } from '@nestjs/common';
import { EntitiesModule } from '../entities/entities.module.js';
import { WorkersModule } from '../../workers/workers.module.js';
import { LayoutResolver } from './layout.resolver.js';
import { LayoutService } from './layout.service.js';

/** Server-computed positions for drawing large slices (sliceLayout). */
@Module({
  imports: [EntitiesModule, WorkersModule],
  providers: [LayoutService, LayoutResolver],
})
export class LayoutModule {}
