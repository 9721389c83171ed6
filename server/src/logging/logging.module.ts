// The server's logs on pino: one JSON line per HTTP response (pino-http; /health left out, the
// Authorization header redacted) and Nest's own messages (`Logger` from @nestjs/common, through
// `app.useLogger(app.get(Logger))`). It stands in for nestjs-pino, whose releases for NestJS 12 all
// require Node 22 while the product runs on Node 20.19: this is the part of it the server used.
import {
  Global,
  Inject,
  Injectable,
  Module,
  RequestMethod,
  type DynamicModule,
  type LoggerService,
  type MiddlewareConsumer,
  type NestModule,
} from '@nestjs/common';
import { pino, type Logger as Pino } from 'pino';
import { pinoHttp } from 'pino-http';

const PINO = Symbol('pino');

type Level = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';

/** Nest's logger interface on pino; Nest passes the context (a class name) as the last argument. */
@Injectable()
export class Logger implements LoggerService {
  constructor(@Inject(PINO) private readonly pino: Pino) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]): void {
    const rest = [...params];
    const context = typeof rest.at(-1) === 'string' && rest.length > 0 ? (rest.pop() as string) : undefined;
    const fields: Record<string, unknown> = context === undefined ? {} : { context };
    // Logger.error(message, stack, context): the stack as a field of its own
    if (level === 'error' && typeof rest[0] === 'string') fields.stack = rest.shift();
    if (rest.length > 0) fields.params = rest;
    if (message instanceof Error) this.pino[level]({ ...fields, err: message }, message.message);
    else if (typeof message === 'object' && message !== null) this.pino[level]({ ...fields, ...message });
    else this.pino[level](fields, String(message));
  }
}

export interface LoggingOptions {
  /** pino's level: fatal, error, warn, info, debug, trace or silent */
  level: string;
}

@Global()
@Module({})
export class LoggingModule implements NestModule {
  static forRoot(options: LoggingOptions): DynamicModule {
    const logger = pino({ level: options.level, redact: ['req.headers.authorization'] });
    return {
      module: LoggingModule,
      providers: [{ provide: PINO, useValue: logger }, Logger],
      exports: [Logger],
    };
  }

  constructor(@Inject(PINO) private readonly pino: Pino) {}

  configure(consumer: MiddlewareConsumer): void {
    const requests = pinoHttp({ logger: this.pino, autoLogging: { ignore: (req) => req.url === '/health' } });
    // every route (path-to-regexp 8's wildcard, as Express 5 wants it)
    consumer.apply(requests).forRoutes({ path: '{/*splat}', method: RequestMethod.ALL });
  }
}
