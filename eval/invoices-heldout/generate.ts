// Generates eval/invoices-heldout: 16 invoices in layouts neither eval/invoices nor eval/invoices-wild uses, drawn
// from kinds of real invoices — a marketplace order invoice (seller "Sold by", order and invoice numbers, billing
// and shipping addresses, VAT per line); a construction interim application (contract sum, retention, previously
// invoiced); a freelancer's word-processor template with payment details at the foot; a utility bill; a Spanish
// factura with IRPF withholding in a horizontal totals table; a French invoice and credit note ("avoir") with a
// TVA summary and RCS/SIREN; a German service invoice (Leistungszeitraum, Steuernummer, USt-IdNr.); an Italian
// split-payment fattura; a Portuguese Fatura-Recibo with ATCUD; an English credit note; a German pro-forma; totals
// on the left under the table; terms "Net 30" only; a brand logo with the legal name in the footer. Six
// languages; four rendered to degraded images the reader OCRs. Label conventions: see `Key` below.
// Run: npx tsx eval/invoices-heldout/generate.ts
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { canvas, type Canvas } from '../support/canvas.ts';
import { cents, ibanWithCheck, inFours, pad, plusDays } from '../support/formats.ts';
import { dates as datesOf, DATES, itemLines, MONEY, sum, table, writeInvoiceSet } from '../support/invoice-set.ts';
import { sequence } from '../support/random.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

const rng = sequence(2207);
const { r, p, n, int } = rng;

// ---- Parties ---------------------------------------------------------------------------------------------
/** An IBAN with a valid check number, printed in groups of four. */
function iban(country: string) {
  const bban = country === 'GB' ? `${p(['NWBK', 'LOYD', 'MIDL'])}${n(14)}` : country === 'IT' ? `${p(['X', 'B', 'K'])}${n(22)}` : n({ ES: 20, DE: 18, FR: 23, PT: 21 }[country] ?? 20);
  return inFours(ibanWithCheck(country, bban));
}

interface Party { name: string; address: string[]; phone: string | null; email: string | null; taxId: string | null; iban: string | null }
const CUSTOMERS = [
  ['Greenhill Veterinary Practice Ltd', '14 Abbey Road', 'Leeds LS5 3HP'],
  ['Pinewood Property Management LLC', '2200 Elm Street', 'Dallas, TX 75201'],
  ['Autoescuela Guadalquivir S.L.', 'Calle Betis 41', '41010 Sevilla'],
  ['Librairie des Quais SARL', '5 quai Saint-Michel', '75005 Paris'],
  ['Zahnarztpraxis Dr. Weber', 'Schillerstraße 8', '80336 München'],
  ['Comune di Pesaro', 'Piazza del Popolo 1', '61121 Pesaro'],
  ['Padaria Estrela do Norte, Lda.', 'Rua de Santa Catarina 310', '4000-442 Porto'],
];
const customer = (k?: number) => { const [name, ...address] = k === undefined ? p(CUSTOMERS) : CUSTOMERS[k]; return { name, address }; };

// ---- Line items and totals -------------------------------------------------------------------------------
const ITEMS: Record<string, string[]> = {
  en: ['Wireless keyboard', 'USB-C dock', 'Copywriting (per hour)', 'Website audit', 'Stainless steel bolts (box)', 'Cat food, 10 kg', 'Editing, per 1,000 words', 'Ceramic mug set'],
  es: ['Asesoría fiscal trimestral', 'Gestión de nóminas', 'Traducción jurada', 'Revisión contable', 'Horas de consultoría'],
  fr: ['Reliure cuir', 'Restauration d’ouvrage', 'Conseil éditorial', 'Frais de port', 'Numérisation (par page)'],
  de: ['Wartung Behandlungsstuhl', 'Ersatzteil Absaugung', 'Fahrtkosten', 'Arbeitszeit Techniker (Std.)', 'Desinfektionsmittel 5 l'],
  it: ['Manutenzione verde pubblico', 'Potatura alberi', 'Smaltimento sfalci', 'Noleggio piattaforma aerea'],
  pt: ['Farinha T65 (saco 25 kg)', 'Fermento fresco', 'Açúcar amarelo', 'Manteiga (caixa)', 'Transporte'],
};
/** Item lines of the set: a quantity up to 9, a unit price from 4 up, a name in the document's language. */
const lines = (lang: string, count: number, maxPrice = 600) => itemLines(rng, ITEMS[lang], count, { maxQuantity: 9, minPrice: 4, maxPrice });
const dates = (days = 30) => datesOf(rng, days);

/** The label of one document. Conventions (as eval/invoices and eval/invoices-wild, plus the cases those sets lack):
 * - amount_paid is null unless a payment is printed; balance_due is then the total to pay.
 * - due_date is null when only payment terms are printed ("Net 30", "Pagamento a 30 gg"): the extractor grounds
 *   values in the page, and no date is printed.
 * - a credit note's amounts are negative, as the document reverses an invoice (printed with a minus sign or as
 *   "credit"); its number is the credit note's own number.
 * - withholding (Spanish IRPF) and Italian split payment: total_amount is the document total printed as such
 *   (the Spanish "Total factura" after withholding; the Italian "Totale documento"); balance_due is the amount
 *   actually to pay ("Netto a pagare"), subtotal the taxable base, tax_amount the VAT.
 * - po_number is the customer's purchase order; a marketplace order number is not a PO (null).
 * - vendor_name is the issuing legal entity; where a brand is printed big and the legal name in the footer, the
 *   legal name; in a marketplace invoice, the seller ("Sold by"), not the marketplace.
 * - subtotal is the amount printed as the subtotal (freight printed after it is not added in).
 * - vendor_email / vendor_phone / vendor_tax_id / iban are null when not printed; tax_amount is null when no tax
 *   is printed at all (a seller not registered for VAT). */
