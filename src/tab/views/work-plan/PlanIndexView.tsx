// The office work plans the user can open: their own office's first, then every plan by cycle
// and office, with status and progress.

import { Link, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, Title2, makeStyles, tokens } from '@fluentui/react-components';
import type { PlanSummary } from '../../api/api-types';
import { apiPaths } from '../../api/api-paths';
import { useResource } from '../../api/use-resource';
import { useApp } from '../../app/app-context';
import { isFocalPointOf } from '../../app/roles';
import { hrefOf } from '../../app/routes';
import { LoadError, Loading } from '../../app/StatusViews';
import { useI18n } from '../../i18n/i18n';
import { PlanStatusBadge } from '../../status/StatusBadges';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  table: { backgroundColor: tokens.colorNeutralBackground1 },
});

export default function PlanIndexView() {
  const styles = useStyles();
  const { t, percent, number, compare } = useI18n();
  const { api, me } = useApp();
  const plans = useResource((signal) => api.get<PlanSummary[]>(apiPaths.plans, signal).then((r) => r.body), [api]);

  const sorted = [...(plans.data ?? [])].sort(
    (a, b) => Number(isFocalPointOf(me, b.officeId)) - Number(isFocalPointOf(me, a.officeId)) || compare(b.cycle, a.cycle) || compare(a.officeCode, b.officeCode),
  );

  return (
    <section className={styles.view} aria-labelledby="view-title">
      <Title2 as="h1" id="view-title">
        {t.plans.title}
      </Title2>
      {me.offices.length > 0 && <Text>{t.plans.yourOffice(me.offices.map((o) => o.name).join(', '))}</Text>}
      {plans.error !== undefined && <LoadError error={plans.error} onRetry={plans.reload} />}
      {plans.loading && !plans.data && <Loading />}
      {plans.data && (
        <Table className={styles.table} aria-labelledby="view-title">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.plans.office}</TableHeaderCell>
              <TableHeaderCell>{t.plans.plan}</TableHeaderCell>
              <TableHeaderCell>{t.plans.cycle}</TableHeaderCell>
              <TableHeaderCell>{t.plans.status}</TableHeaderCell>
              <TableHeaderCell>{t.plans.targets}</TableHeaderCell>
              <TableHeaderCell>{t.plans.progress}</TableHeaderCell>
              <TableHeaderCell>{t.plans.overdue}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {sorted.map((p) => (
              <TableRow key={p.id}>
                <TableCell>{p.officeName}</TableCell>
                <TableCell>
                  <Link href={hrefOf({ view: 'plan', planId: p.id })}>{p.title}</Link>
                </TableCell>
                <TableCell>{p.cycle}</TableCell>
                <TableCell>
                  <PlanStatusBadge status={p.status} />
                </TableCell>
                <TableCell>{number(p.rollup.targets)}</TableCell>
                <TableCell>{percent(p.rollup.progress)}</TableCell>
                <TableCell>{number(p.rollup.overdue)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
