// A target's check-ins, newest first: date, figure (women and men for a sex-disaggregated
// target), status in words, who posted it (by name) and the note. Shown in the check-in
// dialog and the target editor, so that the next figure is typed knowing the last ones.

import { Caption1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { CheckIn } from '../../../contract';
import { apiPaths } from '../../api/api-paths';
import { useResource } from '../../api/use-resource';
import { useApp } from '../../app/app-context';
import { LoadError, Loading } from '../../app/StatusViews';
import { useI18n, type I18n } from '../../i18n/i18n';
import { usePersonNames } from '../../people/use-person-names';
import { TargetStatusBadge } from '../../status/StatusBadges';

const useStyles = makeStyles({
  history: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  note: { whiteSpace: 'pre-wrap', overflowWrap: 'break-word' },
  noteColumn: { width: '40%' },
  nowrap: { whiteSpace: 'nowrap' },
});

/** How many check-ins are listed: the recent ones are what helps the next one. */
const SHOWN = 12;

export function CheckInHistory({ targetId, targetRef }: { targetId: string; targetRef: string }) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, date, compare } = i18n;
  const { api } = useApp();
  const checkIns = useResource((signal) => api.get<CheckIn[]>(apiPaths.checkIns(targetId), signal).then((r) => r.body), [api, targetId]);
  const shown = [...(checkIns.data ?? [])].sort((a, b) => compare(b.date, a.date) || compare(b.createdAt, a.createdAt)).slice(0, SHOWN);
  const nameOf = usePersonNames(shown.map((c) => c.author));
  const titleId = `history-${targetId}`;
  return (
    <section className={styles.history} aria-labelledby={titleId}>
      <Text as="h3" weight="semibold" id={titleId}>
        {t.checkInHistory.titleOf(targetRef)}
      </Text>
      {checkIns.error !== undefined && <LoadError error={checkIns.error} onRetry={checkIns.reload} />}
      {checkIns.loading && !checkIns.data && <Loading />}
      {checkIns.data && shown.length === 0 && <Caption1>{t.checkInHistory.none}</Caption1>}
      {shown.length > 0 && (
        <Table aria-labelledby={titleId} size="extra-small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.checkInHistory.date}</TableHeaderCell>
              <TableHeaderCell>{t.checkInHistory.value}</TableHeaderCell>
              <TableHeaderCell>{t.checkInHistory.status}</TableHeaderCell>
              <TableHeaderCell>{t.checkInHistory.author}</TableHeaderCell>
              <TableHeaderCell className={styles.noteColumn}>{t.checkInHistory.note}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.map((c) => (
              <TableRow key={c.id}>
                <TableCell>{date(c.date)}</TableCell>
                <TableCell>{figureOf(c, i18n)}</TableCell>
                <TableCell className={styles.nowrap}>
                  <TargetStatusBadge status={c.status} />
                </TableCell>
                <TableCell>{nameOf(c.author)}</TableCell>
                <TableCell className={styles.note}>{c.note ?? ''}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}

/** The figure a check-in recorded: women and men with their total, a value, or a percent. */
function figureOf(c: CheckIn, { t, number, percent }: I18n): string {
  if (c.women != null && c.men != null) return `${number(c.women + c.men)} (${t.checkInHistory.womenMen(number(c.women), number(c.men))})`;
  if (c.value !== null) return number(c.value);
  if (c.percent !== null) return percent(c.percent);
  return '—';
}
