import { Module } from '@nestjs/common';
import { NetworkRepository } from './network.repository.js';
import { NetworkResolver } from './network.resolver.js';
import { NetworkService } from './network.service.js';

@Module({
  providers: [NetworkRepository, NetworkService, NetworkResolver],
  exports: [NetworkService, NetworkRepository],
})
export class NetworkModule {}
