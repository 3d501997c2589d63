// Generates the international receipt set: shop and restaurant receipts from places the other generated sets
// do not cover — Canada (GST/PST, TPS/TVQ, HST), US restaurants (server/table rows, tip, signature line),
// India (GSTIN, CGST/SGST, Rs.), the Philippines (TIN, VATable sales, OR number), Hong Kong, New Zealand
// (GST inclusive), Mexico, Argentina and Colombia (Spanish), the Netherlands and Belgium (Dutch) and
// Japan-style English receipts (tax-included totals). None is a shop of another set. A brand line may stand
// over the legal name; layouts are centred or left; scans vary (thermal, faint, phone photo ~600 px, tilt).
// Labels (key/*.json) follow SROIE: the company is the legal name as printed (without registration
// numbers), the address its printed lines joined with a space, the date and the final total as printed.
// Deterministic. Run: npx tsx eval/receipts-intl/generate.ts
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sequence } from '../support/random.ts';
import { freshFolders } from '../support/set-files.ts';
import { c, type Faint, gap, l, lr, type Row, sep, writeReceipt } from '../support/receipt-render.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

const { r: rand, p: pick, n: digits } = sequence(9191);

const money = (v: number) => v.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
/** Continental style: 1.234,56 */
const euro = (v: number) => v.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const pad = (n: number) => String(n).padStart(2, '0');
const round2 = (v: number) => Math.round(v * 100) / 100;

function when() {
  const y = pick([2022, 2023, 2024]);
  const m = 1 + Math.floor(rand() * 12);
  const d = 13 + Math.floor(rand() * 16); // a day above 12 keeps month-first and day-first dates apart
  return { y, m, d, h: 8 + Math.floor(rand() * 14), min: Math.floor(rand() * 60), sec: Math.floor(rand() * 60) };
}
type When = ReturnType<typeof when>;
const mdy = (w: When) => `${pad(w.m)}/${pad(w.d)}/${w.y}`;
const dmy = (w: When, s = '/') => `${pad(w.d)}${s}${pad(w.m)}${s}${w.y}`;
const ymd = (w: When, s = '/') => `${w.y}${s}${pad(w.m)}${s}${pad(w.d)}`;
const hm = (w: When) => `${pad(w.h)}:${pad(w.min)}`;
const hm12 = (w: When) => `${((w.h + 11) % 12) + 1}:${pad(w.min)} ${w.h < 12 ? 'AM' : 'PM'}`;

// ---------- layout rows ----------

interface Item { name: string; price: number; qty: number }
function basket(catalogue: [string, number][], k = 3 + Math.floor(rand() * 3)): Item[] {
  const pool = [...catalogue];
  const out: Item[] = [];
  while (out.length < k && pool.length) {
    const [name, price] = pool.splice(Math.floor(rand() * pool.length), 1)[0];
    out.push({ name, price, qty: rand() < 0.3 ? 2 + Math.floor(rand() * 2) : 1 });
  }
  return out;
}
const sum = (items: Item[]) => round2(items.reduce((s, it) => s + it.price * it.qty, 0));
const lines = (items: Item[], fmt = money) => items.map((it) => lr(`${it.qty > 1 ? `${it.qty} ` : ''}${it.name}`, fmt(it.price * it.qty)));
/** Header lines centred or left-aligned. */
const head = (centre: boolean, texts: string[], boldFirst = true) => texts.map((t, k) => (centre ? c(t, boldFirst && k === 0) : l(t, boldFirst && k === 0)));
/** Cash tendered: the next round note above the total. */
const tendered = (total: number, note: number) => Math.ceil((total + 0.01) / note) * note;

interface Receipt { width: number; company: string; address: string[]; date: string; total: string; rows: Row[] }
type Make = (w: When) => Receipt;

