import { Autocomplete, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  EditCreateActorDocument,
  EditUpdateActorDocument,
  FilterOptionsDocument,
} from '../../../api/generated/graphql';
import { useQuery } from '../../../api/useQuery';
import { humanize, useI18n } from '../../../i18n';
import { ACTOR_KINDS, buildActorInput, buildActorPatch, emptyActorValues, type ActorFormValues } from './edit-logic';
import { FormAlert, useDialogKeys, useFocusFirstError, useWrite } from './form-kit';

const FIELDS = ['id', 'name', 'kind', 'region'];

/** Creates an actor (no `original`) or edits one; the server's problems show by their fields. */
export function ActorForm({
  opened,
  onClose,
  original,
  onSaved,
}: {
  opened: boolean;
  onClose: () => void;
  original?: ActorFormValues;
  onSaved: (id: string) => void;
}) {
  const { t } = useI18n();
  const editing = original !== undefined;
  const [values, setValues] = useState<ActorFormValues>(original ?? emptyActorValues());
  const write = useWrite();
  const { setErrors } = write;
  const formRef = useRef<HTMLFormElement>(null);
  // the whole screen on a phone, so the form has room and scrolls as one page
  const narrow = useMediaQuery('(max-width: 36em)');
  useDialogKeys(opened);
  useFocusFirstError(formRef, write.errors);
  const options = useQuery(FilterOptionsDocument, {}, !opened);

  useEffect(() => {
    if (opened) {
      setValues(original ? { ...original } : emptyActorValues());
      setErrors({});
    }
  }, [opened, original, setErrors]);

  function set<K extends keyof ActorFormValues>(field: K, value: ActorFormValues[K]) {
    setValues((v) => ({ ...v, [field]: value }));
    write.clear(field);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const mapOptions = { fields: FIELDS, conflictField: 'id' };
    if (original) {
      const patch = buildActorPatch(values, original);
      if (Object.keys(patch).length === 0) {
        onClose();
        return;
      }
      const result = await write.run(EditUpdateActorDocument, { id: original.id, patch }, mapOptions);
      if (result) onSaved(result.updateActor.id);
    } else {
      const result = await write.run(EditCreateActorDocument, { input: buildActorInput(values) }, mapOptions);
      if (result) onSaved(result.createActor.id);
    }
  }

  const e = write.errors;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={editing ? t('edit.actor.editTitle', { name: original.name }) : t('edit.actor.createTitle')}
      fullScreen={narrow}
    >
      <form onSubmit={(ev) => void submit(ev)} ref={formRef} noValidate data-testid="actor-form">
        <Stack gap="sm">
          <FormAlert errors={e} />
          <TextInput
            label={t('edit.field.id')}
            description={editing ? t('edit.field.idFixed') : t('edit.field.idHelp')}
            value={values.id}
            onChange={(ev) => set('id', ev.currentTarget.value)}
            error={e.id}
            disabled={editing}
            required
            data-autofocus={editing ? undefined : true}
          />
          <TextInput
            label={t('name')}
            value={values.name}
            onChange={(ev) => set('name', ev.currentTarget.value)}
            error={e.name}
            required
            data-autofocus={editing ? true : undefined}
          />
          <Select
            label={t('kind')}
            value={values.kind || null}
            onChange={(v) => set('kind', v ?? '')}
            data={ACTOR_KINDS.map((k) => ({ value: k, label: humanize(k) }))}
            clearable
            searchable
            error={e.kind}
          />
          <Autocomplete
            label={t('region')}
            value={values.region}
            onChange={(v) => set('region', v)}
            data={options.data?.regions ?? []}
            limit={12}
            error={e.region}
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('edit.cancel')}
            </Button>
            <Button type="submit" loading={write.saving}>
              {editing ? t('edit.save') : t('edit.actor.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
