import { Module } from '@nestjs/common';
import { WorkersModule } from '../../workers/workers.module.js';
import { AnalyticsModule } from '../analytics/analytics.module.js';
import { EntitiesModule } from '../entities/entities.module.js';
import { ResearchResolver } from './research.resolver.js';
import { ResearchService } from './research.service.js';

/** The research toolkit: introduction simulator, null-model bands, exposure and thresholds. */
@Module({
  imports: [AnalyticsModule, EntitiesModule, WorkersModule],
  providers: [ResearchService, ResearchResolver],
  exports: [ResearchService],
})
export class ResearchModule {}
