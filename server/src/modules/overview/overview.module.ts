import { Module } from '@nestjs/common';
import { AnalyticsModule } from '../analytics/analytics.module.js';
import { EntitiesModule } from '../entities/entities.module.js';
import { WorkersModule } from '../../workers/workers.module.js';
import { OverviewResolver } from './overview.resolver.js';
import { OverviewService } from './overview.service.js';

/** The coordinators' figures of a period: the overview at `/` and the region report. */
@Module({
  imports: [AnalyticsModule, EntitiesModule, WorkersModule],
  providers: [OverviewService, OverviewResolver],
})
export class OverviewModule {}
