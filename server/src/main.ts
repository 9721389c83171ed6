// first: NODE_ENV before graphql-js reads it (env-defaults.ts)
import './env-defaults.js';
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { NextFunction, Request, Response } from 'express';
import { AppModule, SCHEMA_FILE } from './app.module.js';
import { AuthService, roleAllows } from './auth/auth.service.js';
import { setProblemsMax } from './common/app-error.js';
import { jsonBodyByRole } from './common/http/body-limits.js';
import { graphqlPage } from './common/http/graphql-page.js';
import { securityHeaders } from './common/http/security-headers.js';
import { requestScope } from './common/request-scope.js';
import { ConfigError, loadConfig, REPO_ROOT, type AppConfig } from './config/app-config.js';
import { Warmer } from './database/warmer.js';
import { Logger } from './logging/logging.module.js';

/** Creates the HTTP application: GraphQL at /graphql, uploads/exports under /api, the client at /. */
export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  setProblemsMax(config.problemsMax);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
    // the JSON parser below decides its limit by the caller's role
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  app.use(requestScope);
  app.use(securityHeaders(config));
  // whole networks arrive as one importNetwork request, from an editor; others send queries
  const auth = app.get(AuthService);
  app.use(
    jsonBodyByRole(config, async (request) => {
      const principal = await auth.principalOf(request);
      return principal !== null && roleAllows(principal.role, 'editor');
    }),
  );
  app.use('/graphql', graphqlPage(SCHEMA_FILE));
  app.enableShutdownHooks();
  // the spreadsheet templates and their column guide, for the Data page's import section
  app.useStaticAssets(path.join(REPO_ROOT, 'templates'), { prefix: '/templates', index: false });
  if (existsSync(path.join(config.clientDist, 'index.html'))) {
    app.useStaticAssets(config.clientDist, { index: 'index.html' });
    // client-side routes fall back to the single page
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' || /^\/(graphql|api|health|templates)\b/.test(req.path)) return next();
      res.sendFile(path.join(config.clientDist, 'index.html'));
    });
  }
  return app;
}

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  // after a write, the dashboard's default answers and layouts are recomputed before anyone asks
  app.get(Warmer).start();
  app.get(Logger).log(`Small Wins Atlas: http://${config.host}:${config.port}/ (GraphQL at /graphql)`);
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