const RECEIPTS: Make[] = [
  // Canada, British Columbia: GST 5% + PST 7%
  (w) => {
    const items = basket([['2X4 STUD 8FT', 6.48], ['DECK SCREWS 1LB', 12.97], ['WOOD GLUE 500ML', 8.49], ['SANDPAPER 5PK', 7.29], ['PAINT ROLLER', 9.98], ['DROP CLOTH', 5.47]]);
    const sub = sum(items); const gst = round2(sub * 0.05); const pst = round2(sub * 0.07); const total = round2(sub + gst + pst);
    const address = ['2210 COMMERCIAL DRIVE', 'VANCOUVER, BC V5N 4B4'];
    return { width: 40, company: 'CEDARLINE BUILDING SUPPLY LTD.', address, date: mdy(w), total: money(total), rows: [
      c('CEDARLINE', true, true), c('CEDARLINE BUILDING SUPPLY LTD.'), ...head(true, address, false), c('(604) 555-0172'), c(`STORE #${digits(3)}`), gap,
      l(`DATE: ${mdy(w)}   TIME: ${hm(w)}`), l(`TRANS: ${digits(5)}  REG: 02`), sep(), ...lines(items), sep(),
      lr('SUBTOTAL', money(sub)), lr('GST 5%', money(gst)), lr('PST 7%', money(pst)), lr('TOTAL', money(total), true, true), lr('DEBIT', money(total)), gap,
      l(`GST/HST REG# ${digits(9)}RT0001`), c('THANK YOU FOR SHOPPING LOCAL')] };
  },
  // Canada, Quebec (French): TPS + TVQ
  (w) => {
    const items = basket([['BAGUETTE', 3.25], ['CROISSANT BEURRE', 2.95], ['PAIN DE CAMPAGNE', 6.5], ['TARTE AU SUCRE', 14.0], ['CAFE AU LAIT', 4.25], ['CHOCOLATINE', 3.1]]);
    const sub = sum(items); const tps = round2(sub * 0.05); const tvq = round2(sub * 0.09975); const total = round2(sub + tps + tvq);
    const address = ['4320 RUE SAINT-DENIS', 'MONTREAL (QC) H2J 2K8'];
    return { width: 38, company: 'BOULANGERIE LES DEUX MOULINS INC.', address, date: dmy(w, '-'), total: euro(total), rows: [
      ...head(true, ['BOULANGERIE LES DEUX MOULINS INC.', ...address, 'TEL. 514 555-0148']), gap,
      c(`${dmy(w, '-')}  ${hm(w)}`), c(`CAISSE 1  FACTURE ${digits(6)}`), sep(), ...lines(items, euro), sep(),
      lr('SOUS-TOTAL', euro(sub)), lr('TPS 5%', euro(tps)), lr('TVQ 9,975%', euro(tvq)), lr('TOTAL', euro(total), true, true), lr('INTERAC', euro(total)), gap,
      l(`TPS: ${digits(9)}RT0001`), l(`TVQ: ${digits(10)}TQ0001`), c('MERCI ET A BIENTOT')] };
  },
  // Canada, Ontario: HST 13%, left header
  (w) => {
    const items = basket([['LATTE 16OZ', 5.45], ['AMERICANO', 3.75], ['BLUEBERRY MUFFIN', 3.95], ['BREAKFAST WRAP', 7.95], ['OAT COOKIE', 2.5], ['CHAI TEA', 4.65]]);
    const sub = sum(items); const hst = round2(sub * 0.13); const total = round2(sub + hst); const cash = tendered(total, 20);
    const address = ['118 KING STREET WEST', 'HAMILTON, ON L8P 1A2'];
    return { width: 36, company: 'MAPLE & MORTAR COFFEE CO.', address, date: mdy(w), total: money(total), rows: [
      ...head(false, ['MAPLE & MORTAR COFFEE CO.', ...address, 'TEL 905-555-0133']), gap,
      l(`${mdy(w)} ${hm12(w)}`), l(`ORDER ${digits(4)}  CASHIER: PRIYA`), sep(), ...lines(items), sep(),
      lr('SUBTOTAL', money(sub)), lr('HST 13%', money(hst)), lr('TOTAL', money(total), true), lr('CASH', money(cash)), lr('CHANGE', money(round2(cash - total))), gap,
      l(`HST # ${digits(9)} RT0001`), l('THANKS FOR VISITING!')] };
  },
  // US restaurant: server/table, sales tax, tip line, signature
  (w) => {
    const items = basket([['CHEESEBURGER', 14.5], ['CAESAR SALAD', 11.0], ['FISH TACOS', 15.75], ['SWEET POTATO FRIES', 6.5], ['ICED TEA', 3.25], ['CRAFT IPA', 7.0], ['KEY LIME PIE', 7.5]]);
    const sub = sum(items); const tax = round2(sub * 0.0825); const amount = round2(sub + tax); const tip = round2(sub * 0.2); const total = round2(amount + tip);
    const address = ['4410 N LAMAR BLVD', 'AUSTIN, TX 78756'];
    return { width: 40, company: 'LONE OAK KITCHEN & BAR', address, date: mdy(w), total: money(total), rows: [
      c('LONE OAK KITCHEN & BAR', true, true), ...head(true, address, false), c('(512) 555-0190'), gap,
      lr('SERVER: MARCUS', `TABLE: ${10 + Math.floor(rand() * 30)}`), lr(`GUESTS: ${2 + Math.floor(rand() * 3)}`, `CHECK #${digits(4)}`), l(`${mdy(w)} ${hm12(w)}`), sep(), ...lines(items), sep(),
      lr('SUBTOTAL', money(sub)), lr('SALES TAX 8.25%', money(tax)), lr('AMOUNT', money(amount), true), gap, lr('VISA', `XXXXXXXXXXXX${digits(4)}`), lr('AUTH CODE', digits(6)), gap,
      lr('TIP', money(tip)), lr('TOTAL', money(total), true, true), gap, l('X______________________________'), c('CUSTOMER COPY'), c('THANK YOU! COME BACK SOON')] };
  },
  // US diner: balance due, gratuity included
  (w) => {
    const items = basket([['PANCAKE STACK', 9.95], ['DENVER OMELETTE', 12.5], ['HASH BROWNS', 4.25], ['COFFEE', 2.75], ['ORANGE JUICE', 3.95], ['BISCUITS & GRAVY', 8.75]]);
    const sub = sum(items); const grat = round2(sub * 0.18); const tax = round2(sub * 0.06); const total = round2(sub + grat + tax);
    const address = ['901 MARKET ST', 'HARRISBURG PA 17101'];
    return { width: 36, company: 'SUNNYSIDE DINER LLC', address, date: mdy(w), total: money(total), rows: [
      c('SUNNYSIDE DINER', true, true), c('SUNNYSIDE DINER LLC'), ...head(true, address, false), gap,
      l(`TBL 7  SVR: DONNA  ${mdy(w)}`), l(`CHK ${digits(5)}   ${hm12(w)}`), sep(), ...lines(items), sep(),
      lr('FOOD & BEV', money(sub)), lr('GRATUITY 18%', money(grat)), lr('TAX', money(tax)), lr('BALANCE DUE', money(total), true, true), gap,
      c('GRATUITY INCLUDED FOR PARTIES OF 6+'), c('THANKS Y\'ALL')] };
  },
  // US restaurant, left layout, tip suggestions below the total
  (w) => {
    const items = basket([['MARGHERITA PIZZA', 16.0], ['BURRATA', 13.5], ['RIGATONI VODKA', 19.0], ['HOUSE RED GLASS', 11.0], ['TIRAMISU', 9.0], ['SPARKLING WATER', 4.0]]);
    const sub = sum(items); const tax = round2(sub * 0.08875); const total = round2(sub + tax);
    const address = ['212 BEDFORD AVE', 'BROOKLYN, NY 11249'];
    return { width: 40, company: 'FORNO ROSSO TRATTORIA INC', address, date: mdy(w), total: money(total), rows: [
      ...head(false, ['FORNO ROSSO TRATTORIA INC', ...address, 'TEL 718-555-0111']), gap,
      l(`Server: Ana        Table 14`), l(`Date: ${mdy(w)}  ${hm12(w)}`), sep(), ...lines(items), sep(),
      lr('Subtotal', money(sub)), lr('Sales Tax', money(tax)), lr('Total', money(total), true, true), gap,
      l('Suggested gratuity:'), l(`18% = ${money(sub * 0.18)}  20% = ${money(sub * 0.2)}`), l(`22% = ${money(sub * 0.22)}`), gap, l('Tip: ____________'), l('Total: __________'), gap, l('Signature: ______________________')] };
  },
  // India: GSTIN, CGST/SGST, Grand Total
  (w) => {
    const items = basket([['PANEER BUTTER MASALA', 260], ['DAL MAKHANI', 210], ['BUTTER NAAN', 55], ['JEERA RICE', 160], ['MASALA CHAAS', 70], ['GULAB JAMUN', 90]]);
    const sub = sum(items); const cgst = round2(sub * 0.025); const total = round2(sub + 2 * cgst);
    const address = ['SCO 42, SECTOR 17-C', 'CHANDIGARH - 160017'];
    return { width: 40, company: 'SHREE GANESH RESTAURANT PVT. LTD.', address, date: dmy(w), total: money(total), rows: [
      c('SHREE GANESH', true, true), c('SHREE GANESH RESTAURANT PVT. LTD.'), ...head(true, address, false), c('PH: 0172-2701455'), c(`GSTIN: 04AAB${digits(4)}C1Z${digits(1)}`), gap, c('TAX INVOICE'),
      lr(`BILL NO: ${digits(5)}`, `DATE: ${dmy(w)}`), lr('TABLE: 6', `TIME: ${hm(w)}`), sep(), ...lines(items), sep(),
      lr('SUB TOTAL', money(sub)), lr('CGST @ 2.5%', money(cgst)), lr('SGST @ 2.5%', money(cgst)), lr('GRAND TOTAL', `Rs. ${money(total)}`, true, true), gap, c('THANK YOU. VISIT AGAIN')] };
  },
  // India: retail, Net Amount, round off
  (w) => {
    const items = basket([['COTTON KURTA', 899], ['LEGGINGS', 349], ['DUPATTA', 499], ['SALWAR SET', 1299], ['HANDKERCHIEF 3PC', 150]]);
    const sub = sum(items); const gst = round2(sub * 0.12); const gross = round2(sub + gst); const net = Math.round(gross);
    const address = ['SHOP NO. 14, LINKING ROAD,', 'BANDRA (W), MUMBAI - 400050'];
    return { width: 42, company: 'VASTRA FASHIONS LLP', address, date: dmy(w, '-'), total: money(net), rows: [
      ...head(true, ['VASTRA FASHIONS LLP', ...address, 'TEL: 022-26401234']), c(`GSTIN : 27AAF${digits(4)}Q1Z${digits(1)}`), gap,
      l(`INVOICE NO : VF/${digits(4)}`), l(`DATE : ${dmy(w, '-')}   ${hm(w)}`), sep(), ...lines(items), sep(),
      lr('TAXABLE VALUE', money(sub)), lr('CGST 6%', money(round2(gst / 2))), lr('SGST 6%', money(round2(gst / 2))), lr('ROUND OFF', money(round2(net - gross))), lr('NET AMOUNT', `Rs.${money(net)}`, true, true),
      lr('CARD', money(net)), gap, c('NO EXCHANGE WITHOUT BILL')] };
  },
  // India: pharmacy, left, Total Amount in Rs.
  (w) => {
    const items = basket([['DOLO 650 TAB 15S', 30.91], ['VICKS VAPORUB 50ML', 154], ['ORS SACHET 4S', 84], ['BAND-AID 20S', 60], ['CETIRIZINE 10S', 18.5], ['DIGENE SYRUP', 142]]);
    const sub = sum(items); const total = Math.round(sub);
    const address = ['12/3, M.G. ROAD,', 'BENGALURU, KARNATAKA 560001'];
    return { width: 40, company: 'SRI LAKSHMI MEDICALS', address, date: dmy(w), total: money(total), rows: [
      ...head(false, ['SRI LAKSHMI MEDICALS', ...address]), l(`DL NO: KA-B${digits(5)}`), l(`GSTIN: 29ABC${digits(4)}M1Z${digits(1)}`), gap,
      lr(`BILL: ${digits(5)}`, dmy(w)), sep(), ...lines(items), sep(), lr('GROSS AMT', money(sub)), lr('ROUND OFF', money(round2(total - sub))), lr('TOTAL AMOUNT', `Rs. ${money(total)}`, true, true),
      l('(GST INCLUDED IN MRP)'), gap, l('GET WELL SOON')] };
  },
  // Philippines: VAT reg TIN, VATable sales, Amount Due, OR number
  (w) => {
    const items = basket([['CHICKENJOY 1PC', 99], ['SPAGHETTI', 65], ['PALABOK', 85], ['PEACH MANGO PIE', 47], ['COKE REG', 55], ['BURGER STEAK', 79]]);
    const total = sum(items); const vatable = round2(total / 1.12); const vat = round2(total - vatable); const cash = tendered(total, 500);
    const address = ['G/F ROBINSONS PLACE ERMITA,', 'PEDRO GIL ST., MANILA 1000'];
    return { width: 40, company: 'GOLDEN SPOON FOOD CORP.', address, date: mdy(w), total: money(total), rows: [
      c('GOLDEN SPOON', true, true), c('GOLDEN SPOON FOOD CORP.'), ...head(true, address, false), c(`VAT REG TIN: ${digits(3)}-${digits(3)}-${digits(3)}-000`), c(`MIN: ${digits(14)}`), gap, c('OFFICIAL RECEIPT'),
      l(`OR NO: ${digits(8)}`), l(`${mdy(w)} ${hm12(w)}`), l('DINE IN   CASHIER: JOY'), sep(), ...lines(items), sep(),
      lr('TOTAL', money(total)), lr('AMOUNT DUE', money(total), true, true), lr('CASH', money(cash)), lr('CHANGE', money(round2(cash - total))), gap,
      lr('VATABLE SALES', money(vatable)), lr('VAT AMOUNT', money(vat)), lr('VAT-EXEMPT SALES', '0.00'), lr('ZERO-RATED SALES', '0.00'), gap, c('THIS SERVES AS AN OFFICIAL RECEIPT')] };
  },
  // Philippines: hardware, left, Total Amount Due
  (w) => {
    const items = basket([['GI WIRE #16 1KG', 120], ['PVC ELBOW 1/2', 18], ['CONCRETE NAIL 2"', 65], ['PAINT THINNER 1L', 145], ['TEFLON TAPE', 25], ['CEMENT 40KG', 260]]);
    const total = sum(items); const vatable = round2(total / 1.12);
    const address = ['1123 RIZAL AVENUE,', 'STA. CRUZ, MANILA'];
    return { width: 42, company: 'ASIA STAR HARDWARE CORPORATION', address, date: mdy(w), total: money(total), rows: [
      ...head(false, ['ASIA STAR HARDWARE CORPORATION', ...address]), l(`VAT REG TIN ${digits(3)}-${digits(3)}-${digits(3)}-00000`), l('TEL. (02) 8733-1290'), gap, c('SALES INVOICE', true),
      lr(`INV# ${digits(6)}`, `DATE ${mdy(w)}`), sep(), ...lines(items), sep(),
      lr('VATABLE SALES', money(vatable)), lr('VAT 12%', money(round2(total - vatable))), lr('TOTAL AMOUNT DUE', `P${money(total)}`, true, true), gap, l('RECEIVED THE ABOVE IN GOOD ORDER'), l('SIGNATURE: ________________')] };
  },
  // Hong Kong: HK$, no tax
  (w) => {
    const items = basket([['MILK TEA (HOT)', 22], ['PINEAPPLE BUN W/ BUTTER', 18], ['MACARONI SOUP W/ HAM', 38], ['FRENCH TOAST', 32], ['LEMON TEA (ICED)', 24], ['SATAY BEEF NOODLE', 42]]);
    const sub = sum(items); const svc = round2(sub * 0.1); const total = round2(sub + svc);
    const address = ['G/F, 88 SAI YEUNG CHOI STREET SOUTH,', 'MONG KOK, KOWLOON'];
    return { width: 42, company: 'KAM FUNG CAFE LIMITED', address, date: dmy(w), total: `HK$${money(total)}`, rows: [
      ...head(true, ['KAM FUNG CAFE LIMITED', ...address, 'TEL: 2394 1122']), gap,
      lr(`TABLE 3   ${dmy(w)}`, hm(w)), l(`CHECK NO. ${digits(6)}`), sep(), ...lines(items), sep(),
      lr('SUBTOTAL', money(sub)), lr('10% SERVICE CHARGE', money(svc)), lr('TOTAL', `HK$${money(total)}`, true, true), lr('OCTOPUS', money(total)), gap, c('THANK YOU, PLEASE COME AGAIN')] };
  },
  // New Zealand: GST inclusive
  (w) => {
    const items = basket([['FLAT WHITE', 5.5], ['MINCE & CHEESE PIE', 6.9], ['LOLLY CAKE SLICE', 4.8], ['SAUSAGE ROLL', 5.2], ['L&P 330ML', 3.5], ['AFGHAN BISCUIT', 3.9]]);
    const total = sum(items); const gst = round2(total * 3 / 23); const cash = tendered(total, 20);
    const address = ['63 VICTORIA STREET', 'CHRISTCHURCH 8013'];
    return { width: 36, company: 'KOWHAI BAKEHOUSE LIMITED', address, date: dmy(w), total: money(total), rows: [
      c('KOWHAI BAKEHOUSE', true, true), c('KOWHAI BAKEHOUSE LIMITED'), ...head(true, address, false), c(`GST NO: ${digits(3)}-${digits(3)}-${digits(3)}`), gap, c('TAX INVOICE'),
      l(`${dmy(w)}  ${hm(w)}  TILL 1`), sep(), ...lines(items), sep(), lr('TOTAL NZD', money(total), true, true), lr('CASH', money(cash)), lr('CHANGE', money(round2(cash - total))), lr('GST INCLUDED', money(gst)), gap, c('CHEERS, SEE YOU SOON')] };
  },
  // Mexico: RFC, IVA 16%, TOTAL A PAGAR, EFECTIVO, CAMBIO
  (w) => {
    const items = basket([['TACOS AL PASTOR (3)', 75], ['QUESADILLA', 45], ['AGUA DE HORCHATA', 30], ['GUACAMOLE', 65], ['REFRESCO', 28], ['FLAN', 40]]);
    const total = sum(items); const base = round2(total / 1.16); const cash = tendered(total, 100);
    const address = ['AV. INSURGENTES SUR 1457', 'COL. INSURGENTES MIXCOAC', 'CDMX C.P. 03920'];
    return { width: 40, company: 'TAQUERIA EL FOGON SA DE CV', address, date: dmy(w), total: money(total), rows: [
      c('EL FOGON', true, true), c('TAQUERIA EL FOGON SA DE CV'), c(`RFC: TFO${digits(6)}AB1`), ...head(true, address, false), gap,
      l(`FECHA: ${dmy(w)}  HORA: ${hm(w)}`), l(`TICKET: ${digits(5)}  MESA: 4`), sep(), ...lines(items), sep(),
      lr('SUBTOTAL', money(base)), lr('IVA 16%', money(round2(total - base))), lr('TOTAL A PAGAR', `$${money(total)}`, true, true), lr('EFECTIVO', money(cash)), lr('CAMBIO', money(round2(cash - total))), gap, c('GRACIAS POR SU VISITA')] };
  },
  // Mexico: pharmacy, left, Su cambio
  (w) => {
    const items = basket([['PARACETAMOL 500MG', 38.5], ['ELECTROLIT 625ML', 27], ['VITAMINA C 1G', 89], ['GASAS 10PZ', 22], ['ALCOHOL 250ML', 31.5]]);
    const total = sum(items); const cash = tendered(total, 200);
    const address = ['CALLE HIDALGO 233, CENTRO', 'GUADALAJARA, JAL. 44100'];
    return { width: 38, company: 'FARMACIA SAN RAFAEL S.A. DE C.V.', address, date: dmy(w, '-'), total: money(total), rows: [
      ...head(false, ['FARMACIA SAN RAFAEL S.A. DE C.V.', `R.F.C. FSR${digits(6)}K2`, ...address, 'TEL. 33 3614 2200']), gap,
      l(`${dmy(w, '-')} ${hm(w)}  CAJA 2`), sep(), ...lines(items), sep(), lr('ARTICULOS', String(items.length)), lr('TOTAL', money(total), true, true), lr('EFECTIVO', money(cash)), lr('Su cambio', money(round2(cash - total))), gap,
      l('IVA INCLUIDO'), l('CONSERVE SU TICKET')] };
  },
  // Argentina: IVA 21%, CUIT, Consumidor final
  (w) => {
    const items = basket([['MEDIALUNA', 450], ['CAFE CON LECHE', 1800], ['TOSTADO J&Q', 3200], ['EMPANADA CARNE', 1100], ['ALFAJOR', 950], ['AGUA SIN GAS', 900]]);
    const total = sum(items); const cash = tendered(total, 1000);
    const address = ['AV. CORRIENTES 1850', 'C1045AAN CABA'];
    return { width: 40, company: 'CONFITERIA LA PERLA S.R.L.', address, date: dmy(w), total: euro(total), rows: [
      ...head(true, ['CONFITERIA LA PERLA S.R.L.', `C.U.I.T. 30-${digits(8)}-${digits(1)}`, ...address, 'IVA RESPONSABLE INSCRIPTO']), gap, c('FACTURA B'),
      l(`P.V. 0003  NRO. ${digits(8)}`), l(`FECHA ${dmy(w)}  HORA ${hm(w)}`), l('A CONSUMIDOR FINAL'), sep(), ...lines(items, euro), sep(),
      lr('TOTAL', `$${euro(total)}`, true, true), lr('EFECTIVO', euro(cash)), lr('SU VUELTO', euro(round2(cash - total))), gap, c('GRACIAS POR SU COMPRA')] };
  },
  // Colombia: NIT, IVA 19%, TOTAL A PAGAR
  (w) => {
    const items = basket([['ARROZ DIANA 1KG', 4900], ['ACEITE 1L', 12500], ['CAFE SELLO ROJO', 9800], ['PANELA', 3200], ['HUEVOS X12', 11400], ['LECHE 1L', 4300]]);
    const total = sum(items); const base = Math.round(total / 1.19); const cash = tendered(total, 10000);
    const cop = (v: number) => Math.round(v).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    const address = ['CRA 43A # 18 SUR 135', 'MEDELLIN, ANTIOQUIA'];
    return { width: 40, company: 'SUPERMERCADO LA ECONOMIA S.A.S.', address, date: ymd(w, '-'), total: cop(total), rows: [
      c('LA ECONOMIA', true, true), c('SUPERMERCADO LA ECONOMIA S.A.S.'), c(`NIT ${digits(3)}.${digits(3)}.${digits(3)}-${digits(1)}`), ...head(true, address, false), gap,
      l(`FACTURA POS NO. ${digits(6)}`), l(`FECHA: ${ymd(w, '-')} ${hm(w)}`), sep(), ...lines(items, cop), sep(),
      lr('SUBTOTAL', cop(base)), lr('IVA 19%', cop(total - base)), lr('TOTAL A PAGAR', `$${cop(total)}`, true, true), lr('EFECTIVO', cop(cash)), lr('CAMBIO', cop(cash - total)), gap, c('GRACIAS POR SU COMPRA')] };
  },
  // Netherlands: TOTAAL, BTW 21%/9%, PIN
  (w) => {
    const items = basket([['KOFFIE VERKEERD', 3.8], ['APPELTAART', 4.5], ['TOSTI HAM/KAAS', 6.25], ['VERSE MUNTTHEE', 3.5], ['BITTERBALLEN 8ST', 8.5], ['SPA ROOD', 3.1]]);
    const total = sum(items); const low = round2(total * 9 / 109);
    const address = ['Oudegracht 152', '3511 AZ Utrecht'];
    return { width: 36, company: 'Grand Cafe De Zwaan B.V.', address, date: dmy(w, '-'), total: euro(total), rows: [
      c('DE ZWAAN', true, true), c('Grand Cafe De Zwaan B.V.'), ...head(true, address, false), c('Tel. 030-2314455'), gap,
      l(`Datum: ${dmy(w, '-')}  ${hm(w)}`), l(`Bon: ${digits(5)}   Tafel 9`), sep(), ...lines(items, euro), sep(),
      lr('TOTAAL', `EUR ${euro(total)}`, true, true), lr('Pin', euro(total)), gap, lr('BTW 9%', euro(low)), lr('Excl. BTW', euro(round2(total - low))), gap,
      l(`KvK ${digits(8)}`), l(`BTW NL${digits(9)}B01`), c('Bedankt en tot ziens!')] };
  },
  // Netherlands: shop, left, cash and Wisselgeld
  (w) => {
    const items = basket([['Schroevendraaier set', 12.99], ['Verf wit 2,5L', 24.95], ['Kwast 50mm', 4.49], ['Afplaktape', 3.29], ['Schuurpapier', 2.79], ['Gereedschapskist', 19.99]]);
    const total = sum(items); const btw = round2(total * 21 / 121); const cash = tendered(total, 10);
    const address = ['Kerkstraat 27', '2011 HN Haarlem'];
    return { width: 38, company: 'IJzerhandel Van der Berg', address, date: dmy(w), total: euro(total), rows: [
      ...head(false, ['IJzerhandel Van der Berg', ...address, 'tel 023-5312200']), gap,
      l(`${dmy(w)}  ${hm(w)}  kassa 1`), sep(), ...lines(items, euro), sep(), lr('Subtotaal', euro(total)), lr('TOTAAL', euro(total), true, true), lr('Contant', euro(cash)), lr('Wisselgeld', euro(round2(cash - total))), gap,
      lr('BTW 21%', euro(btw)), gap, l('Ruilen binnen 14 dagen met bon'), l('Bedankt voor uw aankoop')] };
  },
  // Belgium (Flemish): Te betalen, Bancontact
  (w) => {
    const items = basket([['Pistolet', 0.75], ['Boterkoek', 2.6], ['Grijs brood', 3.4], ['Rijsttaart', 3.95], ['Speculoos 250g', 3.2], ['Croissant', 1.3]]);
    const total = sum(items); const btw = round2(total * 6 / 106);
    const address = ['Meir 88', '2000 Antwerpen'];
    return { width: 36, company: 'Bakkerij Peeters BV', address, date: dmy(w, '.'), total: euro(total), rows: [
      ...head(true, ['Bakkerij Peeters BV', ...address, `BTW BE 0${digits(3)}.${digits(3)}.${digits(3)}`]), gap,
      c(`${dmy(w, '.')} ${hm(w)}`), sep(), ...lines(items, euro), sep(), lr('Totaal', euro(total)), lr('Te betalen', `EUR ${euro(total)}`, true, true), lr('Bancontact', euro(total)), gap,
      lr('BTW 6%', euro(btw)), c('Dank u en tot ziens')] };
  },
  // Japan-style English: tax-included total, YYYY/MM/DD
  (w) => {
    const items = basket([['ONIGIRI SALMON', 160], ['GREEN TEA 500ML', 140], ['KARAAGE', 238], ['SANDWICH EGG', 298], ['MELON PAN', 150], ['CUP NOODLE', 214]]);
    const total = Math.round(sum(items)); const tax = Math.round(total * 8 / 108); const cash = tendered(total, 1000);
    const address = ['1-2-3 Shibuya, Shibuya-ku,', 'Tokyo 150-0002'];
    return { width: 36, company: 'Sakura Mart Co., Ltd.', address, date: ymd(w), total: String(total), rows: [
      c('SAKURA MART', true, true), c('Sakura Mart Co., Ltd.'), c(`Shibuya ${digits(1)}-chome Store`), ...head(true, address, false), c('TEL 03-5555-0123'), gap, c('RECEIPT'),
      l(`${ymd(w)} (${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][(w.d + w.m) % 7]}) ${hm(w)}`), l(`Reg 02  No. ${digits(4)}`), sep(), ...items.map((it) => lr(`${it.name}${it.qty > 1 ? ` x${it.qty}` : ''} *`, `¥${it.price * it.qty}`)), sep(),
      lr('Total (tax incl.)', `¥${total}`, true, true), lr('(8% tax', `¥${tax})`), lr('Cash', `¥${cash}`), lr('Change', `¥${cash - total}`), gap, l('* reduced tax rate item'), c(`Registration No. T${digits(13)}`)] };
  },
  // Japan-style English: left, department store, 10% tax incl.
  (w) => {
    const items = basket([['Tenugui towel', 1100], ['Chopsticks set', 2750], ['Matcha 40g', 1620], ['Furoshiki cloth', 2200], ['Ceramic cup', 3300]]);
    const total = sum(items); const tax = Math.round(total / 11);
    const address = ['4-6-16 Ginza, Chuo-ku,', 'Tokyo 104-8212'];
    return { width: 40, company: 'Kisaragi Department Store Ltd.', address, date: ymd(w, '-'), total: total.toLocaleString('en-US'), rows: [
      ...head(false, ['Kisaragi Department Store Ltd.', ...address, 'Tel 03-3562-1111']), gap,
      l(`Date ${ymd(w, '-')} ${hm(w)}`), l(`Floor 5  Counter 12  Staff 0482`), sep(), ...items.map((it) => lr(it.name, `JPY ${(it.price * it.qty).toLocaleString('en-US')}`)), sep(),
      lr('Subtotal', (total - tax).toLocaleString('en-US')), lr('Consumption tax 10%', tax.toLocaleString('en-US')), lr('Total (tax incl.)', `JPY ${total.toLocaleString('en-US')}`, true, true), lr('Credit card', total.toLocaleString('en-US')), gap, l('Thank you for shopping with us.')] };
  },
];

// ---------- printing and scanning ----------
/** How faint a worn thermal slip prints: its ink grey, noise and blur start here. */
const FAINT: Faint = { ink: 90, noise: 25, blur: 0.7 };

freshFolders(here, 'img', 'key');
for (const [i, make] of RECEIPTS.entries()) {
  const { rows, width, company, address, date, total } = make(when());
  await writeReceipt(here, i, rows, width, { company, date, address: address.join(' '), total }, FAINT, rand);
}
console.log(`wrote ${RECEIPTS.length} receipts to ${here}`);
