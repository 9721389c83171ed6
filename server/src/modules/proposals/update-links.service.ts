import { Injectable } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { AppError } from '../../common/app-error.js';
import type { StateRow } from '../../domain/change.types.js';
import { hashToken } from '../credentials/credentials.service.js';
import { baseRows, ProposalsService } from './proposals.service.js';
import { ProposalsRepository, type NamedRow, type ProposalRow, type UpdateLinkRow } from './proposals.repository.js';
import { parseSubmission } from './utils/proposal-input.js';

/** Update link tokens start with this: recognisable, and never taken for a personal token (`swa_`). */
export const LINK_TOKEN_PREFIX = 'swu_';
export const LINK_DEFAULT_DAYS = 30;
export const LINK_MAX_DAYS = 365;
/** Proposals one link may submit per hour (counted in the database, so across server processes). */
export const PROPOSALS_PER_HOUR = 10;
/** lastUsedAt is written at most this often per link */
const TOUCH_EVERY_MS = 60_000;

/** What the contact's form shows: the initiative and its relations now, and the names of what they tie to. */
export interface UpdateFormData {
  initiativeId: string;
  expiresAt: string;
  initiative: StateRow;
  involvements: StateRow[];
  amplifications: StateRow[];
  outcomes: StateRow[];
  barriers: StateRow[];
  actors: NamedRow[];
  initiatives: NamedRow[];
}

/**
 * Update links: an editor creates one for an initiative (a random token shown once, stored as its
 * SHA-256 hash like a personal token), lists and revokes them. The token opens only that
 * initiative's form and submits proposals for it (UpdateController); every other route refuses
 * it, as it is no API token.
 */
@Injectable()
export class UpdateLinksService {
  constructor(
    private readonly repository: ProposalsRepository,
    private readonly proposals: ProposalsService,
  ) {}

  async create(initiativeId: string, days: number, createdBy: string): Promise<{ link: UpdateLinkRow; token: string }> {
    if (!Number.isInteger(days) || days < 1 || days > LINK_MAX_DAYS) {
      throw AppError.badInput(
        [{ path: 'expiresInDays', message: `must be a whole number of days from 1 to ${LINK_MAX_DAYS}` }],
        'arguments',
      );
    }
    if ((await this.proposals.snapshot(initiativeId)).length === 0) throw AppError.notFound('initiative', initiativeId);
    const token = `${LINK_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
    const link = await this.repository.createLink({
      id: randomUUID(),
      initiativeId,
      hash: hashToken(token),
      createdBy,
      days,
    });
    return { link, token };
  }

  list(initiativeId: string, includeRevoked: boolean): Promise<UpdateLinkRow[]> {
    return this.repository.listLinks(initiativeId, includeRevoked);
  }

  async revoke(id: string, revokedBy: string): Promise<UpdateLinkRow> {
    const revoked = await this.repository.revokeLink(id, revokedBy);
    if (!revoked) throw AppError.notFound('update link', id);
    return revoked;
  }

  /** The link of a token: UNAUTHENTICATED when it is no update link, unknown, revoked or expired. */
  async verify(token: string | null): Promise<UpdateLinkRow> {
    if (!token?.startsWith(LINK_TOKEN_PREFIX)) {
      throw new AppError(
        'UNAUTHENTICATED',
        'this page needs the token of an update link (Authorization: Bearer swu_…)',
      );
    }
    const link = await this.repository.findLink(hashToken(token));
    if (!link) throw new AppError('UNAUTHENTICATED', 'this update link is not known: ask the editor for a new one');
    if (link.revokedAt !== null) {
      throw new AppError(
        'UNAUTHENTICATED',
        `this update link was revoked on ${day(link.revokedAt)}: ask the editor for a new one`,
      );
    }
    if (link.expiresAt <= Date.now()) {
      throw new AppError(
        'UNAUTHENTICATED',
        `this update link expired on ${day(link.expiresAt)}: ask the editor for a new one`,
      );
    }
    if (link.lastUsedAt === null || Date.now() - link.lastUsedAt > TOUCH_EVERY_MS)
      await this.repository.touchLink(link.id);
    return link;
  }

  async formData(token: string | null): Promise<UpdateFormData> {
    const link = await this.verify(token);
    const snapshot = await this.proposals.snapshot(link.initiativeId);
    if (snapshot.length === 0) throw new AppError('NOT_FOUND', 'the initiative of this update link was deleted');
    const rows = (section: string) => snapshot.filter((e) => e.section === section).map((e) => e.row);
    const tied = await this.repository.tiedNames(link.initiativeId);
    return {
      initiativeId: link.initiativeId,
      expiresAt: new Date(link.expiresAt).toISOString(),
      initiative: rows('initiatives')[0]!,
      involvements: rows('involvements'),
      amplifications: rows('amplifications'),
      outcomes: rows('outcomes'),
      barriers: rows('barriers'),
      actors: tied.actors,
      initiatives: tied.initiatives,
    };
  }

  /** Stores a proposal for the link's initiative: BAD_USER_INPUT listing every problem, TOO_MANY_REQUESTS over the rate. */
  async submit(token: string | null, body: unknown): Promise<ProposalRow> {
    const link = await this.verify(token);
    const snapshot = await this.proposals.snapshot(link.initiativeId);
    if (snapshot.length === 0) throw new AppError('NOT_FOUND', 'the initiative of this update link was deleted');
    const tied = await this.repository.tiedNames(link.initiativeId);
    const { submission, problems } = parseSubmission(body, link.initiativeId, {
      actors: new Set(tied.actors.map((a) => a.id)),
      initiatives: new Set(tied.initiatives.map((i) => i.id)),
    });
    if (!submission) throw AppError.badInput(problems, 'proposal');
    const invalid = await this.proposals.problemsOf(submission.proposed);
    if (invalid.length > 0) throw AppError.badInput(invalid, 'proposal');
    const created = await this.repository.createProposal(
      {
        id: randomUUID(),
        linkId: link.id,
        initiativeId: link.initiativeId,
        contactName: submission.contactName,
        contactEmail: submission.contactEmail,
        message: submission.message,
        base: JSON.stringify(baseRows(snapshot)),
        proposed: JSON.stringify(submission.proposed),
      },
      { count: PROPOSALS_PER_HOUR, minutes: 60 },
    );
    if (!created) {
      throw new AppError(
        'TOO_MANY_REQUESTS',
        `this update link sent ${PROPOSALS_PER_HOUR} proposals in the last hour, the most it may: try again later`,
      );
    }
    return created;
  }
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
