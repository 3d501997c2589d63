// Generates eval/invoices-wild: 16 invoices in layouts the extractor was NOT tuned on, drawn from kinds of
// real invoices — a US SaaS invoice with an "amount due" banner; a UK VAT invoice with VAT rates per line;
// a German letter invoice (sender line over the address window, totals in a ruled two-column box, the due
// date inside a sentence); a strip of four boxed cells, label over value; a payment received and the balance
// after it; two pages with items carried forward; a sidebar holding the issuer's details; a French/Italian
// letter written as prose. English, Spanish, French, German, Italian and Portuguese; four rendered to
// degraded images the reader OCRs. Labels follow eval/invoices' conventions: amount_paid null when no payment
// is printed, balance_due then the total; iban / po_number / vendor_tax_id null when not printed.
// Run: npx tsx eval/invoices-wild/generate.ts
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dates as datesOf, DATES, itemLines, MONEY, type DateFmt, type Money, sum, table, writeInvoiceSet, type Line } from '../support/invoice-set.ts';
import { sequence } from '../support/random.ts';
import { cents, ibanWithCheck, inFours, pad } from '../support/formats.ts';
import { canvas, type Canvas } from '../support/canvas.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

const rng = sequence(1312);
const { r, p, n, int } = rng;

// ---- Parties ---------------------------------------------------------------------------------------------
/** An IBAN with a valid check number, printed in groups of four. */
function iban(country: string) {
  const bban = country === 'GB' ? `${p(['NWBK', 'BARC', 'HBUK'])}${n(14)}` : country === 'IT' ? `${p(['X', 'A', 'C'])}${n(22)}` : n({ ES: 20, DE: 18, FR: 23, PT: 21, AT: 16, NL: 14, IE: 18 }[country] ?? 20);
  const bbanNL = country === 'NL' ? `${p(['ABNA', 'RABO', 'INGB'])}${bban.slice(0, 10)}` : country === 'IE' ? `${p(['AIBK', 'BOFI'])}${bban.slice(0, 14)}` : bban;
  return inFours(ibanWithCheck(country, bbanNL));
}

interface Party { name: string; address: string[]; phone: string; email: string; taxId: string | null; iban: string | null }
function vendor(country: string): Party {
  const v = {
    US: () => ({ name: p(['Cloudberry Analytics, Inc.', 'Tidewater Labs Inc.']), address: ['548 Market Street, Suite 210', 'San Francisco, CA 94104'], phone: `+1 (415) 555-${n(4)}`, email: 'billing@cloudberry.io', taxId: null, iban: null }),
    IE: () => ({ name: 'Lumen Forms Ltd', address: ['3 Grand Canal Quay', 'Dublin 2, D02 X576'], phone: `+353 1 ${n(3)} ${n(4)}`, email: 'accounts@lumenforms.ie', taxId: `IE${n(7)}T`, iban: null }),
    GB: () => ({ name: p(['Hollybrook Joinery Ltd', 'Kestrel Print & Design Ltd']), address: ['Unit 4, Brunel Court', 'Bristol BS2 0JN'], phone: `0117 ${n(3)} ${n(4)}`, email: 'accounts@hollybrook.co.uk', taxId: `GB ${n(3)} ${n(4)} ${n(2)}`, iban: iban('GB') }),
    DE: () => ({ name: 'Nordlicht Software GmbH', address: ['Hafenstraße 12', '20457 Hamburg'], phone: `+49 40 ${n(7)}`, email: 'rechnung@nordlicht-software.de', taxId: `DE${n(9)}`, iban: iban('DE') }),
    IT: () => ({ name: p(['Officine Brera S.r.l.', 'Tipografia Lucchese S.n.c.']), address: ['Via Solferino 18', '20121 Milano'], phone: `+39 02 ${n(4)} ${n(4)}`, email: 'amministrazione@officinebrera.it', taxId: `IT${n(11)}`, iban: iban('IT') }),
    FR: () => ({ name: p(['Atelier Lavande SARL', 'Boulangerie Martin SAS']), address: ['27 rue des Tanneurs', '69002 Lyon'], phone: `04 ${n(2)} ${n(2)} ${n(2)} ${n(2)}`, email: 'contact@atelier-lavande.fr', taxId: `FR${n(2)}${n(9)}`, iban: iban('FR') }),
    ES: () => ({ name: p(['Construcciones Albaida S.L.', 'Gráficas Turia S.L.']), address: ['Calle de la Paz 9, 1º', '46003 Valencia'], phone: `96 ${n(3)} ${n(2)} ${n(2)}`, email: 'administracion@albaida.es', taxId: `B${n(8)}`, iban: iban('ES') }),
    PT: () => ({ name: 'Cerâmica Ribeira, Lda.', address: ['Rua das Flores 112', '4050-265 Porto'], phone: `+351 22 ${n(3)} ${n(4)}`, email: 'faturacao@ceramicaribeira.pt', taxId: `5${n(8)}`, iban: iban('PT') }),
    AU: () => ({ name: 'Southern Cross Plumbing Pty Ltd', address: ['41 Wattle Street', 'Ultimo NSW 2007'], phone: `(02) ${n(4)} ${n(4)}`, email: 'office@scplumbing.com.au', taxId: `${n(2)} ${n(3)} ${n(3)} ${n(3)}`, iban: null }),
    NL: () => ({ name: 'Polder Digital B.V.', address: ['Kanaalweg 14', '3526 KL Utrecht'], phone: `+31 30 ${n(3)} ${n(4)}`, email: 'finance@polderdigital.nl', taxId: `NL${n(9)}B01`, iban: iban('NL') }),
    AT: () => ({ name: 'Alpenblick Medien GmbH', address: ['Mariahilfer Straße 77', '1060 Wien'], phone: `+43 1 ${n(3)} ${n(2)} ${n(2)}`, email: 'office@alpenblick-medien.at', taxId: `ATU${n(8)}`, iban: iban('AT') }),
  }[country]!;
  return v();
}
const CUSTOMERS = [
  ['Bright Path Consulting LLC', '900 Lakeshore Drive', 'Chicago, IL 60611'],
  ['Marlow & Finch Solicitors', '22 Castle Street', 'Edinburgh EH2 3AT'],
  ['Bäckerei Sonnenschein KG', 'Lindenallee 5', '50667 Köln'],
  ['Hôtel du Parc SAS', '8 place Bellecour', '69002 Lyon'],
  ['Restaurante O Marinheiro', 'Avenida da Liberdade 200', '1250-147 Lisboa'],
  ['Clínica Veterinaria Los Álamos S.L.', 'Avenida de Aragón 30', '46021 Valencia'],
  ['Studio Architetti Ferri', 'Corso Vittorio Emanuele 44', '10123 Torino'],
  ['Harbourside Dental Group', '12 Quay Street', 'Sydney NSW 2000'],
];
const customer = () => { const [name, ...address] = p(CUSTOMERS); return { name, address, vat: null as string | null }; };

