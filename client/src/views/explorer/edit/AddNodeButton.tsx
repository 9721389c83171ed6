import { Button, Menu } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../../i18n';
import { ActorForm } from './ActorForm';
import { InitiativeForm } from './InitiativeForm';
import { useHasToken } from '../../../auth/hooks';

/**
 * The explorer toolbar's "Add" menu (initiative or actor), shown only with an editor token; the new
 * node is selected, so its details open.
 */
export function AddNodeButton({ onCreated }: { onCreated: (nodeId: string) => void }) {
  const { t } = useI18n();
  const editor = useHasToken();
  const [open, setOpen] = useState<'initiative' | 'actor' | null>(null);
  if (!editor) return null;
  return (
    <>
      <Menu position="bottom-start" withinPortal>
        <Menu.Target>
          <Button size="compact-xs" variant="light" data-testid="add-node">
            {t('edit.add')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => setOpen('initiative')}>{t('edit.addInitiative')}</Menu.Item>
          <Menu.Item onClick={() => setOpen('actor')}>{t('edit.addActor')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <InitiativeForm
        opened={open === 'initiative'}
        onClose={() => setOpen(null)}
        onSaved={(id) => {
          setOpen(null);
          onCreated(`initiative:${id}`);
        }}
      />
      <ActorForm
        opened={open === 'actor'}
        onClose={() => setOpen(null)}
        onSaved={(id) => {
          setOpen(null);
          onCreated(`actor:${id}`);
        }}
      />
    </>
  );
}
