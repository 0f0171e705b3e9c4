// Draws the app icons (appPackage/color.png 192x192, appPackage/outline.png 32x32) with pngjs.
// Run `npx tsx scripts/icons.ts` after changing the design; the output is the same bytes every run.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

/** Brand colours: the manifest's accentColor is the middle of this gradient. */
const BRAND_TOP_LEFT = [0x45, 0x72, 0xf7] as const;
const BRAND_BOTTOM_RIGHT = [0x1f, 0x40, 0xc9] as const;

type Inside = (x: number, y: number) => boolean;

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number): Inside {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

/** A thick line with round ends. */
function capsule(ax: number, ay: number, bx: number, by: number, halfWidth: number): Inside {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  return (x, y) => {
    const t = Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy) / lengthSquared));
    return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= halfWidth * halfWidth;
  };
}

function triangle(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): Inside {
  const side = (px: number, py: number, qx: number, qy: number, x: number, y: number): number =>
    (qx - px) * (y - py) - (qy - py) * (x - px);
  return (x, y) => {
    const d1 = side(ax, ay, bx, by, x, y);
    const d2 = side(bx, by, cx, cy, x, y);
    const d3 = side(cx, cy, ax, ay, x, y);
    return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
  };
}

const union =
  (...shapes: Inside[]): Inside =>
  (x, y) =>
    shapes.some((inside) => inside(x, y));

/**
 * The mark, in a 100x100 box: three ascending steps (the sequence) and an arrow climbing over them
 * (what is up next). `stroke` lets the small outline icon use thicker lines, so it stays legible at 32 px.
 */
function glyph(box: { x: number; y: number; size: number }, stroke: number): Inside {
  const s = box.size / 100;
  const X = (v: number): number => box.x + v * s;
  const Y = (v: number): number => box.y + v * s;
  const radius = 4 * s * stroke;
  const bars = [
    roundedRect(X(4), Y(70), X(28), Y(98), radius),
    roundedRect(X(38), Y(52), X(62), Y(98), radius),
    roundedRect(X(72), Y(34), X(96), Y(98), radius),
  ];
  // The arrow rises from above the first step to the top right corner; its head sits on the
  // shaft's own direction, so the mark reads as one stroke.
  const [tailX, tailY, tipX, tipY] = [8, 54, 97, 4];
  const length = Math.hypot(tipX - tailX, tipY - tailY);
  const [ux, uy] = [(tipX - tailX) / length, (tipY - tailY) / length];
  const [baseX, baseY] = [tipX - ux * 24, tipY - uy * 24];
  const half = 14;
  const shaft = capsule(X(tailX), Y(tailY), X(baseX + ux * 2), Y(baseY + uy * 2), 4.5 * s * stroke);
  const head = triangle(
    X(tipX),
    Y(tipY),
    X(baseX - uy * half),
    Y(baseY + ux * half),
    X(baseX + uy * half),
    Y(baseY - ux * half),
  );
  return union(...bars, shaft, head);
}

/** Renders with 4x4 samples per pixel: edges get partial coverage instead of jaggies. */
function render(
  width: number,
  height: number,
  paint: (x: number, y: number) => [number, number, number, number] | undefined,
): PNG {
  const png = new PNG({ width, height });
  const n = 4;
  for (let py = 0; py < height; py++) {
    for (let px = 0; px < width; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const sample = paint(px + (sx + 0.5) / n, py + (sy + 0.5) / n);
          if (!sample) continue;
          // Premultiplied, so that a half-covered edge keeps its colour.
          r += sample[0] * sample[3];
          g += sample[1] * sample[3];
          b += sample[2] * sample[3];
          a += sample[3];
        }
      }
      const i = (py * width + px) * 4;
      png.data[i] = a ? Math.round(r / a) : 0;
      png.data[i + 1] = a ? Math.round(g / a) : 0;
      png.data[i + 2] = a ? Math.round(b / a) : 0;
      png.data[i + 3] = Math.round(a / (n * n));
    }
  }
  return png;
}

/** 192x192: a rounded square in the brand gradient with the white mark in Teams' central safe area. */
export function drawColorIcon(): PNG {
  const size = 192;
  const tile = roundedRect(0, 0, size, size, 42);
  const mark = glyph({ x: 44, y: 44, size: 104 }, 1);
  return render(size, size, (x, y) => {
    if (!tile(x, y)) return undefined;
    if (mark(x, y)) return [255, 255, 255, 255];
    const t = (x + y) / (2 * size);
    const mix = (i: 0 | 1 | 2): number =>
      Math.round(BRAND_TOP_LEFT[i] + (BRAND_BOTTOM_RIGHT[i] - BRAND_TOP_LEFT[i]) * t);
    return [mix(0), mix(1), mix(2), 255];
  });
}

/** 32x32: the same mark in white on transparent, as Teams requires for the outline icon. */
export function drawOutlineIcon(): PNG {
  const mark = glyph({ x: 2, y: 2, size: 28 }, 1.35);
  return render(32, 32, (x, y) => (mark(x, y) ? [255, 255, 255, 255] : undefined));
}

function main(): void {
  const dir = fileURLToPath(new URL('../appPackage/', import.meta.url));
  writeFileSync(`${dir}color.png`, PNG.sync.write(drawColorIcon()));
  writeFileSync(`${dir}outline.png`, PNG.sync.write(drawOutlineIcon()));
  console.log(`Wrote ${dir}color.png (192x192) and ${dir}outline.png (32x32).`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main();
