// A stale save of a report: someone saved it after the user opened it. As for plan items
// (work-plan/ConflictPanel.tsx), each field the user changed is shown beside what is saved
// now; the user keeps theirs (sent again on top of the other version) or takes the saved one.

import type { ReportView } from '../../../contract';
import { ConflictComparison } from '../../forms/ConflictComparison';
import { useI18n } from '../../i18n/i18n';
import { textOf, type DraftChange, type LineField, type ReportDraft } from './report-form';

export interface ReportConflictProps {
  changes: readonly DraftChange[];
  mine: ReportDraft;
  theirs: ReportDraft;
  /** The version saved now, for the targets' references. */
  current: ReportView;
  busy: boolean;
  onKeepMine(): void;
  onTakeTheirs(): void;
}

export function ReportConflict({ changes, mine, theirs, current, busy, onKeepMine, onTakeTheirs }: ReportConflictProps) {
  const { t } = useI18n();
  const refOf = (targetId: string) => current.lines.find((l) => l.targetId === targetId)?.target?.ref ?? '';
  const label = (change: DraftChange) =>
    change.kind === 'narrative' ? t.reporting[change.field] : t.reportConflict.lineField(refOf(change.targetId), lineFieldLabel(change.field, t));
  const shown = (draft: ReportDraft, change: DraftChange) => {
    const text = textOf(draft, change);
    if (text === '') return '—';
    return change.kind === 'line' && change.field === 'status' ? (Object.entries(t.targetStatus).find(([code]) => code === text)?.[1] ?? text) : text;
  };
  const rows = changes.map((change) => ({
    key: change.kind === 'narrative' ? change.field : `${change.targetId}.${change.field}`,
    label: label(change),
    mine: shown(mine, change),
    theirs: shown(theirs, change),
  }));
  return (
    <ConflictComparison titleId="report-conflict-title" texts={t.reportConflict} rows={rows} busy={busy} onKeepMine={onKeepMine} onTakeTheirs={onTakeTheirs} />
  );
}

function lineFieldLabel(field: LineField, t: ReturnType<typeof useI18n>['t']): string {
  return { value: t.reporting.value, women: t.reporting.women, men: t.reporting.men, status: t.reporting.status, comment: t.reporting.comment }[field];
}
