// The sum a totals block asserts (before tax + its taxes = total; total − paid = balance) proving the
// amounts in it: several taxes taken together for one tax field, a rate printed apart from its "%", a
// decimal mark the reader lost, and payments and balances worded in French and German.
import { describe, expect, it } from 'vitest';
import { repairedByArithmetic } from '../../../src/engine/offline/amounts.ts';
import { repairEmail } from '../../../src/engine/offline/fields.ts';
import { createOfflineProvider } from '../../../src/engine/offline/index.ts';
import { runExtraction } from '../../../src/engine/pipeline.ts';
import type { FieldDef, Page } from '../../../src/engine/types.ts';
import { pageOf, textOf, type Row } from './pages.ts';

const money = (name: string, description?: string): FieldDef => ({ name, type: 'number', ...(description ? { description } : {}) });

async function extract(fields: FieldDef[], page: Page) {
  const out = await runExtraction(createOfflineProvider(), { schema: { fields }, pages: [page], text: textOf(page), mode: 'advanced' });
  return { values: out.results, confidence: out.confidenceScores };
}

const HEAD: Row[] = [
  [50, [50, 'Northwind Supplies Inc']],
  [64, [50, '88 King Street West']],
];

describe('several taxes printed apart', () => {
  const quebec: Row[] = [...HEAD, [300, [350, 'Subtotal'], [480, '1,000.00']], [316, [350, 'GST 5%'], [480, '50.00']], [332, [350, 'QST 9.975%'], [480, '99.75']], [348, [350, 'Total'], [480, '1,149.75']]];

  it('gives a tax field that names no one tax the taxes together (GST + QST), proven by the total', async () => {
    const { values, confidence } = await extract([money('subtotal'), money('tax_amount'), money('total_amount')], pageOf(quebec));
    expect(values).toEqual({ subtotal: 1000, tax_amount: 149.75, total_amount: 1149.75 });
    expect(confidence.tax_amount).toBeGreaterThanOrEqual(80);
    expect(confidence.total_amount).toBeGreaterThanOrEqual(90);
  });

  it('gives a field that names one tax that tax alone', async () => {
    const { values } = await extract([money('gst_amount'), money('qst_amount')], pageOf(quebec));
    expect(values).toEqual({ gst_amount: 50, qst_amount: 99.75 });
  });

  it('adds up two VAT rates, each rate printed apart from its "%"', async () => {
    const rows: Row[] = [...HEAD, [300, [350, 'Total HT'], [480, '300,00 €']], [316, [350, 'TVA 5,5 %'], [480, '5,50 €']], [332, [350, 'TVA 20 %'], [480, '40,00 €']], [348, [350, 'Total TTC'], [480, '345,50 €']]];
    const { values, confidence } = await extract([money('tax_amount'), money('total_amount')], pageOf(rows));
    expect(values).toEqual({ tax_amount: 45.5, total_amount: 345.5 });
    expect(confidence.tax_amount).toBeGreaterThanOrEqual(80);
  });

  it('does not add up taxes the total does not prove', async () => {
    const rows: Row[] = [...HEAD, [300, [350, 'Subtotal'], [480, '1,000.00']], [316, [350, 'GST 5%'], [480, '50.00']], [332, [350, 'QST 9.975%'], [480, '99.75']], [348, [350, 'Total'], [480, '1,250.00']]];
    expect((await extract([money('tax_amount')], pageOf(rows))).values.tax_amount).not.toBe(149.75);
  });
});

describe('the amount before tax and the tax, proven by the total', () => {
  const french: Row[] = [...HEAD, [300, [350, 'Total HT'], [480, '1 350,16 €']], [316, [350, 'TVA 20 %'], [480, '270,03 €']], [332, [350, 'Total TTC'], [480, '1 620,19 €']]];

  it('are sure when they add up to the total (a rate printed apart is no rival amount)', async () => {
    const { values, confidence } = await extract([money('subtotal'), money('tax_amount'), money('total_amount')], pageOf(french));
    expect(values).toEqual({ subtotal: 1350.16, tax_amount: 270.03, total_amount: 1620.19 });
    expect(confidence.subtotal).toBeGreaterThanOrEqual(90);
    expect(confidence.tax_amount).toBeGreaterThanOrEqual(90);
  });

  it('are proven even when the reader doubted their glyphs', async () => {
    const page = pageOf(french);
    for (const w of page.words.filter((x) => ['1', '350,16', '270,03'].includes(x.text))) w.confidence = 20;
    const { values, confidence } = await extract([money('subtotal'), money('tax_amount')], page);
    expect(values).toEqual({ subtotal: 1350.16, tax_amount: 270.03 });
    expect(confidence.subtotal).toBeGreaterThanOrEqual(90);
    expect(confidence.tax_amount).toBeGreaterThanOrEqual(90);
  });

  it('a Spanish net total after a discount ("Total neto") + IVA proves the total', async () => {
    const rows: Row[] = [
      ...HEAD,
      [300, [350, 'Subtotal'], [480, '68,430.73']],
      [316, [350, 'Dto. 10%'], [480, '-6,843.07']],
      [332, [350, 'Total neto'], [480, '61,587.66']],
      [348, [350, 'IVA 21%'], [480, '12,933.41']],
      [364, [350, 'Total'], [480, '74,521.07']],
    ];
    const { values, confidence } = await extract([money('total_amount'), money('tax_amount')], pageOf(rows));
    expect(values).toEqual({ total_amount: 74521.07, tax_amount: 12933.41 });
    expect(confidence.total_amount).toBeGreaterThanOrEqual(90);
  });
});

