import { Alert, Badge, Loader, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { PendingProposalsDocument } from '../../api/generated/graphql';
import { useQuery } from '../../api/useQuery';
import { useHasToken } from '../../auth/hooks';
import { Shell } from '../../components/Shell';
import { useI18n } from '../../i18n';
import { LinksPanel } from './LinksPanel';
import { ProposalReview } from './ProposalReview';
import './proposals.css';

/** The pending proposals, newest first; the one picked is in the URL (`?id=`). */
function PendingList({ selected, onSelect }: { selected: string | null; onSelect: (id: string) => void }) {
  const { t } = useI18n();
  const state = useQuery(PendingProposalsDocument, {});
  if (!state.data) {
    return state.status === 'error' ? (
      <Alert color="red" title={t('pr.error')}>
        {state.message}
      </Alert>
    ) : (
      <Loader aria-label={t('pr.loading')} />
    );
  }
  const list = state.data.proposals;
  if (list.length === 0) return <Text c="dimmed">{t('pr.empty')}</Text>;
  return (
    <nav aria-label={t('pr.pending')}>
      <Stack gap={4} component="ul" className="proposal-list">
        {list.map((p) => (
          <li key={p.id}>
            <UnstyledButton
              className={p.id === selected ? 'proposal-item active' : 'proposal-item'}
              onClick={() => onSelect(p.id)}
              aria-current={p.id === selected ? 'true' : undefined}
              data-testid="proposal-item"
            >
              <Text fw={600}>{p.contactName}</Text>
              <Text size="xs" c="dimmed">
                {p.initiativeId} · {String(p.submittedAt).slice(0, 16).replace('T', ' ')}
              </Text>
            </UnstyledButton>
          </li>
        ))}
      </Stack>
    </nav>
  );
}

/** Proposals made through update links, for editors: review (before and after), accept or reject; and the links. */
export function ProposalsPage() {
  const { t } = useI18n();
  const signedIn = useHasToken();
  const [params, setParams] = useSearchParams();
  const selected = params.get('id');
  const [done, setDone] = useState<string | null>(null);
  const select = (id: string | null) => {
    setDone(null);
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (id) next.set('id', id);
      else next.delete('id');
      return next;
    });
  };
  return (
    <Shell>
      <div className="proposals-page">
        <Title order={1} size="h3">
          {t('pr.title')}
        </Title>
        <Text size="sm">{t('pr.intro')}</Text>
        {!signedIn ? (
          <Alert color="blue">{t('pr.signIn')}</Alert>
        ) : (
          <>
            {done && (
              <Alert color="teal" role="status" data-testid="review-done" withCloseButton onClose={() => setDone(null)}>
                {done}
              </Alert>
            )}
            <div className="proposals-layout">
              <div className="proposals-list">
                <Badge variant="light">{t('pr.pending')}</Badge>
                <PendingList selected={selected} onSelect={select} />
              </div>
              <div className="proposals-review">
                {selected ? (
                  <ProposalReview
                    key={selected}
                    id={selected}
                    onDone={(message) => {
                      select(null);
                      setDone(message);
                    }}
                  />
                ) : (
                  <Text c="dimmed">{t('pr.pick')}</Text>
                )}
              </div>
            </div>
            <LinksPanel />
          </>
        )}
      </div>
    </Shell>
  );
}
