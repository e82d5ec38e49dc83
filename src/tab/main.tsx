// Entry point: find out where the tab runs (Teams or a plain browser), pick language and
// theme, turn a Teams deep link into the matching URL, start signing in and render. What the
// first screen needs (configuration, the view's code, its data) is asked for as early as
// possible and in parallel.

import { createRoot } from 'react-dom/client';
import { Root } from './app/Root';
import { hrefOf, parseRoute, routeOfSubPageId } from './app/routes';
import { startSignIn } from './app/sign-in';
import { preloadView } from './app/views';
import { loadTabConfig } from './auth/tab-config';
import { connectToHost } from './host/teams-host';
import { themeFromMedia, themeFromUrl } from './host/theme';
import { chooseLocale } from './i18n/locale';
import './styles/base.css';

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const config = loadTabConfig();
  preloadView(parseRoute(location.hash));
  const host = await connectToHost();
  const { language, locale } = chooseLocale([params.get('lang'), host.locale, ...navigator.languages]);
  document.documentElement.lang = language;
  // A deep link wins over the tab's own page: Teams opens the contentUrl, which has a hash
  // already (#/targets, #/offices/MD), and names the view to show in subPageId.
  const deepLink = routeOfSubPageId(host.subPageId);
  if (deepLink && hrefOf(deepLink) !== location.hash) {
    history.replaceState(null, '', hrefOf(deepLink));
    preloadView(deepLink);
  }
  const signingIn = startSignIn(config, host, params, parseRoute(location.hash));
  const forcedTheme = themeFromUrl(params);
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no element with id "root" to render the tab into');
  createRoot(container).render(
    <Root
      host={host}
      start={signingIn}
      language={language}
      locale={locale}
      forcedTheme={forcedTheme}
      initialTheme={forcedTheme ?? host.theme ?? themeFromMedia()}
    />,
  );
}

void start();
