// Choosing a receipt's total among its amounts: label semantics, the receipt's own arithmetic
// (tendered − change, total ± rounding) and its layout (tax summary tables, labels above values),
// on generated receipts with the OCR slips scanned receipts carry.
import { describe, expect, it } from 'vitest';
import { isChangeRow, repairedByArithmetic } from '../../../src/engine/offline/amounts.ts';
import { createOfflineProvider } from '../../../src/engine/offline/index.ts';
import { runExtraction } from '../../../src/engine/pipeline.ts';
import { pageOf, textOf, type Row } from './pages.ts';

const HEAD: Row[] = [
  [20, [80, 'KEDAI CONTOH SDN BHD']],
  [34, [60, 'NO 7, JALAN UTAMA,']],
  [48, [60, '47100 PUCHONG']],
  [80, [60, 'DATE: 02/01/2019']],
  [110, [40, 'ITEM ONE'], [200, '9.99']],
];

async function extractTotal(rows: Row[]) {
  const page = pageOf([...HEAD, ...rows], 90);
  const out = await runExtraction(createOfflineProvider(), {
    schema: { fields: [{ name: 'total', type: 'number', description: 'Total amount paid' }] },
    pages: [page],
    text: textOf(page),
    mode: 'advanced',
  });
  return { total: out.results.total, confidence: out.confidenceScores.total };
}

const totalOf = async (rows: Row[]) => (await extractTotal(rows)).total;

