// Photos and phone scans often state 72 DPI (or nothing) whatever their real resolution, so small print
// cannot be recognised from the metadata. The reader measures the text it first read and, below ~20 px,
// reads again at 2×. Two real receipts of the shared dev set with 10–11 px text show it.
import { afterAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/engine/read/index.ts';
import { shutdownOcr } from '../../../src/engine/ocr/pool.ts';
import { sroieImage, wordRecall } from '../../support/sroie.ts';

describe('small print in images that under-state their resolution', () => {
  afterAll(() => shutdownOcr());

  // Measured: 035 0.659 and 030 0.739 read as stored; 0.879 and 0.886 read at 2×.
  it.each(['035', '030'])('receipt %s (1080 px wide, stated 72 DPI, ~11 px text) is read at 2×: word recall ≥ 0.82', async (id) => {
    const read = await readDocument(sroieImage(id), { mode: 'ocr_only' });
    const words = read.pages.flatMap((p) => p.words.map((w) => w.text));
    expect(wordRecall(id, words)).toBeGreaterThanOrEqual(0.82);
    // Boxes stay in points of the stored image: an implausible 72 DPI reads as 300, so 1080 px = 259.2 pt.
    expect(read.pages[0].width).toBeCloseTo(259.2, 1);
    const right = Math.max(...read.pages[0].words.map((w) => w.box[2]));
    expect(right).toBeLessThanOrEqual(259.2);
    expect(right).toBeGreaterThan(259.2 * 0.6);
  }, 120_000);
});