interface Key {
  invoice_number: string; invoice_date: string; due_date: string | null; vendor_name: string; vendor_address: string; customer_name: string;
  subtotal: number; tax_amount: number | null; total_amount: number; vendor_email: string | null; vendor_phone: string | null; vendor_tax_id: string | null;
  iban: string | null; po_number: string | null; amount_paid: number | null; balance_due: number;
}
type Amounts = Pick<Key, 'invoice_number' | 'invoice_date' | 'due_date' | 'subtotal' | 'tax_amount' | 'total_amount' | 'po_number' | 'amount_paid' | 'balance_due'>;
const keyOf = (v: Party, cust: { name: string }, k: Amounts): Key => ({
  invoice_number: k.invoice_number, invoice_date: k.invoice_date, due_date: k.due_date, vendor_name: v.name, vendor_address: v.address.join(' '), customer_name: cust.name,
  subtotal: k.subtotal, tax_amount: k.tax_amount, total_amount: k.total_amount, vendor_email: v.email, vendor_phone: v.phone, vendor_tax_id: v.taxId, iban: v.iban, po_number: k.po_number, amount_paid: k.amount_paid, balance_due: k.balance_due,
});

// ---- Layouts ---------------------------------------------------------------------------------------------
/** Label/value rows (label left, value right-aligned) at x..xr from y; returns the y under them. */
function rows(c: Canvas, x: number, xr: number, y: number, rs: [string, string, boolean?][], step = 15) {
  rs.forEach(([l, val, strong], k) => { c.text(l, x, y + k * step, strong ? 10 : 9, strong ? c.bold : c.font); c.right(val, xr, y + k * step, strong ? 10 : 9, strong ? c.bold : c.font); });
  return y + rs.length * step;
}

/** A: a marketplace order invoice: the marketplace's name on top, "Sold by" block for the seller, order number and
 * invoice number both printed, billing and shipping addresses side by side, VAT rate and VAT per line. */
async function marketplace(lang: 'en' | 'de') {
  const W = {
    en: { country: 'GB', title: 'Tax Invoice', soldBy: 'Sold by', vat: 'VAT Registration No.', order: 'Order Number', orderDate: 'Order Date', inv: 'Invoice Number', invDate: 'Invoice Date', bill: 'Billing Address', ship: 'Shipping Address', cols: ['Description', 'Qty', 'Unit price (excl. VAT)', 'VAT rate', 'VAT', 'Total'], net: 'Total (excl. VAT)', tax: 'Total VAT', total: 'Invoice total', money: MONEY.gbp, date: DATES.ukLong, rate: 0.2, paid: 'Paid by card' },
    de: { country: 'DE', title: 'Rechnung', soldBy: 'Verkauft von', vat: 'USt-IdNr.', order: 'Bestellnummer', orderDate: 'Bestelldatum', inv: 'Rechnungsnummer', invDate: 'Rechnungsdatum', bill: 'Rechnungsadresse', ship: 'Lieferadresse', cols: ['Artikel', 'Menge', 'Stückpreis (netto)', 'USt.-Satz', 'USt.', 'Gesamt'], net: 'Summe netto', tax: 'Summe USt.', total: 'Rechnungsbetrag', money: MONEY.eurSuffix, date: DATES.dotted, rate: 0.19, paid: 'Bereits bezahlt' },
  }[lang];
  const c = await canvas();
  const v: Party = lang === 'en'
    ? { name: 'Oakleaf Home Electronics Ltd', address: ['Unit 7, Riverside Trading Estate', 'Stockport SK4 1BS'], phone: null, email: null, taxId: `GB${n(9)}`, iban: null }
    : { name: 'Technikhandel Brandt e.K.', address: ['Industriestraße 23', '33602 Bielefeld'], phone: null, email: null, taxId: `DE${n(9)}`, iban: null };
  const cust = customer(lang === 'en' ? 0 : 4);
  const [orderDate] = dates(0);
  const issued = plusDays(orderDate, int(1, 3));
  const order = `${n(3)}-${n(7)}-${n(7)}`;
  const number = `${p(['GB', 'DE'])}${n(2)}${p(['A', 'B'])}${n(6)}${p(['AEUI', 'ABCD'])}`;
  const ls = lines('en', int(1, 3), 200);
  const net = sum(ls);
  const vatPer = ls.map((l) => cents(l.amount * W.rate));
  const tax = cents(vatPer.reduce((a, b) => a + b, 0));
  const total = cents(net + tax);
  c.text('ShopNest Marketplace', 50, 55, 18, c.bold);
  c.right(W.title, 545, 55, 14, c.bold);
  c.text(`${W.soldBy}:`, 50, 95, 9, c.bold);
  [v.name, ...v.address, `${W.vat} ${v.taxId}`].forEach((t, k) => c.text(t, 50, 108 + k * 11, 8.5));
  rows(c, 330, 545, 95, [[W.order, order], [W.orderDate, W.date(orderDate)], [W.inv, number], [W.invDate, W.date(issued)]], 12);
  c.text(W.bill, 50, 180, 9, c.bold);
  [cust.name, ...cust.address].forEach((t, k) => c.text(t, 50, 193 + k * 11, 8.5));
  c.text(W.ship, 300, 180, 9, c.bold);
  [lang === 'en' ? 'Dr. Alison Carter' : 'Frau Petra Weber', ...cust.address].forEach((t, k) => c.text(t, 300, 193 + k * 11, 8.5));
  let y = table(c, 260, [[50, W.cols[0], false, (l) => l.description], [250, W.cols[1], true, (l) => String(l.quantity)], [360, W.cols[2], true, (l) => W.money(l.unitPrice)], [410, W.cols[3], true, () => `${Math.round(W.rate * 100)}%`], [470, W.cols[4], true, (l) => W.money(cents(l.amount * W.rate))], [545, W.cols[5], true, (l) => W.money(cents(l.amount * (1 + W.rate)))]], ls);
  y = rows(c, 330, 545, y + 10, [[W.net, W.money(net)], [W.tax, W.money(tax)], [W.total, W.money(total), true]]);
  c.text(`${W.paid}: ${W.money(total)}`, 50, y + 20, 8.5);
  c.text('ShopNest EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg', 50, 790, 7);
  return { c, key: keyOf(v, cust, { invoice_number: number, invoice_date: issued, due_date: null, subtotal: net, tax_amount: tax, total_amount: total, po_number: null, amount_paid: total, balance_due: 0 }) };
}

