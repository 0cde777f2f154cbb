// Draws the Teams app icons (manifest/color.png 192x192, manifest/outline.png 32x32) from signed
// distance fields, so the shapes stay crisp at both sizes. Run: node scripts/draw-icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { crc32 } from './app-package/crc32.mjs';

const manifestDir = fileURLToPath(new URL('../manifest/', import.meta.url));
const accent = [0x1d, 0x4e, 0x89];

// Shapes live in a unit square (0..1); negative distance means inside.
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
  const qx = Math.abs(x - cx) - ((x1 - x0) / 2 - r), qy = Math.abs(y - cy) - ((y1 - y0) / 2 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};

const polygon = (points) => (x, y) => {
  let d = Infinity, inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [ax, ay] = points[j], [bx, by] = points[i];
    const ex = bx - ax, ey = by - ay, wx = x - ax, wy = y - ay;
    const t = Math.max(0, Math.min(1, (wx * ex + wy * ey) / (ex * ex + ey * ey)));
    d = Math.min(d, Math.hypot(wx - ex * t, wy - ey * t));
    if ((ay > y) !== (by > y) && x < ax + ((y - ay) * ex) / ey) inside = !inside;
  }
  return inside ? -d : d;
};

const union = (...shapes) => (x, y) => Math.min(...shapes.map((s) => s(x, y)));

// A speech bubble (a conversation) holding three rising bars (export growth). Edges sit on the
// 32 px grid so the outline icon stays sharp.
const px = (n) => n / 32;
const bubble = union(
  roundRect(px(2), px(3), px(30), px(24), px(5)),
  polygon([[px(6), px(20)], [px(14), px(20)], [px(5), px(30)]]));
const bars = union(
  roundRect(px(8), px(15), px(12), px(20), px(0.6)),
  roundRect(px(14), px(11), px(18), px(20), px(0.6)),
  roundRect(px(20), px(7), px(24), px(20), px(0.6)));

function render(size, coverage, colorAt) {
  const samples = 4, rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      let covered = 0;
      for (let sy = 0; sy < samples; sy++)
        for (let sx = 0; sx < samples; sx++)
          covered += coverage((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
      const [r, g, b, a] = colorAt(covered / samples ** 2);
      row.set([r, g, b, Math.round(a)], 1 + px * 4);
    }
    rows.push(row);
  }
  return png(size, Buffer.concat(rows));
}

// Color icon: full-bleed accent square, white symbol inside the central 96x96 safe area.
function colorIcon() {
  const inset = 48 / 192, scale = 96 / 192;
  const symbol = (x, y) => {
    const u = (x - inset) / scale, v = (y - inset) / scale;
    return bubble(u, v) < 0 && bars(u, v) >= 0 ? 1 : 0;
  };
  return render(192, symbol, (t) => [...accent.map((c) => c + (255 - c) * t), 255]);
}

// Outline icon: white strokes only, fully transparent elsewhere, no padding.
function outlineIcon() {
  const stroke = px(2);
  const symbol = (x, y) => {
    const d = bubble(x, y);
    return (d < 0 && d > -stroke) || bars(x, y) < 0 ? 1 : 0;
  };
  return render(32, symbol, (t) => [255, 255, 255, 255 * t]);
}

function png(size, raw) {
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4); length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0); header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

writeFileSync(manifestDir + 'color.png', colorIcon());
writeFileSync(manifestDir + 'outline.png', outlineIcon());
console.log('wrote manifest/color.png and manifest/outline.png');
