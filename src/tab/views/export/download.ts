// Downloading a generated file with progress: the response body is read as a stream, counting
// bytes against Content-Length when the server sends one (and the body is not re-encoded on
// the way, where the length would count compressed bytes), then handed to the browser to save.

import type { ApiClient } from '../../api/api-client';

export interface DownloadProgress {
  received: number;
  /** Undefined when the server does not say how large the file is. */
  total?: number;
}

export interface DownloadedFile {
  blob: Blob;
  filename: string;
}

export async function downloadWithProgress(
  api: ApiClient,
  path: string,
  fallbackName: string,
  onProgress: (p: DownloadProgress) => void,
  signal: AbortSignal,
): Promise<DownloadedFile> {
  const response = await api.fetchRaw(path, signal);
  const length = Number(response.headers.get('content-length'));
  const total = length > 0 && !response.headers.get('content-encoding') ? length : undefined;
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  onProgress({ received, total });
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.byteLength;
      onProgress({ received, total });
    }
  }
  const type = response.headers.get('content-type') ?? 'application/octet-stream';
  return { blob: new Blob(chunks, { type }), filename: filenameOf(response.headers.get('content-disposition')) ?? fallbackName };
}

/** The file name in Content-Disposition (filename*=UTF-8''… first, then filename="…"). */
export function filenameOf(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // A malformed name: fall back to the plain one.
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  return plain?.[1]?.trim();
}

/** Hands the file to the browser's own download (an object URL, revoked afterwards). */
export function saveFile(file: DownloadedFile): void {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