/** B: a construction progress (interim) application: contract sum, work to date, retention, previously invoiced, this invoice. */
async function progress() {
  const c = await canvas();
  const v: Party = { name: 'Harrowgate Building Contractors Ltd', address: ['Mill Lane Works', 'Harrogate HG1 4PL'], phone: `01423 ${n(6)}`, email: 'accounts@harrowgatebuild.co.uk', taxId: `GB ${n(3)} ${n(4)} ${n(2)}`, iban: null };
  const cust = customer(0);
  const number = `IV-${n(4)}`;
  const [issued, due] = dates(28);
  const po = `PO/${n(5)}`;
  const contract = cents(int(180, 900) * 1000 + int(0, 99) * 10);
  const toDate = cents(contract * (0.4 + 0.4 * r()));
  const retention = cents(toDate * 0.05);
  const previous = cents((toDate - retention) * (0.4 + 0.3 * r()));
  const thisNet = cents(toDate - retention - previous);
  const vat = cents(thisNet * 0.2);
  const total = cents(thisNet + vat);
  c.text(v.name, 50, 55, 14, c.bold);
  [...v.address, `Tel ${v.phone}`, v.email!, `VAT Reg. No. ${v.taxId}`].forEach((t, k) => c.text(t, 50, 72 + k * 11, 8.5));
  c.right('INTERIM APPLICATION FOR PAYMENT', 545, 55, 11, c.bold);
  rows(c, 340, 545, 80, [['Invoice No.', number], ['Valuation No.', String(int(3, 12))], ['Date', DATES.ukLong(issued)], ['Payment due', DATES.ukLong(due)], ['Order ref.', po]], 12);
  c.text('Client', 50, 160, 9, c.bold);
  [cust.name, ...cust.address].forEach((t, k) => c.text(t, 50, 173 + k * 11, 9));
  c.text('Project: Extension and refurbishment of surgery premises', 50, 225, 9.5, c.bold);
  let y = rows(c, 50, 545, 260, [
    ['Contract sum', MONEY.gbp(contract)],
    ['Gross value of work completed to date', MONEY.gbp(toDate)],
    ['Less retention at 5%', `(${MONEY.gbp(retention)})`],
    ['Less previously invoiced', `(${MONEY.gbp(previous)})`],
  ], 18);
  c.rule(50, 545, y - 8);
  y = rows(c, 50, 545, y + 6, [['Net amount this invoice', MONEY.gbp(thisNet)], ['VAT at 20%', MONEY.gbp(vat)], ['Amount now due', MONEY.gbp(total), true]], 18);
  c.text('Payment by BACS to Harrowgate Building Contractors Ltd, sort code 40-' + n(2) + '-' + n(2) + ', account ' + n(8) + '.', 50, y + 30, 8.5);
  return { c, key: keyOf(v, cust, { invoice_number: number, invoice_date: issued, due_date: due, subtotal: thisNet, tax_amount: vat, total_amount: total, po_number: po, amount_paid: null, balance_due: total }) };
}

/** C: a freelancer's word-processor template: name and contact top left, big "INVOICE" right, "Bill To" left,
 * the item table, and "Payment details" at the bottom (bank, sort code, account, IBAN). No VAT registered. */
async function freelancer() {
  const c = await canvas();
  const v: Party = { name: p(['Rosalind Achebe', 'Tomas Lindqvist']), address: ['Flat 3, 18 Canning Street', 'Liverpool L8 7NP'], phone: `07${n(3)} ${n(6)}`, email: 'hello@inkwellcopy.co.uk', taxId: null, iban: iban('GB') };
  const cust = customer(0);
  const number = `#${pad(int(1, 60)).padStart(3, '0')}`;
  const [issued, due] = dates(14);
  const ls = lines('en', int(2, 3), 300);
  const total = sum(ls);
  c.text(v.name, 50, 60, 16, c.bold);
  [...v.address, v.phone!, v.email!].forEach((t, k) => c.text(t, 50, 80 + k * 12, 9));
  c.right('INVOICE', 545, 70, 30, c.bold);
  c.text('Bill To:', 50, 160, 10, c.bold);
  [cust.name, ...cust.address].forEach((t, k) => c.text(t, 50, 175 + k * 12, 9.5));
  rows(c, 360, 545, 160, [['Invoice #', number], ['Invoice Date', DATES.slashed(issued)], ['Due Date', DATES.slashed(due)]], 14);
  let y = table(c, 250, [[50, 'DESCRIPTION', false, (l) => l.description], [340, 'QTY', true, (l) => String(l.quantity)], [440, 'RATE', true, (l) => MONEY.gbp(l.unitPrice)], [545, 'AMOUNT', true, (l) => MONEY.gbp(l.amount)]], ls, 18);
  y = rows(c, 360, 545, y + 10, [['Subtotal', MONEY.gbp(total)], ['TOTAL', MONEY.gbp(total), true]]);
  c.text('Payment details', 50, 680, 11, c.bold);
  [`Bank: ${p(['Starling Bank', 'Monzo'])}`, `Account name: ${v.name}`, `Sort code: 60-${n(2)}-${n(2)}`, `Account number: ${n(8)}`, `IBAN: ${v.iban}`].forEach((t, k) => c.text(t, 50, 697 + k * 12, 9));
  c.text('Not VAT registered. Thank you for your business!', 50, 770, 8.5);
  // "#" is the number sign of "Invoice #", not part of the number.
  return { c, key: keyOf(v, cust, { invoice_number: number.slice(1), invoice_date: issued, due_date: due, subtotal: total, tax_amount: null, total_amount: total, po_number: null, amount_paid: null, balance_due: total }) };
}

