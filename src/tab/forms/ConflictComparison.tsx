// The one "your change | saved now" comparison for a stale save (plan items, reports, reminder
// settings): a warning with its title, a table of the fields either side changed, the user's
// value beside the saved one, and the two ways out — keep mine or take the saved version. The
// callers turn their own fields into rows; this component only lays them out, so every conflict
// in the tab reads and behaves the same (table headers, the title naming the table).

import {
  Badge,
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
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useI18n } from '../i18n/i18n';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  value: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

/** One field in the comparison, its values already in words. */
export interface ComparisonRow {
  key: string;
  label: string;
  mine: string;
  theirs: string;
  /** Whether the user changed it (a "changed by you" note), when the caller knows. */
  changedByMe?: boolean;
  /** Whether the other person changed it (a "changed by others" note), when the caller knows. */
  changedByThem?: boolean;
}

/** The texts of one kind of conflict. */
export interface ComparisonTexts {
  title: string;
  explanation: string;
  field: string;
  yours: string;
  saved: string;
  keepMine: string;
  takeTheirs: string;
}

export interface ConflictComparisonProps {
  /** The id of the title, which also names the section and the table. */
  titleId: string;
  texts: ComparisonTexts;
  rows: readonly ComparisonRow[];
  busy: boolean;
  onKeepMine(): void;
  onTakeTheirs(): void;
  /** Extra class for the section (e.g. a maximum width). */
  className?: string;
}

export function ConflictComparison({ titleId, texts, rows, busy, onKeepMine, onTakeTheirs, className }: ConflictComparisonProps) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <section className={mergeClasses(styles.panel, className)} aria-labelledby={titleId}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle id={titleId}>{texts.title}</MessageBarTitle>
          {texts.explanation}
        </MessageBarBody>
      </MessageBar>
      <Table aria-labelledby={titleId} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{texts.field}</TableHeaderCell>
            <TableHeaderCell>{texts.yours}</TableHeaderCell>
            <TableHeaderCell>{texts.saved}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key}>
              <TableCell>
                {row.label}
                {row.changedByMe && row.changedByThem && (
                  <>
                    {' '}
                    <Badge appearance="tint" color="danger">
                      {t.conflict.both}
                    </Badge>
                  </>
                )}
              </TableCell>
              <TableCell className={styles.value}>
                {row.mine}
                {row.changedByMe && <span> ({t.conflict.changedByYou})</span>}
              </TableCell>
              <TableCell className={styles.value}>
                {row.theirs}
                {row.changedByThem && <span> ({t.conflict.changedByOthers})</span>}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={onKeepMine}>
          {texts.keepMine}
        </Button>
        <Button disabled={busy} onClick={onTakeTheirs}>
          {texts.takeTheirs}
        </Button>
      </div>
    </section>
  );
}
