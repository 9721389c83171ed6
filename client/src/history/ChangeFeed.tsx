import { Alert, Anchor, Button, Group, Loader, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { ChangesDocument, type ChangesQuery } from '../api/generated/graphql';
import { useQuery } from '../api/useQuery';
import { useI18n } from '../i18n';
import { explorerLink, type NodeRef } from '../routes/explorer-url';
import { formatInstant, operationWords } from './change-format';

type Row = ChangesQuery['changes']['edges'][number]['node'];

/** The initiative or actor a change set is about (its first entry's first node), to link to. */
export function changeTarget(c: Row): NodeRef | null {
  const id = c.entries.items[0]?.nodeIds[0];
  if (!id) return null;
  const [kind, ...rest] = id.split(':');
  if (kind !== 'initiative' && kind !== 'actor') return null;
  return { kind, id: rest.join(':') };
}

/** One change set in a line: #seq, when, who, what, and a link to the entity. */
export function ChangeLine({ c }: { c: Row }) {
  const { t, lang } = useI18n();
  const target = changeTarget(c);
  const deleted = c.operation.startsWith('DELETE_');
  return (
    <li className="history-item" data-testid="feed-item" data-seq={c.seq}>
      <Text size="sm">
        <Text span fw={600}>
          #{c.seq}
        </Text>{' '}
        {c.summary}
      </Text>
      <Text size="xs" c="dimmed">
        {formatInstant(c.at, lang)} · {c.who} · {operationWords(c.operation, t)}
        {c.undoneBy != null && ` · ${t('hist.undoneBy', { seq: c.undoneBy })}`}
        {target && !deleted && (
          <>
            {' · '}
            <Anchor component={Link} to={explorerLink({ selected: target })} size="xs">
              {t('hist.open')}
            </Anchor>
          </>
        )}
      </Text>
    </li>
  );
}

/**
 * The newest change sets (the Data page's activity feed; the overview's and the report's recent
 * changes with `since`/`until`), `page` at a time with "More".
 */
export function ChangeFeed({
  page = 10,
  since = null,
  until = null,
  more = true,
  testId = 'activity-feed',
}: {
  page?: number;
  since?: string | null;
  until?: string | null;
  more?: boolean;
  testId?: string;
}) {
  const { t } = useI18n();
  const [first, setFirst] = useState(page);
  const q = useQuery(ChangesDocument, { first, since, until });
  const edges = q.data?.changes.edges ?? [];
  return (
    <div data-testid={testId}>
      {q.status === 'error' && (
        <Alert color="red" role="alert">
          {t('hist.error')}: {q.message}
        </Alert>
      )}
      {q.status === 'loading' && edges.length === 0 && (
        <Group gap={4} role="status">
          <Loader size="xs" />
          <Text size="sm">{t('hist.loading')}</Text>
        </Group>
      )}
      {q.status === 'ready' && edges.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('hist.feedEmpty')}
        </Text>
      )}
      <ul className="history-list">
        {edges.map(({ node }) => (
          <ChangeLine key={node.seq} c={node} />
        ))}
      </ul>
      {more && q.data?.changes.pageInfo.hasNextPage && (
        <Button
          size="compact-sm"
          variant="subtle"
          mt="xs"
          loading={q.status === 'loading'}
          onClick={() => setFirst((f) => Math.min(500, f + page))}
          data-testid="feed-more"
        >
          {t('hist.more')}
        </Button>
      )}
    </div>
  );
}
