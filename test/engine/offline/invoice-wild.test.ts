// Invoice layouts the extractor was not tuned on (eval/invoices-wild): payment terms and due dates that are
// no payment, a due date said in a sentence, a number printed before the invoice's date, British VAT
// numbers in their groups, the customer's own VAT number, the base a tax rate is taken on, letter-style
// customer headings, Portuguese totals wording, Australia's ABN, and the issuer's contact rows ending its
// address beside the customer's block.
import { describe, expect, it } from 'vitest';
import { createOfflineProvider } from '../../../src/engine/offline/index.ts';
import { runExtraction } from '../../../src/engine/pipeline.ts';
import type { FieldDef, Page } from '../../../src/engine/types.ts';
import { pageOf, textOf, type Row } from './pages.ts';

async function extract(fields: FieldDef[], rows: Row[]) {
  const pages: Page[] = [pageOf(rows)];
  return (await runExtraction(createOfflineProvider(), { schema: { fields }, pages, text: pages.map(textOf).join('\n'), mode: 'advanced' })).results;
}

const money = (name: string, description?: string): FieldDef => ({ name, type: 'number', ...(description ? { description } : {}) });
const text = (name: string, description?: string): FieldDef => ({ name, type: 'string', ...(description ? { description } : {}) });
const date = (name: string, description?: string): FieldDef => ({ name, type: 'date', ...(description ? { description } : {}) });