describe('a decimal mark the reader lost', () => {
  const read = (subtotal: string, total: string) => {
    const page = pageOf([...HEAD, [300, [350, 'Sous-total'], [480, subtotal]], [316, [350, 'TVA (20 %)'], [480, '653,14 €']], [332, [350, 'Net à payer'], [480, total]]], 96);
    for (const w of page.words.filter((x) => x.text === subtotal)) w.confidence = 19;
    return extract([money('subtotal')], page);
  };

  it('is read back in where the sum proves it ("326571" for "3 265,71")', async () => {
    const { values, confidence } = await read('326571', '3918,85€');
    expect(values.subtotal).toBe(3265.71);
    expect(confidence.subtotal).toBeGreaterThanOrEqual(80);
  });

  it('is not guessed where the sum does not prove it', async () => {
    const { values, confidence } = await read('326571', '3999,00€');
    expect(values.subtotal).not.toBe(3265.71);
    expect(confidence.subtotal).toBeLessThan(80);
  });

  it('repairedByArithmetic reads the last two digits as the cents only when proven', () => {
    expect(repairedByArithmetic('326571', (v) => v === 3265.71)).toEqual({ text: '3265.71', value: 3265.71 });
    expect(repairedByArithmetic('326571€', (v) => v === 3265.71)).toEqual({ text: '3265.71', value: 3265.71 });
    expect(repairedByArithmetic('326571', () => false)).toBeNull();
  });
});

describe('payments and balances', () => {
  it.each([
    ['Acompte versé', 'Reste à payer'],
    ['Anzahlung', 'Restbetrag'],
  ])('"%s" and "%s": the payment and the balance proven by total − paid = balance', async (paidLabel, balanceLabel) => {
    const rows: Row[] = [...HEAD, [300, [350, 'Total HT'], [480, '1 350,16 €']], [316, [350, 'TVA 20 %'], [480, '270,03 €']], [332, [350, 'Total TTC'], [480, '1 620,19 €']], [348, [350, paidLabel], [480, '447,00 €']], [364, [350, balanceLabel], [480, '1 173,19 €']]];
    const { values, confidence } = await extract([money('total_amount'), money('amount_paid'), money('balance_due')], pageOf(rows));
    expect(values).toEqual({ total_amount: 1620.19, amount_paid: 447, balance_due: 1173.19 });
    expect(confidence.balance_due).toBeGreaterThanOrEqual(90);
    expect(confidence.amount_paid).toBeGreaterThanOrEqual(90);
  });

  it('with no balance line, what is left is the proven total less the payment, not the total', async () => {
    const rows: Row[] = [...HEAD, [300, [350, 'Subtotal'], [480, '37 980.56 CAD']], [316, [350, 'HST 13%'], [480, '4 937.47 CAD']], [332, [350, 'Total'], [480, '42 918.03 CAD']], [348, [350, 'Amount paid'], [480, '-20 600.00 CAD']]];
    const { values, confidence } = await extract([money('total_amount'), money('balance_due')], pageOf(rows));
    expect(values).toEqual({ total_amount: 42918.03, balance_due: 22318.03 });
    expect(confidence.balance_due).toBeGreaterThanOrEqual(90);
  });

  it('a balance derived from a payment the reader doubted stays flagged', async () => {
    const page = pageOf([...HEAD, [300, [350, 'Subtotal'], [480, '1,750.00']], [316, [350, 'Tax'], [480, '350.00']], [332, [350, 'Total'], [480, '2,100.00']], [348, [350, 'Amount paid'], [480, '500.00']]]);
    for (const w of page.words.filter((x) => x.text === '500.00')) w.confidence = 60;
    const { values, confidence } = await extract([money('balance_due')], page);
    expect(values.balance_due).toBe(1600);
    expect(confidence.balance_due).toBeLessThan(80);
  });
});

describe('an email whose "@" the reader took for the letter it holds', () => {
  it('reads "contacte imprimerie-garnier.fr" back as contact@imprimerie-garnier.fr, flagged for review', async () => {
    const { values, confidence } = await extract([{ name: 'vendor_email', type: 'string' }], pageOf([...HEAD, [80, [50, 'E-mail: contacte imprimerie-garnier.fr']]], 90));
    expect(values.vendor_email).toBe('contact@imprimerie-garnier.fr');
    expect(confidence.vendor_email).toBeLessThan(80);
  });

  it('reads no "@" into a web address, nor, without an email label, into a sentence', () => {
    expect(repairEmail('www.shop.com')).toBeNull();
    expect(repairEmail('shop.com')).toBeNull();
    expect(repairEmail('Online shop.com', false)).toBeNull();
    expect(repairEmail('accounts Qhollybrook.co.uk', false)).toBe('accounts@hollybrook.co.uk');
  });
});
