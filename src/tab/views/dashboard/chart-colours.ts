// Chart colours: Fluent's data-visualisation palette resolved for light or dark, since the
// charts draw with concrete colours rather than theme tokens.

import { DataVizPalette, getColorFromToken, getNextColor } from '@fluentui/react-charts';
import type { TargetStatus } from '../../../contract';
import { useThemeName } from '../../host/theme-context';

const STATUS_TOKENS: Record<TargetStatus, string> = {
  'not-started': DataVizPalette.info,
  'on-track': DataVizPalette.success,
  'at-risk': DataVizPalette.warning,
  'off-track': DataVizPalette.error,
  achieved: DataVizPalette.highSuccess,
  dropped: DataVizPalette.disabled,
};

/** The colours for the current theme. */
export function useChartColours() {
  const dark = useThemeName() !== 'light';
  return {
    bars: [getColorFromToken(DataVizPalette.color1, dark)],
    status: (s: TargetStatus) => getColorFromToken(STATUS_TOKENS[s], dark),
    line: getColorFromToken(DataVizPalette.error, dark),
    /** The n-th series of a chart with several (periods side by side), from the palette's qualitative colours. */
    series: (n: number) => getNextColor(n, 0, dark),
  };
}
