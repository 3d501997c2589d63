// Generates the invoice evaluation set: PDFs with varied layouts, languages (English, Spanish; German, French,
// Portuguese and Italian labels on six, and six printed wholly in one of those four), date and number formats and line items, the labels (key/*.json) written by the generator. Layouts: labels beside
// values, above them (boxes) or below them (captions); a key/value block on the right; the issuer top left,
// top right or printed large with the customer's block (another company) beside it; issue and due dates;
// subtotal, tax and total rows; descriptions wrapped over two lines. Some documents are rendered to
// images, so the reader's OCR — not a text layer — gives the words. Run: npx tsx eval/invoices/generate.ts
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';
import { renderPage } from '../../src/engine/read/index.ts';
import { ibanWithCheck, inFours } from '../support/formats.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const COUNT = 24;
/** Every this many documents, one is rendered to an image (PNG) and read by OCR. */
const IMAGE_EVERY = 6;
/** Documents of the harder layouts (writeHardLayouts), numbered after the first COUNT. */
const HARD_COUNT = 12;
/** Documents of the wording the first two sets lack (writeWordingGaps), numbered after the harder layouts. */
const GAP_COUNT = 6;
/** Documents printed wholly in French, German, Italian or Portuguese (writeForeignInvoices), numbered after the wording gaps. */
const FOREIGN_COUNT = 6;

/**
 * A tiny deterministic PRNG so the set is reproducible: `r` in [0, 1), `p` picks from a list, `n` gives k
 * digits. Each group of documents draws from a sequence of its own, so adding one leaves the others as they were.
 */
function sequence(seed: number) {
  const r = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const p = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const n = (k: number) => Array.from({ length: k }, () => Math.floor(r() * 10)).join('');
  return { r, p, n };
}
const { r: rand, p: pick } = sequence(42);
// The issuer's contact, tax and bank details and the customer's order number draw from their own
// sequence, so adding them left every other value of the set as it was.
const { r: extra, p: pickExtra, n: digits } = sequence(7);

const LANGS = {
  en: {
    title: ['INVOICE', 'Invoice', 'TAX INVOICE'],
    number: ['Invoice No:', 'Invoice #', 'Invoice number:'],
    date: ['Date:', 'Invoice date:', 'Issue date:'],
    due: ['Due date:', 'Payment due:'],
    billTo: ['Bill to:', 'Billed to:', 'Customer:'],
    subtotal: ['Subtotal', 'Sub-total'],
    tax: ['VAT 20%', 'Tax (20%)', 'Sales tax 20%'],
    total: ['Total:', 'Total due:', 'Amount due:', 'TOTAL'],
    cols: ['Description', 'Qty', 'Unit price', 'Amount'],
    phone: ['Tel:', 'Phone:', 'Tel.'],
    email: ['Email:', 'E-mail:'],
    taxId: ['VAT No:', 'VAT Reg. No.', 'Tax ID:'],
    iban: ['IBAN:', 'Bank account (IBAN):'],
    po: ['PO Number:', 'Purchase order:', 'Order No:'],
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    rate: 0.2,
  },
  es: {
    title: ['FACTURA', 'Factura'],
    number: ['Factura nº:', 'Nº factura:', 'Número de factura:'],
    date: ['Fecha:', 'Fecha de emisión:', 'Fecha factura:'],
    due: ['Vencimiento:', 'Fecha de vencimiento:'],
    billTo: ['Cliente:', 'Facturar a:'],
    subtotal: ['Base imponible', 'Subtotal'],
    tax: ['IVA 21%', 'IVA (21%)'],
    total: ['Total:', 'Total a pagar:', 'Importe total:', 'TOTAL FACTURA'],
    cols: ['Descripción', 'Cantidad', 'Precio', 'Importe'],
    phone: ['Tel.:', 'Teléfono:', 'Tlf:'],
    email: ['Email:', 'Correo:', 'E-mail:'],
    taxId: ['NIF:', 'CIF:', 'NIF/CIF:'],
    iban: ['IBAN:', 'Cuenta (IBAN):'],
    po: ['Pedido nº:', 'Nº de pedido:', 'Su pedido:'],
    months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    rate: 0.21,
  },
};
const VENDORS = {
  en: [
    ['Acme Widgets Ltd', '14 Mill Lane', 'Leeds LS1 4DY'],
    ['Blue Harbor Trading LLC', '220 Pier Avenue, Suite 5', 'Portland, OR 97209'],
    ['Northwind Supplies Inc', '88 King Street West', 'Toronto ON M5H 1J9'],
    ['Orbit Office GmbH', 'Hauptstrasse 21', '10115 Berlin'],
    ['Greenfield Foods Ltd', 'Unit 3, Riverside Park', 'Bristol BS1 6QH'],
  ],
  es: [
    ['Suministros Ibéricos S.L.', 'Calle Mayor 12, 2º B', '28013 Madrid'],
    ['Talleres García S.A.', 'Avenida del Puerto 45', '46023 Valencia'],
    ['Papelería Central S.L.', 'Paseo de Gracia 101', '08008 Barcelona'],
    ['Distribuciones Norte S.L.U.', 'Polígono Industrial Sur, nave 7', '48950 Erandio'],
  ],
};
/** Per issuer (same order as VENDORS): country, telephone prefix and email domain. */
const CONTACTS: Record<string, [string, string, string]> = {
  'Acme Widgets Ltd': ['GB', '+44 113', 'acmewidgets.co.uk'],
  'Blue Harbor Trading LLC': ['US', '+1 503', 'blueharbor.com'],
  'Northwind Supplies Inc': ['CA', '+1 416', 'northwind.ca'],
  'Orbit Office GmbH': ['DE', '+49 30', 'orbit-office.de'],
  'Greenfield Foods Ltd': ['GB', '+44 117', 'greenfieldfoods.co.uk'],
  'Suministros Ibéricos S.L.': ['ES', '+34 91', 'suministrosibericos.es'],
  'Talleres García S.A.': ['ES', '+34 96', 'tallerespgarcia.es'],
  'Papelería Central S.L.': ['ES', '+34 93', 'papeleriacentral.es'],
  'Distribuciones Norte S.L.U.': ['ES', '+34 94', 'distnorte.es'],
};

/** An IBAN with a valid check number, printed in groups of four. */
function iban(country: string) {
  // Each country's account length (Italy's opens with a check letter).
  const bban = country === 'GB' ? `${pickExtra(['NWBK', 'BARC', 'LOYD'])}${digits(14)}` : country === 'IT' ? `${pickExtra(['X', 'A', 'C'])}${digits(22)}` : digits({ ES: 20, DE: 18, FR: 23, PT: 21, AT: 16 }[country] ?? 20);
  return inFours(ibanWithCheck(country, bban));
}

