// One progress report by its id (#/reports/ID): where a link in a reminder, the bot's card or
// the review queue leads.

import { Link, Title2, makeStyles, tokens } from '@fluentui/react-components';
import type { ReportView } from '../../../contract';
import { apiPaths } from '../../api/api-paths';
import { useResource } from '../../api/use-resource';
import { useApp } from '../../app/app-context';
import { hrefOf } from '../../app/routes';
import { LoadError, Loading } from '../../app/StatusViews';
import { useI18n } from '../../i18n/i18n';
import { ReportEditor } from './ReportEditor';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export default function ReportPageView({ reportId }: { reportId: string }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { api } = useApp();
  const report = useResource((signal) => api.get<ReportView>(apiPaths.report(reportId), signal).then((r) => r.body), [api, reportId]);
  const view = report.data;
  return (
    <section className={styles.view} aria-labelledby="view-title">
      <Title2 as="h1" id="view-title">
        {t.reporting.title}
      </Title2>
      {report.error !== undefined && <LoadError error={report.error} onRetry={report.reload} />}
      {!view && report.error === undefined && <Loading />}
      {view && (
        <>
          <Link href={hrefOf({ view: 'reporting', periodId: view.period.id, office: view.office.code })}>{t.reporting.otherReports}</Link>
          <ReportEditor key={view.report.id} view={view} />
        </>
      )}
    </section>
  );
}
