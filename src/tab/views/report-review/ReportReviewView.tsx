// The Gender Unit's review of progress reports: the submitted ones, newest first; one opened
// beside the office's report for the previous period, to accept or return with a comment.

import {
  Link,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { ReportSummary } from '../../../contract';
import { apiPaths } from '../../api/api-paths';
import { useResource } from '../../api/use-resource';
import { useApp } from '../../app/app-context';
import { mayManagePeriods } from '../../app/roles';
import { hrefOf } from '../../app/routes';
import { LoadError, Loading } from '../../app/StatusViews';
import { navigate } from '../../app/use-route';
import { useI18n } from '../../i18n/i18n';
import { LateBadge, ReportStatusBadge } from '../../status/StatusBadges';
import { ReportComparison } from './ReportComparison';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export default function ReportReviewView({ reportId }: { reportId?: string }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { me } = useApp();
  const [decided, setDecided] = useState<string>();
  return (
    <section className={styles.view} aria-labelledby="view-title">
      <Title2 as="h1" id="view-title">
        {t.reportReview.title}
      </Title2>
      {mayManagePeriods(me) && <Link href={hrefOf({ view: 'periods' })}>{t.periods.title}</Link>}
      {decided && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{decided}</MessageBarBody>
        </MessageBar>
      )}
      {reportId ? (
        <ReportComparison
          key={reportId}
          reportId={reportId}
          onDecided={(notice) => {
            setDecided(notice);
            navigate(hrefOf({ view: 'report-review' }));
          }}
        />
      ) : (
        <WaitingReports onOpen={() => setDecided(undefined)} />
      )}
    </section>
  );
}

function WaitingReports({ onOpen }: { onOpen(): void }) {
  const { t, dateTime } = useI18n();
  const { api } = useApp();
  const reports = useResource((signal) => api.get<ReportSummary[]>(apiPaths.reports(), signal).then((r) => r.body), [api]);
  const waiting = (reports.data ?? []).filter((r) => r.status === 'submitted').sort((a, b) => (b.submittedAt ?? '').localeCompare(a.submittedAt ?? ''));
  if (reports.error !== undefined) return <LoadError error={reports.error} onRetry={reports.reload} />;
  if (!reports.data) return <Loading />;
  return (
    <>
      <Text>{t.reportReview.intro}</Text>
      <Text as="h2" size={500} weight="semibold" id="waiting-title">
        {t.reportReview.waiting}
      </Text>
      {waiting.length === 0 ? (
        <Text>{t.reportReview.noneWaiting}</Text>
      ) : (
        <Table aria-labelledby="waiting-title" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.reportReview.office}</TableHeaderCell>
              <TableHeaderCell>{t.reportReview.period}</TableHeaderCell>
              <TableHeaderCell>{t.reportReview.status}</TableHeaderCell>
              <TableHeaderCell>{t.reportReview.submittedBy}</TableHeaderCell>
              <TableHeaderCell>{t.reportReview.submittedAt}</TableHeaderCell>
              <TableHeaderCell>{t.reportReview.open}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {waiting.map((r) => (
              <TableRow key={r.id}>
                <TableCell>{r.officeName}</TableCell>
                <TableCell>{r.periodLabel}</TableCell>
                <TableCell>
                  <ReportStatusBadge status={r.status} /> <LateBadge late={r.late} />
                </TableCell>
                <TableCell>{r.submittedByName ?? r.submittedBy ?? ''}</TableCell>
                <TableCell>{r.submittedAt ? dateTime(r.submittedAt) : ''}</TableCell>
                <TableCell>
                  <Link
                    href={hrefOf({ view: 'report-review', reportId: r.id })}
                    onClick={onOpen}
                    aria-label={t.reportReview.openOf(r.officeName, r.periodLabel)}
                  >
                    {t.reportReview.open}
                  </Link>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
