import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { QueryState } from '../../../api/useQuery';
import { useI18n } from '../../../i18n';
import { DeleteNode } from '../edit/DeleteNode';

function Loading() {
  return (
    <Group role="status">
      <Loader size="xs" /> <Text size="sm">…</Text>
    </Group>
  );
}

/**
 * What the drawer shows instead of a node's details: the query's error, a loader while another
 * node loads (a refetch of the same node keeps its details on screen), or that it does not exist;
 * null when the details can show.
 */
export function notShown(
  q: QueryState<unknown>,
  shown: { id: string } | null | undefined,
  id: string,
  missing: string,
) {
  if (q.status === 'error')
    return (
      <Alert color="red" role="alert">
        {q.message}
      </Alert>
    );
  if (q.status === 'loading' && (!shown || shown.id !== id)) return <Loading />;
  if (!shown) return <Text size="sm">{missing}</Text>;
  return null;
}

/** The editing header of the details: an Edit button (opening the form) for an editor. */
function EditButton({ onClick }: { onClick: () => void }) {
  const { t } = useI18n();
  return (
    <Button size="compact-xs" variant="light" onClick={onClick} data-testid="edit-node" style={{ flex: 'none' }}>
      {t('edit.edit')}
    </Button>
  );
}

/**
 * What an initiative's and an actor's details share: the name with the Edit button, the badges and
 * what else `about` says under them, the sections (`children`), and for an editor the delete
 * button and the node's form (`form`, opened by Edit).
 */
export function NodeDetails({
  kind,
  id,
  name,
  editor,
  badges,
  about,
  relations,
  onDeleted,
  form,
  children,
}: {
  kind: 'initiative' | 'actor';
  id: string;
  name: string;
  editor: boolean;
  badges: ReactNode;
  about?: ReactNode;
  /** [relation key, count] of what goes with the node when it is deleted */
  relations: [string, number][];
  onDeleted: () => void;
  form: (opened: boolean, close: () => void) => ReactNode;
  children: ReactNode;
}) {
  const [editing, setEditing] = useState(false);
  return (
    <Stack gap="md" data-testid={`${kind}-details`}>
      <div>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={3} size="h5">
            {name}
          </Title>
          {editor && <EditButton onClick={() => setEditing(true)} />}
        </Group>
        <Group gap={6} mt={4}>
          {badges}
        </Group>
        {about}
      </div>
      {children}
      {editor && (
        <>
          <DeleteNode kind={kind} id={id} name={name} relations={relations} onDeleted={onDeleted} />
          {form(editing, () => setEditing(false))}
        </>
      )}
    </Stack>
  );
}
