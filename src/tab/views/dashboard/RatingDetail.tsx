// One rating of an office's scorecard in detail, read-only: the figure it rests on and what the
// criterion measures, the rating by the rules and the Gender Unit's override with its
// justification, and the remedial actions opened for it.

import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { CriterionRatingView, OfficeRef } from '../../../contract';
import { useI18n } from '../../i18n/i18n';
import { usePersonNames } from '../../people/use-person-names';

const useStyles = makeStyles({
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalM },
});

export interface RatingDetailProps {
  office: OfficeRef;
  rating: CriterionRatingView;
  onClose(): void;
}

export function RatingDetail({ office, rating, onClose }: RatingDetailProps) {
  const styles = useStyles();
  const { t, number, date } = useI18n();
  const nameOf = usePersonNames(rating.remedialActions.map((a) => a.responsible));
  const criterion = t.criterion[rating.criterion];
  // No figure: asked for and not given by the period's end (missing), or nothing to measure.
  const value = rating.value !== null ? measured(rating.value, rating.unit) : rating.computed === 'missing' ? t.scorecard.notGiven : t.scorecard.noValue;
  function measured(v: number, unit: CriterionRatingView['unit']): string {
    if (unit === 'percent') return `${number(v, 1)} %`;
    return unit === 'days' ? t.scorecard.days(number(v, 0)) : t.scorecard.people(number(v, 0));
  }
  return (
    <Dialog open modalType="modal" onOpenChange={(_e, d) => !d.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.scorecard.detailTitle(office.name, criterion)}</DialogTitle>
          <DialogContent>
            <dl className={styles.facts}>
              <dt className={styles.term}>{t.scorecard.basis}</dt>
              <dd className={styles.value}>{t.criterionMeasure[rating.criterion]}</dd>
              <dt className={styles.term}>{t.scorecard.value}</dt>
              <dd className={styles.value}>{value}</dd>
              <dt className={styles.term}>{t.scorecard.computed}</dt>
              <dd className={styles.value}>{t.rating[rating.computed]}</dd>
              {rating.override && (
                <>
                  <dt className={styles.term}>{t.scorecard.overriddenBy(rating.override.byName, date(rating.override.at))}</dt>
                  <dd className={styles.value}>{t.rating[rating.override.rating]}</dd>
                  <dt className={styles.term}>{t.scorecard.justification}</dt>
                  <dd className={styles.value}>{rating.override.justification}</dd>
                </>
              )}
            </dl>
            <section className={styles.section} aria-label={t.scorecard.remedialActions}>
              <Text weight="semibold">{t.scorecard.remedialActions}</Text>
              {rating.remedialActions.length === 0 ? (
                <Text>{rating.needsRemedialAction ? `${t.scorecard.noRemedial} ${t.scorecard.remedialNeeded}` : t.scorecard.noRemedial}</Text>
              ) : (
                <Table size="small" aria-label={t.scorecard.remedialActions}>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell>{t.scorecard.steps}</TableHeaderCell>
                      <TableHeaderCell>{t.scorecard.due}</TableHeaderCell>
                      <TableHeaderCell>{t.scorecard.responsible}</TableHeaderCell>
                      <TableHeaderCell>{t.scorecard.resources}</TableHeaderCell>
                      <TableHeaderCell>{t.scorecard.status}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {rating.remedialActions.map((a) => (
                      <TableRow key={a.id}>
                        <TableCell>{a.steps}</TableCell>
                        <TableCell>{date(a.due)}</TableCell>
                        <TableCell>{nameOf(a.responsible)}</TableCell>
                        <TableCell>{a.resources ?? '—'}</TableCell>
                        <TableCell>{t.remedialStatus[a.status]}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              )}
            </section>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              {t.scorecard.close}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
