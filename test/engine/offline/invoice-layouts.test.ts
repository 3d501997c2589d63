// Invoice layouts the receipts do not show: a customer block beside the issuer's name, labels above their
// values with no colon, captions printed under their values, a key/value block beside the issuer's
// address, "N°" labels, and a total whose label holds the word "factura".
import { describe, expect, it } from 'vitest';
import { createOfflineProvider } from '../../../src/engine/offline/index.ts';
import { runExtraction } from '../../../src/engine/pipeline.ts';
import type { Page, SchemaDef } from '../../../src/engine/types.ts';
import { pageOf, textOf } from './pages.ts';

const SCHEMA: SchemaDef = {
  fields: [
    { name: 'vendor_name', type: 'string', description: 'Company that issued the invoice' },
    { name: 'vendor_address', type: 'string', description: 'Address of the company that issued the invoice' },
    { name: 'customer_name', type: 'string', description: 'Customer the invoice is billed to' },
    { name: 'invoice_number', type: 'string', description: 'Invoice number' },
    { name: 'invoice_date', type: 'date', description: 'Date the invoice was issued' },
    { name: 'due_date', type: 'date', description: 'Date the payment is due' },
  ],
};

async function extract(page: Page) {
  return (await runExtraction(createOfflineProvider(), { schema: SCHEMA, pages: [page], text: textOf(page), mode: 'advanced' })).results;
}

/** The name printed large, as invoices print the issuer. */
function large(page: Page, text: string) {
  for (const w of page.words.filter((x) => text.split(' ').includes(x.text))) w.box = [w.box[0], w.box[1] - 8, w.box[0] + (w.box[2] - w.box[0]) * 1.8, w.box[3]];
  return page;
}

describe('invoice layouts', () => {
  it('reads the customer under its label, not the issuer printed far right on the label row', async () => {
    const page = large(pageOf([
      [50, [50, 'Bill to:'], [340, 'Northwind Supplies Inc']],
      [64, [50, 'Maple Accounting Inc'], [340, '88 King Street West']],
      [78, [340, 'Toronto ON M5H 1J9']],
      [120, [50, 'Invoice No: FAC-2023-0899']],
    ]), 'Northwind Supplies Inc');
    expect(await extract(page)).toMatchObject({ vendor_name: 'Northwind Supplies Inc', customer_name: 'Maple Accounting Inc', invoice_number: 'FAC-2023-0899' });
  });

  it('reads values under labels that carry no colon, past a neighbour that is a label too', async () => {
    const page = large(pageOf([
      [50, [50, 'Orbit Office GmbH']],
      [70, [50, 'Hauptstrasse 21']],
      [84, [50, '10115 Berlin']],
      [150, [50, 'Invoice #'], [220, 'Invoice date'], [390, 'Payment due']],
      [163, [50, 'A-2022-4410'], [220, '26.01.2022'], [390, '25.02.2022']],
    ]), 'Orbit Office GmbH');
    expect(await extract(page)).toMatchObject({ invoice_number: 'A-2022-4410', invoice_date: '2022-01-26', due_date: '2022-02-25' });
  });

  it('reads values over their captions', async () => {
    const page = large(pageOf([
      [50, [50, 'Talleres García S.A.']],
      [70, [50, 'Avenida del Puerto 45']],
      [84, [50, '46023 Valencia']],
      [150, [50, 'FAC-2024-5153'], [220, '18/03/2021'], [390, '17/04/2021']],
      [163, [50, 'Nº factura'], [220, 'Fecha factura'], [390, 'Vencimiento']],
    ]), 'Talleres García S.A.');
    // Captions are printed smaller than their values.
    for (const w of page.words.filter((x) => x.line === 4)) w.box = [w.box[0], w.box[1] + 2, w.box[2], w.box[3] - 1];
    expect(await extract(page)).toMatchObject({ invoice_number: 'FAC-2024-5153', invoice_date: '2021-03-18', due_date: '2021-04-17' });
  });

  it('takes the customer for another party than the issuer even when its label sits beside the issuer', async () => {
    const page = large(pageOf([
      [50, [50, 'Cliente:'], [250, 'Talleres García S.A.']],
      [64, [50, 'Hotel Las Palmeras S.A.'], [250, 'Avenida del Puerto 45']],
      [78, [250, '46023 Valencia']],
    ]), 'Talleres García S.A.');
    expect(await extract(page)).toMatchObject({ vendor_name: 'Talleres García S.A.', customer_name: 'Hotel Las Palmeras S.A.' });
  });

  it('ends an address row where a label/value pair beside it starts', async () => {
    const page = large(pageOf([
      [50, [50, 'Northwind Supplies Inc'], [340, 'INVOICE']],
      [72, [50, '88 King Street West']],
      [85, [50, 'Toronto ON M5H 1J9'], [340, 'Invoice No:'], [450, 'FAC-2021-1601']],
      [99, [340, 'Issue date:'], [450, '13 April 2024']],
    ]), 'Northwind Supplies Inc');
    expect(await extract(page)).toMatchObject({ vendor_address: '88 King Street West Toronto ON M5H 1J9', invoice_number: 'FAC-2021-1601' });
  });

  it('reads a "N°" label, and takes no amount for an identifier', async () => {
    const page = large(pageOf([
      [30, [30, 'Distribuciones Norte S.L.U.']],
      [56, [230, 'Factura N°:'], [300, 'F-2025-7545']],
      [65, [230, 'Fecha:'], [300, '2024-07-19']],
      [300, [300, 'TOTAL FACTURA'], [420, '5.489,46']],
    ]), 'Distribuciones Norte S.L.U.');
    expect(await extract(page)).toMatchObject({ invoice_number: 'F-2025-7545' });
    // With no number printed, the amount of "TOTAL FACTURA" is still no invoice number.
    const noNumber = large(pageOf([
      [30, [30, 'Distribuciones Norte S.L.U.']],
      [65, [230, 'Fecha:'], [300, '2024-07-19']],
      [300, [300, 'TOTAL FACTURA'], [420, '5.489,46']],
    ]), 'Distribuciones Norte S.L.U.');
    expect((await extract(noNumber)).invoice_number).toBeNull();
  });
});
