// The totals of the participants dialog as the user types: women, men and both by level and for
// everyone, the groups and the people listed by name together, counted by the domain's own
// participantTotals (the rule the API's totals and figures use). A count not yet valid counts
// as none, and a named person counts once a sex is chosen.

import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles } from '@fluentui/react-components';
import { PARTICIPANT_LEVELS, participantTotals, type NamedParticipant, type ParticipantGroup, type ParticipantLevel } from '../../../domain/process';
import { useI18n } from '../../i18n/i18n';
import type { NamedRow } from './NamedParticipantsTable';

const useStyles = makeStyles({
  // As wide as its figures (a flex item of the dialog would otherwise stretch across it).
  table: { tableLayout: 'auto', width: 'auto', minWidth: '24rem', alignSelf: 'flex-start' },
  number: { fontVariantNumeric: 'tabular-nums' },
});

export interface ParticipantTotalsTableProps {
  groups: readonly ParticipantGroup[];
  named: readonly NamedRow[];
}

export function ParticipantTotalsTable({ groups, named }: ParticipantTotalsTableProps) {
  const styles = useStyles();
  const { t, number } = useI18n();
  const counted = groups.map((g) => ({ ...g, women: countable(g.women), men: countable(g.men) }));
  const people = named.flatMap((p): NamedParticipant[] => (p.sex ? [{ name: p.name, level: p.level, function: p.function, sex: p.sex }] : []));
  const of = (level?: ParticipantLevel) =>
    participantTotals({
      groups: counted.filter((g) => level === undefined || g.level === level),
      named: people.filter((p) => level === undefined || p.level === level),
    });
  const all = of();

  return (
    <Table className={styles.table} size="small" aria-label={t.participants.byLevel}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t.participants.level}</TableHeaderCell>
          <TableHeaderCell>{t.participants.women}</TableHeaderCell>
          <TableHeaderCell>{t.participants.men}</TableHeaderCell>
          <TableHeaderCell>{t.participants.total}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {PARTICIPANT_LEVELS.map((level) => {
          const totals = of(level);
          return (
            <TableRow key={level}>
              <TableHeaderCell scope="row">{t.participantLevel[level]}</TableHeaderCell>
              <TableCell className={styles.number}>{number(totals.women)}</TableCell>
              <TableCell className={styles.number}>{number(totals.men)}</TableCell>
              <TableCell className={styles.number}>{number(totals.total)}</TableCell>
            </TableRow>
          );
        })}
        <TableRow>
          <TableHeaderCell scope="row">{t.participants.allLevels}</TableHeaderCell>
          <TableCell className={styles.number} data-testid="total-women">
            {number(all.women)}
          </TableCell>
          <TableCell className={styles.number} data-testid="total-men">
            {number(all.men)}
          </TableCell>
          <TableCell className={styles.number} data-testid="total-all">
            {number(all.total)}
          </TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
}

/** A count being typed ("-", "1.5", "abc") counts as none until it is a valid headcount. */
function countable(n: number): number {
  return Number.isInteger(n) && n >= 0 ? n : 0;
}
