// One row of the plan outline: an objective with its SCR 1325 tags, an activity, or a target
// with everything a reader checks (indicator, baseline and target value with the unit, due
// date, owner, and the means of verification on request). Rows carry the user's actions.

import { Badge, Button, Caption1, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { AddRegular, ChevronDownRegular, ChevronRightRegular, EditRegular } from '@fluentui/react-icons';
import { useI18n } from '../../i18n/i18n';
import type { NameOf } from '../../people/use-person-names';
import { OverdueBadge, TargetStatusBadge } from '../../status/StatusBadges';
import type { PlanRow } from './plan-rows';

const useStyles = makeStyles({
  row: {
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  objective: { backgroundColor: tokens.colorNeutralBackground3 },
  activity: { paddingLeft: tokens.spacingHorizontalXXL },
  target: { paddingLeft: `calc(${tokens.spacingHorizontalXXL} * 2)` },
  highlighted: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
  text: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  line: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  strong: { fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS },
  details: { alignSelf: 'flex-start', paddingLeft: 0, minWidth: 0, fontWeight: tokens.fontWeightRegular },
  verification: { whiteSpace: 'pre-wrap', paddingLeft: tokens.spacingHorizontalXL },
});

export interface RowActions {
  editable: boolean;
  highlightedId?: string;
  nameOf: NameOf;
  /** Targets whose means of verification are open. */
  expandedIds: ReadonlySet<string>;
  onToggleDetails(targetId: string): void;
  onEdit(row: PlanRow): void;
  onAdd(row: PlanRow): void;
}

export function PlanRowView({ row, actions }: { row: PlanRow; actions: RowActions }) {
  const styles = useStyles();
  const { t, date, percent, number } = useI18n();
  const id = row.kind === 'objective' ? row.objective.id : row.kind === 'activity' ? row.activity.id : row.target.id;
  const ref = row.kind === 'objective' ? row.objective.ref : row.kind === 'activity' ? row.activity.ref : row.target.ref;
  const kindLabel = t.kinds[row.kind];
  const expanded = row.kind === 'target' && actions.expandedIds.has(row.target.id);
  // "35%" but "12 contingents".
  const unit = row.kind === 'target' && row.target.unit ? `${row.target.unit === '%' ? '' : ' '}${row.target.unit}` : '';
  const valueOf = (n: number | null) => (n == null ? '—' : `${number(n, 6)}${unit}`);

  return (
    <div className={mergeClasses(styles.row, styles[row.kind], actions.highlightedId === id && styles.highlighted)} data-row-id={id}>
      <div className={styles.text}>
        {row.kind === 'objective' && (
          <>
            <Text className={styles.strong}>
              {t.plan.objectiveRef(row.objective.ref)} {row.objective.title}
            </Text>
            <div className={styles.line}>
              <Badge appearance="outline">{t.pillar[row.objective.pillar]}</Badge>
              {row.objective.paragraphs.map((n) => (
                <Badge key={n} appearance="outline">
                  {t.plan.paragraphs(t.targetRow.paragraph(n, t.paragraph[n - 1] ?? ''))}
                </Badge>
              ))}
              <Badge appearance="outline">{t.functionalArea[row.objective.functionalArea]}</Badge>
              <Caption1>{t.plan.rollupLine(row.objective.rollup.targets, percent(row.objective.rollup.progress), row.objective.rollup.overdue)}</Caption1>
            </div>
          </>
        )}
        {row.kind === 'activity' && (
          <>
            <Text className={styles.strong}>
              {row.activity.ref} {row.activity.title}
            </Text>
            <Caption1>
              {[actions.nameOf(row.activity.owner), row.activity.start && row.activity.end ? `${date(row.activity.start)} – ${date(row.activity.end)}` : null]
                .filter(Boolean)
                .join(' · ') || t.plan.noOwner}
            </Caption1>
          </>
        )}
        {row.kind === 'target' && (
          <>
            <div className={styles.line}>
              <Text className={styles.strong}>{row.target.ref}</Text>
              <TargetStatusBadge status={row.target.status} />
              <OverdueBadge days={row.target.daysOverdue} />
            </div>
            <Text>{row.target.description}</Text>
            <Caption1>{t.targetRow.indicator(row.target.indicator)}</Caption1>
            <Caption1>
              {t.targetRow.values(valueOf(row.target.baseline), valueOf(row.target.targetValue))} · {t.targets.due(date(row.target.dueDate))} ·{' '}
              {actions.nameOf(row.target.owner)} · {t.targets.progress(percent(row.target.progress))}
            </Caption1>
            <Button
              className={styles.details}
              appearance="transparent"
              size="small"
              icon={expanded ? <ChevronDownRegular /> : <ChevronRightRegular />}
              aria-expanded={expanded}
              aria-controls={expanded ? `mov-${row.target.id}` : undefined}
              aria-label={t.targetRow.meansOfVerificationOf(row.target.ref)}
              onClick={() => actions.onToggleDetails(row.target.id)}
            >
              {t.targetRow.meansOfVerification}
            </Button>
            {expanded && (
              <Caption1 id={`mov-${row.target.id}`} className={styles.verification}>
                {row.target.meansOfVerification ?? t.targetRow.noMeansOfVerification}
              </Caption1>
            )}
          </>
        )}
      </div>
      {actions.editable && (
        <div className={styles.actions}>
          <Button appearance="subtle" icon={<EditRegular />} onClick={() => actions.onEdit(row)} aria-label={t.plan.editItem(kindLabel, ref)}>
            {t.common.edit}
          </Button>
          {row.kind !== 'target' && (
            <Button
              appearance="subtle"
              icon={<AddRegular />}
              onClick={() => actions.onAdd(row)}
              aria-label={row.kind === 'objective' ? t.plan.addActivityTo(ref) : t.plan.addTargetTo(ref)}
            >
              {row.kind === 'objective' ? t.plan.addActivity : t.plan.addTarget}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
