import { Injectable } from '@nestjs/common';
import { Neo4jService } from '../../database/neo4j.service.js';
import type { Role } from '../../config/app-config.js';

/** A personal token as stored (never its hash); times in epoch milliseconds. */
export interface CredentialRow {
  id: string;
  name: string;
  role: Role;
  createdAt: number | null;
  createdBy: string | null;
  lastUsedAt: number | null;
  revokedAt: number | null;
  revokedBy: string | null;
}

/**
 * Plain data access for personal tokens. They are not network data: writes go through
 * writeMetadata (no data version bump, no change set).
 */
@Injectable()
export class CredentialsRepository {
  constructor(private readonly db: Neo4jService) {}

  async create(params: {
    id: string;
    name: string;
    role: Role;
    hash: string;
    createdBy: string;
  }): Promise<CredentialRow> {
    const [row] = await this.db.writeMetadata((tx) =>
      this.db.run<{ credential: CredentialRow }>(tx, 'credentials/create-credential', params),
    );
    return row!.credential;
  }

  async findByHash(hash: string): Promise<{ id: string; name: string; role: Role; lastUsedAt: number | null } | null> {
    const [row] = await this.db.read<{ id: string; name: string; role: Role; lastUsedAt: number | null }>(
      'credentials/find-credential',
      { hash },
    );
    return row ?? null;
  }

  async nameTaken(name: string): Promise<boolean> {
    const [row] = await this.db.read<{ taken: boolean }>('credentials/find-active-name', { name });
    return row?.taken ?? false;
  }

  async list(includeRevoked: boolean): Promise<CredentialRow[]> {
    const rows = await this.db.read<{ credential: CredentialRow }>('credentials/list-credentials', { includeRevoked });
    return rows.map((r) => r.credential);
  }

  async revoke(id: string, revokedBy: string): Promise<CredentialRow | null> {
    const [row] = await this.db.writeMetadata((tx) =>
      this.db.run<{ credential: CredentialRow }>(tx, 'credentials/revoke-credential', { id, revokedBy }),
    );
    return row?.credential ?? null;
  }

  async touch(id: string): Promise<void> {
    await this.db.writeMetadata((tx) => this.db.run(tx, 'credentials/touch-credential', { id }));
  }
}