/** D: a utility bill for a business: account number, billing period, summary of charges, "Total amount due by <date>". */
async function utility() {
  const c = await canvas([612, 792]);
  const v: Party = { name: 'Lone Star Power & Light Co.', address: ['PO Box 660111', 'Dallas, TX 75266'], phone: `1-800-555-${n(4)}`, email: null, taxId: null, iban: null };
  const cust = customer(1);
  const account = `${n(4)} ${n(4)} ${n(3)}`;
  const number = `${n(10)}`;
  const [issued, due] = dates(21);
  const start = plusDays(issued, -35);
  const end = plusDays(issued, -5);
  const energy = cents(400 + r() * 2600);
  const delivery = cents(energy * 0.31);
  const subtotal = cents(energy + delivery + 9.95);
  const tax = cents(subtotal * 0.0625);
  const total = cents(subtotal + tax);
  c.text(v.name, 40, 50, 16, c.bold);
  c.text(`${v.address.join(', ')}  ·  Customer service ${v.phone}`, 40, 66, 8);
  c.box(360, 40, 212, 70);
  rows(c, 368, 564, 55, [['Account number', account], ['Bill number', number], ['Bill date', DATES.usShort(issued)]], 13);
  c.text('Service for', 40, 110, 8, c.bold, true);
  [cust.name, ...cust.address].forEach((t, k) => c.text(t, 40, 123 + k * 11, 9));
  c.text(`Billing period: ${DATES.usShort(start)} - ${DATES.usShort(end)} (${30 + 1} days)`, 40, 180, 9);
  c.text('Summary of charges', 40, 215, 11, c.bold);
  let y = rows(c, 40, 400, 235, [['Previous balance', MONEY.usd(cents(total * 0.9))], ['Payment received - thank you', `-${MONEY.usd(cents(total * 0.9))}`], ['Energy charges', MONEY.usd(energy)], ['Delivery charges', MONEY.usd(delivery)], ['Customer charge', MONEY.usd(9.95)], ['Current charges before tax', MONEY.usd(subtotal)], ['Sales tax', MONEY.usd(tax)]], 16);
  c.box(40, y + 5, 532, 30, 0.9);
  c.text(`Total amount due by ${DATES.usShort(due)}`, 50, y + 24, 12, c.bold);
  c.right(MONEY.usd(total), 562, y + 24, 12, c.bold);
  c.text(`Usage this period: ${int(3000, 30000)} kWh. A late fee of 1.5% applies to balances unpaid after the due date.`, 40, y + 60, 8);
  c.rule(40, 572, 640);
  c.text('Please return this portion with your payment.', 40, 655, 8, c.font, true);
  rows(c, 320, 572, 675, [['Account number', account], ['Amount due', MONEY.usd(total)], ['Due date', DATES.usShort(due)]], 14);
  return { c, key: keyOf(v, cust, { invoice_number: number, invoice_date: issued, due_date: due, subtotal, tax_amount: tax, total_amount: total, po_number: null, amount_paid: null, balance_due: total }) };
}

/** E: a Spanish professional's "factura" with IRPF withholding: totals as a horizontal table Base imponible / % IVA / Cuota IVA / % IRPF / Retención / Total. */
async function facturaIrpf() {
  const c = await canvas();
  const v: Party = { name: 'Lucía Fernández Ortega', address: ['Calle San Vicente Ferrer 27, 3º B', '28004 Madrid'], phone: `6${n(2)} ${n(3)} ${n(3)}`, email: 'lucia@fernandezasesoria.es', taxId: `${n(8)}${p(['K', 'M', 'R'])}`, iban: iban('ES') };
  const cust = customer(2);
  const number = `${int(2023, 2025)}/${n(3)}`;
  const [issued, due] = dates(30);
  const ls = lines('es', int(1, 3), 900);
  const base = sum(ls);
  const iva = cents(base * 0.21);
  const irpf = cents(base * 0.15);
  const total = cents(base + iva - irpf);
  c.text('FACTURA', 50, 60, 22, c.bold);
  rows(c, 50, 250, 90, [['Nº factura:', number], ['Fecha:', DATES.slashed(issued)], ['Vencimiento:', DATES.slashed(due)]], 13);
  c.text(v.name, 330, 60, 10, c.bold);
  [`NIF: ${v.taxId}`, ...v.address, v.phone!, v.email!].forEach((t, k) => c.text(t, 330, 74 + k * 11, 8.5));
  c.text('CLIENTE', 50, 160, 8.5, c.bold, true);
  [cust.name, `CIF: B${n(8)}`, ...cust.address].forEach((t, k) => c.text(t, 50, 173 + k * 11, 9));
  const y = table(c, 250, [[50, 'Concepto', false, (l) => l.description], [340, 'Unidades', true, (l) => String(l.quantity)], [445, 'Precio', true, (l) => MONEY.eurSuffix(l.unitPrice)], [545, 'Importe', true, (l) => MONEY.eurSuffix(l.amount)]], ls);
  const heads = ['Base imponible', '% IVA', 'Cuota IVA', '% IRPF', 'Retención IRPF', 'TOTAL'];
  const vals = [MONEY.eurSuffix(base), '21', MONEY.eurSuffix(iva), '15', `-${MONEY.eurSuffix(irpf)}`, MONEY.eurSuffix(total)];
  const xs = [130, 190, 270, 330, 430, 535];
  c.box(50, y + 15, 495, 40);
  heads.forEach((h, k) => c.right(h, xs[k], y + 28, 8, c.bold));
  vals.forEach((t, k) => c.right(t, xs[k], y + 46, 9, k === 5 ? c.bold : c.font));
  c.text('Forma de pago: transferencia bancaria', 50, y + 90, 9);
  c.text(`IBAN: ${v.iban}`, 50, y + 103, 9);
  return { c, key: keyOf(v, cust, { invoice_number: number, invoice_date: issued, due_date: due, subtotal: base, tax_amount: iva, total_amount: total, po_number: null, amount_paid: null, balance_due: total }) };
}

