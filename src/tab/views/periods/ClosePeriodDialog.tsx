// Closing a period freezes its figures. The dialog names the offices whose report is missing;
// closing without them needs an explicit confirmation, sent as `force` and recorded in the
// snapshot. The server re-checks everything (a report may have arrived meanwhile).

import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { ClosePeriodResult, PeriodSummary } from '../../../contract';
import { useApp } from '../../app/app-context';
import { LoadError } from '../../app/StatusViews';
import { useI18n } from '../../i18n/i18n';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0 },
});

export interface ClosePeriodDialogProps {
  open: boolean;
  period: PeriodSummary;
  onClose(): void;
  onClosed(period: PeriodSummary): void;
}

export function ClosePeriodDialog({ open, period, onClose, onClosed }: ClosePeriodDialogProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const { api } = useApp();
  const [force, setForce] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const missing = period.missingOffices;

  const close = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      const { body } = await api.send<ClosePeriodResult>('POST', `/api/periods/${encodeURIComponent(period.id)}/close`, {
        body: missing.length > 0 ? { force } : {},
      });
      onClosed(body.period);
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_e, d) => !d.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.periods.closeTitle(period.label)}</DialogTitle>
          <DialogContent className={styles.content}>
            <Text as="p">{t.periods.closeExplanation}</Text>
            {missing.length === 0 ? (
              <Text as="p">{t.periods.allIn}</Text>
            ) : (
              <>
                <Text as="p">{t.periods.missingOffices(missing.length)}</Text>
                <ul className={styles.list}>
                  {missing.map((o) => (
                    <li key={o.id}>{o.name}</li>
                  ))}
                </ul>
                <Checkbox checked={force} onChange={(_e, d) => setForce(d.checked === true)} label={t.periods.forceConfirm} />
              </>
            )}
            {failure !== undefined && <LoadError error={failure} />}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={busy || (missing.length > 0 && !force)} onClick={() => void close()}>
              {t.periods.confirmClose}
            </Button>
            <Button onClick={onClose}>{t.common.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
