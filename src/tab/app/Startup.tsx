// Until the user is signed in: a spinner, dev mode's "sign in as" picker, or what went wrong.
// The sign-in itself (./sign-in.ts) started with the page.

import { useEffect, useMemo, useState } from 'react';
import { rememberDevUser, devSession } from '../auth/session';
import { SignInPicker } from '../auth/SignInPicker';
import type { HostContext } from '../host/teams-host';
import { useI18n } from '../i18n/i18n';
import { PeopleNames } from '../people/people-names';
import { AppContext, type AppServices } from './app-context';
import { AppShell } from './AppShell';
import { parseRoute } from './routes';
import { signIn, type SignInState } from './sign-in';
import { FullPageError, FullPageLoading } from './StatusViews';

type State = SignInState | { kind: 'loading' } | { kind: 'failed'; message: string };

const failed = (error: unknown): State => ({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });

export function Startup({ host, start }: { host: HostContext; start: Promise<SignInState> }) {
  const { t } = useI18n();
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    let current = true;
    start.then(
      (s) => current && setState(s),
      (e: unknown) => current && setState(failed(e)),
    );
    return () => {
      current = false;
    };
  }, [start]);

  const ready = state.kind === 'ready' ? state : undefined;
  const services = useMemo<AppServices | undefined>(() => {
    if (!ready) return undefined;
    const switchUser = ready.devUser
      ? () => {
          rememberDevUser(undefined);
          setState({ kind: 'pick-user', config: ready.config });
        }
      : undefined;
    const people = new PeopleNames(ready.api);
    people.remember([{ email: ready.me.user.email, name: ready.me.user.name }]);
    return { api: ready.api, me: ready.me, catalogue: ready.catalogue, host, switchUser, people };
  }, [ready, host]);

  // Teams shows its loading indicator until told: the picker and an error are screens too.
  useEffect(() => {
    if (state.kind !== 'loading') host.notifyLoaded();
  }, [state.kind, host]);

  if (state.kind === 'loading') return <FullPageLoading label={t.startup.signingIn} />;
  if (state.kind === 'failed') return <FullPageError title={t.startup.failed} detail={state.message} />;
  if (state.kind === 'pick-user') {
    const config = state.config;
    return (
      <SignInPicker
        users={config.devUsers ?? []}
        onPick={(email) => {
          rememberDevUser(email);
          setState({ kind: 'loading' });
          signIn(config, devSession(email), parseRoute(location.hash)).then(setState, (e: unknown) => setState(failed(e)));
        }}
      />
    );
  }
  return (
    // Every other state returned above: this one is 'ready', for which useMemo built the services.
    <AppContext.Provider value={services!}>
      <AppShell />
    </AppContext.Provider>
  );
}