/** F: a French invoice: "Échéance", "Conditions de règlement", a TVA summary table by rate, legal mentions (RCS, SIREN, capital) in the footer. */
async function frenchTva(creditNote: boolean) {
  const c = await canvas();
  const siren = `${n(3)} ${n(3)} ${n(3)}`;
  const v: Party = { name: 'Éditions du Vieux Port SAS', address: ['12 rue de la République', '13002 Marseille'], phone: `04 91 ${n(2)} ${n(2)} ${n(2)}`, email: 'compta@editionsvieuxport.fr', taxId: `FR${n(2)}${siren.replace(/ /g, '')}`, iban: creditNote ? null : iban('FR') };
  const cust = customer(3);
  const number = creditNote ? `AV-${int(2023, 2025)}-${n(3)}` : `F${int(2023, 2025)}${n(4)}`;
  const [issued, due] = dates(45);
  const sign = creditNote ? -1 : 1;
  const ls = lines('fr', int(2, 4), 400);
  const low = ls.filter((l) => l.description === 'Frais de port');
  const lowBase = sum(low) * sign;
  const highBase = cents(sum(ls) * sign - lowBase);
  const tvaHigh = cents(highBase * 0.2);
  const tvaLow = cents(lowBase * 0.055);
  const base = cents(highBase + lowBase);
  const tva = cents(tvaHigh + tvaLow);
  const total = cents(base + tva);
  const m = MONEY.eurSpaceSuffix;
  c.text(v.name, 50, 55, 14, c.bold);
  [...v.address, `Tél. ${v.phone}`, v.email!].forEach((t, k) => c.text(t, 50, 72 + k * 11, 8.5));
  c.right(creditNote ? 'AVOIR' : 'FACTURE', 545, 58, 18, c.bold);
  const meta: [string, string][] = creditNote
    ? [['Avoir n°', number], ['Date', DATES.slashed(issued)], ['Sur facture n°', `F${int(2023, 2025)}${n(4)}`]]
    : [['Facture n°', number], ['Date', DATES.slashed(issued)], ['Échéance', DATES.slashed(due)]];
  rows(c, 360, 545, 85, meta, 13);
  c.text('Client', 330, 140, 8.5, c.bold, true);
  [cust.name, ...cust.address].forEach((t, k) => c.text(t, 330, 153 + k * 11, 9));
  let y = table(c, 230, [[50, 'Désignation', false, (l) => l.description], [300, 'Qté', true, (l) => String(l.quantity)], [370, 'P.U. HT', true, (l) => m(l.unitPrice * sign)], [420, 'TVA', true, (l) => (l.description === 'Frais de port' ? '5,5 %' : '20 %')], [545, 'Montant HT', true, (l) => m(l.amount * sign)]], ls);
  y += 12;
  c.text('Taux', 50, y, 8, c.bold); c.right('Base HT', 170, y, 8, c.bold); c.right('Montant TVA', 260, y, 8, c.bold);
  const tvaRows: [string, number, number][] = [['20 %', highBase, tvaHigh], ...(low.length ? [['5,5 %', lowBase, tvaLow] as [string, number, number]] : [])];
  tvaRows.forEach(([rt, b, t], k) => { c.text(rt, 50, y + 14 + k * 13, 8.5); c.right(m(b), 170, y + 14 + k * 13, 8.5); c.right(m(t), 260, y + 14 + k * 13, 8.5); });
  y = rows(c, 360, 545, y, [['Total HT', m(base)], ['Total TVA', m(tva)], [creditNote ? 'Total avoir TTC' : 'Net à payer TTC', m(total), true]]);
  if (creditNote) c.text('Montant porté au crédit de votre compte client.', 50, y + 40, 9);
  else {
    c.text('Conditions de règlement : virement à 45 jours date de facture', 50, y + 40, 9);
    c.text(`IBAN : ${v.iban}   BIC : ${p(['BNPAFRPP', 'CEPAFRPP'])}`, 50, y + 53, 9);
    c.text('Pénalités de retard : trois fois le taux d’intérêt légal. Indemnité forfaitaire pour frais de recouvrement : 40 €.', 50, y + 66, 7.5);
  }
  c.text(`${v.name} au capital de 10 000 € · RCS Marseille ${siren} · SIREN ${siren} · N° TVA intracommunautaire ${v.taxId}`, 50, 800, 7);
  return { c, key: keyOf(v, cust, { invoice_number: number, invoice_date: issued, due_date: creditNote ? null : due, subtotal: base, tax_amount: tva, total_amount: total, po_number: null, amount_paid: null, balance_due: total }) };
}

/** G: a German service invoice: Leistungszeitraum, Steuernummer and USt-IdNr. both printed, Zahlungsziel as a date, bank details footer in three columns. */
async function germanService() {
  const c = await canvas();
  const v: Party = { name: 'Medizintechnik Sauer GmbH', address: ['Gewerbepark 4', '85748 Garching'], phone: `089 ${n(3)} ${n(4)}`, email: 'buchhaltung@sauer-medtech.de', taxId: `DE${n(9)}`, iban: iban('DE') };
  const cust = customer(4);
  const number = `RE-${int(2023, 2025)}-${n(5)}`;
  const [issued, due] = dates(14);
  const ls = lines('de', int(2, 4), 450);
  const net = sum(ls);
  const tax = cents(net * 0.19);
  const total = cents(net + tax);
  const m = MONEY.eurSuffix;
  c.text(`${v.name} · ${v.address.join(' · ')}`, 50, 120, 6.5, c.font, true);
  [cust.name, ...cust.address].forEach((t, k) => c.text(t, 50, 135 + k * 12, 10));
  c.right(v.name, 545, 55, 13, c.bold);
  rows(c, 370, 545, 130, [['Kundennummer', `K${n(5)}`], ['Rechnungsnummer', number], ['Rechnungsdatum', DATES.dotted(issued)], ['Leistungszeitraum', `${DATES.dotted(plusDays(issued, -31))} – ${DATES.dotted(plusDays(issued, -1))}`]], 12);
  c.text(`Rechnung ${number}`, 50, 240, 13, c.bold);
  c.text('Sehr geehrte Damen und Herren, für unsere Leistungen im oben genannten Zeitraum berechnen wir:', 50, 260, 9);
  let y = table(c, 290, [[50, 'Pos.', false, (l) => String(ls.indexOf(l) + 1)], [80, 'Bezeichnung', false, (l) => l.description], [340, 'Menge', true, (l) => String(l.quantity)], [445, 'Einzelpreis', true, (l) => m(l.unitPrice)], [545, 'Gesamtpreis', true, (l) => m(l.amount)]], ls);
  y = rows(c, 340, 545, y + 10, [['Nettobetrag', m(net)], ['zzgl. 19 % USt.', m(tax)], ['Rechnungsbetrag', m(total), true]]);
  c.text(`Zahlbar ohne Abzug bis zum ${DATES.dotted(due)}.`, 50, y + 30, 9);
  c.rule(50, 545, 770);
  [[v.name, ...v.address], [`Tel. ${v.phone}`, v.email!, `Steuernummer ${n(3)}/${n(3)}/${n(5)}`, `USt-IdNr. ${v.taxId}`], [p(['Stadtsparkasse München', 'HypoVereinsbank']), `IBAN ${v.iban}`, `BIC ${p(['SSKMDEMMXXX', 'HYVEDEMMXXX'])}`]].forEach((col, i) => col.forEach((t, k) => c.text(t, 50 + i * 170, 782 + k * 9, 6.5)));
  return { c, key: keyOf(v, cust, { invoice_number: number, invoice_date: issued, due_date: due, subtotal: net, tax_amount: tax, total_amount: total, po_number: null, amount_paid: null, balance_due: total }) };
}

