// Tesseract's page layout analysis sometimes drops a whole line: large or condensed type (a shop's name
// at the head of a receipt, a banner), or a line a stamp or rule runs into. Such a line is ink that no
// word accounts for, in a band as tall as text and wider than tall; each one is read again on its own as
// a single line and its words join the page. Lines of curved or tilted paper that tesseract read as one
// (a low-confidence 'word' two lines tall) are unread ink too, and give way to what is read in their place.
import sharp from 'sharp';
import { medianWordHeight, ocrPool, type OcrWord } from '../ocr/pool.ts';
import type { ReadLimits } from './limits.ts';

/** A pixel this dark (0-255) or darker is ink. */
const INK_LEVEL = 128;
/** A row is part of an unread band when this share of the page's width is unread ink. */
const MIN_ROW_INK = 0.01;
/** Bands from this many to this many times the page's median word height are text lines (taller: logos, photos). */
const MIN_BAND_HEIGHT = 0.6;
const MAX_BAND_HEIGHT = 4;
/** Reading a band costs ~0.05-0.1 s: at most this many a page, the inkiest. */
const MAX_BANDS = 12;
/** Words of a re-read line below this confidence are specks and rules read as letters. */
const MIN_WORD_CONFIDENCE = 50;
/**
 * Type the layout analysis could not see is type tesseract reads poorly: of the four shop names found
 * this way on the SROIE dev receipts, three had a wrong letter ('TED' for 'TEO') at confidence 80-89.
 * Re-read words keep at most this confidence, so values built from them go to review.
 */
const MAX_WORD_CONFIDENCE = 70;
/** A word under this confidence and this many times the median word height spans two lines read as one. */
const GARBLED_CONFIDENCE = 40;
const GARBLED_HEIGHT = 1.6;

interface Band {
  top: number;
  bottom: number;
  left: number;
  right: number;
  ink: number;
}

/** Bands of rows holding ink outside every word's box (grown by `margin` px). */
function unreadBands(px: Buffer, width: number, height: number, words: OcrWord[], lineHeight: number): Band[] {
  const margin = Math.max(2, Math.round(lineHeight * 0.15));
  const read = new Uint8Array(width * height);
  for (const { bbox } of words) {
    const [x0, x1] = [Math.max(0, bbox.x0 - margin), Math.min(width, bbox.x1 + margin)];
    for (let y = Math.max(0, bbox.y0 - margin); y < Math.min(height, bbox.y1 + margin); y++) read.fill(1, y * width + x0, y * width + x1);
  }
  const rowInk = new Int32Array(height);
  for (let y = 0; y < height; y++) {
    let n = 0;
    for (let i = y * width, end = i + width; i < end; i++) if (px[i] <= INK_LEVEL && !read[i]) n++;
    rowInk[y] = n;
  }
  const bands: Band[] = [];
  const minInk = Math.max(3, width * MIN_ROW_INK);
  for (let y = 0; y < height; ) {
    if (rowInk[y] < minInk) {
      y++;
      continue;
    }
    const top = y;
    while (y < height && rowInk[y] >= minInk) y++;
    const bottom = y;
    const h = bottom - top;
    if (h < lineHeight * MIN_BAND_HEIGHT || h > lineHeight * MAX_BAND_HEIGHT) continue;
    let [left, right, ink] = [width, 0, 0];
    for (let yy = top; yy < bottom; yy++) {
      for (let x = 0, i = yy * width; x < width; x++, i++) {
        if (px[i] <= INK_LEVEL && !read[i]) {
          if (x < left) left = x;
          if (x > right) right = x;
          ink++;
        }
      }
    }
    // A line of text is wider than tall; a rule's end or a speck column is not.
    if (right - left >= 1.5 * h) bands.push({ top, bottom, left, right: right + 1, ink });
  }
  return bands;
}

const wordy = (w: OcrWord) => /[\p{L}\p{N}]/u.test(w.text);

