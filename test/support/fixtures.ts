// Documents made in code for the reader's tests: text, scanned and mixed PDFs, TIFF, BMP, rotated
// pages, and every kind of bad input. Nothing binary is committed.
import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { createCanvas } from '@napi-rs/canvas';
import { degrees, PDFDocument, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';

/** Black text on white, big enough for OCR. */
export function textImage(lines: string[], width = 900, lineHeight = 70): { rgba: Buffer; width: number; height: number; png: () => Promise<Buffer> } {
  const height = lineHeight * lines.length + 40;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#000';
  ctx.font = '44px sans-serif';
  lines.forEach((l, i) => ctx.fillText(l, 30, 20 + lineHeight * (i + 0.75)));
  const rgba = Buffer.from(ctx.getImageData(0, 0, width, height).data.buffer);
  return { rgba, width, height, png: () => canvas.encode('png') };
}

export async function textPdf(lines: string[], options: { rotate?: number; pages?: number } = {}): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let p = 0; p < (options.pages ?? 1); p++) {
    const page = pdf.addPage([595, 842]);
    lines.forEach((l, i) => page.drawText(l, { x: 50, y: 780 - i * 24, size: 14, font }));
    if (options.rotate) page.setRotation(degrees(options.rotate));
  }
  return Buffer.from(await pdf.save());
}

/** Pages given as text (a text layer) or as an image (a scan): `{ text: [...] }` or `{ scan: [...] }`. */
export async function pdfOf(pages: ({ text: string[] } | { scan: string[] })[]): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const spec of pages) {
    const page = pdf.addPage([595, 842]);
    if ('text' in spec) spec.text.forEach((l, i) => page.drawText(l, { x: 50, y: 780 - i * 24, size: 14, font }));
    else {
      const image = await pdf.embedPng(await textImage(spec.scan).png());
      page.drawImage(image, { x: 30, y: 842 - 60 - image.height * 0.5, width: image.width * 0.5, height: image.height * 0.5 });
    }
  }
  return Buffer.from(await pdf.save());
}

export async function multiPageTiff(pages: string[][], compression: 'none' | 'lzw' | 'jpeg' | 'deflate' = 'lzw'): Promise<Buffer> {
  const images = await Promise.all(pages.map((p) => textImage(p).png()));
  return sharp(images, { join: { animated: true } }).tiff({ compression }).toBuffer();
}

/** BMP at 1, 8 or 24 bits per pixel, bottom-up rows, written by hand. */
export function bmp(lines: string[], bits: 1 | 8 | 24): Buffer {
  const { rgba, width, height } = textImage(lines);
  const rowBytes = Math.ceil((width * bits) / 32) * 4;
  const paletteSize = bits === 24 ? 0 : (1 << bits) * 4;
  const offset = 14 + 40 + paletteSize;
  const out = Buffer.alloc(offset + rowBytes * height);
  out.write('BM', 0);
  out.writeUInt32LE(out.length, 2);
  out.writeUInt32LE(offset, 10);
  out.writeUInt32LE(40, 14);
  out.writeInt32LE(width, 18);
  out.writeInt32LE(height, 22);
  out.writeUInt16LE(1, 26);
  out.writeUInt16LE(bits, 28);
  out.writeUInt32LE(rowBytes * height, 34);
  out.writeInt32LE(11811, 38);
  out.writeInt32LE(11811, 42);
  if (bits !== 24) {
    const colours = 1 << bits;
    for (let i = 0; i < colours; i++) {
      const v = Math.round((i * 255) / (colours - 1));
      out.writeUInt32LE(v | (v << 8) | (v << 16), 54 + i * 4);
    }
  }
  for (let y = 0; y < height; y++) {
    const row = offset + (height - 1 - y) * rowBytes;
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const grey = Math.round((rgba[i] + rgba[i + 1] + rgba[i + 2]) / 3);
      if (bits === 24) {
        out[row + x * 3] = rgba[i + 2];
        out[row + x * 3 + 1] = rgba[i + 1];
        out[row + x * 3 + 2] = rgba[i];
      } else if (bits === 8) out[row + x] = grey;
      else if (grey > 127) out[row + (x >> 3)] |= 0x80 >> (x & 7);
    }
  }
  return out;
}

