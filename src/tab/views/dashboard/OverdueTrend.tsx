// Overdue targets week by week over the last six months (estimated, see overdue-history.ts).

import { LineChart } from '@fluentui/react-charts';
import type { OverduePoint } from './overdue-history';
import { useI18n } from '../../i18n/i18n';
import { ChartCard } from './ChartCard';
import { useChartColours } from './chart-colours';

export function OverdueTrend({ points }: { points: OverduePoint[] }) {
  const { t, date, number, locale } = useI18n();
  const colours = useChartColours();
  return (
    <ChartCard
      title={t.dashboard.overdueTrend}
      columns={[t.dashboard.week, t.dashboard.overdueTargets]}
      rows={points.map((p) => ({ label: date(p.date), values: [number(p.overdue)] }))}
    >
      <LineChart
        data={{
          chartTitle: t.dashboard.overdueTrend,
          lineChartData: [
            { legend: t.dashboard.overdueTargets, color: colours.line, data: points.map((p) => ({ x: new Date(`${p.date}T00:00:00Z`), y: p.overdue })) },
          ],
        }}
        height={240}
        culture={locale}
        dateLocalizeOptions={{ day: 'numeric', month: 'short', timeZone: 'UTC' }}
      />
    </ChartCard>
  );
}
