// Every overdue target of the cycle, most overdue first, each linked to its place in the plan.

import { Caption1, Card, Link, Text, Title3, makeStyles, tokens } from '@fluentui/react-components';
import type { OverdueTarget } from '../../../contract';
import { hrefOf } from '../../app/routes';
import { VirtualList } from '../../app/VirtualList';
import { useI18n } from '../../i18n/i18n';
import { usePersonNames } from '../../people/use-person-names';
import { OverdueBadge, TargetStatusBadge } from '../../status/StatusBadges';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  line: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
});

export function OverdueList({ overdue }: { overdue: OverdueTarget[] }) {
  const styles = useStyles();
  const { t, date } = useI18n();
  const nameOf = usePersonNames(overdue.map((o) => o.owner));
  return (
    <Card className={styles.card} aria-labelledby="overdue-title">
      <Title3 as="h2" id="overdue-title">
        {t.dashboard.overdueList(overdue.length)}
      </Title3>
      {overdue.length === 0 ? (
        <Text>{t.dashboard.noOverdue}</Text>
      ) : (
        <VirtualList
          items={overdue}
          label={t.dashboard.overdueList(overdue.length)}
          height="420px"
          estimateHeight={() => 84}
          rowKey={(o) => o.targetId}
          renderRow={(o) => (
            <div className={styles.row}>
              <div className={styles.line}>
                <Link href={hrefOf({ view: 'plan', planId: o.planId, targetId: o.targetId })}>
                  {o.officeCode} {o.ref}
                </Link>
                <TargetStatusBadge status={o.status} />
                <OverdueBadge days={o.daysOverdue} />
              </div>
              <Text>{o.description}</Text>
              <Caption1>
                {t.targets.due(date(o.dueDate))} · {nameOf(o.owner)}
              </Caption1>
            </div>
          )}
        />
      )}
    </Card>
  );
}
