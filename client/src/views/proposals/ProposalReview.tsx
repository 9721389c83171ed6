import { Alert, Badge, Button, Group, Loader, Radio, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { bumpDataVersion } from '../../api/data-version';
import {
  AcceptProposalDocument,
  ProposalReviewDocument,
  RejectProposalDocument,
  type ProposalReviewQuery,
} from '../../api/generated/graphql';
import { request } from '../../api/request';
import { useQuery } from '../../api/useQuery';
import { humanize, useI18n, type MessageKey } from '../../i18n';
import { fieldLabel, keyLabel, valueText } from './proposal-view';

type Review = ProposalReviewQuery['proposal']['review'];

/** Fields that name the entity (its key, shown in the heading) rather than describe it. */
const KEY_FIELDS = new Set(['id', 'actorId', 'initiativeId', 'fromInitiativeId', 'toInitiativeId']);
type Change = Review['changes'][number];

function FieldName({ field }: { field: string }) {
  const { t } = useI18n();
  const f = fieldLabel(field);
  if (!f.characteristic) return <>{field}</>;
  return (
    <>
      {t(`edit.char.${f.characteristic}` as MessageKey)}: {f.part === 'score' ? t('up.score') : t('up.evidence')}
    </>
  );
}

/** One entity's change: a symbol and a word for what happens, then each field now and proposed, side by side. */
function ChangeBlock({ change, labels }: { change: Change; labels: ReadonlyMap<string, string> }) {
  const { t } = useI18n();
  return (
    <div className={`review-change review-${change.action.toLowerCase()}`} data-testid="review-change">
      <Group gap="xs" wrap="wrap">
        <Badge
          variant="outline"
          color={change.action === 'ADDED' ? 'teal' : change.action === 'REMOVED' ? 'red' : 'blue'}
        >
          {t(`pr.change.${change.action}` as MessageKey)}
        </Badge>
        <Text size="sm" c="dimmed">
          {humanize(change.kind)}
        </Text>
        <Text fw={600}>{keyLabel(change.key, labels)}</Text>
        {change.stale && (
          <Badge color="yellow" variant="light">
            ⚠ {t('pr.stale')}
          </Badge>
        )}
      </Group>
      {change.fields.some((f) => !KEY_FIELDS.has(f.field)) && (
        <Table.ScrollContainer minWidth={360}>
          <Table withTableBorder className="review-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('pr.field')}</Table.Th>
                <Table.Th>{t('pr.now')}</Table.Th>
                <Table.Th>{t('pr.proposed')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {change.fields
                .filter((f) => !KEY_FIELDS.has(f.field))
                .map((f) => (
                  <Table.Tr key={f.field}>
                    <Table.Td>
                      {f.stale ? '⚠ ' : ''}
                      <FieldName field={f.field} />
                    </Table.Td>
                    <Table.Td className="review-before">{valueText(f.current)}</Table.Td>
                    <Table.Td className="review-after">
                      {change.action === 'REMOVED' ? '—' : valueText(f.proposed)}
                    </Table.Td>
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </div>
  );
}

/** For each look-alike: create it new, or use one of the existing ones (the default is the first). */
function Duplicates({
  review,
  merges,
  setMerge,
}: {
  review: Review;
  merges: Map<string, string>;
  setMerge: (newId: string, existing: string) => void;
}) {
  const { t } = useI18n();
  if (review.duplicates.length === 0) return null;
  return (
    <Stack gap="xs" className="review-duplicates" data-testid="review-duplicates">
      <Title order={3} size="h5">
        {t('pr.duplicates')}
      </Title>
      {review.duplicates.map((d) => (
        <Radio.Group
          key={d.newId}
          label={t('pr.duplicateOf', { name: d.name })}
          value={merges.get(d.newId) ?? ''}
          onChange={(v) => setMerge(d.newId, v)}
        >
          <Stack gap={4} mt={4}>
            {d.candidates.map((c) => (
              <Radio key={c.id} value={c.id} label={t('pr.useExisting', { name: c.name, region: c.region ?? '—' })} />
            ))}
            <Radio value="" label={t('pr.createNew', { name: d.name })} />
          </Stack>
        </Radio.Group>
      ))}
    </Stack>
  );
}

type Proposal = ProposalReviewQuery['proposal'];

/** Whose proposal, for which initiative (its name now), when, and their note. */
function ReviewHeader({ proposal, labels }: { proposal: Proposal; labels: ReadonlyMap<string, string> }) {
  const { t } = useI18n();
  return (
    <div>
      <Title order={2} size="h4">
        {keyLabel(`initiative:${proposal.initiativeId}`, labels)}
      </Title>
      <Text size="sm">
        {t('pr.from', { name: proposal.contactName })}
        {proposal.contactEmail ? ` <${proposal.contactEmail}>` : ''} ·{' '}
        {t('pr.submitted', { date: String(proposal.submittedAt).slice(0, 16).replace('T', ' ') })}
      </Text>
      {proposal.message && (
        <Text size="sm" mt={4}>
          <b>{t('pr.message')}:</b> {proposal.message}
        </Text>
      )}
    </div>
  );
}

/** Accept, or reject with a note (required). */
function ReviewActions({
  busy,
  note,
  setNote,
  act,
}: {
  busy: boolean;
  note: string;
  setNote: (v: string) => void;
  act: (kind: 'accept' | 'reject') => Promise<void>;
}) {
  const { t } = useI18n();
  return (
    <Group align="flex-end" wrap="wrap">
      <Button color="teal" loading={busy} onClick={() => void act('accept')} data-testid="accept-proposal">
        {t('pr.accept')}
      </Button>
      <Textarea
        label={t('pr.rejectNote')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        autosize
        minRows={1}
        style={{ flex: '1 1 240px' }}
      />
      <Button
        color="red"
        variant="light"
        loading={busy}
        disabled={note.trim() === ''}
        onClick={() => void act('reject')}
        data-testid="reject-proposal"
      >
        {t('pr.reject')}
      </Button>
    </Group>
  );
}

/** A proposal's review: its changes against the state now, the look-alikes to merge, accept or reject with a note. */
export function ProposalReview({ id, onDone }: { id: string; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const state = useQuery(ProposalReviewDocument, { id });
  const [chosen, setChosen] = useState<Map<string, string>>(new Map());
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const proposal = state.data?.proposal;
  const labels = useMemo(() => new Map((proposal?.review.labels ?? []).map((l) => [l.key, l.name])), [proposal]);
  const merges = useMemo(() => {
    const out = new Map<string, string>();
    for (const d of proposal?.review.duplicates ?? [])
      out.set(d.newId, chosen.has(d.newId) ? chosen.get(d.newId)! : (d.candidates[0]?.id ?? ''));
    return out;
  }, [proposal, chosen]);
  if (!proposal) {
    return state.status === 'error' ? <Alert color="red">{state.message}</Alert> : <Loader />;
  }
  const review = proposal.review;
  async function act(kind: 'accept' | 'reject') {
    setBusy(true);
    setProblem(null);
    try {
      if (kind === 'accept') {
        const list = [...merges]
          .filter(([, existing]) => existing !== '')
          .map(([newId, existingId]) => ({ newId, existingId }));
        const r = await request(AcceptProposalDocument, { id, merges: list });
        const seq = r.acceptProposal.changeSeq;
        onDone(seq === null ? t('pr.acceptedNothing') : t('pr.accepted', { seq }));
      } else {
        await request(RejectProposalDocument, { id, note });
        onDone(t('pr.rejected'));
      }
      bumpDataVersion();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Stack gap="md" data-testid="proposal-review">
      <ReviewHeader proposal={proposal} labels={labels} />
      {review.stale && (
        <Alert color="yellow" title={`⚠ ${t('pr.stale')}`} data-testid="review-stale">
          {t('pr.staleHint')}
        </Alert>
      )}
      {review.initiativeDeleted && <Alert color="red">{t('pr.deleted')}</Alert>}
      {review.changes.length === 0 && <Text c="dimmed">{t('pr.noChanges')}</Text>}
      {review.changes.map((c) => (
        <ChangeBlock key={c.key} change={c} labels={labels} />
      ))}
      <Duplicates
        review={review}
        merges={merges}
        setMerge={(newId, existing) => setChosen((m) => new Map(m).set(newId, existing))}
      />
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      <ReviewActions busy={busy} note={note} setNote={setNote} act={act} />
    </Stack>
  );
}