/** A PNG whose header claims `width × height` pixels (the body is not there: limits must refuse before decoding). */
export function pngHeaderClaiming(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type), data])));
    return Buffer.concat([len, Buffer.from(type), data, crc]);
  };
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', Buffer.alloc(16)), chunk('IEND', Buffer.alloc(0))]);
}

export async function corruptJpeg(): Promise<Buffer> {
  const jpeg = await sharp(await textImage(['corrupt']).png()).jpeg().toBuffer();
  return Buffer.concat([jpeg.subarray(0, 200), Buffer.alloc(2000, 0x55)]);
}

export async function manyPagesPdf(pages: number): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < pages; i++) pdf.addPage([200, 200]);
  return Buffer.from(await pdf.save());
}

// ── Hand-built PDFs: a font that is not embedded and does not exist; RC4 (standard security handler R2) ──

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + s[i]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
    out[n] = data[n] ^ s[(s[i] + s[j]) & 255];
  }
  return out;
}

const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
const pad = (password: string) => Buffer.concat([Buffer.from(password, 'latin1'), PAD]).subarray(0, 32);
const md5 = (...parts: Buffer[]) => createHash('md5').update(Buffer.concat(parts)).digest();

function buildPdf(objects: string[] | Buffer[], trailerExtra = ''): Buffer {
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let size = chunks[0].length;
  objects.forEach((o, i) => {
    offsets.push(size);
    const body = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), Buffer.isBuffer(o) ? o : Buffer.from(o, 'latin1'), Buffer.from('\nendobj\n')]);
    chunks.push(body);
    size += body.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra} >>\nstartxref\n${size}\n%%EOF\n`;
  return Buffer.concat([...chunks, Buffer.from(xref, 'latin1')]);
}

const CONTENT = (text: string, font = 'F1') => `BT /${font} 16 Tf 50 750 Td (${text}) Tj ET`;

export function pdfWithMissingFont(text: string): Buffer {
  const content = CONTENT(text);
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /TrueType /BaseFont /NoSuchFontAnywhere-Regular /FirstChar 32 /LastChar 126 /Encoding /WinAnsiEncoding >>',
  ]);
}

/** RC4 40-bit encryption (R2). An empty user password means "owner password only": anyone may open it. */
export function encryptedPdf(text: string, userPassword: string, ownerPassword = 'owner-secret'): Buffer {
  const id = createHash('md5').update(text + userPassword).digest();
  const P = -44; // print/copy etc. restricted bits, as a signed 32-bit int
  const ownerKey = md5(pad(ownerPassword)).subarray(0, 5);
  const O = rc4(ownerKey, pad(userPassword));
  const p = Buffer.alloc(4);
  p.writeInt32LE(P);
  const key = md5(pad(userPassword), O, p, id).subarray(0, 5);
  const U = rc4(key, PAD);
  const objectKey = (num: number) => md5(key, Buffer.from([num & 255, (num >> 8) & 255, (num >> 16) & 255, 0, 0])).subarray(0, 10);
  const content = rc4(objectKey(4), Buffer.from(CONTENT(text), 'latin1'));
  const hex = (b: Buffer) => `<${b.toString('hex')}>`;
  return buildPdf(
    [
      Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
      Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
      Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>'),
      Buffer.concat([Buffer.from(`<< /Length ${content.length} >>\nstream\n`), content, Buffer.from('\nendstream')]),
      Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'),
      Buffer.from(`<< /Filter /Standard /V 1 /R 2 /O ${hex(O)} /U ${hex(U)} /P ${P} >>`),
    ],
    `/Encrypt 6 0 R /ID [${`<${id.toString('hex')}>`} ${`<${id.toString('hex')}>`}]`,
  );
}
