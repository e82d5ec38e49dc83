// One Graph request as the handlers see it, whether it came over HTTPS or inside a $batch, and the
// context every handler shares (state, settings, clock, the double's own address).

import type { FakeGraphState } from './state';
import { graphError, type GraphResponse } from './errors';

export interface GraphRequest {
  /** Upper-case. */
  method: string;
  /** Decoded path below the version segment for top-level requests ("/sites/…"); a batch's inner url path as given. */
  path: string;
  query: URLSearchParams;
  /** Lower-case names. */
  headers: Record<string, string>;
  /** Raw bytes from HTTPS, or the inner request's body (a JSON value, or bytes decoded from base64). */
  body: Buffer | unknown;
  inBatch: boolean;
  requestId: string;
  receivedAt: Date;
}

export interface GraphSettings {
  pageSize: number;
  maxTop: number;
  listViewThreshold: number;
}

export interface GraphContext {
  state: FakeGraphState;
  settings: GraphSettings;
  /** https://localhost:PORT of the Graph server, for absolute @odata.nextLink / deltaLink urls. */
  graphEndpoint: string;
  now(): Date;
}

export function header(req: GraphRequest, name: string): string | undefined {
  return req.headers[name.toLowerCase()];
}

/**
 * The request's JSON object body. Real Graph answers 400 when the payload is missing, is not JSON
 * or comes without a JSON Content-Type.
 */
export function jsonBody(req: GraphRequest): Record<string, unknown> | GraphResponse {
  const refuse = () =>
    graphError(req, 400, 'BadRequest', 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
  let value: unknown = req.body;
  if (Buffer.isBuffer(value)) {
    if (!(header(req, 'content-type') ?? '').toLowerCase().includes('application/json')) return refuse();
    try {
      value = JSON.parse(value.toString('utf8'));
    } catch {
      return refuse();
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return refuse();
  return value as Record<string, unknown>;
}

/**
 * Parses an OData $expand value such as `fields($select=A,B),columns` into
 * {fields: ['A','B'], columns: undefined} (undefined = expanded without $select).
 */
export function parseExpand(value: string | null): Map<string, string[] | undefined> | undefined {
  const result = new Map<string, string[] | undefined>();
  if (!value) return result;
  for (const part of splitTopLevel(value, ',')) {
    const match = /^\s*([A-Za-z]+)\s*(?:\((.*)\))?\s*$/.exec(part);
    if (!match?.[1]) return undefined;
    let select: string[] | undefined;
    for (const option of splitTopLevel(match[2] ?? '', ';')) {
      const opt = /^\s*\$?select\s*=\s*(.*)$/i.exec(option);
      if (opt)
        select = (opt[1] ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
      else if (option.trim()) return undefined;
    }
    result.set(match[1].toLowerCase(), select);
  }
  return result;
}

export function parseSelect(value: string | null): string[] | undefined {
  return value
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined;
}

function splitTopLevel(value: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of value) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth -= 1;
    if (ch === separator && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  if (current.trim()) parts.push(current);
  return parts;
}
