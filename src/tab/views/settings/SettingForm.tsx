// The form of one of the Gender Unit's settings: its fields, then Save (only when what is typed
// passes the server's own schema), any further actions, and Cancel (back to what is stored). A
// conflicting save shows its conflict view in place of the form.

import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface SettingFormProps {
  /** The conflict view of a save refused with 412, shown instead of the form. */
  conflict: ReactNode;
  busy: boolean;
  /** Whether what is typed may be saved. */
  valid: boolean;
  onSave(): void;
  onCancel(): void;
  /** Buttons between Save and Cancel. */
  actions?: ReactNode;
  children: ReactNode;
}

export function SettingForm({ conflict, busy, valid, onSave, onCancel, actions, children }: SettingFormProps) {
  const styles = useStyles();
  const { t } = useI18n();
  if (conflict) return conflict;
  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) onSave();
      }}
    >
      {children}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={busy || !valid}>
          {busy ? t.common.saving : t.common.save}
        </Button>
        {actions}
        <Button disabled={busy} onClick={onCancel}>
          {t.common.cancel}
        </Button>
      </div>
    </form>
  );
}
