// The offline provider through the real pipeline on generated pages: label/value layouts, Spanish
// labels and number formats, line-item tables, receipts whose total the document's arithmetic confirms.
import { describe, expect, it } from 'vitest';
import { createOfflineProvider } from '../../../src/engine/offline/index.ts';
import { runExtraction } from '../../../src/engine/pipeline.ts';
import type { Page, SchemaDef } from '../../../src/engine/types.ts';
import { pageOf, textOf } from './pages.ts';

const run = (schema: SchemaDef, page: Page, language?: string) =>
  runExtraction(createOfflineProvider(), { schema, pages: [page], text: textOf(page), mode: 'advanced', language });

const INVOICE: SchemaDef = {
  fields: [
    { name: 'vendor_name', type: 'string', description: 'Company that issued the invoice' },
    { name: 'invoice_number', type: 'string', description: 'Invoice number' },
    { name: 'invoice_date', type: 'date', description: 'Date the invoice was issued' },
    { name: 'due_date', type: 'date', description: 'Payment due date' },
    { name: 'total_amount', type: 'number', description: 'Total amount to pay', required: true },
    { name: 'email', type: 'string', description: 'Contact email' },
  ],
};

describe('offline provider: label/value layouts', () => {
  it('reads values after a colon, in the next cell of the row and under their label', async () => {
    const page = pageOf([
      [40, [60, 'Northwind Supplies Inc']],
      [56, [60, '12 Harbour Road, Bristol']],
      [100, [60, 'Invoice number:'], [330, 'Due date:']],
      [114, [60, 'NW-2024-0042'], [330, '30/07/2024']],
      [140, [60, 'Date: 15/06/2024'], [330, 'Email: billing@northwind.example']],
      [400, [60, 'Subtotal'], [400, '1,000.00']],
      [416, [60, 'VAT 20%'], [400, '200.00']],
      [432, [60, 'Total due'], [400, '1,200.00']],
    ]);
    const out = await run(INVOICE, page);
    expect(out.results).toEqual({
      vendor_name: 'Northwind Supplies Inc',
      invoice_number: 'NW-2024-0042',
      invoice_date: '2024-06-15',
      due_date: '2024-07-30',
      total_amount: 1200,
      email: 'billing@northwind.example',
    });
    // Grounded to the words the provider chose.
    const total = out.fields.find((f) => f.path === 'total_amount')!;
    expect(total.wordIds).toEqual([page.words.find((w) => w.text === '1,200.00')!.id]);
    expect(total.confidence).toBeGreaterThan(80);
  });

  it('reads Spanish labels, day-first dates and comma decimals', async () => {
    const page = pageOf([
      [40, [60, 'Papelería Central S.L.']],
      [56, [60, 'Calle Mayor 5, 28013 Madrid']],
      [100, [60, 'Nº factura: FAC-2023-118']],
      [116, [60, 'Fecha de emisión: 03/04/2023']],
      [400, [60, 'Base imponible'], [400, '1.000,00']],
      [416, [60, 'IVA 21%'], [400, '210,00']],
      [432, [60, 'Total a pagar'], [400, '1.210,00 €']],
    ]);
    const out = await run(
      {
        fields: [
          { name: 'proveedor', type: 'string', description: 'Empresa emisora' },
          { name: 'numero_factura', type: 'string', description: 'Número de factura' },
          { name: 'fecha', type: 'date', description: 'Fecha de la factura' },
          { name: 'base_imponible', type: 'number' },
          { name: 'iva', type: 'number', description: 'Impuesto' },
          { name: 'total', type: 'number', description: 'Importe total' },
        ],
      },
      page,
      'spa',
    );
    expect(out.results).toEqual({ proveedor: 'Papelería Central S.L.', numero_factura: 'FAC-2023-118', fecha: '2023-04-03', base_imponible: 1000, iva: 210, total: 1210 });
  });

  it('reports a missing field as missing and flags it', async () => {
    const page = pageOf([[40, [60, 'Acme Widgets Ltd']], [100, [60, 'Thank you for your business']]]);
    const out = await run({ fields: [{ name: 'total_amount', type: 'number', required: true }] }, page);
    expect(out.results.total_amount).toBeNull();
    expect(out.reviewFlags.total_amount).toBe(true);
  });
});