// ---- Line items and totals -------------------------------------------------------------------------------
const ITEMS: Record<string, string[]> = {
  en: ['Pro plan (annual)', 'Additional seats', 'Onboarding workshop', 'Oak shelving, fitted', 'Site survey', 'Labour (hours)', 'Brass fittings', 'Business cards (500)', 'Hosting, monthly', 'Support hours'],
  es: ['Mano de obra (horas)', 'Material eléctrico', 'Pintura plástica', 'Desplazamiento', 'Alquiler de andamio', 'Carteles impresos', 'Diseño de logotipo'],
  fr: ['Création graphique', 'Impression flyers A5', 'Heures de conseil', 'Frais de déplacement', 'Maintenance annuelle'],
  de: ['Softwareentwicklung (Std.)', 'Projektleitung', 'Lizenz Jahresabo', 'Schulung vor Ort', 'Reisekosten'],
  it: ['Consulenza tecnica', 'Stampa cataloghi', 'Montaggio scaffali', 'Trasporto', 'Assistenza annuale'],
  pt: ['Azulejos pintados à mão', 'Vasos de barro', 'Transporte', 'Embalagem', 'Pratos decorativos'],
};
/** Item lines of the set: a quantity up to 12, a unit price from 5 up, a name in the document's language. */
const lines = (lang: string, count: number, maxPrice = 900) => itemLines(rng, ITEMS[lang], count, { maxQuantity: 12, minPrice: 5, maxPrice });
const dates = (days = 30) => datesOf(rng, days);

interface Key {
  invoice_number: string; invoice_date: string; due_date: string; vendor_name: string; vendor_address: string; customer_name: string;
  subtotal: number; tax_amount: number; total_amount: number; vendor_email: string; vendor_phone: string; vendor_tax_id: string | null;
  iban: string | null; po_number: string | null; amount_paid: number | null; balance_due: number;
}
const keyOf = (v: Party, cust: { name: string }, k: Omit<Key, 'vendor_name' | 'vendor_address' | 'customer_name' | 'vendor_email' | 'vendor_phone' | 'vendor_tax_id' | 'iban'>): Key => ({
  invoice_number: k.invoice_number, invoice_date: k.invoice_date, due_date: k.due_date, vendor_name: v.name, vendor_address: v.address.join(' '), customer_name: cust.name,
  subtotal: k.subtotal, tax_amount: k.tax_amount, total_amount: k.total_amount, vendor_email: v.email, vendor_phone: v.phone, vendor_tax_id: v.taxId, iban: v.iban, po_number: k.po_number, amount_paid: k.amount_paid, balance_due: k.balance_due,
});

