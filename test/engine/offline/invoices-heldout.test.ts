// Invoice layouts of the held-out family (eval/invoices-heldout): an invoice paid in full, credit notes and
// pro-formas numbered as such, a marketplace invoice naming its seller under "Sold by", customer headings of
// billing addresses and letters, the customer's order reference, the invoice date beside an order date, and numbers that other labels own (an
// order number, a postal box, a bank account, a phone number's tail) read as no phone, tax number or PO.
import { describe, expect, it } from 'vitest';
import { createOfflineProvider } from '../../../src/engine/offline/index.ts';
import { runExtraction } from '../../../src/engine/pipeline.ts';
import type { FieldDef, Page } from '../../../src/engine/types.ts';
import { pageOf, textOf, type Row } from './pages.ts';

async function extract(fields: FieldDef[], rows: Row[], confidence = 100) {
  const pages: Page[] = [pageOf(rows, confidence)];
  return (await runExtraction(createOfflineProvider(), { schema: { fields }, pages, text: pages.map(textOf).join('\n'), mode: 'advanced' })).results;
}

const money = (name: string, description?: string): FieldDef => ({ name, type: 'number', ...(description ? { description } : {}) });
const text = (name: string, description?: string): FieldDef => ({ name, type: 'string', ...(description ? { description } : {}) });
const date = (name: string, description?: string): FieldDef => ({ name, type: 'date', ...(description ? { description } : {}) });

const paid = money('amount_paid', 'Amount already paid');
const balance = money('balance_due', 'Balance still due after payments');