describe('offline provider: receipts', () => {
  it('takes the total the document confirms (tendered − change, total + rounding) over a larger or earlier amount', async () => {
    const page = pageOf([
      [20, [80, 'KEDAI MAJU SDN BHD']],
      [34, [60, '(123456-X)']],
      [48, [60, 'NO 12, JALAN BESAR,']],
      [62, [60, '43000 KAJANG, SELANGOR']],
      [76, [60, 'TEL: 03-1234 5678']],
      [100, [60, 'DATE: 05/03/2018']],
      [140, [40, 'ITEM A'], [200, '7.96']],
      [154, [40, 'ITEM B'], [200, '3.00']],
      [180, [40, 'TOTAL INCL GST'], [200, '10.96']],
      [194, [40, 'ROUNDING ADJ'], [200, '-0.01']],
      [208, [40, 'TOTAL'], [200, '10.95']],
      [222, [40, 'CASH'], [200, '50.00']],
      [236, [40, 'CHANGE'], [200, '39.05']],
    ], 92);
    const out = await run(
      {
        fields: [
          { name: 'company', type: 'string', description: 'Name of the company or store that issued the receipt' },
          { name: 'date', type: 'date', description: 'Date of the receipt' },
          { name: 'address', type: 'string', description: 'Address of the company or store' },
          { name: 'total', type: 'number', description: 'Total amount paid' },
        ],
      },
      page,
    );
    expect(out.results).toEqual({ company: 'KEDAI MAJU SDN BHD', date: '2018-03-05', address: 'NO 12, JALAN BESAR, 43000 KAJANG, SELANGOR', total: 10.95 });
  });
});

describe('offline provider: a bare "amount"', () => {
  const page = pageOf([
    [40, [60, 'Orbit Office GmbH']],
    [100, [60, 'Description'], [300, 'Qty'], [460, 'Amount']],
    [118, [60, 'Office chairs'], [300, '2'], [460, '240.00']],
    [132, [60, 'Printer paper A4'], [300, '10'], [460, '45.00']],
    [170, [300, 'Total'], [460, '285.00']],
  ]);

  it("is the document's amount to pay when no other field is the total: the rounded total, not the line before", async () => {
    const receipt = pageOf([
      [20, [80, 'KEDAI MAJU SDN BHD']],
      [100, [60, 'DATE: 05/03/2018']],
      [140, [40, 'ITEM A'], [200, '7.96']],
      [154, [40, 'ITEM B'], [200, '3.00']],
      [180, [40, 'TOTAL INCL GST'], [200, '10.96']],
      [194, [40, 'ROUNDING ADJ'], [200, '-0.01']],
      [208, [40, 'TOTAL'], [200, '10.95']],
      [222, [40, 'CASH'], [200, '50.00']],
      [236, [40, 'CHANGE'], [200, '39.05']],
    ], 92);
    expect((await run({ fields: [{ name: 'amount', type: 'number' }] }, receipt)).results.amount).toBe(10.95);
    expect((await run({ fields: [{ name: 'amount', type: 'number' }] }, page)).results.amount).toBe(285);
  });

  it('is a line amount beside a total field and inside line items', async () => {
    const out = await run(
      {
        fields: [
          { name: 'total', type: 'number' },
          { name: 'items', type: 'list', items: { name: 'item', type: 'object', fields: [{ name: 'description', type: 'string' }, { name: 'amount', type: 'number' }] } },
        ],
      },
      page,
    );
    expect(out.results).toEqual({ total: 285, items: [{ description: 'Office chairs', amount: 240 }, { description: 'Printer paper A4', amount: 45 }] });
  });
});

describe('offline provider: names as schemas write them', () => {
  it("reads 'bill_to' after its label, and 'line_total' as a line's amount column", async () => {
    const page = pageOf([
      [40, [60, 'Orbit Office GmbH']],
      [70, [60, 'Bill to:']],
      [84, [60, 'Maple Accounting Inc']],
      [120, [60, 'Desc'], [300, 'Qty'], [360, 'Price'], [460, 'Total']],
      [138, [60, 'Office chairs'], [300, '2'], [360, '120.00'], [460, '240.00']],
      [152, [60, 'Printer paper A4'], [300, '10'], [360, '4.50'], [460, '45.00']],
      [190, [300, 'Grand total'], [460, '285.00']],
    ]);
    const out = await run(
      {
        fields: [
          { name: 'bill_to', type: 'string' },
          { name: 'items', type: 'list', items: { name: 'item', type: 'object', fields: [{ name: 'desc', type: 'string' }, { name: 'qty', type: 'integer' }, { name: 'price', type: 'number' }, { name: 'line_total', type: 'number' }] } },
          { name: 'grand_total', type: 'number' },
        ],
      },
      page,
    );
    expect(out.results).toEqual({
      bill_to: 'Maple Accounting Inc',
      items: [
        { desc: 'Office chairs', qty: 2, price: 120, line_total: 240 },
        { desc: 'Printer paper A4', qty: 10, price: 4.5, line_total: 45 },
      ],
      grand_total: 285,
    });
  });
});

