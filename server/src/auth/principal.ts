import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { Request } from 'express';
import type { Role } from '../config/app-config.js';

/** Where a token was configured: API_TOKENS, the local token file, or a personal token in Neo4j. */
export type CredentialSource = 'ENVIRONMENT' | 'LOCAL_FILE' | 'DATABASE';

/** Who a request acts for: the name the change log records, and the role. */
export interface Principal {
  name: string;
  role: Role;
  source: CredentialSource;
  /** the personal token's id (source DATABASE), else null */
  credentialId: string | null;
}

/** The request, with the principal the guard found (null: no token), looked up once per request. */
export type AuthedRequest = Request & { principal?: Principal | null; principalLookup?: Promise<Principal | null> };

export function requestOf(context: ExecutionContext): AuthedRequest {
  if (context.getType<GqlContextType>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: AuthedRequest }>().req;
  }
  return context.switchToHttp().getRequest<AuthedRequest>();
}

/**
 * The principal of the request (null without a token), as a resolver or controller argument; the
 * guard has identified it before any handler runs.
 */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal | null => requestOf(context).principal ?? null,
);

/** The name a write is recorded under; writes need a token, so a missing one is a programming error. */
export function writerName(principal: Principal | null): string {
  if (!principal) throw new Error('a write without a principal: the guard lets no write through without a token');
  return principal.name;
}