describe('invoices in the held-out layouts', () => {
  it('leaves nothing to pay when the payment printed is the whole total ("Paid by card", "Valor recebido")', async () => {
    const english = await extract([paid, balance], [
      [50, [50, 'Oakleaf Home Electronics Ltd']],
      [300, [350, 'Total (excl. VAT)'], [480, '£811.76']],
      [316, [350, 'Total VAT'], [480, '£162.35']],
      [332, [350, 'Invoice total'], [480, '£974.11']],
      [380, [50, 'Paid by card: £974.11']],
    ]);
    expect(english.amount_paid).toBe(974.11);
    expect(english.balance_due).toBe(0);
    const portuguese = await extract([paid, balance], [
      [50, [50, 'Moagem do Douro, S.A.']],
      [300, [340, 'Total ilíquido'], [480, '698,45 €']],
      [315, [340, 'Total IVA'], [480, '41,91 €']],
      [330, [340, 'Total'], [480, '740,36 €']],
      [345, [340, 'Valor recebido'], [480, '740,36 €']],
      [360, [340, 'Em dívida'], [480, '0,00 €']],
    ]);
    expect(portuguese.amount_paid).toBe(740.36);
    expect(portuguese.balance_due).toBe(0);
  });

  it('derives the zero left to pay of a paid invoice, not reading a scrap of OCR that parses as zero as the printed balance', async () => {
    const out = await extract([balance], [
      [50, [50, 'Technikhandel Brandt e.K.']],
      [300, [340, 'Summe netto'], [480, '375,24 €']],
      [316, [340, 'Summe USt.'], [480, '71,29 €']],
      [332, [340, 'Rechnungsbetrag'], [480, '446,53 €']],
      [348, [340, 'Bereits bezahlt:'], [480, '446,53 €']],
      [364, [340, 'Saldo'], [480, 'm0']],
    ], 92);
    expect(out.balance_due).toBe(0);
  });

  it("reads a credit note's and a pro-forma's own number, not the credited invoice's", async () => {
    const number = text('invoice_number', 'Invoice number');
    const credit = await extract([number], [
      [50, [50, 'Northgate Office Supplies Ltd'], [420, 'CREDIT NOTE']],
      [90, [360, 'Credit note no.'], [480, 'CN-11879']],
      [102, [360, 'Date'], [480, '18 January 2023']],
      [114, [360, 'Original invoice'], [480, 'INV-30620']],
    ]);
    expect(credit.invoice_number).toBe('CN-11879');
    const proforma = await extract([number], [
      [50, [50, 'Ostsee Bootsbau GmbH & Co. KG']],
      [170, [50, 'PROFORMA-RECHNUNG']],
      [195, [50, 'Proforma-Nr.'], [200, 'PF-5950']],
      [208, [50, 'Datum'], [200, '10.09.2025']],
    ]);
    expect(proforma.invoice_number).toBe('PF-5950');
  });

  it('reads the due date of "Zahlung fällig bis"', async () => {
    const out = await extract([date('invoice_date', 'Date the invoice was issued'), date('due_date', 'Date the payment is due')], [
      [50, [50, 'Ostsee Bootsbau GmbH & Co. KG']],
      [195, [50, 'Proforma-Nr.'], [200, 'PF-5950']],
      [208, [50, 'Datum'], [200, '10.09.2025']],
      [221, [50, 'Zahlung fällig bis'], [200, '20.09.2025']],
    ]);
    expect(out.due_date).toBe('2025-09-20');
  });

  it('names the seller under "Sold by" as the issuer of a marketplace invoice, not the marketplace printed on top', async () => {
    const out = await extract([text('vendor_name', 'Company that issued the invoice')], [
      [50, [50, 'ShopNest Marketplace', 18], [450, 'Tax Invoice', 14]],
      [95, [50, 'Sold by:'], [330, 'Order Number'], [470, '955-5157895-7055182']],
      [108, [50, 'Oakleaf Home Electronics Ltd'], [330, 'Invoice Number'], [470, 'GB94A285025']],
      [119, [50, 'Unit 7, Riverside Trading Estate']],
      [130, [50, 'Stockport SK4 1BS']],
      [180, [50, 'Billing Address'], [300, 'Shipping Address']],
      [193, [50, 'Greenhill Veterinary Practice Ltd'], [300, 'Dr. Alison Carter']],
    ]);
    expect(out.vendor_name).toBe('Oakleaf Home Electronics Ltd');
  });

  it('reads the customer under a billing address heading, a credit note\'s "Credit to" and the Portuguese "Exmo.(s) Sr.(s)"', async () => {
    const customer = text('customer_name', 'Customer the invoice is billed to');
    const billing = await extract([customer], [
      [50, [50, 'ShopNest Marketplace', 18]],
      [180, [50, 'Billing Address'], [300, 'Shipping Address']],
      [193, [50, 'Greenhill Veterinary Practice Ltd'], [300, 'Dr. Alison Carter']],
      [204, [50, '14 Abbey Road'], [300, '14 Abbey Road']],
    ]);
    expect(billing.customer_name).toBe('Greenhill Veterinary Practice Ltd');
    const credit = await extract([customer], [
      [50, [50, 'Northgate Office Supplies Ltd']],
      [160, [50, 'Credit to']],
      [173, [50, 'Greenhill Veterinary Practice Ltd']],
    ]);
    expect(credit.customer_name).toBe('Greenhill Veterinary Practice Ltd');
    const letter = await extract([customer], [
      [50, [50, 'Moagem do Douro, S.A.']],
      [160, [50, 'Exmo.(s) Sr.(s)']],
      [173, [50, 'Padaria Estrela do Norte, Lda.']],
    ]);
    expect(letter.customer_name).toBe('Padaria Estrela do Norte, Lda.');
  });

  it('reads the customer\'s order reference ("Order ref.", "Your ref.", "Pedido cliente"), and no customer from it', async () => {
    const po = text('po_number', 'Purchase order number of the customer');
    const english = await extract([po], [
      [50, [50, 'Harrowgate Building Contractors Ltd']],
      [80, [340, 'Invoice No.'], [480, 'IV-3772']],
      [92, [340, 'Order ref.'], [480, 'PO/18473']],
    ]);
    expect(english.po_number).toBe('PO/18473');
    const yours = await extract([po], [
      [50, [50, 'Northgate Office Supplies Ltd']],
      [90, [360, 'Credit note no.'], [480, 'CN-11879']],
      [102, [360, 'Your ref.'], [480, 'PO198855']],
    ]);
    expect(yours.po_number).toBe('PO198855');
    const spanish = await extract([po, text('customer_name', 'Customer the invoice is billed to')], [
      [55, [50, 'Talleres Mecánicos Ebro S.L.']],
      [60, [360, 'Factura'], [480, 'T-2445']],
      [96, [360, 'Pedido cliente'], [480, 'PED-6200']],
      [130, [360, 'Facturar a']],
      [143, [360, 'Autoescuela Guadalquivir S.L.']],
    ]);
    expect(spanish.po_number).toBe('PED-6200');
    expect(spanish.customer_name).toBe('Autoescuela Guadalquivir S.L.');
  });

  it('reads no purchase order from a postal box, and no tax number from it', async () => {
    const out = await extract([text('po_number', 'Purchase order number of the customer'), text('vendor_tax_id', 'Tax identification (VAT or NIF) number of the issuer')], [
      [50, [40, 'Lone Star Power & Light Co.']],
      [66, [40, 'PO Box 660111, Dallas, TX 75266']],
      [200, [40, 'Total amount due by Jun 30, 2023'], [480, '$3,530.52']],
    ]);
    expect(out.po_number).toBeNull();
    expect(out.vendor_tax_id).toBeNull();
  });

  it('reads no phone from an order number, and no tax number from a phone or a bank account', async () => {
    const marketplace = await extract([text('vendor_phone', 'Telephone number of the company that issued the invoice')], [
      [50, [50, 'ShopNest Marketplace', 18]],
      [95, [50, 'Sold by:'], [330, 'Order Number'], [470, '955-5157895-7055182']],
      [108, [50, 'Oakleaf Home Electronics Ltd']],
    ]);
    expect(marketplace.vendor_phone).toBeNull();
    const freelancer = await extract([text('vendor_tax_id', 'Tax identification (VAT or NIF) number of the issuer')], [
      [60, [50, 'Tomas Lindqvist', 16]],
      [80, [50, 'Flat 3, 18 Canning Street']],
      [92, [50, '07823 354853']],
      [680, [50, 'Payment details']],
      [697, [50, 'Sort code: 60-44-32']],
      [709, [50, 'Account number: 25680406']],
    ]);
    expect(freelancer.vendor_tax_id).toBeNull();
  });
});

