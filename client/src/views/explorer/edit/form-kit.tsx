import { Alert, Autocomplete, Popover, Button, Group, Text, TextInput, ActionIcon, Tooltip } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { FilterOptionsDocument, type TypedDocumentString } from '../../../api/generated/graphql';
import { useQuery } from '../../../api/useQuery';
import { ApiError, request } from '../../../api/request';
import { useI18n } from '../../../i18n';
import { bumpDataVersion } from '../../../api/data-version';
import { keepKeysInside, useDialogKeys } from '../../../components/dialog-keys';
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

/**
 * What the actor and initiative dialogs share: the values (a fresh copy of `original`, or `empty()`,
 * each time the dialog opens), `set` (which clears the field's error), the write, the form element
 * (the focus goes to the first error), the full-screen switch for phones, and the region and theme
 * options. `empty` must not change between renders.
 */
export function useNodeForm<V extends object>(opened: boolean, original: V | undefined, empty: () => V) {
  const [values, setValues] = useState<V>(original ?? empty());
  const write = useWrite();
  const options = useQuery(FilterOptionsDocument, {}, !opened);
  const { setErrors, clear } = write;
  const formRef = useRef<HTMLFormElement>(null);
  // the whole screen on a phone, so the form has room and scrolls as one page
  const narrow = useMediaQuery('(max-width: 36em)');
  useDialogKeys(opened);
  useFocusFirstError(formRef, write.errors);

  // a fresh form each time it opens
  useEffect(() => {
    if (opened) {
      setValues(original ? structuredClone(original) : empty());
      setErrors({});
    }
  }, [opened, original, empty, setErrors]);

  const set = useCallback(
    <K extends keyof V>(field: K, value: V[K]) => {
      setValues((v) => ({ ...v, [field]: value }));
      clear(String(field));
    },
    [clear],
  );
  return { values, setValues, set, write, options, formRef, narrow };
}

/** The id (fixed once created) and the name of a node; the first one takes the focus when the dialog opens. */
export function IdAndNameFields({
  values,
  set,
  errors,
  editing,
}: {
  values: { id: string; name: string };
  set: (field: 'id' | 'name', value: string) => void;
  errors: FieldErrors;
  editing: boolean;
}) {
  const { t } = useI18n();
  return (
    <>
      <TextInput
        label={t('edit.field.id')}
        description={editing ? t('edit.field.idFixed') : t('edit.field.idHelp')}
        value={values.id}
        onChange={(ev) => set('id', ev.currentTarget.value)}
        error={errors.id}
        disabled={editing}
        required
        data-autofocus={editing ? undefined : true}
      />
      <TextInput
        label={t('name')}
        value={values.name}
        onChange={(ev) => set('name', ev.currentTarget.value)}
        error={errors.name}
        required
        data-autofocus={editing ? true : undefined}
      />
    </>
  );
}

/** The region: any text, the known regions offered. */
export function RegionField({
  value,
  onChange,
  regions,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  regions: string[] | undefined;
  error: string | undefined;
}) {
  const { t } = useI18n();
  return (
    <Autocomplete label={t('region')} value={value} onChange={onChange} data={regions ?? []} limit={12} error={error} />
  );
}

/** Cancel, and save (or create, with `createLabel`) of a node dialog. */
export function NodeFormButtons({
  editing,
  createLabel,
  saving,
  onClose,
}: {
  editing: boolean;
  createLabel: string;
  saving: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <Group justify="flex-end" gap="xs">
      <Button variant="default" onClick={onClose}>
        {t('edit.cancel')}
      </Button>
      <Button type="submit" loading={saving}>
        {editing ? t('edit.save') : createLabel}
      </Button>
    </Group>
  );
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
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
