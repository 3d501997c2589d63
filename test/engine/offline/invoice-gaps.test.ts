// Invoice wording the generated set and the harder layouts left out: what is left to pay after a payment,
// a ship-to party alone, thousands grouped with spaces before a decimal point, long dates and date labels
// in German, French, Portuguese and Italian, labels printed in two languages, Canadian and European tax
// names and Canada's Business Number, fields named for the amount after a discount, order-number labels and
// legal forms of German, French, Italian and Portuguese invoices, and the issuer's address beside the customer's.
import { describe, expect, it } from 'vitest';
import { amountCandidates } from '../../../src/engine/offline/amounts.ts';
import { createOfflineProvider } from '../../../src/engine/offline/index.ts';
import { linesOf } from '../../../src/engine/offline/lines.ts';
import { roleOf } from '../../../src/engine/offline/vocabulary.ts';
import { runExtraction } from '../../../src/engine/pipeline.ts';
import type { FieldDef, Page } from '../../../src/engine/types.ts';
import { pageOf, textOf, type Row } from './pages.ts';

async function extract(fields: FieldDef[], rows: Row[]) {
  const pages: Page[] = [pageOf(rows)];
  return (await runExtraction(createOfflineProvider(), { schema: { fields }, pages, text: pages.map(textOf).join('\n'), mode: 'advanced' })).results;
}

/** The name printed large, as invoices print the issuer. */
function large(page: Page, name: string) {
  for (const w of page.words.filter((x) => name.split(' ').includes(x.text))) w.box = [w.box[0], w.box[1] - 8, w.box[0] + (w.box[2] - w.box[0]) * 1.8, w.box[3]];
  return page;
}

const money = (name: string, description?: string): FieldDef => ({ name, type: 'number', ...(description ? { description } : {}) });
const text = (name: string, description?: string): FieldDef => ({ name, type: 'string', ...(description ? { description } : {}) });
const date = (name: string): FieldDef => ({ name, type: 'date' });

const HEAD: Row[] = [
  [50, [50, 'Northwind Supplies Inc']],
  [64, [50, '88 King Street West']],
  [78, [50, 'Toronto ON M5H 1J9']],
];
const TOTALS: Row[] = [
  [300, [350, 'Subtotal'], [480, '1,750.00']],
  [316, [350, 'Tax'], [480, '350.00']],
  [332, [350, 'Total'], [480, '2,100.00']],
];

describe('what is left to pay', () => {
  it('reads fields named like an amount due, a balance or an amount payable as the balance', () => {
    for (const name of ['amount_due', 'amountPayable', 'payable', 'balance', 'due_amount']) expect(roleOf(name)).toBe('balance');
    // What was paid is its own amount; a total paid is still the total.
    expect(roleOf('paid')).toBe('paid');
    expect(roleOf('total_paid')).toBe('total');
  });

  it('takes the balance line printed after a payment', async () => {
    const rows = [...HEAD, ...TOTALS, [348, [350, 'Amount paid'], [480, '500.00']], [364, [350, 'Balance due'], [480, '1,600.00']]] as Row[];
    expect(await extract([money('amount_due'), money('total_amount')], rows)).toEqual({ amount_due: 1600, total_amount: 2100 });
  });

  it('with only the payment printed, is the total less the payment; with no payment printed, the total', async () => {
    const rows = [...HEAD, ...TOTALS, [348, [350, 'Less payment received'], [480, '-500.00']]] as Row[];
    expect(await extract([money('amount_due'), money('balance_due')], rows)).toEqual({ amount_due: 1600, balance_due: 1600 });
    expect(await extract([money('amount_due'), money('amount_payable')], [...HEAD, ...TOTALS])).toEqual({ amount_due: 2100, amount_payable: 2100 });
  });
});

describe('the customer', () => {
  const customer = text('customer_name', 'Customer the invoice is billed to');

  it('is the ship-to party when no Bill-to is printed, the Bill-to party when both are', async () => {
    const shipped: Row[] = [...HEAD, [110, [50, 'Ship to:']], [124, [50, 'Harbour Logistics Ltd']], [138, [50, '7 Harbour Road']]];
    expect(await extract([customer], shipped)).toEqual({ customer_name: 'Harbour Logistics Ltd' });
    const both: Row[] = [...HEAD, [110, [50, 'Ship to:'], [320, 'Bill to:']], [124, [50, 'Depot Seven Ltd'], [320, 'Maple Accounting Inc']]];
    expect(await extract([customer], both)).toEqual({ customer_name: 'Maple Accounting Inc' });
  });
});

