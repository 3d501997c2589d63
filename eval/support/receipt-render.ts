// Receipt rendering shared by the receipt generators: rows of a thermal slip printed in Courier to a PDF page,
// then rendered and "scanned" — grey paper, ink, speckle noise, tilt and blur — with the set's own seeded PRNG.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';
import { renderPage } from '../../src/engine/read/index.ts';

/** A slip's rows: centred, left, left-and-right, columns (first left, others right-aligned), a separator, a blank. */
export type Row =
  | { t: 'c'; text: string; bold?: boolean; big?: boolean }
  | { t: 'l'; text: string; bold?: boolean }
  | { t: 'lr'; left: string; right: string; bold?: boolean; big?: boolean }
  | { t: 'cols'; cells: string[]; widths: number[] }
  | { t: 'sep'; ch?: string }
  | { t: 'gap' };
export const c = (text: string, bold = false, big = false): Row => ({ t: 'c', text, bold, big });
export const l = (text: string, bold = false): Row => ({ t: 'l', text, bold });
export const lr = (left: string, right: string, bold = false, big = false): Row => ({ t: 'lr', left, right, bold, big });
export const cols = (cells: string[], widths: number[]): Row => ({ t: 'cols', cells, widths });
export const sep = (ch = '-'): Row => ({ t: 'sep', ch });
export const gap: Row = { t: 'gap' };

/** The slip as a one-page PDF in Courier, `width` characters wide; big rows are `bigScale` times the base size. */
export async function printSlip(rows: Row[], width: number, bigScale = 1.3): Promise<Buffer> {
  const size = 8;
  const cw = size * 0.6;
  const margin = 14;
  const lineH = size * 1.45;
  const pageW = width * cw + 2 * margin;
  const bigRow = (row: Row) => (row.t === 'c' || row.t === 'lr') && row.big;
  const height = rows.reduce((h, row) => h + (bigRow(row) ? lineH * 1.5 : lineH), 0) + 2 * margin + 10;
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Courier);
  const bold = await pdf.embedFont(StandardFonts.CourierBold);
  const page = pdf.addPage([pageW, height]);
  let y = height - margin - size;
  for (const row of rows) {
    const sz = bigRow(row) ? size * bigScale : size;
    if (sz > size) y -= size * 0.4;
    const f = (row.t === 'c' || row.t === 'l' || row.t === 'lr') && row.bold ? bold : font;
    const at = (text: string, x: number) => page.drawText(text, { x, y, size: sz, font: f });
    const textWidth = (text: string) => text.length * sz * 0.6;
    if (row.t === 'c') at(row.text, Math.max(margin, (pageW - textWidth(row.text)) / 2));
    else if (row.t === 'l') at(row.text, margin);
    else if (row.t === 'lr') {
      at(row.left, margin);
      at(row.right, pageW - margin - textWidth(row.right));
    } else if (row.t === 'cols') {
      // First cell left-aligned, the others right-aligned in their columns.
      let x = margin;
      row.cells.forEach((cell, k) => {
        const colW = row.widths[k] * cw;
        at(cell, k === 0 ? x : x + colW - textWidth(cell));
        x += colW;
      });
    } else if (row.t === 'sep') at((row.ch ?? '-').repeat(width), margin);
    y -= sz === size ? lineH : lineH * 1.1;
  }
  return Buffer.from(await pdf.save());
}

/** Paper and ink greys (0-255) and the spread of the speckle noise. */
export interface Tone { paper: number; ink: number; noise: number }
/** The rendered page in greys between ink and paper with speckle noise, tilted up to `maxTilt` degrees. */
export async function inkOnPaper(png: Buffer, { paper, ink, noise }: Tone, maxTilt: number, rand: () => number) {
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  const out = Buffer.alloc(info.width * info.height);
  for (let p = 0; p < out.length; p++) {
    const v = data[p * info.channels] / 255;
    out[p] = Math.max(0, Math.min(255, Math.round(ink + (paper - ink) * v + (rand() - 0.5) * noise)));
  }
  const angle = (rand() < 0.5 ? -1 : 1) * rand() * maxTilt;
  return sharp(out, { raw: { width: info.width, height: info.height, channels: 1 } }).rotate(angle, { background: { r: paper, g: paper, b: paper } });
}

export type Capture = 'thermal' | 'faint' | 'phone';
/** Where a faint print (worn ribbon, dot matrix) starts its ink grey, noise and blur; each set has its own. */
export interface Faint { ink: number; noise: number; blur: number }
/** Paper, ink, noise, blur and tilt for each kind of capture; phone photos are also shrunk to ~600 px wide. */
export async function scanSlip(png: Buffer, kind: Capture, dpi: number, asPng: boolean, faint: Faint, rand: () => number): Promise<Buffer> {
  const tone = {
    paper: kind === 'phone' ? 190 + Math.floor(rand() * 30) : 220 + Math.floor(rand() * 30),
    ink: kind === 'faint' ? faint.ink + Math.floor(rand() * 40) : 20 + Math.floor(rand() * 40),
    noise: kind === 'faint' ? faint.noise + rand() * 15 : 10 + rand() * 15,
  };
  let img = (await inkOnPaper(png, tone, 2, rand)).blur(kind === 'faint' ? faint.blur + rand() * 0.4 : 0.4 + rand() * 0.5);
  if (kind === 'phone') img = sharp(await img.png().toBuffer()).resize({ width: 580 + Math.floor(rand() * 40) });
  img = img.withMetadata({ density: kind === 'phone' ? 72 : dpi });
  return asPng ? img.png({ palette: true, colours: 8 }).toBuffer() : img.jpeg({ quality: kind === 'phone' ? 60 + Math.floor(rand() * 15) : 70 + Math.floor(rand() * 15) }).toBuffer();
}

/** Which capture the i-th receipt gets: mostly thermal scans, one faint print and one phone photo in five. */
const CAPTURES: Capture[] = ['thermal', 'faint', 'thermal', 'phone', 'thermal'];
/** Renders, scans and writes the i-th receipt of a set to `here/img/<id>.{jpg,png}` and its label to `here/key/<id>.json`. */
export async function writeReceipt(here: string, i: number, rows: Row[], width: number, key: object, faint: Faint, rand: () => number) {
  const kind = CAPTURES[i % CAPTURES.length];
  const dpi = 170 + Math.floor(rand() * 40);
  const asPng = kind !== 'phone' && i % 4 === 2;
  const image = await renderPage(await printSlip(rows, width), 1, { dpi: kind === 'phone' ? 220 : dpi, format: 'png' });
  const data = await scanSlip(image, kind, dpi, asPng, faint, rand);
  const id = String(i).padStart(3, '0');
  writeFileSync(path.join(here, 'img', `${id}.${asPng ? 'png' : 'jpg'}`), data);
  writeFileSync(path.join(here, 'key', `${id}.json`), `${JSON.stringify(key, null, 2)}\n`);
}
