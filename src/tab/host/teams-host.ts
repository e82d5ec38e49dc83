// Where the tab runs: inside Teams (or Outlook / the Microsoft 365 app) or in a plain browser.
// teams-js is loaded only when the page is framed or opened by a host, so a plain browser
// neither downloads it nor waits for a host that will never answer.

import type * as TeamsJs from '@microsoft/teams-js';
import type { TabInstanceConfig } from './tab-instance';
import { themeFromTeams, type ThemeName } from './theme';

export interface HostContext {
  inTeams: boolean;
  theme?: ThemeName;
  /** BCP 47 locale of the Teams client, e.g. "fr-fr". */
  locale?: string;
  /** The signed-in user's UPN, a hint for single sign-on. */
  loginHint?: string;
  /** The deep link's subEntityId (subPageId in teams-js 2). */
  subPageId?: string;
  /** True when the host supports Nested App Authentication. */
  naaRecommended: boolean;
  /** Calls back when the user switches the Teams theme. */
  onThemeChange(handler: (theme: ThemeName) => void): void;
  /** Tells the host, once, that the tab has rendered (hides its loading indicator). */
  notifyLoaded(): void;
  /** On a configurable tab's configuration page in Teams (its "Add a tab" dialog); absent elsewhere. */
  tabConfig?: TabConfigHost;
}

export interface TabConfigHost {
  /** The entityId of the tab being reconfigured; for a new tab, what Teams gives (not ours). */
  entityId?: string;
  /** Turns the dialog's Save button on or off. */
  setValid(valid: boolean): void;
  /** When the user selects Save: saves what `current` gives then, or refuses with `refusal` when it gives nothing. */
  onSave(current: () => TabInstanceConfig | undefined, refusal: string): void;
}

const PLAIN_BROWSER: HostContext = {
  inTeams: false,
  naaRecommended: false,
  onThemeChange() {},
  notifyLoaded() {},
};

/** How long to wait for a host before carrying on as a plain browser page. */
const HOST_TIMEOUT_MS = 5000;

export async function connectToHost(win: Window = window): Promise<HostContext> {
  const framed = win.parent !== win || win.opener != null;
  if (!framed) return PLAIN_BROWSER;
  try {
    const teams = await import('@microsoft/teams-js');
    await withTimeout(teams.app.initialize(), HOST_TIMEOUT_MS);
    const context = await teams.app.getContext();
    let loaded = false;
    return {
      inTeams: true,
      theme: themeFromTeams(context.app.theme),
      locale: context.app.locale,
      loginHint: context.user?.loginHint ?? context.user?.userPrincipalName,
      subPageId: context.page.subPageId || undefined,
      naaRecommended: teams.nestedAppAuth.isNAAChannelRecommended(),
      onThemeChange(handler) {
        teams.app.registerOnThemeChangeHandler((theme) => handler(themeFromTeams(theme)));
      },
      notifyLoaded() {
        if (loaded) return;
        loaded = true;
        teams.app.notifyAppLoaded();
        // The loading indicator is gone already (notifyAppLoaded); a host that does not
        // acknowledge the success notice leaves nothing for the tab to do or show.
        teams.app.notifySuccess().catch(() => undefined);
      },
      tabConfig: context.page.frameContext === teams.FrameContexts.settings ? tabConfigHost(teams, context.page.id) : undefined,
    };
  } catch {
    // Framed by something that is not a Microsoft 365 host (or it did not answer): work as a plain page.
    return PLAIN_BROWSER;
  }
}

function tabConfigHost(teams: typeof TeamsJs, entityId: string): TabConfigHost {
  return {
    entityId: entityId || undefined,
    setValid(valid) {
      teams.pages.config.setValidityState(valid);
    },
    onSave(current, refusal) {
      teams.pages.config.registerOnSaveHandler((saveEvent) => {
        const config = current();
        if (!config) {
          saveEvent.notifyFailure(refusal);
          return;
        }
        teams.pages.config.setConfig(config).then(
          () => saveEvent.notifySuccess(),
          (error: unknown) => saveEvent.notifyFailure(error instanceof Error ? error.message : String(error)),
        );
      });
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The host did not answer.')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
