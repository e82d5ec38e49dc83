// An office's progress report, written or read: the narrative and one line per target, saved
// with If-Match (only the fields the user changed), submitted to the Gender Unit. A save that
// meets someone else's newer version (412) shows both and keeps the user's text, as the plan
// editor does. Read-only once submitted or accepted, in a closed period, and for readers.

import { Button, Caption1, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { reportPatch, reportView, type ReportView } from '../../../contract';
import { ApiProblem, etagOf } from '../../api/api-client';
import { apiPaths } from '../../api/api-paths';
import { useApp } from '../../app/app-context';
import { mayEditReport, maySubmitReport } from '../../app/roles';
import { LoadError } from '../../app/StatusViews';
import { serverFieldErrors, validate, type FieldErrors } from '../../forms/validation';
import { useI18n } from '../../i18n/i18n';
import { ReportConflict } from './ReportConflict';
import { changesOf, draftOf, patchOf, rebase, type ReportDraft } from './report-form';
import { ReportFacts, ReportHistory, ReturnComment } from './ReportHeader';
import { ReportLines } from './ReportLines';
import { NarrativeFields, NarrativeText } from './ReportNarrative';

const useStyles = makeStyles({
  report: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

export interface ReportEditorProps {
  view: ReportView;
  /** After a save or a submission, with the report as it is now. */
  onChanged?(view: ReportView): void;
}

export function ReportEditor({ view: initial, onChanged }: ReportEditorProps) {
  const styles = useStyles();
  const { t, locale } = useI18n();
  const { api, me } = useApp();
  const [current, setCurrent] = useState(initial);
  const [base, setBase] = useState(() => draftOf(initial, locale));
  const [mine, setMine] = useState(() => draftOf(initial, locale));
  const [conflict, setConflict] = useState<ReportView>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const [notice, setNotice] = useState<string>();
  const [showErrors, setShowErrors] = useState(false);

  const editable = mayEditReport(me, current);
  const patch = useMemo(() => patchOf(base, mine, current, locale), [base, mine, current, locale]);
  const dirty = changesOf(base, mine).length > 0;
  const checked = validate(reportPatch, patch, t);
  const errors = { ...fieldErrorsByTarget(serverFieldErrors(failure, t), patch), ...(showErrors || dirty ? fieldErrorsByTarget(checked.errors, patch) : {}) };
  const titleId = `report-${current.report.id}`;
  const linesId = `report-lines-${current.report.id}`;

  const adopt = (next: ReportView) => {
    setCurrent(next);
    setBase(draftOf(next, locale));
    setMine(draftOf(next, locale));
    setConflict(undefined);
    onChanged?.(next);
  };

  /** PATCHes `body` on top of `basedOn`; the new report, or undefined after a conflict or failure. */
  const send = async (body: object, basedOn: ReportView, draftBase: ReportDraft, draftMine: ReportDraft): Promise<ReportView | undefined> => {
    try {
      const { body: saved } = await api.send<ReportView>('PATCH', apiPaths.report(basedOn.report.id), { body, ifMatch: etagOf(basedOn.report) });
      adopt(saved);
      return saved;
    } catch (error) {
      const stale = error instanceof ApiProblem && error.status === 412 ? reportView.safeParse(error.current) : undefined;
      if (stale?.success) {
        // Keep what the user typed; show it beside the version saved now.
        setBase(draftBase);
        setMine(draftMine);
        setConflict(stale.data);
      } else setFailure(error);
      return undefined;
    }
  };

  const save = async (): Promise<ReportView | undefined> => {
    setShowErrors(true);
    if (!checked.ok) return undefined;
    if (!dirty) return current;
    setBusy(true);
    setFailure(undefined);
    setNotice(undefined);
    const saved = await send(checked.value, current, base, mine);
    if (saved) setNotice(t.reporting.saved);
    setBusy(false);
    return saved;
  };

  const submit = async () => {
    const saved = await save();
    if (!saved) return;
    setBusy(true);
    try {
      const { body } = await api.send<ReportView>('POST', `${apiPaths.report(saved.report.id)}/submit`, { body: {}, ifMatch: etagOf(saved.report) });
      adopt(body);
      setNotice(t.reporting.submitted);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const keepMine = async () => {
    if (!conflict) return;
    const theirs = draftOf(conflict, locale);
    const rebased = rebase(base, mine, theirs);
    setBusy(true);
    const saved = await send(patchOf(theirs, rebased, conflict, locale), conflict, theirs, rebased);
    if (saved) setNotice(t.reporting.saved);
    setBusy(false);
  };

  return (
    <article className={styles.report} aria-labelledby={titleId}>
      <Text as="h2" size={500} weight="semibold" id={titleId}>
        {t.reporting.heading(current.office.name, current.period.label)}
      </Text>
      <ReportFacts view={current} />
      <ReturnComment view={current} />
      <ReadOnlyReason view={current} editable={editable} />
      {notice && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {conflict ? (
        <ReportConflict
          changes={changesOf(base, mine)}
          mine={mine}
          theirs={draftOf(conflict, locale)}
          current={conflict}
          busy={busy}
          onKeepMine={() => void keepMine()}
          onTakeTheirs={() => adopt(conflict)}
        />
      ) : (
        <form
          className={styles.report}
          noValidate
          aria-labelledby={titleId}
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <Text as="h3" weight="semibold">
            {t.reporting.narrative}
          </Text>
          {editable ? (
            <NarrativeFields
              values={mine.narrative}
              errors={errors}
              onChange={(field, value) => setMine((d) => ({ ...d, narrative: { ...d.narrative, [field]: value } }))}
            />
          ) : (
            <NarrativeText report={current.report} />
          )}
          <Text as="h3" weight="semibold" id={linesId}>
            {t.reporting.lines}
          </Text>
          <Caption1>{current.lines.length > 0 ? t.reporting.linesCaption(current.lines.length) : t.reporting.noLines}</Caption1>
          {current.lines.length > 0 && (
            <ReportLines
              lines={current.lines}
              labelledBy={linesId}
              draft={editable ? mine.lines : undefined}
              errors={errors}
              onChange={(targetId, field, value) =>
                setMine((d) => {
                  const line = d.lines[targetId];
                  return line ? { ...d, lines: { ...d.lines, [targetId]: { ...line, [field]: value } } } : d;
                })
              }
            />
          )}
          {editable && (
            <div className={styles.actions}>
              <Button type="submit" appearance="primary" disabled={busy}>
                {busy ? t.common.saving : t.reporting.save}
              </Button>
              {maySubmitReport(me, current) && (
                <Button disabled={busy} onClick={() => void submit()}>
                  {t.reporting.submit}
                </Button>
              )}
              {dirty && <Caption1>{t.reporting.unsaved}</Caption1>}
            </div>
          )}
        </form>
      )}
      {failure !== undefined && <LoadError error={failure} />}
      <ReportHistory view={current} />
    </article>
  );
}

function ReadOnlyReason({ view, editable }: { view: ReportView; editable: boolean }) {
  const { t } = useI18n();
  const { me } = useApp();
  if (editable) return null;
  const text =
    view.period.status === 'closed'
      ? t.reporting.periodClosed(view.period.label)
      : mayEditReport(me, { ...view, report: { ...view.report, status: 'draft' } })
        ? t.reporting.readOnlyStatus(t.reportStatus[view.report.status])
        : t.reporting.readOnlyViewer;
  return (
    <MessageBar intent="info">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}

/**
 * The problems of a patch's lines keyed by target (`${targetId}.${field}`) rather than by their
 * index in the patch (`lines.3.value`), so that each shows in its target's row; the others as they are.
 */
function fieldErrorsByTarget(errors: FieldErrors, patch: { lines?: readonly { targetId: string }[] }): FieldErrors {
  const out: FieldErrors = {};
  for (const [key, text] of Object.entries(errors)) {
    const match = /^lines\.(\d+)\.(\w+)$/.exec(key);
    const targetId = match ? patch.lines?.[Number(match[1])]?.targetId : undefined;
    if (match && targetId) out[`${targetId}.${match[2]}`] = text;
    else if (!key.startsWith('lines')) out[key] = text;
  }
  return out;
}
