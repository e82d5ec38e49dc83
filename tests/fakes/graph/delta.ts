// GET …/items/delta: a full first enumeration, then the latest state of each item changed since a
// token (deletions as {id, deleted:{state:"deleted"}}), paged by nextLink and closed by a deltaLink;
// `?token=latest` skips the enumeration, and a token older than expireDeltaTokens() gets 410 Gone.

import { graphError, invalidRequest, isError, ok, type GraphResponse } from './errors';
import { carryQuery, fieldsExpansion, itemJson, pageSize } from './items';
import { parseSelect, type GraphContext, type GraphRequest } from './request';
import type { FakeList, FakeSite } from './state';

interface DeltaToken {
  /** list id */
  l: string;
  /** state.deltaEpoch when minted */
  e: number;
  /** changes after this sequence number; -1 for the initial enumeration */
  s: number;
  /** the sequence number when the enumeration began (the next deltaLink starts there) */
  u: number;
  /** page tokens: the last item id already returned */
  a: number;
  /** true for a nextLink token, false for a deltaLink token */
  p: boolean;
}

export function itemsDelta(ctx: GraphContext, req: GraphRequest, site: FakeSite, list: FakeList): GraphResponse {
  const fields = fieldsExpansion(req);
  if (isError(fields)) return fields;
  const size = pageSize(ctx, req);
  if (isError(size)) return size;
  const base = `${ctx.graphEndpoint}/v1.0/sites/${site.id}/lists/${list.id}/items/delta?${carryQuery(req.query, ['token'])}`;
  const link = (token: Omit<DeltaToken, 'l' | 'e'>) =>
    `${base}token=${Buffer.from(JSON.stringify({ l: list.id, e: ctx.state.deltaEpoch, ...token })).toString('base64url')}`;

  const tokenText = req.query.get('token');
  if (tokenText === 'latest') return ok({ value: [], '@odata.deltaLink': link({ s: ctx.state.changeSeq, u: ctx.state.changeSeq, a: 0, p: false }) });
  const position = tokenText === null ? { s: -1, u: ctx.state.changeSeq, a: 0 } : readToken(ctx, req, list, tokenText, base.replace(/[?&]$/, ''));
  if (isError(position)) return position;

  const entries = position.s < 0 ? [...list.items.keys()] : [...list.changes.entries()].filter(([, change]) => change.seq > position.s).map(([id]) => id);
  const ids = entries.filter((id) => id > position.a).sort((a, b) => a - b);
  const page = ids.slice(0, size);
  const select = parseSelect(req.query.get('$select'));
  const value = page.map((id) => {
    const item = list.items.get(id);
    return item ? itemJson(site, list, item, fields, select) : { id: String(id), parentReference: { siteId: site.id }, deleted: { state: 'deleted' } };
  });
  const last = page[page.length - 1];
  if (ids.length > size && last !== undefined) return ok({ value, '@odata.nextLink': link({ s: position.s, u: position.u, a: last, p: true }) });
  return ok({ value, '@odata.deltaLink': link({ s: position.u, u: position.u, a: 0, p: false }) });
}

function readToken(ctx: GraphContext, req: GraphRequest, list: FakeList, text: string, fresh: string): Pick<DeltaToken, 's' | 'u' | 'a'> | GraphResponse {
  let token: DeltaToken;
  try {
    token = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as DeltaToken;
  } catch {
    return invalidRequest(req, 'Invalid delta token.');
  }
  if (token.l !== list.id || typeof token.s !== 'number') return invalidRequest(req, 'Invalid delta token.');
  if (token.e !== ctx.state.deltaEpoch) {
    return graphError(
      req,
      410,
      'resyncRequired',
      "Resync required. Replace any local items with the server's version (including deletes) if you're sure that the service was up to date with your local changes when you last sync'd. Upload any local changes that the server doesn't know about.",
      { location: fresh },
      'resyncChangesApplyDifferences',
    );
  }
  // A deltaLink replays everything after its sequence number, up to whatever has happened since.
  return token.p ? { s: token.s, u: token.u, a: token.a } : { s: token.s, u: ctx.state.changeSeq, a: 0 };
}
