// The scorecard's heat map as an ARIA grid: one row per office (its name the row header), one
// column per criterion, one focusable cell at a time (roving tabindex). Arrow keys move, Home and
// End go to the row's ends (with Ctrl, the grid's), Enter or Space opens the rating's detail.

import { Text, makeStyles, mergeClasses, shorthands, tokens, useRestoreFocusTarget } from '@fluentui/react-components';
import { EditRegular } from '@fluentui/react-icons';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { CriterionRatingView, ScorecardList, ScorecardView } from '../../../contract';
import type { CriterionId } from '../../../domain/scorecard-criteria';
import { moveOf } from './rating-grid-moves';
import { useI18n } from '../../i18n/i18n';
import { useRatingClass } from './rating-colours';

const useStyles = makeStyles({
  scroller: { overflowX: 'auto' },
  grid: { borderCollapse: 'separate', borderSpacing: tokens.spacingHorizontalXXS, width: '100%', tableLayout: 'fixed', minWidth: '760px' },
  // Narrow enough to leave the eight criteria's headers room at 1024 px; office names wrap onto two lines.
  officeHeader: { width: '160px' },
  columnHeader: {
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    verticalAlign: 'bottom',
    textAlign: 'center',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXXS}`,
    overflowWrap: 'anywhere',
    hyphens: 'auto',
  },
  rowHeader: { fontWeight: tokens.fontWeightRegular, textAlign: 'start', padding: tokens.spacingHorizontalS },
  cell: {
    textAlign: 'center',
    verticalAlign: 'middle',
    height: '48px',
    padding: tokens.spacingHorizontalXS,
    cursor: 'pointer',
    borderRadius: tokens.borderRadiusMedium,
    boxSizing: 'border-box',
    ':focus-visible': { ...shorthands.outline(tokens.strokeWidthThicker, 'solid', tokens.colorStrokeFocus2), outlineOffset: '1px' },
  },
  word: { display: 'block', fontWeight: tokens.fontWeightSemibold },
  overridden: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS, fontSize: tokens.fontSizeBase100 },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});

export interface RatingGridProps {
  list: ScorecardList;
  criteria: CriterionId[];
  onOpen(scorecard: ScorecardView, rating: CriterionRatingView): void;
}

export function RatingGrid({ list, criteria, onOpen }: RatingGridProps) {
  const styles = useStyles();
  const ratingClass = useRatingClass();
  const { t } = useI18n();
  const helpId = useId();
  const restoreFocus = useRestoreFocusTarget();
  const grid = useRef<HTMLTableElement>(null);
  const [active, setActive] = useState<[number, number]>([0, 0]);
  const rows = list.scorecards.length;
  const [activeRow, activeColumn] = [Math.min(active[0], rows - 1), Math.min(active[1], criteria.length - 1)];

  const onKeyDown = (event: KeyboardEvent<HTMLTableCellElement>, scorecard: ScorecardView, rating: CriterionRatingView | undefined) => {
    if ((event.key === 'Enter' || event.key === ' ') && rating) {
      event.preventDefault();
      onOpen(scorecard, rating);
      return;
    }
    const next = moveOf(event.key, event.ctrlKey || event.metaKey, [activeRow, activeColumn], rows, criteria.length);
    if (!next) return;
    event.preventDefault();
    setActive(next);
    grid.current?.querySelector<HTMLElement>(`[data-cell="${next[0]}:${next[1]}"]`)?.focus();
  };

  return (
    <div className={styles.scroller}>
      <Text id={helpId} size={200}>
        {t.scorecard.gridHelp}
      </Text>
      <table ref={grid} role="grid" className={styles.grid} aria-label={t.scorecard.grid(list.period.label)} aria-describedby={helpId}>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(styles.columnHeader, styles.officeHeader)}>
              {t.scorecard.office}
            </th>
            {criteria.map((c) => (
              <th key={c} scope="col" className={styles.columnHeader}>
                {t.criterion[c]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {list.scorecards.map((scorecard, r) => (
            <tr key={scorecard.office.id}>
              <th scope="row" className={styles.rowHeader}>
                {scorecard.office.name}
              </th>
              {criteria.map((criterion, c) => {
                const rating = scorecard.ratings.find((x) => x.criterion === criterion);
                const focusable = r === activeRow && c === activeColumn;
                return (
                  <td
                    key={criterion}
                    role="gridcell"
                    data-cell={`${r}:${c}`}
                    tabIndex={focusable ? 0 : -1}
                    className={mergeClasses(styles.cell, rating && ratingClass(rating.rating))}
                    onClick={() => {
                      setActive([r, c]);
                      if (rating) onOpen(scorecard, rating);
                    }}
                    onKeyDown={(e) => onKeyDown(e, scorecard, rating)}
                    {...restoreFocus}
                  >
                    {rating ? <RatingWords rating={rating} /> : '—'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The short word on screen, the full one for screen readers, and the override in words. */
function RatingWords({ rating }: { rating: CriterionRatingView }) {
  const styles = useStyles();
  const { t } = useI18n();
  const short = t.ratingShort[rating.rating];
  const full = t.rating[rating.rating];
  return (
    <>
      {short === full ? (
        <span className={styles.word}>{full}</span>
      ) : (
        <>
          <span className={styles.word} aria-hidden="true">
            {short}
          </span>
          <span className={styles.hidden}>{full}</span>
        </>
      )}
      {rating.overridden && (
        <span className={styles.overridden}>
          <EditRegular aria-hidden="true" />
          {t.scorecard.overridden}
        </span>
      )}
    </>
  );
}
