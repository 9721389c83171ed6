import { Button, Group, Notification, Portal, Stack, Text } from '@mantine/core';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useHasToken } from '../auth/hooks';
import { useI18n } from '../i18n';
import './history.css';
import { dismissNotice, getNotices, subscribeNotices, undoChange, type Notice } from './undo';

/** How long an edit's or an undo's notice stays. */
const NOTICE_MS = 20_000;

/** One notice: what an edit did with its Undo button, an undo done, or an undo refused (in words). */
function NoticeCard({ notice, editor }: { notice: Notice; editor: boolean }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const close = () => dismissNotice(notice.id);
  // an edit's and an undo's notice go after a while (an undo stays in the history); a refusal stays
  useEffect(() => {
    if (notice.kind === 'refused' || busy) return;
    const timer = window.setTimeout(() => dismissNotice(notice.id), NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [notice, busy]);
  switch (notice.kind) {
    case 'edited':
      return (
        <Notification onClose={close} title={t('hist.notice.saved', { seq: notice.seq })} data-testid="undo-notice">
          <Group justify="space-between" wrap="nowrap" gap="sm" align="flex-start">
            <Text size="sm">{notice.summary}</Text>
            {editor && (
              <Button
                size="compact-sm"
                variant="light"
                loading={busy}
                style={{ flex: 'none' }}
                onClick={() => {
                  setBusy(true);
                  void undoChange(notice.seq, t).finally(() => setBusy(false));
                }}
              >
                {t('hist.undo')}
              </Button>
            )}
          </Group>
        </Notification>
      );
    case 'undone':
      return (
        <Notification
          onClose={close}
          color="teal"
          title={t('hist.notice.undone', { seq: notice.seq })}
          data-testid="undo-notice"
        >
          <Text size="sm">{t('hist.notice.undoneBy', { seq: notice.undone })}</Text>
        </Notification>
      );
    case 'refused':
      return (
        <Notification
          onClose={close}
          color="red"
          title={t('hist.notice.refused', { seq: notice.seq })}
          data-testid="undo-notice"
          role="alert"
        >
          <Text size="sm">{notice.text}</Text>
        </Notification>
      );
  }
}

/** The notices after edits and undos, bottom right above everything, announced to screen readers. */
export function UndoNotices() {
  const notices = useSyncExternalStore(subscribeNotices, getNotices);
  const editor = useHasToken();
  if (notices.length === 0) return null;
  return (
    <Portal>
      <Stack className="undo-notices" gap="xs" role="status" aria-live="polite">
        {notices.map((n) => (
          <NoticeCard key={n.id} notice={n} editor={editor} />
        ))}
      </Stack>
    </Portal>
  );
}
