// What the invoice generators (eval/invoices-wild, eval/invoices-heldout) share: money and dates as printed, item lines and dates drawn from
// the set's PRNG, the item table as drawn, and the set's files with its schema (the eval/invoices field set).
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Canvas } from './canvas.ts';
import { cents, group, MONTHS, pad, ymd } from './formats.ts';
import type { Rng } from './random.ts';
import { freshFolders, writeDocument } from './set-files.ts';

/** Money as each country prints it. */
export const MONEY = {
  usd: (v: number) => `$${group(v, ',', '.')}`,
  eurEn: (v: number) => `€${group(v, ',', '.')}`,
  gbp: (v: number) => `£${group(v, ',', '.')}`,
  aud: (v: number) => `$${group(v, ',', '.')}`,
  eurSuffix: (v: number) => `${group(v, '.', ',')} €`,
  eurSpaceSuffix: (v: number) => `${group(v, ' ', ',')} €`,
  eurPrefixSpace: (v: number) => `EUR ${group(v, ' ', ',')}`,
  eurPrefixDot: (v: number) => `€ ${group(v, '.', ',')}`,
  plainDot: (v: number) => group(v, '.', ','),
  plainComma: (v: number) => group(v, ',', '.'),
};
export type Money = (v: number) => string;

/** Dates as each country prints them. */
export const DATES = {
  usLong: (iso: string) => { const [y, m, d] = ymd(iso); return `${MONTHS.en[m - 1]} ${d}, ${y}`; },
  usShort: (iso: string) => { const [y, m, d] = ymd(iso); return `${MONTHS.en[m - 1].slice(0, 3)} ${d}, ${y}`; },
  ukLong: (iso: string) => { const [y, m, d] = ymd(iso); return `${d} ${MONTHS.en[m - 1]} ${y}`; },
  iso: (iso: string) => iso,
  dotted: (iso: string) => { const [y, m, d] = ymd(iso); return `${pad(d)}.${pad(m)}.${y}`; },
  slashed: (iso: string) => { const [y, m, d] = ymd(iso); return `${pad(d)}/${pad(m)}/${y}`; },
  deLong: (iso: string) => { const [y, m, d] = ymd(iso); return `${d}. ${MONTHS.de[m - 1]} ${y}`; },
  frLong: (iso: string) => { const [y, m, d] = ymd(iso); return `${d === 1 ? '1er' : d} ${MONTHS.fr[m - 1]} ${y}`; },
  esLong: (iso: string) => { const [y, m, d] = ymd(iso); return `${d} de ${MONTHS.es[m - 1]} de ${y}`; },
  itLong: (iso: string) => { const [y, m, d] = ymd(iso); return `${d} ${MONTHS.it[m - 1]} ${y}`; },
};
export type DateFmt = (iso: string) => string;

export interface Line {
  description: string;
  quantity: number;
  unitPrice: number;
  amount: number;
}

/** `count` item lines: a quantity up to `maxQuantity`, a unit price from `minPrice` to about `minPrice + maxPrice`, a name from `names`. */
export function itemLines(g: Rng, names: string[], count: number, { maxQuantity, minPrice, maxPrice }: { maxQuantity: number; minPrice: number; maxPrice: number }): Line[] {
  return Array.from({ length: count }, () => {
    const quantity = g.int(1, maxQuantity);
    const unitPrice = cents(minPrice + g.r() * maxPrice);
    return { description: g.p(names), quantity, unitPrice, amount: cents(quantity * unitPrice) };
  });
}

export const sum = (ls: Line[]) => cents(ls.reduce((a, l) => a + l.amount, 0));

/** A date between 2023 and 2025 and the one `days` later. */
export function dates(g: Rng, days = 30) {
  const d = new Date(Date.UTC(g.int(2023, 2025), g.int(0, 11), g.int(1, 28)));
  return [d.toISOString().slice(0, 10), new Date(d.getTime() + days * 86_400_000).toISOString().slice(0, 10)];
}

/** A table of items: columns are [x, header, right-aligned?, cell]. Returns the y under the last row. */
export function table(c: Canvas, y: number, cols: [number, string, boolean, (l: Line) => string][], ls: Line[], step = 16) {
  for (const [x, h, alignRight] of cols) (alignRight ? c.right(h, x, y, 8.5, c.bold) : c.text(h, x, y, 8.5, c.bold));
  c.rule(cols[0][0], cols[cols.length - 1][0], y + 5);
  y += 20;
  for (const l of ls) {
    for (const [x, , alignRight, cell] of cols) (alignRight ? c.right(cell(l), x, y) : c.text(cell(l), x, y));
    y += step;
  }
  c.rule(cols[0][0], cols[cols.length - 1][0], y - 8);
  return y;
}

const FIELDS: [string, string, string][] = [
  ['invoice_number', 'string', 'Invoice number'], ['invoice_date', 'date', 'Date the invoice was issued'], ['due_date', 'date', 'Date the payment is due'],
  ['vendor_name', 'string', 'Company that issued the invoice'], ['vendor_address', 'string', 'Address of the company that issued the invoice'], ['customer_name', 'string', 'Customer the invoice is billed to'],
  ['subtotal', 'number', 'Amount before tax'], ['tax_amount', 'number', 'Tax amount'], ['total_amount', 'number', 'Total amount to pay'],
  ['vendor_email', 'string', 'Email address of the company that issued the invoice'], ['vendor_phone', 'string', 'Telephone number of the company that issued the invoice'],
  ['vendor_tax_id', 'string', 'Tax identification (VAT or NIF) number of the issuer'], ['iban', 'string', 'IBAN of the bank account to pay into'], ['po_number', 'string', 'Purchase order number of the customer'],
  ['amount_paid', 'number', 'Amount already paid'], ['balance_due', 'number', 'Balance still due after payments'],
];

/** Writes the set into `dir`: its folders afresh, schema.json, then each document in order (`image`: rendered and tilted by it). */
export async function writeInvoiceSet(dir: string, documents: { make: () => Promise<{ c: Canvas; key: unknown }>; image?: number }[]) {
  freshFolders(dir, 'docs', 'key');
  const schema = { named_entities: Object.fromEntries(FIELDS.map(([name, type, description]) => [name, { type, description }])), required: ['invoice_number', 'invoice_date', 'total_amount'] };
  writeFileSync(path.join(dir, 'schema.json'), `${JSON.stringify(schema, null, 2)}\n`);
  for (const [i, doc] of documents.entries()) {
    const { c, key } = await doc.make();
    await writeDocument(dir, i, c.pdf, key, doc.image);
  }
  console.log(`wrote ${readdirSync(path.join(dir, 'docs')).length} invoices to ${path.relative(process.cwd(), dir)}`);
}
