// One download at a time from the Export view: its progress, the message once saved, the error
// if it failed, and a cancel. Both exports (the action plan, the progress report) use it.

import { useRef, useState } from 'react';
import { useApp } from '../../app/app-context';
import { useI18n } from '../../i18n/i18n';
import { downloadWithProgress, saveFile, type DownloadProgress } from './download';

export type Format = 'xlsx' | 'docx';

export interface Download {
  progress: (DownloadProgress & { format: Format }) | undefined;
  done: string | undefined;
  failure: unknown;
  start(path: string, fallbackName: string, format: Format): Promise<void>;
  cancel(): void;
}

export function useDownload(): Download {
  const { api } = useApp();
  const { t, bytes } = useI18n();
  const [progress, setProgress] = useState<DownloadProgress & { format: Format }>();
  const [done, setDone] = useState<string>();
  const [failure, setFailure] = useState<unknown>();
  const abort = useRef<AbortController>(undefined);

  const start = async (path: string, fallbackName: string, format: Format) => {
    const controller = new AbortController();
    abort.current = controller;
    setFailure(undefined);
    setDone(undefined);
    try {
      const file = await downloadWithProgress(api, path, fallbackName, (p) => setProgress({ ...p, format }), controller.signal);
      saveFile(file);
      setDone(t.exports.done(file.filename, bytes(file.blob.size)));
    } catch (error) {
      if (!controller.signal.aborted) setFailure(error);
    } finally {
      setProgress(undefined);
    }
  };
  return { progress, done, failure, start, cancel: () => abort.current?.abort() };
}
