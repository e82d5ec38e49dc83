// The Gender Unit's scorecard criteria (GET|PUT /api/scorecard-criteria), one part of the
// settings view, built like the reminder settings: thresholds checked with the server's own
// schema as they are typed, a save of the whole set with If-Match, the server's field problems
// on their field, a 412 turned into the conflict view. "Restore the defaults" only fills the
// form: nothing changes until the advisor saves.

import { Button, MessageBar, MessageBarBody, Text, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { scorecardCriteria, type Criterion, type ScorecardCriteria } from '../../../contract';
import { DEFAULT_CRITERIA } from '../../../domain/scorecard-criteria';
import { apiPaths } from '../../api/api-paths';
import { LoadError, Loading } from '../../app/StatusViews';
import { serverFieldErrors, validate, type FieldErrors } from '../../forms/validation';
import { useI18n } from '../../i18n/i18n';
import { bodyOf, formOf, mergeMine, scorecardCriteriaInput, type CriterionRow } from './criteria-form';
import { CriteriaConflict } from './CriteriaConflict';
import { ScorecardCriteriaFields } from './ScorecardCriteriaFields';
import { SettingForm } from './SettingForm';
import { useSettingRead, useStoredSetting, type StoredSetting } from './use-stored-setting';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  problem: { color: tokens.colorPaletteRedForeground1 },
  // As wide as the criteria below it.
  note: { maxWidth: '72rem' },
});

type Stored = StoredSetting<Criterion[]>;

/** The criteria in GET /api/scorecard-criteria's answer. */
const criteriaOf = (body: ScorecardCriteria) => body.criteria;

export function ScorecardCriteriaSettings() {
  const loaded = useSettingRead(apiPaths.scorecardCriteria, criteriaOf);
  if (loaded.error !== undefined) return <LoadError error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  return <CriteriaEditor initial={loaded.data} />;
}

function CriteriaEditor({ initial }: { initial: Stored }) {
  const styles = useStyles();
  const { t, locale } = useI18n();
  const [rows, setRows] = useState<CriterionRow[]>(() => formOf(initial.value, locale));
  const [restored, setRestored] = useState(false);
  const { stored, busy, failure, setFailure, conflict, saved, setSaved, put, takeTheirs } = useStoredSetting(initial, {
    path: apiPaths.scorecardCriteria,
    read: (body) => {
      const answer = scorecardCriteria.safeParse(body);
      return answer.success ? answer.data.criteria : undefined;
    },
    onStored: (criteria) => {
      setRows(formOf(criteria, locale));
      setRestored(false);
    },
  });
  const notice = saved ? 'saved' : restored ? 'defaults' : undefined;
  const setNotice = (next: 'defaults' | undefined) => {
    setSaved(false);
    setRestored(next === 'defaults');
  };

  const mine = bodyOf(rows, locale);
  const checked = validate(scorecardCriteriaInput, mine, t);
  const errors: FieldErrors = { ...serverFieldErrors(failure, t), ...checked.errors };
  // A problem of the whole set (a criterion missing) has no field of its own to show on.
  const setProblem = Object.keys(errors).some((k) => k.startsWith('criteria.')) ? undefined : errors.criteria;

  return (
    <section className={styles.view} aria-labelledby="criteria-title">
      <Title2 as="h1" id="criteria-title">
        {t.criteriaSettings.title}
      </Title2>
      <Text>{t.criteriaSettings.intro}</Text>
      <MessageBar className={styles.note} intent="info" layout="multiline">
        <MessageBarBody>{t.criteriaSettings.appliesFrom}</MessageBarBody>
      </MessageBar>
      <div role="status">
        {notice && (
          <MessageBar className={styles.note} intent={notice === 'saved' ? 'success' : 'info'}>
            <MessageBarBody>{notice === 'saved' ? t.criteriaSettings.saved : t.criteriaSettings.defaultsRestored}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <SettingForm
        conflict={
          conflict && (
            <CriteriaConflict
              base={stored.value}
              mine={mine.criteria}
              theirs={conflict.value}
              busy={busy}
              onKeepMine={() => void put(mergeMine(stored.value, mine.criteria, conflict.value), conflict.etag)}
              onTakeTheirs={takeTheirs}
            />
          )
        }
        busy={busy}
        valid={checked.ok}
        onSave={() => void put(mine, stored.etag)}
        onCancel={() => {
          setRows(formOf(stored.value, locale));
          setFailure(undefined);
          setNotice(undefined);
        }}
        actions={
          <Button
            disabled={busy}
            onClick={() => {
              setRows(formOf(DEFAULT_CRITERIA, locale));
              setFailure(undefined);
              setNotice('defaults');
            }}
          >
            {t.criteriaSettings.restoreDefaults}
          </Button>
        }
      >
        <ScorecardCriteriaFields
          rows={rows}
          errors={errors}
          onChange={(index, row) => {
            setNotice(undefined);
            setFailure(undefined);
            setRows((all) => all.map((r, i) => (i === index ? row : r)));
          }}
        />
        {setProblem && (
          <Text className={styles.problem} role="alert">
            {setProblem}
          </Text>
        )}
      </SettingForm>
      {failure !== undefined && <LoadError error={failure} />}
    </section>
  );
}