/** H: an Italian "Fattura" to a public body under split payment: IVA shown but not collected; "Totale documento" and "Netto a pagare". */
async function fatturaSplit() {
  const c = await canvas();
  const v: Party = { name: 'Verde Marche Soc. Coop.', address: ['Via dell’Industria 7', '60027 Osimo (AN)'], phone: `071 ${n(3)} ${n(4)}`, email: 'amministrazione@verdemarche.it', taxId: `IT${n(11)}`, iban: iban('IT') };
  const cust = customer(5);
  const number = `${n(3)}/PA`;
  const [issued] = dates(0);
  const cig = `Z${n(9)}`;
  const ls = lines('it', int(2, 3), 1500);
  const base = sum(ls);
  const iva = cents(base * 0.22);
  const total = cents(base + iva);
  const m = MONEY.eurPrefixDot;
  c.text(v.name, 50, 55, 14, c.bold);
  [...v.address, `P.IVA ${v.taxId}`, `Tel. ${v.phone}`, `PEC ${v.email}`].forEach((t, k) => c.text(t, 50, 72 + k * 11, 8.5));
  c.text('Spett.le', 330, 130, 8.5, c.font, true);
  [cust.name, ...cust.address, `C.F. ${n(11)}`].forEach((t, k) => c.text(t, 330, 143 + k * 11, 9));
  c.text(`FATTURA N. ${number}`, 50, 210, 12, c.bold);
  c.text(`Data ${DATES.slashed(issued)}`, 300, 210, 10);
  c.text(`CIG ${cig} · Codice univoco ufficio ${p(['UF', 'ZX'])}${n(4)}`, 50, 226, 8.5);
  let y = table(c, 255, [[50, 'Descrizione', false, (l) => l.description], [320, 'Quantità', true, (l) => String(l.quantity)], [420, 'Prezzo unit.', true, (l) => m(l.unitPrice)], [480, 'IVA', true, () => '22%'], [545, 'Importo', true, (l) => m(l.amount)]], ls);
  y = rows(c, 320, 545, y + 10, [['Imponibile', m(base)], ['IVA 22%', m(iva)], ['Totale documento', m(total), true], ['IVA in scissione dei pagamenti', `- ${m(iva)}`], ['Netto a pagare', m(base), true]]);
  c.text('Scissione dei pagamenti ai sensi dell’art. 17-ter DPR 633/1972.', 50, y + 25, 8);
  c.text(`Modalità di pagamento: bonifico a 30 gg d.f. · IBAN ${v.iban}`, 50, y + 38, 8);
  return { c, key: keyOf(v, cust, { invoice_number: number, invoice_date: issued, due_date: null, subtotal: base, tax_amount: iva, total_amount: total, po_number: null, amount_paid: null, balance_due: base }) };
}

/** I: a Portuguese "Fatura-Recibo" (invoice and receipt in one): ATCUD, NIF, IVA summary, paid on issue. */
async function faturaRecibo() {
  const c = await canvas();
  const v: Party = { name: 'Moagem do Douro, S.A.', address: ['Zona Industrial de Sabrosa, Lote 3', '5060-301 Sabrosa'], phone: `259 ${n(3)} ${n(3)}`, email: 'geral@moagemdouro.pt', taxId: `5${n(8)}`, iban: null };
  const cust = customer(6);
  const series = `FR ${int(2023, 2025)}/${int(10, 999)}`;
  const [issued] = dates(0);
  const ls = lines('pt', int(2, 4), 80);
  const base = sum(ls);
  const iva = cents(base * 0.06);
  const total = cents(base + iva);
  const m = MONEY.eurSuffix;
  c.text(v.name, 50, 55, 14, c.bold);
  [...v.address, `NIF ${v.taxId}`, `Tel. ${v.phone}`, v.email!].forEach((t, k) => c.text(t, 50, 72 + k * 11, 8.5));
  c.right('Fatura-Recibo', 545, 55, 15, c.bold);
  c.right('Original', 545, 72, 8.5);
  rows(c, 360, 545, 95, [['Número', series], ['ATCUD', `${p(['JJ', 'KX'])}${n(2)}${p(['AB', 'CF'])}${n(2)}-${int(10, 999)}`], ['Data', DATES.iso(issued)]], 12);
  c.text('Exmo.(s) Sr.(s)', 50, 160, 8.5, c.font, true);
  [cust.name, ...cust.address, `NIF ${5}${n(8)}`].forEach((t, k) => c.text(t, 50, 173 + k * 11, 9));
  let y = table(c, 250, [[50, 'Descrição', false, (l) => l.description], [320, 'Qtd.', true, (l) => String(l.quantity)], [410, 'Preço unit.', true, (l) => m(l.unitPrice)], [460, 'IVA', true, () => '6%'], [545, 'Valor', true, (l) => m(l.amount)]], ls);
  c.text('Taxa', 50, y + 10, 8, c.bold); c.right('Incidência', 170, y + 10, 8, c.bold); c.right('Valor IVA', 260, y + 10, 8, c.bold);
  c.text('6%', 50, y + 24, 8.5); c.right(m(base), 170, y + 24, 8.5); c.right(m(iva), 260, y + 24, 8.5);
  y = rows(c, 340, 545, y + 10, [['Total ilíquido', m(base)], ['Total IVA', m(iva)], ['Total', m(total), true], ['Valor recebido', m(total)], ['Em dívida', m(0)]]);
  c.text(`Pagamento: ${p(['Multibanco', 'Numerário'])} em ${DATES.iso(issued)}`, 50, y + 20, 8.5);
  c.text('Processado por programa certificado n.º ' + n(4) + '/AT', 50, 800, 7);
  return { c, key: keyOf(v, cust, { invoice_number: series, invoice_date: issued, due_date: null, subtotal: base, tax_amount: iva, total_amount: total, po_number: null, amount_paid: total, balance_due: 0 }) };
}

