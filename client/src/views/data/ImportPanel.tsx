import {
  Alert,
  Button,
  CloseButton,
  Code,
  Group,
  List,
  Loader,
  Paper,
  Progress,
  ScrollArea,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useRef, useState, type DragEvent } from 'react';
import { useHasToken } from '../../auth/hooks';
import { SECTIONS } from '../../domain/values';
import { useI18n } from '../../i18n';
import {
  ACCEPTED,
  checkFiles,
  interpretImportResponse,
  mergeFiles,
  type ImportOutcome,
  type ImportProblem,
} from './import-report';
import { uploadFiles } from './upload';

type Phase = { kind: 'idle' } | { kind: 'uploading'; sent: number };
type Result = ImportOutcome | { kind: 'unreachable'; message: string };

function formatSize(bytes: number, lang: string): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toLocaleString(lang, { maximumFractionDigits: 1 })} KB`;
  return `${(bytes / 1024 / 1024).toLocaleString(lang, { maximumFractionDigits: 1 })} MB`;
}

/** On narrow screens: each problem as a short block, its place first. */
function ProblemList({ problems }: { problems: ImportProblem[] }) {
  const { t } = useI18n();
  return (
    <Stack gap={6} hiddenFrom="sm" data-testid="import-problem-list">
      {problems.map((p, i) => (
        <div key={`${p.path}-${i}`}>
          <Text size="xs" fw={600}>
            {[
              `${p.file ?? t('data.wholeUpload')}${p.sheet ? ` › ${p.sheet}` : ''}`,
              p.rowLabel && `${t('data.col.row').toLowerCase()} ${p.rowLabel}`,
              p.column && `${t('data.col.column').toLowerCase()} ${p.column}`,
            ]
              .filter(Boolean)
              .join(', ')}
          </Text>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {p.message}
          </Text>
        </div>
      ))}
    </Stack>
  );
}

function ProblemTable({ problems }: { problems: ImportProblem[] }) {
  const { t } = useI18n();
  return (
    <ScrollArea.Autosize mah={420} type="auto" visibleFrom="sm">
      <Table striped verticalSpacing={4} fz="sm" data-testid="import-problems" aria-label={t('data.problemsHint')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('data.col.file')}</Table.Th>
            <Table.Th scope="col">{t('data.col.row')}</Table.Th>
            <Table.Th scope="col">{t('data.col.column')}</Table.Th>
            <Table.Th scope="col">{t('data.col.message')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.map((p, i) => (
            <Table.Tr key={`${p.path}-${i}`} data-testid="import-problem">
              <Table.Td data-column="file" style={{ whiteSpace: 'nowrap' }}>
                {p.file ?? t('data.wholeUpload')}
                {p.sheet && ` › ${p.sheet}`}
              </Table.Td>
              <Table.Td data-column="row">{p.rowLabel ?? '–'}</Table.Td>
              <Table.Td data-column="column">{p.column ?? '–'}</Table.Td>
              <Table.Td data-column="message">{p.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}

function ResultView({ result }: { result: Result }) {
  const { t, lang } = useI18n();
  switch (result.kind) {
    case 'written':
    case 'checked': {
      const total = SECTIONS.reduce((sum, s) => sum + result.counts[s], 0);
      const written = result.kind === 'written';
      return (
        <Alert
          color={written ? 'green' : 'blue'}
          role="status"
          title={written ? t('data.written') : t('data.checked')}
          data-testid={written ? 'import-summary' : 'import-checked'}
        >
          <Text size="sm">
            {t(written ? 'data.writtenRows' : 'data.checkedRows', { n: total.toLocaleString(lang) })}
          </Text>
          <List size="sm" mt={4}>
            {SECTIONS.filter((s) => result.counts[s] > 0).map((s) => (
              <List.Item key={s} data-testid={`import-count-${s}`}>
                {s}: <b>{result.counts[s].toLocaleString(lang)}</b>
              </List.Item>
            ))}
          </List>
        </Alert>
      );
    }
    case 'problems':
      return (
        <Alert
          color="red"
          role="alert"
          title={
            result.problems.length === 1 ? t('data.problemsOne') : t('data.problems', { n: result.problems.length })
          }
          data-testid="import-failed"
        >
          <Text size="sm" mb="xs">
            {t('data.problemsHint')}
          </Text>
          <ProblemTable problems={result.problems} />
          <ProblemList problems={result.problems} />
        </Alert>
      );
    case 'refused': {
      const known =
        result.code === 'UNAUTHENTICATED'
          ? t('data.refused.UNAUTHENTICATED')
          : result.code === 'FORBIDDEN'
            ? t('data.refused.FORBIDDEN')
            : null;
      return (
        <Alert color="red" role="alert" title={t('data.refused')} data-testid="import-refused">
          {known && <Text size="sm">{known}</Text>}
          <Text size="sm" c={known ? 'dimmed' : undefined}>
            {result.message}
          </Text>
        </Alert>
      );
    }
    case 'unreachable':
      return (
        <Alert color="red" role="alert" title={t('data.refused')} data-testid="import-refused">
          {t('data.unreachable', { message: result.message })}
        </Alert>
      );
  }
}

/**
 * The files chosen for an import and its course: add (a file with the same name replaces the
 * earlier one), remove, clear, and the upload with its progress and the server's answer.
 */
function useImport(onWritten: () => void) {
  const [files, setFiles] = useState<File[]>([]);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [result, setResult] = useState<Result | null>(null);
  const add = (list: FileList | null) => {
    if (!list || list.length === 0) return;
    setFiles((current) => mergeFiles(current, [...list]));
    setResult(null);
  };
  const remove = (file: File) => setFiles((current) => current.filter((x) => x !== file));
  const clear = () => {
    setFiles([]);
    setResult(null);
  };
  async function submit(dryRun = false) {
    setResult(null);
    setPhase({ kind: 'uploading', sent: 0 });
    try {
      const answer = await uploadFiles(files, (sent) => setPhase({ kind: 'uploading', sent }), undefined, dryRun);
      const outcome = interpretImportResponse(answer.status, answer.body);
      setResult(outcome);
      if (outcome.kind === 'written') {
        setFiles([]);
        onWritten();
      }
    } catch (error) {
      setResult({ kind: 'unreachable', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setPhase({ kind: 'idle' });
    }
  }
  return { files, phase, result, busy: phase.kind === 'uploading', add, remove, clear, submit };
}
type Import = ReturnType<typeof useImport>;

/** Where files are dropped, or chosen with the file dialog. */
function DropZone({ busy, add }: { busy: boolean; add: (list: FileList | null) => void }) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (!busy) add(event.dataTransfer.files);
  };
  return (
    <Paper
      withBorder
      p="lg"
      className={dragging ? 'drop-zone drop-zone-active' : 'drop-zone'}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      data-testid="drop-zone"
    >
      <Stack align="center" gap={6}>
        <Text fw={600}>{t('data.drop')}</Text>
        <Text size="sm" c="dimmed">
          {t('data.dropOr')}
        </Text>
        <Button variant="default" onClick={() => input.current?.click()} disabled={busy}>
          {t('data.choose')}
        </Button>
        <input
          ref={input}
          type="file"
          multiple
          accept={ACCEPTED.join(',')}
          hidden
          data-testid="import-input"
          onChange={(e) => {
            add(e.currentTarget.files);
            e.currentTarget.value = '';
          }}
        />
        <Text size="xs" c="dimmed">
          {ACCEPTED.join(' · ')}
        </Text>
      </Stack>
    </Paper>
  );
}

/** The chosen files with their sizes, each removable. */
function ChosenFiles({ upload }: { upload: Import }) {
  const { t, lang } = useI18n();
  return (
    <Stack gap={4} data-testid="import-files">
      <Text size="sm" fw={600}>
        {t('data.chosen')}
      </Text>
      {upload.files.map((f) => (
        <Group key={f.name} gap="xs" wrap="nowrap">
          <Code>{f.name}</Code>
          <Text size="xs" c="dimmed">
            {formatSize(f.size, lang)}
          </Text>
          <CloseButton
            size="sm"
            aria-label={t('data.removeFile', { name: f.name })}
            disabled={upload.busy}
            onClick={() => upload.remove(f)}
          />
        </Group>
      ))}
    </Stack>
  );
}

/** Upload, check only (a dry run), and clear. */
function ImportButtons({ upload, refused }: { upload: Import; refused: boolean }) {
  const { t } = useI18n();
  const { files, busy } = upload;
  return (
    <Group gap="sm">
      <Button onClick={() => void upload.submit()} disabled={busy || refused} data-testid="import-submit">
        {files.length === 1 ? t('data.uploadOne') : t('data.upload', { n: files.length })}
      </Button>
      <Button
        variant="default"
        onClick={() => void upload.submit(true)}
        disabled={busy || refused}
        title={t('data.checkHint')}
        data-testid="import-check"
      >
        {t('data.check')}
      </Button>
      <Button variant="subtle" onClick={upload.clear} disabled={busy}>
        {t('data.clear')}
      </Button>
    </Group>
  );
}

/** How far the upload is; once all is sent, that the server is checking it. */
function UploadProgress({ sent }: { sent: number }) {
  const { t, lang } = useI18n();
  return (
    <Stack gap={4} role="status" data-testid="import-progress">
      {sent < 1 ? (
        <>
          <Text size="sm">{t('data.uploading', { pct: sent.toLocaleString(lang, { style: 'percent' }) })}</Text>
          <Progress value={sent * 100} aria-label={t('data.import')} />
        </>
      ) : (
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm">{t('data.checking')}</Text>
        </Group>
      )}
    </Stack>
  );
}

/**
 * Upload of CSV files, an XLSX workbook or a JSON export to POST /api/import with the editor token:
 * drop or choose files, see the upload's progress, then what was written or every problem by file,
 * row and column (nothing written).
 */
export function ImportPanel({ onWritten }: { onWritten: () => void }) {
  const { t } = useI18n();
  const hasToken = useHasToken();
  const upload = useImport(onWritten);
  if (!hasToken)
    return (
      <Alert color="blue" role="note" title={t('data.signIn')} data-testid="import-sign-in">
        {t('data.signInText')}
      </Alert>
    );
  const { files, phase, result } = upload;
  const checks = checkFiles(files.map((f) => f.name));
  return (
    <Stack gap="sm">
      <DropZone busy={upload.busy} add={upload.add} />
      {files.length > 0 && <ChosenFiles upload={upload} />}
      {checks.length > 0 && (
        <Alert color="yellow" role="alert" data-testid="import-checks">
          <List size="sm">
            {checks.map((c) => (
              <List.Item key={`${c.reason}-${c.name}`}>{t(`data.check.${c.reason}`, { name: c.name })}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {files.length > 0 && <ImportButtons upload={upload} refused={checks.length > 0} />}
      {phase.kind === 'uploading' && <UploadProgress sent={phase.sent} />}
      {result && <ResultView result={result} />}
    </Stack>
  );
}
