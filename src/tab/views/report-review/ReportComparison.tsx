// One submitted report beside the same office's report for the previous period, and the
// Gender Unit's decision: accept, or return with a comment the office will see (required).
// Whoever submitted the report never decides on it (separation of duties).

import { Button, Caption1, Field, Link, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { transitionInput } from '../../../domain/schemas';
import type { ReportView } from '../../../contract';
import { etagOf } from '../../api/api-client';
import { apiPaths } from '../../api/api-paths';
import { useResource } from '../../api/use-resource';
import { useApp } from '../../app/app-context';
import { mayDecideReport } from '../../app/roles';
import { hrefOf } from '../../app/routes';
import { LoadError, Loading } from '../../app/StatusViews';
import { optionalText, validate } from '../../forms/validation';
import { useI18n } from '../../i18n/i18n';
import { ReportDocument } from '../reporting/ReportDocument';

const useStyles = makeStyles({
  sides: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(480px, 1fr))', gap: tokens.spacingHorizontalXXL, alignItems: 'start' },
  side: { minWidth: 0 },
  decision: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    maxWidth: '48rem',
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export function ReportComparison({ reportId, onDecided }: { reportId: string; onDecided(notice: string): void }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { api } = useApp();
  const report = useResource((signal) => api.get<ReportView>(apiPaths.report(reportId), signal).then((r) => r.body), [api, reportId]);
  const previousId = report.data?.previous?.reportId;
  const previous = useResource(
    (signal) => (previousId ? api.get<ReportView>(apiPaths.report(previousId), signal).then((r) => r.body) : Promise.resolve(null)),
    [api, previousId],
  );

  if (report.error !== undefined) return <LoadError error={report.error} onRetry={report.reload} />;
  const view = report.data;
  if (!view) return <Loading />;
  return (
    <>
      <Link href={hrefOf({ view: 'report-review' })}>{t.reportReview.back}</Link>
      <Decision view={view} onDecided={onDecided} onStale={report.reload} />
      <div className={styles.sides}>
        <div className={styles.side}>
          <ReportDocument view={view} title={`${view.office.name} — ${t.reportReview.thisReport(view.period.label)}`} />
        </div>
        <div className={styles.side}>
          {previous.error !== undefined && <LoadError error={previous.error} onRetry={previous.reload} />}
          {previous.data === undefined && previous.error === undefined && <Loading />}
          {previous.data === null && (
            <Text as="h2" size={500} weight="semibold">
              {t.reportReview.noPrevious}
            </Text>
          )}
          {previous.data && (
            <ReportDocument view={previous.data} title={`${previous.data.office.name} — ${t.reportReview.previousReport(previous.data.period.label)}`} />
          )}
        </div>
      </div>
    </>
  );
}

function Decision({ view, onDecided, onStale }: { view: ReportView; onDecided(notice: string): void; onStale(): void }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { api, me } = useApp();
  const [comment, setComment] = useState('');
  const [returning, setReturning] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const checked = validate(transitionInput, { comment: optionalText(comment) }, t);
  const commentError = checked.errors.comment ?? (returning && !optionalText(comment) ? t.reportReview.commentRequired : undefined);
  const office = view.office.name;
  const period = view.period.label;

  if (view.report.status !== 'submitted') return null;
  if (!mayDecideReport(me, view)) {
    const own = view.report.submittedBy?.toLowerCase() === me.user.email.toLowerCase();
    return own ? <Caption1>{t.reportReview.ownSubmission}</Caption1> : null;
  }

  const decide = async (action: 'accept' | 'return') => {
    if (action === 'return' && !optionalText(comment)) {
      setReturning(true);
      return;
    }
    if (!checked.ok) return;
    setBusy(true);
    setFailure(undefined);
    try {
      await api.send('POST', `${apiPaths.report(view.report.id)}/${action}`, { body: checked.value, ifMatch: etagOf(view.report) });
      onDecided(action === 'accept' ? t.reportReview.accepted(office, period) : t.reportReview.returned(office, period));
    } catch (error) {
      setFailure(error);
      setBusy(false);
      onStale();
    }
  };

  return (
    <section className={styles.decision} aria-labelledby="decision-title">
      <Text as="h2" size={400} weight="semibold" id="decision-title">
        {t.reportReview.decision}
      </Text>
      <Field label={t.reportReview.comment} hint={t.reportReview.commentHint} validationMessage={commentError}>
        <Textarea value={comment} onChange={(_e, d) => setComment(d.value)} resize="vertical" />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={() => void decide('accept')} aria-label={t.reportReview.acceptOf(office)}>
          {t.reportReview.accept}
        </Button>
        <Button disabled={busy} onClick={() => void decide('return')} aria-label={t.reportReview.returnOf(office)}>
          {t.reportReview.return}
        </Button>
      </div>
      {failure !== undefined && <LoadError error={failure} />}
    </section>
  );
}
