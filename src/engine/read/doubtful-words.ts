// Tesseract's own doubt marks the words it misread: a glyph taken for its look-alike ('RECO' for DECO,
// 'BERIJUNTAI'), letters lost at a line's edge. Each line holding such a word is read again alone, enlarged,
// as a single line (no layout analysis: a different look at the same ink), and a doubtful word takes the
// second reading where that one is much surer and changes only letters.
// Measured on the SROIE dev receipts (bench/ocr-recall.ts) and every OCR'd page of eval/: four values right that
// were wrong (a shop's name, two addresses, an email), none lost; word recall 0.756 → 0.760; reading time
// 2.0 → 2.7 s a receipt. Enlarged 2× instead of 1.5× it reads the same values at 3.0 s; lines stacked into one
// image and read in one call cost more, not less (the time is recognition, not calls). Without the guards below,
// re-reading also turned dates and amounts ('18-11-18' → '16-11-18', '17.46' → '7.45') and a stop into '!':
// those are left as first read, where the extractor's checks (sums, date order) do better.
import sharp from 'sharp';
import { ocrPool, type OcrWord } from '../ocr/pool.ts';
import type { ReadLimits } from './limits.ts';
import { centreIn } from './unread-lines.ts';

/** A word read with less confidence than this is doubtful (every word fixed was read at 44 or less). */
const DOUBTFUL_CONFIDENCE = 60;
/** A second reading replaces a doubtful word only when this much surer. */
const MIN_GAIN = 15;
/** Lines are read again enlarged this many times (the page is ~300 DPI already: a slightly different look at the ink). */
const REREAD_SCALE = 1.5;
/** Reading a line costs ~0.05-0.1 s: at most this many lines a page, the most doubtful. */
const MAX_LINES = 20;

/** A word of letters (two or more, no fewer than its digits): only letters are taken from a second reading. */
const lettered = (w: OcrWord) => {
  const letters = w.text.replace(/[^\p{L}]/gu, '').length;
  return letters >= 2 && letters >= w.text.replace(/\D/g, '').length;
};
/** The word's punctuation, in order: a second reading must keep it ('SELANGOR.' is no 'SELANGOR!'). */
const punctuation = (text: string) => text.replace(/[\p{L}\p{N}]/gu, '');

/** Whether `again` may stand for `first`: surer, letters only (digits are the extractor's to check), nothing dropped but a letter. */
export function betterReading(first: OcrWord, again: OcrWord): boolean {
  if (again.text === first.text || again.confidence < first.confidence + MIN_GAIN) return false;
  if (/\d/.test(again.text) || punctuation(again.text) !== punctuation(first.text)) return false;
  return [...again.text].length >= [...first.text].length - 1;
}

/** The page's words, the doubtful ones read again line by line (pixel boxes on `png`, the page as read). */
export async function rereadDoubtful(png: Buffer, dpi: number, read: OcrWord[], language: string, limits: ReadLimits): Promise<OcrWord[]> {
  const lines = new Map<number, OcrWord[]>();
  for (const w of read) if (w.line !== undefined) lines.set(w.line, [...(lines.get(w.line) ?? []), w]);
  const doubt = (ws: OcrWord[]) => Math.min(...ws.filter(lettered).map((w) => w.confidence));
  // The most doubtful lines first.
  const doubtful = [...lines.values()].filter((ws) => doubt(ws) < DOUBTFUL_CONFIDENCE).sort((a, b) => doubt(a) - doubt(b)).slice(0, MAX_LINES);
  if (!doubtful.length) return read;
  // Decoded once; each line is cut from the pixels.
  const { data: px, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  const [pageWidth, pageHeight] = [info.width, info.height];
  const replaced = new Map<OcrWord, OcrWord>();
  for (const ws of doubtful) {
    const [x0, x1] = [Math.min(...ws.map((w) => w.bbox.x0)), Math.max(...ws.map((w) => w.bbox.x1))];
    const [y0, y1] = [Math.min(...ws.map((w) => w.bbox.y0)), Math.max(...ws.map((w) => w.bbox.y1))];
    // A line is wider than tall: a rule or a border read as 'l' or 'I' is no line of text to read again.
    if (x1 - x0 < 1.5 * (y1 - y0)) continue;
    const pad = Math.round((y1 - y0) * 0.4);
    const left = Math.max(0, x0 - pad);
    const top = Math.max(0, y0 - pad);
    const width = Math.min(pageWidth, x1 + pad) - left;
    const height = Math.min(pageHeight, y1 + pad) - top;
    if (width < 4 || height < 4) continue;
    const crop = await sharp(px, { raw: { width: pageWidth, height: pageHeight, channels: info.channels } })
      .extract({ left, top, width, height }).resize({ width: Math.round(width * REREAD_SCALE), kernel: 'lanczos3' }).withMetadata({ density: dpi * REREAD_SCALE }).png().toBuffer();
    const again = (await ocrPool().recognizeStrip(crop, language, limits.pageTimeoutMs, 'one')).map((w) => ({
      ...w,
      bbox: { x0: w.bbox.x0 / REREAD_SCALE + left, y0: w.bbox.y0 / REREAD_SCALE + top, x1: w.bbox.x1 / REREAD_SCALE + left, y1: w.bbox.y1 / REREAD_SCALE + top },
    }));
    for (const w of ws) {
      if (w.confidence >= DOUBTFUL_CONFIDENCE || !lettered(w)) continue;
      // The same word in both readings: one word of the second over it, over no other word of the first.
      const over = again.filter((a) => centreIn(a.bbox, w.bbox));
      if (over.length !== 1 || !centreIn(w.bbox, over[0].bbox) || ws.filter((o) => centreIn(o.bbox, over[0].bbox)).length !== 1) continue;
      if (betterReading(w, over[0])) replaced.set(w, { ...w, text: over[0].text, confidence: over[0].confidence });
    }
  }
  return replaced.size ? read.map((w) => replaced.get(w) ?? w) : read;
}
