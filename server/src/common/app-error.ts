import type { InputProblem } from '../domain/network.types.js';

export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'TOO_LARGE',
  'DATABASE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * A user-facing error: a code, a message that says what was wrong, and, for bad input, every
 * problem with its field path (`amplifications[12].toInitiativeId`) or file location.
 */
export class AppError extends Error {
  /** Read by graphql-js when it wraps this error, so the code and problems reach the client. */
  get extensions(): Record<string, unknown> {
    const status = httpStatusOf(this.code);
    return {
      code: this.code,
      ...(this.problems.length > 0 ? { problems: this.problems } : {}),
      ...(status === 401 || status === 403 ? { http: { status } } : {}),
    };
  }

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly problems: InputProblem[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }

  static badInput(problems: InputProblem[], what = 'input'): AppError {
    const shown = problems.slice(0, 20).map((p) => `${p.path}: ${p.message}`);
    const more = problems.length > shown.length ? `; and ${problems.length - shown.length} more` : '';
    return new AppError(
      'BAD_USER_INPUT',
      `invalid ${what} (${problems.length} problem${problems.length === 1 ? '' : 's'}): ${shown.join('; ')}${more}`,
      problems,
    );
  }

  static notFound(kind: string, id: string): AppError {
    return new AppError('NOT_FOUND', `${kind} '${id}' does not exist`);
  }
}

/** HTTP status for an error code (exhaustive). */
export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case 'BAD_USER_INPUT':
      return 400;
    case 'UNAUTHENTICATED':
      return 401;
    case 'FORBIDDEN':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'CONFLICT':
      return 409;
    case 'TOO_LARGE':
      return 413;
    case 'DATABASE_UNAVAILABLE':
      return 503;
    case 'INTERNAL_SERVER_ERROR':
      return 500;
  }
}

/** Neo4j driver errors by their code (never by message text). */
export function fromNeo4jError(error: unknown): AppError | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return undefined;
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return new AppError('DATABASE_UNAVAILABLE', 'the database is not reachable; try again shortly');
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new AppError('CONFLICT', 'the change conflicts with existing data (a duplicate id)');
  }
  if (code === 'Neo.TransientError.General.MemoryPoolOutOfMemoryError') {
    return new AppError(
      'TOO_LARGE',
      "the change is too large for the database's transaction memory: import it in parts, or give Neo4j more heap (NEO4J_HEAP)",
    );
  }
  if (code.startsWith('Neo.TransientError.')) {
    return new AppError('DATABASE_UNAVAILABLE', 'the database was busy; try again');
  }
  return undefined;
}
