// The Word document's package as written by the zip writer, with the tables generated into the
// document part: checksums, awkward text in cells, section breaks kept, progress, and a
// destination that goes away.

import { PassThrough, type Writable } from 'node:stream';
import zlib from 'node:zlib';
import yauzl from 'yauzl';
import type { PlanContents } from '../../src/domain/model';
import { consolidate, type ConsolidatedPlan } from '../../src/export/consolidate';
import { writeActionPlanDocument } from '../../src/export/docx';
import { ZipWriter } from '../../src/export/zip-writer';
import { activity, AT, objective, office, plan, target } from '../support/factories';

const stored = <T extends object>(record: T) => ({ ...record, version: 1, createdAt: AT, updatedAt: AT });

const AWKWARD = 'Women <& men> "equally"\nsecond line\u0007';

function awkwardPlan(): ConsolidatedPlan {
  const oo = stored(office({ code: 'OO', name: 'Office of Operations' }));
  const p = plan(oo.id, { status: 'endorsed', cycle: '2006-2007' });
  const ob = objective(p.id, { ref: '1' });
  const a = activity(p.id, ob.id, { ref: '1.1' });
  const contents: PlanContents = {
    plan: stored(p),
    objectives: [stored(ob)],
    activities: [stored(a)],
    targets: [stored(target(p.id, a.id, { ref: '1.1.a', description: AWKWARD })), stored(target(p.id, a.id, { ref: '1.1.b', description: 'Plain' }))],
  };
  return consolidate({ offices: [oo], contents: [contents], lastCheckIns: new Map(), cycle: '2006-2007', today: '2026-11-28' });
}

async function collect(write: (out: Writable) => Promise<void>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await write(out);
  return Buffer.concat(chunks);
}

/** Every entry, unpacked, with the checksum its headers claim. */
async function entries(file: Buffer): Promise<Map<string, { bytes: Buffer; crc: number }>> {
  const zip = await yauzl.fromBufferPromise(file, { lazyEntries: true, validateEntrySizes: true });
  const result = new Map<string, { bytes: Buffer; crc: number }>();
  for await (const entry of zip.eachEntry()) {
    const chunks: Buffer[] = [];
    for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
    result.set(entry.fileName, { bytes: Buffer.concat(chunks), crc: entry.crc32 });
  }
  return result;
}

describe('the Word document package', () => {
  let parts: Map<string, { bytes: Buffer; crc: number }>;
  let documentXml: string;
  const progress: [number, number][] = [];

  beforeAll(async () => {
    const file = await collect((out) => writeActionPlanDocument(awkwardPlan(), out, { onProgress: (done, total) => progress.push([done, total]) }));
    parts = await entries(file);
    documentXml = parts.get('word/document.xml')!.bytes.toString('utf8');
  });

  it('is a zip whose every part matches its checksum', () => {
    expect([...parts.keys()]).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']));
    for (const [, { bytes, crc }] of parts) expect(zlib.crc32(bytes)).toBe(crc);
  });

  it('has every table in place of its placeholder, each with a repeated header row', () => {
    expect(documentXml).not.toContain('table-slot-');
    const tables = documentXml.match(/<w:tbl>/g) ?? [];
    // Summary by office and by pillar, the objective's activities and targets, the annex.
    expect(tables).toHaveLength(5);
    expect(documentXml.match(/<w:tblHeader\/>/g)).toHaveLength(5);
    expect(documentXml.match(/<\/w:tbl>/g)).toHaveLength(5);
  });

  it('escapes text, keeps line breaks and drops characters XML cannot hold', () => {
    const cell = '<w:t xml:space="preserve">Women &lt;&amp; men&gt; "equally"</w:t><w:br/><w:t xml:space="preserve">second line</w:t>';
    expect(documentXml.split(cell)).toHaveLength(3);
    expect(documentXml).not.toContain('\u0007');
  });

  it('keeps the section breaks that followed a table', () => {
    // Three sections: the title page, the body (ending with a table) and the landscape annex.
    expect(documentXml.match(/<w:sectPr/g)).toHaveLength(3);
    expect(documentXml).toMatch(/<\/w:tbl><w:p><w:pPr><w:sectPr/);
  });

  it('reports progress in table rows up to the total', () => {
    const last = progress.at(-1)!;
    expect(last[0]).toBe(last[1]);
    expect(progress.every(([done], i) => i === 0 || done >= progress[i - 1]![0])).toBe(true);
  });

  it('stops with an error when the destination is closed before the end', async () => {
    const out = new PassThrough();
    const zip = new ZipWriter(out);
    out.destroy();
    await expect(zip.add('part.xml', ['<x/>'])).rejects.toThrow(/closed before it was complete/);
  });
});
