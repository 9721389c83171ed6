import { Module } from '@nestjs/common';
import { EntitiesModule } from '../entities/entities.module.js';
import { WorkersModule } from '../../workers/workers.module.js';
import { LayoutResolver } from './layout.resolver.js';
import { LayoutService } from './layout.service.js';
import { LayoutTasks } from './layout-tasks.js';

/** Server-computed positions for drawing slices (sliceLayout), the default views' laid out ahead. */
@Module({
  imports: [EntitiesModule, WorkersModule],
  providers: [LayoutService, LayoutResolver, LayoutTasks],
})
export class LayoutModule {}
