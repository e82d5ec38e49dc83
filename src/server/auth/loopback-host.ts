// Dev mode trusts the x-dev-user header, which is safe only because nobody but this machine
// can reach the server. DNS rebinding breaks that: a web page on evil.example re-points its
// own name at 127.0.0.1, and the victim's browser then sends that page's requests here with
// `Host: evil.example`. Refusing every request whose Host is not a loopback name closes it.
//
// The answer is 421 Misdirected Request (RFC 9110 §15.5.20): the request reached a server
// that does not serve that authority. It is not 403, which would say the caller is known and
// not allowed — here nothing about the caller is judged.

import type { RequestHandler } from 'express';
import { sendProblem } from '../problem';

const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

/** The host name of a Host header, without the port ("[::1]:3978" → "[::1]"), lower-cased. */
export function hostName(header: string | undefined): string | undefined {
  const match = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::\d{1,5})?$/i.exec(header?.trim() ?? '');
  return match?.[1]?.toLowerCase();
}

export const loopbackHostOnly: RequestHandler = (req, res, next) => {
  const name = hostName(req.headers.host);
  if (name !== undefined && LOOPBACK_HOSTS.includes(name)) {
    next();
    return;
  }
  sendProblem(res, {
    type: 'https://action-plan.example/problems/misdirected',
    title: 'Not served under this host name',
    status: 421,
    detail: 'In dev mode the server answers only requests addressed to localhost, 127.0.0.1 or [::1] (a guard against DNS rebinding).',
  });
};
