// Reporting: an office's progress report for a period. Focal points land on their office and
// the open period (the earliest not closed: periods close in order) and start the report
// there, prefilled from the check-ins; the Gender Unit and readers pick any office and period.

import { Button, Caption1, Field, Link, MessageBar, MessageBarBody, Select, Text, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { CycleSummary, Office, PeriodSummary, ReportSummary, ReportView } from '../../../contract';
import { apiPaths } from '../../api/api-paths';
import { useResource } from '../../api/use-resource';
import { useApp } from '../../app/app-context';
import { mayManagePeriods, mayStartReport } from '../../app/roles';
import { hrefOf } from '../../app/routes';
import { LoadError, Loading } from '../../app/StatusViews';
import { navigate } from '../../app/use-route';
import { useI18n } from '../../i18n/i18n';
import { ReportEditor } from './ReportEditor';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  pickers: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'end' },
  start: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
});

export default function ReportingView({ periodId, office }: { periodId?: string; office?: string }) {
  const styles = useStyles();
  const { t, compare } = useI18n();
  const { api, me } = useApp();
  const cycles = useResource((signal) => api.get<CycleSummary[]>(apiPaths.cycles, signal).then((r) => r.body), [api]);
  const offices = useResource((signal) => api.get<Office[]>(apiPaths.offices, signal).then((r) => r.body), [api]);

  const periods = (cycles.data ?? []).flatMap((c) => c.periods);
  const period = periods.find((p) => p.id === periodId) ?? openPeriodOf(periods);
  const officeList = [...(offices.data ?? [])].sort((a, b) => compare(a.name, b.name));
  const mine = me.offices.map((o) => o.code);
  const chosen = officeList.find((o) => o.code === office) ?? officeList.find((o) => mine.includes(o.code)) ?? officeList[0];
  const go = (next: { periodId?: string; office?: string }) =>
    navigate(hrefOf({ view: 'reporting', periodId: next.periodId ?? period?.id, office: next.office ?? chosen?.code }), true);

  return (
    <section className={styles.view} aria-labelledby="view-title">
      <Title2 as="h1" id="view-title">
        {t.reporting.title}
      </Title2>
      <Text>{t.reporting.intro}</Text>
      {mayManagePeriods(me) && <Link href={hrefOf({ view: 'periods' })}>{t.periods.title}</Link>}
      {cycles.error !== undefined && <LoadError error={cycles.error} onRetry={cycles.reload} />}
      {offices.error !== undefined && <LoadError error={offices.error} onRetry={offices.reload} />}
      {(!cycles.data || !offices.data) && cycles.error === undefined && offices.error === undefined && <Loading />}
      {cycles.data && periods.length === 0 && (
        <MessageBar intent="info">
          <MessageBarBody>{t.reporting.noPeriods}</MessageBarBody>
        </MessageBar>
      )}
      {period && chosen && (
        <>
          <div className={styles.pickers}>
            <Field label={t.reporting.period}>
              <Select value={period.id} onChange={(_e, d) => go({ periodId: d.value })}>
                {(cycles.data ?? []).flatMap((c) =>
                  c.periods.map((p) => (
                    <option key={p.id} value={p.id}>
                      {t.reporting.periodOption(p.label, t.periodStatus[p.status])}
                    </option>
                  )),
                )}
              </Select>
            </Field>
            <Field label={t.reporting.office}>
              <Select value={chosen.code} onChange={(_e, d) => go({ office: d.value })}>
                {officeList.map((o) => (
                  <option key={o.id} value={o.code}>
                    {o.name}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <OfficeReport key={`${period.id}|${chosen.id}`} period={period} office={chosen} />
        </>
      )}
    </section>
  );
}

/** The report of one office for one period, or the way to start it. */
function OfficeReport({ period, office }: { period: PeriodSummary; office: Office }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { api, me } = useApp();
  const [starting, setStarting] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const report = useResource(
    async (signal) => {
      const summaries = (await api.get<ReportSummary[]>(apiPaths.reports({ period: period.id, office: office.code }), signal)).body;
      const first = summaries[0];
      return first ? (await api.get<ReportView>(apiPaths.report(first.id), signal)).body : null;
    },
    [api, period.id, office.code],
  );

  const start = async () => {
    setStarting(true);
    setFailure(undefined);
    try {
      const { body } = await api.send<ReportView>('POST', '/api/reports', { body: { periodId: period.id, office: office.code } });
      report.setData(() => body);
    } catch (error) {
      setFailure(error);
    } finally {
      setStarting(false);
    }
  };

  if (report.error !== undefined) return <LoadError error={report.error} onRetry={report.reload} />;
  if (report.data === undefined) return <Loading />;
  if (report.data) return <ReportEditor key={report.data.report.id} view={report.data} />;
  const mayStart = mayStartReport(me, office.id) && period.status === 'open';
  return (
    <div className={styles.start}>
      <MessageBar intent="info">
        <MessageBarBody>
          {period.status === 'closed' ? t.reporting.periodClosed(period.label) : t.reporting.notStarted(office.name, period.label)}
        </MessageBarBody>
      </MessageBar>
      {mayStart && (
        <>
          <Button appearance="primary" disabled={starting} onClick={() => void start()}>
            {t.reporting.start(period.label)}
          </Button>
          <Caption1>{t.reporting.startHint}</Caption1>
        </>
      )}
      {failure !== undefined && <LoadError error={failure} />}
    </div>
  );
}

/** The period reports are written for now: the earliest one not closed, else the latest. */
function openPeriodOf(periods: readonly PeriodSummary[]): PeriodSummary | undefined {
  const byStart = [...periods].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  return byStart.find((p) => p.status === 'open') ?? byStart[byStart.length - 1];
}
