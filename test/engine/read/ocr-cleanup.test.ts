// Pages are cleaned before OCR: red channel (stamps fade, ink stays) and a slight blur (dot-matrix dots
// join, JPEG noise smooths). Three real receipts of the shared dev set show each part.
import { afterAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/engine/read/index.ts';
import { shutdownOcr } from '../../../src/engine/ocr/pool.ts';
import { sroieImage, wordRecall } from '../../support/sroie.ts';

describe('pages are cleaned before OCR', () => {
  afterAll(() => shutdownOcr());

  // Word recall measured read as luminance only → cleaned: 022 0.663 → 0.854 (a red "PAID" stamp over the
  // text), 027 0.529 → 0.669 and 039 0.577 → 0.715 (noisy, grainy scans).
  it.each([
    ['022', 'a red stamp over the text', 0.8],
    ['027', 'a noisy scan', 0.62],
    ['039', 'a grainy scan', 0.66],
  ] as const)('receipt %s (%s): word recall ≥ %d', async (id, _what, min) => {
    const read = await readDocument(sroieImage(id), { mode: 'ocr_only' });
    expect(wordRecall(id, read.pages.flatMap((p) => p.words.map((w) => w.text)))).toBeGreaterThanOrEqual(min);
  }, 120_000);
});
