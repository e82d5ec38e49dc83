// Submitting the plan for review, with an optional note to the Gender Unit and a reminder of
// what is still missing. Sent with the plan's ETag, so a plan that moved on is not submitted blind.

import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { transitionInput } from '../../../domain/schemas';
import { ApiProblem, type ApiClient } from '../../api/api-client';
import type { PlanTree } from '../../../contract';
import { LoadError } from '../../app/StatusViews';
import { optionalText, validate } from '../../forms/validation';
import { useI18n } from '../../i18n/i18n';

export interface SubmitDialogProps {
  open: boolean;
  api: ApiClient;
  plan: PlanTree;
  etag: string;
  onClose(): void;
  onSubmitted(): void;
  /** The plan changed since it was read: read it again before trying once more. */
  onStale(): void;
}

export function SubmitDialog({ open, api, plan, etag, onClose, onSubmitted, onStale }: SubmitDialogProps) {
  const { t } = useI18n();
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const checked = validate(transitionInput, { comment: optionalText(comment) }, t);

  const submit = async () => {
    if (!checked.ok) return;
    setBusy(true);
    try {
      await api.send('POST', `/api/plans/${encodeURIComponent(plan.id)}/submit`, { body: checked.value, ifMatch: etag });
      onSubmitted();
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 412) onStale();
      setFailure(error);
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} onOpenChange={(_e, d) => !d.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.submit.title}</DialogTitle>
          <DialogContent>
            <Text as="p">{t.submit.explanation}</Text>
            {plan.completeness.missing.length > 0 && <Text as="p">{t.submit.missing(plan.completeness.missing.length)}</Text>}
            <Field label={t.submit.comment} validationMessage={checked.errors.comment}>
              <Textarea value={comment} onChange={(_e, d) => setComment(d.value)} resize="vertical" />
            </Field>
            {failure !== undefined && <LoadError error={failure} />}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={busy || !checked.ok} onClick={() => void submit()}>
              {t.submit.confirm}
            </Button>
            <Button onClick={onClose}>{t.common.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
