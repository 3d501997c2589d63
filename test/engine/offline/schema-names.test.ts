// The offline provider under the names and descriptions users give fields, not ours: opaque names with
// the meaning in the description, terse and conventional names, line-item columns named "total".
import { describe, expect, it } from 'vitest';
import { createOfflineProvider } from '../../../src/engine/offline/index.ts';
import { runExtraction } from '../../../src/engine/pipeline.ts';
import type { Page, SchemaDef } from '../../../src/engine/types.ts';
import { pageOf, textOf } from './pages.ts';

const run = (schema: SchemaDef, page: Page) => runExtraction(createOfflineProvider(), { schema, pages: [page], text: textOf(page), mode: 'advanced' });

const invoice = pageOf([
  [40, [60, 'Orbit Office GmbH']],
  [54, [60, '12 Harbour Road, Bristol']],
  [70, [330, 'Invoice date: 15/06/2024']],
  [84, [330, 'Due date: 15/07/2024']],
  [100, [60, 'Bill to:']],
  [114, [60, 'Maple Accounting Inc']],
  [150, [60, 'Descripción'], [300, 'Cantidad'], [360, 'Precio'], [460, 'Importe']],
  [168, [60, 'Office chairs'], [300, '2'], [360, '120.00'], [460, '240.00']],
  [182, [60, 'Printer paper A4'], [300, '10'], [360, '4.50'], [460, '45.00']],
  [220, [300, 'Subtotal'], [460, '285.00']],
  [234, [300, 'Tax 20%'], [460, '57.00']],
  [248, [300, 'Total due'], [460, '342.00']],
]);

describe('offline provider: opaque names, the meaning in descriptions', () => {
  it('reads what each description is about, not the first role word of its relative clause', async () => {
    const out = await run(
      {
        fields: [
          { name: 'field_a', type: 'string', description: 'Company that issued the invoice' },
          { name: 'field_b', type: 'number', description: 'Amount before tax' },
          { name: 'field_c', type: 'date', description: 'Date the payment is due' },
        ],
      },
      invoice,
    );
    expect(out.results).toEqual({ field_a: 'Orbit Office GmbH', field_b: 285, field_c: '2024-07-15' });
  });
});

describe('offline provider: terse names', () => {
  it("reads 'from'/'to' as the invoice's parties and 'net', 'taxes', 'pay_by' as what they abbreviate", async () => {
    const out = await run(
      {
        fields: [
          { name: 'from', type: 'string' },
          { name: 'to', type: 'string' },
          { name: 'net', type: 'number' },
          { name: 'taxes', type: 'number' },
          { name: 'pay_by', type: 'date' },
        ],
      },
      invoice,
    );
    expect(out.results).toEqual({ from: 'Orbit Office GmbH', to: 'Maple Accounting Inc', net: 285, taxes: 57, pay_by: '2024-07-15' });
  });
});

describe('offline provider: line items named tersely', () => {
  it("reads an item's 'total' column as that line's amount, under an 'Importe' header", async () => {
    const out = await run({ fields: [{ name: 'lines', type: 'list', items: { name: 'line', type: 'object', fields: [{ name: 'item', type: 'string' }, { name: 'count', type: 'integer' }, { name: 'rate', type: 'number' }, { name: 'total', type: 'number' }] } }] }, invoice);
    expect(out.results.lines).toEqual([
      { item: 'Office chairs', count: 2, rate: 120, total: 240 },
      { item: 'Printer paper A4', count: 10, rate: 4.5, total: 45 },
    ]);
  });
});

describe('offline provider: order numbers beside the invoice number', () => {
  const page = pageOf([
    [40, [60, 'Orbit Office GmbH'], [330, 'Bill to:']],
    [54, [60, 'Hauptstrasse 21'], [330, 'Maple Accounting Inc']],
    [68, [60, '10115 Berlin'], [330, 'PO Number: PO-48213']],
    [100, [60, 'Invoice date: 15/06/2024'], [330, 'Nº de albarán: ALB-77120']],
    [114, [60, 'Invoice No: INV-2024-0042']],
    [160, [300, 'Total'], [460, '342.00']],
  ]);

  it("reads the invoice's number from its own label, never from 'PO Number' or 'Nº de albarán'", async () => {
    const out = await run({ fields: [{ name: 'po_number', type: 'string' }, { name: 'invoice_number', type: 'string' }, { name: 'vendor_address', type: 'string' }, { name: 'vendor', type: 'string' }] }, page);
    expect(out.results).toEqual({ po_number: 'PO-48213', invoice_number: 'INV-2024-0042', vendor_address: 'Hauptstrasse 21 10115 Berlin', vendor: 'Orbit Office GmbH' });
  });

  it('a bare number label names the document only when nothing else qualifies it', async () => {
    const bare = pageOf([[40, [60, 'PO Number: PO-48213']], [60, [60, 'No. 12345']]]);
    expect((await run({ fields: [{ name: 'invoice_number', type: 'string' }] }, bare)).results.invoice_number).toBe('12345');
  });
});

describe('offline provider: contact, tax and bank details', () => {
  const page = pageOf([
    [40, [60, 'Blue Harbor Trading LLC'], [330, 'Invoice No: A-2020-3133']],
    [54, [60, '220 Pier Avenue'], [330, 'Date: 2023-07-05']],
    [68, [60, 'Tlf: +1 503 259 6589']],
    [770, [60, 'Tax ID: 32-2658585']],
    [784, [60, 'Bank account (IBAN): DE15 6220 8903 3781 2163 59']],
  ]);

  it("finds a phone under a short label, never the digits of a code or a date; a hyphenated tax id whole; a label's qualifier is not its value", async () => {
    const out = await run({ fields: [{ name: 'phone', type: 'string' }, { name: 'tax_id', type: 'string' }, { name: 'bank_account', type: 'string' }] }, page);
    expect(out.results).toEqual({ phone: '+1 503 259 6589', tax_id: '32-2658585', bank_account: 'DE15 6220 8903 3781 2163 59' });
    const noPhone = pageOf([[40, [60, 'Invoice No: A-2020-3133']], [54, [60, 'Date: 2023-07-05']]]);
    expect((await run({ fields: [{ name: 'phone', type: 'string' }] }, noPhone)).results.phone).toBeNull();
  });

  it('reads back an IBAN whose check digits OCR misread, verified by its check number; an unverifiable one is flagged', async () => {
    const scan = pageOf([[60, [60, 'IBAN: ESOS 5366 4561 8088 3794 3004']]], 90);
    const out = await run({ fields: [{ name: 'iban', type: 'string' }] }, scan);
    expect(out.results.iban).toBe('ES08 5366 4561 8088 3794 3004');
    const wrong = pageOf([[60, [60, 'IBAN: ES09 5366 4561 8088 3794 3004']]], 90);
    expect((await run({ fields: [{ name: 'iban', type: 'string' }] }, wrong)).confidenceScores.iban).toBeLessThan(80);
  });

  it('reads back an email whose "@" OCR read as a letter, with a confidence that flags it for review', async () => {
    const scan = pageOf([[60, [60, 'Email: billing Otallerespgarcia.es']]], 90);
    const out = await run({ fields: [{ name: 'email', type: 'string' }] }, scan);
    expect(out.results.email).toBe('billing@tallerespgarcia.es');
    expect(out.confidenceScores.email).toBeLessThan(80);
  });
});
