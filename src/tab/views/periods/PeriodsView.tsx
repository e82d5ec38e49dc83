// Reporting periods (the Gender Unit): the cycles, the periods of one with the state of their
// reports, a new cycle, and closing the period reports are written for (periods close in order).

import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
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
import type { CycleSummary, PeriodSummary } from '../../../contract';
import { apiPaths } from '../../api/api-paths';
import { useResource } from '../../api/use-resource';
import { useApp } from '../../app/app-context';
import { mayClosePeriod, mayCreateCycle } from '../../app/roles';
import { hrefOf } from '../../app/routes';
import { LoadError, Loading } from '../../app/StatusViews';
import { useOverlay } from '../../app/use-overlay';
import { navigate } from '../../app/use-route';
import { useI18n } from '../../i18n/i18n';
import { PeriodStatusBadge } from '../../status/StatusBadges';
import { ClosePeriodDialog } from './ClosePeriodDialog';
import { CycleDialog } from './CycleDialog';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'end' },
  cell: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

export default function PeriodsView({ cycle }: { cycle?: string }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { api, me } = useApp();
  const cycles = useResource((signal) => api.get<CycleSummary[]>(apiPaths.cycles, signal).then((r) => r.body), [api]);
  const creating = useOverlay<true>();
  const closing = useOverlay<PeriodSummary>();
  const [notice, setNotice] = useState<string>();

  const chosen = cycles.data?.find((c) => c.code === cycle) ?? cycles.data?.[0];
  const closable = chosen?.periods.find((p) => p.status === 'open');

  return (
    <section className={styles.view} aria-labelledby="view-title">
      <Title2 as="h1" id="view-title">
        {t.periods.title}
      </Title2>
      <Text>{t.periods.intro}</Text>
      {notice && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {cycles.error !== undefined && <LoadError error={cycles.error} onRetry={cycles.reload} />}
      {!cycles.data && cycles.error === undefined && <Loading />}
      {cycles.data && (
        <div className={styles.bar}>
          {chosen && (
            <Field label={t.periods.cycle}>
              <Select value={chosen.code} onChange={(_e, d) => navigate(hrefOf({ view: 'periods', cycle: d.value }), true)}>
                {cycles.data.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.code}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          {mayCreateCycle(me) && <Button onClick={() => creating.show(true)}>{t.periods.newCycle}</Button>}
        </div>
      )}
      {cycles.data?.length === 0 && <Text>{t.periods.noCycles}</Text>}
      {chosen && <PeriodTable cycle={chosen} closableId={mayClosePeriod(me) ? closable?.id : undefined} onClose={closing.show} />}
      {creating.subject && (
        <CycleDialog
          key={creating.key}
          open={creating.open}
          onClose={creating.hide}
          onCreated={(created) => {
            creating.hide();
            setNotice(t.periods.created(created.code, created.periods.length));
            cycles.reload();
            navigate(hrefOf({ view: 'periods', cycle: created.code }), true);
          }}
        />
      )}
      {closing.subject && (
        <ClosePeriodDialog
          key={closing.key}
          open={closing.open}
          period={closing.subject}
          onClose={closing.hide}
          onClosed={(period) => {
            closing.hide();
            setNotice(t.periods.closed(period.label));
            cycles.reload();
          }}
        />
      )}
    </section>
  );
}

function PeriodTable({ cycle, closableId, onClose }: { cycle: CycleSummary; closableId?: string; onClose(period: PeriodSummary): void }) {
  const styles = useStyles();
  const { t, date, dateTime } = useI18n();
  const titleId = `periods-${cycle.code}`;
  return (
    <>
      <Text as="h2" size={500} weight="semibold" id={titleId}>
        {t.periods.periodsOf(cycle.code)}
      </Text>
      <Text>
        {t.periodicity[cycle.periodicity]} · {t.periods.dateRange(date(cycle.start), date(cycle.end))}
      </Text>
      <Table aria-labelledby={titleId} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t.periods.label}</TableHeaderCell>
            <TableHeaderCell>{t.periods.dates}</TableHeaderCell>
            <TableHeaderCell>{t.periods.reportDue}</TableHeaderCell>
            <TableHeaderCell>{t.periods.status}</TableHeaderCell>
            <TableHeaderCell>{t.periods.reports}</TableHeaderCell>
            <TableHeaderCell>{t.periods.missing}</TableHeaderCell>
            <TableHeaderCell>{t.periods.action}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {cycle.periods.map((p) => (
            <TableRow key={p.id}>
              <TableCell>{p.label}</TableCell>
              <TableCell>{t.periods.dateRange(date(p.start), date(p.end))}</TableCell>
              <TableCell>{date(p.reportDue)}</TableCell>
              <TableCell>
                <div className={styles.cell}>
                  <PeriodStatusBadge status={p.status} />
                  {p.closedAt && <Text size={200}>{t.periods.closedBy(p.closedByName ?? p.closedBy ?? '', dateTime(p.closedAt))}</Text>}
                  {p.forced && <Text size={200}>{t.periods.forced}</Text>}
                </div>
              </TableCell>
              <TableCell>
                <div className={styles.cell}>
                  <Text>{t.periods.reportCounts(p.reports.submitted, p.reports.accepted, p.reports.expected)}</Text>
                  {p.reports.late > 0 && <Text size={200}>{t.periods.lateCount(p.reports.late)}</Text>}
                </div>
              </TableCell>
              {/* Offices are missing once their report is due (or the period closed without it), not before. */}
              <TableCell>
                {(p.status === 'closed' || p.reports.missing > 0) && p.missingOffices.length > 0
                  ? p.missingOffices.map((o) => o.name).join(', ')
                  : t.reporting.none}
              </TableCell>
              <TableCell>
                {p.id === closableId && (
                  <Button size="small" onClick={() => onClose(p)} aria-label={t.periods.closeOf(p.label)}>
                    {t.periods.close}
                  </Button>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
