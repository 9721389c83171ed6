import { Module } from '@nestjs/common';
import { EntitiesModule } from '../entities/entities.module.js';
import { WorkersModule } from '../../workers/workers.module.js';
import { NetworkModule } from '../network/network.module.js';
import { AnalyticsRepository } from './analytics.repository.js';
import { AnalyticsResolver } from './analytics.resolver.js';
import { AnalyticsService } from './analytics.service.js';
import { DashboardTasks } from './dashboard-tasks.js';

@Module({
  imports: [NetworkModule, EntitiesModule, WorkersModule],
  providers: [AnalyticsRepository, AnalyticsService, AnalyticsResolver, DashboardTasks],
  exports: [AnalyticsService],
})
export class AnalyticsModule {}
