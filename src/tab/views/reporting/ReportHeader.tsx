// The head of a progress report: office and period, status in words, due date and lateness,
// the Gender Unit's comment when it was returned, and who did what when.

import { Caption1, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReportView } from '../../../contract';
import { useI18n } from '../../i18n/i18n';
import { LateBadge, ReportStatusBadge } from '../../status/StatusBadges';

const useStyles = makeStyles({
  line: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  comment: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  history: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** Status, due date, version: one line under the report's heading. */
export function ReportFacts({ view }: { view: ReportView }) {
  const styles = useStyles();
  const { t, date, number } = useI18n();
  return (
    <div className={styles.line}>
      <ReportStatusBadge status={view.report.status} />
      <LateBadge late={view.late} />
      <Text>{t.reporting.due(date(view.period.reportDue))}</Text>
      <Caption1>{t.reporting.version(number(view.report.version))}</Caption1>
    </div>
  );
}

/** The Gender Unit's comment on a returned report, with who returned it and when. */
export function ReturnComment({ view }: { view: ReportView }) {
  const styles = useStyles();
  const { t, dateTime } = useI18n();
  const { report, names } = view;
  if (report.status !== 'returned' || !report.returnComment) return null;
  const by = report.decidedBy ? (names[report.decidedBy] ?? report.decidedBy) : '';
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.reporting.returnedTitle}</MessageBarTitle>
        <span className={styles.comment}>“{report.returnComment}”</span>
        {by && report.decidedAt && <Caption1> — {t.reporting.returnedBy(by, dateTime(report.decidedAt))}</Caption1>}
      </MessageBarBody>
    </MessageBar>
  );
}

/** Every step of the report's workflow, oldest first, by name. */
export function ReportHistory({ view, headingLevel = 2 }: { view: ReportView; headingLevel?: 2 | 3 }) {
  const styles = useStyles();
  const { t, dateTime } = useI18n();
  const { transitions } = view.report;
  if (transitions.length === 0) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={`history-${view.report.id}`}>
      <Text as={Heading} weight="semibold" id={`history-${view.report.id}`}>
        {t.reporting.history}
      </Text>
      <ul className={styles.history}>
        {transitions.map((step) => (
          <li key={`${step.at}-${step.to}`}>
            <Text>{t.reporting.transition(t.reportStatus[step.to], view.names[step.by] ?? step.by, dateTime(step.at))}</Text>
            {step.comment && <Text className={styles.comment}> — “{step.comment}”</Text>}
          </li>
        ))}
      </ul>
    </section>
  );
}
