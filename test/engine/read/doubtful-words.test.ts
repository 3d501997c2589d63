// Words tesseract doubts are read again, their line alone and enlarged: a surer reading that changes only
// letters replaces the first ('RECO' → 'DECO'); digits and punctuation stay as first read.
import { afterAll, describe, expect, it } from 'vitest';
import { ocrPool, shutdownOcr, type OcrWord } from '../../../src/engine/ocr/pool.ts';
import { betterReading, rereadDoubtful } from '../../../src/engine/read/doubtful-words.ts';
import { defaultReadLimits } from '../../../src/engine/read/limits.ts';
import { readDocument } from '../../../src/engine/read/index.ts';
import { textImage } from '../../support/fixtures.ts';
import { sroieImage } from '../../support/sroie.ts';

const word = (text: string, confidence: number): OcrWord => ({ text, confidence, bbox: { x0: 0, y0: 0, x1: 10, y1: 10 } });

describe('doubtful words read again', () => {
  afterAll(() => shutdownOcr());

  it.each([
    ['RECO', 20, 'DECO', 88, true],
    ['BERIJUNTAI', 40, 'BERJUNTAI', 80, true], // a letter too many dropped
    ['RECO', 60, 'DECO', 70, false], // not surer by enough
    ['D.I.Y.', 40, 'D.1.Y.', 66, false], // a digit: the extractor's checks judge digits
    ['18-11-18', 20, '16-11-18', 79, false],
    ['SELANGOR.', 54, 'SELANGOR!', 80, false], // punctuation kept
    ['MOTOR', 39, 'OTR', 65, false], // letters lost
  ])('%s (%i) may become %s (%i): %s', (first, c1, again, c2, ok) => expect(betterReading(word(first, c1), word(again, c2))).toBe(ok));

  it('replaces a doubtful word of a line by its surer second reading, and leaves the sure words and digits', async () => {
    const png = await textImage(['NORTHWIND TRADING LIMITED', 'AMOUNT DUE 118.40']).png();
    const read = await ocrPool().recognize(png, 'eng', 60_000);
    expect(read.map((w) => w.text).join(' ')).toBe('NORTHWIND TRADING LIMITED AMOUNT DUE 118.40');
    // As if tesseract had misread two words and doubted them.
    const doubted = read.map((w) => (w.text === 'TRADING' ? { ...w, text: 'TRAOING', confidence: 30 } : w.text === '118.40' ? { ...w, text: '118.46', confidence: 30 } : w));
    const again = await rereadDoubtful(png, 72, doubted, 'eng', defaultReadLimits);
    expect(again.map((w) => w.text).join(' ')).toBe('NORTHWIND TRADING LIMITED AMOUNT DUE 118.46');
    expect(again.find((w) => w.text === 'TRADING')!.confidence).toBeGreaterThan(45);
    // Nothing doubtful: the reading as it was.
    expect(await rereadDoubtful(png, 72, read, 'eng', defaultReadLimits)).toEqual(read);
  }, 60_000);

  // Receipt 001 of the shared dev set: the shop's name ends 'HOME DECO'; the page's reading gives 'RECO' (confidence 20).
  it('reads a real receipt\'s doubtful shop name right', async () => {
    const { text } = await readDocument(sroieImage('001'), { mode: 'ocr_only' });
    expect(text).toContain('HOME DECO');
  }, 120_000);
});