/** J: an English credit note: the credited invoice is referenced, amounts shown as negatives. */
async function creditNote() {
  const c = await canvas();
  const v: Party = { name: 'Northgate Office Supplies Ltd', address: ['88 Deansgate', 'Manchester M3 2ER'], phone: `0161 ${n(3)} ${n(4)}`, email: 'sales@northgateoffice.co.uk', taxId: `GB${n(9)}`, iban: null };
  const cust = customer(0);
  const number = `CN-${n(5)}`;
  const [issued] = dates(0);
  const ls = lines('en', int(1, 2), 150);
  const net = -sum(ls);
  const vat = cents(net * 0.2);
  const total = cents(net + vat);
  c.text(v.name, 50, 55, 14, c.bold);
  [...v.address, `T ${v.phone}`, `E ${v.email}`, `VAT No. ${v.taxId}`].forEach((t, k) => c.text(t, 50, 72 + k * 11, 8.5));
  c.right('CREDIT NOTE', 545, 58, 18, c.bold);
  const po = `PO${n(6)}`;
  rows(c, 360, 545, 90, [['Credit note no.', number], ['Date', DATES.ukLong(issued)], ['Original invoice', `INV-${n(5)}`], ['Your ref.', po]], 12);
  c.text('Credit to', 50, 160, 8.5, c.bold, true);
  [cust.name, ...cust.address].forEach((t, k) => c.text(t, 50, 173 + k * 11, 9));
  c.text('Reason: goods returned damaged in transit', 50, 225, 9);
  let y = table(c, 255, [[50, 'Description', false, (l) => l.description], [340, 'Qty', true, (l) => `-${l.quantity}`], [440, 'Unit price', true, (l) => MONEY.gbp(l.unitPrice)], [545, 'Net', true, (l) => MONEY.gbp(-l.amount)]], ls);
  y = rows(c, 360, 545, y + 10, [['Net', MONEY.gbp(net)], ['VAT 20%', MONEY.gbp(vat)], ['Total credit', MONEY.gbp(total), true]]);
  c.text('This credit will be offset against your next invoice.', 50, y + 30, 8.5);
  return { c, key: keyOf(v, cust, { invoice_number: number, invoice_date: issued, due_date: null, subtotal: net, tax_amount: vat, total_amount: total, po_number: po, amount_paid: null, balance_due: total }) };
}

/** K: a pro-forma invoice (German), with "Proforma-Rechnung Nr.", "Gültig bis" and payment in advance. */
async function proForma() {
  const c = await canvas();
  const v: Party = { name: 'Ostsee Bootsbau GmbH & Co. KG', address: ['Am Yachthafen 3', '18119 Rostock'], phone: `+49 381 ${n(6)}`, email: 'info@ostsee-bootsbau.de', taxId: `DE${n(9)}`, iban: iban('DE') };
  const cust = customer(4);
  const number = `PF-${n(4)}`;
  const [issued, due] = dates(10);
  const ls = lines('de', int(1, 3), 2500);
  const net = sum(ls);
  const tax = cents(net * 0.19);
  const total = cents(net + tax);
  const m = MONEY.eurPrefixDot;
  c.text(v.name, 50, 55, 13, c.bold);
  [...v.address, `Tel. ${v.phone}`, v.email!, `USt-IdNr. ${v.taxId}`].forEach((t, k) => c.text(t, 50, 71 + k * 11, 8.5));
  c.text('PROFORMA-RECHNUNG', 50, 170, 16, c.bold);
  rows(c, 50, 280, 195, [['Proforma-Nr.', number], ['Datum', DATES.dotted(issued)], ['Zahlung fällig bis', DATES.dotted(due)]], 13);
  c.text('Kunde', 340, 170, 8.5, c.bold, true);
  [cust.name, ...cust.address].forEach((t, k) => c.text(t, 340, 183 + k * 11, 9));
  let y = table(c, 270, [[50, 'Beschreibung', false, (l) => l.description], [340, 'Anzahl', true, (l) => String(l.quantity)], [445, 'Preis', true, (l) => m(l.unitPrice)], [545, 'Summe', true, (l) => m(l.amount)]], ls);
  y = rows(c, 340, 545, y + 10, [['Netto', m(net)], ['MwSt. 19 %', m(tax)], ['Gesamt', m(total), true]]);
  c.text('Dies ist keine Rechnung im Sinne des UStG. Lieferung erfolgt nach Zahlungseingang (Vorkasse).', 50, y + 30, 8.5);
  c.text(`Bankverbindung: IBAN ${v.iban}`, 50, y + 43, 8.5);
  return { c, key: keyOf(v, cust, { invoice_number: number, invoice_date: issued, due_date: due, subtotal: net, tax_amount: tax, total_amount: total, po_number: null, amount_paid: null, balance_due: total }) };
}

/** L: totals on the LEFT under the table (Spanish), the right column holding bank and notes. */
async function totalsLeft() {
  const c = await canvas();
  const v: Party = { name: 'Talleres Mecánicos Ebro S.L.', address: ['Polígono Malpica, calle E 12', '50016 Zaragoza'], phone: `976 ${n(3)} ${n(3)}`, email: 'facturas@talleresebro.es', taxId: `B${n(8)}`, iban: iban('ES') };
  const cust = customer(2);
  const number = `T-${n(4)}`;
  const [issued, due] = dates(60);
  const po = `PED-${n(4)}`;
  const ls = lines('es', int(2, 4), 500);
  const base = sum(ls);
  const iva = cents(base * 0.21);
  const total = cents(base + iva);
  const m = MONEY.eurSuffix;
  c.text(v.name, 50, 55, 14, c.bold);
  [`CIF ${v.taxId}`, ...v.address, `Tel. ${v.phone}`, v.email!].forEach((t, k) => c.text(t, 50, 72 + k * 11, 8.5));
  rows(c, 360, 545, 60, [['Factura', number], ['Fecha', DATES.slashed(issued)], ['Vencimiento', DATES.slashed(due)], ['Pedido cliente', po]], 12);
  c.text('Facturar a', 360, 130, 8.5, c.bold, true);
  [cust.name, ...cust.address].forEach((t, k) => c.text(t, 360, 143 + k * 11, 9));
  let y = table(c, 220, [[50, 'Descripción', false, (l) => l.description], [340, 'Cant.', true, (l) => String(l.quantity)], [445, 'Precio', true, (l) => m(l.unitPrice)], [545, 'Total', true, (l) => m(l.amount)]], ls);
  rows(c, 50, 250, y + 10, [['Base imponible', m(base)], ['IVA 21%', m(iva)], ['TOTAL A PAGAR', m(total), true]]);
  c.text('Forma de pago', 340, y + 10, 8.5, c.bold);
  c.text('Transferencia a 60 días', 340, y + 23, 8.5);
  c.text(`IBAN ${v.iban}`, 340, y + 36, 8);
  return { c, key: keyOf(v, cust, { invoice_number: number, invoice_date: issued, due_date: due, subtotal: base, tax_amount: iva, total_amount: total, po_number: po, amount_paid: null, balance_due: total }) };
}

