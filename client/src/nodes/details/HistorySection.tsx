import { Alert, Anchor, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { NodeHistoryDocument, type NodeHistoryQuery } from '../../api/generated/graphql';
import { useQuery } from '../../api/useQuery';
import { fieldValue, formatInstant, operationWords } from '../../history/change-format';
import { undoChange } from '../../history/undo';
import { useI18n, type MessageKey } from '../../i18n';
import { Section } from './Section';

type ChangeSetRow = NodeHistoryQuery['changes']['edges'][number]['node'];
type Entry = ChangeSetRow['entries']['items'][number];

/** Change sets shown at first, and added by each "More". */
const PAGE = 5;
/** Fields shown per entry (a created initiative lists all of its fields). */
const MAX_FIELDS = 8;

/** One entity of a change set: what happened to it, and its fields before → after. */
function EntryLines({ entry }: { entry: Entry }) {
  const { t } = useI18n();
  const fields = entry.fields.slice(0, MAX_FIELDS);
  return (
    <div className="history-entry">
      <Text size="xs">
        <span className={`change-mark change-${entry.action.toLowerCase()}`} aria-hidden>
          {entry.action === 'CREATED' ? '+' : entry.action === 'DELETED' ? '−' : '~'}
        </span>{' '}
        {t(`hist.action.${entry.action}` as MessageKey)}: {entry.label}
      </Text>
      {entry.action === 'UPDATED' && fields.length > 0 && (
        <ul className="history-fields">
          {fields.map((f) => (
            <li key={f.field}>
              <Text span size="xs" fw={600}>
                {f.field}
              </Text>{' '}
              <Text span size="xs">
                {fieldValue(f.before)} → {fieldValue(f.after)}
              </Text>
            </li>
          ))}
          {entry.fields.length > MAX_FIELDS && (
            <li>
              <Text span size="xs" c="dimmed">
                {t('hist.moreFields', { n: entry.fields.length - MAX_FIELDS })}
              </Text>
            </li>
          )}
        </ul>
      )}
    </div>
  );
}

/** One change set: #seq, when, who, the operation, its entries for this node, and Undo for an editor. */
function ChangeSetItem({ c, editor }: { c: ChangeSetRow; editor: boolean }) {
  const { t, lang } = useI18n();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <li className="history-item" data-testid="history-item" data-seq={c.seq}>
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap={4}>
        <div style={{ minWidth: 0 }}>
          <Text size="xs" fw={600}>
            #{c.seq} · {operationWords(c.operation, t)}
          </Text>
          <Text size="xs" c="dimmed">
            {formatInstant(c.at, lang)} · {c.who}
          </Text>
        </div>
        {editor && c.undoneBy == null && (
          <Button
            size="compact-xs"
            variant="light"
            loading={busy}
            style={{ flex: 'none' }}
            data-testid="history-undo"
            onClick={() => {
              setBusy(true);
              setProblem(null);
              void undoChange(c.seq, t).then((p) => {
                setBusy(false);
                setProblem(p);
              });
            }}
          >
            {t('hist.undo')}
          </Button>
        )}
      </Group>
      {c.undoneBy != null && (
        <Text size="xs" c="dimmed" fs="italic">
          {t('hist.undoneBy', { seq: c.undoneBy })}
        </Text>
      )}
      {c.undoes != null && (
        <Text size="xs" c="dimmed" fs="italic">
          {t('hist.undoes', { seq: c.undoes })}
        </Text>
      )}
      {c.entries.items.map((e) => (
        <EntryLines key={e.key} entry={e} />
      ))}
      {c.entries.totalCount > c.entries.items.length && (
        <Text size="xs" c="dimmed">
          {t('hist.moreEntries', { n: c.entries.totalCount - c.entries.items.length })}
        </Text>
      )}
      {problem && (
        <Alert color="red" p="xs" mt={4} role="alert" data-testid="history-conflict">
          <Text size="xs">{problem}</Text>
        </Alert>
      )}
    </li>
  );
}

/**
 * The details' History: the change sets that touched this initiative or actor (or one of its
 * relations), newest first, with who, when, what changed (fields before → after), and Undo.
 */
export function HistorySection({ id, editor }: { id: string; editor: boolean }) {
  const { t } = useI18n();
  const [first, setFirst] = useState(PAGE);
  const q = useQuery(NodeHistoryDocument, { id, first });
  const edges = q.data?.changes.edges ?? [];
  return (
    <Section title={t('hist.title')} empty={q.status === 'ready' && edges.length === 0}>
      <Stack gap={6} data-testid="history">
        {q.status === 'error' && (
          <Alert color="red" role="alert" p="xs">
            <Text size="xs">
              {t('hist.error')}: {q.message}
            </Text>
          </Alert>
        )}
        {q.status === 'loading' && edges.length === 0 && (
          <Group gap={4} role="status">
            <Loader size="xs" />
            <Text size="xs">{t('hist.loading')}</Text>
          </Group>
        )}
        <ul className="history-list">
          {edges.map(({ node }) => (
            <ChangeSetItem key={node.seq} c={node} editor={editor} />
          ))}
        </ul>
        {q.data?.changes.pageInfo.hasNextPage && (
          <Anchor component="button" type="button" size="xs" onClick={() => setFirst((f) => f + PAGE)}>
            {t('hist.more')}
          </Anchor>
        )}
      </Stack>
    </Section>
  );
}
