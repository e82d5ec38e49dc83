// The Gender Unit's reminder settings (GET|PUT /api/reminder-policy), one part of the settings
// view. Values are checked with the server's own schema as they are typed; a save sends the
// whole policy with If-Match, and a 412 (someone saved meanwhile) turns into the conflict view,
// as in the plan editor.

import { Button, MessageBar, MessageBarBody, Text, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { ApiProblem } from '../../api/api-client';
import { apiPaths } from '../../api/api-paths';
import { useResource } from '../../api/use-resource';
import { useApp } from '../../app/app-context';
import { LoadError, Loading } from '../../app/StatusViews';
import { serverFieldErrors, validate, type FieldErrors } from '../../forms/validation';
import { useI18n } from '../../i18n/i18n';
import { formOf, mergeMine, policyOf, reminderPolicySchema, type PolicyForm, type ReminderPolicy } from './policy-form';
import { PolicyConflict } from './PolicyConflict';
import { ReminderPolicyFields } from './ReminderPolicyFields';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

interface Stored {
  policy: ReminderPolicy;
  etag: string;
}

export function ReminderSettings() {
  const { api } = useApp();
  const loaded = useResource(
    (signal) => api.get<ReminderPolicy>(apiPaths.reminderPolicy, signal).then((r): Stored => ({ policy: r.body, etag: r.etag ?? '"0"' })),
    [api],
  );
  if (loaded.error !== undefined) return <LoadError error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  return <PolicyEditor initial={loaded.data} />;
}

function PolicyEditor({ initial }: { initial: Stored }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { api } = useApp();
  const [stored, setStored] = useState(initial);
  const [form, setForm] = useState<PolicyForm>(() => formOf(initial.policy));
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const [saved, setSaved] = useState(false);
  const [conflict, setConflict] = useState<Stored>();

  const mine = policyOf(form, stored.policy);
  const checked = validate(reminderPolicySchema, mine, t);
  const serverErrors: FieldErrors = serverFieldErrors(failure, t);
  const errors: FieldErrors = { ...serverErrors, ...checked.errors };

  const put = async (body: Record<string, unknown>, etag: string) => {
    setBusy(true);
    setFailure(undefined);
    setSaved(false);
    try {
      const { body: policy, etag: next } = await api.send<ReminderPolicy>('PUT', apiPaths.reminderPolicy, { body, ifMatch: etag });
      const now = { policy, etag: next ?? etag };
      setStored(now);
      setForm(formOf(policy));
      setConflict(undefined);
      setSaved(true);
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 412 && error.current !== undefined) {
        const current = reminderPolicySchema.safeParse(error.current);
        if (current.success) setConflict({ policy: current.data, etag: error.etag ?? etag });
        else setFailure(error);
      } else setFailure(error);
    } finally {
      setBusy(false);
    }
  };

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
      {conflict ? (
        <PolicyConflict
          base={stored.policy}
          mine={mine}
          theirs={conflict.policy}
          busy={busy}
          onKeepMine={() => void put(mergeMine(stored.policy, mine, conflict.policy), conflict.etag)}
          onTakeTheirs={() => {
            setStored(conflict);
            setForm(formOf(conflict.policy));
            setConflict(undefined);
          }}
        />
      ) : (
        <form
          className={styles.view}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (checked.ok) void put(mine, stored.etag);
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
          <div className={styles.actions}>
            <Button type="submit" appearance="primary" disabled={busy || !checked.ok}>
              {busy ? t.common.saving : t.common.save}
            </Button>
            <Button
              disabled={busy}
              onClick={() => {
                setForm(formOf(stored.policy));
                setFailure(undefined);
              }}
            >
              {t.common.cancel}
            </Button>
          </div>
        </form>
      )}
      {failure !== undefined && <LoadError error={failure} />}
    </section>
  );
}