/** M: a US invoice with only terms ("Net 30"), no due date printed; "Ship to" and "Bill to"; sales tax. */
async function net30() {
  const c = await canvas([612, 792]);
  const v: Party = { name: 'Blue Ridge Fastener Supply, LLC', address: ['1400 Industrial Blvd', 'Roanoke, VA 24012'], phone: `(540) 555-${n(4)}`, email: 'ar@blueridgefastener.com', taxId: null, iban: null };
  const cust = customer(1);
  const number = `${n(6)}`;
  const [issued] = dates(0);
  const po = `${n(5)}`;
  const ls = lines('en', int(3, 5), 120);
  const sub = sum(ls);
  const freight = cents(15 + r() * 60);
  const tax = cents(sub * 0.053);
  const total = cents(sub + freight + tax);
  c.text(v.name, 40, 50, 14, c.bold);
  [...v.address, `Phone ${v.phone}`, v.email!].forEach((t, k) => c.text(t, 40, 66 + k * 11, 8.5));
  c.right('INVOICE', 572, 50, 18, c.bold);
  const heads = ['Invoice No.', 'Date', 'Customer PO', 'Terms', 'Ship Via'];
  const vals = [number, DATES.usShort(issued).replace(',', ','), po, 'Net 30', 'UPS Ground'];
  heads.forEach((h, k) => { c.box(40 + k * 106.4, 130, 106.4, 32); c.text(h, 45 + k * 106.4, 141, 7.5, c.bold); c.text(vals[k], 45 + k * 106.4, 156, 9); });
  c.text('Bill To', 40, 185, 8.5, c.bold); [cust.name, ...cust.address].forEach((t, k) => c.text(t, 40, 198 + k * 11, 9));
  c.text('Ship To', 320, 185, 8.5, c.bold); [cust.name, 'Receiving Dock 2', ...cust.address.slice(1)].forEach((t, k) => c.text(t, 320, 198 + k * 11, 9));
  let y = table(c, 260, [[40, 'Item / Description', false, (l) => l.description], [330, 'Qty', true, (l) => String(l.quantity)], [440, 'Unit Price', true, (l) => MONEY.usd(l.unitPrice)], [572, 'Extended', true, (l) => MONEY.usd(l.amount)]], ls);
  rows(c, 380, 572, y + 10, [['Subtotal', MONEY.usd(sub)], ['Freight', MONEY.usd(freight)], ['Sales Tax (5.3%)', MONEY.usd(tax)], ['Invoice Total', MONEY.usd(total), true]]);
  c.text('Past due invoices are subject to a 1.5% monthly finance charge.', 40, 740, 7.5);
  return { c, key: keyOf(v, cust, { invoice_number: number, invoice_date: issued, due_date: null, subtotal: sub, tax_amount: tax, total_amount: total, po_number: po, amount_paid: null, balance_due: total }) };
}

/** N: a brand printed big as a logo, the legal entity only in the footer ("... is a trading name of ..."). */
async function brandAndLegal() {
  const c = await canvas();
  const v: Party = { name: 'Pixel & Pine Creative Ltd', address: ['The Old Dairy, 4 Church Lane', 'Bath BA1 5LD'], phone: `01225 ${n(6)}`, email: 'studio@pixelandpine.com', taxId: `GB${n(9)}`, iban: iban('GB') };
  const cust = customer(0);
  const number = `PP${n(4)}`;
  const [issued, due] = dates(30);
  const ls = lines('en', int(2, 3), 800);
  const net = sum(ls);
  const vat = cents(net * 0.2);
  const total = cents(net + vat);
  c.text('PIXEL+PINE', 50, 70, 32, c.bold);
  c.text('design · brand · web', 52, 86, 9, c.font, true);
  rows(c, 360, 545, 55, [['Invoice', number], ['Issued', DATES.ukLong(issued)], ['Due', DATES.ukLong(due)]], 13);
  c.text('For', 50, 140, 8.5, c.bold, true);
  [cust.name, ...cust.address].forEach((t, k) => c.text(t, 50, 153 + k * 11, 9));
  let y = table(c, 230, [[50, 'Work', false, (l) => l.description], [340, 'Days', true, (l) => String(l.quantity)], [440, 'Day rate', true, (l) => MONEY.gbp(l.unitPrice)], [545, 'Amount', true, (l) => MONEY.gbp(l.amount)]], ls);
  y = rows(c, 360, 545, y + 10, [['Net', MONEY.gbp(net)], ['VAT @ 20%', MONEY.gbp(vat)], ['Total', MONEY.gbp(total), true]]);
  c.text(`Please pay to IBAN ${v.iban} quoting ${number}.`, 50, y + 30, 9);
  c.rule(50, 545, 770);
  c.text(`Pixel+Pine is a trading name of ${v.name}, registered in England and Wales no. ${n(8)}. VAT ${v.taxId}.`, 50, 782, 7);
  c.text(`Registered office: ${v.address.join(', ')} · ${v.phone} · ${v.email}`, 50, 792, 7);
  return { c, key: keyOf(v, cust, { invoice_number: number, invoice_date: issued, due_date: due, subtotal: net, tax_amount: vat, total_amount: total, po_number: null, amount_paid: null, balance_due: total }) };
}

// ---- The set ---------------------------------------------------------------------------------------------

const DOCUMENTS: { make: () => Promise<{ c: Canvas; key: Key }>; image?: number }[] = [
  { make: () => marketplace('en') },
  { make: () => progress() },
  { make: () => freelancer(), image: 0.4 },
  { make: () => utility() },
  { make: () => facturaIrpf(), image: -0.45 },
  { make: () => frenchTva(false) },
  { make: () => germanService() },
  { make: () => fatturaSplit() },
  { make: () => faturaRecibo() },
  { make: () => creditNote() },
  { make: () => proForma() },
  { make: () => totalsLeft() },
  { make: () => net30() },
  { make: () => brandAndLegal() },
  { make: () => marketplace('de'), image: 0.3 },
  { make: () => frenchTva(true), image: -0.3 },
];
await writeInvoiceSet(here, DOCUMENTS);
