// Generates eval/tables: 16 invoices, quotes, delivery notes and purchase orders whose point is the item
// table, drawn from kinds of real documents: columns in many orders (quantity first or last, a code or a
// position number first, the amount before the unit price), headers in English, Spanish, French, German,
// Italian and Portuguese with their abbreviations, descriptions wrapped over two or three lines, a discount
// or VAT % column, units (pcs, h, kg) in a column of their own or after the quantity, currency symbols in
// the cells, thousands grouped with commas, dots or spaces, ruled grids, row rules, no rules, zebra shading,
// items running onto a second page with no header row repeated, the subtotal / tax / total rows inside the
// table's footer, section heading rows ("Hardware", "Services") and note rows ("Serial: …") among the items.
// Four are rendered to mildly degraded images the reader OCRs.
//
// Label conventions (key/<id>.json):
// - line_items: one object per item, in printed order, keys in the schema's order. Section headings, note
//   rows, subtotal / tax / total rows and carried-forward lines are not items.
// - description: the item's text with its wrapped lines joined by one space; the code (SKU / Ref. / Art.-Nr.),
//   position number, unit and note rows printed apart from it are not part of it.
// - quantity: the number printed in the quantity column, without its unit ("2,5 kg" → 2.5).
// - unit_price: the price per unit as printed (before any per-line discount); null when none is printed.
// - amount: the line's amount as printed in its amount column (after a per-line discount, before VAT when
//   the table has a VAT % column); null when none is printed (a delivery note).
// - total_amount: the grand total to pay (with tax); null when the document prints none.
// Run: npx tsx eval/tables/generate.ts
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { sequence } from '../support/random.ts';
import { freshFolders, writeDocument } from '../support/set-files.ts';
import { cents, group } from '../support/formats.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

const { r, p, n, int } = sequence(2718);

// ---- Numbers as each country prints them ---------------------------------------------------------------
type Fmt = (v: number) => string;
const MONEY: Record<string, Fmt> = {
  usd: (v) => `$${group(v, ',', '.')}`,
  gbp: (v) => `£${group(v, ',', '.')}`,
  comma: (v) => group(v, ',', '.'),
  dot: (v) => group(v, '.', ','),
  space: (v) => group(v, ' ', ','),
  eurPrefix: (v) => `€ ${group(v, '.', ',')}`,
  eurSuffix: (v) => `${group(v, '.', ',')} €`,
  eurSpaceSuffix: (v) => `${group(v, ' ', ',')} €`,
};
/** A quantity: whole numbers plain, others with the document's decimal mark. */
const qtyIn = (q: number, decimal: string) => (Number.isInteger(q) ? String(q) : group(q, '', decimal, q * 10 === Math.round(q * 10) ? 1 : 2));

