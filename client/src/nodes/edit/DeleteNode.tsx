import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { EditDeleteActorDocument, EditDeleteInitiativeDocument } from '../../api/generated/graphql';
import { ApiError, request } from '../../api/request';
import { humanize, useI18n, type MessageKey } from '../../i18n';
import { bumpDataVersion } from '../../api/data-version';
import { announceLastChange } from '../../history/undo';
import { RELATION_KEYS } from './edit-logic';
import { useDialogKeys } from '../../components/dialog-keys';

type Removed = { type: string; count: number }[];

/** What the server removed with the node: "n × relations" per type, in words where known. */
function DeleteResult({ name, removed, onClose }: { name: string; removed: Removed; onClose: () => void }) {
  const { t } = useI18n();
  const relationName = (key: string) => t(`edit.rel.${key}` as MessageKey);
  return (
    <Stack gap="sm" data-testid="delete-result">
      <Text size="sm">{t('edit.deleted', { name })}</Text>
      {removed.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('edit.deletedNoRelations')}
        </Text>
      ) : (
        <List size="sm">
          {removed.map((r) => (
            <List.Item key={r.type}>
              {r.count} × {RELATION_KEYS[r.type] ? relationName(RELATION_KEYS[r.type] ?? '') : humanize(r.type)}
            </List.Item>
          ))}
        </List>
      )}
      <Group justify="flex-end">
        <Button onClick={onClose} data-autofocus>
          {t('edit.ok')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The question before deleting: the relations that go with the node, that it cannot be undone, the buttons. */
function ConfirmDelete({
  kind,
  relations,
  busy,
  error,
  onCancel,
  onDelete,
}: {
  kind: 'initiative' | 'actor';
  relations: [string, number][];
  busy: boolean;
  error: string | null;
  onCancel: () => void;
  onDelete: () => void;
}) {
  const { t } = useI18n();
  return (
    <Stack gap="sm" data-testid="delete-confirm">
      <Text size="sm">{relations.length === 0 ? t('edit.deleteNoRelations') : t('edit.deleteWith')}</Text>
      {relations.length > 0 && (
        <List size="sm">
          {relations.map(([key, n]) => (
            <List.Item key={key}>
              {n} × {t(`edit.rel.${key}` as MessageKey)}
            </List.Item>
          ))}
        </List>
      )}
      <Text size="sm" fw={600}>
        {t('edit.cannotUndo')}
      </Text>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onCancel} data-autofocus>
          {t('edit.cancel')}
        </Button>
        <Button color="red" loading={busy} onClick={onDelete}>
          {t(kind === 'initiative' ? 'edit.deleteInitiative' : 'edit.deleteActor')}
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * Deletes the open initiative or actor after a confirmation that names the relations going with
 * it; afterwards it lists what the server removed, and closes the details.
 */
export function DeleteNode({
  kind,
  id,
  name,
  relations,
  onDeleted,
}: {
  kind: 'initiative' | 'actor';
  id: string;
  name: string;
  /** [relation key, count] from the details, non-zero only */
  relations: [string, number][];
  onDeleted: () => void;
}) {
  const { t } = useI18n();
  const [opened, setOpened] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [removed, setRemoved] = useState<Removed | null>(null);
  useDialogKeys(opened);

  async function remove() {
    setBusy(true);
    setError(null);
    try {
      const result =
        kind === 'initiative'
          ? (await request(EditDeleteInitiativeDocument, { id })).deleteInitiative
          : (await request(EditDeleteActorDocument, { id })).deleteActor;
      setRemoved(result.removedRelations);
      void announceLastChange(id);
    } catch (e) {
      setError(e instanceof ApiError || e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  function close() {
    setOpened(false);
    if (removed) {
      setRemoved(null);
      bumpDataVersion();
      onDeleted();
    }
  }

  return (
    <>
      <Button size="xs" variant="light" color="red" onClick={() => setOpened(true)} data-testid="delete-node">
        {t(kind === 'initiative' ? 'edit.deleteInitiative' : 'edit.deleteActor')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('edit.deleteTitle', { name })}>
        {removed ? (
          <DeleteResult name={name} removed={removed} onClose={close} />
        ) : (
          <ConfirmDelete
            kind={kind}
            relations={relations}
            busy={busy}
            error={error}
            onCancel={close}
            onDelete={() => void remove()}
          />
        )}
      </Modal>
    </>
  );
}