// ---- Layouts ---------------------------------------------------------------------------------------------
/** A: US SaaS style (Stripe-like): meta rows top left, three blocks, a big "$X due <date>" banner, totals at the bottom. */
async function saasBanner(country: 'US' | 'IE', fmt: Money, date: DateFmt) {
  const c = await canvas([612, 792]);
  const v = vendor(country);
  const cust = customer();
  const number = `${n(4)}${p(['A', 'C', 'F'])}${n(3)}-${pad(int(1, 40)).padStart(4, '0')}`;
  const [issued, due] = dates(p([14, 30]));
  const po = r() < 0.5 ? `PO-${n(5)}` : null;
  const ls = lines('en', int(2, 4), 400);
  const subtotal = sum(ls);
  const rate = country === 'US' ? 0.0825 : 0.23;
  const tax = cents(subtotal * rate);
  const total = cents(subtotal + tax);
  c.text('Invoice', 50, 60, 22, c.bold);
  c.right(v.name, 562, 58, 12, c.bold);
  const meta: [string, string][] = [['Invoice number', number], ['Date of issue', date(issued)], ['Date due', date(due)]];
  if (po) meta.push(['PO number', po]);
  meta.forEach(([l, val], k) => { c.text(l, 50, 95 + k * 14, 9, c.bold); c.text(val, 150, 95 + k * 14); });
  const y0 = 170;
  [v.name, ...v.address, v.phone, v.email, ...(v.taxId ? [`VAT ${v.taxId}`] : [])].forEach((t, k) => c.text(t, 50, y0 + k * 12, 9, k === 0 ? c.bold : c.font));
  c.text('Bill to', 240, y0, 9, c.bold);
  [cust.name, ...cust.address, `ap@${cust.name.split(' ')[0].toLowerCase().replace(/[^a-z]/g, '')}.com`].forEach((t, k) => c.text(t, 240, y0 + 12 + k * 12));
  c.text(`${fmt(total)} due ${date(due)}`, 50, 270, 17, c.bold);
  c.text('Pay online', 50, 290, 9, c.font, true);
  let y = table(c, 330, [[50, 'Description', false, (l) => l.description], [380, 'Qty', true, (l) => String(l.quantity)], [470, 'Unit price', true, (l) => fmt(l.unitPrice)], [562, 'Amount', true, (l) => fmt(l.amount)]], ls, 18);
  const totals: [string, string][] = [['Subtotal', fmt(subtotal)], [country === 'US' ? `Sales tax (8.25%)` : `VAT (23% on ${fmt(subtotal)})`, fmt(tax)], ['Total', fmt(total)], ['Amount due', fmt(total)]];
  y += 10;
  totals.forEach(([l, val], k) => { c.text(l, 330, y + k * 16, 9, k === 3 ? c.bold : c.font); c.right(val, 562, y + k * 16, 9, k === 3 ? c.bold : c.font); });
  c.text(`${number} · ${fmt(total)} due ${date(due)} · Page 1 of 1`, 50, 760, 7.5, c.font, true);
  return { c, key: keyOf(v, cust, { invoice_number: number, invoice_date: issued, due_date: due, subtotal, tax_amount: tax, total_amount: total, po_number: po, amount_paid: null, balance_due: total }) };
}

/** B: UK VAT invoice: issuer top right, "VAT INVOICE", a VAT rate per line, Total net / Total VAT / Invoice total, registration numbers and bank in the footer. */
async function ukVat(date: DateFmt) {
  const c = await canvas();
  const v = vendor('GB');
  const cust = customer();
  const number = `INV-${n(5)}`;
  const [issued, due] = dates(30);
  const po = r() < 0.6 ? `${p(['PO', 'P/O'])} ${n(6)}` : null;
  const ls = lines('en', int(2, 5), 300);
  const rates = ls.map(() => (r() < 0.25 ? 0.05 : 0.2));
  const net = sum(ls);
  const tax = cents(ls.reduce((a, l, k) => a + cents(l.amount * rates[k]), 0));
  const total = cents(net + tax);
  [v.name, ...v.address, `Tel: ${v.phone}`, v.email].forEach((t, k) => c.text(t, 360, 50 + k * 13, k === 0 ? 14 : 9, k === 0 ? c.bold : c.font));
  c.text('VAT INVOICE', 50, 60, 18, c.bold);
  c.text('Invoice to:', 50, 130, 8.5, c.bold);
  [cust.name, ...cust.address].forEach((t, k) => c.text(t, 50, 144 + k * 12));
  const meta: [string, string][] = [['Invoice No.', number], ['Invoice date', date(issued)], ['Tax point', date(issued)], ['Due date', date(due)]];
  if (po) meta.push(['Your order ref.', po]);
  meta.forEach(([l, val], k) => { c.text(l, 360, 140 + k * 13, 9, c.bold); c.text(val, 460, 140 + k * 13); });
  const rateOf = new Map(ls.map((l, k) => [l, rates[k]]));
  let y = table(c, 240, [[50, 'Description', false, (l) => l.description], [300, 'Qty', true, (l) => String(l.quantity)], [370, 'Unit price', true, (l) => MONEY.gbp(l.unitPrice)], [420, 'VAT %', true, (l) => `${rateOf.get(l)! * 100}%`], [480, 'VAT', true, (l) => MONEY.gbp(cents(l.amount * rateOf.get(l)!))], [545, 'Net', true, (l) => MONEY.gbp(l.amount)]], ls);
  y += 12;
  ([['Total net amount', net], ['Total VAT', tax], ['Invoice total', total]] as [string, number][]).forEach(([l, val], k) => {
    c.text(l, 360, y + k * 16, k === 2 ? 10.5 : 9, k === 2 ? c.bold : c.font);
    c.right(MONEY.gbp(val), 545, y + k * 16, k === 2 ? 10.5 : 9, k === 2 ? c.bold : c.font);
  });
  c.text('Payment terms: 30 days net. Please quote the invoice number with your payment.', 50, y + 70, 8.5);
  c.text(`Bank: Sort code ${n(2)}-${n(2)}-${n(2)}   Account no. ${n(8)}   IBAN ${v.iban}`, 50, 775, 7.5);
  c.text(`VAT Reg No: ${v.taxId}   Company Reg No: ${n(8)}   Registered in England and Wales`, 50, 788, 7.5);
  return { c, key: keyOf(v, cust, { invoice_number: number, invoice_date: issued, due_date: due, subtotal: net, tax_amount: tax, total_amount: total, po_number: po, amount_paid: null, balance_due: total }) };
}

