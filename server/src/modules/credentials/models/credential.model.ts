import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Role as RoleValue } from '../../../config/app-config.js';
import type { CredentialSource as Source } from '../../../auth/principal.js';
import { DateTimeScalar } from '../../history/models/date-time.scalar.js';

/** The roles: GraphQL names VIEWER, EDITOR, ADMIN for the configuration's viewer, editor, admin. */
export const RoleEnum = { VIEWER: 'viewer', EDITOR: 'editor', ADMIN: 'admin' } as const;
registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'ADMIN ⊇ EDITOR ⊇ VIEWER: viewers read, editors also write and undo, admins also manage tokens',
});

export const CredentialSourceEnum = {
  ENVIRONMENT: 'ENVIRONMENT',
  LOCAL_FILE: 'LOCAL_FILE',
  DATABASE: 'DATABASE',
} as const;
registerEnumType(CredentialSourceEnum, {
  name: 'CredentialSource',
  description:
    'ENVIRONMENT: an API_TOKENS entry; LOCAL_FILE: the editor token npm start created (DATA_DIR/api-token); DATABASE: a personal token an admin created',
});

@ObjectType({ description: 'Who the request acts for: the name the change log records, and the role.' })
export class Me {
  @Field(() => String) name: string;
  @Field(() => RoleEnum) role: RoleValue;
  @Field(() => CredentialSourceEnum) source: Source;
  @Field(() => ID, { nullable: true, description: 'the personal token (source DATABASE), else null' })
  credentialId: string | null;
}

@ObjectType({
  description:
    'A token that may call the API: a personal one (stored hashed) or a configured one (API_TOKENS, local file).',
})
export class Credential {
  @Field(() => ID, { description: 'the personal token id; `config:<n>` for a configured one' }) id: string;
  @Field(() => String, { description: 'the person or purpose; what the change log records as who' }) name: string;
  @Field(() => RoleEnum) role: RoleValue;
  @Field(() => CredentialSourceEnum) source: Source;
  @Field(() => Boolean, { description: 'personal tokens can be revoked here; configured ones in their configuration' })
  revocable: boolean;
  @Field(() => DateTimeScalar, { nullable: true }) createdAt: string | null;
  @Field(() => String, { nullable: true }) createdBy: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'to the minute' }) lastUsedAt: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) revokedAt: string | null;
  @Field(() => String, { nullable: true }) revokedBy: string | null;
}

@ObjectType({ description: 'A new personal token: the token is shown this once and never again.' })
export class CreatedCredential {
  @Field(() => Credential) credential: Credential;
  @Field(() => String, { description: 'send as Authorization: Bearer <token>; store it now, it is not kept' })
  token: string;
}
