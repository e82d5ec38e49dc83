// Under the export buttons: the download under way with its progress bar and a cancel, then
// the file saved or the error.

import { Button, Field, MessageBar, MessageBarBody, ProgressBar } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { LoadError } from '../../app/StatusViews';
import { useI18n } from '../../i18n/i18n';
import type { Download } from './use-download';

/** The cancel button, shown beside the download buttons while a download runs. */
export function CancelDownload({ download }: { download: Download }) {
  const { t } = useI18n();
  if (!download.progress) return null;
  return (
    <Button appearance="subtle" icon={<DismissRegular />} onClick={download.cancel}>
      {t.common.cancel}
    </Button>
  );
}

export function DownloadStatus({ download }: { download: Download }) {
  const { t, bytes } = useI18n();
  const { progress, done, failure } = download;
  return (
    <>
      {progress && (
        <Field
          label={t.exports.preparing(progress.format === 'xlsx' ? t.exports.excel : t.exports.word)}
          validationState="none"
          validationMessage={
            progress.total ? t.exports.receivedOf(bytes(progress.received), bytes(progress.total)) : t.exports.received(bytes(progress.received))
          }
        >
          <ProgressBar value={progress.total ? progress.received / progress.total : undefined} thickness="large" />
        </Field>
      )}
      {done && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      )}
      {failure !== undefined && <LoadError error={failure} />}
    </>
  );
}
