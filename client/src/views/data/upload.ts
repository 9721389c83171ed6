import { authHeaders } from '../../auth/token';

/** The HTTP answer of an upload, read by interpretImportResponse. */
export interface UploadAnswer {
  status: number;
  body: string;
}

/**
 * POSTs files to /api/import as multipart field `files`, with the editor token (a dry run checks only); reports the share of
 * bytes sent (0–1) as they go. Rejects only when the server could not be reached.
 */
export function uploadFiles(
  files: readonly File[],
  onProgress: (sent: number) => void,
  signal?: AbortSignal,
  dryRun = false,
): Promise<UploadAnswer> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    for (const file of files) form.append('files', file, file.name);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', dryRun ? '/api/import?dryRun=true' : '/api/import');
    for (const [name, value] of Object.entries(authHeaders())) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => resolve({ status: xhr.status, body: xhr.responseText });
    xhr.onerror = () => reject(new Error('the server could not be reached'));
    xhr.onabort = () => reject(new DOMException('upload cancelled', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(form);
  });
}
