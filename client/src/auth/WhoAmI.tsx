import { Badge, Tooltip } from '@mantine/core';
import type { MessageKey } from '../i18n';
import { useI18n } from '../i18n';
import { useMe } from './me';

/** The header's "who is signed in": the token's name (what the change log records) and its role. */
export function WhoAmI() {
  const { t } = useI18n();
  const me = useMe();
  if (!me) return null;
  const role = t(`hist.role.${me.role}` as MessageKey);
  return (
    <Tooltip label={t('hist.me.tooltip', { name: me.name, role })}>
      <Badge
        variant="outline"
        color="gray"
        tt="none"
        visibleFrom="sm"
        maw={220}
        data-testid="who-am-i"
        aria-label={t('hist.me.tooltip', { name: me.name, role })}
      >
        {me.name} · {role}
      </Badge>
    </Tooltip>
  );
}
