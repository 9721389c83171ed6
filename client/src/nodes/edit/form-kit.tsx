// What the editing forms share: the write with the server's problems by field, the focus on the
// first error, the form's alert, and the confirmed removal of a relation.
import { ActionIcon, Alert, Button, Group, Popover, Text, Tooltip } from '@mantine/core';
import { useCallback, useEffect, useState, type RefObject } from 'react';
import type { TypedDocumentString } from '../../api/generated/graphql';
import { ApiError, request } from '../../api/request';
import { useI18n } from '../../i18n';
import { bumpDataVersion } from '../../api/data-version';
import { announceLastChange, entityOfVariables } from '../../history/undo';
import { keepKeysInside } from '../../components/dialog-keys';
import { FORM, problemsToFieldErrors, type FieldErrors, type MapOptions } from './edit-logic';

/** After a refused write, the focus goes to the first field with an error (or the form's alert). */
export function useFocusFirstError(form: RefObject<HTMLElement | null>, errors: FieldErrors): void {
  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    const target = form.current?.querySelector<HTMLElement>(
      '[aria-invalid="true"]:not([disabled]), [data-invalid="true"]:not([disabled]), [data-testid="form-error"]',
    );
    if (target) {
      if (!target.matches('input, textarea, select, button')) target.tabIndex = -1;
      target.focus();
    }
  }, [form, errors]);
}

/**
 * Sends one write and keeps what the server said about it by form field; after a successful write
 * the data version goes up so the drawer (and whatever listens) loads again.
 */
export function useWrite() {
  const [saving, setSaving] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const run = useCallback(
    async <TResult, TVariables>(
      document: TypedDocumentString<TResult, TVariables>,
      variables: TVariables,
      options: MapOptions,
    ): Promise<TResult | null> => {
      setSaving(true);
      setErrors({});
      try {
        const data = await request(document, variables);
        bumpDataVersion();
        void announceLastChange(entityOfVariables(variables));
        return data;
      } catch (error) {
        const e =
          error instanceof ApiError
            ? { message: error.message, code: error.code, problems: error.problems }
            : { message: error instanceof Error ? error.message : String(error) };
        setErrors(problemsToFieldErrors(e, options));
        return null;
      } finally {
        setSaving(false);
      }
    },
    [],
  );
  /** Clears the error of one field once its value changes. */
  const clear = useCallback((field: string) => {
    setErrors((current) => {
      if (!(field in current) && !(FORM in current)) return current;
      const { [field]: _field, [FORM]: _form, ...rest } = current;
      return rest;
    });
  }, []);
  return { saving, errors, setErrors, run, clear };
}

/** What the server said that belongs to no field (or a failure to reach it). */
export function FormAlert({ errors }: { errors: FieldErrors }) {
  const { t } = useI18n();
  if (!errors[FORM]) return null;
  return (
    <Alert color="red" role="alert" title={t('edit.notSaved')} data-testid="form-error">
      {errors[FORM]}
    </Alert>
  );
}

/** A small "remove" button that asks first, in a popover reachable by keyboard. */
export function ConfirmRemove({
  label,
  question,
  onConfirm,
}: {
  label: string;
  question: string;
  onConfirm: () => Promise<string | null>;
}) {
  const { t } = useI18n();
  const [opened, setOpened] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <Popover opened={opened} onChange={setOpened} trapFocus withArrow position="left" shadow="md">
      <Popover.Target>
        <Tooltip label={label}>
          <ActionIcon
            variant="subtle"
            color="red"
            size="sm"
            aria-label={label}
            onClick={() => {
              setError(null);
              setOpened((o) => !o);
            }}
          >
            ✕
          </ActionIcon>
        </Tooltip>
      </Popover.Target>
      <Popover.Dropdown maw={260} onKeyDown={keepKeysInside}>
        <Text size="sm" mb="xs">
          {question}
        </Text>
        {error && (
          <Text size="xs" c="red" role="alert" mb="xs">
            {error}
          </Text>
        )}
        <Group gap="xs" justify="flex-end">
          <Button size="compact-sm" variant="default" onClick={() => setOpened(false)}>
            {t('edit.cancel')}
          </Button>
          <Button
            size="compact-sm"
            color="red"
            loading={busy}
            onClick={() => {
              setBusy(true);
              void onConfirm().then((problem) => {
                setBusy(false);
                setError(problem);
                if (!problem) setOpened(false);
              });
            }}
          >
            {t('edit.remove')}
          </Button>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}

/** Runs a removal; resolves with null or the reason it failed (as the server said it). */
export async function removeWith<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<string | null> {
  try {
    await request(document, variables);
    bumpDataVersion();
    void announceLastChange(entityOfVariables(variables));
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
