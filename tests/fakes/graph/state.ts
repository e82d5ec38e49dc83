// The double's in-memory SharePoint: sites, their lists (columns, items, change log), drive files,
// the access tokens it issued and the log of every Graph request. Tests may inspect all of it.

import { randomUUID } from 'node:crypto';

export type Facet = 'text' | 'number' | 'dateTime' | 'choice' | 'boolean' | 'personOrGroup' | 'lookup';

export interface FakeColumn {
  id: string;
  name: string;
  displayName: string;
  description: string;
  facet: Facet;
  /** The facet's own settings as Graph reports them, e.g. {maxLength: 255} for text. */
  settings: Record<string, unknown>;
  indexed: boolean;
  required: boolean;
  enforceUniqueValues: boolean;
  hidden: boolean;
  readOnly: boolean;
  /** Columns SharePoint adds by itself (Title, Created, Author…): listed, never the app's to define. */
  builtIn: boolean;
}

/** A stored field value: lookups and persons keep the numeric id (an array when multi-valued). */
export type StoredValue = string | number | boolean | number[];

export interface FakeItem {
  id: number;
  /** SharePoint's per-item GUID, the first half of the eTag "{GUID},version". */
  guid: string;
  version: number;
  createdDateTime: string;
  lastModifiedDateTime: string;
  values: Record<string, StoredValue>;
}

export interface FakeList {
  id: string;
  siteId: string;
  name: string;
  displayName: string;
  description: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  webUrl: string;
  columns: FakeColumn[];
  items: Map<number, FakeItem>;
  nextItemId: number;
  /** The latest change per item id (delta shows the latest state of each item, not each change). */
  changes: Map<number, { seq: number; deleted: boolean }>;
  /** Per unique column, value key → item id; built on first use, kept current by every write. */
  uniqueIndex: Map<string, Map<string, number>>;
}

export interface FakeDriveFile {
  id: string;
  guid: string;
  version: number;
  name: string;
  /** Path below the drive root, without leading slash, as the client wrote it. */
  path: string;
  bytes: Buffer;
  mimeType: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
}

export interface FakeSite {
  id: string;
  hostname: string;
  path: string;
  name: string;
  displayName: string;
  webUrl: string;
  createdDateTime: string;
  driveId: string;
  lists: FakeList[];
  /** Keyed by the lower-cased path, because SharePoint file names are case-insensitive. */
  files: Map<string, FakeDriveFile>;
  /** What the app may do here (see SiteSeed.appRole). */
  appRole: SiteAppRole;
}

export interface RequestLogEntry {
  method: string;
  url: string;
  status: number;
  inBatch: boolean;
  /** Set when the status was injected (random share, failNext or metering) rather than earned. */
  injected?: boolean;
}

export interface FakeGraphState {
  sites: FakeSite[];
  /** Every Graph request in arrival order: top-level ones (a $batch envelope included) and inner ones. */
  requests: RequestLogEntry[];
  /** Access tokens the token endpoint issued, with their expiry (epoch ms). */
  accessTokens: Map<string, number>;
  /** Bumped by expireDeltaTokens(): every delta link minted before is answered 410 Gone. */
  deltaEpoch: number;
  /** One change sequence for all lists; delta tokens remember where they were. */
  changeSeq: number;
  expireDeltaTokens(): void;
  /** Makes every issued access token expired, as if an hour had passed. */
  expireAccessTokens(): void;
  /** A list by site (id or path) and list (id or display name), for assertions. */
  list(site: string, list: string): FakeList | undefined;
  /** Every uploaded file of every site. */
  files(): FakeDriveFile[];
}

export interface SiteSeed {
  hostname: string;
  /** Server-relative path, e.g. "/sites/wps-1325". */
  path: string;
  displayName?: string;
  /**
   * What the app may do on this site: a Sites.Selected role granted on it ('none' when it was
   * granted nothing), or 'fullcontrol' (the default) as with Sites.Manage.All / FullControl.All.
   */
  appRole?: SiteAppRole;
}

/** Sites.Selected roles: read; write items and files; manage lists and columns too; full control. */
export type SiteAppRole = 'none' | 'read' | 'write' | 'manage' | 'fullcontrol';

export function createState(seeds: SiteSeed[], now: () => Date): FakeGraphState {
  const sites = seeds.map((seed) => createSite(seed, now()));
  const state: FakeGraphState = {
    sites,
    requests: [],
    accessTokens: new Map(),
    deltaEpoch: 1,
    changeSeq: 0,
    expireDeltaTokens: () => {
      state.deltaEpoch += 1;
    },
    expireAccessTokens: () => {
      for (const token of state.accessTokens.keys()) state.accessTokens.set(token, 0);
    },
    list: (site, list) => {
      const found = sites.find((s) => s.id === site || samePath(s.path, site));
      return found ? findList(found, list) : undefined;
    },
    files: () => sites.flatMap((s) => [...s.files.values()]),
  };
  return state;
}

function createSite(seed: SiteSeed, at: Date): FakeSite {
  const path = normalisePath(seed.path);
  const name = path.split('/').filter(Boolean).pop() ?? seed.hostname;
  return {
    id: `${seed.hostname},${randomUUID()},${randomUUID()}`,
    hostname: seed.hostname,
    path,
    name,
    displayName: seed.displayName ?? name,
    webUrl: `https://${seed.hostname}${path === '/' ? '' : path}`,
    createdDateTime: isoSeconds(at),
    driveId: `b!${Buffer.from(randomUUID()).toString('base64url')}`,
    lists: [],
    files: new Map(),
    appRole: seed.appRole ?? 'fullcontrol',
  };
}

/** Graph addresses a list by id or by its title; SharePoint titles compare case-insensitively. */
export function findList(site: FakeSite, idOrTitle: string): FakeList | undefined {
  return (
    site.lists.find((l) => l.id.toLowerCase() === idOrTitle.toLowerCase()) ?? site.lists.find((l) => l.displayName.toLowerCase() === idOrTitle.toLowerCase())
  );
}

export function normalisePath(path: string): string {
  const trimmed = `/${path}`.replace(/\/+/g, '/').replace(/\/$/, '');
  return trimmed === '' ? '/' : trimmed;
}

export function samePath(a: string, b: string): boolean {
  return normalisePath(a).toLowerCase() === normalisePath(b).toLowerCase();
}

/** Graph writes timestamps to the second with a Z: 2024-05-01T10:00:00Z. */
export function isoSeconds(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The item eTag as SharePoint spells it: a quoted "{GUID},version". */
export function itemETag(guid: string, version: number): string {
  return `"{${guid.toUpperCase()}},${version}"`;
}
