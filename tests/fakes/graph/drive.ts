// The site's default document library: simple upload `PUT …/drive/root:/{path}:/content` (at most
// 4 MB; larger files need an upload session, which the double does not offer) and item metadata.

import { randomUUID } from 'node:crypto';
import { graphError, invalidRequest, notFound, ok, type GraphResponse } from './errors';
import { header, type GraphContext, type GraphRequest } from './request';
import { isoSeconds, type FakeDriveFile, type FakeSite } from './state';

export const MAX_SIMPLE_UPLOAD_BYTES = 4 * 1024 * 1024;

const MIME_TYPES: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  csv: 'text/csv',
  txt: 'text/plain',
  json: 'application/json',
};

export function driveItemJson(site: FakeSite, file: FakeDriveFile): Record<string, unknown> {
  const folder = file.path.split('/').slice(0, -1).join('/');
  return {
    '@odata.etag': `"{${file.guid.toUpperCase()}},${file.version}"`,
    createdDateTime: file.createdDateTime,
    eTag: `"{${file.guid.toUpperCase()}},${file.version}"`,
    id: file.id,
    lastModifiedDateTime: file.lastModifiedDateTime,
    name: file.name,
    webUrl: `${site.webUrl}/Shared%20Documents/${file.path.split('/').map(encodeURIComponent).join('/')}`,
    cTag: `"c:{${file.guid.toUpperCase()}},${file.version}"`,
    size: file.bytes.length,
    createdBy: { user: { displayName: 'SharePoint App' } },
    parentReference: { driveType: 'documentLibrary', driveId: site.driveId, path: `/drive/root:${folder ? `/${folder}` : ''}` },
    file: { mimeType: file.mimeType },
  };
}

/** Splits and checks a drive path; SharePoint refuses these characters in names. */
function drivePath(req: GraphRequest, path: string): string | GraphResponse {
  const parts = path.split('/').filter(Boolean);
  if (!parts.length || parts.some((p) => /["*:<>?\\|]/.test(p) || p === '.' || p === '..')) return invalidRequest(req, `Invalid drive path '${path}'.`);
  return parts.join('/');
}

export function uploadFile(ctx: GraphContext, req: GraphRequest, site: FakeSite, rawPath: string): GraphResponse {
  const path = drivePath(req, rawPath);
  if (typeof path !== 'string') return path;
  const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.from(req.body === undefined ? '' : JSON.stringify(req.body));
  if (bytes.length > MAX_SIMPLE_UPLOAD_BYTES) {
    return graphError(req, 413, 'invalidRequest', 'The request is too large for a simple upload; use an upload session for files over 4 MB.');
  }
  const existing = site.files.get(path.toLowerCase());
  const behaviour = req.query.get('@microsoft.graph.conflictBehavior') ?? 'replace';
  if (existing && behaviour === 'fail') return graphError(req, 409, 'nameAlreadyExists', 'The specified item name already exists.');
  const at = isoSeconds(ctx.now());
  const name = path.split('/').pop() ?? path;
  const extension = name.includes('.') ? (name.split('.').pop() ?? '').toLowerCase() : '';
  const mimeType = MIME_TYPES[extension] ?? header(req, 'content-type')?.split(';')[0] ?? 'application/octet-stream';
  if (existing && behaviour !== 'rename') {
    Object.assign(existing, { bytes, mimeType, version: existing.version + 1, lastModifiedDateTime: at });
    return ok(driveItemJson(site, existing));
  }
  const finalPath = existing ? renamed(site, path) : path;
  const file: FakeDriveFile = {
    id: `01${randomUUID().replace(/-/g, '').toUpperCase().slice(0, 32)}`,
    guid: randomUUID(),
    version: 1,
    name: finalPath.split('/').pop() ?? finalPath,
    path: finalPath,
    bytes,
    mimeType,
    createdDateTime: at,
    lastModifiedDateTime: at,
  };
  site.files.set(finalPath.toLowerCase(), file);
  return ok(driveItemJson(site, file), 201);
}

/** conflictBehavior=rename: "plan.xlsx" becomes "plan 1.xlsx", "plan 2.xlsx"… */
function renamed(site: FakeSite, path: string): string {
  const dot = path.lastIndexOf('.');
  const [stem, ext] = dot > path.lastIndexOf('/') ? [path.slice(0, dot), path.slice(dot)] : [path, ''];
  for (let n = 1; ; n += 1) {
    const candidate = `${stem} ${n}${ext}`;
    if (!site.files.has(candidate.toLowerCase())) return candidate;
  }
}

export function getDriveItem(req: GraphRequest, site: FakeSite, rawPath: string): GraphResponse {
  const path = drivePath(req, rawPath);
  if (typeof path !== 'string') return path;
  const file = site.files.get(path.toLowerCase());
  return file ? ok(driveItemJson(site, file)) : notFound(req, 'The resource could not be found.');
}
