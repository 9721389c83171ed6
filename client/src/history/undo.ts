// Undo of one change set, and the notice after an edit: the newest change set this user wrote,
// with an Undo button (history/UndoNotices.tsx shows the notices).
import { bumpDataVersion } from '../api/data-version';
import { ChangesDocument, UndoChangeDocument } from '../api/generated/graphql';
import { ApiError, request } from '../api/request';
import { fetchMe } from '../auth/me';
import type { Translate } from '../i18n';
import { conflictText } from './change-format';

export type Notice =
  | { id: number; kind: 'edited'; seq: number; summary: string }
  | { id: number; kind: 'undone'; seq: number; undone: number }
  | { id: number; kind: 'refused'; seq: number; text: string };

type Listener = (notices: readonly Notice[]) => void;
let notices: readonly Notice[] = [];
let nextId = 1;
const listeners = new Set<Listener>();
/** at most this many notices at once; the oldest go first */
const MAX_NOTICES = 3;

function publish(next: readonly Notice[]) {
  notices = next.slice(-MAX_NOTICES);
  for (const listener of listeners) listener(notices);
}

export function getNotices(): readonly Notice[] {
  return notices;
}

export function subscribeNotices(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function dismissNotice(id: number): void {
  publish(notices.filter((n) => n.id !== id));
}

type NewNotice = Notice extends infer N ? (N extends Notice ? Omit<N, 'id'> : never) : never;

/** Shows a notice (replacing one about the same change set). */
export function pushNotice(notice: NewNotice): void {
  publish([...notices.filter((n) => n.seq !== notice.seq), { ...notice, id: nextId++ }]);
}

const ENTITY_FIELDS = ['id', 'initiativeId', 'fromInitiativeId', 'actorId', 'fromActorId'] as const;

/**
 * The initiative or actor a write's variables name (`id`, `input.id`, `input.initiativeId`, …), so
 * the notice finds the change set of this write even when the same name writes elsewhere too.
 */
export function entityOfVariables(variables: unknown): string | undefined {
  if (typeof variables !== 'object' || variables === null) return undefined;
  const record = variables as Record<string, unknown>;
  const input =
    typeof record.input === 'object' && record.input !== null ? (record.input as Record<string, unknown>) : {};
  for (const source of [record, input])
    for (const field of ENTITY_FIELDS) {
      const value = source[field];
      if (typeof value === 'string' && value) return value;
    }
  return undefined;
}

/**
 * After a write from the dashboard: finds the change set it made (the newest one by this user, and
 * touching `entityId` when given: the mutations answer with the entity, not the change set) and
 * offers its undo in a notice. Says nothing when it cannot be found (the write stands).
 */
export async function announceLastChange(entityId?: string): Promise<void> {
  try {
    const me = await fetchMe();
    if (!me) return;
    const data = await request(ChangesDocument, { first: 1, by: me.name, entityId: entityId ?? null });
    const last = data.changes.edges[0]?.node;
    if (last) pushNotice({ kind: 'edited', seq: last.seq, summary: last.summary });
  } catch {
    // the notice is a convenience: the history in the drawer still offers the undo
  }
}

/**
 * Undoes one change set; the views load again. Resolves with null, or the refusal in words (a
 * CONFLICT names what changed later and by which change set).
 */
export async function undoChange(seq: number, t: Translate): Promise<string | null> {
  try {
    const data = await request(UndoChangeDocument, { seq });
    bumpDataVersion();
    pushNotice({ kind: 'undone', seq, undone: data.undoChange.seq });
    return null;
  } catch (error) {
    const text =
      error instanceof ApiError && error.code === 'CONFLICT'
        ? conflictText(seq, error.problems, error.message, t)
        : t('hist.undo.refused', { seq, reason: error instanceof Error ? error.message : String(error) });
    pushNotice({ kind: 'refused', seq, text });
    return text;
  }
}
