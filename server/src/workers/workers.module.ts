import { Module } from '@nestjs/common';
import { WorkerPool } from './worker-pool.js';

/** The worker pool, one for the whole application (imported by every module that runs tasks). */
@Module({ providers: [WorkerPool], exports: [WorkerPool] })
export class WorkersModule {}
