// What the initiative and actor dialogs share: the dialog, the form's frame (its alert and buttons),
// the id and name, the region, and the hook holding the values and the write.
import { Autocomplete, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useCallback, useRef, useState, type FormEvent, type ReactNode, type RefObject } from 'react';
import { FilterOptionsDocument } from '../../../api/generated/graphql';
import { useQuery } from '../../../api/useQuery';
import { useDialogKeys } from '../../../components/dialog-keys';
import { useI18n } from '../../../i18n';
import type { FieldErrors } from './edit-logic';
import { FormAlert, useFocusFirstError, useWrite } from './form-kit';

/**
 * A node's dialog: the whole screen on a phone (so the form has room and scrolls as one page); its
 * content mounts each time it opens, so every opening starts from fresh values.
 */
export function NodeDialog({
  opened,
  onClose,
  title,
  size,
  children,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  size?: string;
  children: ReactNode;
}) {
  const narrow = useMediaQuery('(max-width: 36em)');
  useDialogKeys(opened);
  return (
    <Modal opened={opened} onClose={onClose} title={title} {...(size ? { size } : {})} fullScreen={narrow}>
      {children}
    </Modal>
  );
}

/**
 * The values of a node form (a copy of `original`, or `empty()`), `set` (which clears the field's
 * error), the write, the form element (the focus goes to the first error), the region and theme options.
 */
export function useNodeForm<V extends object>(original: V | undefined, empty: () => V) {
  const [values, setValues] = useState<V>(() => (original ? structuredClone(original) : empty()));
  const write = useWrite();
  const options = useQuery(FilterOptionsDocument, {});
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, write.errors);
  const { clear } = write;
  const set = useCallback(
    <K extends keyof V>(field: K, value: V[K]) => {
      setValues((v) => ({ ...v, [field]: value }));
      clear(String(field));
    },
    [clear],
  );
  return { values, setValues, set, write, options, formRef };
}

/** A node form: what the server said that belongs to no field, the fields, Cancel and Save (or Create). */
export function NodeFormFrame({
  formRef,
  testId,
  onSubmit,
  errors,
  saving,
  editing,
  createLabel,
  onClose,
  children,
}: {
  formRef: RefObject<HTMLFormElement | null>;
  testId: string;
  onSubmit: (event: FormEvent) => Promise<void>;
  errors: FieldErrors;
  saving: boolean;
  editing: boolean;
  createLabel: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <form onSubmit={(event) => void onSubmit(event)} ref={formRef} noValidate data-testid={testId}>
      <Stack gap="sm">
        <FormAlert errors={errors} />
        {children}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('edit.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {editing ? t('edit.save') : createLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
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