/** The issuer's tax number as its country prints it. */
function taxId(country: string) {
  if (country === 'ES') return `B${digits(8)}`;
  if (country === 'US') return `${digits(2)}-${digits(7)}`;
  if (country === 'CA') return `${digits(9)}RT0001`;
  return `${country}${digits(9)}`;
}
const CUSTOMERS = ['Harbour Logistics Ltd', 'Clínica Dental Sol S.L.', 'Riverside Studio LLC', 'Hotel Las Palmeras S.A.', 'Maple Accounting Inc'];
const ITEMS = ['Office chairs', 'Printer paper A4', 'Consulting hours', 'Software licence', 'Delivery', 'Toner cartridge', 'Desk lamps', 'Maintenance'];
/** Descriptions too long for their cell: printed over two lines. */
const LONG_ITEMS = [['Annual maintenance contract', 'for office printers'], ['Website redesign, phase 2', '(design and development)'], ['Ergonomic desk chairs with', 'adjustable armrests']];

function money(value: number, style: 'en' | 'es') {
  const [int, dec] = value.toFixed(2).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, style === 'en' ? ',' : '.');
  return style === 'en' ? `${grouped}.${dec}` : `${grouped},${dec}`;
}

function dateIn(iso: string, format: number, lang: 'en' | 'es') {
  const [y, m, day] = iso.split('-');
  const month = LANGS[lang].months[Number(m) - 1];
  return [`${day}/${m}/${y}`, lang === 'es' ? `${Number(day)} de ${month} de ${y}` : `${Number(day)} ${month} ${y}`, iso, `${day}.${m}.${y}`][format];
}

const cents = (x: number) => Math.round(x * 100) / 100;

rmSync(path.join(here, 'docs'), { recursive: true, force: true });
rmSync(path.join(here, 'key'), { recursive: true, force: true });
mkdirSync(path.join(here, 'docs'), { recursive: true });
mkdirSync(path.join(here, 'key'), { recursive: true });
writeFileSync(
  path.join(here, 'schema.json'),
  `${JSON.stringify(
    {
      named_entities: {
        invoice_number: { type: 'string', description: 'Invoice number' },
        invoice_date: { type: 'date', description: 'Date the invoice was issued' },
        due_date: { type: 'date', description: 'Date the payment is due' },
        vendor_name: { type: 'string', description: 'Company that issued the invoice' },
        vendor_address: { type: 'string', description: 'Address of the company that issued the invoice' },
        customer_name: { type: 'string', description: 'Customer the invoice is billed to' },
        subtotal: { type: 'number', description: 'Amount before tax' },
        tax_amount: { type: 'number', description: 'Tax amount' },
        total_amount: { type: 'number', description: 'Total amount to pay' },
        vendor_email: { type: 'string', description: 'Email address of the company that issued the invoice' },
        vendor_phone: { type: 'string', description: 'Telephone number of the company that issued the invoice' },
        vendor_tax_id: { type: 'string', description: 'Tax identification (VAT or NIF) number of the issuer' },
        iban: { type: 'string', description: 'IBAN of the bank account to pay into' },
        po_number: { type: 'string', description: 'Purchase order number of the customer' },
        net_total: { type: 'number', description: 'Net total: the amount after discounts, before tax' },
        amount_paid: { type: 'number', description: 'Amount already paid' },
        balance_due: { type: 'number', description: 'Balance still due after payments' },
        line_items: { type: 'array', items: { type: 'object', properties: { description: { type: 'string' }, quantity: { type: 'integer' }, unit_price: { type: 'number' }, amount: { type: 'number' } } } },
      },
      required: ['invoice_number', 'invoice_date', 'total_amount'],
    },
    null,
    2,
  )}\n`,
);

