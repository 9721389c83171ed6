import { Injectable } from '@nestjs/common';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { AppError } from '../../common/app-error.js';
import type { Role } from '../../config/app-config.js';
import { CredentialsRepository, type CredentialRow } from './credentials.repository.js';

/** Personal tokens start with this, so a leaked one is recognisable (e.g. by secret scanners). */
export const TOKEN_PREFIX = 'swa_';
const MAX_NAME = 100;
/** lastUsedAt is written at most this often per token */
const TOUCH_EVERY_MS = 60_000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * Named personal tokens: an admin creates one for a person (the token is shown once; only its
 * SHA-256 hash is stored: a token is 32 random bytes, so a fast hash suffices), lists them, and
 * revokes them. Every request with a personal token looks it up by hash in Neo4j, so a revoke
 * takes effect in every server process at once.
 */
@Injectable()
export class CredentialsService {
  constructor(private readonly repository: CredentialsRepository) {}

  async create(
    name: string,
    role: Role,
    createdBy: string,
    reservedNames: readonly string[] = [],
  ): Promise<{ credential: CredentialRow; token: string }> {
    const trimmed = name.trim();
    if (trimmed === '' || trimmed.length > MAX_NAME) {
      throw AppError.badInput(
        [{ path: 'name', message: `a name of 1 to ${MAX_NAME} characters is required` }],
        'token',
      );
    }
    if (reservedNames.includes(trimmed) || (await this.repository.nameTaken(trimmed))) {
      throw new AppError(
        'CONFLICT',
        `a token named '${trimmed}' exists: names say who changed what, so they are unique`,
      );
    }
    const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
    const credential = await this.repository.create({
      id: randomUUID(),
      name: trimmed,
      role,
      hash: hashToken(token),
      createdBy,
    });
    return { credential, token };
  }

  /** The unrevoked personal token's id, name and role, or null; records when it was last used. */
  async verify(token: string): Promise<{ id: string; name: string; role: Role } | null> {
    if (!token.startsWith(TOKEN_PREFIX)) return null;
    const found = await this.repository.findByHash(hashToken(token));
    if (!found) return null;
    if (found.lastUsedAt === null || Date.now() - found.lastUsedAt > TOUCH_EVERY_MS) {
      await this.repository.touch(found.id);
    }
    return { id: found.id, name: found.name, role: found.role };
  }

  list(includeRevoked: boolean): Promise<CredentialRow[]> {
    return this.repository.list(includeRevoked);
  }

  async revoke(id: string, revokedBy: string): Promise<CredentialRow> {
    const revoked = await this.repository.revoke(id, revokedBy);
    if (!revoked) throw AppError.notFound('token', id);
    return revoked;
  }
}
