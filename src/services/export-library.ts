// Somewhere an export is filed as well: with STORE=sharepoint, the site's document library
// (src/graph/document-library.ts). A port: the composition root builds the adapter on the
// store's own Graph client and hands it to the services in the ServiceContext; a SQLite store
// has none. What a save answers is the API contract's SavedExport.

import type { SavedExport } from '../contract/exchange';

export type { SavedExport };

export interface ExportLibrary {
  save(file: { fileName: string; contentType: string; bytes: Buffer; folder?: string }): Promise<SavedExport>;
}
