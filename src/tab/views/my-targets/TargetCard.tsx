// One of "my targets": what is due, where it stands, and the ways to act on it.

import { Button, Caption1, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { TargetSummary } from '../../../contract';
import { hrefOf } from '../../app/routes';
import { useI18n } from '../../i18n/i18n';
import { OverdueBadge, TargetStatusBadge } from '../../status/StatusBadges';

const useStyles = makeStyles({
  card: {
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  text: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  ref: { fontWeight: tokens.fontWeightSemibold },
});

export function TargetCard({ target, mayCheckIn, onCheckIn }: { target: TargetSummary; mayCheckIn: boolean; onCheckIn: () => void }) {
  const styles = useStyles();
  const { t, date, percent } = useI18n();
  return (
    <div className={styles.card}>
      <div className={styles.text}>
        <div className={styles.badges}>
          <Text className={styles.ref}>
            {target.officeCode} {target.ref}
          </Text>
          <TargetStatusBadge status={target.status} />
          <OverdueBadge days={target.daysOverdue} />
        </div>
        <Text>{target.description}</Text>
        <Caption1>
          {t.targets.due(date(target.dueDate))} · {t.targets.progress(percent(target.progress))}
          {target.lastCheckInAt ? ` · ${t.targets.lastCheckIn(date(target.lastCheckInAt))}` : ''}
        </Caption1>
      </div>
      <div className={styles.actions}>
        {mayCheckIn && (
          <Button appearance="primary" onClick={onCheckIn} aria-label={t.targets.checkInOn(target.ref)}>
            {t.targets.checkIn}
          </Button>
        )}
        <Link href={hrefOf({ view: 'plan', planId: target.planId, targetId: target.id })} aria-label={t.targets.openInPlanOf(target.ref)}>
          {t.targets.openInPlan}
        </Link>
      </div>
    </div>
  );
}