// ---- Wording -------------------------------------------------------------------------------------------
type Lang = 'en' | 'es' | 'fr' | 'de' | 'it' | 'pt';
type Col = 'pos' | 'sku' | 'description' | 'quantity' | 'unit' | 'unit_price' | 'discount' | 'vat' | 'amount';
const HEADERS: Record<Lang, Record<Col, string[]>> = {
  en: { pos: ['#', 'Line'], sku: ['SKU', 'Item #', 'Code'], description: ['Description', 'Item', 'Details'], quantity: ['Qty', 'Quantity', 'QTY'], unit: ['Unit', 'UoM'], unit_price: ['Unit price', 'Rate', 'Price'], discount: ['Disc. %', 'Discount'], vat: ['VAT %', 'VAT'], amount: ['Amount', 'Total', 'Line total'] },
  es: { pos: ['Nº', 'Lín.'], sku: ['Código', 'Ref.'], description: ['Descripción', 'Concepto', 'Artículo'], quantity: ['Cant.', 'Cantidad', 'Uds.'], unit: ['Ud.', 'Unidad'], unit_price: ['Precio', 'P. unit.', 'Precio unitario'], discount: ['Dto.', 'Dto. %'], vat: ['IVA', '% IVA'], amount: ['Importe', 'Total'] },
  fr: { pos: ['N°', 'Pos.'], sku: ['Réf.', 'Référence'], description: ['Désignation', 'Description'], quantity: ['Qté', 'Quantité'], unit: ['Unité', 'U.'], unit_price: ['P. unit.', 'Prix unitaire', 'P.U. HT'], discount: ['Remise', 'Rem. %'], vat: ['TVA', 'TVA %'], amount: ['Montant', 'Montant HT', 'Total HT'] },
  de: { pos: ['Pos.', 'Pos'], sku: ['Art.-Nr.', 'Artikel'], description: ['Bezeichnung', 'Beschreibung', 'Leistung'], quantity: ['Menge', 'Anz.'], unit: ['Einheit', 'ME'], unit_price: ['Einzelpreis', 'E-Preis', 'Preis'], discount: ['Rabatt', 'Rabatt %'], vat: ['MwSt.', 'USt. %'], amount: ['Betrag', 'Gesamtpreis', 'Gesamt'] },
  it: { pos: ['N.', 'Riga'], sku: ['Codice', 'Cod.'], description: ['Descrizione', 'Articolo'], quantity: ['Q.tà', 'Quantità'], unit: ['U.M.', 'Unità'], unit_price: ['Prezzo', 'Prezzo unit.', 'Pr. unitario'], discount: ['Sconto', 'Sc. %'], vat: ['IVA', 'Aliquota'], amount: ['Importo', 'Totale'] },
  pt: { pos: ['Nº', 'Item'], sku: ['Ref.', 'Código'], description: ['Descrição', 'Designação', 'Artigo'], quantity: ['Qtd.', 'Quant.'], unit: ['Un.', 'Unid.'], unit_price: ['Preço unit.', 'Preço', 'P. unitário'], discount: ['Desc.', 'Desc. %'], vat: ['IVA', 'Taxa IVA'], amount: ['Valor', 'Total', 'Montante'] },
};
const TOTALS: Record<Lang, { subtotal: string[]; tax: string[]; total: string[]; rate: number; serial: string; carried: string; page: string }> = {
  en: { subtotal: ['Subtotal', 'Net total'], tax: ['VAT', 'Sales tax', 'Tax'], total: ['Total', 'Total due', 'TOTAL'], rate: 0.2, serial: 'Serial:', carried: 'Continued on next page', page: 'Page' },
  es: { subtotal: ['Base imponible', 'Subtotal'], tax: ['IVA'], total: ['Total', 'TOTAL FACTURA', 'Total a pagar'], rate: 0.21, serial: 'Nº de serie:', carried: 'Continúa en la página siguiente', page: 'Página' },
  fr: { subtotal: ['Total HT', 'Sous-total'], tax: ['TVA'], total: ['Total TTC', 'Net à payer'], rate: 0.2, serial: 'N° de série :', carried: 'Suite page suivante', page: 'Page' },
  de: { subtotal: ['Zwischensumme', 'Nettobetrag', 'Summe netto'], tax: ['MwSt.', 'USt.'], total: ['Gesamtbetrag', 'Rechnungsbetrag', 'Summe brutto'], rate: 0.19, serial: 'Seriennr.:', carried: 'Fortsetzung auf Seite 2', page: 'Seite' },
  it: { subtotal: ['Imponibile', 'Totale imponibile'], tax: ['IVA'], total: ['Totale', 'Totale documento', 'Totale da pagare'], rate: 0.22, serial: 'Matricola:', carried: 'Segue a pagina 2', page: 'Pagina' },
  pt: { subtotal: ['Subtotal', 'Total ilíquido'], tax: ['IVA'], total: ['Total', 'Total a pagar'], rate: 0.23, serial: 'N.º de série:', carried: 'Continua na página seguinte', page: 'Página' },
};
/** Per language: [description, unit, price range, quantities may be fractional]. Long ones wrap in narrow columns. */
type Product = [string, string, [number, number], boolean];
const PRODUCTS: Record<Lang, Product[]> = {
  en: [
    ['Laptop 14" i7 16GB RAM 512GB SSD with three-year on-site warranty', 'pcs', [800, 1900], false], ['USB-C docking station', 'pcs', [90, 260], false],
    ['27-inch monitor', 'pcs', [180, 420], false], ['Network installation and configuration of the new office switches', 'h', [65, 120], true],
    ['Printer paper A4 80g', 'box', [18, 35], false], ['Cat6 patch cable 2m', 'pcs', [3, 9], false], ['Project management', 'h', [70, 110], true],
    ['Wireless keyboard and mouse set', 'pcs', [25, 70], false], ['Annual software maintenance and support subscription, renewal period Jan-Dec', 'pcs', [300, 1500], false],
    ['Coffee beans, medium roast', 'kg', [14, 28], true], ['On-site training session for staff', 'h', [80, 150], true], ['Shipping and handling', 'pcs', [10, 45], false],
  ],
  es: [
    ['Tornillo hexagonal M8x40 zincado', 'ud', [0.1, 0.6], false], ['Mano de obra oficial de primera', 'h', [28, 45], true], ['Cemento gris CEM II 25 kg', 'ud', [4, 9], false],
    ['Sustitución de grifería monomando en cocina, incluido desmontaje de la antigua', 'ud', [60, 180], false], ['Tubería multicapa 20 mm', 'm', [2, 6], true],
    ['Pintura plástica blanca mate 15 L', 'ud', [35, 90], false], ['Desplazamiento', 'ud', [15, 40], false], ['Aceite de oliva virgen extra', 'l', [6, 11], true],
    ['Mantenimiento anual de caldera de gas con revisión de seguridad', 'ud', [90, 160], false], ['Café en grano natural', 'kg', [12, 22], true],
  ],
  fr: [
    ['Ramette papier A4 80 g', 'pce', [4, 9], false], ['Main-d\u2019œuvre technicien', 'h', [45, 75], true], ['Cartouche d\u2019encre noire haute capacité pour imprimante laser', 'pce', [40, 120], false],
    ['Farine de blé T55', 'kg', [0.8, 2], true], ['Installation et paramétrage du poste de travail, transfert des données', 'h', [55, 90], true],
    ['Chaise de bureau ergonomique', 'pce', [120, 380], false], ['Frais de port', 'pce', [8, 30], false], ['Fromage comté 18 mois', 'kg', [18, 32], true],
  ],
  de: [
    ['Schrauben M6x30 verzinkt (100 Stück)', 'Pck', [4, 12], false], ['Arbeitszeit Monteur', 'Std', [48, 78], true], ['Kupferrohr 15 mm', 'm', [6, 14], true],
    ['Wartung der Heizungsanlage inklusive Abgasmessung und Reinigung des Brenners', 'Stk', [120, 260], false], ['Anfahrtspauschale', 'Stk', [25, 60], false],
    ['Bürostuhl mit Armlehnen', 'Stk', [140, 420], false], ['Toner schwarz', 'Stk', [45, 110], false], ['Kaffeebohnen Crema', 'kg', [15, 26], true],
    ['Einrichtung des Netzwerkdruckers und Schulung der Mitarbeiter vor Ort', 'Std', [70, 110], true],
  ],
  it: [
    ['Piastrelle gres porcellanato 60x60', 'mq', [18, 45], true], ['Manodopera idraulico', 'ore', [30, 50], true], ['Sacco di stucco per fughe 5 kg', 'pz', [6, 14], false],
    ['Fornitura e posa in opera di miscelatore termostatico per doccia, compresi raccordi', 'pz', [150, 320], false], ['Trasporto', 'pz', [20, 60], false],
    ['Olio extravergine di oliva', 'l', [8, 14], true], ['Risma carta A4', 'pz', [3, 7], false], ['Consulenza fiscale e redazione della dichiarazione annuale', 'ore', [60, 120], true],
  ],
  pt: [
    ['Parafuso sextavado M10', 'un', [0.2, 0.9], false], ['Mão de obra serralheiro', 'h', [22, 38], true], ['Tinta acrílica branca 15 L', 'un', [30, 75], false],
    ['Substituição de caixilharia em alumínio com vidro duplo, incluindo remoção da antiga', 'un', [280, 650], false], ['Deslocação', 'un', [15, 35], false],
    ['Bacalhau graúdo seco', 'kg', [9, 16], true], ['Cadeira de escritório', 'un', [80, 260], false], ['Manutenção anual do sistema de ar condicionado', 'un', [90, 200], false],
  ],
};
const SECTIONS: Record<Lang, [string, string]> = {
  en: ['Hardware', 'Services'], es: ['Materiales', 'Mano de obra y servicios'], fr: ['Fournitures', 'Prestations'],
  de: ['Material', 'Dienstleistungen'], it: ['Materiali', 'Servizi'], pt: ['Materiais', 'Serviços'],
};
const TITLES: Record<Lang, Record<'invoice' | 'quote' | 'delivery' | 'order', string>> = {
  en: { invoice: 'INVOICE', quote: 'QUOTATION', delivery: 'DELIVERY NOTE', order: 'PURCHASE ORDER' },
  es: { invoice: 'FACTURA', quote: 'PRESUPUESTO', delivery: 'ALBARÁN', order: 'PEDIDO' },
  fr: { invoice: 'FACTURE', quote: 'DEVIS', delivery: 'BON DE LIVRAISON', order: 'BON DE COMMANDE' },
  de: { invoice: 'RECHNUNG', quote: 'ANGEBOT', delivery: 'LIEFERSCHEIN', order: 'BESTELLUNG' },
  it: { invoice: 'FATTURA', quote: 'PREVENTIVO', delivery: 'DOCUMENTO DI TRASPORTO', order: 'ORDINE DI ACQUISTO' },
  pt: { invoice: 'FATURA', quote: 'ORÇAMENTO', delivery: 'GUIA DE REMESSA', order: 'NOTA DE ENCOMENDA' },
};
const PARTIES: Record<Lang, [string, string, string][]> = {
  en: [['Brightline Systems Ltd', '40 Canal Street', 'Manchester M1 3HE'], ['Cedar Ridge Supply Co.', '1800 Market St', 'Denver, CO 80202']],
  es: [['Ferretería Alameda S.L.', 'Calle Alameda 33', '41002 Sevilla'], ['Reformas Cantábrico S.L.', 'Avenida de Galicia 8', '33005 Oviedo']],
  fr: [['Bureautique Dumas SARL', '22 avenue Jean Jaurès', '31000 Toulouse'], ['Épicerie Fine Moreau', '7 place du Marché', '21000 Dijon']],
  de: [['Haustechnik Becker GmbH', 'Lindenstraße 14', '50674 Köln'], ['Kontor Weiß KG', 'Speicherstadt 3', '20457 Hamburg']],
  it: [['Edilcasa Rossi S.r.l.', 'Via Garibaldi 18', '40121 Bologna'], ['Studio Ferri & Associati', 'Corso Vittorio Emanuele 90', '10121 Torino']],
  pt: [['Serralharia Costa Lda.', 'Rua de Santa Catarina 210', '4000-447 Porto'], ['Climafrio Instalações S.A.', 'Avenida da Liberdade 55', '1250-142 Lisboa']],
};
const CUSTOMERS = ['Harbour Logistics Ltd', 'Clínica Dental Sol S.L.', 'Atelier Vasseur', 'Praxis Dr. Lange', 'Ristorante Il Faro', 'Hotel Miramar Lda.'];

