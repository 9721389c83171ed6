import { Alert, Box, Button, Code, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { useDialogKeys } from '../components/dialog-keys';
import { useI18n, type Translate } from '../i18n';
import { useHasToken, useStaleToken } from './hooks';
import { checkToken, type TokenVerdict } from './token-check';
import { setToken } from './token';

/** What the field says about a refused token; null while there is nothing to say. */
function verdictProblem(verdict: TokenVerdict | null, value: string, t: Translate): string | null {
  if (verdict === null || verdict === 'editor') return null;
  if (verdict === 'invalid') return value.trim() ? t('edit.token.invalid') : t('edit.token.empty');
  if (verdict === 'viewer') return t('edit.token.viewer');
  return t('edit.token.unreachable', { reason: verdict.unreachable });
}

/**
 * The token typed into the dialog and its check: a token is kept only when the API says it is an
 * editor's (`onSignedIn` then runs).
 */
function useSignIn(onSignedIn: () => void) {
  const [value, setValue] = useState('');
  const [checking, setChecking] = useState(false);
  const [verdict, setVerdict] = useState<TokenVerdict | null>(null);
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
      setValue('');
      setVerdict(null);
      onSignedIn();
    }
  }
  const type = (next: string) => {
    setValue(next);
    setVerdict(null);
  };
  return { value, type, checking, verdict, setVerdict, submit };
}

/** The dialog's form: where the token is, the field, sign-out (when signed in) and the check. */
function SignInForm({
  signedIn,
  stale,
  signIn,
  onSignOut,
}: {
  signedIn: boolean;
  stale: boolean;
  signIn: ReturnType<typeof useSignIn>;
  onSignOut: () => void;
}) {
  const { t } = useI18n();
  return (
    <form onSubmit={(e) => void signIn.submit(e)}>
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
          value={signIn.value}
          onChange={(e) => signIn.type(e.currentTarget.value)}
          error={verdictProblem(signIn.verdict, signIn.value, t)}
          autoComplete="off"
          data-autofocus
        />
        <Group justify="space-between">
          {signedIn ? (
            <Button variant="subtle" color="red" onClick={onSignOut}>
              {t('edit.token.signOut')}
            </Button>
          ) : (
            <span />
          )}
          <Button type="submit" loading={signIn.checking}>
            {t('edit.token.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * The header's editing control: "Sign in to edit" opens a small dialog to paste the API token (checked
 * against the API before it is kept in this browser); signed in, it says so and offers sign-out.
 */
export function EditorToken() {
  const { t } = useI18n();
  const signedIn = useHasToken();
  const [opened, modal] = useDisclosure(false);
  // a token kept from before may have been replaced on the server: checked once per page load
  const [stale, setStale] = useStaleToken(signedIn);
  const signIn = useSignIn(() => {
    setStale(false);
    modal.close();
  });
  useDialogKeys(opened);
  const signOut = () => {
    setToken(null);
    setStale(false);
    modal.close();
  };
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
          signIn.setVerdict(null);
          modal.close();
        }}
        title={signedIn ? t('edit.token.titleSignedIn') : t('edit.token.title')}
        size="md"
      >
        <SignInForm signedIn={signedIn} stale={stale} signIn={signIn} onSignOut={signOut} />
      </Modal>
    </>
  );
}
