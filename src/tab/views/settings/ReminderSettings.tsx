// The Gender Unit's reminder settings (GET|PUT /api/reminder-policy), one part of the settings
// view. Values are checked with the server's own schema as they are typed; a save sends the
// whole policy with If-Match, and a 412 (someone saved meanwhile) turns into the conflict view,
// as in the plan editor.

import { MessageBar, MessageBarBody, Text, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { apiPaths } from '../../api/api-paths';
import { LoadError, Loading } from '../../app/StatusViews';
import { serverFieldErrors, validate, type FieldErrors } from '../../forms/validation';
import { useI18n } from '../../i18n/i18n';
import { formOf, mergeMine, policyOf, reminderPolicySchema, type PolicyForm, type ReminderPolicy } from './policy-form';
import { PolicyConflict } from './PolicyConflict';
import { ReminderPolicyFields } from './ReminderPolicyFields';
import { SettingForm } from './SettingForm';
import { useSettingRead, useStoredSetting, type StoredSetting } from './use-stored-setting';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

type Stored = StoredSetting<ReminderPolicy>;

/** GET /api/reminder-policy answers with the policy itself. */
const policyOfAnswer = (body: ReminderPolicy) => body;

export function ReminderSettings() {
  const loaded = useSettingRead(apiPaths.reminderPolicy, policyOfAnswer);
  if (loaded.error !== undefined) return <LoadError error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  return <PolicyEditor initial={loaded.data} />;
}

function PolicyEditor({ initial }: { initial: Stored }) {
  const styles = useStyles();
  const { t } = useI18n();
  const [form, setForm] = useState<PolicyForm>(() => formOf(initial.value));
  const { stored, busy, failure, setFailure, conflict, saved, setSaved, put, takeTheirs } = useStoredSetting(initial, {
    path: apiPaths.reminderPolicy,
    read: (body) => {
      const policy = reminderPolicySchema.safeParse(body);
      return policy.success ? policy.data : undefined;
    },
    onStored: (policy) => setForm(formOf(policy)),
  });

  const mine = policyOf(form, stored.value);
  const checked = validate(reminderPolicySchema, mine, t);
  const serverErrors: FieldErrors = serverFieldErrors(failure, t);
  const errors: FieldErrors = { ...serverErrors, ...checked.errors };

  return (
    <section className={styles.view} aria-labelledby="view-title">
      <Title2 as="h1" id="view-title">
        {t.settings.title}
      </Title2>
      <Text>{t.settings.intro}</Text>
      {saved && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{t.settings.saved}</MessageBarBody>
        </MessageBar>
      )}
      <SettingForm
        conflict={
          conflict && (
            <PolicyConflict
              base={stored.value}
              mine={mine}
              theirs={conflict.value}
              busy={busy}
              onKeepMine={() => void put(mergeMine(stored.value, mine, conflict.value), conflict.etag)}
              onTakeTheirs={takeTheirs}
            />
          )
        }
        busy={busy}
        valid={checked.ok}
        onSave={() => void put(mine, stored.etag)}
        onCancel={() => {
          setForm(formOf(stored.value));
          setFailure(undefined);
        }}
      >
        <ReminderPolicyFields
          form={form}
          errors={errors}
          onChange={(change) => {
            setSaved(false);
            setForm((f) => ({ ...f, ...change }));
          }}
        />
      </SettingForm>
      {failure !== undefined && <LoadError error={failure} />}
    </section>
  );
}