describe('receipt totals', () => {
  it('ignores the tax summary table printed under the totals', async () => {
    const total = await totalOf([
      // The total's own label misread beyond recognition; the summary's "TOTAL:" reads fine.
      [140, [40, 'TUTAI'], [200, '27.55']],
      [154, [40, 'CASH'], [200, '30.00']],
      [168, [40, 'CHANGE'], [200, '2.45']],
      [200, [40, 'GST SUMMARY']],
      [214, [40, 'SR'], [120, '6.00'], [160, '26.00'], [200, '1.55']],
      [228, [40, 'TOTAL:'], [160, '26.00'], [200, '1.55']],
    ]);
    expect(total).toBe(27.55);
  });

  it('reads what a row names through digits read for letters ("6ST" for "GST")', async () => {
    const total = await totalOf([
      // The total's label misread beyond recognition; the tax row reads "Total GST" with its "G" read as a "6".
      [140, [40, 'TUTAI (RM) :'], [200, '112.47']],
      [154, [40, 'Total 6ST (RM) :'], [200, '6.37']],
    ]);
    expect(total).toBe(112.47);
    // The same slip in a label: "6ST" announces the tax.
    const page = pageOf([...HEAD, [140, [40, 'Sub Total'], [200, '106.10']], [154, [40, '6ST 6%'], [200, '6.37']], [168, [40, 'TOTAL'], [200, '112.47']]], 90);
    const out = await runExtraction(createOfflineProvider(), {
      schema: { fields: [{ name: 'tax', type: 'number', description: 'Tax amount' }] },
      pages: [page],
      text: textOf(page),
      mode: 'advanced',
    });
    expect(out.results.tax).toBe(6.37);
  });

  it('takes the surer reading of a total printed twice and read one digit apart', async () => {
    const page = pageOf([
      ...HEAD,
      [140, [40, 'Total Amount:'], [200, '57.80']],
      [154, [40, 'TOTAL:'], [180, 'RM 67.80']],
      [168, [40, 'Thank you']],
    ], 90);
    // The reader doubts the second printing more than the first.
    page.words.find((w) => w.text === '57.80')!.confidence = 47;
    page.words.find((w) => w.text === '67.80')!.confidence = 31;
    const out = await runExtraction(createOfflineProvider(), {
      schema: { fields: [{ name: 'total', type: 'number', description: 'Total amount paid' }] },
      pages: [page],
      text: textOf(page),
      mode: 'advanced',
    });
    expect(out.results.total).toBe(57.8);
    // Neither reading is confirmed: the value goes to review.
    expect(out.confidenceScores.total).toBeLessThan(80);
  });

  it('keeps the totals block an invoice heads with "Summary"', async () => {
    const total = await totalOf([
      [140, [40, 'ORDER SUMMARY']],
      [154, [40, 'Subtotal'], [200, '100.00']],
      [168, [40, 'Tax 10%'], [200, '10.00']],
      [182, [40, 'Total'], [200, '110.00']],
    ]);
    expect(total).toBe(110);
  });

  it('takes the rounded total printed after the rounding line, its sign printed apart', async () => {
    const total = await totalOf([
      [140, [40, 'TOTAL'], [180, 'RM 48.92']],
      [154, [40, 'ROUNDING ADJUSTMENT'], [180, '-RM 0.02']],
      [168, [40, 'TOTAL ROUNDED'], [180, 'RM 48.90']],
    ]);
    expect(total).toBe(48.9);
  });

  it('takes the amount rounded to 5 cents after a misread rounding line, confirmed by tendered − change', async () => {
    const total = await totalOf([
      [140, [40, 'TOTAL'], [200, '71.22']],
      [154, [40, 'ROUNDING ADJ'], [200, '-0.07']],
      [168, [40, 'RH'], [200, '71.20']],
      // "CASH" misread: the amount just above the change is what was tendered.
      [182, [40, 'CARH'], [200, '80.00']],
      [196, [40, 'CHANGE'], [200, '8.80']],
    ]);
    expect(total).toBe(71.2);
  });

  it('takes the unlabelled amount after the rounding line that is exactly the total + rounding', async () => {
    const total = await totalOf([
      [140, [40, 'TOTAL RM'], [200, '60.31']],
      [154, [40, 'ROUNDING ADJ'], [200, '-0.01']],
      // Its label lost to the reader: only the currency is left.
      [168, [40, 'RM'], [200, '60.30']],
      [182, [40, 'Thank you, please come again']],
    ]);
    expect(total).toBe(60.3);
  });

  it('joins an amount the reader cut at its decimal point', async () => {
    const total = await totalOf([
      [140, [40, 'SUB TOTAL'], [200, '12.00']],
      [154, [40, 'TOTAL :'], [160, 'RM'], [200, '42. 80']],
    ]);
    expect(total).toBe(42.8);
  });

  it('does not give a total label to an amount whose own row names something else', async () => {
    const total = await totalOf([
      [140, [40, 'TOTAL (RM)'], [200, '215.40']],
      // "CASH" misread as a word that is no label; tendered exactly, so no change confirms it.
      [154, [40, 'GASH :'], [200, '285.40']],
      [168, [40, 'CHANGE (RM) :'], [200, '0.00']],
    ]);
    expect(total).toBe(215.4);
  });

  it('does not take an amount just under a total label for its value when its own row names it otherwise', async () => {
    const total = await totalOf([
      [140, [40, 'TOTAL (RM)'], [200, '215.40']],
      // Printed tight under the total line, so close it could pass for the total's value on a skewed scan.
      [151, [40, 'GASH :'], [200, '285.40']],
      [165, [40, 'CHANGE (RM) :'], [200, '0.00']],
    ]);
    expect(total).toBe(215.4);
  });

  it('is surer of a total that the amount before tax + tax + rounding adds up to', async () => {
    const rows = (total: string): Row[] => [
      [140, [40, 'TOTAL SALES (EXCLUDING GST)'], [200, '31.03']],
      [154, [40, 'TOTAL GST'], [200, '1.86']],
      [168, [40, 'ROUNDING'], [200, '0.01']],
      [182, [40, 'TOTAL SALES (INCLUSIVE OF GST)'], [200, total]],
    ];
    const added = await extractTotal(rows('32.90'));
    const misread = await extractTotal(rows('38.90'));
    expect(added.total).toBe(32.9);
    expect(misread.total).toBe(38.9);
    // A word read by OCR that no check confirms stays below 90.
    expect(misread.confidence).toBeLessThan(90);
    expect(added.confidence).toBeGreaterThanOrEqual(90);
  });

  it('confirms subtotal + tax + rounding when the reader lost the rounding amount\'s sign', async () => {
    const rows = (rounding: string): Row[] => [
      [140, [40, 'SUB-TOTAL'], [200, '144.68']],
      [154, [40, 'TOTAL TAX'], [200, '8.68']],
      [168, [40, 'ROUNDING'], [200, rounding]],
      [182, [40, 'TOTAL'], [200, '153.35']],
    ];
    // "-0.01" read as "0.01": 144.68 + 8.68 + 0.01 is no 5-cent amount, 144.68 + 8.68 − 0.01 is.
    const unsigned = await extractTotal(rows('0.01'));
    expect(unsigned.total).toBe(153.35);
    expect(unsigned.confidence).toBeGreaterThanOrEqual(90);
    expect((await extractTotal(rows('-0.01'))).confidence).toBeGreaterThanOrEqual(90);
  });

  it('takes the amount printed under its label with a currency code before it', async () => {
    const total = await totalOf([
      [140, [40, 'DEPOSIT RETURNED'], [200, 'MYR 24.00']],
      [160, [40, 'GRAND TOTAL']],
      [174, [40, 'MYR 13.99']],
    ]);
    expect(total).toBe(13.99);
  });

  it('passes over a bare number between the total label and its amount', async () => {
    const total = await totalOf([
      [140, [40, 'SUB-TOTAL (EX)'], [200, '16.98']],
      [154, [40, 'TOTAL'], [120, '<7;'], [200, '18.00']],
      [168, [40, 'SERVICE'], [200, '17.50']],
      [182, [40, 'THANK YOU'], [200, '17.50']],
    ]);
    expect(total).toBe(18);
  });

  it('reads a change line through an OCR slip', async () => {
    const total = await totalOf([
      [140, [40, 'TOTAL'], [200, '31.12']],
      [154, [40, 'ROUNDING'], [200, '0.02']],
      [168, [40, 'TOTAL'], [200, '31.10']],
      [182, [40, 'CASH'], [200, '51.00']],
      [196, [40, 'CHANG'], [200, '19.90']],
    ]);
    expect(total).toBe(31.1);
  });

  it('reads back a digit misread as a symbol when the tax summary row proves it', async () => {
    const rows = (total: string): Row[] => [
      [140, [40, 'Total Incl GST'], [180, `RM ${total}`]],
      // The tender misread too: tendered − change proves nothing.
      [154, [40, 'CASH'], [180, 'RM £0.00']],
      [168, [40, 'CHANGE'], [180, 'RM 12.90']],
      [196, [40, 'GST Summary'], [140, 'Amt(RM)'], [200, 'Tax(RM)']],
      [210, [40, 'S @ 6%'], [140, '35.00'], [200, '2.10']],
    ];
    expect(await totalOf(rows('&7.10'))).toBe(37.1);
    // The summary's amount + tax confirms a total read right.
    expect((await extractTotal(rows('37.10'))).confidence).toBeGreaterThanOrEqual(90);
  });

  it('reads back the digit a misread total lost when tendered − change proves it', async () => {
    const total = await totalOf([
      [140, [40, 'Total: Incl GST'], [180, 'RM F4.60']],
      [154, [40, 'CASH'], [180, 'RM 50.00']],
      [168, [40, 'CHANGE'], [180, 'RM 5.40']],
    ]);
    expect(total).toBe(44.6);
  });
});