/** C: German-style letter invoice (DIN 5008): sender line over the window address, info block right, totals in a ruled two-column box, the due date inside a sentence; footer in three columns. */
async function letterWindow(lang: 'de' | 'it') {
  const W = {
    de: { country: 'DE', number: 'Rechnungsnr.:', dateLabel: 'Rechnungsdatum:', customerNo: 'Kundennr.:', po: 'Bestellnr.:', title: 'Rechnung', intro: 'Sehr geehrte Damen und Herren, für unsere Leistungen berechnen wir Ihnen:', cols: ['Pos.', 'Bezeichnung', 'Menge', 'Einzelpreis', 'Gesamt'], net: 'Nettobetrag', tax: 'zzgl. 19 % USt.', total: 'Rechnungsbetrag', rate: 0.19, due: (d: string) => `Zahlbar ohne Abzug bis zum ${d}.`, taxId: 'USt-IdNr.:', other: `Steuernummer: ${n(2)}/${n(3)}/${n(5)}`, reg: `Amtsgericht Hamburg HRB ${n(6)}`, tel: 'Tel.', mail: 'E-Mail:', money: MONEY.eurSuffix, date: DATES.dotted },
    it: { country: 'IT', number: 'Fattura n.', dateLabel: 'Data:', customerNo: 'Cod. cliente:', po: 'Rif. ordine:', title: 'Fattura', intro: 'Spettabile cliente, Vi addebitiamo quanto segue:', cols: ['Pos.', 'Descrizione', 'Q.tà', 'Prezzo unitario', 'Importo'], net: 'Imponibile', tax: 'IVA 22%', total: 'Totale documento', rate: 0.22, due: (d: string) => `Pagamento: bonifico bancario entro il ${d}.`, taxId: 'P.IVA', other: `REA MI-${n(6)}`, reg: `Capitale sociale € 10.000 i.v.`, tel: 'Tel.', mail: 'Email:', money: MONEY.eurPrefixDot, date: DATES.slashed },
  }[lang];
  const c = await canvas();
  const v = vendor(W.country);
  const cust = customer();
  const number = lang === 'de' ? `RE-${int(2023, 2025)}-${n(4)}` : `${int(1, 400)}/${int(2023, 2025)}`;
  const [issued, due] = dates(lang === 'de' ? 14 : 30);
  const po = r() < 0.7 ? `45${n(8)}` : null;
  const ls = lines(lang, int(2, 5), 1200);
  const net = sum(ls);
  const tax = cents(net * W.rate);
  const total = cents(net + tax);
  c.right(v.name, 545, 55, 18, c.bold);
  [...v.address, `${W.tel} ${v.phone}`, `${W.mail} ${v.email}`].forEach((t, k) => c.right(t, 545, 75 + k * 11, 8.5));
  c.text(`${v.name} · ${v.address.join(' · ')}`, 57, 135, 6.5, c.font, true);
  [cust.name, ...cust.address].forEach((t, k) => c.text(t, 57, 152 + k * 12, 10));
  const info: [string, string][] = [[W.number, number], [W.dateLabel, W.date(issued)], [W.customerNo, n(5)]];
  if (po) info.push([W.po, po]);
  info.forEach(([l, val], k) => { c.text(l, 380, 150 + k * 12, 8.5); c.right(val, 545, 150 + k * 12, 8.5); });
  c.text(`${W.title} ${number}`, 57, 260, 14, c.bold);
  c.text(W.intro, 57, 285, 9);
  let pos = 0;
  let y = table(c, 310, [[57, W.cols[0], false, () => String(++pos)], [90, W.cols[1], false, (l) => l.description], [330, W.cols[2], true, (l) => String(l.quantity)], [440, W.cols[3], true, (l) => W.money(l.unitPrice)], [545, W.cols[4], true, (l) => W.money(l.amount)]], ls);
  // The totals: a ruled box of two columns, the labels in the left one.
  y += 6;
  const rows: [string, number][] = [[W.net, net], [W.tax, tax], [W.total, total]];
  rows.forEach(([l, val], k) => {
    c.box(330, y + k * 18, 120, 18, k === 2 ? 0.9 : undefined);
    c.box(450, y + k * 18, 95, 18);
    c.text(l, 336, y + k * 18 + 12.5, 9, k === 2 ? c.bold : c.font);
    c.right(W.money(val), 540, y + k * 18 + 12.5, 9, k === 2 ? c.bold : c.font);
  });
  c.text(W.due(W.date(due)), 57, y + 80, 9);
  const cols = [[v.name, ...v.address], [W.reg, `${W.taxId} ${v.taxId}`, W.other], [lang === 'de' ? 'Hamburger Sparkasse' : 'Banca Popolare di Milano', `IBAN: ${v.iban}`, `BIC: ${p(['HASPDEHHXXX', 'BPMIITMMXXX'])}`]];
  cols.forEach((col, i) => col.forEach((t, k) => c.text(t, 57 + i * 170, 770 + k * 10, 6.5, c.font, true)));
  return { c, key: keyOf(v, cust, { invoice_number: number, invoice_date: issued, due_date: due, subtotal: net, tax_amount: tax, total_amount: total, po_number: po, amount_paid: null, balance_due: total }) };
}

