// Grounding values to page words: exact, split, glued, OCR-noisy and normalised forms; repeated values
// resolved by row anchors and labels; near misses left ungrounded.
import { describe, expect, it } from 'vitest';
import { ground, NOT_GROUNDED } from '../../../src/engine/ground/index.ts';
import { page, wordsOf } from './pages.ts';

const pages = [
  page(1, ['Invoice INV- 2024-001', 'Date 15/06/2024', 'Customer ACME Industrial Supplies', 'T0TAL 1,25O.00', 'Paid:Yes', 'Subtotal 1,250.00']),
  page(2, ['Footer 1,260.00']),
];

describe('grounding', () => {
  it('finds exact values, values split over words and values glued to a label', () => {
    const name = ground('ACME Industrial Supplies', 'string', pages);
    expect(wordsOf(pages, name.wordIds)).toBe('ACME Industrial Supplies');
    expect(name).toMatchObject({ page: 1, quality: 1, box: [130, 90, 360, 102] });
    expect(wordsOf(pages, ground('INV-2024-001', 'string', pages).wordIds)).toBe('INV- 2024-001');
    expect(wordsOf(pages, ground('Yes', 'boolean', pages).wordIds)).toBe('Paid:Yes');
  });

  it('tolerates OCR noise in text and confusable letters in digits', () => {
    expect(wordsOf(pages, ground('TOTAL', 'string', pages).wordIds)).toBe('T0TAL');
    const noisy = ground('1,250.00', 'number', [page(1, ['T0TAL 1,25O.00'])]);
    expect(wordsOf([page(1, ['T0TAL 1,25O.00'])], noisy.wordIds)).toBe('1,25O.00');
    expect(noisy.quality).toBeGreaterThan(0.9);
    expect(noisy.quality).toBeLessThan(1);
  });

  it('matches normalised forms: 1250 for 1,250.00 and an ISO date for the printed one', () => {
    expect(wordsOf(pages, ground('1250', 'number', pages).wordIds)).toBe('1,250.00');
    expect(wordsOf(pages, ground('2024-06-15', 'date', pages).wordIds)).toBe('15/06/2024');
  });

  it('does not take a near miss for the value', () => {
    expect(ground('1,270.00', 'number', pages)).toEqual(NOT_GROUNDED);
    expect(ground('16/06/2024', 'date', pages)).toEqual(NOT_GROUNDED);
    expect(ground('Globex Corporation', 'string', pages)).toEqual(NOT_GROUNDED);
    expect(ground(null, 'string', pages)).toEqual(NOT_GROUNDED);
  });

  it('picks the repeated value next to the anchor, else after its label', () => {
    const table = [page(1, ['Bolts 2 5.00', 'Nuts 2 5.00', 'Total 10.00', 'Shipping 5.00'])];
    const second = ground('2', 'integer', table, { near: { page: 1, box: table[0].words[3].box } });
    expect(second.wordIds).toEqual([table[0].words[4].id]);
    expect(ground('2', 'integer', table).wordIds).toEqual([table[0].words[1].id]);
    expect(ground('5.00', 'number', table, { label: 'shipping' }).wordIds).toEqual([table[0].words[9].id]);
  });

  it('reports the words\' OCR confidence', () => {
    expect(ground('ACME', 'string', [page(1, ['ACME Ltd'], { confidence: 64 })]).wordConfidence).toBe(64);
  });
});
