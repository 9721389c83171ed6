import { Alert, Box, Button, Code, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useState, type FormEvent } from 'react';
import { getToken, setToken } from '../api/token';
import { useI18n } from '../i18n';
import { useHasToken } from '../views/explorer/edit/use-editor';
import { useDialogKeys } from '../views/explorer/edit/form-kit';
import { checkKeptToken, checkToken, type TokenVerdict } from '../views/explorer/edit/token-check';

/**
 * The header's editing control: "Sign in to edit" opens a small dialog to paste the API token (checked
 * against the API before it is kept in this browser); signed in, it says so and offers sign-out.
 */
export function EditorToken() {
  const { t } = useI18n();
  const signedIn = useHasToken();
  const [opened, modal] = useDisclosure(false);
  const [value, setValue] = useState('');
  const [checking, setChecking] = useState(false);
  const [verdict, setVerdict] = useState<TokenVerdict | null>(null);
  useDialogKeys(opened);
  // a token kept from before may have been replaced on the server: check it once per page load
  const [stale, setStale] = useState(false);
  useEffect(() => {
    const kept = getToken();
    if (!kept) return;
    let live = true;
    void checkKeptToken(kept).then((v) => {
      if (live) setStale(v === 'invalid' || v === 'viewer');
    });
    return () => {
      live = false;
    };
  }, [signedIn]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!value.trim()) {
      setVerdict('invalid');
      return;
    }
    setChecking(true);
    const v = await checkToken(value);
    setChecking(false);
    setVerdict(v);
    if (v === 'editor') {
      setToken(value);
      setStale(false);
      setValue('');
      setVerdict(null);
      modal.close();
    }
  }

  function signOut() {
    setToken(null);
    setStale(false);
    modal.close();
  }

  const problem =
    verdict === null || verdict === 'editor'
      ? null
      : verdict === 'invalid'
        ? value.trim()
          ? t('edit.token.invalid')
          : t('edit.token.empty')
        : verdict === 'viewer'
          ? t('edit.token.viewer')
          : t('edit.token.unreachable', { reason: verdict.unreachable });

  const label = signedIn ? (stale ? t('edit.token.stale') : t('edit.token.signedIn')) : t('edit.token.signIn');
  return (
    <>
      <Button
        size="compact-sm"
        variant={signedIn ? 'light' : 'default'}
        color={signedIn && stale ? 'red' : undefined}
        onClick={modal.open}
        data-testid="editor-token"
        aria-label={label}
      >
        <Box component="span" visibleFrom="sm">
          {label}
        </Box>
        <Box component="span" hiddenFrom="sm" aria-hidden>
          ✎
        </Box>
      </Button>
      <Modal
        opened={opened}
        onClose={() => {
          setVerdict(null);
          modal.close();
        }}
        title={signedIn ? t('edit.token.titleSignedIn') : t('edit.token.title')}
        size="md"
      >
        <form onSubmit={(e) => void submit(e)}>
          <Stack gap="sm">
            {signedIn && !stale && <Text size="sm">{t('edit.token.isEditor')}</Text>}
            {signedIn && stale && (
              <Alert color="red" role="alert">
                {t('edit.token.staleHelp')}
              </Alert>
            )}
            <Text size="sm">
              {t('edit.token.help')} <Code>.data/api-token</Code>
            </Text>
            <PasswordInput
              label={t('edit.token.label')}
              value={value}
              onChange={(e) => {
                setValue(e.currentTarget.value);
                setVerdict(null);
              }}
              error={problem}
              autoComplete="off"
              data-autofocus
            />
            <Group justify="space-between">
              {signedIn ? (
                <Button variant="subtle" color="red" onClick={signOut}>
                  {t('edit.token.signOut')}
                </Button>
              ) : (
                <span />
              )}
              <Button type="submit" loading={checking}>
                {t('edit.token.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
