// The reader: any accepted file → pages of words with boxes (points, top-left origin), confidence, lines,
// blocks and reading order. PDF pages use their text layer where it is usable and OCR where it is not
// (mode ocr_pdf), or only one of the two (pdf_only, ocr_only). Images are OCR'd page by page.
import { ReadError, type Box, type Page, type ReadOptions, type ReadResult, type ReadingMode } from '../types.ts';
import { medianWordHeight, ocrPool, type OcrWord } from '../ocr/pool.ts';
import { sniff } from '../sniff.ts';
import { imagePage, imagePages, ocrReady, turnPage, type ImagePage } from './images.ts';
import { layoutWords, pageText, type RawWord } from './layout.ts';
import { checkPages, defaultReadLimits, withTimeout, type ReadLimits } from './limits.ts';
import { textLayerWords } from './pdf-text.ts';
import { rereadDoubtful } from './doubtful-words.ts';
import { rereadLines } from './unread-lines.ts';
import { openPdf } from './pdfjs.ts';
import { renderPdfPage } from './render.ts';

export { defaultReadLimits, type ReadLimits } from './limits.ts';
export { TEXT_LAYER_CONFIDENCE } from './pdf-text.ts';

/** Resolution scanned PDF pages are rendered at for OCR. */
export const OCR_DPI = 300;
/** Callers pass the request's language (or DOCSIFT_OCR_LANG); this is the engine's own default. */
const DEFAULT_LANGUAGE = 'eng';

/** A text layer with (almost) nothing, or mostly unmapped glyphs, is not usable: OCR the page instead. */
function usableTextLayer(words: RawWord[]) {
  const text = words.map((w) => w.text).join('');
  if (text.length < 3) return false;
  const junk = [...text].filter((c) => c === '\uFFFD' || /[\u0000-\u001f\uE000-\uF8FF]/.test(c)).length;
  return junk / text.length < 0.3;
}

/** The words of a reading of `img`, with the lines it left out and its doubtful words read again, in points. */
async function finishReading(img: ImagePage, read: OcrWord[], language: string, limits: ReadLimits): Promise<RawWord[]> {
  const scale = 72 / img.dpi;
  const words = await rereadDoubtful(img.png, img.dpi, await rereadLines(img.png, img.dpi, read, language, limits), language, limits);
  return words.map((w) => ({ text: w.text, box: [w.bbox.x0 * scale, w.bbox.y0 * scale, w.bbox.x1 * scale, w.bbox.y1 * scale], confidence: w.confidence }));
}

/** `toStored`: the words were read on a turned page; lines and reading order come from it, boxes from the stored page. */
function page(number: number, width: number, height: number, rotation: number, source: Page['source'], raw: RawWord[], toStored?: (box: Box) => Box): Page {
  let words = layoutWords(number, raw);
  if (toStored) words = words.map((w) => ({ ...w, box: toStored(w.box).map((v) => Math.round(v * 100) / 100) as Box }));
  return { number, width: Math.round(width * 100) / 100, height: Math.round(height * 100) / 100, unit: 'pt', rotation, source, words };
}

const failedPage = (number: number, error: unknown): Page => ({
  number,
  width: 0,
  height: 0,
  unit: 'pt',
  rotation: 0,
  source: 'none',
  words: [],
  error: (error as Error)?.message ?? String(error),
});