for (let i = 0; i < COUNT; i++) {
  const lang = i % 2 ? 'es' : 'en';
  const L = LANGS[lang];
  const layout = Math.floor(i / 2) % 4;
  const numberStyle = lang === 'es' && rand() < 0.7 ? 'es' : 'en';
  const [vendor, ...vendorAddress] = pick(VENDORS[lang]);
  const customer = pick(CUSTOMERS);
  const invoiceNumber = `${pick(['INV', 'F', 'FAC', 'A'])}-${2020 + Math.floor(rand() * 6)}-${String(Math.floor(rand() * 9000) + 100).padStart(4, '0')}`;
  const d = new Date(Date.UTC(2021 + Math.floor(rand() * 4), Math.floor(rand() * 12), 1 + Math.floor(rand() * 28)));
  const iso = d.toISOString().slice(0, 10);
  const dueIso = new Date(d.getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
  const format = Math.floor(rand() * 4);
  const lines = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => {
    const qty = 1 + Math.floor(rand() * 9);
    const price = Math.round(rand() * 50000) / 100 + 1;
    const description = rand() < 0.25 ? pick(LONG_ITEMS) : [pick(ITEMS)];
    return { description, quantity: qty, unit_price: price, amount: cents(qty * price) };
  });
  const subtotal = cents(lines.reduce((a, l) => a + l.amount, 0));
  const tax = cents(subtotal * L.rate);
  const total = cents(subtotal + tax);
  const [country, phonePrefix, domain] = CONTACTS[vendor];
  const contact = {
    vendor_email: `${pickExtra(['accounts', 'billing', 'info', 'facturacion'])}@${domain}`,
    vendor_phone: `${phonePrefix} ${digits(3)} ${digits(4)}`,
    vendor_tax_id: taxId(country),
    // North American banks have no IBAN: the field is then absent from the invoice.
    iban: country === 'US' || country === 'CA' ? null : iban(country),
    po_number: extra() < 0.6 ? `${pickExtra(['PO', 'OC', 'P'])}-${digits(5)}` : null,
  };

  const pdf = await PDFDocument.create({ updateMetadata: false });
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const page = pdf.addPage([595, 842]);
  const text = (t: string, x: number, yTop: number, size = 10, f: PDFFont = font) => page.drawText(t, { x, y: 842 - yTop, size, font: f });
  /** Right-aligned at x, as amounts are printed. */
  const right = (t: string, x: number, yTop: number, size = 10, f: PDFFont = font) => text(t, x - f.widthOfTextAtSize(t, size), yTop, size, f);

  // The issuer: its name and address, left or right; the customer's block on the other side or below.
  const vendorX = layout === 1 || layout === 3 ? 340 : 50;
  text(vendor, vendorX, 60, layout === 3 ? 20 : 16, bold);
  vendorAddress.forEach((a, k) => text(a, vendorX, 80 + k * 13, 9));
  const customerX = vendorX === 50 ? 340 : 50;
  const customerY = layout === 0 ? 160 : 60;
  text(pick(L.billTo), customerX, customerY, 9, bold);
  text(customer, customerX, customerY + 14);
  if (contact.po_number) text(`${pickExtra(L.po)} ${contact.po_number}`, customerX, customerY + 28, 9);
  if (layout !== 3) text(pick(L.title), layout === 0 ? 340 : 50, layout === 0 ? 60 : 120, 14, bold);

  const meta: [string, string][] = [[pick(L.number), invoiceNumber], [pick(L.date), dateIn(iso, format, lang)], [pick(L.due), dateIn(dueIso, format, lang)]];
  if (layout === 0) {
    // A key/value block on the right: labels in one column, values in the next.
    meta.forEach(([label, value], k) => {
      text(label, 340, 90 + k * 14, 9);
      text(value, 450, 90 + k * 14, 9);
    });
  } else if (layout === 1) {
    // Boxes: the label above its value.
    meta.forEach(([label, value], k) => {
      text(label.replace(/:$/, ''), 50 + k * 170, 150, 8, bold);
      text(value, 50 + k * 170, 163);
    });
  } else if (layout === 2) {
    // Captions: the value printed large, its label in small type under it.
    meta.forEach(([label, value], k) => {
      text(value, 50 + k * 170, 150, 11, bold);
      text(label.replace(/:$/, ''), 50 + k * 170, 163, 7);
    });
  } else {
    meta.forEach(([label, value], k) => text(`${label} ${value}`, 340, 120 + k * 14, 9));
  }

  const cols = [50, 290, 420, 540];
  const head = 205;
  L.cols.forEach((c, k) => (k >= 2 ? right(c, cols[k], head, 10, bold) : text(c, cols[k], head, 10, bold)));
  let y = head + 20;
  for (const l of lines) {
    l.description.forEach((part, k) => text(part, cols[0], y + k * 12));
    text(String(l.quantity), cols[1], y);
    right(money(l.unit_price, numberStyle), cols[2], y);
    right(money(l.amount, numberStyle), cols[3], y);
    y += 12 * l.description.length + 8;
  }
  y += 16;
  const currency = rand() < 0.5 ? (numberStyle === 'es' ? ' €' : ' EUR') : '';
  const totals: [string, number][] = [[pick(L.subtotal), subtotal], [pick(L.tax), tax], [pick(L.total), total]];
  totals.forEach(([label, value], k) => {
    const last = k === totals.length - 1;
    text(label, 360, y + k * 16, last ? 11 : 10, last ? bold : font);
    right(`${money(value, numberStyle)}${last ? currency : ''}`, cols[3], y + k * 16, last ? 11 : 10, last ? bold : font);
  });

  // The issuer's phone and email under its address (when nothing is printed there) or in the footer; its
  // tax number and bank account in the footer.
  const phone = `${pickExtra(L.phone)} ${contact.vendor_phone}`;
  const email = `${pickExtra(L.email)} ${contact.vendor_email}`;
  const footer = [`${pickExtra(L.taxId)} ${contact.vendor_tax_id}`, ...(contact.iban ? [`${pickExtra(L.iban)} ${contact.iban}`] : [])];
  if ((layout === 0 || layout === 2) && extra() < 0.5) [phone, email].forEach((t, k) => text(t, vendorX, 106 + k * 13, 9));
  else footer.unshift(`${phone}   ${email}`);
  footer.forEach((t, k) => text(t, 50, 770 + k * 13, 8));

  const id = String(i).padStart(3, '0');
  const bytes = Buffer.from(await pdf.save());
  const asImage = i % IMAGE_EVERY === IMAGE_EVERY - 1;
  writeFileSync(path.join(here, 'docs', `${id}.${asImage ? 'png' : 'pdf'}`), asImage ? await renderPage(bytes, 1, { dpi: 200, format: 'png' }) : bytes);
  const lineItems = lines.map((l) => ({ description: l.description.join(' '), quantity: l.quantity, unit_price: l.unit_price, amount: l.amount }));
  const key = { invoice_number: invoiceNumber, invoice_date: iso, due_date: dueIso, vendor_name: vendor, vendor_address: vendorAddress.join(' '), customer_name: customer, subtotal, tax_amount: tax, total_amount: total, ...contact, line_items: lineItems };
  writeFileSync(path.join(here, 'key', `${id}.json`), `${JSON.stringify(key)}\n`);
}
await writeHardLayouts();
await writeWordingGaps();
await writeForeignInvoices();
console.log(`wrote ${readdirSync(path.join(here, 'docs')).length} invoices to ${path.relative(process.cwd(), here)}`);

/**
 * Layouts real invoices have that the first set lacks, each document combining several: the issuer and
 * the customer side by side, both with addresses; labels in a column far left of their values; dates
 * written long ("March 5, 2024", "5 de marzo de 2024"); amounts grouped in the other convention than
 * the language's or with spaces, the currency after them; the totals block inside the table's footer; a
 * discount and a net total; a payment already made, so the balance due differs from the total; line items
 * running onto a second page, with the totals there. Drawn from their own sequence: the first documents stay as they were.
 * Documents with no payment printed have nothing paid (null) and their total as the balance due; with no
 * net total printed, the net total is the subtotal (the amount before tax); with one printed, the
 * subtotal is not asked (it is the amount before the discount, while the schema asks for the one before tax).
 */