// ---- The documents -------------------------------------------------------------------------------------
interface Spec {
  lang: Lang;
  kind: 'invoice' | 'quote' | 'delivery' | 'order';
  cols: Col[];
  /** Money in the totals; `cells` in the table's cells when it differs (no currency symbol there). */
  money: Fmt;
  cells?: Fmt;
  decimal: string;
  items: number;
  rules: 'grid' | 'rows' | 'none';
  zebra?: boolean;
  /** The unit printed after the quantity ("2 h") rather than in a column of its own. */
  unitAfterQty?: boolean;
  sections?: boolean;
  notes?: boolean;
  /** The subtotal / tax / total rows inside the table's ruled footer (else a block under it). */
  footerTotals?: boolean;
  /** Narrow description column, so long descriptions wrap. */
  narrow?: boolean;
  /** Where the table starts: lower on letter-style documents, with a sentence above it. */
  top?: number;
  image?: number;
}
const INTRO: Record<Lang, string> = {
  en: 'Thank you for your order. We have invoiced the following items and services:',
  es: 'Le detallamos a continuación los artículos y servicios suministrados:',
  fr: 'Nous vous remercions de votre commande et vous facturons les articles suivants :',
  de: 'Sehr geehrte Damen und Herren, für unsere Lieferungen und Leistungen berechnen wir Ihnen:',
  it: 'Con la presente vi addebitiamo i seguenti articoli e servizi:',
  pt: 'Agradecemos a sua encomenda e faturamos os seguintes artigos:',
};
const SPECS: Spec[] = [
  { lang: 'en', kind: 'invoice', cols: ['description', 'quantity', 'unit_price', 'amount'], money: MONEY.usd, decimal: '.', items: 6, rules: 'grid', narrow: true },
  { lang: 'es', kind: 'invoice', cols: ['sku', 'description', 'quantity', 'unit_price', 'discount', 'amount'], money: MONEY.eurSuffix, cells: MONEY.dot, decimal: ',', items: 9, rules: 'none' },
  { lang: 'fr', kind: 'invoice', cols: ['description', 'quantity', 'unit', 'unit_price', 'vat', 'amount'], money: MONEY.eurSpaceSuffix, cells: MONEY.space, decimal: ',', items: 7, rules: 'rows', zebra: true },
  { lang: 'de', kind: 'invoice', cols: ['pos', 'sku', 'description', 'quantity', 'unit', 'unit_price', 'amount'], money: MONEY.dot, decimal: ',', items: 25, rules: 'rows', top: 360 },
  { lang: 'it', kind: 'quote', cols: ['description', 'quantity', 'unit_price', 'discount', 'amount'], money: MONEY.eurPrefix, decimal: ',', items: 8, rules: 'grid', sections: true, unitAfterQty: true },
  { lang: 'pt', kind: 'invoice', cols: ['sku', 'description', 'quantity', 'unit_price', 'vat', 'amount'], money: MONEY.eurSuffix, decimal: ',', items: 5, rules: 'rows', image: 0.4 },
  { lang: 'en', kind: 'quote', cols: ['quantity', 'description', 'unit_price', 'amount'], money: MONEY.usd, cells: MONEY.comma, decimal: '.', items: 4, rules: 'none', zebra: true, unitAfterQty: true },
  { lang: 'en', kind: 'invoice', cols: ['description', 'amount', 'unit_price', 'quantity'], money: MONEY.gbp, decimal: '.', items: 7, rules: 'grid', sections: true, notes: true, footerTotals: true },
  { lang: 'es', kind: 'delivery', cols: ['sku', 'description', 'quantity', 'unit'], money: MONEY.dot, decimal: ',', items: 11, rules: 'grid' },
  { lang: 'en', kind: 'order', cols: ['sku', 'description', 'unit_price', 'quantity', 'amount'], money: MONEY.comma, decimal: '.', items: 1, rules: 'rows' },
  { lang: 'de', kind: 'quote', cols: ['pos', 'description', 'quantity', 'unit', 'unit_price', 'discount', 'amount'], money: MONEY.dot, decimal: ',', items: 6, rules: 'none', zebra: true, footerTotals: true, narrow: true },
  { lang: 'fr', kind: 'order', cols: ['sku', 'description', 'unit_price', 'quantity', 'amount'], money: MONEY.eurSpaceSuffix, decimal: ',', items: 5, rules: 'grid', notes: true, image: -0.5 },
  { lang: 'en', kind: 'invoice', cols: ['pos', 'description', 'quantity', 'unit_price', 'vat', 'amount'], money: MONEY.comma, decimal: '.', items: 22, rules: 'none', notes: true, top: 300 },
  { lang: 'it', kind: 'invoice', cols: ['sku', 'description', 'quantity', 'unit', 'unit_price', 'amount'], money: MONEY.dot, decimal: ',', items: 6, rules: 'rows', narrow: true, footerTotals: true, image: 0.3 },
  { lang: 'pt', kind: 'quote', cols: ['description', 'unit', 'quantity', 'unit_price', 'discount', 'amount'], money: MONEY.dot, decimal: ',', items: 8, rules: 'grid', zebra: true, sections: true },
  { lang: 'es', kind: 'invoice', cols: ['description', 'quantity', 'unit_price', 'amount'], money: MONEY.comma, decimal: '.', items: 12, rules: 'rows', narrow: true, notes: true, image: -0.35 },
];

