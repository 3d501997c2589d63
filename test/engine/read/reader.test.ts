// The reader on every accepted input type and mode, with files made in code.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { shutdownOcr } from '../../../src/engine/ocr/pool.ts';
import { countPages, readDocument, renderPage, TEXT_LAYER_CONFIDENCE } from '../../../src/engine/read/index.ts';
import { sniff } from '../../../src/engine/sniff.ts';
import { bmp, multiPageTiff, pdfOf, textImage, textPdf } from '../../support/fixtures.ts';

afterAll(() => shutdownOcr());
const words = (r: { pages: { words: { text: string }[] }[] }, page = 0) => r.pages[page].words.map((w) => w.text).join(' ');

describe('text layer', () => {
  it('gives per-word boxes in points from the top-left, in reading order, with stable ids', async () => {
    const r = await readDocument(await textPdf(['Invoice INV-2024-001', 'Total due: 1,250.00 EUR']), { mode: 'pdf_only' });
    expect(r.mimeType).toBe('application/pdf');
    const [page] = r.pages;
    expect(page).toMatchObject({ number: 1, width: 595, height: 842, unit: 'pt', source: 'text', rotation: 0 });
    expect(page.words.map((w) => w.text)).toEqual(['Invoice', 'INV-2024-001', 'Total', 'due:', '1,250.00', 'EUR']);
    expect(page.words.map((w) => w.id)).toEqual(['p1-w0', 'p1-w1', 'p1-w2', 'p1-w3', 'p1-w4', 'p1-w5']);
    expect(page.words.map((w) => w.line)).toEqual([0, 0, 1, 1, 1, 1]);
    const [invoice, number] = page.words;
    // Drawn at x = 50, baseline 842 - 780 = 62 pt from the top, 14 pt Helvetica.
    expect(invoice.box[0]).toBeCloseTo(50, 0);
    expect(invoice.box[3]).toBeGreaterThan(62);
    expect(invoice.box[1]).toBeLessThan(62 - 8);
    expect(number.box[0]).toBeGreaterThan(invoice.box[2]);
    expect(invoice.confidence).toBe(TEXT_LAYER_CONFIDENCE);
    expect(r.text).toBe('Invoice INV-2024-001\nTotal due: 1,250.00 EUR');
  });

  it('handles a rotated page: size swapped, words upright in reading order', async () => {
    const r = await readDocument(await textPdf(['Rotated page text'], { rotate: 90 }), { mode: 'pdf_only' });
    expect(r.pages[0]).toMatchObject({ width: 842, height: 595, rotation: 90 });
    expect(words(r)).toBe('Rotated page text');
    for (const w of r.pages[0].words) expect(w.box[2]).toBeLessThanOrEqual(842);
  });
});

describe('OCR', () => {
  it('reads scanned PDF pages, and each page of a mixed PDF by its own kind', async () => {
    const pdf = await pdfOf([{ text: ['Native text page'] }, { scan: ['SCANNED PAGE 42'] }]);
    const r = await readDocument(pdf);
    expect(r.pages.map((p) => p.source)).toEqual(['text', 'ocr']);
    expect(words(r, 0)).toBe('Native text page');
    expect(words(r, 1)).toMatch(/SCANNED PAGE 42/);
    const ocrWord = r.pages[1].words[0];
    expect(ocrWord.confidence).toBeGreaterThan(50);
    expect(ocrWord.confidence).toBeLessThanOrEqual(100);
    // The scan was drawn 30 pt from the left edge at half scale.
    expect(ocrWord.box[0]).toBeGreaterThan(30);
    expect(ocrWord.box[0]).toBeLessThan(80);
    const pdfOnly = await readDocument(pdf, { mode: 'pdf_only' });
    expect(pdfOnly.pages.map((p) => [p.source, p.words.length])).toEqual([['text', 3], ['none', 0]]);
    const ocrOnly = await readDocument(pdf, { mode: 'ocr_only' });
    expect(ocrOnly.pages.map((p) => p.source)).toEqual(['ocr', 'ocr']);
    expect(words(ocrOnly, 0)).toMatch(/Native text page/);
  });

  it('reads every page of a multi-page TIFF, whatever its compression', async () => {
    for (const compression of ['lzw', 'jpeg'] as const) {
      const tiff = await multiPageTiff([['FIRST PAGE'], ['SECOND PAGE']], compression);
      expect((await sniff(tiff)).mimeType).toBe('image/tiff');
      expect(await countPages(tiff)).toBe(2);
      const r = await readDocument(tiff);
      expect(r.pages.map((p) => [p.number, p.source])).toEqual([[1, 'ocr'], [2, 'ocr']]);
      expect(words(r, 0)).toMatch(/FIRST PAGE/);
      expect(words(r, 1)).toMatch(/SECOND PAGE/);
    }
  });

  it.each([1, 8, 24] as const)('reads a %i-bit BMP', async (bits) => {
    const r = await readDocument(bmp(['BITMAP 2024'], bits));
    expect(r.mimeType).toBe('image/bmp');
    expect(words(r)).toMatch(/BITMAP 2024/);
  });

  it('reads Spanish with the spa language data', async () => {
    const png = await textImage(['Descripción del artículo', 'Año 2024 señal']).png();
    const r = await readDocument(png, { language: 'spa' });
    expect(words(r)).toMatch(/Descripción/);
    expect(words(r)).toMatch(/artículo/);
  });
});

describe('rendering and counting', () => {
  it('renders a page to PNG or JPEG at the requested resolution', async () => {
    const pdf = await textPdf(['render me']);
    const png = await renderPage(pdf, 1, { dpi: 72, format: 'png' });
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: 595, height: 842 });
    const jpeg = await renderPage(pdf, 1, { dpi: 144, format: 'jpeg' });
    expect(await sharp(jpeg).metadata()).toMatchObject({ format: 'jpeg', width: 1190, height: 1684 });
    expect(await countPages(await textPdf(['x'], { pages: 3 }))).toBe(3);
  });
});

describe('docsift read', () => {
  it('prints the documented JSON', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'docsift-read-'));
    try {
      await writeFile(path.join(dir, 'a.pdf'), await textPdf(['Hello world']));
      const { stdout } = await promisify(execFile)(process.execPath, ['bin/docsift.mjs', 'read', path.join(dir, 'a.pdf'), '--json']);
      const out = JSON.parse(stdout);
      expect(Object.keys(out)).toEqual(['pages']);
      expect(Object.keys(out.pages[0])).toEqual(['number', 'width', 'height', 'unit', 'source', 'words']);
      expect(out.pages[0].words.map((w: { id: string; text: string }) => [w.id, w.text])).toEqual([['p1-w0', 'Hello'], ['p1-w1', 'world']]);
      expect(Object.keys(out.pages[0].words[0])).toEqual(['id', 'text', 'box', 'confidence']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