describe('dates of a marketplace invoice', () => {
  it('reads the invoice date, not the order date printed above it', async () => {
    const out = await extract([date('invoice_date', 'Date the invoice was issued')], [
      [50, [50, 'ShopNest Marketplace', 18]],
      [95, [330, 'Order Number'], [470, '955-5157895-7055182']],
      [107, [330, 'Order Date'], [470, '10 December 2023']],
      [119, [330, 'Invoice Number'], [470, 'GB94A285025']],
      [131, [330, 'Invoice Date'], [470, '11 December 2023']],
    ]);
    expect(out.invoice_date).toBe('2023-12-11');
  });
});

describe('two numbers on one row, each after its own label', () => {
  it('gives the tax number the one its label announces, not the company number printed first', async () => {
    const taxId = text('vendor_tax_id', 'VAT number of the issuer');
    const footer = (line: string) => extract([taxId], [[50, [50, 'Pixel+Pine', 18]], [776, [50, line]]]);
    expect((await footer('A trading name of Pixel & Pine Creative Ltd, registered in England no. 80138650. VAT GB832512949.')).vendor_tax_id).toBe('GB832512949');
    // And the other way round: the label before the first number gives that one.
    expect((await footer('VAT GB832512949. Registered in England no. 80138650.')).vendor_tax_id).toBe('GB832512949');
  });
});

describe('a utility bill', () => {
  const bill: Row[] = [
    [36, [40, 'Lone Pine Water & Power Co.', 14], [368, 'Account number'], [504, '5512 0042 118']],
    [59, [40, 'PO Box 402211, Austin, TX 78704 · Customer service 1-800-555-0199'], [368, 'Bill date'], [517, 'Mar 3, 2024']],
    [103, [40, 'Service for']],
    [115, [40, 'Cedar Ridge Apartments LLC']],
    [126, [40, '410 Oak Avenue']],
    [227, [40, 'Energy charges'], [360, '$1,210.40']],
    [243, [40, 'Customer charge'], [377, '$9.95']],
    [259, [40, 'Current charges before tax'], [360, '$1,220.35']],
    [275, [40, 'Sales tax'], [367, '$76.27']],
    [291, [50, 'Total amount due by Mar 25, 2024'], [509, '$1,296.62']],
  ];
  const fields = [
    text('vendor_address', 'Address of the company that issued the bill'),
    text('vendor_phone', 'Telephone number of the issuer'),
    text('customer_name', 'Name of the customer billed'),
    money('subtotal', 'Amount before tax'),
  ];

  it('reads its service line as the phone, not the customer, and the address up to it, the box number kept', async () => {
    const out = await extract([text('vendor_name', 'Company that issued the bill'), ...fields], bill);
    expect(out.vendor_phone).toBe('1-800-555-0199');
    expect(out.vendor_address).toBe('PO Box 402211, Austin, TX 78704');
  });

  it('reads the account holder under "Service for", not a charge named after the customer', async () => {
    expect((await extract(fields, bill)).customer_name).toBe('Cedar Ridge Apartments LLC');
  });

  it('reads "charges before tax" as the amount before tax', async () => {
    expect((await extract(fields, bill)).subtotal).toBe(1220.35);
  });
});

