import { Global, Module } from '@nestjs/common';
import { Neo4jService } from './neo4j.service.js';
import { Warmer } from './warmer.js';

@Global()
@Module({ providers: [Neo4jService, Warmer], exports: [Neo4jService, Warmer] })
export class DatabaseModule {}
