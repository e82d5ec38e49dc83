// The heat map's colour per rating, from Fluent's palette tokens so that every theme gets its
// own: a scale from red (missing) through marigold (approaches) to light and full green
// (meets, exceeds), neutral for "not applicable". Each pair of background and text passes AA
// contrast in light and dark; the high-contrast theme turns the palette into black and white
// (exceeds inverted), and the border styles keep the steps apart there. The rating is always
// written in the cell too: the colour only adds to it.

import { makeStyles, tokens } from '@fluentui/react-components';
import type { Rating } from '../../../domain/scorecard';

export const useRatingStyles = makeStyles({
  exceeds: {
    backgroundColor: tokens.colorPaletteGreenBackground3,
    color: tokens.colorNeutralForegroundOnBrand,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteGreenBorder2}`,
  },
  meets: {
    backgroundColor: tokens.colorPaletteGreenBackground2,
    color: tokens.colorPaletteGreenForeground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteGreenBorder2}`,
  },
  approaches: {
    backgroundColor: tokens.colorPaletteMarigoldBackground2,
    color: tokens.colorPaletteMarigoldForeground2,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorPaletteMarigoldBorder2}`,
  },
  missing: {
    backgroundColor: tokens.colorPaletteRedBackground2,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThick} dotted ${tokens.colorPaletteRedBorder2}`,
  },
  'not-applicable': {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/** The scale in the legend's order, best last. */
export const RATING_SCALE: readonly Rating[] = ['not-applicable', 'missing', 'approaches', 'meets', 'exceeds'];

/** The class of a rating's colours. */
export function useRatingClass(): (rating: Rating) => string {
  const styles = useRatingStyles();
  return (rating) => styles[rating];
}
