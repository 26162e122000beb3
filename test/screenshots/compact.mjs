// Re-encodes the reference images smaller without changing a pixel: Vitest writes RGBA with
// per-row filters and run-length compression, which suits photographs; screenshots of text
// take about half the room as RGB with no filter and ordinary deflate. Deterministic, so the
// same pictures always give the same files. Usage: node test/screenshots/compact.mjs [dir]
import { Buffer } from 'node:buffer';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync, inflateSync } from 'node:zlib';

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The chunks of a PNG file, in order. */
function chunks(file) {
  const list = [];
  for (let offset = 8; offset < file.length;) {
    const length = file.readUInt32BE(offset);
    list.push({
      type: file.toString('latin1', offset + 4, offset + 8),
      data: file.subarray(offset + 8, offset + 8 + length),
    });
    offset += 12 + length;
  }
  return list;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function paeth(a, b, c) {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** The pixels of an 8-bit RGB or RGBA image, unfiltered; null for any other kind of PNG. */
function decode(file) {
  if (!file.subarray(0, 8).equals(signature)) return null;
  const list = chunks(file);
  const header = list[0].data;
  const [width, height] = [header.readUInt32BE(0), header.readUInt32BE(4)];
  const [depth, colorType, interlace] = [header[8], header[9], header[12]];
  const channels = { 2: 3, 6: 4 }[colorType];
  if (depth !== 8 || !channels || interlace !== 0) return null;
  const raw = inflateSync(Buffer.concat(list.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const stride = width * channels;
  const pixels = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    const row = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = y * stride;
    for (let x = 0; x < stride; x += 1) {
      const a = x >= channels ? pixels[out + x - channels] : 0;
      const b = y > 0 ? pixels[out - stride + x] : 0;
      const c = x >= channels && y > 0 ? pixels[out - stride + x - channels] : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
      pixels[out + x] = (row[x] + predictor) & 0xff;
    }
  }
  return { width, height, channels, pixels };
}

/** An RGB file when every pixel is opaque, RGBA otherwise; rows unfiltered. */
function encode({ width, height, channels, pixels }) {
  let opaque = channels === 3;
  if (channels === 4) {
    opaque = true;
    for (let i = 3; i < pixels.length && opaque; i += 4) opaque = pixels[i] === 255;
  }
  const out = opaque ? 3 : channels;
  const raw = Buffer.alloc(height * (width * out + 1));
  let at = 0;
  for (let i = 0; i < pixels.length; i += channels) {
    if (i % (width * channels) === 0) raw[at++] = 0;
    for (let k = 0; k < out; k += 1) raw[at++] = pixels[i + k];
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, out === 3 ? 2 : 6, 0, 0, 0], 8);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9, memLevel: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Every .png under `directory`. */
function images(directory) {
  return readdirSync(directory, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.png'))
    .sort()
    .map((name) => path.join(directory, name));
}

export function compact(directory) {
  let before = 0;
  let after = 0;
  for (const name of images(directory)) {
    const file = readFileSync(name);
    const image = decode(file);
    const smaller = image && encode(image);
    const result = smaller && smaller.length < file.length ? smaller : file;
    if (result !== file) writeFileSync(name, result);
    before += file.length;
    after += result.length;
  }
  return { before, after };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const directory = path.resolve(process.argv[2] ?? path.join(here, 'references'));
  const { before, after } = compact(directory);
  const megabytes = (bytes) => (bytes / 1024 / 1024).toFixed(2);
  process.stdout.write(
    `Reference images: ${megabytes(before)} MB, re-encoded to ${megabytes(after)} MB.\n`,
  );
}
