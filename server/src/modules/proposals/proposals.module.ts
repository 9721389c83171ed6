import { Module } from '@nestjs/common';
import { NetworkModule } from '../network/network.module.js';
import { ProposalsRepository } from './proposals.repository.js';
import { ProposalsResolver } from './proposals.resolver.js';
import { ProposalsService } from './proposals.service.js';
import { UpdateController } from './update.controller.js';
import { UpdateLinksService } from './update-links.service.js';

/** Update links for initiatives' contacts and the proposals they make, reviewed by editors. */
@Module({
  imports: [NetworkModule],
  controllers: [UpdateController],
  providers: [ProposalsRepository, ProposalsService, UpdateLinksService, ProposalsResolver],
})
export class ProposalsModule {}
