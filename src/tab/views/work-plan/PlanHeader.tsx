// The top of a work plan: title, office, cycle, status, readiness for review, the Gender
// Unit's comment when returned, why the user cannot edit (when they cannot), and the actions.

import { Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle, Text, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, SendRegular } from '@fluentui/react-icons';
import type { PlanTree } from '../../../contract';
import { useI18n } from '../../i18n/i18n';
import { PlanStatusBadge } from '../../status/StatusBadges';

const useStyles = makeStyles({
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  line: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export type EditBlock = 'none' | 'not-focal-point' | 'not-editable-status';

export interface PlanHeaderProps {
  plan: PlanTree;
  officeName: string;
  editBlock: EditBlock;
  maySubmit: boolean;
  onSubmit(): void;
  onAddObjective(): void;
}

export function PlanHeader({ plan, officeName, editBlock, maySubmit, onSubmit, onAddObjective }: PlanHeaderProps) {
  const styles = useStyles();
  const { t, percent } = useI18n();
  return (
    <div className={styles.header}>
      <Title2 as="h1" id="view-title">
        {plan.title}
      </Title2>
      <div className={styles.line}>
        <Text>{officeName}</Text>
        <Text>{t.plan.cycle(plan.cycle)}</Text>
        <PlanStatusBadge status={plan.status} />
        <Caption1>{t.plan.rollupLine(plan.rollup.targets, percent(plan.rollup.progress), plan.rollup.overdue)}</Caption1>
        <Caption1>{t.plan.completeness(percent(plan.completeness.score))}</Caption1>
      </div>
      {plan.status === 'returned' && plan.reviewComment && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.plan.returnedTitle}</MessageBarTitle>
            {plan.reviewComment}
          </MessageBarBody>
        </MessageBar>
      )}
      {editBlock !== 'none' && (
        <MessageBar intent="info" layout="multiline" data-testid="read-only-notice">
          <MessageBarBody>
            {editBlock === 'not-focal-point' ? t.plan.readOnlyNotFocal(officeName) : t.plan.readOnlyStatus(t.planStatus[plan.status])}
          </MessageBarBody>
        </MessageBar>
      )}
      {editBlock === 'none' && (
        <div className={styles.actions}>
          <Button icon={<AddRegular />} onClick={onAddObjective}>
            {t.plan.addObjective}
          </Button>
          {maySubmit && (
            <Button appearance="primary" icon={<SendRegular />} onClick={onSubmit}>
              {t.plan.submit}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
