// The confirmations of a plan's life beyond review: amending an endorsed plan (it goes back to
// draft as the next revision while the endorsed one stays in force) and archiving it at the end
// of its cycle (read-only from then on). Each says what will happen, takes an optional note and
// is sent with the plan's ETag, so a plan that moved on meanwhile is not changed blind.

import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { PlanTree } from '../../../contract';
import { transitionInput } from '../../../domain/schemas';
import { ApiProblem } from '../../api/api-client';
import { apiPaths } from '../../api/api-paths';
import { useApp } from '../../app/app-context';
import { LoadError } from '../../app/StatusViews';
import { optionalText, validate } from '../../forms/validation';
import { useI18n } from '../../i18n/i18n';

export type PlanTransition = 'amend' | 'archive';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface PlanTransitionDialogProps {
  action: PlanTransition;
  open: boolean;
  plan: PlanTree;
  etag: string;
  onClose(): void;
  onDone(plan: PlanTree): void;
  /** The plan changed since it was read: read it again before trying once more. */
  onStale(): void;
}

export function PlanTransitionDialog({ action, open, plan, etag, onClose, onDone, onStale }: PlanTransitionDialogProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const { api } = useApp();
  const texts = action === 'amend' ? t.planAmend : t.planArchive;
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const checked = validate(transitionInput, { comment: optionalText(comment) }, t);

  const confirm = async () => {
    if (!checked.ok || busy) return;
    setBusy(true);
    setFailure(undefined);
    try {
      const { body } = await api.send<PlanTree>('POST', apiPaths.planAction(plan.id, action), { body: checked.value, ifMatch: etag });
      onDone(body);
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 412) onStale();
      setFailure(error);
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_e, d) => !d.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{texts.title}</DialogTitle>
          <DialogContent className={styles.content}>
            <Text as="p">{action === 'amend' ? t.planAmend.explanation(plan.revision ?? 1) : t.planArchive.explanation}</Text>
            <Field label={texts.comment} validationMessage={checked.errors.comment}>
              <Textarea value={comment} onChange={(_e, d) => setComment(d.value)} resize="vertical" />
            </Field>
            {failure !== undefined && <LoadError error={failure} />}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabledFocusable={busy || !checked.ok} onClick={() => void confirm()}>
              {texts.confirm}
            </Button>
            <Button onClick={onClose}>{t.common.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
