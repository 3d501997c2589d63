// Invoice layouts and schema names the first generated set lacked: the issuer and the customer side by
// side with their addresses, a discount and a net total, a payment already made (balance due ≠ total),
// line items running onto a second page, "NIF/CIF" labels, a field named only "account".
import { describe, expect, it } from 'vitest';
import { createOfflineProvider } from '../../../src/engine/offline/index.ts';
import { runExtraction } from '../../../src/engine/pipeline.ts';
import type { FieldDef, Page } from '../../../src/engine/types.ts';
import { pageOf, textOf, type Row } from './pages.ts';

async function extract(fields: FieldDef[], pages: Page[]) {
  return (await runExtraction(createOfflineProvider(), { schema: { fields }, pages, text: pages.map(textOf).join('\n'), mode: 'advanced' })).results;
}

/** The name printed large, as invoices print the issuer. */
function large(page: Page, text: string) {
  for (const w of page.words.filter((x) => text.split(' ').includes(x.text))) w.box = [w.box[0], w.box[1] - 8, w.box[0] + (w.box[2] - w.box[0]) * 1.8, w.box[3]];
  return page;
}

/** A second page: its own number and word ids. */
const secondPage = (rows: Row[]): Page => {
  const page = pageOf(rows);
  return { ...page, number: 2, words: page.words.map((w) => ({ ...w, id: w.id.replace(/^p1-/, 'p2-') })) };
};

const money = (name: string, description?: string): FieldDef => ({ name, type: 'number', ...(description ? { description } : {}) });

const HEAD: Row[] = [
  [50, [50, 'Blue Harbor Trading LLC'], [320, 'Billed to:']],
  [64, [320, 'Maple Accounting Inc']],
  [70, [50, '220 Pier Avenue, Suite 5']],
  [78, [320, '1200 Elm Street']],
  [82, [50, 'Portland, OR 97209']],
  [92, [320, 'Dallas, TX 75201']],
  [150, [50, 'Invoice #'], [250, 'F-2022/94227']],
];

