// Column widths of the Word document's tables. A table's columns share its page's text width by
// weight, but no column is narrower than the longest word of its header at the header's font:
// a fixed-layout table breaks a word that does not fit ("Indica-tor"), which reads badly.
// Widths are estimated from Arial's advance widths (Liberation Sans has the same metrics, so
// Word and LibreOffice lay the text out alike); a character not listed counts as a wide one.

/** Arial Bold advance widths in thousandths of an em, for the characters headers use. */
const BOLD_WIDTHS: Readonly<Record<string, number>> = {
  ...perCharacter('abcdeghknopqsuvxy', [556, 611, 556, 611, 556, 611, 611, 556, 611, 611, 611, 611, 556, 611, 556, 556, 556]),
  ...perCharacter('fijlrtz', [333, 278, 278, 278, 389, 333, 500]),
  m: 889,
  w: 778,
  ...perCharacter(
    'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
    [722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611],
  ),
  ...perCharacter(
    '0123456789',
    Array.from({ length: 10 }, () => 556),
  ),
  ' ': 278,
  '%': 889,
  '·': 278,
  '¶': 556,
  '-': 333,
  '.': 278,
  ',': 278,
  '(': 333,
  ')': 333,
  '→': 1000,
};
const UNKNOWN_WIDTH = 1000;

function perCharacter(characters: string, widths: readonly number[]): Record<string, number> {
  return Object.fromEntries([...characters].map((c, i) => [c, widths[i] ?? UNKNOWN_WIDTH]));
}

/** Left and right cell margins of the table style (docx-text.ts), in twips. */
export const CELL_MARGINS = 2 * 57;
/** Room for the rounding of a renderer and the cell borders, in twips. */
const SLACK = 60;

/** How wide `text` is in Arial Bold at `halfPoints` (Word's w:sz), in twips. */
export function boldTextWidth(text: string, halfPoints: number): number {
  let thousandths = 0;
  for (const c of text) thousandths += BOLD_WIDTHS[c] ?? UNKNOWN_WIDTH;
  // An em is the font size: halfPoints / 2 points, 20 twips a point.
  return Math.ceil((thousandths / 1000) * halfPoints * 10);
}

/** The narrowest a column can be for the longest word of `text` (bold) to stay whole, in twips; lines may break after a hyphen. */
export function headerMinimum(text: string, halfPoints: number): number {
  const longest = Math.max(0, ...text.split(/\s+|(?<=-)/).map((word) => boldTextWidth(word, halfPoints)));
  return longest + CELL_MARGINS + SLACK;
}

/**
 * Widths in twips that add up to at most `textWidth`: shares by weight, raised to each header's
 * minimum and taken from the columns that have room to spare. `cells`, when given (a short
 * table's values), raises the minimum to keep their words whole too ("Submitted"), as long as
 * all of them fit; a long word of a plan never pushes the headers off the page. Throws when the
 * headers alone cannot fit: a table designed too wide for its page, not something a plan causes.
 */
export function columnWidths(
  headers: readonly string[],
  weights: readonly number[],
  textWidth: number,
  halfPoints: number,
  cells: Iterable<readonly unknown[]> = [],
): number[] {
  const byHeader = headers.map((h) => headerMinimum(h, halfPoints));
  if (byHeader.reduce((a, b) => a + b, 0) > textWidth) {
    throw new Error(`The table with the columns ${headers.join(', ')} cannot fit its headers into ${textWidth} twips.`);
  }
  const byCells = [...byHeader];
  for (const row of cells) {
    row.forEach((value, i) => {
      if (value !== null && value !== undefined && i < byCells.length) byCells[i] = Math.max(byCells[i] ?? 0, headerMinimum(textOf(value), halfPoints));
    });
  }
  const minimum = byCells.reduce((a, b) => a + b, 0) <= textWidth ? byCells : byHeader;
  const fixed = new Map<number, number>();
  // Each pass pins the columns whose share falls short of their minimum; at most one pass a column.
  for (;;) {
    const free = headers.map((_, i) => i).filter((i) => !fixed.has(i));
    const room = textWidth - [...fixed.values()].reduce((a, b) => a + b, 0);
    const weight = free.reduce((n, i) => n + (weights[i] ?? 1), 0);
    const short = free.filter((i) => ((weights[i] ?? 1) / weight) * room < (minimum[i] ?? 0));
    if (short.length === 0) return headers.map((_, i) => fixed.get(i) ?? Math.floor(((weights[i] ?? 1) / weight) * room));
    for (const i of short) fixed.set(i, minimum[i] ?? 0);
  }
}

/** A cell's words: a shaded cell (docx-table-xml.ts) gives its text. */
function textOf(value: unknown): string {
  return typeof value === 'object' && value !== null && 'text' in value ? String(value.text) : String(value);
}