async function readPdf(data: Buffer, mode: ReadingMode, language: string, limits: ReadLimits, signal?: AbortSignal): Promise<Page[]> {
  const pdf = await openPdf(data);
  try {
    checkPages(pdf.numPages, limits);
    const pages: Page[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      if (signal?.aborted) throw new ReadError('ABORTED', 'Reading was cancelled');
      try {
        const p = await pdf.getPage(n);
        const text = mode === 'ocr_only' ? null : await textLayerWords(p);
        if (text && (mode === 'pdf_only' || usableTextLayer(text.words))) {
          pages.push(page(n, text.width, text.height, text.rotation, text.words.length ? 'text' : 'none', text.words));
          continue;
        }
        const viewport = p.getViewport({ scale: 1 });
        // A scanned page is cleaned and turned straight like an image file.
        const { words, toStored } = await withTimeout(
          (async () => ocrStraight(await ocrReady((await renderPdfPage(p, OCR_DPI, 'png', limits)).data, OCR_DPI), language, limits))(),
          limits.pageTimeoutMs,
          `Reading page ${n}`,
        );
        pages.push(page(n, viewport.width, viewport.height, viewport.rotation, 'ocr', words, toStored));
        p.cleanup();
      } catch (error) {
        if (error instanceof ReadError && ['TOO_MANY_PIXELS', 'UNSUPPORTED_LANGUAGE', 'ABORTED'].includes(error.code)) throw error;
        pages.push(failedPage(n, error));
      }
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}

/**
 * Tesseract misreads text under ~20 px tall. Many photos and phone scans state 72 DPI or nothing, so the
 * stated resolution cannot tell; the first pass's own word heights can. Measured on the SROIE dev
 * receipts (bench/ocr-recall.ts): word recall 0.686 → 0.708 with a second pass at 2× below 20 px.
 */
const SMALL_TEXT_PX = 20;

/**
 * Receipts photographed or fed askew: tesseract splits a tilted line into pieces and misreads its glyphs.
 * A page whose text leans by this much or more is turned straight before OCR; below it the gain is small
 * and a mismeasured straight page only loses (small print read at 2× went from 0.6% to 6.5% character
 * error turned by 0.43°). Measured on the 40 SROIE dev receipts: 16 of them lean ≥ 0.5° (up to 2.1°);
 * character error of the transcript lines 7.56% → 6.85%, key values found verbatim 103 → 108 of 160, two
 * receipts at 0.87° from ~8% to ~1%; field accuracy 66.3% → 68.1%. Measuring the lean costs ~0.13 s a page, turning ~0.1 s.
 */
const MIN_DESKEW_DEGREES = 0.5;

/** The page turned by `radians` (when not 0), and the way back from its boxes to the page as stored. */
async function turned(img: ImagePage, radians: number): Promise<{ page: ImagePage; toStored?: (box: Box) => Box }> {
  return radians === 0 ? { page: img } : turnPage(img, radians);
}

/** OCR of a page turned by `radians` first (when not 0); boxes come back in the turned page's points. */
async function ocrTurned(img: ImagePage, radians: number, language: string, limits: ReadLimits) {
  const { page, toStored } = await turned(img, radians);
  const read = await ocrPool().recognize(page.png, language, limits.pageTimeoutMs);
  return { words: await finishReading(page, read, language, limits), toStored };
}

/** Pixels of a w × h page turned by `radians` (the canvas grows to hold the corners). */
function turnedArea(w: number, h: number, radians: number) {
  const [c, s] = [Math.abs(Math.cos(radians)), Math.abs(Math.sin(radians))];
  return (c * w + s * h) * (s * w + c * h);
}

/** The page's lean, when it is worth turning the page for (else 0). */
async function leanOf(img: ImagePage, language: string, limits: ReadLimits) {
  const skew = await ocrPool().skew(img.png, language, limits.pageTimeoutMs);
  return Math.abs(skew) >= (MIN_DESKEW_DEGREES * Math.PI) / 180 ? skew : 0;
}

/** OCR of a page turned straight first when it leans. */
async function ocrStraight(img: ImagePage, language: string, limits: ReadLimits) {
  return ocrTurned(img, await leanOf(img, language, limits), language, limits);
}

async function ocrImagePage(data: Buffer, mimeType: string, index: number, img: ImagePage, language: string, limits: ReadLimits) {
  const radians = await leanOf(img, language, limits);
  const { page, toStored } = await turned(img, radians);
  const read = await ocrPool().recognize(page.png, language, limits.pageTimeoutMs);
  // Lines left out are read again only on the reading that is kept.
  const height = img.upscaled === 1 && mimeType !== 'image/bmp' ? medianWordHeight(read) : null;
  if (height === null || height >= SMALL_TEXT_PX || turnedArea(img.widthPx, img.heightPx, radians) * 4 > limits.maxPixels) {
    return { words: await finishReading(page, read, language, limits), toStored };
  }
  return ocrTurned(await imagePage(data, mimeType, index, limits, true, 2), radians, language, limits);
}

async function readImage(data: Buffer, mimeType: string, mode: ReadingMode, language: string, limits: ReadLimits, signal?: AbortSignal): Promise<Page[]> {
  const count = await imagePages(data, mimeType, limits);
  const pages: Page[] = [];
  for (let i = 0; i < count; i++) {
    if (signal?.aborted) throw new ReadError('ABORTED', 'Reading was cancelled');
    const img = await imagePage(data, mimeType, i, limits, mode !== 'pdf_only');
    const width = (img.widthPx * 72) / img.dpi;
    const height = (img.heightPx * 72) / img.dpi;
    // An image has no text layer: pdf_only reads nothing from it.
    if (mode === 'pdf_only') {
      pages.push(page(i + 1, width, height, 0, 'none', []));
      continue;
    }
    try {
      const { words, toStored } = await ocrImagePage(data, mimeType, i, img, language, limits);
      pages.push(page(i + 1, width, height, 0, 'ocr', words, toStored));
    } catch (error) {
      if (error instanceof ReadError && error.code === 'UNSUPPORTED_LANGUAGE') throw error;
      pages.push({ ...failedPage(i + 1, error), width, height });
    }
  }
  return pages;
}

async function identify(data: Buffer) {
  if (data.length === 0) throw new ReadError('EMPTY_FILE', 'The file is empty');
  const { mimeType, extractable } = await sniff(data);
  if (!extractable) throw new ReadError('UNSUPPORTED_TYPE', `The file is ${mimeType}, not a PDF, JPEG, PNG, TIFF or BMP`);
  return mimeType;
}

export async function readDocument(data: Buffer, options: ReadOptions & { limits?: Partial<ReadLimits> } = {}): Promise<ReadResult> {
  const limits = { ...defaultReadLimits, ...options.limits };
  const mode = options.mode ?? 'ocr_pdf';
  const language = options.language ?? DEFAULT_LANGUAGE;
  const mimeType = await identify(data);
  const pages =
    mimeType === 'application/pdf'
      ? await readPdf(data, mode, language, limits, options.signal)
      : await readImage(data, mimeType, mode, language, limits, options.signal);
  const failed = pages.filter((p) => p.error);
  if (pages.length > 0 && failed.length === pages.length) throw new ReadError('UNREADABLE', `No page could be read: ${failed[0].error}`);
  return { mimeType, pages, text: pages.map((p) => pageText(p.words)).join('\f') };
}

export async function countPages(data: Buffer): Promise<number> {
  const mimeType = await identify(data);
  if (mimeType !== 'application/pdf') return imagePages(data, mimeType, { ...defaultReadLimits, maxPages: Number.MAX_SAFE_INTEGER });
  const pdf = await openPdf(data);
  try {
    return pdf.numPages;
  } finally {
    await pdf.destroy();
  }
}

/** One page (1-based) as an image at `dpi`, for the vision path and review screens. */
export async function renderPage(data: Buffer, pageNumber: number, options: { dpi: number; format: 'png' | 'jpeg'; limits?: Partial<ReadLimits> }): Promise<Buffer> {
  const limits = { ...defaultReadLimits, ...options.limits };
  const mimeType = await identify(data);
  if (mimeType === 'application/pdf') {
    const pdf = await openPdf(data);
    try {
      if (pageNumber < 1 || pageNumber > pdf.numPages) throw new ReadError('NO_SUCH_PAGE', `The document has no page ${pageNumber}`);
      return (await renderPdfPage(await pdf.getPage(pageNumber), options.dpi, options.format, limits)).data;
    } finally {
      await pdf.destroy();
    }
  }
  const count = await imagePages(data, mimeType, limits);
  if (pageNumber < 1 || pageNumber > count) throw new ReadError('NO_SUCH_PAGE', `The document has no page ${pageNumber}`);
  const img = await imagePage(data, mimeType, pageNumber - 1, limits);
  // Scale from the image's own resolution to the requested one.
  const sharp = (await import('sharp')).default;
  const pipeline = sharp(img.png).resize({ width: Math.max(1, Math.round((img.widthPx * options.dpi) / img.dpi)) });
  return options.format === 'png' ? pipeline.png().toBuffer() : pipeline.jpeg({ quality: 90 }).toBuffer();
}
