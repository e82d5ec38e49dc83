// A stale save of a report: someone saved it after the user opened it. As for plan items
// (work-plan/ConflictPanel.tsx), each field the user changed is shown beside what is saved
// now; the user keeps theirs (sent again on top of the other version) or takes the saved one.

import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ReportView } from '../../../contract';
import { useI18n } from '../../i18n/i18n';
import { textOf, type DraftChange, type LineField, type ReportDraft } from './report-form';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  value: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

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
  const styles = useStyles();
  const { t } = useI18n();
  const refOf = (targetId: string) => current.lines.find((l) => l.targetId === targetId)?.target?.ref ?? '';
  const label = (change: DraftChange) =>
    change.kind === 'narrative' ? t.reporting[change.field] : t.reportConflict.lineField(refOf(change.targetId), lineFieldLabel(change.field, t));
  const shown = (draft: ReportDraft, change: DraftChange) => {
    const text = textOf(draft, change);
    if (text === '') return '—';
    return change.kind === 'line' && change.field === 'status' ? (Object.entries(t.targetStatus).find(([code]) => code === text)?.[1] ?? text) : text;
  };
  return (
    <section className={styles.panel} aria-labelledby="report-conflict-title">
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle id="report-conflict-title">{t.reportConflict.title}</MessageBarTitle>
          {t.reportConflict.explanation}
        </MessageBarBody>
      </MessageBar>
      <Table aria-labelledby="report-conflict-title" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t.reportConflict.field}</TableHeaderCell>
            <TableHeaderCell>{t.reportConflict.yours}</TableHeaderCell>
            <TableHeaderCell>{t.reportConflict.saved}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {changes.map((change) => (
            <TableRow key={change.kind === 'narrative' ? change.field : `${change.targetId}.${change.field}`}>
              <TableCell>{label(change)}</TableCell>
              <TableCell className={styles.value}>{shown(mine, change)}</TableCell>
              <TableCell className={styles.value}>{shown(theirs, change)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={onKeepMine}>
          {t.reportConflict.keepMine}
        </Button>
        <Button disabled={busy} onClick={onTakeTheirs}>
          {t.reportConflict.takeTheirs}
        </Button>
      </div>
    </section>
  );
}

function lineFieldLabel(field: LineField, t: ReturnType<typeof useI18n>['t']): string {
  return { value: t.reporting.value, women: t.reporting.women, men: t.reporting.men, status: t.reporting.status, comment: t.reporting.comment }[field];
}
