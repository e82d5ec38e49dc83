// Target and plan statuses, overdue and workflow stages as badges: the colour is never the
// only carrier of meaning, every badge says its status in words.

import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { OfficeStage, PeriodSummary, PlanStatus, ProgressReport, TargetStatus } from '../../contract';
import { useI18n } from '../i18n/i18n';

type Colour = NonNullable<BadgeProps['color']>;

const TARGET_COLOURS: Record<TargetStatus, Colour> = {
  'not-started': 'informative',
  'on-track': 'success',
  'at-risk': 'warning',
  'off-track': 'danger',
  achieved: 'brand',
  dropped: 'subtle',
};

const PLAN_COLOURS: Record<PlanStatus, Colour> = {
  draft: 'informative',
  submitted: 'warning',
  returned: 'severe',
  endorsed: 'success',
  archived: 'subtle',
};

const REPORT_COLOURS: Record<ProgressReport['status'], Colour> = {
  draft: 'informative',
  submitted: 'warning',
  returned: 'severe',
  accepted: 'success',
};

const STAGE_COLOURS: Record<OfficeStage, Colour> = {
  'not-started': 'subtle',
  'needs-assessment': 'informative',
  workshop: 'informative',
  submitted: 'warning',
  endorsed: 'success',
};

export function TargetStatusBadge({ status }: { status: TargetStatus }) {
  const { t } = useI18n();
  return (
    <Badge appearance="tint" color={TARGET_COLOURS[status]}>
      {t.targetStatus[status]}
    </Badge>
  );
}

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const { t } = useI18n();
  return (
    <Badge appearance="tint" color={PLAN_COLOURS[status]}>
      {t.planStatus[status]}
    </Badge>
  );
}

export function StageBadge({ stage }: { stage: OfficeStage }) {
  const { t } = useI18n();
  return (
    <Badge appearance="tint" color={STAGE_COLOURS[stage]}>
      {t.stage[stage]}
    </Badge>
  );
}

export function OverdueBadge({ days }: { days: number }) {
  const { t } = useI18n();
  if (days <= 0) return null;
  return (
    <Badge appearance="filled" color="danger">
      {t.targets.daysOverdue(days)}
    </Badge>
  );
}

export function ReportStatusBadge({ status }: { status: ProgressReport['status'] }) {
  const { t } = useI18n();
  return (
    <Badge appearance="tint" color={REPORT_COLOURS[status]}>
      {t.reportStatus[status]}
    </Badge>
  );
}

export function PeriodStatusBadge({ status }: { status: PeriodSummary['status'] }) {
  const { t } = useI18n();
  return (
    <Badge appearance="tint" color={status === 'open' ? 'brand' : 'subtle'}>
      {t.periodStatus[status]}
    </Badge>
  );
}

/** A report first submitted after its due date (or still not submitted past it). */
export function LateBadge({ late }: { late: boolean }) {
  const { t } = useI18n();
  if (!late) return null;
  return (
    <Badge appearance="filled" color="danger">
      {t.reporting.late}
    </Badge>
  );
}
