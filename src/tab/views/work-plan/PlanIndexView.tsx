// The office work plans the user can open: their own office's first, then every plan by cycle
// and office, with status and progress. Filters by office, cycle and status; every column
// sorts. Titles stay on one line (the table scrolls sideways on a narrow screen).

import {
  Button,
  Field,
  Link,
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
import { AddRegular } from '@fluentui/react-icons';
import { lazy, Suspense, useMemo, useState } from 'react';
import type { PlanStatus, PlanSummary } from '../../../contract';
import { apiPaths } from '../../api/api-paths';
import { useResource } from '../../api/use-resource';
import { useApp } from '../../app/app-context';
import { isFocalPointOf, mayDoAnywhere } from '../../app/roles';
import { hrefOf } from '../../app/routes';
import { navigate } from '../../app/use-route';
import { useOverlay } from '../../app/use-overlay';
import { LoadError, Loading } from '../../app/StatusViews';
import { useI18n } from '../../i18n/i18n';
import { PlanStatusBadge } from '../../status/StatusBadges';
import { whenPageReleased } from './page-released';
import { filterPlans, sortPlans, type PlanColumn, type PlanFilter, type PlanSort } from './plan-index';

// The dialog loads when opened: most visits to the index never start a plan.
const NewPlanDialog = lazy(() => import('./NewPlanDialog').then((m) => ({ default: m.NewPlanDialog })));

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  headingActions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  filters: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  scroller: { overflowX: 'auto' },
  // Fluent's table shares the width out equally (a fixed layout): columns size to their content here.
  table: { backgroundColor: tokens.colorNeutralBackground1, tableLayout: 'auto', minWidth: 'max-content' },
  nowrap: { whiteSpace: 'nowrap' },
  count: { paddingBottom: tokens.spacingVerticalS },
});

const COLUMNS: readonly PlanColumn[] = ['office', 'title', 'cycle', 'status', 'targets', 'progress', 'overdue'];

export default function PlanIndexView() {
  const styles = useStyles();
  const { t, percent, number, compare } = useI18n();
  const { api, me } = useApp();
  const plans = useResource((signal) => api.get<PlanSummary[]>(apiPaths.plans, signal).then((r) => r.body), [api]);
  const [filter, setFilter] = useState<PlanFilter>({ office: '', cycle: '', status: '' });
  const [sort, setSort] = useState<PlanSort | undefined>();
  const creating = useOverlay<true>();

  const all = useMemo(() => plans.data ?? [], [plans.data]);
  const offices = useMemo(
    () =>
      uniqueSorted(
        all.map((p) => p.officeName),
        compare,
      ),
    [all, compare],
  );
  const cycles = useMemo(
    () =>
      uniqueSorted(
        all.map((p) => p.cycle),
        compare,
      ).reverse(),
    [all, compare],
  );
  const statuses = useMemo(() => [...new Set(all.map((p) => p.status))], [all]);
  const shown = sortPlans(filterPlans(all, filter), sort, {
    compare,
    statusLabel: (s: PlanStatus) => t.planStatus[s],
    mineFirst: (p) => isFocalPointOf(me, p.officeId),
  });
  const header: Record<PlanColumn, string> = {
    office: t.plans.office,
    title: t.plans.plan,
    cycle: t.plans.cycle,
    status: t.plans.status,
    targets: t.plans.targets,
    progress: t.plans.progress,
    overdue: t.plans.overdue,
  };
  const sortBy = (column: PlanColumn) =>
    setSort((s) => ({ column, direction: s?.column === column && s.direction === 'ascending' ? 'descending' : 'ascending' }));

  return (
    <section className={styles.view} aria-labelledby="view-title">
      <div className={styles.heading}>
        <Title2 as="h1" id="view-title">
          {t.plans.title}
        </Title2>
        <div className={styles.headingActions}>
          <Link href={hrefOf({ view: 'process' })}>{t.process.link}</Link>
          {mayDoAnywhere(me, 'create-plan') && (
            <Button appearance="primary" icon={<AddRegular />} disabled={!plans.data} onClick={() => creating.show(true)}>
              {t.planCreate.open}
            </Button>
          )}
        </div>
      </div>
      {me.offices.length > 0 && <Text>{t.plans.yourOffice(me.offices.map((o) => o.name).join(', '))}</Text>}
      {plans.error !== undefined && <LoadError error={plans.error} onRetry={plans.reload} />}
      {plans.loading && !plans.data && <Loading />}
      {plans.data && (
        <>
          <div className={styles.filters} role="group" aria-label={t.planIndex.filters}>
            <Field label={t.plans.office}>
              <Select value={filter.office} onChange={(_e, d) => setFilter((f) => ({ ...f, office: d.value }))}>
                <option value="">{t.planIndex.allOffices}</option>
                {offices.map((o) => (
                  <option key={o}>{o}</option>
                ))}
              </Select>
            </Field>
            <Field label={t.plans.cycle}>
              <Select value={filter.cycle} onChange={(_e, d) => setFilter((f) => ({ ...f, cycle: d.value }))}>
                <option value="">{t.planIndex.allCycles}</option>
                {cycles.map((c) => (
                  <option key={c}>{c}</option>
                ))}
              </Select>
            </Field>
            <Field label={t.plans.status}>
              <Select value={filter.status} onChange={(_e, d) => setFilter((f) => ({ ...f, status: d.value }))}>
                <option value="">{t.planIndex.allStatuses}</option>
                {statuses.map((s) => (
                  <option key={s} value={s}>
                    {t.planStatus[s]}
                  </option>
                ))}
              </Select>
            </Field>
            <Text className={styles.count} role="status">
              {t.planIndex.shown(shown.length, all.length)}
            </Text>
          </div>
          {shown.length === 0 ? (
            <Text>{t.planIndex.noneMatch}</Text>
          ) : (
            <div className={styles.scroller}>
              <Table className={styles.table} aria-labelledby="view-title" sortable>
                <TableHeader>
                  <TableRow>
                    {COLUMNS.map((c) => (
                      <TableHeaderCell
                        key={c}
                        className={styles.nowrap}
                        sortDirection={sort?.column === c ? sort.direction : undefined}
                        onClick={() => sortBy(c)}
                      >
                        {header[c]}
                      </TableHeaderCell>
                    ))}
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {shown.map((p) => (
                    <TableRow key={p.id} data-plan={p.id}>
                      <TableCell className={styles.nowrap}>{p.officeName}</TableCell>
                      <TableCell className={styles.nowrap}>
                        <Link href={hrefOf({ view: 'plan', planId: p.id })}>{p.title}</Link>
                      </TableCell>
                      <TableCell className={styles.nowrap}>{p.cycle}</TableCell>
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
            </div>
          )}
        </>
      )}
      <Suspense fallback={null}>
        {creating.subject && (
          <NewPlanDialog
            key={creating.key}
            open={creating.open}
            plans={all}
            onClose={creating.hide}
            onCreated={(plan) => {
              creating.hide();
              // The new plan opens once the closing dialog has given the page back.
              whenPageReleased(() => navigate(hrefOf({ view: 'plan', planId: plan.id })));
            }}
          />
        )}
      </Suspense>
    </section>
  );
}

function uniqueSorted(values: readonly string[], compare: (a: string, b: string) => number): string[] {
  return [...new Set(values)].sort(compare);
}
