import { Module } from '@nestjs/common';
import { CredentialsRepository } from './credentials.repository.js';
import { CredentialsService } from './credentials.service.js';

/** Personal tokens stored hashed in Neo4j; the API over them (me, credentials, …) is auth/auth.resolver.ts. */
@Module({ providers: [CredentialsRepository, CredentialsService], exports: [CredentialsService] })
export class CredentialsModule {}
