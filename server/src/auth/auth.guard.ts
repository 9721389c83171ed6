import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { Request } from 'express';
import { PUBLIC_KEY } from '../common/public.decorator.js';
import { APP_CONFIG, type AppConfig, type Role } from '../config/app-config.js';
import { AuthService } from './auth.service.js';
import { ROLE_KEY } from './roles.decorator.js';

/**
 * One guard for GraphQL and HTTP: writes say `@RequireRole('editor')`; everything else needs
 * the viewer role only when READS_REQUIRE_TOKEN=true.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC_KEY, [context.getHandler(), context.getClass()])) {
      return true;
    }
    const declared = this.reflector.getAllAndOverride<Role | undefined>(ROLE_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const needed: Role | undefined = declared ?? (this.config.readsRequireToken ? 'viewer' : undefined);
    let request: Request;
    let action: string;
    if (context.getType<GqlContextType>() === 'graphql') {
      const gql = GqlExecutionContext.create(context);
      request = gql.getContext<{ req: Request }>().req;
      action = `${gql.getInfo<{ fieldName: string }>().fieldName}`;
    } else {
      request = context.switchToHttp().getRequest<Request>();
      action = `${request.method} ${request.path}`;
    }
    this.auth.check(request.headers.authorization, needed, action);
    return true;
  }
}
