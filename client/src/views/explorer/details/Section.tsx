import { Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n';

/** A titled part of the details; "none recorded" when empty; `add` is an editor's "+ Add" control. */
export function Section({
  title,
  children,
  empty,
  add,
}: {
  title: string;
  children: ReactNode;
  empty: boolean;
  add?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <section>
      <Text fw={600} size="sm" mb={4}>
        {title}
      </Text>
      {empty ? (
        <Text size="sm" c="dimmed">
          {t('none')}
        </Text>
      ) : (
        children
      )}
      {add}
    </section>
  );
}

/** One row of a section: its content, and a remove button for an editor. */
export function Row({ children, remove }: { children: ReactNode; remove?: ReactNode }) {
  return (
    <Group gap={4} wrap="nowrap" align="flex-start" justify="space-between">
      <div style={{ minWidth: 0 }}>{children}</div>
      {remove}
    </Group>
  );
}
