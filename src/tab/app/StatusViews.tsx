// How a view says "loading", "failed" or "nothing here", the same way everywhere.

import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { ApiProblem } from '../api/api-client';
import { useI18n } from '../i18n/i18n';

const useStyles = makeStyles({
  page: { display: 'flex', alignItems: 'center', justifyContent: 'center', height: '100%', padding: tokens.spacingHorizontalXXL },
  inline: { padding: tokens.spacingVerticalXXL },
});

export function FullPageLoading({ label }: { label: string }) {
  const styles = useStyles();
  return (
    <main className={styles.page}>
      <Spinner label={label} />
    </main>
  );
}

export function FullPageError({ title, detail }: { title: string; detail: string }) {
  const styles = useStyles();
  return (
    <main className={styles.page}>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          {detail}
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}

export function Loading({ label }: { label?: string }) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <div className={styles.inline}>
      <Spinner label={label ?? t.common.loading} />
    </div>
  );
}

/** An error from the API or the network, said in the user's language, with a retry when it may help. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{problemTitle(error, t)}</MessageBarTitle>
        {error instanceof ApiProblem ? error.detail : error instanceof Error ? error.message : String(error)}
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry}>{t.common.retry}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

export function problemTitle(error: unknown, t: ReturnType<typeof useI18n>['t']): string {
  if (!(error instanceof ApiProblem)) return t.errors.network;
  if (error.status === 401) return t.errors.unauthenticated;
  if (error.status === 403) return t.errors.forbidden;
  if (error.status === 404) return t.errors.notFound;
  if (error.status === 409) return t.errors.state;
  if (error.status === 412) return t.errors.stale;
  if (error.status === 400) return t.errors.invalid;
  return t.errors.server;
}
