import {
  Alert,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  Loader,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import {
  CreateCredentialDocument,
  CredentialsDocument,
  RevokeCredentialDocument,
  type CredentialsQuery,
  type Role,
} from '../../api/generated/graphql';
import { request } from '../../api/request';
import { loadInto, type QueryState } from '../../api/useQuery';
import { useMe } from '../../auth/me';
import { useDialogKeys } from '../../components/dialog-keys';
import { Shell } from '../../components/Shell';
import { formatInstant } from '../../history/change-format';
import { useI18n, type MessageKey } from '../../i18n';
import './admin.css';

type Credential = CredentialsQuery['credentials'][number];
const ROLES: Role[] = ['VIEWER', 'EDITOR', 'ADMIN'];

/** The token list, loaded again after each create and revoke (`reload`). */
function useCredentials(enabled: boolean) {
  const [state, setState] = useState<QueryState<CredentialsQuery>>({ status: 'loading' });
  const [nonce, setNonce] = useState(0);
  useEffect(() => {
    if (!enabled) return;
    return loadInto(setState, (signal) => request(CredentialsDocument, {}, signal));
  }, [enabled, nonce]);
  return { state, reload: () => setNonce((n) => n + 1) };
}

/** Create a personal token: a name and a role; the token is shown once, with a copy button and a warning. */
function CreateToken({ onCreated }: { onCreated: () => void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('EDITOR');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const data = await request(CreateCredentialDocument, { name: name.trim(), role });
      setCreated({ name: data.createCredential.credential.name, token: data.createCredential.token });
      setName('');
      onCreated();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <section className="admin-card" data-testid="create-token">
      <Title order={2} size="h5" mb="xs">
        {t('adm.create')}
      </Title>
      <form onSubmit={(e) => void submit(e)}>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={t('adm.name')}
            description={t('adm.nameHint')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
            error={error}
            w={260}
          />
          <Select
            label={t('adm.role')}
            data={ROLES.map((r) => ({ value: r, label: t(`hist.role.${r}` as MessageKey) }))}
            value={role}
            onChange={(v) => v && setRole(ROLES.find((r) => r === v) ?? role)}
            allowDeselect={false}
            w={140}
          />
          <Button type="submit" loading={busy} disabled={!name.trim()}>
            {t('adm.createButton')}
          </Button>
        </Group>
      </form>
      {created && (
        <Alert color="yellow" mt="sm" title={t('adm.onceTitle', { name: created.name })} data-testid="new-token">
          <Stack gap="xs">
            <Text size="sm">{t('adm.once')}</Text>
            <Group gap="xs" wrap="nowrap">
              <Code className="token-code" data-testid="new-token-value">
                {created.token}
              </Code>
              <CopyButton value={created.token}>
                {({ copied, copy }) => (
                  <Button size="compact-sm" variant="light" onClick={copy} style={{ flex: 'none' }}>
                    {copied ? t('adm.copied') : t('adm.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
            <Button size="compact-sm" variant="subtle" onClick={() => setCreated(null)} w="fit-content">
              {t('adm.stored')}
            </Button>
          </Stack>
        </Alert>
      )}
    </section>
  );
}

/** Revoke after a confirmation naming the token; what the API said when it refuses. */
function RevokeButton({ c, onRevoked }: { c: Credential; onRevoked: () => void }) {
  const { t } = useI18n();
  const [opened, setOpened] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useDialogKeys(opened);
  async function revoke() {
    setBusy(true);
    setError(null);
    try {
      await request(RevokeCredentialDocument, { id: c.id });
      setOpened(false);
      onRevoked();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <Button size="compact-xs" color="red" variant="light" onClick={() => setOpened(true)} data-testid="revoke">
        {t('adm.revoke')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('adm.revokeTitle', { name: c.name })}>
        <Stack gap="sm">
          <Text size="sm">{t('adm.revokeQuestion', { name: c.name })}</Text>
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setOpened(false)}>
              {t('edit.cancel')}
            </Button>
            <Button color="red" loading={busy} onClick={() => void revoke()}>
              {t('adm.revokeConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

/** Every token: name, role, source, created, last used, and revoke for a personal one. */
function TokenTable({ list, onRevoked }: { list: Credential[]; onRevoked: () => void }) {
  const { t, lang } = useI18n();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped withTableBorder fz="sm" data-testid="token-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('adm.name')}</Table.Th>
            <Table.Th>{t('adm.role')}</Table.Th>
            <Table.Th>{t('adm.source')}</Table.Th>
            <Table.Th>{t('adm.created')}</Table.Th>
            <Table.Th>{t('adm.lastUsed')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.map((c) => (
            <Table.Tr key={c.id} data-token={c.name} data-revoked={c.revokedAt ? 1 : 0}>
              <Table.Td>{c.name}</Table.Td>
              <Table.Td>{t(`hist.role.${c.role}` as MessageKey)}</Table.Td>
              <Table.Td>{t(`adm.source.${c.source}` as MessageKey)}</Table.Td>
              <Table.Td>
                {c.createdAt ? formatInstant(c.createdAt, lang) : '—'}
                {c.createdBy && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    {t('adm.by', { name: c.createdBy })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{c.lastUsedAt ? formatInstant(c.lastUsedAt, lang) : t('adm.never')}</Table.Td>
              <Table.Td>
                {c.revokedAt ? (
                  <Badge color="gray" variant="outline" tt="none">
                    {t('adm.revoked', { date: formatInstant(c.revokedAt, lang) })}
                  </Badge>
                ) : c.revocable ? (
                  <RevokeButton c={c} onRevoked={onRevoked} />
                ) : (
                  <Text size="xs" c="dimmed">
                    {t('adm.configured')}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The admin page (`/admin/tokens`): the tokens that may call the API; create (shown once) and revoke. */
export function TokensPage() {
  const { t } = useI18n();
  const me = useMe();
  const admin = me?.role === 'ADMIN';
  const { state, reload } = useCredentials(admin);
  return (
    <Shell>
      <div className="admin" data-testid="admin-tokens">
        <Title order={1} size="h3">
          {t('adm.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('adm.intro')}
        </Text>
        {me === undefined && <Loader size="xs" />}
        {me !== undefined && !admin && (
          <Alert color="yellow" role="status" data-testid="not-admin">
            {t('adm.notAdmin')}
          </Alert>
        )}
        {admin && (
          <>
            <CreateToken onCreated={reload} />
            {state.status === 'error' && (
              <Alert color="red" role="alert">
                {state.message}
              </Alert>
            )}
            {state.status === 'loading' && !state.data && <Loader size="xs" />}
            {state.data && <TokenTable list={state.data.credentials} onRevoked={reload} />}
          </>
        )}
      </div>
    </Shell>
  );
}
