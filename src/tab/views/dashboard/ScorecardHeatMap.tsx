// The office scorecard of a period as a heat map: offices × criteria, each cell the rating in
// words on its colour, overrides marked, with a table view for screen readers and anyone who
// prefers one. The period defaults to the cycle's last closed one; an open period is rated live.

import { Card, Field, Select, Text, ToggleButton, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { TableRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import type { CriterionRatingView, CycleSummary, ScorecardList, ScorecardView } from '../../../contract';
import { apiPaths } from '../../api/api-paths';
import { useResource } from '../../api/use-resource';
import { useApp } from '../../app/app-context';
import { LoadError, Loading } from '../../app/StatusViews';
import { useI18n } from '../../i18n/i18n';
import { RatingDetail } from './RatingDetail';
import { RatingGrid } from './RatingGrid';
import { criteriaOf } from './rating-grid-moves';
import { RatingTable } from './RatingTable';
import { RATING_SCALE, useRatingClass } from './rating-colours';
import { ratablePeriods } from './trend-series';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  top: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'flex-end' },
  legend: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, listStyleType: 'none', margin: 0, padding: 0 },
  legendItem: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  swatch: { display: 'inline-block', width: '20px', height: '14px', borderRadius: tokens.borderRadiusSmall, boxSizing: 'border-box' },
  note: { color: tokens.colorNeutralForeground2 },
});

export function ScorecardHeatMap({ cycle }: { cycle: string }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { api } = useApp();
  const titleId = useId();
  const cycles = useResource((signal) => api.get<CycleSummary[]>(apiPaths.cycles, signal).then((r) => r.body), [api]);
  const periods = ratablePeriods(cycles.data?.find((c) => c.code === cycle)?.periods ?? []);
  const [chosen, setChosen] = useState<string>();
  const period = periods.find((p) => p.id === chosen) ?? periods.find((p) => p.status === 'closed') ?? periods[0];
  const periodId = period?.id;
  const list = useResource(
    (signal) => (periodId ? api.get<ScorecardList>(apiPaths.scorecards(periodId), signal).then((r) => r.body) : Promise.resolve(undefined)),
    [api, periodId],
  );
  const [asTable, setAsTable] = useState(false);
  const [detail, setDetail] = useState<{ scorecard: ScorecardView; rating: CriterionRatingView }>();

  if (cycles.data && periods.length === 0) return null;
  const shown = list.data?.period.id === periodId ? list.data : undefined;
  return (
    <Card className={styles.card} aria-labelledby={titleId}>
      <Title3 as="h2" id={titleId}>
        {t.scorecard.title}
      </Title3>
      {cycles.error !== undefined && <LoadError error={cycles.error} onRetry={cycles.reload} />}
      <div className={styles.top}>
        {period && (
          <Field label={t.scorecard.period}>
            <Select value={period.id} onChange={(_e, d) => setChosen(d.value)}>
              {periods.map((p) => (
                <option key={p.id} value={p.id}>
                  {t.scorecard.periodOption(p.label, t.periodStatus[p.status])}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <ToggleButton icon={<TableRegular />} checked={asTable} onClick={() => setAsTable((v) => !v)}>
          {t.scorecard.showTable}
        </ToggleButton>
      </div>
      <Legend />
      {period?.status === 'open' && (
        <Text size={200} className={styles.note}>
          {t.scorecard.liveNote}
        </Text>
      )}
      {list.error !== undefined && <LoadError error={list.error} onRetry={list.reload} />}
      {!shown && list.loading && <Loading />}
      {shown && shown.scorecards.length === 0 && <Text>{t.scorecard.none}</Text>}
      {shown &&
        shown.scorecards.length > 0 &&
        (asTable ? (
          <RatingTable list={shown} criteria={criteriaOf(shown.scorecards)} />
        ) : (
          <RatingGrid list={shown} criteria={criteriaOf(shown.scorecards)} onOpen={(scorecard, rating) => setDetail({ scorecard, rating })} />
        ))}
      {detail && <RatingDetail office={detail.scorecard.office} rating={detail.rating} onClose={() => setDetail(undefined)} />}
    </Card>
  );
}

function Legend() {
  const styles = useStyles();
  const ratingClass = useRatingClass();
  const { t } = useI18n();
  return (
    <ul className={styles.legend} aria-label={t.scorecard.legend}>
      {RATING_SCALE.map((r) => (
        <li key={r} className={styles.legendItem}>
          <span className={`${styles.swatch} ${ratingClass(r)}`} aria-hidden="true" />
          <Text size={200}>{t.rating[r]}</Text>
        </li>
      ))}
    </ul>
  );
}
