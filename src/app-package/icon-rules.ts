// What Teams requires of the two icons, checked on the PNG bytes: the colour icon 192×192, the
// outline icon 32×32 and white on a transparent background (any pixel that shows is pure white).

import { decodePng, readPngHeader } from './png';

export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;

export function checkColorIcon(name: string, bytes: Buffer): string[] {
  try {
    const { width, height } = readPngHeader(bytes);
    return width === COLOR_ICON_SIZE && height === COLOR_ICON_SIZE
      ? []
      : [`${name}: the colour icon must be ${COLOR_ICON_SIZE}×${COLOR_ICON_SIZE} pixels, not ${width}×${height}`];
  } catch (error) {
    return [`${name}: ${(error as Error).message}`];
  }
}

export function checkOutlineIcon(name: string, bytes: Buffer): string[] {
  let image;
  try {
    image = decodePng(bytes);
  } catch (error) {
    return [`${name}: ${(error as Error).message}`];
  }
  const { width, height, rgba } = image;
  if (width !== OUTLINE_ICON_SIZE || height !== OUTLINE_ICON_SIZE) {
    return [`${name}: the outline icon must be ${OUTLINE_ICON_SIZE}×${OUTLINE_ICON_SIZE} pixels, not ${width}×${height}`];
  }
  let transparent = 0;
  let coloured = 0;
  for (let i = 0; i < rgba.length; i += 4) {
    if (rgba[i + 3] === 0) transparent++;
    else if (rgba[i] !== 255 || rgba[i + 1] !== 255 || rgba[i + 2] !== 255) coloured++;
  }
  const problems: string[] = [];
  if (coloured > 0) problems.push(`${name}: the outline icon must be white on transparency; ${coloured} visible pixels are not white`);
  if (transparent === 0) problems.push(`${name}: the outline icon must have a transparent background; no pixel is transparent`);
  if (transparent === width * height) problems.push(`${name}: the outline icon is empty (every pixel is transparent)`);
  return problems;
}
