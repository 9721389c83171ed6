import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { AnalyticsModule } from '../analytics/analytics.module.js';
import { NetworkModule } from '../network/network.module.js';
import { TransferController } from './transfer.controller.js';
import { TransferRepository } from './transfer.repository.js';
import { TransferService } from './transfer.service.js';

@Module({
  imports: [
    NetworkModule,
    AnalyticsModule,
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ limits: { fileSize: config.uploadMaxBytes } }),
    }),
  ],
  controllers: [TransferController],
  providers: [TransferRepository, TransferService],
  exports: [TransferService],
})
export class TransferModule {}