/** D: a strip of four boxed cells across the page, each a small label over its value; the customer's own VAT number printed too. */
async function headerStrip(lang: 'fr' | 'es') {
  const W = {
    fr: { country: 'FR', title: 'FACTURE', cells: ['N° DE FACTURE', "DATE D'ÉMISSION", 'ÉCHÉANCE', 'BON DE COMMANDE'], billTo: 'Facturé à', custVat: 'N° TVA :', cols: ['Désignation', 'Qté', 'Prix unitaire HT', 'Montant HT'], net: 'Total HT', tax: 'TVA 20 %', total: 'Total TTC', rate: 0.2, money: MONEY.eurSpaceSuffix, date: DATES.slashed, footer: (v: Party) => [`SARL au capital de 8 000 € - SIRET ${n(3)} ${n(3)} ${n(3)} ${n(5)} - RCS Lyon - N° TVA intracommunautaire : ${v.taxId}`, `Règlement par virement - IBAN : ${v.iban} - BIC : ${p(['CCBPFRPPLYO', 'AGRIFRPP878'])}`], custVatOf: () => `FR${n(11)}` },
    es: { country: 'ES', title: 'FACTURA', cells: ['Nº FACTURA', 'FECHA', 'VENCIMIENTO', 'TOTAL A PAGAR'], billTo: 'Cliente', custVat: 'CIF:', cols: ['Concepto', 'Uds.', 'Precio', 'Importe'], net: 'Base imponible', tax: 'IVA (21 %)', total: 'Total factura', rate: 0.21, money: MONEY.eurSuffix, date: DATES.esLong, footer: (v: Party) => [`Inscrita en el Registro Mercantil de Valencia, Tomo ${n(4)}, Folio ${n(2)}, Hoja V-${n(5)} - NIF ${v.taxId}`, `Forma de pago: transferencia bancaria a la cuenta ${v.iban}`], custVatOf: () => `B${n(8)}` },
  }[lang];
  const c = await canvas();
  const v = vendor(W.country);
  const cust = customer();
  const number = lang === 'fr' ? `F${int(2023, 2025)}-${n(3)}` : `${int(2023, 2025)}/${n(4)}`;
  const [issued, due] = dates(30);
  const po = lang === 'fr' ? `BC-${n(5)}` : null;
  const ls = lines(lang, int(2, 5), 600);
  const net = sum(ls);
  const tax = cents(net * W.rate);
  const total = cents(net + tax);
  c.text(v.name, 50, 60, 16, c.bold);
  [...v.address, v.phone, v.email].forEach((t, k) => c.text(t, 50, 78 + k * 12, 8.5));
  c.right(W.title, 545, 64, 24, c.bold);
  const values = [number, W.date(issued), W.date(due), lang === 'fr' ? po! : W.money(total)];
  W.cells.forEach((label, k) => {
    c.box(50 + k * 124, 160, 124, 38);
    c.text(label, 56 + k * 124, 172, 6.5, c.bold, true);
    c.text(values[k], 56 + k * 124, 189, 10, c.bold);
  });
  c.text(W.billTo, 320, 225, 8, c.bold, true);
  [cust.name, ...cust.address, `${W.custVat} ${W.custVatOf()}`].forEach((t, k) => c.text(t, 320, 239 + k * 12));
  let y = table(c, 320, [[50, W.cols[0], false, (l) => l.description], [330, W.cols[1], true, (l) => String(l.quantity)], [440, W.cols[2], true, (l) => W.money(l.unitPrice)], [545, W.cols[3], true, (l) => W.money(l.amount)]], ls);
  y += 10;
  ([[W.net, net], [W.tax, tax], [W.total, total]] as [string, number][]).forEach(([l, val], k) => { c.text(l, 370, y + k * 16, 9.5, k === 2 ? c.bold : c.font); c.right(W.money(val), 545, y + k * 16, 9.5, k === 2 ? c.bold : c.font); });
  W.footer(v).forEach((t, k) => c.text(t, 50, 780 + k * 11, 6.5));
  return { c, key: keyOf(v, cust, { invoice_number: number, invoice_date: issued, due_date: due, subtotal: net, tax_amount: tax, total_amount: total, po_number: po, amount_paid: null, balance_due: total }) };
}

