// A zip archive written straight to a stream, for the Word document: each part is deflated as
// its pieces arrive, so a part is never one string or one buffer, only its compressed bytes
// are held until its sizes and checksum are known. No zip64: parts stay far below 4 GB.

import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import yauzl from 'yauzl';
import zlib from 'node:zlib';

/** Pieces are gathered to about this many characters before each is deflated. */
const BATCH_CHARS = 256 * 1024;
const UTF8_NAMES = 0x0800;
const DEFLATE = 8;
const VERSION = 20;

interface Written {
  name: Buffer;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

export class ZipWriter {
  private readonly entries: Written[] = [];
  private offset = 0;
  private readonly time: number;
  private readonly date: number;

  constructor(
    private readonly out: Writable,
    at = new Date(),
  ) {
    this.time = (at.getHours() << 11) | (at.getMinutes() << 5) | Math.floor(at.getSeconds() / 2);
    this.date = ((Math.max(at.getFullYear(), 1980) - 1980) << 9) | ((at.getMonth() + 1) << 5) | at.getDate();
  }

  /** Adds a part from its pieces (text as UTF-8), deflating them as they come. */
  async add(name: string, pieces: Iterable<string | Buffer>): Promise<void> {
    const deflate = zlib.createDeflateRaw();
    const compressed: Buffer[] = [];
    deflate.on('data', (chunk: Buffer) => compressed.push(chunk));
    let crc = 0;
    let size = 0;
    let batch = '';
    const push = async (bytes: Buffer) => {
      crc = zlib.crc32(bytes, crc);
      size += bytes.length;
      // Waiting for the deflater lets it keep pace, so the pieces never pile up uncompressed.
      if (!deflate.write(bytes)) await once(deflate, 'drain');
    };
    for (const piece of pieces) {
      if (typeof piece !== 'string') {
        if (batch) await push(Buffer.from(batch));
        batch = '';
        await push(piece);
      } else if ((batch += piece).length >= BATCH_CHARS) {
        await push(Buffer.from(batch));
        batch = '';
      }
    }
    if (batch) await push(Buffer.from(batch));
    deflate.end();
    await once(deflate, 'end');
    const data = Buffer.concat(compressed);
    if (size > 0xffffffff || this.offset + data.length > 0xffffffff) throw new Error(`${name} is too large for a zip without zip64.`);

    const entry: Written = { name: Buffer.from(name, 'utf8'), crc, compressed: data.length, size, offset: this.offset };
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    this.common(header, 4, entry);
    header.writeUInt16LE(entry.name.length, 26);
    header.writeUInt16LE(0, 28);
    await this.write(header, entry.name, data);
    this.entries.push(entry);
  }

  /** Writes the central directory and ends the stream; resolves once everything is flushed. */
  async finish(): Promise<void> {
    const start = this.offset;
    for (const entry of this.entries) {
      const header = Buffer.alloc(46);
      header.writeUInt32LE(0x02014b50, 0);
      header.writeUInt16LE(VERSION, 4);
      this.common(header, 6, entry);
      header.writeUInt16LE(entry.name.length, 28);
      // Extra field, comment, disk, internal and external attributes: none.
      header.writeUInt32LE(entry.offset, 42);
      await this.write(header, entry.name);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    await this.write(end);
    this.out.end();
    await finished(this.out);
  }

  /** The fields local and central headers share, from "version needed" to the sizes. */
  private common(header: Buffer, at: number, entry: Written): void {
    header.writeUInt16LE(VERSION, at);
    header.writeUInt16LE(UTF8_NAMES, at + 2);
    header.writeUInt16LE(DEFLATE, at + 4);
    header.writeUInt16LE(this.time, at + 6);
    header.writeUInt16LE(this.date, at + 8);
    header.writeUInt32LE(entry.crc, at + 10);
    header.writeUInt32LE(entry.compressed, at + 14);
    header.writeUInt32LE(entry.size, at + 18);
  }

  /** Writes with backpressure; a destination closed early (a download given up) stops the writing. */
  private async write(...buffers: Buffer[]): Promise<void> {
    for (const buffer of buffers) {
      if (this.out.destroyed) throw new Error('The destination of the zip was closed before it was complete.');
      this.offset += buffer.length;
      if (!this.out.write(buffer)) await this.drained();
    }
  }

  /** Until the destination drains, closes or fails; no listener is left behind either way. */
  private drained(): Promise<void> {
    return new Promise((resolve, reject) => {
      const done = (error?: Error) => {
        this.out.off('drain', done).off('close', done).off('error', done);
        if (error) reject(error);
        else resolve();
      };
      this.out.on('drain', done).on('close', done).on('error', done);
    });
  }
}

/** The parts of a zip held in memory (a docx skeleton: small), in order, unpacked. */
export async function* zipEntries(file: Buffer): AsyncGenerator<[name: string, bytes: Buffer]> {
  const zip = await yauzl.fromBufferPromise(file, { lazyEntries: true });
  for await (const entry of zip.eachEntry()) {
    const chunks: Buffer[] = [];
    for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(bytesOf(chunk));
    yield [entry.fileName, Buffer.concat(chunks)];
  }
}

/** A chunk of a zip entry's stream: bytes, as streams without an encoding give (typed `any` by Node). */
export function bytesOf(chunk: unknown): Buffer {
  if (!Buffer.isBuffer(chunk)) throw new TypeError('A zip entry stream gave text instead of bytes.');
  return chunk;
}
