// A progress report to read (the Gender Unit's review, the previous period beside it): its
// facts, the Gender Unit's comment if returned, the narrative and the lines, nothing editable.

import { Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReportView } from '../../../contract';
import { useI18n } from '../../i18n/i18n';
import { ReportFacts, ReportHistory, ReturnComment } from './ReportHeader';
import { ReportLines } from './ReportLines';
import { NarrativeText } from './ReportNarrative';

const useStyles = makeStyles({
  report: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
});

export function ReportDocument({ view, title }: { view: ReportView; title: string }) {
  const styles = useStyles();
  const { t } = useI18n();
  const titleId = `document-${view.report.id}`;
  const linesId = `document-lines-${view.report.id}`;
  return (
    <article className={styles.report} aria-labelledby={titleId}>
      <Text as="h2" size={500} weight="semibold" id={titleId}>
        {title}
      </Text>
      <ReportFacts view={view} />
      <ReturnComment view={view} />
      <NarrativeText report={view.report} />
      <Text as="h3" weight="semibold" id={linesId}>
        {t.reporting.lines}
      </Text>
      {view.lines.length > 0 ? <ReportLines lines={view.lines} labelledBy={linesId} /> : <Caption1>{t.reporting.noLines}</Caption1>}
      <ReportHistory view={view} headingLevel={3} />
    </article>
  );
}