/** E: a payment received already, then the balance due; the customer's tax number printed too (Portugal), or an Australian tax invoice with ABN and GST. */
async function paymentReceived(lang: 'pt' | 'en') {
  const W = {
    pt: { country: 'PT', title: 'FATURA', meta: ['Fatura n.º', 'Data de emissão', 'Data de vencimento', 'Requisição'], billTo: 'Cliente', custTax: 'NIF', cols: ['Descrição', 'Qtd.', 'Preço unit.', 'Valor'], net: 'Total ilíquido', tax: 'IVA (23%)', total: 'Total', paid: (d: string) => `Pagamento recebido (${d})`, balance: 'Saldo em dívida', rate: 0.23, money: MONEY.eurSuffix, date: DATES.iso, taxId: 'NIF', tel: 'Tel.', footer: (v: Party) => [`IBAN: ${v.iban}`, `Processado por programa certificado n.º ${n(4)}/AT · ATCUD: J${n(3)}${p(['K', 'X'])}${n(2)}-${n(3)}`] },
    en: { country: 'AU', title: 'TAX INVOICE', meta: ['Invoice #', 'Invoice date', 'Due date', 'Order number'], billTo: 'Bill to', custTax: 'ABN', cols: ['Description', 'Qty', 'Rate', 'Amount'], net: 'Subtotal', tax: 'GST 10%', total: 'Total AUD', paid: (d: string) => `Payment received ${d}`, balance: 'Balance due', rate: 0.1, money: MONEY.aud, date: DATES.slashed, taxId: 'ABN', tel: 'Ph', footer: () => [`Direct deposit: BSB ${n(3)}-${n(3)}  Account ${n(8)}  Reference: invoice number`, 'Thank you for your business.'] },
  }[lang];
  const c = await canvas();
  const v = vendor(W.country);
  const cust = customer();
  const number = lang === 'pt' ? `FT ${int(2023, 2025)}A1/${int(10, 999)}` : `INV-${n(4)}`;
  const [issued, due] = dates(lang === 'pt' ? 30 : 14);
  const po = r() < 0.6 ? (lang === 'pt' ? `REQ-${n(4)}` : `${n(6)}`) : null;
  const ls = lines(lang, int(2, 4), 700);
  const net = sum(ls);
  const tax = cents(net * W.rate);
  const total = cents(net + tax);
  const paid = cents(Math.round(total * (0.3 + 0.4 * r())));
  const balance = cents(total - paid);
  c.text(v.name, 50, 60, 15, c.bold);
  [...v.address, `${W.taxId} ${v.taxId}`, `${W.tel} ${v.phone}`, v.email].forEach((t, k) => c.text(t, 50, 78 + k * 12, 8.5));
  c.right(W.title, 545, 62, 20, c.bold);
  const meta = [number, W.date(issued), W.date(due), ...(po ? [po] : [])];
  meta.forEach((val, k) => { c.right(W.meta[k], 450, 95 + k * 13, 8.5, c.bold); c.text(val, 460, 95 + k * 13, 8.5); });
  c.text(W.billTo, 50, 175, 8.5, c.bold);
  [cust.name, ...cust.address, `${W.custTax} ${lang === 'pt' ? `5${n(8)}` : `${n(2)} ${n(3)} ${n(3)} ${n(3)}`}`].forEach((t, k) => c.text(t, 50, 189 + k * 12));
  let y = table(c, 270, [[50, W.cols[0], false, (l) => l.description], [330, W.cols[1], true, (l) => String(l.quantity)], [440, W.cols[2], true, (l) => W.money(l.unitPrice)], [545, W.cols[3], true, (l) => W.money(l.amount)]], ls);
  y += 10;
  const paidOn = W.date(new Date(Date.parse(issued) + 5 * 86_400_000).toISOString().slice(0, 10));
  ([[W.net, net], [W.tax, tax], [W.total, total], [W.paid(paidOn), -paid], [W.balance, balance]] as [string, number][]).forEach(([l, val], k) => {
    const strong = k === 4;
    c.text(l, 330, y + k * 16, strong ? 10.5 : 9, strong ? c.bold : c.font);
    c.right(W.money(val), 545, y + k * 16, strong ? 10.5 : 9, strong ? c.bold : c.font);
  });
  W.footer(v).forEach((t, k) => c.text(t, 50, 775 + k * 11, 7.5));
  return { c, key: keyOf(v, cust, { invoice_number: number, invoice_date: issued, due_date: due, subtotal: net, tax_amount: tax, total_amount: total, po_number: po, amount_paid: paid, balance_due: balance }) };
}

/** F: two pages: items continue onto page 2 with a carried-forward sum at the foot of page 1 and head of page 2; totals on page 2. */
async function twoPages(lang: 'es' | 'en') {
  const W = {
    es: { country: 'ES', title: 'FACTURA', number: 'Factura nº', dateLabel: 'Fecha de expedición', due: 'Vencimiento', po: 'Su pedido', billTo: 'Datos del cliente', cols: ['Concepto', 'Cant.', 'Precio', 'Importe'], carried: 'Suma y sigue', brought: 'Suma anterior', page: (k: number) => `Página ${k} de 2`, net: 'Base imponible', tax: 'Cuota IVA 21%', total: 'TOTAL FACTURA', rate: 0.21, money: MONEY.plainDot, date: DATES.slashed, taxId: 'NIF', tel: 'Tfno.', mail: 'Email', iban: 'IBAN' },
    en: { country: 'NL', title: 'INVOICE', number: 'Invoice number', dateLabel: 'Invoice date', due: 'Due date', po: 'Purchase order', billTo: 'Invoice address', cols: ['Description', 'Qty', 'Price', 'Total'], carried: 'Carried forward', brought: 'Brought forward', page: (k: number) => `Page ${k} of 2`, net: 'Total excl. VAT', tax: 'VAT 21%', total: 'Total incl. VAT', rate: 0.21, money: MONEY.eurPrefixDot, date: DATES.ukLong, taxId: 'VAT no.', tel: 'Phone', mail: 'E-mail', iban: 'IBAN' },
  }[lang];
  const c = await canvas();
  const v = vendor(W.country);
  const cust = customer();
  const number = lang === 'es' ? `A-${n(5)}` : `${int(2023, 2025)}${n(4)}`;
  const [issued, due] = dates(30);
  const po = r() < 0.7 ? `PO${n(6)}` : null;
  const ls = lines(lang, int(24, 28), 250);
  const net = sum(ls);
  const tax = cents(net * W.rate);
  const total = cents(net + tax);
  c.text(v.name, 50, 55, 14, c.bold);
  [...v.address, `${W.taxId} ${v.taxId}`, `${W.tel} ${v.phone} · ${W.mail} ${v.email}`].forEach((t, k) => c.text(t, 50, 72 + k * 11, 8));
  c.right(W.title, 545, 58, 18, c.bold);
  const meta: [string, string][] = [[W.number, number], [W.dateLabel, W.date(issued)], [W.due, W.date(due)]];
  if (po) meta.push([W.po, po]);
  meta.forEach(([l, val], k) => { c.text(`${l}:`, 360, 90 + k * 12, 8.5, c.bold); c.right(val, 545, 90 + k * 12, 8.5); });
  c.text(W.billTo, 50, 150, 8, c.bold);
  [cust.name, ...cust.address].forEach((t, k) => c.text(t, 50, 163 + k * 11, 9));
  const first = ls.slice(0, 19);
  const cols: [number, string, boolean, (l: Line) => string][] = [[50, W.cols[0], false, (l) => l.description], [340, W.cols[1], true, (l) => String(l.quantity)], [445, W.cols[2], true, (l) => W.money(l.unitPrice)], [545, W.cols[3], true, (l) => W.money(l.amount)]];
  let y = table(c, 220, cols, first, 15);
  const carried = sum(first);
  c.text(W.carried, 340, y + 4, 9, c.bold);
  c.right(W.money(carried), 545, y + 4, 9, c.bold);
  c.right(W.page(1), 545, 810, 7.5);
  c.newPage();
  c.text(`${v.name} · ${W.number} ${number}`, 50, 50, 8.5, c.bold);
  c.text(W.brought, 340, 80, 9, c.bold);
  c.right(W.money(carried), 545, 80, 9, c.bold);
  y = table(c, 105, cols, ls.slice(19), 15);
  y += 10;
  ([[W.net, net], [W.tax, tax], [W.total, total]] as [string, number][]).forEach(([l, val], k) => { c.text(l, 340, y + k * 16, 9.5, k === 2 ? c.bold : c.font); c.right(W.money(val), 545, y + k * 16, 9.5, k === 2 ? c.bold : c.font); });
  c.text(`${W.iban} ${v.iban}`, 50, y + 80, 8.5);
  c.right(W.page(2), 545, 810, 7.5);
  return { c, key: keyOf(v, cust, { invoice_number: number, invoice_date: issued, due_date: due, subtotal: net, tax_amount: tax, total_amount: total, po_number: po, amount_paid: null, balance_due: total }) };
}