describe('offline provider: calibration of values read by OCR', () => {
  it('never reports an OCR-read name at 90 or more (no check can confirm it), while a labelled date that parses may be', async () => {
    const page = pageOf([
      [20, [80, 'KEDAI MAJU SDN BHD']],
      [48, [60, 'NO 12, JALAN BESAR,']],
      [62, [60, '43000 KAJANG, SELANGOR']],
      [100, [60, 'DATE: 05/03/2018']],
      [140, [40, 'TOTAL'], [200, '10.95']],
    ], 97);
    const out = await run(
      {
        fields: [
          { name: 'company', type: 'string', description: 'Name of the company or store that issued the receipt' },
          { name: 'date', type: 'date', description: 'Date of the receipt' },
        ],
      },
      page,
    );
    const confidence = (path: string) => out.fields.find((f) => f.path === path)!.confidence!;
    expect(out.results).toEqual({ company: 'KEDAI MAJU SDN BHD', date: '2018-03-05' });
    expect(confidence('company')).toBeLessThan(90);
    expect(confidence('company')).toBeGreaterThanOrEqual(80);
    expect(confidence('date')).toBeGreaterThanOrEqual(90);
  });
});

describe('offline provider: dates', () => {
  it('prefers a date printed again legibly over the labelled one the reader doubts', async () => {
    const page = pageOf([
      [20, [60, 'KEDAI MAJU SDN BHD']],
      [60, [60, 'Date'], [120, '3/04/2019 8:13 PM']],
      [140, [40, 'TOTAL'], [200, '10.95']],
      [300, [60, '30/04/2019 11:11 PM']],
    ], 90);
    page.words.find((w) => w.text === '3/04/2019')!.confidence = 2;
    const out = await run({ fields: [{ name: 'date', type: 'date', description: 'Date of the receipt' }] }, page);
    expect(out.results.date).toBe('2019-04-30');
  });
});

describe('offline provider: line items', () => {
  it('reads one object per table row, matching columns by header and joining wrapped descriptions', async () => {
    const page = pageOf([
      [40, [60, 'Orbit Office GmbH']],
      [100, [60, 'Description'], [300, 'Qty'], [360, 'Unit price'], [460, 'Amount']],
      [118, [60, 'Office chairs, black'], [300, '2'], [360, '120.00'], [460, '240.00']],
      [132, [60, 'with armrests']],
      [146, [60, 'Printer paper A4'], [300, '10'], [360, '4.50'], [460, '45.00']],
      [180, [300, 'Total'], [460, '285.00']],
    ]);
    const out = await run(
      {
        fields: [
          {
            name: 'line_items',
            type: 'list',
            items: {
              name: 'item',
              type: 'object',
              fields: [
                { name: 'description', type: 'string' },
                { name: 'quantity', type: 'integer' },
                { name: 'unit_price', type: 'number' },
                { name: 'amount', type: 'number' },
              ],
            },
          },
          { name: 'total', type: 'number' },
        ],
      },
      page,
    );
    expect(out.results).toEqual({
      line_items: [
        { description: 'Office chairs, black with armrests', quantity: 2, unit_price: 120, amount: 240 },
        { description: 'Printer paper A4', quantity: 10, unit_price: 4.5, amount: 45 },
      ],
      total: 285,
    });
  });

  it('reads Spanish column headers', async () => {
    const page = pageOf([
      [100, [60, 'Concepto'], [300, 'Cantidad'], [380, 'Precio'], [460, 'Importe']],
      [118, [60, 'Mantenimiento'], [300, '3'], [380, '10,50'], [460, '31,50']],
      [150, [380, 'Total'], [460, '31,50']],
    ]);
    const out = await run(
      { fields: [{ name: 'lineas', type: 'list', items: { name: 'l', type: 'object', fields: [{ name: 'concepto', type: 'string' }, { name: 'cantidad', type: 'integer' }, { name: 'precio', type: 'number' }, { name: 'importe', type: 'number' }] } }] },
      page,
    );
    expect(out.results.lineas).toEqual([{ concepto: 'Mantenimiento', cantidad: 3, precio: 10.5, importe: 31.5 }]);
  });
});