describe('harder invoice layouts', () => {
  it("reads the issuer's address in its own column, not the customer's printed beside it", async () => {
    const page = large(pageOf(HEAD), 'Blue Harbor Trading LLC');
    const out = await extract([{ name: 'vendor_name', type: 'string' }, { name: 'vendor_address', type: 'string' }], [page]);
    expect(out).toMatchObject({ vendor_name: 'Blue Harbor Trading LLC', vendor_address: '220 Pier Avenue, Suite 5 Portland, OR 97209' });
  });

  const PAID: Row[] = [
    [300, [370, 'Subtotal'], [480, '30,064.26 USD']],
    [316, [310, 'Less discount (10%)'], [480, '-3,006.43 USD']],
    [332, [360, 'Net total'], [480, '27,057.83 USD']],
    [348, [350, 'Sales tax 20%'], [480, '5,411.57 USD']],
    [364, [380, 'TOTAL'], [480, '32,469.40 USD']],
    [380, [300, 'Less payment received'], [480, '-19,735.00 USD']],
    [396, [320, 'Balance due'], [480, '12,734.40 USD']],
  ];

  it('tells the total, the payment made and the balance due apart by the arithmetic the invoice prints', async () => {
    const out = await extract([money('total_amount'), money('amount_paid'), money('balance_due')], [pageOf([...HEAD, ...PAID])]);
    expect(out).toMatchObject({ total_amount: 32469.4, amount_paid: 19735, balance_due: 12734.4 });
    // Other wording: the payment in parentheses under a label printing alternatives, the balance as "Amount Due".
    const other = pageOf([...HEAD, [300, [350, 'Sub Total'], [480, '500.00']], [316, [350, 'Total'], [480, '500.00']], [332, [350, 'Payments/Credits'], [480, '(200.00)']], [348, [350, 'Amount Due'], [480, '$300.00']]]);
    expect(await extract([money('total_amount'), money('amount_paid'), money('balance_due')], [other])).toMatchObject({ total_amount: 500, amount_paid: 200, balance_due: 300 });
  });

  it('is sure of the total and the balance once total − deposit = amount due, though "Amount due" is a label of totals too', async () => {
    const rows: Row[] = [
      [276, [50, 'Subtotal'], [490, '1,750.00']],
      [292, [50, 'VAT 20%'], [500, '350.00']],
      [308, [50, 'Total'], [490, '2,100.00']],
      [324, [50, 'Less: Deposit paid'], [500, '-500.00']],
      [340, [50, 'Amount due'], [490, '1,600.00']],
    ];
    const page = pageOf([...HEAD, ...rows]);
    const out = await runExtraction(createOfflineProvider(), { schema: { fields: [money('total_amount'), money('balance_due')] }, pages: [page], text: textOf(page), mode: 'advanced' });
    expect(out.results).toMatchObject({ total_amount: 2100, balance_due: 1600 });
    // Both at or above the review threshold (80): the arithmetic the invoice prints confirms them.
    expect(out.confidenceScores.total_amount).toBeGreaterThanOrEqual(80);
    expect(out.confidenceScores.balance_due).toBeGreaterThanOrEqual(80);
  });

  it('with no payment printed, nothing is paid and the balance due is the total', async () => {
    const rows = PAID.slice(0, 5);
    const out = await extract([money('total_amount'), money('amount_paid'), money('balance_due')], [pageOf([...HEAD, ...rows])]);
    expect(out).toMatchObject({ total_amount: 32469.4, amount_paid: null, balance_due: 32469.4 });
  });

  it("takes the label that says the field's name among labels of one kind: the net total after a discount, the subtotal before it", async () => {
    const page = pageOf([...HEAD, ...PAID]);
    expect(await extract([money('net_total'), money('subtotal')], [page])).toMatchObject({ net_total: 27057.83, subtotal: 30064.26 });
    // A name that says nothing: the description does ("Importe neto" on a Spanish invoice).
    const es = pageOf([
      [300, [370, 'Subtotal'], [480, '1.000,00 €']],
      [316, [370, 'Dto. 10%'], [480, '-100,00 €']],
      [332, [370, 'Importe neto'], [480, '900,00 €']],
      [348, [370, 'IVA (21%)'], [480, '189,00 €']],
      [364, [370, 'Total factura'], [480, '1.089,00 €']],
    ]);
    expect(await extract([money('field_a', 'Net total: the amount after discounts, before tax')], [es])).toMatchObject({ field_a: 900 });
  });

  it('reads amounts whose thousands are grouped with spaces, one word per group ("29 596,40 €")', async () => {
    const page = pageOf([...HEAD, [300, [370, 'Subtotal'], [470, '29 596,40 €']], [316, [370, 'IVA 21%'], [470, '6 215,24 €']], [332, [370, 'Total'], [470, '35 811,64 €']]]);
    expect(await extract([money('subtotal'), money('tax_amount'), money('total_amount')], [page])).toMatchObject({ subtotal: 29596.4, tax_amount: 6215.24, total_amount: 35811.64 });
  });

  it('reads line items that run onto the next page, with or without their header printed again', async () => {
    const header: Row = [250, [50, 'Description'], [300, 'Qty'], [380, 'Unit price'], [500, 'Amount']];
    const first = pageOf([...HEAD, header, [270, [50, 'Desk lamps'], [300, '2'], [390, '10.00'], [500, '20.00']], [288, [50, 'Toner cartridge'], [300, '1'], [390, '35.50'], [500, '35.50']], [790, [50, 'Continued on next page']]]);
    const items = { name: 'line_items', type: 'list', items: { name: 'item', type: 'object', fields: [{ name: 'description', type: 'string' }, { name: 'quantity', type: 'integer' }, { name: 'unit_price', type: 'number' }, { name: 'amount', type: 'number' }] } } as FieldDef;
    const rest: Row[] = [[80, [50, 'Delivery'], [300, '3'], [390, '5.00'], [500, '15.00']], [110, [370, 'Subtotal'], [500, '70.50']], [126, [370, 'Total'], [500, '84.60']]];
    const expected = [
      { description: 'Desk lamps', quantity: 2, unit_price: 10, amount: 20 },
      { description: 'Toner cartridge', quantity: 1, unit_price: 35.5, amount: 35.5 },
      { description: 'Delivery', quantity: 3, unit_price: 5, amount: 15 },
    ];
    // A running head above the rows is no row.
    expect((await extract([items], [first, secondPage([[50, [50, 'Blue Harbor Trading LLC - F-2022/94227']], ...rest])])).line_items).toEqual(expected);
    expect((await extract([items], [first, secondPage([[60, ...header.slice(1)] as Row, ...rest])])).line_items).toEqual(expected);
  });

  it('reads a label printing alternatives ("NIF/CIF:") as each, over an order code of the same shape', async () => {
    const page = pageOf([...HEAD, [170, [50, 'Nº de pedido:'], [250, 'PO-307994']], [760, [50, 'NIF/CIF: B28933684']]]);
    expect(await extract([{ name: 'vendor_tax_id', type: 'string', description: 'Tax identification (VAT or NIF) number of the issuer' }], [page])).toMatchObject({ vendor_tax_id: 'B28933684' });
  });

  it('takes no date for the invoice number when "factura" labels the date ("Fecha factura:")', async () => {
    const page = pageOf([[150, [320, 'Factura nº:'], [480, 'F-2023/55281']], [164, [320, 'Fecha factura:'], [480, '2 de enero de 2023']]]);
    expect(await extract([{ name: 'invoice_number', type: 'string', description: 'Invoice number' }], [page])).toMatchObject({ invoice_number: 'F-2023/55281' });
  });

  it('reads a field named only "account" as the IBAN to pay into', async () => {
    // The word "account" printed only on another number's label.
    const page = pageOf([...HEAD, [170, [50, 'Customer account: 55120']], [760, [50, 'IBAN: GB31 LOYD 9504 5245 1069 90']]]);
    expect(await extract([{ name: 'account', type: 'string' }], [page])).toMatchObject({ account: 'GB31 LOYD 9504 5245 1069 90' });
  });
});