describe('a tax number and a company registration number both labelled', () => {
  it('is surer of the one labelled as a tax number', async () => {
    const rows: Row[] = [[50, [50, 'Harbour Stationers Ltd', 18]], [781, [50, 'VAT Reg No: GB 113 6928 39 Company Reg No: 18659638 Registered in England and Wales']]];
    expect((await extract([text('vendor_tax_id', 'VAT number of the issuer')], rows)).vendor_tax_id).toBe('GB 113 6928 39');
    // Printed first, the registration number still gives way to the one labelled as a tax number.
    const rowsSwapped: Row[] = [[50, [50, 'Harbour Stationers Ltd', 18]], [781, [50, 'Company Reg No: 18659638 VAT Reg No: GB 113 6928 39']]];
    expect((await extract([text('vendor_tax_id', 'VAT number of the issuer')], rowsSwapped)).vendor_tax_id).toBe('GB 113 6928 39');
  });
});

describe('invoices-heldout: a title read by OCR', () => {
  it('takes no title split in two by OCR ("FACTU RA") for the issuer\'s name', async () => {
    const rows: Row[] = [
      [50, [35, 'FACTU RA', 22], [300, 'Lucía Fernández Ortega', 12]],
      [70, [300, 'NIF: 28721956M']],
      [84, [300, 'Calle San Vicente Ferrer 27, 3º B']],
      [98, [300, '28004 Madrid']],
      [130, [35, 'Nº factura:'], [140, '2023/847']],
    ];
    expect(await extract([text('vendor_name')], rows)).toEqual({ vendor_name: 'Lucía Fernández Ortega' });
  });
});

describe('invoices-heldout: numbers of other documents', () => {
  it('takes the credit note\'s own number, not the invoice it refers to ("Sur facture n°")', async () => {
    const rows: Row[] = [
      [40, [327, 'AVOIR', 14]],
      [70, [240, 'Avoir n°'], [329, 'AV-2025-560']],
      [86, [241, 'Date'], [334, '23/02/2025']],
      [102, [241, 'Sur facture n°'], [334, 'F20239699']],
    ];
    expect(await extract([text('invoice_number')], rows)).toEqual({ invoice_number: 'AV-2025-560' });
  });
});

describe('invoices-heldout: a brand over the page, the company in the footer', () => {
  const rows: Row[] = [
    [40, [50, 'PIXEL+PINE', 30], [360, 'Invoice'], [513, 'PP8647']],
    [58, [360, 'Issued'], [468, '21 December 2025']],
    [135, [50, 'For', 9]],
    [145, [50, 'Greenhill Veterinary Practice Ltd']],
    [160, [50, '14 Abbey Road']],
    [172, [50, 'Leeds LS5 3HP']],
    [220, [50, 'Work', 9], [320, 'Days', 9], [407, 'Day rate', 9], [513, 'Amount', 9]],
    [245, [50, 'Ceramic mug set'], [335, '8'], [407, '£583.51'], [505, '£4,668.08']],
    [380, [50, 'Please pay to IBAN GB46 MIDL 9555 0381 1779 12 quoting PP8647.']],
    [780, [50, 'Pixel+Pine is a trading name of Pixel & Pine Creative Ltd, registered in England and Wales no. 80138650.', 8]],
    [792, [50, 'Registered office: The Old Dairy, 4 Church Lane, Bath BA1 5LD · 01225 653736 · studio@pixelandpine.com', 8]],
  ];

  it('reads the issuer\'s registered office for its address, up to the separator before its phone', async () => {
    expect(await extract([text('vendor_name'), text('vendor_address', 'Address of the company that issued the invoice')], rows)).toMatchObject({ vendor_address: 'The Old Dairy, 4 Church Lane, Bath BA1 5LD' });
  });

  it('reads no phone number in the digits of an IBAN', async () => {
    expect(await extract([text('vendor_phone', 'Telephone number of the company that issued the invoice')], rows)).toEqual({ vendor_phone: '01225 653736' });
  });

  it('ends an address at a gap of several lines, not in the table under it', async () => {
    const out = await extract([text('vendor_name'), text('vendor_address')], rows.filter((r) => r[0] < 700));
    expect(String(out.vendor_address ?? '')).not.toMatch(/Work|Ceramic/);
  });
});
