// The frame of the tab's record dialogs: title, the fields in one column, the failure of the last
// save (with a plain sentence first when the record changed meanwhile), and the primary action
// beside Cancel. By default the dialog is a form, so Enter in a field saves as the button does;
// while a save runs the button keeps focus (a disabled one would drop it out of the dialog).

import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { FormEvent, ReactNode } from 'react';
import { LoadError } from '../app/StatusViews';
import { useI18n } from '../i18n/i18n';
import { isStale } from './use-record-form';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface FormDialogProps {
  open: boolean;
  title: ReactNode;
  /** The primary action's label (Save, Create…). */
  action: string;
  onAction(): void;
  onClose(): void;
  busy: boolean;
  failure: unknown;
  /** Said above the failure when the save was refused because the record changed meanwhile. */
  staleText?: string;
  /** False while there is nothing to act on yet: the button stays focusable but does nothing. */
  ready?: boolean;
  /** True when the action is refused outright (the button is disabled). */
  refused?: boolean;
  /** False for dialogs where Enter in a field must not act (a table of counts). */
  enterActs?: boolean;
  modalType?: 'modal' | 'alert';
  surfaceClassName?: string;
  children: ReactNode;
}

export function FormDialog(props: FormDialogProps) {
  const {
    open,
    title,
    action,
    onAction,
    onClose,
    busy,
    failure,
    staleText,
    ready = true,
    refused = false,
    enterActs = true,
    modalType,
    surfaceClassName,
    children,
  } = props;
  const styles = useStyles();
  const { t } = useI18n();
  const body = (
    <DialogBody>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent className={styles.content}>
        {children}
        {staleText !== undefined && isStale(failure) && <Text role="alert">{staleText}</Text>}
        {failure !== undefined && <LoadError error={failure} />}
      </DialogContent>
      <DialogActions>
        <Button
          type={enterActs ? 'submit' : 'button'}
          appearance="primary"
          disabled={refused}
          disabledFocusable={busy || !ready}
          onClick={enterActs ? undefined : onAction}
        >
          {action}
        </Button>
        <Button onClick={onClose}>{t.common.cancel}</Button>
      </DialogActions>
    </DialogBody>
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onAction();
  };
  return (
    <Dialog open={open} modalType={modalType} onOpenChange={(_e, d) => !d.open && onClose()}>
      <DialogSurface className={surfaceClassName}>
        {enterActs ? (
          <form onSubmit={submit} noValidate>
            {body}
          </form>
        ) : (
          body
        )}
      </DialogSurface>
    </Dialog>
  );
}