describe('thousands grouped with a space before a decimal point', () => {
  it('reads "2 100.00" as one amount', async () => {
    const rows: Row[] = [...HEAD, [300, [370, 'Subtotal'], [470, '2 100.00']], [316, [370, 'Tax'], [470, '273.00']], [332, [370, 'Total'], [470, '2 373.00']]];
    expect(await extract([money('subtotal'), money('tax_amount'), money('total_amount')], rows)).toEqual({ subtotal: 2100, tax_amount: 273, total_amount: 2373 });
  });

  const literals = (rows: Row[]) => amountCandidates(linesOf([pageOf(rows)]), money('subtotal'), 'subtotal').map((c) => c.literal);

  it('does not join a count and the price beside it when the row prints their product', () => {
    // A table set tight: the quantity one space left of the unit price, the line's amount after them.
    const rows: Row[] = [[250, [50, 'Desk lamps'], [300, '2'], [311, '100.00'], [480, '200.00']], [300, [370, 'Subtotal'], [480, '200.00']]];
    expect(literals(rows)).not.toContain('2 100.00');
    expect(literals(rows)).toContain('100.00');
  });

  it('does not join them on a document that groups thousands with commas', () => {
    const rows: Row[] = [[250, [50, 'Consulting hours'], [300, '3'], [311, '450.00']], [300, [370, 'Subtotal'], [480, '1,350.00']]];
    expect(literals(rows)).not.toContain('3 450.00');
  });
});

describe('long dates and date labels of German, French, Portuguese and Italian invoices', () => {
  it.each([
    ['Rechnungsdatum:', '5. März 2024', 'Fälligkeitsdatum:', '4. April 2024'],
    ['Date de facture :', '1er mars 2024', "Date d'échéance :", '31 mars 2024'],
    ['Data:', '5 de março de 2024', 'Vencimento:', '4 de abril de 2024'],
    ['Data fattura:', '5 marzo 2024', 'Scadenza:', '4 aprile 2024'],
  ])('%s %s, %s %s', async (issuedLabel, issued, dueLabel, due) => {
    const rows: Row[] = [...HEAD, [150, [50, issuedLabel], [200, issued]], [164, [50, dueLabel], [200, due]]];
    const out = await extract([date('invoice_date'), date('due_date')], rows);
    expect(out.invoice_date).toMatch(/^2024-03-0[15]$/);
    expect(out.due_date).toMatch(/^2024-0[34]-(04|31)$/);
    expect(out.due_date).not.toBe(out.invoice_date);
  });
});

describe('labels printed in two languages', () => {
  it('reads the value after both labels, in the next cell or after the second label\'s colon', async () => {
    const rows: Row[] = [
      ...HEAD,
      [110, [50, 'Bill to / Facturer à:']],
      [124, [50, 'Harbour Logistics Ltd']],
      [150, [50, 'Invoice No. / Fakturanr.:'], [250, 'INV-2024-0042']],
      [164, [50, 'Order No. / Bestellnr.: PO-558120']],
    ];
    const out = await extract([text('invoice_number', 'Invoice number'), text('customer_name'), text('po_number')], rows);
    expect(out).toEqual({ invoice_number: 'INV-2024-0042', customer_name: 'Harbour Logistics Ltd', po_number: 'PO-558120' });
  });

  it('reads a German date after "Datum"', async () => {
    const rows: Row[] = [...HEAD, [150, [50, 'Invoice No. / Rechnungsnr.:'], [250, 'RE-2024/0042']], [164, [50, 'Date / Datum:'], [250, '5. März 2024']]];
    expect(await extract([text('invoice_number', 'Invoice number'), date('invoice_date')], rows)).toEqual({ invoice_number: 'RE-2024/0042', invoice_date: '2024-03-05' });
  });
});

describe('tax lines and tax numbers', () => {
  it.each(['HST 13%', 'QST 9.975%', 'TPS/TVQ', 'TVA 20%', 'MwSt. 19%', 'USt 19%'])('reads a "%s" row as the tax, not the total', async (label) => {
    const rows: Row[] = [...HEAD, [300, [350, 'Subtotal'], [480, '1,000.00']], [316, [350, label], [480, '130.00']], [332, [350, 'Total'], [480, '1,130.00']]];
    expect(await extract([money('tax_amount'), money('total_amount')], rows)).toEqual({ tax_amount: 130, total_amount: 1130 });
  });

  it("reads Canada's Business Number with its program account as the issuer's tax id", async () => {
    const field = text('vendor_tax_id', 'Tax identification (VAT or NIF) number of the issuer');
    expect(await extract([field], [...HEAD, [760, [50, 'BN: 123456789RT0001']]])).toEqual({ vendor_tax_id: '123456789RT0001' });
    expect(await extract([field], [...HEAD, [760, [50, 'GST/HST No. 987654321 RT0001']]])).toEqual({ vendor_tax_id: '987654321 RT0001' });
  });
});