/** The centre of box `a` lies in box `b`. */
export const centreIn = (a: OcrWord['bbox'], b: OcrWord['bbox']) => {
  const [cx, cy] = [(a.x0 + a.x1) / 2, (a.y0 + a.y1) / 2];
  return cx >= b.x0 && cx <= b.x1 && cy >= b.y0 && cy <= b.y1;
};

/**
 * A re-read word lying this much over a word already read, whose text holds it, is that word's ink read
 * twice ('00' over '42200'). Area alone cannot tell: the line above's box can cover a third of a real word.
 */
const MIN_SHARE_OVER_READ = 0.2;
const area = (b: OcrWord['bbox']) => Math.max(0, b.x1 - b.x0) * Math.max(0, b.y1 - b.y0);
const intersection = (a: OcrWord['bbox'], b: OcrWord['bbox']) => area({ x0: Math.max(a.x0, b.x0), y0: Math.max(a.y0, b.y0), x1: Math.min(a.x1, b.x1), y1: Math.min(a.y1, b.y1) });

/** `w` was read already: its centre lies in a word of `read`, or it repeats part of one it lies over. */
const readBefore = (w: OcrWord, read: OcrWord[]) =>
  read.some((r) => centreIn(w.bbox, r.bbox) || (r.text.includes(w.text) && intersection(w.bbox, r.bbox) > MIN_SHARE_OVER_READ * area(w.bbox)));

/** The page's words with the lines its reading left out (or garbled) read again (pixel boxes on `png`). */
export async function rereadLines(png: Buffer, dpi: number, read: OcrWord[], language: string, limits: ReadLimits): Promise<OcrWord[]> {
  const lineHeight = medianWordHeight(read);
  if (lineHeight === null) return read;
  const garbled = (w: OcrWord) => w.confidence < GARBLED_CONFIDENCE && w.bbox.y1 - w.bbox.y0 > GARBLED_HEIGHT * lineHeight;
  const words = read.filter((w) => !garbled(w));
  const { data: px, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  const bands = unreadBands(px, info.width, info.height, words, lineHeight).sort((a, b) => b.ink - a.ink).slice(0, MAX_BANDS);
  if (bands.length === 0) return read;
  const found: OcrWord[] = [];
  for (const band of bands) {
    const pad = Math.round((band.bottom - band.top) * 0.3);
    const left = Math.max(0, band.left - pad);
    const top = Math.max(0, band.top - pad);
    const width = Math.min(info.width, band.right + pad) - left;
    const height = Math.min(info.height, band.bottom + pad) - top;
    const crop = await sharp(px, { raw: { width: info.width, height: info.height, channels: 1 } }).extract({ left, top, width, height }).withMetadata({ density: dpi }).png().toBuffer();
    const line = (await ocrPool().recognizeStrip(crop, language, limits.pageTimeoutMs, band.bottom - band.top > GARBLED_HEIGHT * lineHeight ? 'few' : 'one'))
      .map((w) => ({ ...w, bbox: { x0: w.bbox.x0 + left, y0: w.bbox.y0 + top, x1: w.bbox.x1 + left, y1: w.bbox.y1 + top } }))
      .filter((w) => w.confidence >= MIN_WORD_CONFIDENCE && !readBefore(w, words))
      .map((w) => ({ ...w, confidence: Math.min(w.confidence, MAX_WORD_CONFIDENCE) }));
    // Symbols belong to the line between words ('&'), not at its ends (a rule's end read as '—').
    const first = line.findIndex(wordy);
    if (first >= 0) found.push(...line.slice(first, line.findLastIndex(wordy) + 1));
  }
  // A garbled word stays unless words were read again in its place.
  const replaced = (g: OcrWord) => garbled(g) && found.some((f) => centreIn(f.bbox, g.bbox));
  return [...read.filter((w) => !replaced(w)), ...found];
}