// ---- Drawing -------------------------------------------------------------------------------------------
const W = 595;
const H = 842;
interface Canvas {
  pdf: PDFDocument;
  page: PDFPage;
  font: PDFFont;
  bold: PDFFont;
  text(t: string, x: number, yTop: number, size?: number, f?: PDFFont, grey?: boolean): void;
  right(t: string, x: number, yTop: number, size?: number, f?: PDFFont): void;
  fill(x: number, yTop: number, w: number, h: number, shade: number): void;
  line(x1: number, y1: number, x2: number, y2: number): void;
}
async function canvas(): Promise<Canvas> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const c: Canvas = {
    pdf, font, bold, page: pdf.addPage([W, H]),
    text: (t, x, yTop, s = 9, f = font, grey = false) => c.page.drawText(t, { x, y: H - yTop, size: s, font: f, color: grey ? rgb(0.35, 0.35, 0.35) : rgb(0, 0, 0) }),
    right: (t, x, yTop, s = 9, f = font) => c.text(t, x - f.widthOfTextAtSize(t, s), yTop, s, f),
    fill: (x, yTop, w, h, shade) => c.page.drawRectangle({ x, y: H - yTop - h, width: w, height: h, color: rgb(shade, shade, shade) }),
    line: (x1, y1, x2, y2) => c.page.drawLine({ start: { x: x1, y: H - y1 }, end: { x: x2, y: H - y2 }, thickness: 0.5, color: rgb(0.25, 0.25, 0.25) }),
  };
  return c;
}
/** Words of `t` in lines no wider than `width` at 9 pt. */
function wrap(t: string, width: number, font: PDFFont) {
  const lines: string[] = [];
  for (const word of t.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && font.widthOfTextAtSize(`${last} ${word}`, 9) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

const WIDTHS: Record<Col, number> = { pos: 28, sku: 62, description: 0, quantity: 46, unit: 40, unit_price: 72, discount: 46, vat: 40, amount: 80 };
const LEFT = 40;
const RIGHT = 555;

interface Item { product: Product; sku: string; quantity: number; unitPrice: number; discount: number; vat: number; amount: number; serial?: string; section?: 0 | 1 }

function makeItems(s: Spec): Item[] {
  const catalogue = PRODUCTS[s.lang];
  const first = int(0, catalogue.length - 1);
  return Array.from({ length: s.items }, (_, k) => {
    const product = catalogue[(first + k) % catalogue.length];
    const [, , [lo, hi], fractional] = product;
    const quantity = fractional && r() < 0.6 ? p([0.5, 1.5, 2.5, 3.25, 7.5, 12.5]) : p([1, 1, 2, 3, 4, 5, 10, 12, 25, 100]);
    const unitPrice = cents(lo + r() * (hi - lo));
    const discount = s.cols.includes('discount') && r() < 0.5 ? p([5, 10, 15, 20]) : 0;
    const vat = s.cols.includes('vat') ? (r() < 0.25 ? p([0, 6, 10, 13]) : TOTALS[s.lang].rate * 100) : TOTALS[s.lang].rate * 100;
    const amount = cents(quantity * unitPrice * (1 - discount / 100));
    const serial = s.notes && product[1] !== 'h' && r() < 0.35 ? `SN-${n(4)}-${p(['A', 'B', 'K', 'X'])}${n(3)}` : undefined;
    return { product, sku: `${p(['A', 'B', 'C', 'D', 'E', 'F', 'H', 'K', 'M', 'P', 'R', 'T'])}${n(2)}-${n(4)}`, quantity, unitPrice, discount, vat, amount, serial };
  });
}

async function make(s: Spec) {
  const c = await canvas();
  const T = TOTALS[s.lang];
  const priced = s.cols.includes('amount');
  // Items; with sections, the hourly ones (services) after the goods under their own heading.
  let items = makeItems(s);
  if (s.sections) {
    const isService = (it: Item) => ['h', 'ore', 'Std'].includes(it.product[1]);
    items = [...items.filter((it) => !isService(it)).map((it) => ({ ...it, section: 0 as const })), ...items.filter(isService).map((it) => ({ ...it, section: 1 as const }))];
  }

  // Heading: issuer, title, number, date, customer.
  const [vendor, street, city] = p(PARTIES[s.lang]);
  c.text(vendor, 40, 50, 13, c.bold);
  c.text(street, 40, 66, 9);
  c.text(city, 40, 78, 9);
  c.right(TITLES[s.lang][s.kind], RIGHT, 50, 16, c.bold);
  c.right(`${s.kind === 'invoice' ? 'No.' : 'Ref.'} ${p(['2024', '2025'])}-${n(4)}`, RIGHT, 68, 9);
  c.right(`${int(1, 28)}.${int(1, 12)}.${p(['2024', '2025'])}`.replace(/^(\d)\./, '0$1.'), RIGHT, 80, 9);
  c.text(p(CUSTOMERS), 40, 112, 10, c.bold);
  c.text(`${int(1, 200)} ${p(['High Street', 'Calle Real', 'rue Nationale', 'Marktplatz', 'Via Roma', 'Rua Direita'])}`, 40, 125, 9);

  // Columns: fixed widths, the description takes what is left.
  const fixed = s.cols.filter((k) => k !== 'description').reduce((a, k) => a + WIDTHS[k], 0);
  const descWidth = Math.min(RIGHT - LEFT - fixed, s.narrow ? 150 : 260);
  const widths = s.cols.map((k) => (k === 'description' ? descWidth : WIDTHS[k]));
  const slack = RIGHT - LEFT - widths.reduce((a, b) => a + b, 0);
  widths[s.cols.indexOf('description')] += s.narrow ? 0 : slack;
  const spare = RIGHT - LEFT - widths.reduce((a, b) => a + b, 0);
  const xs: number[] = [];
  widths.reduce((x, w) => (xs.push(x), x + w), LEFT + spare);
  const tableLeft = LEFT + spare;
  const numeric = (k: Col) => !['description', 'sku', 'unit', 'pos'].includes(k);
  const cellX = (i: number, t: string, size = 9, f = c.font) => (numeric(s.cols[i]) ? xs[i] + widths[i] - 4 - f.widthOfTextAtSize(t, size) : xs[i] + 4);
  const headers = s.cols.map((k) => p(HEADERS[s.lang][k]));
  const cash = s.cells ?? s.money;
  const verticals = (top: number, bottom: number) => {
    if (s.rules !== 'grid') return;
    for (const x of [...xs, RIGHT]) c.line(x, top, x, bottom);
  };

  let y = s.top ?? 160;
  if (s.top) c.text(INTRO[s.lang], 40, y - 30, 9.5);
  const drawHeader = () => {
    c.fill(tableLeft, y - 12, RIGHT - tableLeft, 17, s.zebra ? 0.82 : 0.9);
    headers.forEach((h, i) => c.text(h, cellX(i, h, 8.5, c.bold), y, 8.5, c.bold));
    if (s.rules === 'grid') c.line(tableLeft, y - 12, RIGHT, y - 12);
    c.line(tableLeft, y + 5, RIGHT, y + 5);
    verticals(y - 12, y + 5);
    y += 18;
  };
  drawHeader();
  let page = 1;
  let shaded = false;
  const row = (draw: () => void, lines: number) => {
    const height = lines * 11 + 6;
    if (y + height > 790) {
      // Items continue on the next page with no header row repeated.
      c.text(T.carried, tableLeft, 808, 8, c.font, true);
      c.right(`${T.page} ${page}`, RIGHT, 825, 8);
      c.page = c.pdf.addPage([W, H]);
      page += 1;
      c.right(`${T.page} ${page}`, RIGHT, 825, 8);
      y = 60;
    }
    if (s.zebra && (shaded = !shaded)) c.fill(tableLeft, y - 11, RIGHT - tableLeft, height, 0.93);
    draw();
    if (s.rules !== 'none') c.line(tableLeft, y + height - 11, RIGHT, y + height - 11);
    verticals(y - 11, y + height - 11);
    y += height;
  };
  let section: number | undefined;
  for (const [k, it] of items.entries()) {
    if (it.section !== undefined && it.section !== section) {
      section = it.section;
      const label = SECTIONS[s.lang][section];
      row(() => c.text(label, xs[s.cols.indexOf('description')] + 4, y, 9, c.bold), 1);
    }
    const [name, unit] = it.product;
    const desc = wrap(name, widths[s.cols.indexOf('description')] - 8, c.font);
    const cells: Record<Col, string> = {
      pos: String(k + 1),
      sku: it.sku,
      description: '',
      quantity: `${qtyIn(it.quantity, s.decimal)}${s.unitAfterQty ? ` ${unit}` : ''}`,
      unit,
      unit_price: cash(it.unitPrice),
      discount: it.discount ? `${it.discount}%` : s.lang === 'en' ? '-' : '0%',
      vat: `${it.vat}%`,
      amount: cash(it.amount),
    };
    row(() => {
      s.cols.forEach((col, i) => {
        if (col === 'description') desc.forEach((l, j) => c.text(l, xs[i] + 4, y + j * 11));
        else c.text(cells[col], cellX(i, cells[col]), y);
      });
    }, desc.length);
    if (it.serial) row(() => c.text(`${T.serial} ${it.serial}`, xs[s.cols.indexOf('description')] + 12, y, 8, c.font, true), 1);
  }

  // Totals: per-line VAT rates, or the document's.
  const subtotal = cents(items.reduce((a, it) => a + it.amount, 0));
  const tax = cents(items.reduce((a, it) => a + it.amount * (it.vat / 100), 0));
  const total = cents(subtotal + tax);
  if (priced) {
    const rate = s.cols.includes('vat') ? '' : ` ${Math.round(T.rate * 100)}%`;
    const rows: [string, number, boolean][] = [[p(T.subtotal), subtotal, false], [`${p(T.tax)}${rate}`, tax, false], [p(T.total), total, true]];
    const amountCol = s.cols.indexOf('amount');
    const valueX = xs[amountCol] + widths[amountCol] - 4;
    const labelX = amountCol > 0 ? xs[amountCol - 1] + widths[amountCol - 1] - 4 : RIGHT - 90;
    if (s.footerTotals) {
      // The totals as the table's last rows: labels in the column before the amount, values under it.
      for (const [label, value, strong] of rows) {
        const f = strong ? c.bold : c.font;
        const money = s.money(value);
        if (y + 17 > 790) { c.page = c.pdf.addPage([W, H]); y = 60; }
        if (s.zebra) c.fill(tableLeft, y - 11, RIGHT - tableLeft, 17, 0.88);
        c.right(label, amountCol > 0 ? labelX : RIGHT - 100, y, 9, f);
        c.right(money, amountCol > 0 ? valueX : RIGHT - 4, y, 9, f);
        if (s.rules !== 'none') c.line(tableLeft, y + 6, RIGHT, y + 6);
        verticals(y - 11, y + 6);
        y += 17;
      }
    } else {
      if (y + 60 > 790) { c.page = c.pdf.addPage([W, H]); y = 60; }
      y += 14;
      for (const [label, value, strong] of rows) {
        const f = strong ? c.bold : c.font;
        c.text(label, 360, y, strong ? 10.5 : 9, f);
        c.right(s.money(value), RIGHT - 4, y, strong ? 10.5 : 9, f);
        y += 15;
      }
    }
  } else {
    y += 30;
    c.text(p(['Recibido por:', 'Firma y sello del cliente:']), 40, y, 9);
  }
  const lineItems = items.map((it) => ({ description: it.product[0], quantity: it.quantity, unit_price: s.cols.includes('unit_price') ? it.unitPrice : null, amount: priced ? it.amount : null }));
  return { c, key: { line_items: lineItems, total_amount: priced ? total : null } };
}

freshFolders(here, 'docs', 'key');
const schema = {
  named_entities: {
    line_items: {
      type: 'array',
      description: 'Items of the document, one per table row',
      items: { type: 'object', properties: { description: { type: 'string' }, quantity: { type: 'number' }, unit_price: { type: 'number' }, amount: { type: 'number' } } },
    },
    total_amount: { type: 'number', description: 'Total amount to pay' },
  },
  required: ['line_items'],
};
writeFileSync(path.join(here, 'schema.json'), `${JSON.stringify(schema, null, 2)}\n`);
for (const [i, s] of SPECS.entries()) {
  const { c, key } = await make(s);
  await writeDocument(here, i, c.pdf, key, s.image);
}
console.log(`wrote ${readdirSync(path.join(here, 'docs')).length} documents to ${path.relative(process.cwd(), here)}`);
