// Just enough PNG decoding to check the Teams icon rules: size, and for the outline icon that
// every visible pixel is white and the background is fully transparent.
import { inflateSync } from 'node:zlib';

const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

export function readPng(bytes) {
  if (bytes.length < 8 || !bytes.subarray(0, 8).equals(signature)) throw new Error('not a PNG file');
  let offset = 8, header, idat = [];
  while (offset + 8 <= bytes.length) {
    const length = bytes.readUInt32BE(offset), type = bytes.toString('latin1', offset + 4, offset + 8);
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') header = data;
    if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  if (!header) throw new Error('PNG has no IHDR chunk');
  const width = header.readUInt32BE(0), height = header.readUInt32BE(4);
  const bitDepth = header[8], colorType = header[9], interlace = header[12];
  return { width, height, bitDepth, colorType, interlace, pixels: () => decodeRgba(width, height, bitDepth, colorType, interlace, idat) };
}

const channelsByColorType = { 0: 1, 2: 3, 4: 2, 6: 4 };

function decodeRgba(width, height, bitDepth, colorType, interlace, idat) {
  const channels = channelsByColorType[colorType];
  if (!channels || bitDepth !== 8 || interlace !== 0)
    throw new Error(`unsupported PNG format (colour type ${colorType}, ${bitDepth}-bit, interlace ${interlace}); save it as 8-bit RGBA`);
  const raw = inflateSync(Buffer.concat(idat)), stride = width * channels;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)], line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? out[y * stride + x - channels] : 0;
      const up = y > 0 ? out[(y - 1) * stride + x] : 0;
      const upLeft = y > 0 && x >= channels ? out[(y - 1) * stride + x - channels] : 0;
      out[y * stride + x] = (line[x] + predict(filter, left, up, upLeft)) & 0xff;
    }
  }
  const rgba = [];
  for (let i = 0; i < width * height; i++) {
    const p = out.subarray(i * channels, (i + 1) * channels);
    rgba.push(channels === 4 ? [...p] : channels === 3 ? [...p, 255] : channels === 2 ? [p[0], p[0], p[0], p[1]] : [p[0], p[0], p[0], 255]);
  }
  return rgba;
}

function predict(filter, a, b, c) {
  switch (filter) {
    case 0: return 0;
    case 1: return a;
    case 2: return b;
    case 3: return (a + b) >> 1;
    case 4: {
      const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
      return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
    default: throw new Error(`bad PNG filter type ${filter}`);
  }
}