describe('repairedByArithmetic', () => {
  const proven = (...values: number[]) => (v: number) => values.includes(v);
  it('replaces one letter among digits only with the digit the arithmetic proves', () => {
    expect(repairedByArithmetic('E7.10', proven(37.1))).toEqual({ text: '37.10', value: 37.1 });
    expect(repairedByArithmetic('11Z.46', proven(112.46))).toEqual({ text: '112.46', value: 112.46 });
    expect(repairedByArithmetic('&7.10', proven(37.1))).toEqual({ text: '37.10', value: 37.1 });
    // Nothing proven, a currency prefix, or no letter: no repair.
    expect(repairedByArithmetic('E7.10', proven(12))).toBeNull();
    expect(repairedByArithmetic('RM7.10', proven(7.1, 97.1))).toBeNull();
    expect(repairedByArithmetic('37.10', proven(37.1))).toBeNull();
  });
});

describe('isChangeRow', () => {
  it('reads the change through one OCR slip but takes no service charge for it', () => {
    expect(isChangeRow('change (rm) :')).toBe(true);
    expect(isChangeRow('chang rm')).toBe(true);
    expect(isChangeRow('cambio')).toBe(true);
    expect(isChangeRow('service charge')).toBe(false);
    expect(isChangeRow('serv charge 10%')).toBe(false);
  });
});
