// What a relation form is made of, and its checks before anything is sent: pure, so it is
// unit-tested without React. The kinds of relation declare their forms with `defineForm`.
import type { TypedDocumentString } from '../../../api/generated/graphql';
import type { MessageKey, Translate } from '../../../i18n';
import type { FieldErrors, MapOptions } from '../edit/edit-logic';

/** What a relation form holds: text fields as text, check boxes as booleans. */
export type FormValues = Record<string, string | boolean>;

/** The names of V's fields whose values are of type T (any name for the untyped FormValues). */
type Named<V, T> = string extends keyof V ? string : { [K in keyof V]: V[K] extends T ? K : never }[keyof V] & string;

/** One field of a relation form, typed by the form's values V. */
export type FieldSpec<V = FormValues> =
  /** the other end of the relation, found by name (NodePicker); `excludeSelf` leaves the open node out */
  | { type: 'node'; name: Named<V, string>; node: 'initiative' | 'actor'; label: MessageKey; excludeSelf?: boolean }
  | {
      type: 'select';
      name: Named<V, string>;
      label: MessageKey;
      options: readonly string[];
      optionLabel: (value: string, t: Translate) => string;
    }
  | { type: 'text'; name: Named<V, string>; label: MessageKey; description?: MessageKey; decimal?: boolean }
  | { type: 'date'; name: Named<V, string>; label: MessageKey }
  | { type: 'check'; name: Named<V, boolean>; label: MessageKey };

/** Sends one write and keeps what the server said by form field (form-kit's useWrite().run). */
export type WriteRun = <TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: MapOptions,
) => Promise<TResult | null>;

/** A relation form as its component draws it. */
export interface RelationForm {
  /** the "+ Add …" label, also the form's heading */
  add: MessageKey;
  /** `add-<testId>` on the button, `form-<testId>` on the open form */
  testId: string;
  empty: FormValues;
  fields: readonly FieldSpec[];
  /** fields that must be filled before anything is sent (the browser does not enforce `required`) */
  required: readonly string[];
  /** the write; resolves true once it was saved (the server's problems are then kept by field) */
  save: (run: WriteRun, thisId: string, values: FormValues) => Promise<boolean>;
}

/** A relation form with its values typed: the write (the upsert mutation) and its variables. */
export interface FormDeclaration<V extends FormValues, TResult, TVariables> {
  add: MessageKey;
  testId: string;
  empty: V;
  fields: readonly FieldSpec<V>[];
  required: readonly Named<V, string>[];
  document: TypedDocumentString<TResult, TVariables>;
  variables: (thisId: string, values: V) => TVariables;
  /** server input field → form field (e.g. toInitiativeId → other), so its problems show by the field */
  aliases?: Readonly<Record<string, string>>;
}

/** A declared relation form, as the one form component takes it. */
export function defineForm<V extends FormValues, TResult, TVariables>(
  declaration: FormDeclaration<V, TResult, TVariables>,
): RelationForm {
  const { document, variables, aliases, ...form } = declaration;
  const fields = declaration.fields.map((f) => f.name);
  return {
    ...form,
    save: async (run, thisId, values) =>
      // the values are `empty` changed field by field, so they have V's shape
      (await run(document, variables(thisId, values as V), { fields, ...(aliases ? { aliases } : {}) })) !== null,
  };
}

/**
 * What must be put right before anything is sent: required fields left empty, then a decimal field
 * that is not a number (`2,5` counts as 2.5). Null when the values may go to the server.
 */
export function checkValues(form: RelationForm, values: FormValues, t: Translate): FieldErrors | null {
  const missing = form.required.filter((name) => !values[name]);
  if (missing.length > 0) return Object.fromEntries(missing.map((name) => [name, t('edit.required')]));
  for (const field of form.fields) {
    const value = values[field.name];
    if (field.type !== 'text' || !field.decimal || typeof value !== 'string' || value.trim() === '') continue;
    if (Number.isNaN(Number(value.trim().replace(',', '.')))) return { [field.name]: t('edit.notANumber', { value }) };
  }
  return null;
}
