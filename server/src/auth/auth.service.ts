import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { APP_CONFIG, ROLES, type AppConfig, type Role } from '../config/app-config.js';
import { AppError } from '../common/app-error.js';
import { CredentialsService } from '../modules/credentials/credentials.service.js';
import type { AuthedRequest, CredentialSource, Principal } from './principal.js';

/** admin ⊇ editor ⊇ viewer */
export function roleAllows(held: Role, needed: Role): boolean {
  return ROLES.indexOf(held) >= ROLES.indexOf(needed);
}

/** The name the change log records for the token `npm start` creates when API_TOKENS is not set. */
export const LOCAL_TOKEN_NAME = 'local editor token';

interface ConfiguredToken {
  name: string;
  role: Role;
  source: CredentialSource;
  token: Buffer;
}

/**
 * Bearer tokens, their roles and their names. Configured ones come from API_TOKENS
 * (`role:token[:name]`, …); without it, an editor token is created once, stored in the data
 * folder (DATA_DIR/api-token) and reused on later starts. Personal tokens are stored hashed in
 * Neo4j (CredentialsService) and looked up on every request, so a revoked one stops working in
 * every process at once.
 */
@Injectable()
export class AuthService implements OnModuleInit {
  private readonly logger = new Logger(AuthService.name);
  private tokens: ConfiguredToken[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly credentials: CredentialsService,
  ) {}

  get tokenFile(): string {
    return path.join(this.config.dataDir, 'api-token');
  }

  /** The configured tokens' names and roles (never the tokens), for the admin's list. */
  get configured(): { name: string; role: Role; source: CredentialSource }[] {
    return this.tokens.map(({ name, role, source }) => ({ name, role, source }));
  }

  onModuleInit(): void {
    if (this.config.apiTokens.length > 0) {
      this.tokens = this.config.apiTokens.map((t) => ({
        name: t.name,
        role: t.role,
        source: 'ENVIRONMENT',
        token: Buffer.from(t.token),
      }));
      return;
    }
    let token: string;
    if (existsSync(this.tokenFile)) {
      token = readFileSync(this.tokenFile, 'utf8').trim();
    } else {
      mkdirSync(this.config.dataDir, { recursive: true });
      token = randomBytes(24).toString('base64url');
      writeFileSync(this.tokenFile, `${token}\n`, { mode: 0o600 });
      chmodSync(this.tokenFile, 0o600);
      this.logger.log(`created an editor token for writes; it is stored in ${this.tokenFile}`);
    }
    this.logger.log(`API_TOKENS is not set: the editor token is in ${this.tokenFile}`);
    this.tokens = [{ name: LOCAL_TOKEN_NAME, role: 'editor', source: 'LOCAL_FILE', token: Buffer.from(token) }];
  }

  /** The principal of an `Authorization` header value, null when absent; a bad or revoked token throws. */
  async identify(authorization: string | undefined): Promise<Principal | null> {
    if (!authorization) return null;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw new AppError('UNAUTHENTICATED', "the Authorization header must be 'Bearer <token>'");
    const given = Buffer.from(match[1]!);
    const found = this.tokens.find((t) => t.token.length === given.length && timingSafeEqual(t.token, given));
    if (found) return { name: found.name, role: found.role, source: found.source, credentialId: null };
    const personal = await this.credentials.verify(match[1]!);
    if (!personal) throw new AppError('UNAUTHENTICATED', 'the bearer token is not valid (unknown or revoked)');
    return { name: personal.name, role: personal.role, source: 'DATABASE', credentialId: personal.id };
  }

  /**
   * The principal of a request, looked up once per request (the JSON body limit, the GraphQL
   * access check and the guard all ask): a configured token at once, a personal one from Neo4j.
   */
  principalOf(request: AuthedRequest): Promise<Principal | null> {
    if (!request.principalLookup) {
      request.principalLookup = this.identify(request.headers.authorization);
      // a bad token is reported by whoever awaits it; never an unhandled rejection
      request.principalLookup.catch(() => undefined);
    }
    return request.principalLookup;
  }

  /** Throws UNAUTHENTICATED (no or bad token) or FORBIDDEN (role too low) unless the request may do `action`. */
  async check(request: AuthedRequest, needed: Role | undefined, action: string): Promise<Principal | null> {
    const principal = await this.principalOf(request);
    this.allow(principal, needed, action);
    return principal;
  }

  /** Throws UNAUTHENTICATED (no token) or FORBIDDEN (role too low) unless the principal may do `action`. */
  allow(principal: Principal | null, needed: Role | undefined, action: string): void {
    if (!needed) return;
    if (!principal) throw new AppError('UNAUTHENTICATED', `${action} needs a bearer token with the ${needed} role`);
    if (!roleAllows(principal.role, needed)) {
      throw new AppError('FORBIDDEN', `${action} needs the ${needed} role; this token has ${principal.role}`);
    }
  }
}