/** G: a shaded sidebar on the left holds the issuer's details, each a small label over its value; the invoice itself on the right. */
async function sidebar(lang: 'en' | 'de') {
  const W = {
    en: { country: 'NL', labels: ['Address', 'Phone', 'Email', 'VAT number', 'Bank (IBAN)'], title: 'INVOICE', billed: 'Billed to', meta: ['Invoice no.', 'Issued', 'Payment due', 'Reference'], cols: ['Item', 'Qty', 'Price', 'Amount'], net: 'Subtotal', tax: 'VAT (21%)', total: 'Total due', rate: 0.21, money: MONEY.eurEn, date: DATES.usShort },
    de: { country: 'AT', labels: ['Anschrift', 'Telefon', 'E-Mail', 'UID-Nummer', 'Bankverbindung (IBAN)'], title: 'RECHNUNG', billed: 'Rechnung an', meta: ['Rechnungsnummer', 'Rechnungsdatum', 'Fälligkeitsdatum', 'Ihre Bestellung'], cols: ['Leistung', 'Menge', 'Preis', 'Betrag'], net: 'Zwischensumme', tax: 'USt. 20 %', total: 'Gesamtbetrag', rate: 0.2, money: MONEY.eurPrefixDot, date: DATES.deLong },
  }[lang];
  const c = await canvas();
  const v = vendor(W.country);
  const cust = customer();
  const number = `${p(['INV', 'RG'])}${int(2023, 2025)}-${n(3)}`;
  const [issued, due] = dates(p([14, 21, 30]));
  const po = r() < 0.6 ? `${n(3)}-${n(4)}` : null;
  const ls = lines(lang, int(2, 5), 500);
  const net = sum(ls);
  const tax = cents(net * W.rate);
  const total = cents(net + tax);
  c.box(0, 0, 185, 842, 0.93);
  c.text(v.name, 20, 60, 11, c.bold);
  let y = 100;
  const block = (label: string, values: string[]) => {
    c.text(label.toUpperCase(), 20, y, 6, c.bold, true);
    values.forEach((t, k) => c.text(t, 20, y + 11 + k * 10, 7.5));
    y += 24 + values.length * 10;
  };
  block(W.labels[0], v.address);
  block(W.labels[1], [v.phone]);
  block(W.labels[2], [v.email]);
  block(W.labels[3], [v.taxId!]);
  block(W.labels[4], [v.iban!]);
  c.text(W.title, 210, 62, 22, c.bold);
  c.text(W.billed, 210, 100, 8, c.bold, true);
  [cust.name, ...cust.address].forEach((t, k) => c.text(t, 210, 113 + k * 11, 9));
  const meta = [number, W.date(issued), W.date(due), ...(po ? [po] : [])];
  meta.forEach((val, k) => { c.text(W.meta[k], 400, 100 + k * 13, 8, c.font, true); c.right(val, 565, 100 + k * 13, 8.5); });
  y = table(c, 220, [[210, W.cols[0], false, (l) => l.description], [400, W.cols[1], true, (l) => String(l.quantity)], [480, W.cols[2], true, (l) => W.money(l.unitPrice)], [565, W.cols[3], true, (l) => W.money(l.amount)]], ls, 17);
  y += 10;
  ([[W.net, net], [W.tax, tax], [W.total, total]] as [string, number][]).forEach(([l, val], k) => { c.text(l, 400, y + k * 16, k === 2 ? 11 : 9, k === 2 ? c.bold : c.font); c.right(W.money(val), 565, y + k * 16, k === 2 ? 11 : 9, k === 2 ? c.bold : c.font); });
  return { c, key: keyOf(v, cust, { invoice_number: number, invoice_date: issued, due_date: due, subtotal: net, tax_amount: tax, total_amount: total, po_number: po, amount_paid: null, balance_due: total }) };
}