async function writeHardLayouts() {
  const { r, p, n } = sequence(2024);
  const WORDS = {
    en: { discount: ['Discount 10%', 'Less discount (10%)'], net: ['Net total', 'Net amount'], paid: ['Amount paid', 'Less payment received', 'Paid'], balance: ['Balance due', 'Balance', 'Outstanding balance'], total: ['Total', 'Invoice total', 'TOTAL'], continued: 'Continued on next page', page: 'Page' },
    es: { discount: ['Descuento 10%', 'Dto. 10%'], net: ['Total neto', 'Importe neto'], paid: ['Pagado a cuenta', 'Anticipo recibido', 'Importe pagado'], balance: ['Saldo pendiente', 'Pendiente de pago', 'Importe pendiente'], total: ['Total', 'Total factura', 'TOTAL'], continued: 'Continúa en la página siguiente', page: 'Página' },
  };
  const ADDRESSES = [['7 Harbour Road', 'Southampton SO14 2AQ'], ['Calle Alcalá 88, 3º', '28009 Madrid'], ['1200 Elm Street', 'Dallas, TX 75201'], ['Avinguda Diagonal 640', '08017 Barcelona'], ['45 Queen Street', 'Auckland 1010']];
  const longDate = (iso: string, lang: 'en' | 'es', us: boolean) => {
    const [y, m, d] = iso.split('-').map(Number);
    const month = LANGS[lang].months[m - 1];
    return lang === 'es' ? `${d} de ${month} de ${y}` : us ? `${month} ${d}, ${y}` : `${d} ${month} ${y}`;
  };
  for (let j = 0; j < HARD_COUNT; j++) {
    const lang = j % 2 ? 'es' : 'en';
    const L = LANGS[lang];
    const W = WORDS[lang];
    // Grouping the other way than the language's on every third document ("1.234,56" on an English invoice).
    const style: 'en' | 'es' = (j % 3 === 0) === (lang === 'es') ? 'en' : 'es';
    const currency = p(style === 'es' ? [' €', ' EUR'] : [' EUR', ' USD', ' GBP']);
    // One in six groups thousands with a space ("1 234,56", as French and Nordic invoices print them).
    const spaced = j % 6 === 4;
    const amount = (v: number) => (spaced ? money(v, 'es').replace(/\./g, ' ') : money(v, style));
    const fmt = (v: number) => `${amount(v)}${currency}`;
    const [vendor, ...vendorAddress] = p(VENDORS[lang]);
    const customer = p(CUSTOMERS);
    const customerAddress = p(ADDRESSES);
    const invoiceNumber = `${p(['INV', 'F', 'FAC', 'SI'])}-${2022 + Math.floor(r() * 4)}/${n(5)}`;
    const d = new Date(Date.UTC(2022 + Math.floor(r() * 3), Math.floor(r() * 12), 1 + Math.floor(r() * 28)));
    const iso = d.toISOString().slice(0, 10);
    const dueIso = new Date(d.getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
    const us = r() < 0.5;
    const multiPage = j % 4 === 3;
    const lines = Array.from({ length: multiPage ? 14 + Math.floor(r() * 4) : 2 + Math.floor(r() * 4) }, () => {
      const qty = 1 + Math.floor(r() * 20);
      const price = Math.round(r() * 180000) / 100 + 5;
      return { description: p(ITEMS), quantity: qty, unit_price: price, amount: cents(qty * price) };
    });
    const subtotal = cents(lines.reduce((a, l) => a + l.amount, 0));
    const hasDiscount = j % 3 !== 2;
    const discount = hasDiscount ? cents(subtotal * 0.1) : 0;
    const net = cents(subtotal - discount);
    const tax = cents(net * L.rate);
    const total = cents(net + tax);
    const hasPayment = j % 2 === 0 || j % 5 === 0;
    const paid = hasPayment ? cents(Math.round(total * (0.3 + 0.4 * r()))) : 0;
    const balance = cents(total - paid);
    const [country, phonePrefix, domain] = CONTACTS[vendor];
    const contact = { vendor_email: `billing@${domain}`, vendor_phone: `${phonePrefix} ${n(3)} ${n(4)}`, vendor_tax_id: taxId(country), iban: country === 'US' || country === 'CA' ? null : iban(country), po_number: r() < 0.6 ? `PO-${n(6)}` : null };

    const pdf = await PDFDocument.create({ updateMetadata: false });
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
    let page = pdf.addPage([595, 842]);
    const text = (t: string, x: number, yTop: number, size = 10, f: PDFFont = font) => page.drawText(t, { x, y: 842 - yTop, size, font: f });
    const right = (t: string, x: number, yTop: number, size = 10, f: PDFFont = font) => text(t, x - f.widthOfTextAtSize(t, size), yTop, size, f);
    const rule = (yTop: number) => page.drawLine({ start: { x: 50, y: 842 - yTop }, end: { x: 545, y: 842 - yTop }, thickness: 0.5 });

    // Two columns: the issuer left (or right), the customer on the other side, both with addresses.
    const [vx, cx] = j % 4 === 1 ? [320, 50] : [50, 320];
    text(vendor, vx, 60, 15, bold);
    vendorAddress.forEach((a, k) => text(a, vx, 78 + k * 12, 9));
    text(`${p(L.phone)} ${contact.vendor_phone}`, vx, 78 + vendorAddress.length * 12, 9);
    text(`${p(L.email)} ${contact.vendor_email}`, vx, 90 + vendorAddress.length * 12, 9);
    text(p(L.billTo), cx, 60, 9, bold);
    text(customer, cx, 74, 10);
    customerAddress.forEach((a, k) => text(a, cx, 87 + k * 12, 9));
    text(p(L.title), 50, 150, 16, bold);
    // Labels in a column far left of their values.
    const meta: [string, string][] = [[p(L.number), invoiceNumber], [p(L.date), longDate(iso, lang, us)], [p(L.due), longDate(dueIso, lang, us)]];
    if (contact.po_number) meta.push([p(L.po), contact.po_number]);
    const [labelX, valueX] = j % 3 === 1 ? [320, 480] : [50, 250];
    meta.forEach(([label, value], k) => {
      text(label, labelX, 175 + k * 14, 9);
      text(value, valueX, 175 + k * 14, 9);
    });

    const cols = [50, 300, 430, 545];
    let y = 250;
    const header = () => {
      L.cols.forEach((c, k) => (k >= 2 ? right(c, cols[k], y, 10, bold) : text(c, cols[k], y, 10, bold)));
      rule(y + 4);
      y += 20;
    };
    header();
    const firstPageRows = multiPage ? Math.ceil(lines.length * 0.6) : lines.length;
    lines.forEach((l, k) => {
      if (k === firstPageRows) {
        text(W.continued, 50, 790, 8);
        text(`${W.page} 1/2`, 500, 810, 8);
        page = pdf.addPage([595, 842]);
        text(`${vendor} · ${invoiceNumber}`, 50, 50, 8);
        y = 80;
        // The header repeated on the next page, or not.
        if (j % 8 === 3) header();
      }
      text(l.description, cols[0], y);
      text(String(l.quantity), cols[1], y);
      right(amount(l.unit_price), cols[2], y);
      right(amount(l.amount), cols[3], y);
      y += 18;
    });
    if (multiPage) text(`${W.page} 2/2`, 500, 810, 8);
    // The totals: inside the table's footer (labels right-aligned to the price column, no gap) or a block below it.
    const inFooter = j % 2 === 0;
    rule(y - 8);
    if (!inFooter) y += 16;
    const totals: [string, number][] = [[p(L.subtotal), subtotal]];
    if (hasDiscount) totals.push([p(W.discount), -discount], [p(W.net), net]);
    totals.push([p(L.tax), tax], [p(W.total), total]);
    if (hasPayment) totals.push([p(W.paid), -paid], [p(W.balance), balance]);
    for (const [label, value] of totals) {
      const strong = value === total || (hasPayment && value === balance);
      if (inFooter) right(label, cols[2], y, 10, strong ? bold : font);
      else text(label, 340, y, 10, strong ? bold : font);
      right(value < 0 ? `-${fmt(-value)}` : fmt(value), cols[3], y, 10, strong ? bold : font);
      y += 16;
    }
    const footer = [`${p(L.taxId)} ${contact.vendor_tax_id}`, ...(contact.iban ? [`${p(L.iban)} ${contact.iban}`] : [])];
    footer.forEach((t, k) => text(t, 50, 760 + k * 12, 8));

    const id = String(COUNT + j).padStart(3, '0');
    const bytes = Buffer.from(await pdf.save());
    const asImage = !multiPage && j % 6 === 5;
    writeFileSync(path.join(here, 'docs', `${id}.${asImage ? 'png' : 'pdf'}`), asImage ? await renderPage(bytes, 1, { dpi: 200, format: 'png' }) : bytes);
    const key = {
      invoice_number: invoiceNumber, invoice_date: iso, due_date: dueIso, vendor_name: vendor, vendor_address: vendorAddress.join(' '), customer_name: customer,
      // After a discount, "the amount before tax" is the net total, not the subtotal printed above the discount:
      // the subtotal is not asked of those documents.
      ...(hasDiscount ? {} : { subtotal }), tax_amount: tax, total_amount: total, ...contact, net_total: net, amount_paid: hasPayment ? paid : null, balance_due: balance, line_items: lines,
    };
    writeFileSync(path.join(here, 'key', `${id}.json`), `${JSON.stringify(key)}\n`);
  }
}

/**
 * Wording the first two sets lack, each document combining several: labels printed in two languages
 * ("Invoice No. / Rechnungsnr.:"), long dates and date labels in German, French, Portuguese and Italian
 * ("5. März 2024", "1er mars 2024", "5 de março de 2024", "5 marzo 2024"), Canadian sales taxes (HST) and
 * Business Number, a ship-to party and no Bill-to (and both), thousands grouped with spaces before a
 * decimal point ("2 100.00") or comma ("2 100,00"), a payment made with the balance printed after it, and
 * one without. Drawn from their own sequence: the other documents stay as they were.
 */
async function writeWordingGaps() {
  const { r, p, n } = sequence(77);
  const MONTHS = {
    de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
    fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
    it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
    en: LANGS.en.months,
  };
  type Style = 'de' | 'fr' | 'pt' | 'it' | 'en';
  const longDate = (iso: string, style: Style) => {
    const [y, m, d] = iso.split('-').map(Number);
    const month = MONTHS[style][m - 1];
    if (style === 'de') return `${d}. ${month} ${y}`;
    if (style === 'fr') return `${d === 1 ? '1er' : d} ${month} ${y}`;
    if (style === 'pt') return `${d} de ${month} de ${y}`;
    if (style === 'it') return `${d} ${month} ${y}`;
    return `${month} ${d}, ${y}`;
  };
  /** Amounts as each document groups them: points and a decimal comma, spaces and a comma, spaces and a point, or commas and a point. */
  const AMOUNTS = {
    dot: (v: number) => money(v, 'es'),
    spaceComma: (v: number) => money(v, 'es').replace(/\./g, ' '),
    spacePoint: (v: number) => money(v, 'en').replace(/,/g, ' '),
    comma: (v: number) => money(v, 'en'),
  };
  interface GapDocument {
    vendor: [string, string, string];
    country: string;
    phonePrefix: string;
    domain: string;
    dates: Style;
    amounts: keyof typeof AMOUNTS;
    currency: string;
    taxRate: number;
    /** [invoice number, issue date, due date, order number, customer, subtotal, tax, total, amount paid, balance] */
    labels: string[];
    /** The customer printed under a Ship-to label, alone or beside the Bill-to. */
    shipTo?: 'only' | 'both';
    /** A payment made, and whether the balance left is printed after it. */
    payment?: 'balance' | 'noBalance';
    /** The issuer's tax number: its label and the number. */
    taxId: [string, string];
    /** The invoice is dated the first of the month ("1er mars"). */
    firstOfMonth?: boolean;
    iban: boolean;
    /** Rendered to an image, so the reader's OCR gives the words. */
    image?: boolean;
  }
  const GAPS: GapDocument[] = [
    {
      vendor: ['Orbit Office GmbH', 'Hauptstrasse 21', '10115 Berlin'], country: 'DE', phonePrefix: '+49 30', domain: 'orbit-office.de', dates: 'de', amounts: 'dot', currency: ' €', taxRate: 0.19,
      labels: ['Invoice No. / Rechnungsnr.:', 'Date / Datum:', 'Due date / Fälligkeitsdatum:', 'Order No. / Bestellnr.:', 'Bill to / Rechnung an:', 'Subtotal / Zwischensumme', 'VAT / MwSt. 19%', 'Total / Gesamtbetrag'],
      taxId: ['VAT No. / USt-IdNr.:', `DE${n(9)}`], iban: true,
    },
    {
      vendor: ['Northwind Supplies Inc', '88 King Street West', 'Toronto ON M5H 1J9'], country: 'CA', phonePrefix: '+1 416', domain: 'northwind.ca', dates: 'en', amounts: 'spacePoint', currency: ' CAD', taxRate: 0.13,
      labels: ['Invoice #', 'Invoice date:', 'Due date:', 'PO Number:', 'Ship to:', 'Subtotal', 'HST 13%', 'Total', 'Amount paid'],
      shipTo: 'only', payment: 'noBalance', taxId: ['BN:', `${n(9)}RT0001`], iban: false, image: true,
    },
    {
      vendor: ['Atelier Lumière SARL', '12 rue de la République', '69002 Lyon'], country: 'FR', phonePrefix: '+33 4', domain: 'atelier-lumiere.fr', dates: 'fr', amounts: 'spaceComma', currency: ' €', taxRate: 0.2,
      labels: ['Facture n° :', 'Date de facture :', "Date d'échéance :", 'Commande n° :', 'Bill to / Facturé à :', 'Subtotal / Sous-total', 'VAT / TVA 20%', 'Total / Total TTC', 'Amount paid / Acompte versé', 'Balance due / Solde dû'],
      payment: 'balance', taxId: ['VAT No. / N° TVA :', `FR${n(11)}`], firstOfMonth: true, iban: true,
    },
    {
      vendor: ['Distribuidora Atlântico S.A.', 'Rua Augusta 120', '1100-053 Lisboa'], country: 'PT', phonePrefix: '+351 21', domain: 'atlantico.pt', dates: 'pt', amounts: 'dot', currency: ' €', taxRate: 0.23,
      labels: ['Invoice No. / Fatura n.º:', 'Date / Data:', 'Due date / Vencimento:', 'Order No. / Encomenda n.º:', 'Bill to / Faturar a:', 'Subtotal / Subtotal', 'VAT / IVA 23%', 'Total / Total'],
      taxId: ['VAT No. / NIF:', `PT${n(9)}`], iban: true,
    },
    {
      vendor: ['Forniture Adriatiche S.r.l.', 'Via Torino 45', '20123 Milano'], country: 'IT', phonePrefix: '+39 02', domain: 'fornitureadriatiche.it', dates: 'it', amounts: 'dot', currency: ' €', taxRate: 0.22,
      labels: ['Fattura n.:', 'Data fattura:', 'Scadenza:', 'Ordine n.:', 'Bill to / Fatturare a:', 'Subtotal / Imponibile', 'VAT / IVA 22%', 'Total / Totale', 'Paid / Pagato', 'Balance due / Saldo'],
      payment: 'balance', taxId: ['VAT No. / P. IVA:', `IT${n(11)}`], iban: true,
    },
    {
      vendor: ['Maritime Fasteners Inc', '1250 Main Street', 'Moncton NB E1C 1H6'], country: 'CA', phonePrefix: '+1 506', domain: 'maritimefasteners.ca', dates: 'en', amounts: 'comma', currency: ' CAD', taxRate: 0.15,
      labels: ['Invoice No. / N° de facture :', 'Invoice date / Date de facture :', "Due date / Date d'échéance :", 'PO / Bon de commande :', 'Bill to / Facturer à :', 'Subtotal / Sous-total', 'HST/TVH 15%', 'Total'],
      shipTo: 'both', taxId: ['BN / NE :', `${n(9)}RT0001`], firstOfMonth: true, iban: false,
    },
  ];
  for (let j = 0; j < GAP_COUNT; j++) {
    const g = GAPS[j];
    const [vendor, ...vendorAddress] = g.vendor;
    const amount = AMOUNTS[g.amounts];
    const fmt = (v: number) => `${amount(v)}${g.currency}`;
    const customer = p(CUSTOMERS);
    const invoiceNumber = `${p(['INV', 'RE', 'F', 'FT'])}-2024/${n(4)}`;
    const d = new Date(Date.UTC(2023 + Math.floor(r() * 2), Math.floor(r() * 12), g.firstOfMonth ? 1 : 2 + Math.floor(r() * 27)));
    const iso = d.toISOString().slice(0, 10);
    const dueIso = new Date(d.getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
    // Prices above a thousand, so the grouping of thousands shows.
    const lines = Array.from({ length: 2 + Math.floor(r() * 3) }, () => {
      const qty = 1 + Math.floor(r() * 6);
      const price = cents(Math.round(r() * 250000) / 100 + 900);
      return { description: p(ITEMS), quantity: qty, unit_price: price, amount: cents(qty * price) };
    });
    const subtotal = cents(lines.reduce((a, l) => a + l.amount, 0));
    const tax = cents(subtotal * g.taxRate);
    const total = cents(subtotal + tax);
    const paid = g.payment ? cents(Math.round(total * (0.3 + 0.4 * r()))) : 0;
    const balance = cents(total - paid);
    const contact = {
      vendor_email: `${p(['accounts', 'billing', 'invoices'])}@${g.domain}`,
      vendor_phone: `${g.phonePrefix} ${n(3)} ${n(4)}`,
      vendor_tax_id: g.taxId[1],
      iban: g.iban ? iban(g.country) : null,
      po_number: r() < 0.7 ? `PO-${n(6)}` : null,
    };
    const [numberLabel, dateLabel, dueLabel, poLabel, customerLabel, subtotalLabel, taxLabel, totalLabel, paidLabel, balanceLabel] = g.labels;

    const pdf = await PDFDocument.create({ updateMetadata: false });
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
    const page = pdf.addPage([595, 842]);
    const text = (t: string, x: number, yTop: number, size = 10, f: PDFFont = font) => page.drawText(t, { x, y: 842 - yTop, size, font: f });
    const right = (t: string, x: number, yTop: number, size = 10, f: PDFFont = font) => text(t, x - f.widthOfTextAtSize(t, size), yTop, size, f);

    // The issuer top left with its contact details; the customer's block (or blocks) on the right.
    text(vendor, 50, 60, 15, bold);
    vendorAddress.forEach((a, k) => text(a, 50, 78 + k * 12, 9));
    text(`Tel. ${contact.vendor_phone}`, 50, 78 + vendorAddress.length * 12, 9);
    text(`E-mail: ${contact.vendor_email}`, 50, 90 + vendorAddress.length * 12, 9);
    const [street, city] = p([['7 Harbour Road', 'Southampton SO14 2AQ'], ['1200 Elm Street', 'Dallas, TX 75201'], ['45 Queen Street', 'Auckland 1010']]);
    const party = (label: string, name: string, x: number) => {
      text(label, x, 60, 9, bold);
      [name, street, city].forEach((t, k) => text(t, x, 74 + k * 12, k ? 9 : 10));
    };
    if (g.shipTo === 'both') {
      party(customerLabel, customer, 300);
      party('Ship to / Expédier à :', p(['Depot Seven Ltd', 'Harbourside Warehouse']), 440);
    } else party(customerLabel, customer, 320);

    text('INVOICE', 50, 150, 16, bold);
    const meta: [string, string][] = [[numberLabel, invoiceNumber], [dateLabel, longDate(iso, g.dates)], [dueLabel, longDate(dueIso, g.dates)]];
    if (contact.po_number) meta.push([poLabel, contact.po_number]);
    meta.forEach(([label, value], k) => {
      text(label, 50, 175 + k * 14, 9);
      text(value, 220, 175 + k * 14, 9);
    });

    const cols = [50, 300, 430, 545];
    let y = 250;
    LANGS.en.cols.forEach((c, k) => (k >= 2 ? right(c, cols[k], y, 10, bold) : text(c, cols[k], y, 10, bold)));
    y += 20;
    for (const l of lines) {
      text(l.description, cols[0], y);
      text(String(l.quantity), cols[1], y);
      right(amount(l.unit_price), cols[2], y);
      right(amount(l.amount), cols[3], y);
      y += 18;
    }
    y += 16;
    const totals: [string, number][] = [[subtotalLabel, subtotal], [taxLabel, tax], [totalLabel, total]];
    if (g.payment) totals.push([paidLabel, -paid]);
    if (g.payment === 'balance') totals.push([balanceLabel, balance]);
    for (const [label, value] of totals) {
      const strong = value === total || (g.payment === 'balance' && value === balance);
      text(label, 320, y, 10, strong ? bold : font);
      right(value < 0 ? `-${fmt(-value)}` : fmt(value), cols[3], y, 10, strong ? bold : font);
      y += 16;
    }
    const footer = [`${g.taxId[0]} ${g.taxId[1]}`, ...(contact.iban ? [`IBAN: ${contact.iban}`] : [])];
    footer.forEach((t, k) => text(t, 50, 760 + k * 12, 8));

    const id = String(COUNT + HARD_COUNT + j).padStart(3, '0');
    const bytes = Buffer.from(await pdf.save());
    writeFileSync(path.join(here, 'docs', `${id}.${g.image ? 'png' : 'pdf'}`), g.image ? await renderPage(bytes, 1, { dpi: 200, format: 'png' }) : bytes);
    const key = {
      invoice_number: invoiceNumber, invoice_date: iso, due_date: dueIso, vendor_name: vendor, vendor_address: vendorAddress.join(' '), customer_name: customer,
      subtotal, tax_amount: tax, total_amount: total, ...contact, net_total: subtotal, amount_paid: g.payment ? paid : null, balance_due: balance, line_items: lines,
    };
    writeFileSync(path.join(here, 'key', `${id}.json`), `${JSON.stringify(key)}\n`);
  }
}

/**
 * Invoices printed wholly in French, German, Italian or Portuguese: their titles, labels ("Facture n°",
 * "Rechnungsempfänger", "Total HT", "MwSt. 19 %", "Imponibile", "Valor total"), column headers, item
 * names, date and number formats; a deposit with what is left to pay on two; one rendered to an image.
 * Drawn from their own sequence: the other documents stay as they were.
 */
async function writeForeignInvoices() {
  const { r, p, n } = sequence(4242);
  type Lang = 'fr' | 'de' | 'it' | 'pt';
  const WORDS: Record<Lang, { mailbox: string[]; items: string[]; customers: [string, string, string][]; cols: string[]; date: (iso: string) => string; amount: (v: number) => string }> = {
    fr: {
      mailbox: ['compta', 'factures', 'contact'],
      items: ['Lampes de bureau', 'Papier A4 (ramette)', 'Heures de conseil', 'Licence logicielle', 'Livraison', 'Cartouche de toner', 'Maintenance annuelle'],
      customers: [['Boulangerie Martin SAS', '8 place Bellecour', '69002 Lyon'], ['Cabinet Dubois et Associés', '31 avenue Foch', '75116 Paris']],
      cols: ['Désignation', 'Qté', 'Prix unitaire', 'Montant HT'],
      date: (iso) => iso.split('-').reverse().join('/'),
      amount: (v) => money(v, 'es').replace(/\./g, ' '),
    },
    de: {
      mailbox: ['buchhaltung', 'rechnungen', 'info'],
      items: ['Bürostühle', 'Druckerpapier A4', 'Beratungsstunden', 'Softwarelizenz', 'Versand', 'Tonerkartusche', 'Wartung Kältetechnik'],
      customers: [['Bäckerei Sommer KG', 'Lindenallee 4', '50667 Köln'], ['Praxis Dr. Weber', 'Marktplatz 9', '80331 München']],
      cols: ['Beschreibung', 'Menge', 'Einzelpreis', 'Betrag'],
      date: (iso) => iso.split('-').reverse().join('.'),
      amount: (v) => money(v, 'es'),
    },
    it: {
      mailbox: ['amministrazione', 'fatture', 'info'],
      items: ['Sedie da ufficio', 'Carta per stampante A4', 'Ore di consulenza', 'Licenza software', 'Trasporto', 'Cartuccia toner', 'Manutenzione annuale'],
      customers: [['Trattoria Da Gino S.n.c.', 'Via Roma 18', '40121 Bologna'], ['Studio Legale Ferri', 'Corso Vittorio Emanuele 77', '10128 Torino']],
      cols: ['Descrizione', 'Quantità', 'Prezzo unitario', 'Importo'],
      date: (iso) => iso.split('-').reverse().join('/'),
      amount: (v) => money(v, 'es'),
    },
    pt: {
      mailbox: ['contabilidade', 'faturas', 'geral'],
      items: ['Cadeiras de escritório', 'Papel A4 (resma)', 'Horas de consultoria', 'Licença de software', 'Transporte', 'Tinteiro', 'Manutenção anual'],
      customers: [['Pastelaria Central Lda', 'Avenida da Liberdade 200', '1250-147 Lisboa'], ['Clínica Boa Saúde Lda', 'Rua de Santa Catarina 50', '4000-442 Porto']],
      cols: ['Descrição', 'Qtd.', 'Preço unitário', 'Valor'],
      date: (iso) => iso.split('-').reverse().join('-'),
      amount: (v) => money(v, 'es'),
    },
  };
  interface ForeignDocument {
    lang: Lang;
    vendor: [string, string, string];
    country: string;
    phone: [string, string];
    domain: string;
    taxRate: number;
    title: string;
    /** [invoice number, issue date, due date, order number, customer, subtotal, tax, total, deposit, left to pay] */
    labels: string[];
    taxId: [string, string];
    /** A deposit paid, and what is left to pay after it. */
    deposit?: boolean;
    image?: boolean;
  }
  const DOCS: ForeignDocument[] = [
    {
      lang: 'fr', vendor: ['Atelier Lumière SARL', '14 rue des Tanneurs', '69002 Lyon'], country: 'FR', phone: ['Tél.', '+33 4'], domain: 'atelier-lumiere.fr', taxRate: 0.2, title: 'FACTURE',
      labels: ['Facture n° :', 'Date de facture :', "Date d'échéance :", 'Commande n° :', 'Client :', 'Total HT', 'TVA 20 %', 'Total TTC', 'Acompte versé', 'Reste à payer'],
      taxId: ['N° TVA intracommunautaire :', `FR${n(11)}`], deposit: true,
    },
    {
      lang: 'de', vendor: ['Nordlicht Technik GmbH', 'Hafenstraße 8', '20457 Hamburg'], country: 'DE', phone: ['Telefon:', '+49 40'], domain: 'nordlicht-technik.de', taxRate: 0.19, title: 'RECHNUNG',
      labels: ['Rechnung Nr.', 'Rechnungsdatum:', 'Fälligkeitsdatum:', 'Bestellnummer:', 'Rechnungsempfänger:', 'Nettobetrag', 'MwSt. 19 %', 'Gesamtbetrag'],
      taxId: ['USt-IdNr.:', `DE${n(9)}`],
    },
    {
      lang: 'it', vendor: ['Forniture Adriatiche S.r.l.', 'Via Torino 45', '20123 Milano'], country: 'IT', phone: ['Tel.', '+39 02'], domain: 'fornitureadriatiche.it', taxRate: 0.22, title: 'FATTURA',
      labels: ['Fattura n.', 'Data fattura:', 'Scadenza:', 'Ordine n.:', 'Cliente:', 'Imponibile', 'IVA 22%', 'Totale'],
      taxId: ['P. IVA:', `IT${n(11)}`],
    },
    {
      lang: 'pt', vendor: ['Distribuidora Atlântico S.A.', 'Rua Augusta 120', '1100-053 Lisboa'], country: 'PT', phone: ['Telefone:', '+351 21'], domain: 'atlantico.pt', taxRate: 0.23, title: 'FATURA',
      labels: ['Fatura n.º', 'Data de emissão:', 'Data de vencimento:', 'Encomenda n.º:', 'Cliente:', 'Total sem IVA', 'IVA 23%', 'Valor total'],
      taxId: ['NIF:', `PT${n(9)}`],
    },
    {
      lang: 'fr', vendor: ['Imprimerie Garnier SAS', '5 boulevard Gambetta', '38000 Grenoble'], country: 'FR', phone: ['Tél.', '+33 4'], domain: 'imprimerie-garnier.fr', taxRate: 0.2, title: 'FACTURE',
      labels: ['N° de facture :', 'Date :', 'Échéance :', 'Bon de commande :', 'Destinataire :', 'Sous-total', 'TVA (20 %)', 'Net à payer'],
      taxId: ['SIRET :', n(14)], image: true,
    },
    {
      lang: 'de', vendor: ['Alpenblick Handels AG', 'Bahnhofstraße 31', '6020 Innsbruck'], country: 'AT', phone: ['Tel.', '+43 512'], domain: 'alpenblick.at', taxRate: 0.2, title: 'RECHNUNG',
      labels: ['Rechnungsnummer:', 'Datum:', 'Zahlbar bis:', 'Ihre Bestellung:', 'Kunde:', 'Zwischensumme', 'USt. 20 %', 'Gesamtsumme', 'Anzahlung', 'Restbetrag'],
      taxId: ['UID-Nr.:', `ATU${n(8)}`], deposit: true,
    },
  ];
  for (let j = 0; j < FOREIGN_COUNT; j++) {
    const g = DOCS[j];
    const w = WORDS[g.lang];
    const [vendor, ...vendorAddress] = g.vendor;
    const fmt = (v: number) => `${w.amount(v)} €`;
    const [customer, ...customerAddress] = p(w.customers);
    const invoiceNumber = `${p(['F', 'RE', 'FT', 'N'])}${n(2)}-${n(4)}`;
    const d = new Date(Date.UTC(2023 + Math.floor(r() * 2), Math.floor(r() * 12), 1 + Math.floor(r() * 28)));
    const iso = d.toISOString().slice(0, 10);
    const dueIso = new Date(d.getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
    const lines = Array.from({ length: 2 + Math.floor(r() * 3) }, () => {
      const qty = 1 + Math.floor(r() * 9);
      const price = cents(Math.round(r() * 60000) / 100 + 5);
      return { description: p(w.items), quantity: qty, unit_price: price, amount: cents(qty * price) };
    });
    const subtotal = cents(lines.reduce((a, l) => a + l.amount, 0));
    const tax = cents(subtotal * g.taxRate);
    const total = cents(subtotal + tax);
    const paid = g.deposit ? cents(Math.round(total * (0.2 + 0.3 * r()))) : 0;
    const balance = cents(total - paid);
    const contact = {
      vendor_email: `${p(w.mailbox)}@${g.domain}`,
      vendor_phone: `${g.phone[1]} ${n(3)} ${n(4)}`,
      vendor_tax_id: g.taxId[1],
      iban: iban(g.country),
      po_number: r() < 0.6 ? `${n(6)}` : null,
    };
    const [numberLabel, dateLabel, dueLabel, poLabel, customerLabel, subtotalLabel, taxLabel, totalLabel, paidLabel, balanceLabel] = g.labels;

    const pdf = await PDFDocument.create({ updateMetadata: false });
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
    const page = pdf.addPage([595, 842]);
    const text = (t: string, x: number, yTop: number, size = 10, f: PDFFont = font) => page.drawText(t, { x, y: 842 - yTop, size, font: f });
    const right = (t: string, x: number, yTop: number, size = 10, f: PDFFont = font) => text(t, x - f.widthOfTextAtSize(t, size), yTop, size, f);

    // The issuer top left with its contact details, the customer's block on the right under its label.
    text(vendor, 50, 60, 15, bold);
    vendorAddress.forEach((a, k) => text(a, 50, 78 + k * 12, 9));
    text(`${g.phone[0]} ${contact.vendor_phone}`, 50, 78 + vendorAddress.length * 12, 9);
    text(`E-mail: ${contact.vendor_email}`, 50, 90 + vendorAddress.length * 12, 9);
    text(customerLabel, 340, 60, 9, bold);
    [customer, ...customerAddress].forEach((t, k) => text(t, 340, 74 + k * 12, k ? 9 : 10));

    text(g.title, 50, 160, 16, bold);
    const meta: [string, string][] = [[numberLabel, invoiceNumber], [dateLabel, w.date(iso)], [dueLabel, w.date(dueIso)]];
    if (contact.po_number) meta.push([poLabel, contact.po_number]);
    meta.forEach(([label, value], k) => {
      text(label, 50, 185 + k * 14, 9);
      text(value, 200, 185 + k * 14, 9);
    });

    const cols = [50, 320, 450, 545];
    let y = 260;
    w.cols.forEach((c, k) => (k >= 2 ? right(c, cols[k], y, 10, bold) : text(c, cols[k], y, 10, bold)));
    y += 20;
    for (const l of lines) {
      text(l.description, cols[0], y);
      text(String(l.quantity), cols[1], y);
      right(w.amount(l.unit_price), cols[2], y);
      right(w.amount(l.amount), cols[3], y);
      y += 18;
    }
    y += 16;
    const totals: [string, number][] = [[subtotalLabel, subtotal], [taxLabel, tax], [totalLabel, total]];
    if (g.deposit) totals.push([paidLabel, paid], [balanceLabel, balance]);
    for (const [label, value] of totals) {
      const strong = label === totalLabel || label === balanceLabel;
      text(label, 340, y, 10, strong ? bold : font);
      right(fmt(value), cols[3], y, 10, strong ? bold : font);
      y += 16;
    }
    [`${g.taxId[0]} ${g.taxId[1]}`, `IBAN: ${contact.iban}`].forEach((t, k) => text(t, 50, 760 + k * 12, 8));

    const id = String(COUNT + HARD_COUNT + GAP_COUNT + j).padStart(3, '0');
    const bytes = Buffer.from(await pdf.save());
    writeFileSync(path.join(here, 'docs', `${id}.${g.image ? 'png' : 'pdf'}`), g.image ? await renderPage(bytes, 1, { dpi: 200, format: 'png' }) : bytes);
    const key = {
      invoice_number: invoiceNumber, invoice_date: iso, due_date: dueIso, vendor_name: vendor, vendor_address: vendorAddress.join(' '), customer_name: customer,
      subtotal, tax_amount: tax, total_amount: total, ...contact, net_total: subtotal, amount_paid: g.deposit ? paid : null, balance_due: balance, line_items: lines,
    };
    writeFileSync(path.join(here, 'key', `${id}.json`), `${JSON.stringify(key)}\n`);
  }
}
