// Looks at an uploaded workbook's zip container before anything parses it: size, that it is
// really an .xlsx (zip magic bytes and the main part's content type), no macros, no zip bomb
// (entry count, total unpacked size, expansion ratio, read from the central directory and then
// checked against the real bytes), and not more rows than an import takes. Throws
// WorkbookRefusedError with a message for the person who sent the file.

import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { megabytes, WorkbookRefusedError, type ImportLimits } from './import-report';
import { bytesOf } from '../export/zip-writer';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
const WORKBOOK_MAIN = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
const MACRO_MAIN = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';
const VBA_PROJECT = 'application/vnd.ms-office.vbaProject';
/** Small parts compress well and are harmless; the expansion ratio is checked on parts above this. */
const RATIO_CHECKED_FROM = 1024 * 1024;
const CONTENT_TYPES_MAX = 1024 * 1024;

export async function inspectWorkbook(file: Buffer, limits: ImportLimits): Promise<void> {
  if (file.length > limits.maxBytes) {
    throw new WorkbookRefusedError('too-large', `The file is ${megabytes(file.length)}; the largest workbook accepted is ${megabytes(limits.maxBytes)}.`);
  }
  if (file.subarray(0, 4).equals(OLE_MAGIC)) {
    throw new WorkbookRefusedError(
      'not-xlsx',
      'The file is an old-format Excel workbook (.xls) or is password-protected; save it as an .xlsx workbook without a password.',
    );
  }
  if (!file.subarray(0, 4).equals(ZIP_MAGIC)) {
    throw new WorkbookRefusedError('not-xlsx', 'The file is not an Excel workbook (.xlsx); save the work plan from Excel as "Excel Workbook (*.xlsx)".');
  }
  let zip: ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(file, { lazyEntries: true, validateEntrySizes: true });
  } catch {
    throw new WorkbookRefusedError('not-xlsx', 'The file is damaged or is not an Excel workbook (.xlsx).');
  }
  const entries = await centralDirectory(zip, limits);
  const contentTypes = entries.find((e) => e.fileName === '[Content_Types].xml');
  if (!contentTypes || contentTypes.uncompressedSize > CONTENT_TYPES_MAX) {
    throw new WorkbookRefusedError('not-xlsx', 'The file is a zip archive but not an Excel workbook (.xlsx).');
  }
  const types = (await readEntry(zip, contentTypes)).toString('utf8');
  if (types.includes(MACRO_MAIN) || types.includes(VBA_PROJECT)) throw macroEnabled();
  if (!types.includes(WORKBOOK_MAIN)) {
    throw new WorkbookRefusedError('not-xlsx', 'The file is an Office document but not an Excel workbook (.xlsx).');
  }
  for (const entry of entries.filter((e) => /^xl\/worksheets\/[^/]+\.xml$/i.test(e.fileName))) {
    const rows = await countRows(zip, entry);
    if (rows > limits.maxRows + 1) {
      throw new WorkbookRefusedError(
        'too-many-rows',
        `A sheet of the workbook holds ${rows - 1} rows; an import takes at most ${limits.maxRows.toLocaleString('en')} rows. Split the work plan and import it in parts.`,
      );
    }
  }
}

const macroEnabled = () =>
  new WorkbookRefusedError(
    'macro-enabled',
    'The workbook contains macros (.xlsm); macros are never imported. Save it as an "Excel Workbook (*.xlsx)" and send that.',
  );

/** Reads the entry list only (no data) and refuses what no spreadsheet needs. */
async function centralDirectory(zip: ZipFile, limits: ImportLimits): Promise<Entry[]> {
  if (zip.entryCount > limits.maxEntries) {
    throw new WorkbookRefusedError('zip-bomb', `The workbook is made of ${zip.entryCount} parts; at most ${limits.maxEntries} are accepted.`);
  }
  const entries: Entry[] = [];
  let total = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      entries.push(entry);
      if (/(^|\/)vbaProject\.bin$/i.test(entry.fileName)) throw macroEnabled();
      total += entry.uncompressedSize;
      if (total > limits.maxUncompressedBytes) {
        throw new WorkbookRefusedError(
          'zip-bomb',
          `The workbook unpacks to more than ${megabytes(limits.maxUncompressedBytes)}; it is refused as a possible zip bomb.`,
        );
      }
      const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
      if (entry.uncompressedSize >= RATIO_CHECKED_FROM && ratio > limits.maxCompressionRatio) {
        throw new WorkbookRefusedError(
          'zip-bomb',
          `A part of the workbook (${entry.fileName}) expands ${Math.round(ratio)} times; more than ${limits.maxCompressionRatio} times is refused as a possible zip bomb.`,
        );
      }
    }
  } catch (error) {
    if (error instanceof WorkbookRefusedError) throw error;
    throw new WorkbookRefusedError('not-xlsx', 'The file is damaged or is not an Excel workbook (.xlsx).');
  }
  return entries;
}

/** The entry's bytes; yauzl checks them against the sizes the directory claims, so a lying header fails here. */
async function readEntry(zip: ZipFile, entry: Entry): Promise<Buffer> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(bytesOf(chunk));
  } catch {
    throw new WorkbookRefusedError('zip-bomb', `A part of the workbook (${entry.fileName}) does not match its declared size; the file is refused.`);
  }
  return Buffer.concat(chunks);
}

/** Counts <row> elements (any namespace prefix) while streaming the sheet, without keeping it. */
async function countRows(zip: ZipFile, entry: Entry): Promise<number> {
  const ROW = /<(?:[A-Za-z_][\w.-]*:)?row[\s>/]/g;
  let count = 0;
  let tail = '';
  try {
    for await (const chunk of await zip.openReadStreamPromise(entry)) {
      const text = tail + bytesOf(chunk).toString('latin1');
      // A match that ends inside the carried-over tail was counted with the previous chunk.
      for (const m of text.matchAll(ROW)) if (m.index + m[0].length > tail.length) count += 1;
      tail = text.slice(-64);
    }
  } catch {
    throw new WorkbookRefusedError('zip-bomb', `A part of the workbook (${entry.fileName}) does not match its declared size; the file is refused.`);
  }
  return count;
}
