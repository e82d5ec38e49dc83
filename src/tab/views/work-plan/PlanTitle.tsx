// The plan's title as the page's heading, edited in place by whoever may change the plan. The
// change is sent with the plan's ETag: when someone changed the plan meanwhile, the API answers
// 412 with the plan as it is now, and the one conflict comparison of the tab shows the user's
// title beside the saved one — keep mine (sent again on top of the new version) or take theirs.

import { Button, Field, Input, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { EditRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { PlanTree } from '../../../contract';
import { planPatch } from '../../../domain/schemas';
import { ApiProblem, etagOf } from '../../api/api-client';
import { apiPaths } from '../../api/api-paths';
import { useApp } from '../../app/app-context';
import { LoadError } from '../../app/StatusViews';
import { ConflictComparison } from '../../forms/ConflictComparison';
import { serverFieldErrors, validate } from '../../forms/validation';
import { useI18n } from '../../i18n/i18n';

const useStyles = makeStyles({
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  form: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  input: { minWidth: 'min(40rem, 100%)' },
  conflict: { maxWidth: '60rem' },
});

export interface PlanTitleProps {
  plan: PlanTree;
  /** The ETag the plan was read with. */
  etag: string | null;
  editable: boolean;
  /** The plan after the user's title was saved, or after she took the version saved by someone else. */
  onChanged(plan: PlanTree, outcome: 'saved' | 'taken'): void;
}

export function PlanTitle({ plan, etag, editable, onChanged }: PlanTitleProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const { api } = useApp();
  const [draft, setDraft] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  /** The plan as saved by someone else, when the save met a newer version. */
  const [theirs, setTheirs] = useState<PlanTree>();
  const input = useRef<HTMLInputElement>(null);
  const editing = draft !== undefined;
  // Focus goes to the field the user just asked to edit.
  useEffect(() => {
    if (editing) input.current?.focus();
  }, [editing]);

  const checked = validate(planPatch, { title: draft ?? '' }, t);
  const fieldError = checked.errors.title ?? serverFieldErrors(failure, t).title;

  const save = async (title: string, basedOn: string | null) => {
    setBusy(true);
    setFailure(undefined);
    try {
      const { body } = await api.send<PlanTree>('PATCH', apiPaths.plan(plan.id), { body: { title }, ifMatch: basedOn ?? etagOf(plan) });
      setDraft(undefined);
      setTheirs(undefined);
      onChanged(body, 'saved');
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 412 && isPlanTree(error.current)) setTheirs(error.current);
      else setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (checked.ok && checked.value.title !== undefined) void save(checked.value.title, etag);
  };
  const cancel = () => {
    setDraft(undefined);
    setFailure(undefined);
  };

  if (draft === undefined) {
    return (
      <div className={styles.line}>
        <Title2 as="h1" id="view-title">
          {plan.title}
        </Title2>
        {editable && (
          <Button appearance="subtle" icon={<EditRegular />} aria-label={t.planTitle.edit} title={t.planTitle.edit} onClick={() => setDraft(plan.title)} />
        )}
      </div>
    );
  }
  return (
    <>
      {/* The page keeps its heading while the title is edited; the form names it. */}
      <Title2 as="h1" id="view-title">
        {plan.title}
      </Title2>
      {theirs ? (
        <ConflictComparison
          titleId="title-conflict"
          className={styles.conflict}
          texts={t.planTitle.conflict}
          rows={[{ key: 'title', label: t.planTitle.label, mine: draft, theirs: theirs.title, changedByMe: true, changedByThem: theirs.title !== plan.title }]}
          busy={busy}
          onKeepMine={() => void save(draft, etagOf(theirs))}
          onTakeTheirs={() => {
            setDraft(undefined);
            setTheirs(undefined);
            onChanged(theirs, 'taken');
          }}
        />
      ) : (
        <form className={styles.form} onSubmit={submit} noValidate aria-label={t.planTitle.edit}>
          <Field label={t.planTitle.label} required validationMessage={fieldError} className={styles.input}>
            <Input ref={input} value={draft} onChange={(_e, d) => setDraft(d.value)} />
          </Field>
          <Button type="submit" appearance="primary" disabled={busy || !checked.ok}>
            {busy ? t.common.saving : t.common.save}
          </Button>
          <Button onClick={cancel}>{t.common.cancel}</Button>
        </form>
      )}
      {failure !== undefined && serverFieldErrors(failure, t).title === undefined && <LoadError error={failure} />}
    </>
  );
}

/** The 412's `current` is the whole plan tree (src/server/routes/plans.ts). */
function isPlanTree(value: unknown): value is PlanTree {
  return typeof value === 'object' && value !== null && 'objectives' in value && 'title' in value && 'version' in value;
}
