// Writes appPackage/color.png and appPackage/outline.png from the drawing in ./icon-art.ts.
// Run once after changing the drawing (`npm run build && node dist/app-package/draw-icons.js`)
// and commit the PNGs; a test checks that the committed files are what this draws.

import fs from 'node:fs';
import path from 'node:path';
import { drawColorIcon, drawOutlineIcon } from './icon-art';
import { encodePng } from './png';

export function drawIcons(appPackageDir: string): string[] {
  const files = [
    [path.join(appPackageDir, 'color.png'), encodePng(drawColorIcon(192))],
    [path.join(appPackageDir, 'outline.png'), encodePng(drawOutlineIcon(32))],
  ] as const;
  for (const [file, bytes] of files) fs.writeFileSync(file, bytes);
  return files.map(([file]) => file);
}

if (require.main === module) {
  const dir = path.resolve(__dirname, '..', '..', 'appPackage');
  for (const file of drawIcons(dir)) process.stdout.write(`${path.relative(process.cwd(), file)}\n`);
}
