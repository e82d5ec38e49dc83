// Deleting a plan item is final and takes everything under it: the button says so in colour
// and icon, and a dialog names the item (kind, reference and title) before anything is sent.
// Cancel has the focus first, so Enter alone never deletes.

import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { useI18n } from '../../i18n/i18n';

const useStyles = makeStyles({
  /** The footer's button: red words on the neutral background. */
  trigger: {
    color: tokens.colorPaletteRedForeground1,
    ':hover': { color: tokens.colorPaletteRedForeground1, backgroundColor: tokens.colorPaletteRedBackground1 },
    ':hover:active': { color: tokens.colorPaletteRedForeground1, backgroundColor: tokens.colorPaletteRedBackground2 },
  },
  /** The confirming button: white on red, as destructive actions look across Microsoft 365. */
  confirm: {
    backgroundColor: tokens.colorPaletteRedBackground3,
    color: tokens.colorNeutralForegroundOnBrand,
    ':hover': { backgroundColor: tokens.colorPaletteRedForeground1, color: tokens.colorNeutralForegroundOnBrand },
    ':hover:active': { backgroundColor: tokens.colorPaletteRedForeground1, color: tokens.colorNeutralForegroundOnBrand },
  },
});

/** Titles are long; the dialog names the item by its first words. */
const NAME_LENGTH = 90;

export function shortName(text: string): string {
  return text.length > NAME_LENGTH ? `${text.slice(0, NAME_LENGTH - 1).trimEnd()}…` : text;
}

export function DeleteButton({ disabled, onClick }: { disabled: boolean; onClick(): void }) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <Button className={styles.trigger} appearance="subtle" icon={<DeleteRegular />} disabled={disabled} onClick={onClick}>
      {t.editor.delete}
    </Button>
  );
}

export interface DeleteDialogProps {
  open: boolean;
  kind: string;
  itemRef: string;
  name: string;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}

export function DeleteDialog({ open, kind, itemRef, name, busy, onConfirm, onCancel }: DeleteDialogProps) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_e, d) => !d.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.deletion.title(kind, itemRef)}</DialogTitle>
          <DialogContent>{t.deletion.body(kind, itemRef, shortName(name))}</DialogContent>
          <DialogActions>
            <Button onClick={onCancel}>{t.common.cancel}</Button>
            <Button className={styles.confirm} icon={<DeleteRegular />} disabled={busy} onClick={onConfirm}>
              {t.deletion.confirm(kind, itemRef)}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
