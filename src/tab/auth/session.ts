// The signed-in user's credentials for /api. Dev mode: the demo user picked in the "sign in
// as" picker travels as x-dev-user (the server accepts that only in dev mode, on loopback).
// Entra mode: a bearer token for the API's scope, from Nested App Authentication in Teams
// (loaded only then, it is large).

import type { HostContext } from '../host/teams-host';
import type { TabConfig } from './tab-config';

export interface Session {
  /** Headers that identify the user to /api. */
  credentials(): Promise<Record<string, string>>;
  /** The demo user in dev mode; undefined with real sign-in. */
  devUser?: string;
}

const DEV_USER_KEY = 'action-plan.dev-user';

export function devSession(email: string): Session {
  return { devUser: email, credentials: async () => ({ 'x-dev-user': email }) };
}

/** The demo user chosen earlier in this browser tab, or named by ?as= (dev mode only). */
export function rememberedDevUser(params: URLSearchParams): string | undefined {
  const fromUrl = params.get('as');
  if (fromUrl) rememberDevUser(fromUrl);
  return fromUrl ?? storage()?.getItem(DEV_USER_KEY) ?? undefined;
}

export function rememberDevUser(email: string | undefined): void {
  if (email) storage()?.setItem(DEV_USER_KEY, email);
  else storage()?.removeItem(DEV_USER_KEY);
}

/** Session storage, when the browser allows it (a frame of another site may be refused it). */
function storage(): Storage | undefined {
  try {
    return sessionStorage;
  } catch {
    return undefined;
  }
}

export async function entraSession(config: TabConfig, host: HostContext): Promise<Session> {
  const { tokenProvider } = await import('./entra-token');
  const token = await tokenProvider(config, host);
  return { credentials: async () => ({ authorization: `Bearer ${await token()}` }) };
}
