import {
  Alert,
  Button,
  Center,
  Group,
  Loader,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n';
import { draftOf, proposalOf, tokenOfHash, type Draft, type UpdateForm } from './update-form';
import {
  ActorsSection,
  AmplificationsSection,
  BarriersSection,
  CharacteristicsSection,
  DetailsSection,
  OutcomesSection,
  type Edit,
} from './UpdateSections';
import './update.css';

type Load = { status: 'loading' } | { status: 'refused'; message: string } | { status: 'ready'; form: UpdateForm };

interface ErrorBody {
  message?: string;
  problems?: { path: string; message: string }[];
}

/** GET /api/update with the link's token. */
function useUpdateForm(token: string | null): Load {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  useEffect(() => {
    if (!token) return;
    const controller = new AbortController();
    fetch('/api/update', { headers: { authorization: `Bearer ${token}` }, signal: controller.signal })
      .then(async (response) => {
        const body = (await response.json().catch(() => ({}))) as UpdateForm & ErrorBody;
        setLoad(
          response.ok
            ? { status: 'ready', form: body }
            : { status: 'refused', message: body.message ?? `HTTP ${response.status}` },
        );
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setLoad({ status: 'refused', message: String(error) });
      });
    return () => controller.abort();
  }, [token]);
  return load;
}

/** Header of the contact's page: the product and the language, nothing that needs an account. */
function UpdateHeader() {
  const { t, lang, setLang } = useI18n();
  return (
    <header className="update-header">
      <Text fw={700}>{t('product')}</Text>
      <SegmentedControl
        size="xs"
        value={lang}
        onChange={(v) => setLang(v === 'nl' ? 'nl' : 'en')}
        data={[
          { value: 'en', label: 'EN' },
          { value: 'nl', label: 'NL' },
        ]}
        aria-label="Language"
      />
    </header>
  );
}

/** Sends the draft as a proposal: whether it is on its way, the server's problem, whether it arrived. */
function useSubmit(token: string, initiativeId: string, draft: Draft) {
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setSending(true);
    setProblem(null);
    try {
      const response = await fetch('/api/update/proposals', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(proposalOf(initiativeId, draft)),
      });
      const body = (await response.json().catch(() => ({}))) as ErrorBody;
      if (response.ok) setSent(true);
      else setProblem(body.message ?? `HTTP ${response.status}`);
    } catch (error) {
      setProblem(String(error));
    } finally {
      setSending(false);
    }
  }
  return { sending, problem, sent, submit };
}

/** Who sends the proposal: name (required), e-mail and a note for the editor. */
function ContactSection({ draft, edit }: { draft: Draft; edit: Edit }) {
  const { t } = useI18n();
  return (
    <section className="update-section">
      <Title order={2} size="h4">
        {t('up.you')}
      </Title>
      <div className="update-grid">
        <TextInput
          required
          label={t('up.contactName')}
          value={draft.contactName}
          onChange={(e) => {
            const v = e.currentTarget.value;
            edit((x) => void (x.contactName = v));
          }}
        />
        <TextInput
          type="email"
          label={t('up.contactEmail')}
          value={draft.contactEmail}
          onChange={(e) => {
            const v = e.currentTarget.value;
            edit((x) => void (x.contactEmail = v));
          }}
        />
      </div>
      <Textarea
        label={t('up.message')}
        autosize
        minRows={2}
        value={draft.message}
        onChange={(e) => {
          const v = e.currentTarget.value;
          edit((x) => void (x.message = v));
        }}
      />
    </section>
  );
}

function UpdateFormView({ form, token }: { form: UpdateForm; token: string }) {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState<Draft>(() => draftOf(form));
  const { sending, problem, sent, submit } = useSubmit(token, form.initiativeId, draft);
  const edit: Edit = (change) =>
    setDraft((prev) => {
      const next = structuredClone(prev);
      change(next);
      return next;
    });
  const names = useMemo(
    () =>
      new Map([
        ...form.actors.map((a) => [`actor:${a.id}`, a.name] as const),
        ...form.initiatives.map((i) => [`initiative:${i.id}`, i.name] as const),
      ]),
    [form],
  );
  if (sent) {
    return (
      <Alert color="teal" role="status" data-testid="update-sent">
        {t('up.sent')}
      </Alert>
    );
  }
  const props = { draft, edit, names, initiativeId: form.initiativeId };
  return (
    <form onSubmit={(e) => void submit(e)} className="update-form" noValidate>
      <Stack gap="lg">
        <div>
          <Title order={1} size="h2">
            {t('up.title', { name: String(form.initiative.name) })}
          </Title>
          <Text>{t('up.intro')}</Text>
          <Text size="sm" c="dimmed">
            {t('up.expires', {
              date: new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
                dateStyle: 'medium',
                timeZone: 'UTC',
              }).format(new Date(form.expiresAt)),
            })}
          </Text>
        </div>
        <DetailsSection {...props} />
        <CharacteristicsSection {...props} />
        <ActorsSection {...props} />
        <AmplificationsSection {...props} />
        <OutcomesSection {...props} />
        <BarriersSection {...props} />
        <ContactSection draft={draft} edit={edit} />
        {problem && (
          <Alert color="red" role="alert" data-testid="update-problem">
            {t('up.problems', { message: problem })}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={sending} disabled={draft.contactName.trim() === ''}>
            {sending ? t('up.sending') : t('up.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * The page an update link opens (`/update#swu_…`, the token in the fragment so it never reaches a
 * server log or a Referer): the initiative's data as a form, sent as a proposal for an editor.
 */
export function UpdatePage() {
  const { t } = useI18n();
  const token = useMemo(() => tokenOfHash(window.location.hash), []);
  const load = useUpdateForm(token);
  return (
    <div className="update-page">
      <UpdateHeader />
      <main className="update-main">
        {!token ? (
          <Alert color="red" title={t('up.refused')} data-testid="update-refused">
            {t('up.noToken')}
          </Alert>
        ) : load.status === 'loading' ? (
          <Center role="status" p="xl">
            <Loader />
            <Text ml="sm">{t('up.loading')}</Text>
          </Center>
        ) : load.status === 'refused' ? (
          <Alert color="red" title={t('up.refused')} data-testid="update-refused">
            {load.message}
          </Alert>
        ) : (
          <UpdateFormView form={load.form} token={token} />
        )}
      </main>
    </div>
  );
}
