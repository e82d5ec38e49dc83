// The scorecard as a plain data table: offices × criteria, each rating in full words (and
// "overridden" where the Gender Unit changed it). The heat map's twin for screen readers.

import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import type { ScorecardList } from '../../../contract';
import type { CriterionId } from '../../../domain/scorecard-criteria';
import { useI18n } from '../../i18n/i18n';

const useStyles = makeStyles({
  scroller: { overflowX: 'auto' },
  rowHeader: { fontWeight: tokens.fontWeightRegular, textAlign: 'start', padding: `0 ${tokens.spacingHorizontalS}` },
});

export function RatingTable({ list, criteria }: { list: ScorecardList; criteria: CriterionId[] }) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <div className={styles.scroller}>
      <Table size="small" aria-label={t.scorecard.grid(list.period.label)}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t.scorecard.office}</TableHeaderCell>
            {criteria.map((c) => (
              <TableHeaderCell key={c}>{t.criterion[c]}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {list.scorecards.map((s) => (
            <TableRow key={s.office.id}>
              <th scope="row" className={styles.rowHeader}>
                {s.office.name}
              </th>
              {criteria.map((c) => {
                const rating = s.ratings.find((r) => r.criterion === c);
                return <TableCell key={c}>{rating ? `${t.rating[rating.rating]}${rating.overridden ? ` (${t.scorecard.overridden})` : ''}` : '—'}</TableCell>;
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
