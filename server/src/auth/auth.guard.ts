import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { PUBLIC_KEY } from '../common/public.decorator.js';
import { APP_CONFIG, type AppConfig, type Role } from '../config/app-config.js';
import { AuthService } from './auth.service.js';
import { requestOf } from './principal.js';
import { ROLE_KEY } from './roles.decorator.js';

/**
 * One guard for GraphQL and HTTP: it identifies the bearer token's principal (once per request,
 * kept on the request for `@CurrentPrincipal()`), then checks the role: writes say
 * `@RequireRole('editor')`; everything else needs the viewer role only when READS_REQUIRE_TOKEN=true.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC_KEY, [context.getHandler(), context.getClass()])) {
      return true;
    }
    const declared = this.reflector.getAllAndOverride<Role | undefined>(ROLE_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const needed: Role | undefined = declared ?? (this.config.readsRequireToken ? 'viewer' : undefined);
    const request = requestOf(context);
    const action =
      context.getType<GqlContextType>() === 'graphql'
        ? GqlExecutionContext.create(context).getInfo<{ fieldName: string }>().fieldName
        : `${request.method} ${request.path}`;
    request.principal = await this.auth.check(request, needed, action);
    return true;
  }
}
