import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE, ModuleRef } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import path from 'node:path';
import type { Request } from 'express';
import { AuthGuard } from './auth/auth.guard.js';
import { AuthResolver } from './auth/auth.resolver.js';
import { AuthService } from './auth/auth.service.js';
import type { AuthedRequest } from './auth/principal.js';
import { HttpErrorFilter } from './common/http-error.filter.js';
import { formatGraphqlError } from './common/graphql/format-error.js';
import { accessPlugin } from './common/graphql/access.plugin.js';
import { InputHygienePipe } from './common/graphql/input-hygiene.pipe.js';
import { costLimitPlugin } from './common/graphql/limits.plugin.js';
import { queryShapeRule } from './common/graphql/query-shape.rule.js';
import { APP_CONFIG, REPO_ROOT, type AppConfig } from './config/app-config.js';
import { DatabaseModule } from './database/database.module.js';
import { LoggingModule } from './logging/logging.module.js';
import { appModules } from './modules/app-modules.js';
import { CredentialsModule } from './modules/credentials/credentials.module.js';
import { HealthController } from './modules/health/health.controller.js';
import { importProblemsPlugin } from './modules/network/import-problems.plugin.js';
import { NetworkModule } from './modules/network/network.module.js';
import { NetworkService } from './modules/network/network.service.js';

/** The committed, generated schema (sorted, so API changes show in review). */
export const SCHEMA_FILE = path.join(REPO_ROOT, 'server', 'schema.graphql');

@Global()
@Module({})
class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] };
  }
}

@Module({})
export class AppModule {
  /** The whole application: every context (server, CLI, tests, bench) gets the same modules and schema. */
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot({ level: config.logLevel }),
        DatabaseModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [NetworkModule],
          inject: [NetworkService, ModuleRef],
          useFactory: (network: NetworkService, modules: ModuleRef) => ({
            path: '/graphql',
            autoSchemaFile: SCHEMA_FILE,
            sortSchema: true,
            context: ({ req }: { req: Request }) => ({ req }),
            formatError: formatGraphqlError,
            includeStacktraceInErrorResponses: false,
            // no GraphiQL from a CDN: GET /graphql shows a page with the schema and examples (main.ts)
            graphiql: false,
            introspection: config.graphqlIntrospection,
            parseOptions: { maxTokens: config.graphqlMaxTokens },
            validationRules: [queryShapeRule(config.graphqlMaxDepth, config.graphqlMaxFields)],
            // keep 401/403 (and 400 for bad input) as HTTP statuses
            preserveHttpStatusForExecutionErrors: false,
            plugins: [
              // no cache-control hints are used: without this, Apollo wraps every field's resolver
              // to collect them (at a 10,000-node slice, 300,000 calls per answer)
              ApolloServerPluginCacheControlDisabled(),
              // the role first: nothing below looks at the input of a caller who may not send it
              accessPlugin<AuthedRequest>(
                (request, needed, action) => modules.get(AuthService, { strict: false }).check(request, needed, action),
                config.readsRequireToken,
              ),
              costLimitPlugin(config.graphqlMaxCost, config.graphqlAnalyticsCost),
              importProblemsPlugin((input) => network.findProblems(input)),
            ],
          }),
        }),
        NetworkModule,
        CredentialsModule,
        ...appModules(config),
      ],
      controllers: [HealthController],
      providers: [
        AuthService,
        AuthResolver,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: HttpErrorFilter },
        { provide: APP_PIPE, useClass: InputHygienePipe },
      ],
      exports: [AuthService],
    };
  }
}