describe('invoices in layouts the extractor was not tuned on', () => {
  it('reads no payment from payment terms ("30 days net") or from a due date ("Payment due Nov 25, 2025")', async () => {
    const rows: Row[] = [
      [50, [50, 'Polder Digital B.V.']],
      [80, [300, 'Payment due'], [450, 'Nov 25, 2025']],
      [300, [350, 'Subtotal'], [480, '1,000.00']],
      [316, [350, 'VAT 21%'], [480, '210.00']],
      [332, [350, 'Total'], [480, '1,210.00']],
      [400, [50, 'Payment terms: 30 days net.']],
    ];
    const out = await extract([money('amount_paid', 'Amount already paid'), money('balance_due', 'Balance still due after payments')], rows);
    expect(out.amount_paid).toBeNull();
    expect(out.balance_due).toBe(1210);
  });

  it('reads a due date said in a sentence ("Zahlbar ohne Abzug bis zum ...", "... avant le ...")', async () => {
    const due = date('due_date', 'Date the payment is due');
    const german = await extract([due], [
      [50, [50, 'Rechnungsdatum:'], [200, '27.04.2023']],
      [300, [50, 'Zahlbar ohne Abzug bis zum 11.05.2023.']],
    ]);
    expect(german.due_date).toBe('2023-05-11');
    const french = await extract([due], [
      [50, [50, 'Facture n° 2025-821 du 20 novembre 2025']],
      [300, [50, 'Merci de régler la somme de EUR 1 234,56 avant le 20 décembre 2025, par virement :']],
    ]);
    expect(french.due_date).toBe('2025-12-20');
  });

  it('reads the number of a heading that prints the date after it ("Fattura n. 2025-477 del 20 aprile 2023")', async () => {
    const out = await extract([text('invoice_number', 'Invoice number')], [
      [50, [50, 'Tipografia Lucchese S.n.c.']],
      [200, [50, 'Fattura n. 2025-477 del 20 aprile 2023']],
    ]);
    expect(out.invoice_number).toBe('2025-477');
  });

  it("reads a British VAT number printed in groups, not the company's registration number beside it", async () => {
    const out = await extract([text('vendor_tax_id', 'Tax identification (VAT or NIF) number of the issuer')], [
      [50, [50, 'Hollybrook Joinery Ltd']],
      [780, [50, 'VAT Reg No: GB 113 6928 39   Company Reg No: 18659638   Registered in England and Wales']],
    ]);
    expect(out.vendor_tax_id).toBe('GB 113 6928 39');
  });

  it("takes the issuer's tax number, not the customer's printed in the customer's block", async () => {
    const out = await extract([text('vendor_tax_id', 'Tax identification (VAT or NIF) number of the issuer')], [
      [50, [50, 'Gráficas Turia S.L.']],
      [64, [50, 'Calle de la Paz 9, 1º']],
      [78, [50, '46003 Valencia']],
      [150, [320, 'Cliente']],
      [164, [320, 'Hôtel du Parc SAS']],
      [178, [320, '8 place Bellecour']],
      [192, [320, 'CIF: B71666058']],
      [780, [50, 'Inscrita en el Registro Mercantil de Valencia - NIF B35743253']],
    ]);
    expect(out.vendor_tax_id).toBe('B35743253');
  });

  it('reads the tax, not the amount its rate is taken on ("VAT (23% on €4,377.81)")', async () => {
    const out = await extract([money('subtotal', 'Amount before tax'), money('tax_amount', 'Tax amount'), money('total_amount', 'Total amount to pay')], [
      [300, [330, 'Subtotal'], [520, '€4,377.81']],
      [316, [330, 'VAT (23% on €4,377.81)'], [520, '€1,006.90']],
      [332, [330, 'Total'], [520, '€5,384.71']],
    ]);
    expect(out).toMatchObject({ subtotal: 4377.81, tax_amount: 1006.9, total_amount: 5384.71 });
  });

  it('reads the customer under British and letter-style headings ("Invoice to:", "Spett.le")', async () => {
    const customer = text('customer_name', 'Customer the invoice is billed to');
    const british = await extract([customer], [
      [60, [50, 'VAT INVOICE']],
      [130, [50, 'Invoice to:']],
      [144, [50, 'Bright Path Consulting LLC']],
      [156, [50, '900 Lakeshore Drive']],
    ]);
    expect(british.customer_name).toBe('Bright Path Consulting LLC');
    const italian = await extract([customer], [
      [150, [340, 'Spett.le']],
      [163, [340, 'Harbourside Dental Group']],
      [175, [340, '12 Quay Street']],
    ]);
    expect(italian.customer_name).toBe('Harbourside Dental Group');
  });

  it('reads Portuguese totals: "Total ilíquido", "Pagamento recebido (date)", "Saldo em dívida"', async () => {
    const out = await extract([money('subtotal', 'Amount before tax'), money('amount_paid', 'Amount already paid'), money('balance_due', 'Balance still due after payments'), text('po_number', 'Purchase order number of the customer')], [
      [100, [360, 'Requisição'], [460, 'REQ-6613']],
      [300, [330, 'Total ilíquido'], [500, '9.545,19 €']],
      [316, [330, 'IVA (23%)'], [500, '2.195,39 €']],
      [332, [330, 'Total'], [500, '11.740,58 €']],
      [348, [330, 'Pagamento recebido (2024-06-08)'], [500, '-6.458,00 €']],
      [364, [330, 'Saldo em dívida'], [500, '5.282,58 €']],
    ]);
    expect(out).toMatchObject({ subtotal: 9545.19, amount_paid: 6458, balance_due: 5282.58, po_number: 'REQ-6613' });
  });

  it("reads Australia's ABN in its groups as the tax number, and a phone labelled \"Ph\" with its area code", async () => {
    const out = await extract([text('vendor_tax_id', 'Tax identification (VAT or NIF) number of the issuer'), text('vendor_phone', 'Telephone number of the company that issued the invoice')], [
      [50, [50, 'Southern Cross Plumbing Pty Ltd']],
      [64, [50, '41 Wattle Street']],
      [78, [50, 'Ultimo NSW 2007']],
      [92, [50, 'ABN 34 927 188 654']],
      [106, [50, 'Ph (02) 2215 0457']],
      [780, [50, 'Direct deposit: BSB 062-000  Account 01534351']],
    ]);
    expect(out).toMatchObject({ vendor_tax_id: '34 927 188 654', vendor_phone: '(02) 2215 0457' });
  });

  it("ends the issuer's address at its phone row when the customer's block is printed beside it", async () => {
    const out = await extract([text('vendor_name', 'Company that issued the invoice'), text('vendor_address', 'Address of the company that issued the invoice')], [
      [48, [50, 'Boulangerie Martin SAS']],
      [68, [50, '27 rue des Tanneurs'], [340, "À l'attention de"]],
      [79, [50, '69002 Lyon'], [340, 'Studio Architetti Ferri']],
      [90, [50, 'Tél. 04 38 94 28 01'], [340, 'Corso Vittorio Emanuele 44']],
      [101, [50, 'contact@atelier-lavande.fr'], [340, '10123 Torino']],
    ]);
    expect(out.vendor_address).toBe('27 rue des Tanneurs 69002 Lyon');
  });

  it('reads the value under a label past a row that holds only the other column ("Invoice to:" beside "Invoice No.")', async () => {
    const out = await extract([text('customer_name', 'Customer the invoice is billed to')], [
      [85, [34, 'Invoice to:']],
      [90, [241, 'Invoice No.'], [308, 'INV-94069']],
      [95, [35, 'Bright Path Consulting LLC']],
      [100, [34, '900 Lakeshore Drive'], [241, 'Invoice date'], [308, '16/03/2025']],
    ]);
    expect(out.customer_name).toBe('Bright Path Consulting LLC');
  });

  it("reads the issuer's email whose \"@\" OCR read as a letter with no label, not the customer's beside it", async () => {
    const out = await extract([text('vendor_email', 'Email address of the company that issued the invoice')], [
      [50, [36, 'Lumen Forms Ltd'], [300, 'Bill to']],
      [60, [36, '3 Grand Canal Quay'], [300, 'Bäckerei Sonnenschein KG']],
      [70, [36, 'accounts Qlumenforms.ie'], [300, 'ap Obckerei.com']],
    ]);
    expect(out.vendor_email).toBe('accounts@lumenforms.ie');
  });

  it("reads the issuer's address under the second printing of its name (a letterhead, then a contact block), up to its phone", async () => {
    const rows: Row[] = [
      [40, [50, 'Invoice'], [415, 'Lumen Forms Ltd']],
      [90, [50, 'Invoice number'], [150, '7814C409-0034']],
      [170, [50, 'Lumen Forms Ltd'], [240, 'Bill to']],
      [182, [50, 'Unit 4, Brunel Court'], [240, 'Bäckerei Sonnenschein KG']],
      [194, [50, 'Dublin 2, DO2 X576'], [240, 'Lindenallee 5']],
      [206, [50, '+353 1 670 9087'], [240, '50667 Köln']],
    ];
    const out = await extract([text('vendor_name', 'Company that issued the invoice'), text('vendor_address', 'Address of the company that issued the invoice')], rows);
    expect(out.vendor_address).toBe('Unit 4, Brunel Court Dublin 2, DO2 X576');
  });

  it('keeps a series code printed apart before the number ("Fatura n.º FT 2024A1/513")', async () => {
    const out = await extract([text('invoice_number', 'Invoice number')], [
      [50, [50, 'Cerâmica Ribeira, Lda.'], [466, 'FATURA']],
      [87, [411, 'Fatura n.º FT 2024A1/513']],
    ]);
    expect(out.invoice_number).toBe('FT 2024A1/513');
  });

  it('keeps the comma of a name before its legal form ("Cloudberry Analytics, Inc.")', async () => {
    const out = await extract([text('vendor_name', 'Company that issued the invoice')], [
      [47, [50, 'Invoice'], [415, 'Cloudberry Analytics, Inc.']],
      [90, [50, 'Invoice number'], [150, '7282F043-0020']],
    ]);
    expect(out.vendor_name).toBe('Cloudberry Analytics, Inc.');
  });

  it('reads the addressee under the return address over the window, not a customer number or a salutation', async () => {
    const fields = [text('vendor_name', 'Company that issued the invoice'), text('customer_name', 'Customer the invoice is billed to')];
    const out = await extract(fields, [
      [55, [380, 'Officine Brera S.r.l.']],
      [75, [420, 'Via Solferino 18']],
      [86, [420, '20121 Milano']],
      [135, [57, 'Officine Brera S.r.l. · Via Solferino 18 · 20121 Milano']],
      [150, [57, 'Bright Path Consulting LLC'], [380, 'Fattura n.'], [500, '112/2025']],
      [162, [57, '900 Lakeshore Drive'], [380, 'Data:'], [500, '09/10/2025']],
      [174, [57, 'Chicago, IL 60611'], [380, 'Cod. cliente:'], [500, '80869']],
      [285, [57, 'Spettabile cliente, Vi addebitiamo quanto segue:']],
    ]);
    expect(out.customer_name).toBe('Bright Path Consulting LLC');
  });

  it('reads the order number a letter-style invoice labels "Your reference" ("Votre référence", "Ihr Zeichen")', async () => {
    const po = text('po_number', 'Purchase order number');
    const french = await extract([po], [
      [50, [50, 'Atelier Lumière SARL']],
      [120, [350, 'Facture n°'], [450, 'F-2025-118']],
      [134, [350, 'Votre référence :'], [450, 'CMD-4789']],
    ]);
    expect(french.po_number).toBe('CMD-4789');
    const german = await extract([po], [
      [50, [50, 'Kranich Werkzeuge GmbH']],
      [120, [350, 'Rechnung Nr.'], [450, 'RE-2025-77']],
      [134, [350, 'Ihr Zeichen'], [450, 'BE-55102']],
    ]);
    expect(german.po_number).toBe('BE-55102');
  });
});
