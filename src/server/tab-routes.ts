// Serves the built Teams tab (dist/tab) and the little configuration it needs before it can
// sign in, under a Content-Security-Policy that lets only Teams, Outlook and Microsoft 365
// frame it and runs no inline script.

import fs from 'node:fs';
import path from 'node:path';
import express, { Router, type Response } from 'express';

/** What the tab must know before it can call /api: how to sign in. Served as /tab-config.json. */
export interface TabConfig {
  authMode: 'dev' | 'entra';
  /** The Entra app registration the tab asks tokens of (entra mode). */
  clientId: string | null;
  tenantId: string | null;
  /** Sign-in authority host, e.g. https://login.microsoftonline.com (other clouds differ). */
  authorityHost: string;
  /** The full scope of the API, e.g. api://<client id>/access_as_user (entra mode). */
  apiScope: string | null;
  /** Dev mode only: the people the "sign in as" picker offers. Never sent in entra mode. */
  devUsers?: readonly { email: string; name: string; description?: string }[];
}

/** Hosts allowed to frame the tab: Teams (work, GCC, education), Outlook and the Microsoft 365 app. */
export const FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://teams.cloud.microsoft',
  'https://*.cloud.microsoft',
  'https://*.teams.microsoft.us',
  'https://local.teams.office.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://*.office365.com',
  'https://outlook.live.com',
  'https://*.microsoft365.com',
] as const;

/**
 * The policy. Scripts: only our own files (Vite emits external modules, no inline script).
 * Styles: 'unsafe-inline' because Fluent UI's Griffel inserts <style> rules at run time; a
 * nonce would need the HTML rewritten per response, and injected CSS cannot run script, which
 * is what the policy is here to stop. Connections: our own API, the sign-in authority (MSAL
 * outside Teams) and the CDN list of Teams origins that teams-js consults (it falls back to its
 * built-in list when that is refused).
 */
export function contentSecurityPolicy(config: Pick<TabConfig, 'authorityHost'>): string {
  const authority = new URL(config.authorityHost).origin;
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ${authority} https://res.cdn.office.net`,
    `frame-src ${authority}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${FRAME_ANCESTORS.join(' ')}`,
  ].join('; ');
}

const DEFAULT_CONFIG: TabConfig = {
  authMode: 'dev',
  clientId: null,
  tenantId: null,
  authorityHost: 'https://login.microsoftonline.com',
  apiScope: null,
};

/**
 * The tab's routes: the page (index.html, at / too) with its configuration, GET
 * /tab-config.json, then the built files of `staticDir`. Anything else falls through to the
 * rest of the app, so mount this before the API's 404.
 */
export function tabRoutes(staticDir: string, config: TabConfig = DEFAULT_CONFIG): Router {
  const router = Router();
  const csp = contentSecurityPolicy(config);
  const publicConfig: TabConfig = config.authMode === 'dev' ? config : { ...config, devUsers: undefined };

  const secure = (res: Response) =>
    res.set({
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });

  router.get('/tab-config.json', (_req, res) => {
    secure(res).set('Cache-Control', 'no-store').json(publicConfig);
  });

  if (!fs.existsSync(path.join(staticDir, 'index.html'))) {
    router.get('/', (_req, res) => {
      secure(res).status(503).type('text/plain').send('The tab is not built yet: run `npm run build:tab`.');
    });
    return router;
  }

  // The page carries its configuration in a <meta> element, so that sign-in starts without a
  // round trip (a meta element is data, not script: the policy stays free of inline script).
  const page = fs
    .readFileSync(path.join(staticDir, 'index.html'), 'utf8')
    .replace('<head>', `<head>\n    <meta name="${CONFIG_META}" content="${escapeAttribute(JSON.stringify(publicConfig))}" />`);
  router.get(['/', '/index.html'], (_req, res) => {
    secure(res).set('Cache-Control', 'no-cache').type('html').send(page);
  });

  router.use(
    express.static(staticDir, {
      index: false,
      fallthrough: true,
      redirect: false,
      setHeaders(res, file) {
        secure(res);
        // Vite names assets by content hash, so they never change; pages must be revalidated
        // so that a new deployment is picked up at once.
        const hashed = file.includes(`${path.sep}assets${path.sep}`);
        res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  );
  return router;
}

/** Name of the <meta> element that carries the TabConfig as JSON. */
export const CONFIG_META = 'action-plan-config';

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The tab configuration for a server configuration (the composition root calls this). */
export function tabConfigOf(
  config: {
    authMode: 'dev' | 'entra';
    clientId: string | null;
    tenantId: string | null;
    authorityHost: string;
    apiAudiences: readonly string[];
    apiScope: string;
  },
  devUsers: readonly { email: string; name: string; description?: string }[] = [],
): TabConfig {
  // The scope the tab asks for is the API's App ID URI plus the delegated permission name.
  const appIdUri = config.apiAudiences.find((a) => a.startsWith('api://')) ?? (config.clientId ? `api://${config.clientId}` : null);
  return {
    authMode: config.authMode,
    clientId: config.clientId,
    tenantId: config.tenantId,
    authorityHost: config.authorityHost,
    apiScope: appIdUri ? `${appIdUri}/${config.apiScope}` : null,
    devUsers: config.authMode === 'dev' ? devUsers.map(({ email, name, description }) => ({ email, name, description })) : undefined,
  };
}
