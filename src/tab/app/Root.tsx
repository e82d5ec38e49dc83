// The providers around everything: the Fluent theme (following Teams or the browser as the
// user switches between light, dark and high contrast, unless ?theme= fixes it) and the language.

import { FluentProvider, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { HostContext } from '../host/teams-host';
import { fluentTheme, THEME_MEDIA_QUERIES, themeFromMedia, type ThemeName } from '../host/theme';
import { ThemeNameContext } from '../host/theme-context';
import { I18nProvider } from '../i18n/i18n';
import type { Language } from '../i18n/locale';
import type { SignInState } from './sign-in';
import { Startup } from './Startup';

const useStyles = makeStyles({
  root: {
    height: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
});

export interface RootProps {
  host: HostContext;
  /** The sign-in, already under way. */
  start: Promise<SignInState>;
  language: Language;
  locale: string;
  forcedTheme?: ThemeName;
  initialTheme: ThemeName;
}

export function Root({ host, start, language, locale, forcedTheme, initialTheme }: RootProps) {
  const styles = useStyles();
  const [theme, setTheme] = useState<ThemeName>(initialTheme);

  useEffect(() => {
    if (forcedTheme) return;
    if (host.inTeams) {
      host.onThemeChange(setTheme);
      return;
    }
    const queries = THEME_MEDIA_QUERIES.map((q) => window.matchMedia(q));
    const follow = () => setTheme(themeFromMedia());
    queries.forEach((q) => q.addEventListener('change', follow));
    return () => queries.forEach((q) => q.removeEventListener('change', follow));
  }, [host, forcedTheme]);

  return (
    // The page's own layout and background sit on an inner element: the provider's class is
    // also given to every portal (popovers, dialogs), which must not fill the screen.
    <FluentProvider theme={fluentTheme(theme)} data-theme={theme}>
      <ThemeNameContext.Provider value={theme}>
        <div className={styles.root}>
          <I18nProvider language={language} locale={locale}>
            <Startup host={host} start={start} />
          </I18nProvider>
        </div>
      </ThemeNameContext.Provider>
    </FluentProvider>
  );
}
