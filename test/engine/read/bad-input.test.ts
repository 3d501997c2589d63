// Bad input ends as a readable ReadError (or a failed page), never a crash or a hang.
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { OcrPool, shutdownOcr } from '../../../src/engine/ocr/pool.ts';
import { readDocument } from '../../../src/engine/read/index.ts';
import { ReadError } from '../../../src/engine/types.ts';
import { corruptJpeg, encryptedPdf, manyPagesPdf, pdfOf, pdfWithMissingFont, pngHeaderClaiming, textImage, textPdf } from '../../support/fixtures.ts';

afterAll(() => shutdownOcr());

async function readError(data: Buffer, options = {}): Promise<ReadError> {
  const error = await readDocument(data, options).then(
    () => null,
    (e) => e,
  );
  expect(error).toBeInstanceOf(ReadError);
  return error as ReadError;
}

describe('bad input', () => {
  it('zero bytes, random bytes, a truncated PDF', async () => {
    expect((await readError(Buffer.alloc(0))).code).toBe('EMPTY_FILE');
    expect((await readError(randomBytes(4096))).code).toBe('UNSUPPORTED_TYPE');
    const truncated = (await textPdf(['some text'])).subarray(0, 300);
    expect(['CORRUPT_FILE', 'UNREADABLE']).toContain((await readError(truncated)).code);
  });

  it('an encrypted PDF: refused with a user password, read with an owner password only', async () => {
    const locked = await readError(encryptedPdf('Secret text', 'user-pass'));
    expect(locked.code).toBe('ENCRYPTED');
    expect(locked.message).toMatch(/password/);
    const ownerOnly = await readDocument(encryptedPdf('Readable secret', ''), { mode: 'pdf_only' });
    expect(ownerOnly.pages[0].words.map((w) => w.text)).toEqual(['Readable', 'secret']);
  });

  it('a PDF whose font is missing still gives its text', async () => {
    const r = await readDocument(pdfWithMissingFont('Fallback font works'), { mode: 'pdf_only' });
    expect(r.pages[0].words.map((w) => w.text)).toEqual(['Fallback', 'font', 'works']);
  });

  it('too many pages and too many pixels, by the limit settings', async () => {
    const many = await readError(await manyPagesPdf(2000));
    expect(many.code).toBe('TOO_MANY_PAGES');
    expect(many.message).toMatch(/2000 pages.*DOCSIFT_MAX_PAGES/);
    expect((await readError(await manyPagesPdf(5), { limits: { maxPages: 4 } })).code).toBe('TOO_MANY_PAGES');
    const huge = await readError(pngHeaderClaiming(30_000, 30_000));
    expect(huge.code).toBe('TOO_MANY_PIXELS');
    expect(huge.message).toMatch(/30000 × 30000/);
  });

  it('a corrupt JPEG', async () => {
    const e = await readError(await corruptJpeg());
    expect(['CORRUPT_FILE', 'UNREADABLE']).toContain(e.code);
  });

  it('a page that times out fails alone; the others are read', async () => {
    const pdf = await pdfOf([{ text: ['Text page survives'] }, { scan: ['SLOW SCAN'] }]);
    const r = await readDocument(pdf, { limits: { pageTimeoutMs: 5 } });
    expect(r.pages[0].words.map((w) => w.text)).toEqual(['Text', 'page', 'survives']);
    expect(r.pages[1].error).toMatch(/longer than 5 ms/);
  });

  it('an image the OCR engine cannot take fails its page, and the pool recovers', async () => {
    const pool = new OcrPool(1);
    try {
      const failure = await pool.recognize(Buffer.from('definitely not an image'), 'eng', 20_000).then(
        () => null,
        (e) => e,
      );
      expect(failure).toBeInstanceOf(ReadError);
      expect((failure as ReadError).code).toMatch(/OCR_FAILED|TIMEOUT/);
      const hung = await pool.recognize(await textImage(['TIMEOUT CASE']).png(), 'eng', 1).then(
        () => null,
        (e) => e,
      );
      expect((hung as ReadError).code).toBe('TIMEOUT');
      // The worker that failed was replaced: the same pool reads the next image.
      const words = await pool.recognize(await textImage(['POOL RECOVERED']).png(), 'eng', 30_000);
      expect(words.map((w) => w.text).join(' ')).toMatch(/POOL RECOVERED/);
    } finally {
      await pool.shutdown();
    }
  });

  it('an unknown OCR language is refused clearly', async () => {
    expect((await readError(await textImage(['x']).png(), { language: 'klingon' })).code).toBe('UNSUPPORTED_LANGUAGE');
  });
});