describe('the amount after a discount', () => {
  const rows: Row[] = [
    ...HEAD,
    [300, [350, 'Subtotal'], [480, '1,000.00']],
    [316, [350, 'Discount 10%'], [480, '-100.00']],
    [332, [350, 'Net amount'], [480, '900.00']],
    [348, [350, 'VAT 20%'], [480, '180.00']],
    [364, [350, 'Total'], [480, '1,080.00']],
  ];

  it('reads fields named for it as the net total, not the discount or the total', async () => {
    for (const name of ['total_after_discount', 'discountedTotal', 'total_neto']) expect(roleOf(name)).toBe('subtotal');
    expect(await extract([money('total_after_discount'), money('subtotal'), money('total_amount')], rows)).toEqual({ total_after_discount: 900, subtotal: 1000, total_amount: 1080 });
    expect(await extract([money('discounted_total')], rows)).toEqual({ discounted_total: 900 });
  });
});

describe('order numbers and issuers of German, French and Italian invoices', () => {
  it.each(['Bestellnr.:', 'Commande n° :', 'Ordine n.:'])('reads the order number after "%s", not the invoice number', async (label) => {
    const rows: Row[] = [...HEAD, [150, [50, 'Facture n° :'], [220, 'F-2024/6623']], [164, [50, label], [220, 'PO-945803']]];
    expect(await extract([text('po_number', 'Purchase order number of the customer')], rows)).toEqual({ po_number: 'PO-945803' });
  });

  it("takes an Italian or Portuguese legal form (S.r.l., S.p.A., Lda) for the issuer's, over the customer's beside it", async () => {
    for (const vendor of ['Forniture Adriatiche S.r.l.', 'Cantieri Navali S.p.A.', 'Papelaria Lusitana Lda']) {
      const page = large(pageOf([[50, [50, vendor], [320, 'Bill to:']], [64, [320, 'Harbour Logistics Ltd']], [70, [50, 'Via Torino 45']], [82, [50, '20123 Milano']]]), vendor);
      const out = await runExtraction(createOfflineProvider(), { schema: { fields: [text('vendor_name', 'Company that issued the invoice')] }, pages: [page], text: textOf(page), mode: 'advanced' });
      expect(out.results).toEqual({ vendor_name: vendor });
    }
  });
});

describe("the issuer's address beside the customer's", () => {
  const issuer = (rows: Row[]) => large(pageOf(rows), 'Northwind Supplies Inc');
  const fields = [text('vendor_name'), text('vendor_address', 'Address of the company that issued the invoice')];
  const read = async (page: Page) => (await runExtraction(createOfflineProvider(), { schema: { fields }, pages: [page], text: textOf(page), mode: 'advanced' })).results;

  it("runs on past a row that holds only the customer's text, set between the issuer's rows", async () => {
    // The customer's rows sit half a line lower than the issuer's, as a reader may give them.
    const page = issuer([
      [50, [50, 'Northwind Supplies Inc'], [320, 'Ship to:']],
      [64, [320, 'Harbour Logistics Ltd']],
      [70, [50, '88 King Street West']],
      [76, [320, '1200 Elm Street']],
      [82, [50, 'Toronto ON M5H 1J9']],
      [88, [320, 'Dallas, TX 75201']],
      [150, [50, 'Invoice #'], [220, 'RE-2024/3044']],
    ]);
    expect(await read(page)).toEqual({ vendor_name: 'Northwind Supplies Inc', vendor_address: '88 King Street West Toronto ON M5H 1J9' });
  });

  it('ends before a Spanish email row ("Correo:")', async () => {
    const page = issuer([[50, [50, 'Northwind Supplies Inc']], [70, [50, '88 King Street West']], [82, [50, 'Toronto ON M5H 1J9']], [94, [50, 'Correo: billing@northwind.ca']]]);
    expect(await read(page)).toEqual({ vendor_name: 'Northwind Supplies Inc', vendor_address: '88 King Street West Toronto ON M5H 1J9' });
  });
});
