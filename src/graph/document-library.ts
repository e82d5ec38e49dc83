// The SharePoint site's default document library as a place to file exports: the file is put
// under a folder ("Action Plan" unless told otherwise) by a simple upload through the store's
// Graph client, replacing a file of the same name, which SharePoint keeps as an earlier version.
//
// Simple upload only: Graph takes at most 4 MB that way, and larger files need an upload
// session (createUploadSession, then the bytes in ranges), which the Graph double the tests
// run against does not offer. A larger file is refused with a message saying so, before
// anything is sent. A 10,000-target workbook is about 2.6 MB; a 100,000-target one is not.

import { StateError, ValidationError } from '../domain/errors';
import type { ExportLibrary, SavedExport } from '../services/exports';
import { GraphRequestError, type GraphAccess } from './graph-access';

export const SIMPLE_UPLOAD_MAX_BYTES = 4 * 1024 * 1024;
export const DEFAULT_EXPORT_FOLDER = 'Action Plan';

interface DriveItem {
  name: string;
  webUrl: string;
  size: number;
}

export class DocumentLibrary implements ExportLibrary {
  constructor(
    private readonly graph: GraphAccess,
    private readonly siteId: string,
  ) {}

  async save({ fileName, contentType, bytes, folder = DEFAULT_EXPORT_FOLDER }: Parameters<ExportLibrary['save']>[0]): Promise<SavedExport> {
    const path = [...segments(folder, 'folder'), ...segments(fileName, 'file name')];
    if (bytes.length > SIMPLE_UPLOAD_MAX_BYTES) {
      throw new StateError(
        `${fileName} is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; files are saved to the document library by simple upload, ` +
          'which takes at most 4 MB (larger files need an upload session, not supported yet). Export one office at a time, or upload the file by hand.',
      );
    }
    // Graph reads the path below root: as a drive path, so each name is escaped on its own.
    const url = `/sites/${this.siteId}/drive/root:/${path.map(encodeURIComponent).join('/')}:/content?@microsoft.graph.conflictBehavior=replace`;
    // graph-client sends a Buffer as it is, with the Content-Type given here (not JSON).
    const res = await this.graph.request<DriveItem>('PUT', url, { body: bytes, headers: { 'Content-Type': contentType } });
    if (res.status !== 200 && res.status !== 201) {
      throw new GraphRequestError(`Saving ${fileName} to the document library answered ${res.status}`, res.status, res.body);
    }
    return { name: res.body.name, webUrl: res.body.webUrl, size: res.body.size, created: res.status === 201 };
  }
}

/** A folder path ("Action Plan/2007") or a file name, checked against what SharePoint refuses in names. */
function segments(path: string, what: string): string[] {
  const parts = path
    .split('/')
    .map((p) => p.trim())
    .filter(Boolean);
  const bad = parts.find((p) => /["*:<>?\\|#%]/.test(p) || p === '.' || p === '..' || p.endsWith('.') || p.length > 128);
  if (parts.length === 0 || bad !== undefined || (what === 'file name' && parts.length > 1)) {
    throw new ValidationError(`Invalid ${what} for the document library`, [
      {
        field: what === 'folder' ? 'folder' : 'fileName',
        code: 'format',
        message: 'must be names separated by "/", without " * : < > ? \\ | # % and not ending in "."',
      },
    ]);
  }
  return parts;
}
