import { Button, CloseButton, Group, ScrollArea, Text, Title } from '@mantine/core';
import { useI18n } from '../../../i18n';
import { ActorDetails } from './ActorDetails';
import { InitiativeDetails } from './InitiativeDetails';

/** The details of the selected initiative or actor; the selection is a GraphNode id. */
export function DetailsDrawer({
  selected,
  onSelect,
  onFocus,
  onClose,
}: {
  selected: string | null;
  onSelect: (nodeId: string) => void;
  onFocus: (nodeId: string) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [kind, ...rest] = (selected ?? '').split(':');
  const id = rest.join(':');
  return (
    <ScrollArea h="100%" type="auto" offsetScrollbars data-testid="details">
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title order={2} size="h4">
          {t('details')}
        </Title>
        {selected && <CloseButton onClick={onClose} aria-label="Close details" />}
      </Group>
      {!selected && (
        <Text size="sm" c="dimmed">
          {t('noSelection')}
        </Text>
      )}
      {selected && kind === 'initiative' && <InitiativeDetails id={id} onSelect={onSelect} onDeleted={onClose} />}
      {selected && kind === 'actor' && <ActorDetails id={id} onSelect={onSelect} onDeleted={onClose} />}
      {selected && (
        <Button variant="light" size="xs" mt="md" onClick={() => onFocus(selected)}>
          {t('focus')}
        </Button>
      )}
    </ScrollArea>
  );
}
