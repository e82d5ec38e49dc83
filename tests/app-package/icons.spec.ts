// The committed icons: the sizes Teams requires (read from the PNG header), an outline icon
// that is white on transparency, and bytes that are exactly what src/app-package draws.

import fs from 'node:fs';
import path from 'node:path';
import { drawIcons } from '../../src/app-package/draw-icons';
import { drawColorIcon, UN_BLUE } from '../../src/app-package/icon-art';
import { checkOutlineIcon } from '../../src/app-package/icon-rules';
import { decodePng, encodePng, readPngHeader } from '../../src/app-package/png';
import { APP_PACKAGE, readJson, removeTempDirs, tempDir } from './fixture';

afterAll(removeTempDirs);

const manifest = readJson(path.join(APP_PACKAGE, 'manifest.json'));
const icon = (name: string) => fs.readFileSync(path.join(APP_PACKAGE, name));

describe('the app icons', () => {
  it('are a 192×192 colour icon and a 32×32 outline icon, 8-bit RGBA', () => {
    expect(readPngHeader(icon(manifest.icons.color))).toEqual({ width: 192, height: 192, bitDepth: 8, colorType: 6, interlace: 0 });
    expect(readPngHeader(icon(manifest.icons.outline))).toEqual({ width: 32, height: 32, bitDepth: 8, colorType: 6, interlace: 0 });
  });

  it('has an outline icon that is white on a transparent background', () => {
    expect(checkOutlineIcon('outline.png', icon(manifest.icons.outline))).toEqual([]);
    const { rgba } = decodePng(icon(manifest.icons.outline));
    const alphas = [...rgba.filter((_, i) => i % 4 === 3)];
    expect(alphas.filter((a) => a === 0).length).toBeGreaterThan(32 * 32 * 0.3);
    expect(alphas.filter((a) => a === 255).length).toBeGreaterThan(32 * 32 * 0.15);
  });

  it('has a colour icon on UN blue, the accent colour, with white drawn on it', () => {
    const { rgba } = decodePng(icon(manifest.icons.color));
    const hex = (i: number) => `#${[...rgba.subarray(i * 4, i * 4 + 3)].map((b) => b.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
    expect(hex(0)).toBe(UN_BLUE);
    expect(manifest.accentColor).toBe(UN_BLUE);
    const white = Array.from({ length: 192 * 192 }, (_, i) => hex(i)).filter((c) => c === '#FFFFFF').length;
    expect(white).toBeGreaterThan(192 * 192 * 0.1);
  });

  it('are exactly what draw-icons writes (regenerate them, never edit them by hand)', () => {
    const dir = tempDir('icons');
    drawIcons(dir);
    for (const name of ['color.png', 'outline.png']) expect(fs.readFileSync(path.join(dir, name)).equals(icon(name))).toBe(true);
  });
});

describe('png', () => {
  it('reads back what it writes', () => {
    const image = drawColorIcon(48);
    const back = decodePng(encodePng(image));
    expect(back.width).toBe(48);
    expect(Buffer.from(back.rgba).equals(Buffer.from(image.rgba))).toBe(true);
  });

  it('refuses bytes that are not a PNG', () => {
    expect(() => readPngHeader(Buffer.from('GIF89a, not a png at all, long enough'))).toThrow('not a PNG file');
  });

  it('refuses a PNG whose image data is shorter than its header says', () => {
    const png = encodePng(drawColorIcon(4));
    png.writeUInt32BE(8, 20); // the header now claims 4×8 pixels; the data holds 4×4
    expect(() => decodePng(png)).toThrow('PNG image data holds 68 bytes, fewer than its 4×8 pixels need');
  });
});
