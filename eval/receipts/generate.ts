// Generates the shop-receipt evaluation set: narrow thermal receipts from shops in the UK, US, Ireland,
// Australia, Spain, France, Germany, Italy and Portugal, printed in a monospace font with local wording,
// date and number formats, then scanned badly (grey paper, noise, blur, a slight rotation, JPEG or PNG).
// The labels (key/*.json) follow SROIE: the company and address as printed (address lines joined with a
// space), the date and the total as printed. Only some receipts print a legal company name under their brand;
// then that legal name is the company. Deterministic. Run: npx tsx eval/receipts/generate.ts
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderPage } from '../../src/engine/read/index.ts';
import { sequence } from '../support/random.ts';
import { freshFolders } from '../support/set-files.ts';
import { c, gap, inkOnPaper, l, lr, printSlip, type Row, sep } from '../support/receipt-render.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

const { r: rand, p: pick, n: digits } = sequence(2025);

// ---------- number and date formats ----------
type NumberStyle = 'en' | 'eu' | 'fr';
function money(v: number, style: NumberStyle): string {
  const [int, dec] = Math.abs(v).toFixed(2).split('.');
  const sep = style === 'en' ? ',' : style === 'eu' ? '.' : ' ';
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return `${v < 0 ? '-' : ''}${grouped}${style === 'en' ? '.' : ','}${dec}`;
}
const pad = (n: number) => String(n).padStart(2, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A random day in 2024-2025 with a time; US receipts take a day over 12 so day and month cannot be swapped. */
function when(dayOver12 = false) {
  const y = pick([2024, 2025]);
  const m = 1 + Math.floor(rand() * 12);
  const d = dayOver12 ? 13 + Math.floor(rand() * 15) : 1 + Math.floor(rand() * 28);
  const h = 8 + Math.floor(rand() * 13);
  const min = Math.floor(rand() * 60);
  const sec = Math.floor(rand() * 60);
  return { y, m, d, h, min, sec };
}
type When = ReturnType<typeof when>;

// ---------- layout rows ----------
const WIDTH = 40; // characters per line at the base size

interface Item { name: string; price: number; qty?: number }
/** Items with quantities: `qty x unit` rows print above the line when more than one. */
function itemRows(items: Item[], style: NumberStyle, suffix = '', qtyFmt = (q: number, u: string) => `  ${q} x ${u}`): Row[] {
  return items.flatMap((it) => {
    const q = it.qty ?? 1;
    const line = lr(it.name, `${money(it.price * q, style)}${suffix}`);
    return q > 1 ? [line, l(qtyFmt(q, money(it.price, style)))] : [line];
  });
}
const sum = (items: Item[]) => Math.round(items.reduce((s, it) => s + it.price * (it.qty ?? 1), 0) * 100) / 100;
const round = (v: number) => Math.round(v * 100) / 100;

/** Picks k distinct items from a catalogue, some bought more than once. */
function basket(catalogue: [string, number][], k: number): Item[] {
  const pool = [...catalogue];
  const out: Item[] = [];
  while (out.length < k && pool.length) {
    const [name, price] = pool.splice(Math.floor(rand() * pool.length), 1)[0];
    out.push({ name, price, qty: rand() < 0.2 ? 2 + Math.floor(rand() * 2) : 1 });
  }
  return out;
}

interface Receipt { rows: Row[]; key: { company: string; date: string; address: string; total: string } }

// ---------- the shops ----------
const GROCERY_EN: [string, number][] = [['SEMI SKIMMED MILK 2L', 1.65], ['WHOLEMEAL BREAD', 1.4], ['FREE RANGE EGGS 6PK', 2.35], ['BANANAS LOOSE', 0.98], ['CHEDDAR MATURE 400G', 3.75], ['BASMATI RICE 1KG', 2.1], ['TEA BAGS 80S', 2.6], ['TOMATOES 6PK', 1.19], ['ORANGE JUICE 1L', 1.85], ['PASTA FUSILLI 500G', 0.95], ['CHICKEN BREAST 650G', 5.2], ['WASHING UP LIQUID', 1.5]];

function ukSupermarket(): Receipt {
  const items = basket(GROCERY_EN, 5 + Math.floor(rand() * 4));
  const total = sum(items);
  const w = when();
  const date = `${pad(w.d)}/${pad(w.m)}/${String(w.y).slice(2)}`;
  const address = ['Unit 4, Riverside Retail Park', 'Chelmsford', 'CM2 6LN'];
  const rows: Row[] = [c('FRESHWAYS', true, true), c('Freshways Food Stores Ltd'), ...address.map((a) => c(a)), c('Tel: 01245 ' + digits(6)), c(`VAT No: GB ${digits(3)} ${digits(4)} ${digits(2)}`), sep(),
    ...itemRows(items, 'en'), sep(), lr(`${items.reduce((s, i) => s + (i.qty ?? 1), 0)} BALANCE DUE`, money(total, 'en'), true),
    gap, lr('VISA DEBIT', money(total, 'en')), l('CONTACTLESS'), l(`************${digits(4)}`), l(`AUTH CODE: ${digits(6)}`), gap,
    lr('CHANGE DUE', '0.00'), gap, l('Points this visit: ' + Math.floor(total)), l('Rewards balance: ' + digits(3)), sep(),
    c(`${date} ${pad(w.h)}:${pad(w.min)}  ST:2214 TL:${digits(2)} TR:${digits(4)}`), c('THANK YOU FOR SHOPPING WITH US')];
  return { rows, key: { company: 'Freshways Food Stores Ltd', date, address: address.join(' '), total: money(total, 'en') } };
}

function ukCafe(): Receipt {
  const items = basket([['Flat White', 3.2], ['Latte Large', 3.6], ['Croissant', 2.45], ['Bacon Roll', 4.5], ['Sparkling Water', 1.95], ['Carrot Cake', 3.4], ['Tea', 2.2]], 3 + Math.floor(rand() * 3));
  const total = sum(items);
  const vat = round(total - total / 1.2);
  const w = when();
  const date = `${w.d} ${MONTHS[w.m - 1]} ${w.y}`;
  const address = ['14 Market Street', 'York YO1 8SP'];
  const rows: Row[] = [c('The Copper Kettle', true, true), ...address.map((a) => c(a)), c('01904 ' + digits(6)), gap, l(`Table 7        Covers 2`), l(`Server: Amy`), sep(),
    ...itemRows(items, 'en', '', (q, u) => `  ${q} @ ${u}`), sep(), lr('Subtotal', money(total, 'en')), lr('TOTAL', '£' + money(total, 'en'), true, true), lr('Card', money(total, 'en')),
    lr('VAT @ 20% included', money(vat, 'en')), gap, l(`${date}  ${pad(w.h)}:${pad(w.min)}`), l(`VAT Reg: ${digits(9)}`), gap, c('Thank you, come again!')];
  return { rows, key: { company: 'The Copper Kettle', date, address: address.join(' '), total: money(total, 'en') } };
}

function usGrocery(): Receipt {
  const items = basket([['ORGANIC 2% MILK', 4.29], ['SOURDOUGH LOAF', 5.49], ['LARGE EGGS DOZ', 3.99], ['PEANUT BUTTER', 3.79], ['BABY SPINACH', 3.49], ['APPLES GALA', 4.12], ['PAPER TOWELS 6PK', 8.99], ['SPARKLING WATER', 5.99], ['GROUND COFFEE', 9.49]], 5 + Math.floor(rand() * 3));
  const subtotal = sum(items);
  const tax = round(subtotal * 0.0625);
  const total = round(subtotal + tax);
  const cash = Math.ceil(total / 20) * 20;
  const w = when(true);
  const h12 = ((w.h + 11) % 12) + 1;
  const date = `${pad(w.m)}/${pad(w.d)}/${w.y}`;
  const address = ['1847 W Jefferson Ave', 'Springfield, IL 62702'];
  const rows: Row[] = [c('GREEN VALLEY MARKET', true, true), ...address.map((a) => c(a)), c(`(217) 555-${digits(4)}`), gap, l(`${date} ${h12}:${pad(w.min)} ${w.h < 12 ? 'AM' : 'PM'}`), l(`REG 03  CASHIER: DEB`), sep(),
    ...items.map((it) => lr(it.name, `${money(it.price * (it.qty ?? 1), 'en')} F`)), sep(), lr('SUBTOTAL', money(subtotal, 'en')), lr('SALES TAX 6.25%', money(tax, 'en')),
    lr('TOTAL', '$' + money(total, 'en'), true, true), gap, lr('CASH TEND', money(cash, 'en')), lr('CHANGE', money(cash - total, 'en')), gap, l(`# ITEMS SOLD ${items.length}`), l(`TC# ${digits(4)} ${digits(4)} ${digits(4)}`), gap, c('THANK YOU FOR SHOPPING!')];
  return { rows, key: { company: 'GREEN VALLEY MARKET', date, address: address.join(' '), total: money(total, 'en') } };
}

function usHardware(): Receipt {
  const items = basket([['CORDLESS DRILL 20V', 129.0], ['DRILL BIT SET 29PC', 34.97], ['WOOD SCREWS 1LB', 8.48], ['LED BULB 4PK', 12.97], ['PAINT ROLLER KIT', 15.98], ['EXTENSION CORD 25FT', 19.88], ['WORK GLOVES', 9.97], ['STUD FINDER', 24.97], ['LADDER 6FT', 89.0]], 6);
  const subtotal = sum(items);
  const tax = round(subtotal * 0.0825);
  const total = round(subtotal + tax);
  const w = when(true);
  const date = `${pad(w.m)}/${pad(w.d)}/${String(w.y).slice(2)}`;
  const address = ['Hilltop Hardware & Supply Co.', '5520 Burnet Rd', 'Austin, TX 78756'];
  const rows: Row[] = [c('HILLTOP', true, true), c('HARDWARE'), ...address.slice(1).map((a) => c(a)), c(`512-555-${digits(4)}`), gap, c(address[0]),
    l(`STORE 0412  TERM 2  ${date} ${pad(w.h)}:${pad(w.min)}`), sep('='), ...itemRows(items, 'en', '', (q, u) => `  ${q} @ ${u} EA`), sep('='), lr('SUBTOTAL', money(subtotal, 'en')), lr('SALES TAX 8.25%', money(tax, 'en')),
    lr('TOTAL', money(total, 'en'), true, true), gap, lr('MASTERCARD', money(total, 'en')), l(`ACCT: XXXXXXXXXXXX${digits(4)}`), l('APPROVED  AUTH ' + digits(6)), gap, l('RETURNS WITHIN 90 DAYS WITH RECEIPT'), c('THANK YOU')];
  return { rows, key: { company: 'Hilltop Hardware & Supply Co.', date, address: address.slice(1).join(' '), total: money(total, 'en') } };
}

function irishPharmacy(): Receipt {
  const items = basket([['Paracetamol 500mg 24', 2.99], ['Sudocrem 125g', 8.49], ['Hand Cream', 6.5], ['Vitamin D3 90s', 11.95], ['Toothpaste', 3.25], ['Plasters Assorted', 4.1], ['Sun Cream SPF50', 14.99]], 3 + Math.floor(rand() * 3));
  const total = sum(items);
  const w = when();
  const date = `${pad(w.d)}/${pad(w.m)}/${w.y}`;
  const address = ['Main Street', 'Clonakilty', 'Co. Cork P85 X267'];
  const rows: Row[] = [c("O'SULLIVAN'S PHARMACY", true), c("O'Sullivan Healthcare Ltd"), ...address.map((a) => c(a)), c(`Tel: 023 88 ${digits(5)}`), c(`VAT Reg No: IE${digits(7)}T`), sep(),
    l(`Date: ${date}   Time: ${pad(w.h)}:${pad(w.min)}`), l(`Receipt No: ${digits(6)}`), sep(), ...itemRows(items, 'en'), sep(), lr('TOTAL EUR', money(total, 'en'), true, true), lr('Debit Card', money(total, 'en')),
    gap, l('VAT Analysis'), lr('  23.0%', money(round(total - total / 1.23), 'en')), gap, c('Thank you for your custom'), c('Get well soon!')];
  return { rows, key: { company: "O'Sullivan Healthcare Ltd", date, address: address.join(' '), total: money(total, 'en') } };
}

function irishPub(): Receipt {
  const items = basket([['Pint Guinness', 6.2], ['Pint Lager', 6.5], ['Cider Bottle', 5.9], ['Fish & Chips', 17.5], ['Soup of the Day', 7.95], ['Club Sandwich', 12.5], ['Coke', 3.2], ['Crisps', 2.0]], 4 + Math.floor(rand() * 3));
  const total = sum(items);
  const tendered = Math.ceil(total / 10) * 10 + 10;
  const w = when();
  const date = `${pad(w.d)}-${pad(w.m)}-${w.y}`;
  const address = ['The Harbour Bar', '12 Quay Street', 'Galway H91 E2K4'];
  const rows: Row[] = [...address.map((a, k) => c(a, k === 0, k === 0)), c('Ph: 091 ' + digits(6)), sep(), l(`${date} ${pad(w.h)}:${pad(w.min)}:${pad(w.sec)}`), l('Clerk: SEAN   Till: 1'), sep(),
    ...itemRows(items, 'en', '', (q, u) => `  ${q} x ${u}`), sep(), lr('TOTAL', '€' + money(total, 'en'), true, true), lr('Cash', money(tendered, 'en')), lr('Change', money(tendered - total, 'en')), gap, c(`VAT No. IE ${digits(7)}W`), c('Slainte! See you soon')];
  return { rows, key: { company: 'The Harbour Bar', date, address: address.slice(1).join(' '), total: money(total, 'en') } };
}

function australianCafe(): Receipt {
  const items = basket([['Flat White Lg', 5.5], ['Long Black', 4.8], ['Smashed Avo', 19.5], ['Big Breakfast', 24.0], ['Banana Bread', 6.5], ['Fresh OJ', 7.0], ['Chai Latte', 5.8]], 3 + Math.floor(rand() * 3));
  const total = sum(items);
  const gst = round(total / 11);
  const w = when();
  const date = `${pad(w.d)}/${pad(w.m)}/${w.y}`;
  const address = ['Shop 3, 88 Glebe Point Rd', 'Glebe NSW 2037'];
  const rows: Row[] = [c('BEAN THERE CAFE', true, true), c('Bean There Pty Ltd'), ...address.map((a) => c(a)), c(`ABN ${digits(2)} ${digits(3)} ${digits(3)} ${digits(3)}`), c('TAX INVOICE', true), sep(),
    l(`${date}   ${pad(w.h)}:${pad(w.min)}`), l('Order #' + digits(3)), sep(), ...itemRows(items, 'en'), sep(), lr('TOTAL', '$' + money(total, 'en'), true, true), lr('GST included in total', money(gst, 'en')), gap,
    lr('EFTPOS', money(total, 'en')), gap, c('Thanks for visiting!')];
  return { rows, key: { company: 'Bean There Pty Ltd', date, address: address.join(' '), total: money(total, 'en') } };
}

function australianBottleShop(): Receipt {
  const items = basket([['SHIRAZ BAROSSA 750ML', 24.99], ['PALE ALE 6PK', 22.0], ['SAUV BLANC 750ML', 18.99], ['GIN 700ML', 69.99], ['TONIC 4PK', 7.5], ['ICE 5KG', 6.0]], 3 + Math.floor(rand() * 3));
  const total = sum(items);
  const w = when();
  const date = `${w.y}-${pad(w.m)}-${pad(w.d)}`;
  const address = ['241 Sydney Road', 'Brunswick VIC 3056'];
  const rows: Row[] = [c('CELLAR DOOR LIQUOR', true, true), ...address.map((a) => c(a)), c(`Ph (03) 9387 ${digits(4)}`), c(`ABN: ${digits(11)}`), c('Tax Invoice'), sep(), ...itemRows(items, 'en'), sep(),
    lr('Total (inc GST)', money(total, 'en'), true, true), lr('GST', money(round(total / 11), 'en')), lr('Visa', money(total, 'en')), gap, l(`${date} ${pad(w.h)}:${pad(w.min)}  Trans ${digits(5)}`), c('Please drink responsibly')];
  return { rows, key: { company: 'CELLAR DOOR LIQUOR', date, address: address.join(' '), total: money(total, 'en') } };
}

function spanishSupermarket(): Receipt {
  const items = basket([['LECHE SEMIDESNATADA', 0.95], ['PAN DE MOLDE', 1.35], ['ACEITE OLIVA V.E. 1L', 8.95], ['HUEVOS L DOCENA', 2.49], ['TOMATE PERA KG', 1.89], ['JAMON SERRANO', 3.6], ['QUESO MANCHEGO', 6.75], ['AGUA MINERAL 6X1,5L', 2.1], ['YOGUR NATURAL 4U', 1.15]], 6 + Math.floor(rand() * 3));
  const total = sum(items);
  const base = round(total / 1.1);
  const w = when();
  const date = `${pad(w.d)}/${pad(w.m)}/${w.y}`;
  const entregado = Math.ceil(total / 10) * 10;
  const address = ['C/ Mayor, 27', '28013 Madrid'];
  const rows: Row[] = [c('SUPERMERCADOS LA PLAZA', true), c('Distribuciones La Plaza S.L.'), c(`CIF: B${digits(8)}`), ...address.map((a) => c(a)), c('Tel. 91 ' + digits(3) + ' ' + digits(2) + ' ' + digits(2)), sep(),
    c('FACTURA SIMPLIFICADA'), l(`Nº: ${digits(4)}-${digits(6)}`), l(`Fecha: ${date}  Hora: ${pad(w.h)}:${pad(w.min)}`), sep(), ...itemRows(items, 'eu', '', (q, u) => `  ${q} x ${u}`), sep(),
    lr('TOTAL A PAGAR', `${money(total, 'eu')} €`, true, true), lr('ENTREGADO', money(entregado, 'eu')), lr('CAMBIO', money(entregado - total, 'eu')), gap, l('IVA    BASE     CUOTA'), l(`10%    ${money(base, 'eu')}    ${money(round(total - base), 'eu')}`), gap, c('GRACIAS POR SU VISITA')];
  return { rows, key: { company: 'Distribuciones La Plaza S.L.', date, address: address.join(' '), total: money(total, 'eu') } };
}

function spanishBar(): Receipt {
  const items = basket([['CAÑA', 2.2], ['TINTO DE VERANO', 3.0], ['CAFE CON LECHE', 1.6], ['TOSTADA TOMATE', 2.5], ['PATATAS BRAVAS', 5.5], ['CROQUETAS', 7.9], ['CALAMARES', 9.5], ['AGUA', 1.8]], 4 + Math.floor(rand() * 3));
  const total = sum(items);
  const w = when();
  const date = `${pad(w.d)}-${pad(w.m)}-${w.y}`;
  const address = ['Avda. de la Constitución, 8', '41004 Sevilla'];
  const rows: Row[] = [c('BAR EL RINCON', true, true), c('Hosteleria Rincon Andaluz S.L.'), c(`NIF B${digits(8)}`), ...address.map((a) => c(a)), sep(), l(`Mesa: 12   Camarero: Luis`), l(`${date} ${pad(w.h)}:${pad(w.min)}`), sep(),
    ...itemRows(items, 'eu', '', (q, u) => `  ${q} x ${u}`), sep(), lr('Base imponible', money(round(total / 1.1), 'eu')), lr('IVA 10%', money(round(total - total / 1.1), 'eu')), lr('TOTAL (EUR)', money(total, 'eu'), true, true), lr('Tarjeta', money(total, 'eu')), gap, c('IVA INCLUIDO'), c('Gracias y hasta pronto')];
  return { rows, key: { company: 'Hosteleria Rincon Andaluz S.L.', date, address: address.join(' '), total: money(total, 'eu') } };
}

function frenchBakery(): Receipt {
  const items = basket([['BAGUETTE TRADITION', 1.3], ['CROISSANT', 1.2], ['PAIN AU CHOCOLAT', 1.35], ['TARTE AUX POMMES', 18.5], ['ECLAIR CAFE', 3.2], ['PAIN DE CAMPAGNE', 3.9], ['QUICHE LORRAINE', 4.5]], 4);
  const total = sum(items);
  const w = when();
  const date = `${pad(w.d)}/${pad(w.m)}/${w.y}`;
  const address = ['12 rue des Martyrs', '75009 Paris'];
  const rows: Row[] = [c('BOULANGERIE DU MARCHE', true), ...address.map((a) => c(a)), c('Tél : 01 ' + [2, 2, 2, 2].map(() => digits(2)).join(' ')), c(`SIRET ${digits(14)}`), sep(), l(`${date}  ${pad(w.h)}:${pad(w.min)}  Caisse 1`), sep(),
    ...itemRows(items, 'fr', ' €', (q, u) => `  ${q} x ${u}`), sep(), lr('MONTANT TTC', `${money(total, 'fr')} €`, true, true), lr('dont TVA 5,5%', money(round(total - total / 1.055), 'fr')), lr('CB', money(total, 'fr')), gap, c('MERCI DE VOTRE VISITE'), c('A BIENTOT')];
  return { rows, key: { company: 'BOULANGERIE DU MARCHE', date, address: address.join(' '), total: money(total, 'fr') } };
}

function frenchElectronics(): Receipt {
  const items = basket([['CASQUE BLUETOOTH', 149.99], ['TELEVISEUR 55P 4K', 899.0], ['CABLE HDMI 2M', 19.99], ['CHARGEUR USB-C', 29.99], ['ENCEINTE PORTABLE', 79.99]], 3);
  const total = sum(items);
  const ht = round(total / 1.2);
  const w = when();
  const date = `${pad(w.d)}/${pad(w.m)}/${String(w.y).slice(2)}`;
  const address = ['Centre Commercial Les Halles', '1 place de la Gare', '69003 Lyon'];
  const rows: Row[] = [c('ELECTRO PLUS', true, true), c('Electro Plus SAS'), ...address.map((a) => c(a)), c(`TVA intracom. FR${digits(11)}`), sep(), ...itemRows(items, 'fr'), sep(), lr('TOTAL HT', money(ht, 'fr')), lr('TVA 20,0%', money(round(total - ht), 'fr')),
    lr('TOTAL TTC EUR', money(total, 'fr'), true, true), lr('CARTE BANCAIRE', money(total, 'fr')), gap, l(`Le ${date} a ${pad(w.h)}h${pad(w.min)}`), l(`Ticket ${digits(5)}  Vendeur 04`), c('Merci de votre confiance')];
  return { rows, key: { company: 'Electro Plus SAS', date, address: address.join(' '), total: money(total, 'fr') } };
}

function germanSupermarket(): Receipt {
  const items = basket([['Vollmilch 3,5% 1L', 1.09], ['Roggenbrot 750g', 2.49], ['Butter 250g', 2.29], ['Äpfel Elstar 1kg', 2.99], ['Bergkäse 200g', 3.79], ['Mineralwasser 6x1,5L', 3.3], ['Kaffee gemahlen 500g', 6.99], ['Bananen', 1.69], ['Nudeln 500g', 0.99]], 6 + Math.floor(rand() * 3));
  const total = sum(items);
  const net = round(total / 1.07);
  const w = when();
  const date = `${pad(w.d)}.${pad(w.m)}.${w.y}`;
  const given = Math.ceil(total / 10) * 10 + 10;
  const address = ['Hauptstraße 112', '10827 Berlin'];
  const rows: Row[] = [c('FRISCHMARKT', true, true), c('Frischmarkt Handels GmbH'), ...address.map((a) => c(a)), c(`Tel. 030 ${digits(7)}`), c(`USt-IdNr. DE${digits(9)}`), sep(), l('EUR'),
    ...items.map((it) => lr(it.name, `${money(it.price * (it.qty ?? 1), 'eu')} B`)), sep(), lr('SUMME', `EUR ${money(total, 'eu')}`, true, true), sep('='), lr('Gegeben Bar', money(given, 'eu')), lr('Rückgeld', money(given - total, 'eu')), gap,
    l('Steuer  %    Netto   Steuer  Brutto'), l(`B      7%  ${money(net, 'eu')}  ${money(round(total - net), 'eu')}  ${money(total, 'eu')}`), gap, l(`${date} ${pad(w.h)}:${pad(w.min)}  Bon-Nr. ${digits(4)}  Kasse 2`), c('Vielen Dank für Ihren Einkauf!')];
  return { rows, key: { company: 'Frischmarkt Handels GmbH', date, address: address.join(' '), total: money(total, 'eu') } };
}

function germanDiy(): Receipt {
  const items = basket([['Akku-Bohrschrauber 18V', 179.0], ['Laminat Eiche 2,2m²', 24.95], ['Wandfarbe weiß 10L', 54.99], ['Schraubenset 500tlg', 19.99], ['Leiter Alu 3x8', 129.0], ['Rasenmäher elektr.', 249.0], ['Gartenschlauch 20m', 34.99]], 5);
  const total = sum(items);
  const net = round(total / 1.19);
  const w = when();
  const date = `${pad(w.d)}.${pad(w.m)}.${String(w.y).slice(2)}`;
  const address = ['Industriestr. 7', '80939 München'];
  const rows: Row[] = [c('BAUWELT Baumarkt', true, true), ...address.map((a) => c(a)), c(`St.-Nr. ${digits(3)}/${digits(3)}/${digits(5)}`), sep(), l(`Datum: ${date}  Zeit: ${pad(w.h)}:${pad(w.min)}`), sep(),
    ...itemRows(items, 'eu', ' A', (q, u) => `  ${q} Stk x ${u}`), sep(), lr('Zwischensumme', money(total, 'eu')), lr('Summe EUR', money(total, 'eu'), true, true), lr('EC-Karte', money(total, 'eu')), gap,
    lr('A = MwSt 19% Netto', money(net, 'eu')), lr('MwSt', money(round(total - net), 'eu')), gap, c('Vielen Dank und auf Wiedersehen')];
  return { rows, key: { company: 'BAUWELT Baumarkt', date, address: address.join(' '), total: money(total, 'eu') } };
}

function italianShop(): Receipt {
  const items = basket([['PARMIGIANO REGG. 300G', 7.9], ['PROSCIUTTO CRUDO', 4.5], ['PASTA DI GRAGNANO', 2.2], ['OLIO EVO 750ML', 11.5], ['POMODORI PELATI', 1.3], ['MOZZARELLA BUFALA', 3.9], ['VINO CHIANTI DOCG', 12.9], ['CAFFE MOKA 250G', 4.6]], 5 + Math.floor(rand() * 3));
  const total = sum(items);
  const iva = round(total - total / 1.1);
  const w = when();
  const date = `${pad(w.d)}-${pad(w.m)}-${w.y}`;
  const address = ['Via Roma, 45', '50123 Firenze (FI)'];
  const rows: Row[] = [c('ALIMENTARI BIANCHI', true), c('Bianchi & Figli S.r.l.'), ...address.map((a) => c(a)), c(`P.IVA ${digits(11)}`), c('Tel. 055 ' + digits(6)), sep(), c('DOCUMENTO COMMERCIALE'), c('di vendita o prestazione'), sep(),
    l('DESCRIZIONE         IVA      Prezzo(€)'), ...items.map((it) => lr(`${it.name}`, `10% ${money(it.price * (it.qty ?? 1), 'eu')}`)), sep(), lr('TOTALE COMPLESSIVO', money(total, 'eu'), true, true), lr('di cui IVA', money(iva, 'eu')), lr('Pagamento elettronico', money(total, 'eu')), lr('Importo pagato', money(total, 'eu')), gap,
    l(`${date} ${pad(w.h)}:${pad(w.min)}`), l(`DOCUMENTO N. ${digits(4)}-${digits(4)}`), c('GRAZIE E ARRIVEDERCI')];
  return { rows, key: { company: 'Bianchi & Figli S.r.l.', date, address: address.join(' '), total: money(total, 'eu') } };
}

function portugueseCafe(): Receipt {
  const items = basket([['Galão', 1.3], ['Pastel de Nata', 1.2], ['Bica', 0.8], ['Tosta Mista', 3.5], ['Sumo Laranja Natural', 2.8], ['Água 50cl', 1.0], ['Bifana', 3.9], ['Sopa do Dia', 2.5]], 4 + Math.floor(rand() * 3));
  const total = sum(items);
  const w = when();
  const date = `${w.y}-${pad(w.m)}-${pad(w.d)}`;
  const given = Math.ceil(total / 5) * 5 + 5;
  const address = ['Rua Augusta, 150', '1100-053 Lisboa'];
  const rows: Row[] = [c('PASTELARIA AUGUSTA', true), c('Augusta Doces, Lda.'), ...address.map((a) => c(a)), c(`NIF: ${digits(9)}`), sep(), c('FATURA SIMPLIFICADA'), l(`FS A/${digits(4)}`), l(`Data: ${date} ${pad(w.h)}:${pad(w.min)}`), l('Contribuinte: Consumidor final'), sep(),
    ...itemRows(items, 'eu', '', (q, u) => `  ${q} x ${u}`), sep(), lr('TOTAL', `${money(total, 'eu')} €`, true, true), lr('Numerário', money(given, 'eu')), lr('Troco', money(given - total, 'eu')), gap,
    l('Taxa    Incid.    IVA'), l(`13%     ${money(round(total / 1.13), 'eu')}      ${money(round(total - total / 1.13), 'eu')}`), gap, c('Obrigado pela sua visita'), c(`${digits(4)}-Processado por programa certificado`)];
  return { rows, key: { company: 'Augusta Doces, Lda.', date, address: address.join(' '), total: money(total, 'eu') } };
}

const SHOPS = [ukSupermarket, usGrocery, spanishSupermarket, frenchBakery, germanSupermarket, italianShop, portugueseCafe, irishPharmacy,
  australianCafe, ukCafe, usHardware, spanishBar, frenchElectronics, germanDiy, irishPub, australianBottleShop];

// ---------- printing and scanning ----------
/** Grey paper, speckle noise, a slight blur and rotation: what a phone photo or a cheap scan of a thermal slip gives. */
async function scan(png: Buffer, i: number, dpi: number): Promise<{ data: Buffer; ext: string }> {
  const tone = { paper: 215 + Math.floor(rand() * 30), ink: 20 + Math.floor(rand() * 50), noise: 10 + rand() * 18 };
  const img = (await inkOnPaper(png, tone, 1.5, rand))
    .blur(0.5 + rand() * 0.5)
    .withMetadata({ density: dpi });
  return i % 4 === 3 ? { data: await img.png({ palette: true, colours: 16 }).toBuffer(), ext: 'png' } : { data: await img.jpeg({ quality: 70 + Math.floor(rand() * 15) }).toBuffer(), ext: 'jpg' };
}

freshFolders(here, 'img', 'key');
for (const [i, shop] of SHOPS.entries()) {
  const { rows, key } = shop();
  const dpi = 170 + Math.floor(rand() * 40);
  const image = await renderPage(await printSlip(rows, WIDTH, 1.4), 1, { dpi, format: 'png' });
  const { data, ext } = await scan(image, i, dpi);
  const id = String(i).padStart(3, '0');
  writeFileSync(path.join(here, 'img', `${id}.${ext}`), data);
  writeFileSync(path.join(here, 'key', `${id}.json`), `${JSON.stringify(key, null, 2)}\n`);
}
console.log(`wrote ${SHOPS.length} receipts to ${here}`);
