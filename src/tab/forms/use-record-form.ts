// The state every record dialog of the tab keeps: the form as typed, checked as you type with the
// API's own schema, its errors shown once the user asked to save (or field by field once changed),
// the server's field problems beside them, and the save itself — busy while it runs, the failure
// kept for the dialog to show, and a 412 (someone changed the record meanwhile) reported with
// `onStale` so the caller reads the list again. Written once so every dialog follows one rule.

import { useState } from 'react';
import { ApiProblem, etagOf, type ApiClient } from '../api/api-client';
import { useI18n } from '../i18n/i18n';
import { serverFieldErrors, type Validation } from './validation';

/** Whether a failed save was refused because the record changed meanwhile (412). */
export const isStale = (failure: unknown): boolean => failure instanceof ApiProblem && failure.status === 412;

export interface Saving {
  busy: boolean;
  /** The last failure, kept until the next attempt. */
  failure: unknown;
  /**
   * After a 412: the ETag of what the server holds now (sent with it). Saving once more with it
   * replaces the other person's change with this one, as the stale message offers; without it the
   * dialog would send the ETag it opened with and be refused again and again.
   */
  ifMatch: string | undefined;
  /** Runs one save unless one is running; the dialog usually closes on success, so busy stays on. */
  save(send: () => Promise<void>): Promise<void>;
}

/** A save in progress and its failure; `onStale` hears of a 412. */
export function useSaving(onStale?: () => void): Saving {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const [ifMatch, setIfMatch] = useState<string>();
  const save = async (send: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    setFailure(undefined);
    try {
      await send();
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 412) {
        if (error.etag) setIfMatch(error.etag);
        onStale?.();
      }
      setFailure(error);
      setBusy(false);
    }
  };
  return { busy, failure, ifMatch, save };
}

/** Where a record is created and where one is changed. */
export interface RecordPaths {
  collection: string;
  item(id: string): string;
}

/**
 * A new record is POSTed to its collection; a changed one is PATCHed with its ETag (or, after a
 * 412, the server's latest: `ifMatch`), so a stale change gets 412.
 */
export async function sendRecord(
  api: ApiClient,
  record: { id: string; version: number } | undefined,
  paths: RecordPaths,
  body: unknown,
  ifMatch?: string,
): Promise<void> {
  if (record) await api.send('PATCH', paths.item(record.id), { body, ifMatch: ifMatch ?? etagOf(record) });
  else await api.send('POST', paths.collection, { body });
}

export interface RecordFormOptions<F, V> {
  initial: F | (() => F);
  /** The form checked with the API's schema (`validate(schema, input, t)`). */
  check(form: F): Validation<V>;
  /** Sends the checked value and tells the caller; a throw is kept as the failure. `ifMatch`: see Saving. */
  send(value: V, ifMatch: string | undefined): Promise<void>;
  onStale?(): void;
  /** When a field's own errors show: after the first attempt to save (default), or as soon as it is changed. */
  showErrors?: 'after-submit' | 'as-changed';
  /** Something outside the schema keeps the form from being sent (e.g. the office already has a plan). */
  blocked?(form: F): boolean;
}

export function useRecordForm<F extends object, V>({ initial, check, send, onStale, showErrors = 'after-submit', blocked }: RecordFormOptions<F, V>) {
  const { t } = useI18n();
  const [form, setForm] = useState<F>(initial);
  const [touched, setTouched] = useState<ReadonlySet<keyof F> | 'all'>(() => new Set());
  const saving = useSaving(onStale);
  const checked = check(form);
  const server = serverFieldErrors(saving.failure, t);
  const shows = (field: keyof F) => touched === 'all' || touched.has(field);
  const errorOf = (field: Extract<keyof F, string>) => (shows(field) ? checked.errors[field] : undefined) ?? server[field];
  const change = <K extends keyof F>(field: K, value: F[K]) => {
    setForm((f) => ({ ...f, [field]: value }));
    if (showErrors === 'as-changed') setTouched((s) => (s === 'all' ? s : new Set(s).add(field)));
  };
  const submit = async () => {
    setTouched('all');
    if (!checked.ok || blocked?.(form)) return;
    const { value } = checked;
    await saving.save(() => send(value, saving.ifMatch));
  };
  return { form, change, checked, errorOf, submit, ...saving };
}