/** H: a freelancer's letter: number and date in a sentence ("Facture n° X du <date>"), the amount and due date in prose, a short item list. */
async function proseLetter(lang: 'fr' | 'it') {
  const W = {
    fr: { country: 'FR', heading: (num: string, d: string) => `Facture n° ${num} du ${d}`, to: 'À l’attention de', ref: (po: string) => `Votre référence : ${po}`, cols: ['Prestation', 'Qté', 'P.U. HT', 'Total HT'], net: 'Total HT', tax: 'TVA 20 %', total: 'Net à payer', rate: 0.2, pay: (amt: string, d: string) => `Merci de régler la somme de ${amt} avant le ${d}, par virement sur le compte :`, money: MONEY.eurPrefixSpace, date: DATES.frLong, taxId: 'N° TVA', tel: 'Tél.', sign: 'Cordialement,' },
    it: { country: 'IT', heading: (num: string, d: string) => `Fattura n. ${num} del ${d}`, to: 'Spett.le', ref: (po: string) => `Vs. ordine n. ${po}`, cols: ['Descrizione', 'Q.tà', 'Prezzo', 'Totale'], net: 'Imponibile', tax: 'IVA 22%', total: 'Totale da pagare', rate: 0.22, pay: (amt: string, d: string) => `Si prega di versare l'importo di ${amt} entro il ${d} tramite bonifico sul conto:`, money: MONEY.eurPrefixSpace, date: DATES.itLong, taxId: 'Partita IVA', tel: 'Tel.', sign: 'Cordiali saluti,' },
  }[lang];
  const c = await canvas();
  const v = vendor(W.country);
  const cust = customer();
  const number = `${int(2023, 2025)}-${n(3)}`;
  const [issued, due] = dates(30);
  const po = r() < 0.6 ? `${p(['CMD', 'ORD'])}-${n(4)}` : null;
  const ls = lines(lang, int(1, 3), 1500);
  const net = sum(ls);
  const tax = cents(net * W.rate);
  const total = cents(net + tax);
  c.text(v.name, 50, 60, 13, c.bold);
  [...v.address, `${W.tel} ${v.phone}`, v.email, `${W.taxId} ${v.taxId}`].forEach((t, k) => c.text(t, 50, 76 + k * 11, 8.5));
  c.text(W.to, 340, 150, 8.5, c.font, true);
  [cust.name, ...cust.address].forEach((t, k) => c.text(t, 340, 163 + k * 12, 9.5));
  c.text(W.heading(number, W.date(issued)), 50, 240, 13, c.bold);
  if (po) c.text(W.ref(po), 50, 256, 9);
  let y = table(c, 290, [[50, W.cols[0], false, (l) => l.description], [330, W.cols[1], true, (l) => String(l.quantity)], [440, W.cols[2], true, (l) => W.money(l.unitPrice)], [545, W.cols[3], true, (l) => W.money(l.amount)]], ls);
  y += 8;
  ([[W.net, net], [W.tax, tax], [W.total, total]] as [string, number][]).forEach(([l, val], k) => { c.text(`${l} :`.replace(' :', lang === 'fr' ? ' :' : ':'), 360, y + k * 15, 9.5, k === 2 ? c.bold : c.font); c.right(W.money(val), 545, y + k * 15, 9.5, k === 2 ? c.bold : c.font); });
  y += 80;
  c.text(W.pay(W.money(total), W.date(due)), 50, y, 9.5);
  c.text(`IBAN ${v.iban}`, 70, y + 16, 9.5);
  c.text(W.sign, 50, y + 50, 9.5);
  c.text(v.name, 50, y + 64, 9.5);
  return { c, key: keyOf(v, cust, { invoice_number: number, invoice_date: issued, due_date: due, subtotal: net, tax_amount: tax, total_amount: total, po_number: po, amount_paid: null, balance_due: total }) };
}

// ---- The set ---------------------------------------------------------------------------------------------
const DOCUMENTS: { make: () => Promise<{ c: Canvas; key: Key }>; image?: number }[] = [
  { make: () => saasBanner('US', MONEY.usd, DATES.usLong) },
  { make: () => ukVat(DATES.ukLong) },
  { make: () => letterWindow('de') },
  { make: () => headerStrip('fr') },
  { make: () => paymentReceived('pt') },
  { make: () => twoPages('es') },
  { make: () => sidebar('en') },
  { make: () => proseLetter('fr') },
  { make: () => saasBanner('IE', MONEY.eurEn, DATES.usShort), image: 0.4 },
  { make: () => ukVat(DATES.slashed), image: -0.5 },
  { make: () => letterWindow('it') },
  { make: () => headerStrip('es'), image: 0.3 },
  { make: () => paymentReceived('en') },
  { make: () => twoPages('en') },
  { make: () => sidebar('de'), image: -0.35 },
  { make: () => proseLetter('it') },
];

await writeInvoiceSet(here, DOCUMENTS);
