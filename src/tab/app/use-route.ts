// The current route, following the location hash.

import { useEffect, useState } from 'react';
import { parseRoute, type Route } from './routes';

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function navigate(href: string, replace = false): void {
  if (replace) history.replaceState(null, '', href);
  else location.hash = href;
  if (replace) window.dispatchEvent(new HashChangeEvent('hashchange'));
}
