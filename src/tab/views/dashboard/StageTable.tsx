// Where each office stands in making its plan: needs assessment → workshop → submitted → endorsed.

import { Link, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Card, Title3, makeStyles, tokens } from '@fluentui/react-components';
import type { Dashboard, OfficeStage } from '../../../contract';
import { hrefOf } from '../../app/routes';
import { useI18n } from '../../i18n/i18n';
import { PlanStatusBadge, StageBadge } from '../../status/StatusBadges';

const STEPS: OfficeStage[] = ['needs-assessment', 'workshop', 'submitted', 'endorsed'];

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, overflowX: 'auto' },
});

export function StageTable({ dashboard }: { dashboard: Dashboard }) {
  const styles = useStyles();
  const { t, percent, number } = useI18n();
  return (
    <Card className={styles.card} aria-labelledby="stage-title">
      <Title3 as="h2" id="stage-title">
        {t.dashboard.stages}
      </Title3>
      <Table size="small" aria-labelledby="stage-title">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t.plans.office}</TableHeaderCell>
            <TableHeaderCell>{t.dashboard.stage}</TableHeaderCell>
            <TableHeaderCell>{t.dashboard.step}</TableHeaderCell>
            <TableHeaderCell>{t.plans.status}</TableHeaderCell>
            <TableHeaderCell>{t.plans.progress}</TableHeaderCell>
            <TableHeaderCell>{t.plans.overdue}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {dashboard.offices.map((o) => (
            <TableRow key={o.officeId} data-office={o.code}>
              <TableCell>{o.planId ? <Link href={hrefOf({ view: 'plan', planId: o.planId })}>{o.name}</Link> : o.name}</TableCell>
              <TableCell>
                <StageBadge stage={o.stage} />
              </TableCell>
              <TableCell>{t.dashboard.stepOf(STEPS.indexOf(o.stage) + 1, STEPS.length)}</TableCell>
              <TableCell>{o.planStatus ? <PlanStatusBadge status={o.planStatus} /> : t.dashboard.noPlan}</TableCell>
              <TableCell>{percent(o.rollup.progress)}</TableCell>
              <TableCell>{number(o.rollup.overdue)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Card>
  );
}
