import type { InputProblem } from '../domain/network.types.js';

export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'TOO_LARGE',
  'DATABASE_UNAVAILABLE',
  'SERVICE_BUSY',
  'TOO_MANY_REQUESTS',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

let problemsMax = 1000;

/** How many problems one error lists (PROBLEMS_MAX); the rest are only counted. */
export function setProblemsMax(max: number): void {
  problemsMax = max;
}

/**
 * A user-facing error: a code, a message that says what was wrong, and, for bad input, the
 * problems with their field path (`amplifications[12].toInitiativeId`) or file location: the first
 * PROBLEMS_MAX of them, and `problemCount`, how many there were in all.
 */
export class AppError extends Error {
  /** Read by graphql-js when it wraps this error, so the code and problems reach the client. */
  get extensions(): Record<string, unknown> {
    const status = httpStatusOf(this.code);
    return {
      code: this.code,
      ...(this.problems.length > 0 ? { problems: this.problems } : {}),
      ...(this.problemCount > this.problems.length ? { problemCount: this.problemCount } : {}),
      ...(status === 401 || status === 403 ? { http: { status } } : {}),
    };
  }

  /** every problem found, also those not listed */
  readonly problemCount: number;
  readonly problems: InputProblem[];

  constructor(
    readonly code: ErrorCode,
    message: string,
    problems: InputProblem[] = [],
  ) {
    super(message);
    this.name = 'AppError';
    this.problemCount = problems.length;
    this.problems = problems.length > problemsMax ? problems.slice(0, problemsMax) : problems;
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

  /** The service is at its limit (the worker queue is full or a task waited too long): try again. */
  static busy(message: string): AppError {
    return new AppError('SERVICE_BUSY', message);
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
    case 'TOO_MANY_REQUESTS':
      return 429;
    case 'DATABASE_UNAVAILABLE':
    case 'SERVICE_BUSY':
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
