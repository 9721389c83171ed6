import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Role } from '../config/app-config.js';
import type { CredentialRow } from '../modules/credentials/credentials.repository.js';
import { CredentialsService } from '../modules/credentials/credentials.service.js';
import { CreatedCredential, Credential, Me, RoleEnum } from '../modules/credentials/models/credential.model.js';
import { AuthService } from './auth.service.js';
import { CurrentPrincipal, writerName, type Principal } from './principal.js';
import { RequireRole } from './roles.decorator.js';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

function personal(row: CredentialRow): Credential {
  return {
    ...row,
    source: 'DATABASE',
    revocable: row.revokedAt === null,
    createdAt: iso(row.createdAt),
    lastUsedAt: iso(row.lastUsedAt),
    revokedAt: iso(row.revokedAt),
  };
}

/** Who is signed in, and the admin's tokens: create (shown once), list, revoke. */
@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly credentials: CredentialsService,
  ) {}

  @Query(() => Me, { nullable: true, description: "Who this request's bearer token belongs to; null without a token." })
  me(@CurrentPrincipal() principal: Principal | null): Me | null {
    return principal;
  }

  @Query(() => [Credential], {
    name: 'credentials',
    description:
      'Every token that may call the API: the configured ones (API_TOKENS or the local token file) first, then the personal ones, oldest first. Needs the admin role.',
  })
  @RequireRole('admin')
  async credentialList(
    @Args('includeRevoked', { type: () => Boolean, defaultValue: false }) includeRevoked: boolean,
  ): Promise<Credential[]> {
    const configured = this.auth.configured.map((c, i) => ({
      id: `config:${i + 1}`,
      name: c.name,
      role: c.role,
      source: c.source,
      revocable: false,
      createdAt: null,
      createdBy: null,
      lastUsedAt: null,
      revokedAt: null,
      revokedBy: null,
    }));
    return [...configured, ...(await this.credentials.list(includeRevoked)).map(personal)];
  }

  @Mutation(() => CreatedCredential, {
    description:
      'Creates a personal token for a person (the name the change log records; unique among active tokens). The token is in the answer only. Needs the admin role.',
  })
  @RequireRole('admin')
  async createCredential(
    @Args('name', { type: () => String }) name: string,
    @Args('role', { type: () => RoleEnum }) role: Role,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<CreatedCredential> {
    const reserved = this.auth.configured.map((c) => c.name);
    const created = await this.credentials.create(name, role, writerName(principal), reserved);
    return { credential: personal(created.credential), token: created.token };
  }

  @Mutation(() => Credential, {
    description:
      'Revokes a personal token: every server process refuses it from the next request on. NOT_FOUND when absent. Needs the admin role.',
  })
  @RequireRole('admin')
  async revokeCredential(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<Credential> {
    return personal(await this.credentials.revoke(id, writerName(principal)));
  }
}
