import { Alert, Autocomplete, Button, Code, CopyButton, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import {
  CreateUpdateLinkDocument,
  EditSearchNodesDocument,
  RevokeUpdateLinkDocument,
  UpdateLinksDocument,
} from '../../api/generated/graphql';
import { bumpDataVersion } from '../../api/data-version';
import { request } from '../../api/request';
import { useQuery } from '../../api/useQuery';
import { useI18n } from '../../i18n';

const day = (v: unknown) => String(v).slice(0, 10);

/** The links of one initiative: who made them, until when, last use; revoke. */
function LinkList({ initiativeId }: { initiativeId: string }) {
  const { t } = useI18n();
  const links = useQuery(UpdateLinksDocument, { initiativeId });
  const list = links.data?.updateLinks ?? [];
  return (
    <Stack gap={4} data-testid="link-list">
      <Text fw={600}>{t('pr.linkList')}</Text>
      {list.length === 0 && <Text c="dimmed">{t('pr.linkNone')}</Text>}
      {list.map((l) => (
        <Group key={l.id} gap="xs" wrap="wrap" className="link-row">
          <Text size="sm">{t('pr.linkCreatedBy', { name: l.createdBy, date: day(l.createdAt) })}</Text>
          <Text size="sm">
            ·{' '}
            {l.revokedAt
              ? t('pr.linkRevoked', { date: day(l.revokedAt) })
              : l.active
                ? t('pr.linkExpires', { date: day(l.expiresAt) })
                : t('pr.linkExpired')}
          </Text>
          <Text size="sm">
            · {l.lastUsedAt ? t('pr.linkLastUsed', { date: day(l.lastUsedAt) }) : t('pr.linkNeverUsed')}
          </Text>
          {l.active && (
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              onClick={() => void request(RevokeUpdateLinkDocument, { id: l.id }).then(bumpDataVersion)}
            >
              {t('pr.linkRevoke')}
            </Button>
          )}
        </Group>
      ))}
    </Stack>
  );
}

/** The new link, shown this once, with a copy button. */
function CreatedLink({ url }: { url: string }) {
  const { t } = useI18n();
  return (
    <Alert color="blue" title={t('pr.linkCreated')} data-testid="created-link">
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Code block className="link-url">
          {url}
        </Code>
        <CopyButton value={url}>
          {({ copied, copy }) => (
            <Button size="compact-sm" variant="light" onClick={copy}>
              {copied ? t('pr.linkCopied') : t('pr.linkCopy')}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Alert>
  );
}

/** Create an update link for an initiative (found by name); the URL is shown once, with its list of links. */
export function LinksPanel() {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [days, setDays] = useState<number>(30);
  const [created, setCreated] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const found = useQuery(EditSearchNodesDocument, { search, first: 10 }, search.trim().length < 2);
  const options = (found.data?.initiatives.edges ?? []).map((e) => ({
    value: e.node.id,
    label: `${e.node.name} (${e.node.region ?? '—'})`,
  }));
  // the picked initiative holds while the field shows its label (Mantine writes the label after the pick)
  const [picked, setPicked] = useState<{ id: string; label: string } | null>(null);
  const initiativeId = picked && picked.label === search ? picked.id : null;
  async function create() {
    if (!initiativeId) return;
    setProblem(null);
    try {
      const r = await request(CreateUpdateLinkDocument, { initiativeId, expiresInDays: days });
      setCreated(`${window.location.origin}/update#${r.createUpdateLink.token}`);
      bumpDataVersion();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  }
  return (
    <section className="links-panel" aria-labelledby="links-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="links-title">
          {t('pr.links')}
        </Title>
        <Text size="sm">{t('pr.linksIntro')}</Text>
        <Group align="flex-end" wrap="wrap">
          <Autocomplete
            label={t('pr.linkInitiative')}
            placeholder={t('pr.linkSearch')}
            data={options}
            value={search}
            onChange={(v) => {
              setSearch(v);
              if (v !== picked?.label) setCreated(null);
            }}
            onOptionSubmit={(id) => {
              const label = options.find((o) => o.value === id)?.label ?? id;
              setPicked({ id, label });
              setSearch(label);
            }}
            style={{ flex: '1 1 260px' }}
            data-testid="link-initiative"
          />
          <NumberInput
            label={t('pr.linkDays')}
            value={days}
            min={1}
            max={365}
            onChange={(v) => setDays(typeof v === 'number' ? v : 30)}
            w={130}
          />
          <Button disabled={!initiativeId} onClick={() => void create()} data-testid="create-link">
            {t('pr.linkCreate')}
          </Button>
        </Group>
        {problem && <Alert color="red">{problem}</Alert>}
        {created && <CreatedLink url={created} />}
        {initiativeId && <LinkList initiativeId={initiativeId} />}
      </Stack>
    </section>
  );
}
