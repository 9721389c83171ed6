import { Module } from '@nestjs/common';
import { NetworkModule } from '../network/network.module.js';
import { DemoSeeder } from './demo-seeder.service.js';

@Module({ imports: [NetworkModule], providers: [DemoSeeder], exports: [DemoSeeder] })
export class DemoModule {}
