import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { APP_CONFIG, ROLES, type AppConfig, type Role } from '../config/app-config.js';
import { AppError } from '../common/app-error.js';

/** admin ⊇ editor ⊇ viewer */
export function roleAllows(held: Role, needed: Role): boolean {
  return ROLES.indexOf(held) >= ROLES.indexOf(needed);
}

/**
 * Bearer tokens and their roles. From API_TOKENS (`role:token,…`); without it, an editor token
 * is created once, stored in the data folder (DATA_DIR/api-token) and reused on later starts.
 */
@Injectable()
export class AuthService implements OnModuleInit {
  private readonly logger = new Logger(AuthService.name);
  private tokens: { role: Role; token: Buffer }[] = [];

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get tokenFile(): string {
    return path.join(this.config.dataDir, 'api-token');
  }

  onModuleInit(): void {
    if (this.config.apiTokens.length > 0) {
      this.tokens = this.config.apiTokens.map((t) => ({ role: t.role, token: Buffer.from(t.token) }));
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
    this.tokens = [{ role: 'editor', token: Buffer.from(token) }];
  }

  /** The role of an `Authorization` header value, undefined when absent; a bad token throws. */
  roleOf(authorization: string | undefined): Role | undefined {
    if (!authorization) return undefined;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw new AppError('UNAUTHENTICATED', "the Authorization header must be 'Bearer <token>'");
    const given = Buffer.from(match[1]!);
    const found = this.tokens.find((t) => t.token.length === given.length && timingSafeEqual(t.token, given));
    if (!found) throw new AppError('UNAUTHENTICATED', 'the bearer token is not valid');
    return found.role;
  }

  /** Throws UNAUTHENTICATED (no or bad token) or FORBIDDEN (role too low) unless allowed. */
  check(authorization: string | undefined, needed: Role | undefined, action: string): Role | undefined {
    const role = this.roleOf(authorization);
    if (!needed) return role;
    if (!role) throw new AppError('UNAUTHENTICATED', `${action} needs a bearer token with the ${needed} role`);
    if (!roleAllows(role, needed))
      throw new AppError('FORBIDDEN', `${action} needs the ${needed} role; this token has ${role}`);
    return role;
  }
}
