// The top of a work plan: title, office, cycle, status, readiness for review, the Gender
// Unit's comment when returned, why the user cannot edit (when they cannot), and the actions.

import { Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, ArchiveRegular, ArrowForwardRegular, EditRegular, SendRegular } from '@fluentui/react-icons';
import type { PlanTree } from '../../../contract';
import { useI18n } from '../../i18n/i18n';
import { PlanStatusBadge } from '../../status/StatusBadges';
import { PlanTitle } from './PlanTitle';

const useStyles = makeStyles({
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  line: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** Why the user cannot change the plan on screen: 'old-revision' is a frozen endorsed revision (it says so itself). */
export type EditBlock = 'none' | 'not-focal-point' | 'not-editable-status' | 'archived' | 'old-revision';

/** The steps of the plan's life the user may take now; each is absent when she may not. */
export interface LifecycleActions {
  onAmend?(): void;
  onArchive?(): void;
  onNextCycle?(): void;
}

export interface PlanHeaderProps {
  plan: PlanTree;
  /** The ETag the plan was read with, for the title's edit. */
  etag: string | null;
  officeName: string;
  editBlock: EditBlock;
  maySubmit: boolean;
  onSubmit(): void;
  onAddObjective(): void;
  onTitleChanged(plan: PlanTree, outcome: 'saved' | 'taken'): void;
  lifecycle: LifecycleActions;
}

export function PlanHeader({ plan, etag, officeName, editBlock, maySubmit, onSubmit, onAddObjective, onTitleChanged, lifecycle }: PlanHeaderProps) {
  const styles = useStyles();
  const { t, percent } = useI18n();
  return (
    <div className={styles.header}>
      <PlanTitle plan={plan} etag={etag} editable={editBlock === 'none'} onChanged={onTitleChanged} />
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
      {editBlock === 'archived' && (
        <MessageBar intent="warning" layout="multiline" data-testid="archived-notice">
          <MessageBarBody>
            <MessageBarTitle>{t.planBanner.archivedTitle}</MessageBarTitle>
            {t.planBanner.archived(plan.cycle)}
          </MessageBarBody>
        </MessageBar>
      )}
      {(editBlock === 'not-focal-point' || editBlock === 'not-editable-status') && (
        <MessageBar intent="info" layout="multiline" data-testid="read-only-notice">
          <MessageBarBody>
            {editBlock === 'not-focal-point' ? t.plan.readOnlyNotFocal(officeName) : t.plan.readOnlyStatus(t.planStatus[plan.status])}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        {editBlock === 'none' && (
          <Button icon={<AddRegular />} onClick={onAddObjective}>
            {t.plan.addObjective}
          </Button>
        )}
        {editBlock === 'none' && maySubmit && (
          <Button appearance="primary" icon={<SendRegular />} onClick={onSubmit}>
            {t.plan.submit}
          </Button>
        )}
        {lifecycle.onAmend && (
          <Button icon={<EditRegular />} onClick={lifecycle.onAmend}>
            {t.planAmend.open}
          </Button>
        )}
        {lifecycle.onNextCycle && (
          <Button icon={<ArrowForwardRegular />} onClick={lifecycle.onNextCycle}>
            {t.nextCycle.open}
          </Button>
        )}
        {lifecycle.onArchive && (
          <Button icon={<ArchiveRegular />} onClick={lifecycle.onArchive}>
            {t.planArchive.open}
          </Button>
        )}
      </div>
    </div>
  );
}
