// The app's icons, drawn in code so that they can be redrawn at any size and reviewed as text:
// a dove of peace carrying an olive sprig (the women, peace and security motif) in white, on
// UN blue with "1325" beneath for the colour icon, alone on transparency for the outline icon.

import type { Image } from './png';

/** UN blue, the colour icon's background and the manifest's accent colour. */
export const UN_BLUE = '#009EDB';

type Point = readonly [number, number];
/** Whether a point of the unit square (y downwards) is inside a shape. */
type Shape = (x: number, y: number) => boolean;

const circle =
  (cx: number, cy: number, r: number): Shape =>
  (x, y) =>
    (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

function ellipse(cx: number, cy: number, rx: number, ry: number, degrees = 0): Shape {
  const cos = Math.cos((degrees * Math.PI) / 180);
  const sin = Math.sin((degrees * Math.PI) / 180);
  return (x, y) => {
    const u = (x - cx) * cos + (y - cy) * sin;
    const v = -(x - cx) * sin + (y - cy) * cos;
    return (u / rx) ** 2 + (v / ry) ** 2 <= 1;
  };
}

function polygon(points: readonly Point[]): Shape {
  return (x, y) => {
    let inside = false;
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
      const [xi, yi] = points[i]!; // i and j stay within 0 … points.length - 1
      const [xj, yj] = points[j]!; // likewise
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };
}

/** A pen line along a polyline, with round ends and joins. */
function stroke(points: readonly Point[], width: number): Shape {
  const r2 = (width / 2) ** 2;
  // Most samples are far from a given line: a bounding box turns them away cheaply.
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const [left, right, top, bottom] = [Math.min(...xs) - width, Math.max(...xs) + width, Math.min(...ys) - width, Math.max(...ys) + width];
  return (x, y) => {
    if (x < left || x > right || y < top || y > bottom) return false;
    for (let i = 1; i < points.length; i++) {
      const [ax, ay] = points[i - 1]!; // i - 1 and i stay within 0 … points.length - 1
      const [bx, by] = points[i]!;
      const dx = bx - ax;
      const dy = by - ay;
      const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy || 1)));
      if ((x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= r2) return true;
    }
    return false;
  };
}

const union =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    shapes.some((s) => s(x, y));
const minus =
  (shape: Shape, hole: Shape): Shape =>
  (x, y) =>
    shape(x, y) && !hole(x, y);

/** Maps a shape drawn in the unit square into a box of the icon (left, top, size). */
const placed =
  (shape: Shape, left: number, top: number, size: number): Shape =>
  (x, y) =>
    shape((x - left) / size, (y - top) / size);

function arc(cx: number, cy: number, r: number, fromDeg: number, toDeg: number, steps = 24): Point[] {
  return Array.from({ length: steps + 1 }, (_, i) => {
    const a = ((fromDeg + ((toDeg - fromDeg) * i) / steps) * Math.PI) / 180;
    return [cx + r * Math.cos(a), cy + r * Math.sin(a)] as const;
  });
}

/** The dove, flying up and to the right, in the unit square. */
function dove(): Shape {
  const body = ellipse(0.45, 0.58, 0.27, 0.12, -22);
  const head = circle(0.7, 0.4, 0.085);
  const beak = polygon([
    [0.76, 0.36],
    [0.87, 0.4],
    [0.77, 0.45],
  ]);
  const tail = polygon([
    [0.3, 0.6],
    [0.06, 0.76],
    [0.12, 0.8],
    [0.2, 0.79],
    [0.27, 0.82],
    [0.4, 0.68],
  ]);
  // The raised wing: three long feathers fanning from the shoulder.
  const wing = union(
    ellipse(0.4, 0.36, 0.25, 0.075, -70),
    ellipse(0.32, 0.4, 0.24, 0.07, -52),
    ellipse(0.27, 0.47, 0.2, 0.06, -33),
    polygon([
      [0.3, 0.56],
      [0.52, 0.2],
      [0.58, 0.5],
    ]),
  );
  // A thin gap between wing and back keeps the two readable in a one-colour silhouette.
  const wingClear = minus(
    minus(wing, ellipse(0.45, 0.58, 0.3, 0.15, -22)),
    union(
      stroke(
        [
          [0.22, 0.1],
          [0.42, 0.36],
        ],
        0.02,
      ),
      stroke(
        [
          [0.08, 0.26],
          [0.34, 0.44],
        ],
        0.02,
      ),
    ),
  );
  const eye = circle(0.72, 0.38, 0.016);
  return minus(union(body, head, beak, tail, wingClear), eye);
}

/** The olive sprig held in the beak, hanging down to the right. */
function olive(): Shape {
  const stem = stroke(
    [
      [0.83, 0.42],
      [0.87, 0.5],
      [0.89, 0.6],
    ],
    0.018,
  );
  const leaves = union(ellipse(0.91, 0.47, 0.05, 0.02, -35), ellipse(0.83, 0.53, 0.05, 0.02, 45), ellipse(0.93, 0.58, 0.045, 0.018, -60));
  return union(stem, leaves);
}

/** "1325" as pen strokes, each digit in a box 0.6 wide and 1 high. */
function digits(text: string, pen: number): Shape {
  const glyphs: Record<string, Point[][]> = {
    '1': [
      [
        [0.12, 0.22],
        [0.36, 0.04],
        [0.36, 1],
      ],
      [
        [0.1, 1],
        [0.56, 1],
      ],
    ],
    '3': [arc(0.3, 0.26, 0.24, 200, 450), arc(0.3, 0.73, 0.27, -90, 160)],
    '2': [[...arc(0.3, 0.28, 0.26, 190, 360), [0.04, 1], [0.58, 1]]],
    '5': [
      [
        [0.54, 0.02],
        [0.1, 0.02],
        [0.06, 0.46],
      ],
      arc(0.3, 0.69, 0.28, -110, 150),
    ],
  };
  const shapes = [...text].flatMap((ch, i) =>
    (glyphs[ch] ?? []).map((line) =>
      stroke(
        line.map(([x, y]) => [x + i * 0.82, y] as const),
        pen,
      ),
    ),
  );
  return union(...shapes);
}

/** Renders a shape with 4×4 samples a pixel: the coverage becomes the alpha. */
function coverage(size: number, shape: Shape): Float32Array {
  const out = new Float32Array(size * size);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let hits = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) if (shape((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size)) hits++;
      }
      out[py * size + px] = hits / (n * n);
    }
  }
  return out;
}

function rgbOf(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

/** The colour icon: white dove and "1325" on UN blue, full bleed (Teams rounds the corners). */
export function drawColorIcon(size = 192): Image {
  const symbol = union(placed(union(dove(), olive()), 0.16, 0.08, 0.66), placed(digits('1325', 0.16), 0.295, 0.72, 0.15));
  const cover = coverage(size, symbol);
  const [r, g, b] = rgbOf(UN_BLUE);
  const rgba = new Uint8Array(size * size * 4);
  cover.forEach((c, i) => {
    rgba.set([Math.round(r + (255 - r) * c), Math.round(g + (255 - g) * c), Math.round(b + (255 - b) * c), 255], i * 4);
  });
  return { width: size, height: size, rgba };
}

/** The outline icon: the dove alone, white on transparency, as Teams requires. */
export function drawOutlineIcon(size = 32): Image {
  const cover = coverage(size, placed(union(dove(), olive()), 0.02, 0.02, 0.96));
  const rgba = new Uint8Array(size * size * 4);
  cover.forEach((c, i) => rgba.set([255, 255, 255, Math.round(255 * c)], i * 4));
  return { width: size, height: size, rgba };
}
