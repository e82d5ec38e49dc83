// Saving one of the Gender Unit's settings (the reminder policy, the scorecard criteria): the
// whole value PUT with If-Match the ETag it was read with; a 412 whose `current` reads as such a
// value turns into a conflict to resolve (keep mine: PUT again on their ETag; take theirs), any
// other failure is kept for the form to show on its fields.

import { useState } from 'react';
import { ApiProblem } from '../../api/api-client';
import { useResource } from '../../api/use-resource';
import { useApp } from '../../app/app-context';

/** A setting as read: its value and the ETag to save it against. */
export interface StoredSetting<T> {
  value: T;
  etag: string;
}

export interface SettingOptions<T> {
  /** The route (GET and PUT). */
  path: string;
  /** The value in a PUT answer or a 412's `current`, or undefined when it does not read as one. */
  read(body: unknown): T | undefined;
  /** Called with the value now stored, after a save or when their version is taken: the form starts again from it. */
  onStored(value: T): void;
}

/**
 * Reads a setting (GET on its route) with the ETag to save it against. `valueOf` takes the value
 * out of the answer; declare it outside the component, so that it is the same function each render.
 */
export function useSettingRead<B, T>(path: string, valueOf: (body: B) => T) {
  const { api } = useApp();
  return useResource(
    (signal) => api.get<B>(path, signal).then((r): StoredSetting<T> => ({ value: valueOf(r.body), etag: r.etag ?? '"0"' })),
    [api, path, valueOf],
  );
}

export function useStoredSetting<T>(initial: StoredSetting<T>, { path, read, onStored }: SettingOptions<T>) {
  const { api } = useApp();
  const [stored, setStored] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const [conflict, setConflict] = useState<StoredSetting<T>>();
  const [saved, setSaved] = useState(false);

  const put = async (body: unknown, etag: string) => {
    setBusy(true);
    setFailure(undefined);
    setSaved(false);
    try {
      const answer = await api.send<unknown>('PUT', path, { body, ifMatch: etag });
      const value = read(answer.body);
      if (value === undefined) throw new Error(`The server's answer to PUT ${path} is not a setting.`);
      setStored({ value, etag: answer.etag ?? etag });
      onStored(value);
      setConflict(undefined);
      setSaved(true);
    } catch (error) {
      const current = error instanceof ApiProblem && error.status === 412 ? read(error.current) : undefined;
      if (error instanceof ApiProblem && current !== undefined) setConflict({ value: current, etag: error.etag ?? etag });
      else setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const takeTheirs = () => {
    if (!conflict) return;
    setStored(conflict);
    onStored(conflict.value);
    setConflict(undefined);
  };

  return { stored, busy, failure, setFailure, conflict, saved, setSaved, put, takeTheirs };
}
