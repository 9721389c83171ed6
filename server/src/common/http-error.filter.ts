import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { AppError, fromNeo4jError, httpStatusOf } from './app-error.js';

/** JSON errors for the HTTP endpoints (upload, export, health): code, message, problems. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const response = host.switchToHttp().getResponse<Response>();
    const error = exception instanceof AppError ? exception : fromNeo4jError(exception);
    if (error) {
      response.status(httpStatusOf(error.code)).json({
        code: error.code,
        message: error.message,
        problems: error.problems,
        ...(error.problemCount > error.problems.length ? { problemCount: error.problemCount } : {}),
      });
      return;
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code =
        status === 404
          ? 'NOT_FOUND'
          : status === 413
            ? 'TOO_LARGE'
            : status < 500
              ? 'BAD_USER_INPUT'
              : 'INTERNAL_SERVER_ERROR';
      response.status(status).json({ code, message: exception.message, problems: [] });
      return;
    }
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    response
      .status(500)
      .json({ code: 'INTERNAL_SERVER_ERROR', message: 'internal error; the server log has the details', problems: [] });
  }
}
