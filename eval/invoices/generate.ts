// Generates the invoice evaluation set: text PDFs with varied layouts (labels beside or above values,
// company left or right), languages (English, Spanish), date and number formats, and line items.
// The labels (key/*.json) are written by the generator. Run: npx tsx eval/invoices/generate.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts } from 'pdf-lib';

const here = path.dirname(fileURLToPath(import.meta.url));
const COUNT = 16;

// A tiny deterministic PRNG so the set is reproducible.
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];

const LANGS = {
  en: { number: ['Invoice No:', 'Invoice #', 'Invoice number:'], date: ['Date:', 'Invoice date:', 'Issue date:'], total: ['Total:', 'Total due:', 'Amount due:'], cols: ['Description', 'Qty', 'Unit price', 'Amount'], months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] },
  es: { number: ['Factura nº:', 'Nº factura:', 'Número de factura:'], date: ['Fecha:', 'Fecha de emisión:', 'Fecha factura:'], total: ['Total:', 'Total a pagar:', 'Importe total:'], cols: ['Descripción', 'Cantidad', 'Precio', 'Importe'], months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'] },
};
const COMPANIES = ['Acme Widgets Ltd', 'Blue Harbor Trading LLC', 'Suministros Ibéricos S.L.', 'Northwind Supplies Inc', 'Talleres García S.A.', 'Orbit Office GmbH', 'Papelería Central S.L.', 'Greenfield Foods Ltd'];
const ITEMS = ['Office chairs', 'Printer paper A4', 'Consulting hours', 'Software licence', 'Delivery', 'Toner cartridge', 'Desk lamps', 'Maintenance'];

function money(value: number, style: 'en' | 'es') {
  const [int, dec] = value.toFixed(2).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, style === 'en' ? ',' : '.');
  return style === 'en' ? `${grouped}.${dec}` : `${grouped},${dec}`;
}

mkdirSync(path.join(here, 'docs'), { recursive: true });
mkdirSync(path.join(here, 'key'), { recursive: true });
writeFileSync(
  path.join(here, 'schema.json'),
  `${JSON.stringify(
    {
      named_entities: {
        invoice_number: { type: 'string', description: 'Invoice number' },
        invoice_date: { type: 'date', description: 'Date the invoice was issued' },
        vendor_name: { type: 'string', description: 'Company that issued the invoice' },
        total_amount: { type: 'number', description: 'Total amount to pay' },
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
  const numberStyle = lang === 'es' && rand() < 0.7 ? 'es' : 'en';
  const company = pick(COMPANIES);
  const invoiceNumber = `${pick(['INV', 'F', 'FAC', 'A'])}-${2020 + Math.floor(rand() * 6)}-${String(Math.floor(rand() * 9000) + 100).padStart(4, '0')}`;
  const d = new Date(Date.UTC(2021 + Math.floor(rand() * 4), Math.floor(rand() * 12), 1 + Math.floor(rand() * 28)));
  const iso = d.toISOString().slice(0, 10);
  const [y, m, day] = iso.split('-');
  const dateText = pick([`${day}/${m}/${y}`, `${Number(day)} ${lang === 'es' ? 'de ' : ''}${L.months[Number(m) - 1]}${lang === 'es' ? ' de' : ''} ${y}`, iso, `${day}.${m}.${y}`]);
  const lines = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => {
    const qty = 1 + Math.floor(rand() * 9);
    const price = Math.round(rand() * 50000) / 100 + 1;
    return { description: pick(ITEMS), quantity: qty, unit_price: price, amount: Math.round(qty * price * 100) / 100 };
  });
  const total = Math.round(lines.reduce((a, l) => a + l.amount, 0) * 100) / 100;

  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const page = pdf.addPage([595, 842]);
  const text = (t: string, x: number, yTop: number, size = 10, f = font) => page.drawText(t, { x, y: 842 - yTop, size, font: f });
  const companyRight = rand() < 0.4;
  text(company, companyRight ? 330 : 50, 60, 16, bold);
  const labelsAbove = rand() < 0.35;
  const fields: [string, string][] = [[pick(L.number), invoiceNumber], [pick(L.date), dateText]];
  fields.forEach(([label, value], k) => {
    if (labelsAbove) {
      text(label, 50 + k * 200, 120, 9, bold);
      text(value, 50 + k * 200, 134);
    } else {
      text(`${label} ${value}`, 50, 120 + k * 16);
    }
  });
  const cols = [50, 290, 370, 470];
  L.cols.forEach((c, k) => text(c, cols[k], 190, 10, bold));
  lines.forEach((l, k) => {
    const yy = 210 + k * 18;
    text(l.description, cols[0], yy);
    text(String(l.quantity), cols[1], yy);
    text(money(l.unit_price, numberStyle), cols[2], yy);
    text(money(l.amount, numberStyle), cols[3], yy);
  });
  text(`${pick(L.total)} ${money(total, numberStyle)}${rand() < 0.5 ? (numberStyle === 'es' ? ' €' : ' EUR') : ''}`, 350, 230 + lines.length * 18 + 20, 11, bold);
  const id = String(i).padStart(3, '0');
  writeFileSync(path.join(here, 'docs', `${id}.pdf`), await pdf.save());
  writeFileSync(path.join(here, 'key', `${id}.json`), `${JSON.stringify({ invoice_number: invoiceNumber, invoice_date: iso, vendor_name: company, total_amount: total, line_items: lines })}\n`);
}
console.log(`wrote ${COUNT} invoices to ${path.relative(process.cwd(), here)}`);
