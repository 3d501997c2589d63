// Generates the South-East Asian receipt set: shop receipts in the style of Malaysian and Singaporean
// shops of the GST years (hardware shops, kopitiam, bakeries, stationers, pharmacies, petrol stations,
// supermarkets), none of them a shop of the SROIE dev set. A brand line may stand over the legal name
// ("... SDN BHD (123456-A)"), then registration and GST lines, a 2-4 line address ending in postcode, town
// and state, TEL/FAX, a tax-invoice heading, cashier rows, items, the GST totals block with rounding,
// cash and change, a GST summary and a footer. Layouts vary (centred or left header, narrow or wide slip)
// and so does the scan (thermal, faint dot-matrix, low-resolution phone photo, a slight tilt).
// Labels (key/*.json) follow SROIE: the company is the legal name as printed (without its registration
// number), the address its printed lines joined with a space, the date and the final total as printed.
// Deterministic. Run: npx tsx eval/receipts-sea/generate.ts
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sequence } from '../support/random.ts';
import { freshFolders } from '../support/set-files.ts';
import { c, cols, type Faint, gap, l, lr, type Row, sep, writeReceipt } from '../support/receipt-render.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

const { r: rand, p: pick, n: digits } = sequence(6060);

const money = (v: number) => v.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const pad = (n: number) => String(n).padStart(2, '0');
const round2 = (v: number) => Math.round(v * 100) / 100;
/** Malaysian cash totals are rounded to the nearest 5 sen. */
const round5 = (v: number) => Math.round(v * 20) / 20;
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

// ---------- dates ----------
type DateStyle = 'dmy/' | 'dmy-short' | 'd mon y' | 'ymd' | 'dmy.' | 'dmy-';
function when() {
  const y = pick([2017, 2018]);
  const m = 1 + Math.floor(rand() * 12);
  const d = 1 + Math.floor(rand() * 28);
  return { y, m, d, h: 8 + Math.floor(rand() * 14), min: Math.floor(rand() * 60), sec: Math.floor(rand() * 60) };
}
type When = ReturnType<typeof when>;
function dateText(w: When, style: DateStyle): string {
  if (style === 'dmy/') return `${pad(w.d)}/${pad(w.m)}/${w.y}`;
  if (style === 'dmy-short') return `${pad(w.d)}-${pad(w.m)}-${String(w.y).slice(2)}`;
  if (style === 'dmy-') return `${pad(w.d)}-${pad(w.m)}-${w.y}`;
  if (style === 'd mon y') return `${pad(w.d)} ${MONTHS[w.m - 1]} ${w.y}`;
  if (style === 'ymd') return `${w.y}-${pad(w.m)}-${pad(w.d)}`;
  return `${pad(w.d)}.${pad(w.m)}.${w.y}`;
}
function timeText(w: When, twelve: boolean): string {
  if (!twelve) return `${pad(w.h)}:${pad(w.min)}:${pad(w.sec)}`;
  return `${((w.h + 11) % 12) + 1}:${pad(w.min)}:${pad(w.sec)} ${w.h < 12 ? 'AM' : 'PM'}`;
}

// ---------- shops ----------
interface Shop {
  brand?: string;
  company: string;
  reg?: string;
  regOnCompanyLine?: boolean;
  gst: string;
  address: string[];
  tel: string;
  fax?: boolean;
  heading: string;
  singapore?: boolean;
  catalogue: [string, number][];
  dateStyle: DateStyle;
  twelveHour?: boolean;
  totals: 'gst-block' | 'nett' | 'simple' | 'rm-column';
  items: 'qty-x' | 'columns' | 'at';
  header: 'centre' | 'left';
  width: number;
  footer: string[];
  extra?: string[];
}

const SHOPS: Shop[] = [
  { brand: 'TIONG LEE HARDWARE', company: 'TIONG LEE HARDWARE TRADING SDN BHD', reg: '(1022817-K)', regOnCompanyLine: true, gst: 'GST REG NO : 001672839168', address: ['NO. 8, JALAN MERBAU 2,', 'TAMAN MERBAU INDAH,', '86000 KLUANG, JOHOR.'], tel: 'TEL : 07-772 1834', fax: true, heading: 'TAX INVOICE', catalogue: [['PVC PIPE 1/2" X 6M', 9.8], ['G.I. NAIL 2" 1KG', 6.5], ['CEMENT 50KG', 19.9], ['WALL PLUG 6MM 100PCS', 3.2], ['HACKSAW BLADE 12"', 2.8], ['MASKING TAPE 24MM', 2.4], ['PAINT BRUSH 3"', 5.6]], dateStyle: 'dmy/', totals: 'gst-block', items: 'qty-x', header: 'centre', width: 42, footer: ['GOODS SOLD ARE NOT RETURNABLE', 'THANK YOU'] },
  { company: 'WAH KEE KOPITIAM ENTERPRISE', reg: '(JM0712345-T)', gst: 'GST ID : 000813726208', address: ['LOT 21, JALAN PASAR BARU,', '34000 TAIPING, PERAK.'], tel: 'TEL: 05-806 2291', heading: 'RECEIPT', catalogue: [['KOPI O PENG', 2.3], ['TEH TARIK', 2.0], ['ROTI BAKAR KAYA', 2.8], ['NASI LEMAK BIASA', 4.5], ['MEE HAILAM', 7.5], ['TELUR SEPARUH MASAK', 2.6], ['CHAM PANAS', 2.2]], dateStyle: 'dmy-short', totals: 'simple', items: 'columns', header: 'centre', width: 34, footer: ['THANK YOU, PLEASE COME AGAIN'], extra: ['TABLE : 12   PAX : 2'] },
  { brand: 'GOLDEN CRUST BAKERY', company: 'GOLDEN CRUST FOOD INDUSTRIES SDN BHD', reg: 'CO. NO. 874512-D', gst: 'GST REG NO: 001234509876', address: ['NO. 3A, JALAN SS 15/4B,', '47500 SUBANG JAYA, SELANGOR'], tel: 'TEL: 03-5631 7720', heading: 'SIMPLIFIED TAX INVOICE', catalogue: [['BUTTER SUGAR BUN', 2.2], ['CHICKEN FLOSS ROLL', 3.8], ['PANDAN CHIFFON SLICE', 2.9], ['WHOLEMEAL LOAF', 5.5], ['EGG TART', 2.0], ['CURRY PUFF', 2.4], ['CHEESE CAKE SLICE', 7.9]], dateStyle: 'd mon y', totals: 'gst-block', items: 'at', header: 'centre', width: 38, footer: ['GOODS SOLD ARE NOT REFUNDABLE', 'THANK YOU & HAVE A NICE DAY'] },
  { brand: 'MEGA BOOK & STATIONERY', company: 'PUSTAKA MEGA ILMU SDN. BHD.', reg: '(556120-W)', gst: 'GST ID NO : 000462198016', address: ['G-12, KOMPLEKS BELIAN,', 'JALAN TUN ABDUL RAZAK,', '80000 JOHOR BAHRU, JOHOR.'], tel: 'TEL : 07-224 5810', fax: true, heading: 'TAX INVOICE', catalogue: [['A4 PAPER 70GSM 500S', 11.9], ['BALL PEN BLUE 0.7', 1.2], ['EXERCISE BOOK 80PG', 1.6], ['CORRECTION TAPE', 3.5], ['STAPLER NO.10', 8.9], ['FILE L-SHAPE 12S', 4.8], ['HIGHLIGHTER 4 COL', 6.9]], dateStyle: 'ymd', totals: 'nett', items: 'columns', header: 'left', width: 44, footer: ['GOODS SOLD ARE NOT RETURNABLE', 'OR EXCHANGEABLE', 'THANK YOU'] },
  { company: 'FARMASI SEJAHTERA SDN BHD', reg: '(1109283-P)', regOnCompanyLine: true, gst: 'GST REG NO : 000198273664', address: ['NO. 45, JALAN BESAR,', '72100 BAHAU,', 'NEGERI SEMBILAN'], tel: 'TEL/FAX : 06-454 1020', heading: 'SIMPLIFIED TAX INVOICE', catalogue: [['PANADOL ACTIFAST 20S', 9.9], ['VITAMIN C 1000MG 30S', 32.5], ['ANTISEPTIC CREAM 30G', 8.4], ['FACE MASK 3PLY 50S', 12.0], ['THERMOMETER DIGITAL', 18.9], ['COUGH SYRUP 120ML', 11.5], ['PLASTER STRIPS 20S', 3.9]], dateStyle: 'dmy.', totals: 'gst-block', items: 'qty-x', header: 'centre', width: 40, footer: ['MEDICINE SOLD ARE NOT RETURNABLE', 'GET WELL SOON'] },
  { brand: 'STESEN MINYAK LAJU JAYA', company: 'LAJU JAYA PETROLEUM SDN BHD', reg: '(745521-H)', gst: 'GST ID : 001987654400', address: ['LOT 1123, JALAN KAJANG-SEMENYIH,', '43500 SEMENYIH, SELANGOR'], tel: 'TEL : 03-8723 4410', heading: 'TAX INVOICE', catalogue: [['RON95', 2.2], ['DIESEL', 2.18], ['MINERAL WATER 1.5L', 1.9], ['ENGINE OIL 4L', 89.0], ['WIPER BLADE 20"', 24.0], ['CAR SHAMPOO', 12.9]], dateStyle: 'dmy/', twelveHour: true, totals: 'simple', items: 'qty-x', header: 'centre', width: 40, footer: ['THANK YOU, DRIVE SAFELY'], extra: ['PUMP NO : 04'] },
  { brand: 'PASARAYA SRI MAJU', company: 'SRI MAJU HYPERMARKET SDN BHD', reg: '(621004-A)', gst: 'GST REG NO: 000875214592', address: ['NO. 1, JALAN PERDAGANGAN 3,', 'BANDAR BARU UDA,', '81200 JOHOR BAHRU, JOHOR'], tel: 'TEL: 07-238 7711', fax: true, heading: 'TAX INVOICE', catalogue: [['BERAS WANGI 5KG', 18.5], ['MINYAK MASAK 2KG', 9.9], ['GULA PASIR 1KG', 2.85], ['SUSU PEKAT MANIS', 3.6], ['TEPUNG GANDUM 1KG', 2.7], ['IKAN BILIS 200G', 8.9], ['TELUR GRED A 30S', 12.8], ['MAGGI KARI 5S', 4.6]], dateStyle: 'dmy/', totals: 'gst-block', items: 'columns', header: 'centre', width: 46, footer: ['THANK YOU FOR SHOPPING', 'PLEASE COME AGAIN'] },
  { brand: "HAWKER'S CORNER", company: "HAWKER'S CORNER PTE. LTD.", gst: 'GST REG NO: 201612345K', address: ['10 ANSON ROAD #01-23', 'INTERNATIONAL PLAZA', 'Singapore 079903'], tel: 'TEL: 6225 8193', heading: 'TAX INVOICE', singapore: true, catalogue: [['CHICKEN RICE', 4.5], ['LAKSA', 5.0], ['CHAR KWAY TEOW', 5.5], ['BARLEY DRINK', 1.8], ['KOPI C', 1.5], ['FISH BALL NOODLE', 4.8]], dateStyle: 'd mon y', totals: 'simple', items: 'at', header: 'centre', width: 38, footer: ['THANK YOU!'], extra: ['TABLE 5'] },
  { company: 'KIM HOCK PROVISION TRADING', gst: 'GST REG NO : M2-0087342-1', address: ['BLK 456 ANG MO KIO AVE 10', '#01-1580', 'Singapore 560456'], tel: 'TEL : 6453 0087', heading: 'RECEIPT', singapore: true, catalogue: [['MILO 1.5KG', 19.5], ['JASMINE RICE 5KG', 13.9], ['INSTANT NOODLE 5S', 3.2], ['SOYA SAUCE 640ML', 2.9], ['EGGS 10S', 3.1], ['TISSUE BOX 4S', 5.6]], dateStyle: 'dmy/', totals: 'nett', items: 'qty-x', header: 'left', width: 36, footer: ['GOODS SOLD ARE NOT EXCHANGEABLE', 'THANK YOU'] },
  { brand: 'NASI KANDAR SELERA UTARA', company: 'SELERA UTARA RESTAURANT SDN BHD', reg: '(902311-U)', gst: 'GST ID: 000612734464', address: ['NO. 17, LEBUH CHULIA,', '10200 GEORGE TOWN, PULAU PINANG'], tel: 'TEL: 04-261 9087', heading: 'SIMPLIFIED TAX INVOICE', catalogue: [['NASI KANDAR AYAM', 9.5], ['NASI KANDAR SOTONG', 12.0], ['ROTI CANAI', 1.5], ['TEH O AIS LIMAU', 2.5], ['MURTABAK DAGING', 8.0], ['SIRAP BANDUNG', 2.8]], dateStyle: 'dmy-', twelveHour: true, totals: 'gst-block', items: 'columns', header: 'centre', width: 40, footer: ['TERIMA KASIH', 'SILA DATANG LAGI'] },
  { company: 'CHOON FATT HARDWARE ENTERPRISE', reg: '(JM0554120-X)', gst: 'GST REG NO : 001102938112', address: ['NO. 5, JALAN BESI 1,', 'TAMAN PERINDUSTRIAN SKUDAI,', '81300 SKUDAI, JOHOR'], tel: 'TEL: 07-556 1209  FAX: 07-556 1210', heading: 'CASH SALE', catalogue: [['ANGLE BAR 1" X 20FT', 38.0], ['WELDING ROD 2.6MM', 14.5], ['CUTTING DISC 4"', 2.5], ['BOLT & NUT M10 X 50', 0.8], ['SAND PAPER #120', 0.9], ['RUBBER HOSE 1/2" 10M', 22.0]], dateStyle: 'dmy/', totals: 'rm-column', items: 'columns', header: 'left', width: 46, footer: ['GOODS SOLD ARE NOT RETURNABLE'] },
  { brand: 'BRIGHTLITE', company: 'BRIGHTLITE ELECTRICAL & LIGHTING SDN BHD', reg: '(1201845-M)', gst: 'GST ID NO: 002001837056', address: ['22-1, JALAN PUCHONG JAYA 3A,', 'BANDAR PUCHONG JAYA,', '47100 PUCHONG, SELANGOR'], tel: 'TEL : 03-8076 5521', heading: 'TAX INVOICE', catalogue: [['LED BULB 9W E27', 6.9], ['LED TUBE T8 18W', 12.5], ['3 PIN PLUG 13A', 4.2], ['EXTENSION 4 WAY 3M', 28.9], ['CEILING FAN CAPACITOR', 9.5], ['MCB 20A SP', 15.0]], dateStyle: 'dmy-short', totals: 'gst-block', items: 'qty-x', header: 'centre', width: 44, footer: ['NO RETURN NO EXCHANGE', 'THANK YOU'] },
  { company: 'SYARIKAT TAYAR JAYA MAJU', reg: '(001234567-V)', gst: 'GST REG NO: 000345672192', address: ['PT 2345, JALAN KUALA KRAI,', '15050 KOTA BHARU, KELANTAN'], tel: 'TEL: 09-748 3320', heading: 'INVOICE', catalogue: [['TAYAR 185/65 R15', 165.0], ['BATERI NS60', 230.0], ['WHEEL ALIGNMENT', 30.0], ['BALANCING', 20.0], ['TUKAR MINYAK HITAM', 45.0], ['PAM ANGIN NITROGEN', 8.0]], dateStyle: 'dmy/', totals: 'nett', items: 'columns', header: 'centre', width: 42, footer: ['TERIMA KASIH'] },
  { brand: 'RESTORAN AL-AMAN MAJU', company: 'AL-AMAN MAJU ENTERPRISE', reg: '(002345678-D)', gst: 'GST ID : 000998877440', address: ['NO. 9, JALAN TELAWI 3,', 'BANGSAR BARU,', '59100 KUALA LUMPUR'], tel: 'TEL: 03-2283 4417', heading: 'TAX INVOICE', catalogue: [['ROTI TELUR', 2.2], ['MAGGI GORENG', 6.5], ['NASI GORENG KAMPUNG', 8.0], ['MILO AIS', 3.2], ['TEH TARIK', 2.0], ['THOSAI MASALA', 4.5], ['AYAM GORENG', 5.0]], dateStyle: 'dmy/', twelveHour: true, totals: 'simple', items: 'columns', header: 'centre', width: 36, footer: ['THANK YOU, COME AGAIN'], extra: ['TABLE NO : 18'] },
  { brand: 'INKWELL', company: 'INKWELL STATIONERS PTE LTD', gst: 'GST REG NO : 199905123R', address: ['1 RAFFLES PLACE #B1-07', 'ONE RAFFLES PLACE', 'Singapore 048616'], tel: 'TEL: 6532 8810', heading: 'TAX INVOICE', singapore: true, catalogue: [['NOTEBOOK A5 RULED', 6.9], ['GEL PEN 0.5 BLACK', 2.5], ['DESK ORGANISER', 19.9], ['STICKY NOTES 3X3', 3.8], ['FOUNTAIN PEN', 45.0], ['INK CARTRIDGE 6S', 8.5]], dateStyle: 'ymd', totals: 'gst-block', items: 'at', header: 'left', width: 40, footer: ['EXCHANGE WITHIN 7 DAYS WITH RECEIPT', 'THANK YOU'] },
  { brand: 'TONG SENG MEDICAL HALL', company: 'TONG SENG MEDICAL HALL SDN BHD', reg: 'CO. REG : 331827-T', gst: 'GST REG NO : 000776123904', address: ['38, JALAN TEMENGGONG,', '25000 KUANTAN, PAHANG'], tel: 'TEL : 09-513 0092', heading: 'CASH BILL', catalogue: [['BIRD NEST DRINK 6S', 39.9], ['TIGER BALM 19G', 7.5], ['WOOD LOCK OIL 50ML', 12.8], ['CHINESE HERBS PACK', 15.0], ['GINSENG TEA 20S', 22.0], ['MEDICATED PLASTER', 5.9]], dateStyle: 'dmy.', totals: 'rm-column', items: 'qty-x', header: 'centre', width: 38, footer: ['GOODS SOLD ARE NOT RETURNABLE', 'THANK YOU'] },
  { brand: 'PETRO MURNI', company: 'MURNI ENERGY STATION SDN BHD', reg: '(1088742-W)', regOnCompanyLine: true, gst: 'GST ID NO : 001555012864', address: ['KM 12, JALAN IPOH-LUMUT,', '32400 AYER TAWAR,', 'PERAK'], tel: 'TEL : 05-672 1188', heading: 'TAX INVOICE', catalogue: [['RON97', 2.53], ['RON95', 2.2], ['AIR MINERAL 500ML', 1.2], ['ROTI GARDENIA', 3.2], ['NEWSPAPER', 1.5]], dateStyle: 'dmy-short', totals: 'simple', items: 'qty-x', header: 'centre', width: 38, footer: ['TERIMA KASIH', 'THANK YOU'], extra: ['PUMP : 07'] },
  { brand: 'BEAN & LEAF CAFE', company: 'BEAN AND LEAF F&B SDN BHD', reg: '(1187765-K)', gst: 'GST REG NO: 002011456512', address: ['LG-05, PLAZA DAMAI,', 'JALAN DAMAI 7,', '55000 KUALA LUMPUR,', 'W.P. KUALA LUMPUR'], tel: 'TEL: 03-2145 6690', heading: 'TAX INVOICE', catalogue: [['CAFE LATTE', 11.0], ['CAPPUCCINO', 10.5], ['ICED CHOCOLATE', 12.0], ['CARROT CAKE', 13.5], ['CHICKEN PIE', 9.8], ['ENGLISH BREAKFAST TEA', 8.0]], dateStyle: 'd mon y', twelveHour: true, totals: 'gst-block', items: 'qty-x', header: 'left', width: 36, footer: ['SERVICE CHARGE NOT INCLUDED', 'THANK YOU'] },
  { company: 'AH CHAI MINI MARKET', reg: '(SR0123456-K)', gst: 'GST REG NO : 000432198656', address: ['NO. 61, JALAN MATANG,', '93050 KUCHING, SARAWAK'], tel: 'TEL : 082-641 227', heading: 'RECEIPT', catalogue: [['SARDIN TIN 425G', 6.2], ['KOPI 3IN1 20S', 11.5], ['BISKUT KRIM', 4.3], ['SABUN BASUH 2KG', 13.9], ['AIR KOTAK 250ML', 1.4], ['MEE KUNING 500G', 2.2], ['SAYUR SAWI', 2.5]], dateStyle: 'ymd', totals: 'nett', items: 'columns', header: 'centre', width: 40, footer: ['THANK YOU', 'PLEASE COME AGAIN'] },
  { brand: 'HOMELIFE', company: 'HOMELIFE LIVING CONCEPT SDN BHD', reg: '(1150092-A)', gst: 'GST ID : 001888234496', address: ['LOT 3.12, LEVEL 3, PLAZA SENTOSA,', 'JALAN SENTOSA 2,', '88000 KOTA KINABALU, SABAH'], tel: 'TEL: 088-212 450  FAX: 088-212 451', heading: 'TAX INVOICE', catalogue: [['BATH TOWEL 70X140', 29.9], ['CUSHION COVER 45CM', 15.9], ['STORAGE BOX 20L', 19.9], ['CERAMIC MUG SET 4', 24.9], ['BEDSHEET QUEEN SET', 89.0], ['LAUNDRY BASKET', 16.9]], dateStyle: 'dmy/', totals: 'gst-block', items: 'columns', header: 'centre', width: 48, footer: ['EXCHANGE WITHIN 7 DAYS', 'WITH ORIGINAL RECEIPT', 'THANK YOU'] },
];

interface Item { name: string; price: number; qty: number }
function basket(catalogue: [string, number][], k: number): Item[] {
  const pool = [...catalogue];
  const out: Item[] = [];
  while (out.length < k && pool.length) {
    const [name, price] = pool.splice(Math.floor(rand() * pool.length), 1)[0];
    out.push({ name, price, qty: rand() < 0.35 ? 2 + Math.floor(rand() * 3) : 1 });
  }
  return out;
}

function itemRows(shop: Shop, items: Item[], taxCode: string): Row[] {
  const W = shop.width;
  if (shop.items === 'columns') {
    const widths = [W - 22, 4, 9, 9];
    return [cols(['ITEM', 'QTY', 'U/P', 'AMT'], widths), sep(),
      ...items.map((it) => cols([it.name.slice(0, widths[0] - 1), String(it.qty), money(it.price), `${money(it.price * it.qty)}${taxCode}`], widths))];
  }
  return items.flatMap((it) => {
    const amount = `${money(it.price * it.qty)}${taxCode}`;
    if (shop.items === 'at') return [lr(`${it.qty} ${it.name}`, amount), ...(it.qty > 1 ? [l(`    @ ${money(it.price)}`)] : [])];
    return [l(it.name), lr(`  ${it.qty} X ${money(it.price)}`, amount)];
  });
}

interface Receipt { rows: Row[]; key: { company: string; date: string; address: string; total: string } }

function receipt(shop: Shop): Receipt {
  const items = basket(shop.catalogue, 2 + Math.floor(rand() * 4));
  const w = when();
  const date = dateText(w, shop.dateStyle);
  const time = timeText(w, shop.twelveHour ?? false);
  const rate = shop.singapore ? 7 : 6;
  const cur = shop.singapore ? '$' : 'RM';
  const head = (text: string, bold = false, big = false) => (shop.header === 'centre' ? c(text, bold, big) : l(text, bold));
  const rows: Row[] = [];
  if (shop.brand) rows.push(head(shop.brand, true, true));
  rows.push(head(shop.regOnCompanyLine && shop.reg ? `${shop.company} ${shop.reg}` : shop.company, !shop.brand));
  if (shop.reg && !shop.regOnCompanyLine) rows.push(head(shop.reg));
  const gstFirst = rand() < 0.4;
  if (gstFirst) rows.push(head(shop.gst));
  rows.push(...shop.address.map((a) => head(a)));
  rows.push(head(shop.tel));
  if (shop.fax) rows.push(head(shop.tel.replace(/^TEL/, 'FAX').replace(/\d{4}$/, digits(4))));
  if (!gstFirst) rows.push(head(shop.gst));
  rows.push(gap, c(shop.heading, true));
  const billNo = `${pick(['CS', 'INV', 'BILL', 'OR'])}${digits(6)}`;
  const dateOnTop = rand() < 0.7;
  if (dateOnTop) {
    const style = pick(['one', 'labelled', 'split']);
    if (style === 'one') rows.push(l(`${pick(['BILL NO', 'RECEIPT NO', 'DOC NO', 'INVOICE NO'])} : ${billNo}`), l(`${date} ${time}`));
    else if (style === 'labelled') rows.push(lr(`${pick(['INV NO', 'RCPT #', 'DOC NO.'])}: ${billNo}`, `DATE: ${date}`), lr(`CASHIER: ${pick(['ANI', 'MEI LING', 'RAJ', 'SITI', '01'])}`, `TIME: ${time}`));
    else rows.push(l(`DATE : ${date}  ${time}`), l(`CASHIER : ${pick(['NURUL', 'ALVIN', 'KUMAR', '002'])}`), l(`BILL NO : ${billNo}`));
  } else rows.push(l(`${pick(['TERMINAL', 'POS', 'COUNTER'])} : ${pad(1 + Math.floor(rand() * 9))}   CASHIER : ${pick(['LIM', 'AZMAN', 'PRIYA'])}`), l(`RECEIPT NO : ${billNo}`));
  for (const e of shop.extra ?? []) rows.push(l(e));
  rows.push(sep());

  // Prices are exclusive of GST on the GST-block receipts and inclusive on the others.
  const taxCode = rand() < 0.5 ? ' SR' : '';
  rows.push(...itemRows(shop, items, taxCode), sep());
  const goods = round2(items.reduce((s, it) => s + it.price * it.qty, 0));
  const qty = items.reduce((s, it) => s + it.qty, 0);
  let total: number;
  let gst: number;
  let printedTotal: string;
  const rm = (v: number) => (shop.totals === 'rm-column' || rand() < 0.3 ? `${cur}${rand() < 0.5 ? ' ' : ''}${money(v)}` : money(v));
  if (shop.totals === 'gst-block') {
    gst = round2(goods * rate / 100);
    const exact = round2(goods + gst);
    total = shop.singapore ? exact : round5(exact);
    printedTotal = money(total);
    rows.push(lr('TOTAL SALES (EXCLUDING GST)', money(goods)), lr(`${pick(['DISCOUNT', 'TOTAL DISCOUNT'])}`, '0.00'), lr(`GST @${rate}%`, money(gst)));
    if (!shop.singapore) rows.push(lr('ROUNDING ADJ', money(round2(total - exact))));
    rows.push(lr('TOTAL (INCLUSIVE GST)', printedTotal, true, true));
  } else {
    const exact = goods;
    gst = round2(goods - goods / (1 + rate / 100));
    total = shop.singapore ? exact : round5(exact);
    if (shop.totals === 'nett') {
      rows.push(lr(`TOTAL QTY: ${qty}`, ''), lr('SUB TOTAL', money(exact)), lr('ROUNDING', money(round2(total - exact))));
      printedTotal = rm(total);
      rows.push(lr('NETT TOTAL', printedTotal, true, true));
    } else if (shop.totals === 'rm-column') {
      rows.push(lr('SUB-TOTAL (GST)', `${cur} ${money(exact)}`), lr('ROUNDING ADJUSTMENT', `${cur} ${money(round2(total - exact))}`));
      printedTotal = `${cur} ${money(total)}`;
      rows.push(lr('TOTAL ROUNDED', printedTotal, true));
    } else {
      rows.push(lr(`ITEM(S): ${items.length}   QTY(S): ${qty}`, ''));
      if (!shop.singapore && total !== exact) rows.push(lr('TOTAL', money(exact)), lr('ROUNDING ADJ', money(round2(total - exact))));
      printedTotal = rm(total);
      rows.push(lr(pick(['TOTAL AMOUNT', 'GRAND TOTAL', 'TOTAL (RM)']).replace('RM', shop.singapore ? 'S$' : 'RM'), printedTotal, true, true));
    }
  }
  const cash = total < 10 ? 10 : total < 50 ? 50 : Math.ceil(total / 50) * 50;
  rows.push(lr('CASH', money(cash)), lr('CHANGE', money(round2(cash - total))), gap);
  if (shop.totals === 'gst-block' || rand() < 0.5) {
    const base = shop.totals === 'gst-block' ? goods : round2(goods - gst);
    rows.push(l('GST SUMMARY'), cols(['CODE', 'AMOUNT', 'TAX'], [shop.width - 20, 10, 10]), cols([`SR @ ${rate}%`, money(base), money(gst)], [shop.width - 20, 10, 10]), cols(['ZR @ 0%', '0.00', '0.00'], [shop.width - 20, 10, 10]));
  } else rows.push(l(`*TOTAL INCLUDES ${rate}% GST ${money(gst)}`));
  rows.push(gap);
  if (!dateOnTop) rows.push(l(`${date} ${time}   ${billNo}`));
  rows.push(...shop.footer.map((f) => c(f)));
  return { rows, key: { company: shop.company, date, address: shop.address.join(' '), total: printedTotal } };
}

// ---------- harder layouts ----------
// Ten more, each with a trap real receipts set: a name wrapped over two rows, TEL on the postcode's row,
// a GST summary with its own "TOTAL" row, savings and card lines, a welcome line over the name, a date
// with a weekday or a month word, totals labelled "AMOUNT DUE"/"TOTAL PAYABLE", the amount as "RM33.90".
interface Hard { width: number; header: 'centre' | 'left'; rows: (items: Item[], w: When) => { rows: Row[]; date: string; total: string }; company: string; address: string[]; catalogue: [string, number][] }

const gstLines = (base: number, gst: number, rate: number, w: number): Row[] => [l('GST SUMMARY'), cols(['CODE', 'AMOUNT', 'TAX'], [w - 20, 10, 10]), cols([`SR ${rate}%`, money(base), money(gst)], [w - 20, 10, 10]), cols(['TOTAL', money(base), money(gst)], [w - 20, 10, 10])];
const payable = (items: Item[]) => round2(items.reduce((s, it) => s + it.price * it.qty, 0));

const HARD: Hard[] = [
  { width: 44, header: 'centre', company: 'KEDAI ELEKTRIK DAN PERABOT WAWASAN CERIA SDN BHD', address: ['NO. 27, JALAN PASAR,', '84000 MUAR, JOHOR'], catalogue: [['RICE COOKER 1.8L', 129.0], ['STANDING FAN 16"', 89.0], ['IRON DRY', 45.0], ['KETTLE 1.7L', 59.0]],
    rows: (items, w) => {
      const total = round5(payable(items));
      const date = `${pad(w.d)}/${pad(w.m)}/${String(w.y).slice(2)}`;
      return { date, total: money(total), rows: [c('KEDAI ELEKTRIK DAN PERABOT', true), c('WAWASAN CERIA SDN BHD', true), c('(CO. NO. 438812-P)'), c('NO. 27, JALAN PASAR,'), c('84000 MUAR, JOHOR'), c('TEL: 06-952 2231  FAX: 06-952 2239'), c(`GST NO: 000${digits(9)}`), gap, c('TAX INVOICE', true),
        l(`INVOICE NO: ${digits(8)}`), l(`DATE: ${date}  TIME: ${pad(w.h)}:${pad(w.min)}`), l('SALESMAN: AH KOW'), sep(), ...items.map((it) => lr(`${it.qty} ${it.name}`, money(it.price * it.qty))), sep(),
        lr('TOTAL (INCL. GST)', money(payable(items))), lr('ROUNDING', money(round2(total - payable(items)))), lr('TOTAL PAYABLE', money(total), true, true), lr('VISA CARD', money(total)), gap,
        ...gstLines(round2(payable(items) / 1.06), round2(payable(items) - payable(items) / 1.06), 6, 44), gap, c('GOODS SOLD ARE NOT RETURNABLE'), c('THANK YOU')] };
    } },
  { width: 40, header: 'left', company: 'SHENG LI SEAFOOD RESTAURANT', address: ['LOT 5, JALAN PANTAI,', '71050 PORT DICKSON,', 'NEGERI SEMBILAN'], catalogue: [['STEAMED FISH', 48.0], ['BUTTER PRAWN', 36.0], ['KANGKUNG BELACAN', 12.0], ['WHITE RICE', 1.5], ['CHINESE TEA', 1.2]],
    rows: (items, w) => {
      const sub = payable(items);
      const service = round2(sub * 0.1);
      const gst = round2((sub + service) * 0.06);
      const total = round5(sub + service + gst);
      const date = `${pad(w.d)}-${MONTHS[w.m - 1]}-${w.y}`;
      return { date, total: `RM${money(total)}`, rows: [l('** WELCOME **'), l('SHENG LI SEAFOOD RESTAURANT', true), l('LOT 5, JALAN PANTAI,'), l('71050 PORT DICKSON,'), l('NEGERI SEMBILAN'), l('TEL: 06-647 1120'), l(`GST ID: 00${digits(10)}`), gap, c('SIMPLIFIED TAX INVOICE', true),
        l(`DATE: ${date} ${pad(w.h)}:${pad(w.min)}`), l('TABLE: 8     PAX: 6'), l(`CHECK #${digits(5)}`), sep(), ...items.map((it) => lr(`${it.qty} ${it.name}`, money(it.price * it.qty))), sep(),
        lr('SUBTOTAL', money(sub)), lr('SERVICE CHARGE 10%', money(service)), lr('GST 6%', money(gst)), lr('ROUNDING', money(round2(total - sub - service - gst))), lr('AMOUNT DUE', `RM${money(total)}`, true, true), lr('MASTERCARD', `RM${money(total)}`), gap, c('THANK YOU, SEE YOU AGAIN')] };
    } },
  { width: 42, header: 'centre', company: 'EVERGREEN PHARMACY SDN. BHD.', address: ['G-08, PLAZA TASEK,', 'JALAN TASEK 12,', '31400 IPOH, PERAK.'], catalogue: [['MULTIVITAMIN 60S', 45.9], ['SUNBLOCK SPF50', 32.5], ['BABY DIAPERS M 54S', 49.9], ['HAND SANITIZER', 7.9], ['EYE DROPS 10ML', 14.8]],
    rows: (items, w) => {
      const total = round5(payable(items));
      const savings = round2(total * 0.05);
      const date = `${pad(w.d)}/${pad(w.m)}/${w.y}`;
      return { date, total: money(total), rows: [c('EVERGREEN PHARMACY SDN. BHD.', true), c('(1177001-V)'), c('G-08, PLAZA TASEK,'), c('JALAN TASEK 12,'), c('31400 IPOH, PERAK. TEL: 05-546 7788'), c(`GST REG NO : 001${digits(9)}`), gap, c('TAX INVOICE'),
        lr(`${date} ${pad(w.h)}:${pad(w.min)}`, `POS02 #${digits(5)}`), sep(), ...items.flatMap((it) => [l(it.name), lr(`  ${it.qty} @ ${money(it.price)}`, money(it.price * it.qty))]), sep(),
        lr('TOTAL SAVINGS', money(savings)), lr('TOTAL', money(payable(items))), lr('ROUNDING ADJ', money(round2(total - payable(items)))), lr('NET AMOUNT', money(total), true, true), lr('DEBIT CARD', money(total)), gap,
        ...gstLines(round2(payable(items) / 1.06), round2(payable(items) - payable(items) / 1.06), 6, 42), gap, c('MEMBER POINTS EARNED: ' + Math.floor(total)), c('THANK YOU')] };
    } },
  { width: 36, header: 'centre', company: 'KEDAI MAKANAN DAN MINUMAN SRI ANGGERIK', address: ['NO. 2, JALAN KUALA KANGSAR,', '30010 IPOH, PERAK'], catalogue: [['NASI CAMPUR', 7.5], ['AIR SIRAP', 1.5], ['TEH O', 1.4], ['MEE REBUS', 5.0], ['CUCUR UDANG', 3.0]],
    rows: (items, w) => {
      const total = round5(payable(items));
      const date = `${pad(w.d)}.${pad(w.m)}.${String(w.y).slice(2)}`;
      return { date, total: money(total), rows: [c('KEDAI MAKANAN DAN MINUMAN', true), c('SRI ANGGERIK', true), c('(002198765-U)'), c('NO. 2, JALAN KUALA KANGSAR,'), c('30010 IPOH, PERAK'), gap, c('RESIT'),
        l(`TARIKH: ${date}`), l(`MASA  : ${pad(w.h)}:${pad(w.min)}`), sep(), ...items.map((it) => lr(`${it.name} x${it.qty}`, money(it.price * it.qty))), sep(), lr('JUMLAH', money(payable(items))), lr('PENGGENAPAN', money(round2(total - payable(items)))), lr('JUMLAH BESAR', money(total), true, true),
        lr('TUNAI', money(Math.ceil(total / 10) * 10)), lr('BAKI', money(round2(Math.ceil(total / 10) * 10 - total))), gap, c('TERIMA KASIH')] };
    } },
  { width: 46, header: 'left', company: 'ISLAND OPTICAL PTE LTD', address: ['176 ORCHARD ROAD', '#02-45 THE CENTREPOINT', 'SINGAPORE 238843'], catalogue: [['CONTACT LENS MONTHLY', 68.0], ['LENS SOLUTION 360ML', 16.5], ['SPECTACLE FRAME', 188.0], ['MULTICOAT LENSES', 220.0], ['LENS CASE', 5.0]],
    rows: (items, w) => {
      const sub = payable(items);
      const gst = round2(sub * 0.07);
      const total = round2(sub + gst);
      const date = `${pad(w.d)}/${pad(w.m)}/${w.y}`;
      return { date, total: `S$${money(total)}`, rows: [l('ISLAND OPTICAL PTE LTD', true), l(`UEN: 2015${digits(5)}K`), l('176 ORCHARD ROAD'), l('#02-45 THE CENTREPOINT'), l('SINGAPORE 238843'), l('TEL: 6734 2290'), l(`GST REG NO: 2015${digits(5)}K`), gap, c('TAX INVOICE', true),
        lr(`RECEIPT: R${digits(7)}`, date), l(`SERVED BY: JASMINE   ${pad(w.h)}:${pad(w.min)}`), sep(), ...items.map((it) => lr(`${it.qty} ${it.name}`, money(it.price * it.qty))), sep(),
        lr('SUBTOTAL', money(sub)), lr('GST 7%', money(gst)), lr('GRAND TOTAL', `S$${money(total)}`, true, true), lr('NETS', money(total)), gap, l('GOODS SOLD ARE NOT REFUNDABLE'), l('THANK YOU')] };
    } },
  { width: 40, header: 'centre', company: 'MAJU JAYA STATIONERY & PRINTING', address: ['12A, JALAN SETIA RAJA 2,', 'TAMAN SETIA RAJA,', '14000 BUKIT MERTAJAM,', 'PULAU PINANG'], catalogue: [['PHOTOSTAT A4 B/W', 0.1], ['LAMINATE A4', 2.0], ['BINDING COMB', 4.0], ['PRINT COLOUR A4', 1.0], ['ENVELOPE BROWN 10S', 2.5]],
    rows: (items, w) => {
      for (const it of items) if (it.price < 0.5) it.qty = 40 + Math.floor(rand() * 60);
      const total = round5(payable(items));
      const date = `${w.y}/${pad(w.m)}/${pad(w.d)}`;
      return { date, total: money(total), rows: [c('MAJU JAYA STATIONERY & PRINTING', true), c('(JM0331245-H)'), c('12A, JALAN SETIA RAJA 2,'), c('TAMAN SETIA RAJA,'), c('14000 BUKIT MERTAJAM,'), c('PULAU PINANG'), c('H/P: 012-455 6120'), gap, c('CASH BILL'),
        l(`NO: ${digits(6)}        ${date}`), sep(), l('DESCRIPTION       QTY   PRICE   TOTAL'), ...items.map((it) => cols([it.name.slice(0, 17), String(it.qty), money(it.price), money(it.price * it.qty)], [18, 5, 8, 9])), sep(),
        lr('TOTAL', money(payable(items))), lr('ROUNDING', money(round2(total - payable(items)))), lr('TOTAL AMOUNT', money(total), true), lr('CASH', money(Math.ceil(total / 10) * 10)), lr('CHANGE', money(round2(Math.ceil(total / 10) * 10 - total))), gap, c('THANK YOU')] };
    } },
  { width: 44, header: 'centre', company: 'TAN BROTHERS HARDWARE SDN BHD', address: ['LOT 88, BATU 3, JALAN KLANG LAMA,', '58000 KUALA LUMPUR.'], catalogue: [['SCREWDRIVER SET', 25.0], ['SPANNER 10MM', 8.5], ['SILICONE SEALANT', 12.9], ['PADLOCK 50MM', 18.0], ['GARDEN HOSE 15M', 35.0], ['BROOM', 7.5]],
    rows: (items, w) => {
      const goods = payable(items);
      const gst = round2(goods * 0.06);
      const total = round5(goods + gst);
      const date = `${pad(w.d)}/${pad(w.m)}/${w.y}`;
      const h12 = ((w.h + 11) % 12) + 1;
      return { date, total: money(total), rows: [c('TAN BROTHERS', true, true), c('HARDWARE SDN BHD', true, true), c('(218841-T)'), c('LOT 88, BATU 3, JALAN KLANG LAMA,'), c('58000 KUALA LUMPUR.'), c('TEL : 03-7982 1101'), c(`GST REG : 000${digits(9)}`), gap, c('TAX INVOICE'),
        lr(`DOC : CS${digits(6)}`, `${date} ${h12}:${pad(w.min)}${w.h < 12 ? 'AM' : 'PM'}`), sep(), ...items.flatMap((it) => [l(`${digits(13)} ${it.name}`), lr(`  ${it.qty} PC X ${money(it.price)}`, `${money(it.price * it.qty)} SR`)]), sep(),
        lr('TOTAL EXCL. GST', money(goods)), lr('GST 6%', money(gst)), lr('TOTAL INCL. GST', money(round2(goods + gst))), lr('ROUNDING', money(round2(total - goods - gst))), lr('TOTAL', money(total), true, true), lr('CASH', money(Math.ceil(total / 50) * 50)), lr('CHANGE', money(round2(Math.ceil(total / 50) * 50 - total))), gap,
        c('GOODS SOLD ARE NOT RETURNABLE'), c('THANK YOU')] };
    } },
  { width: 38, header: 'centre', company: 'KOPI KAKI ENTERPRISE', address: ['NO. 3, LORONG BUNUS 6,', 'OFF JALAN MASJID INDIA,', '50100 KUALA LUMPUR'], catalogue: [['KOPI SUSU', 2.8], ['ROTI JOHN', 6.0], ['NASI LEMAK AYAM', 9.0], ['TEH C PENG', 3.0], ['KUIH LAPIS', 1.5]],
    rows: (items, w) => {
      const total = round5(payable(items));
      const days = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
      const date = `${pad(w.d)}/${pad(w.m)}/${w.y}`;
      return { date, total: money(total), rows: [c('KOPI KAKI', true, true), c('KOPI KAKI ENTERPRISE'), c('(SA0123987-M)'), c('NO. 3, LORONG BUNUS 6,'), c('OFF JALAN MASJID INDIA,'), c('50100 KUALA LUMPUR'), gap, c(`ORDER #${digits(3)}`, true, true),
        c(`${days[(w.d + w.m) % 7]} ${date} ${pad(w.h)}:${pad(w.min)}`), sep(), ...items.map((it) => lr(`${it.qty}x ${it.name}`, money(it.price * it.qty))), sep(), lr('TOTAL', money(total), true, true), lr('CASH', money(Math.ceil(total / 10) * 10)), lr('CHANGE', money(round2(Math.ceil(total / 10) * 10 - total))),
        gap, c('FOLLOW US @KOPIKAKI'), c('TERIMA KASIH')] };
    } },
  { width: 48, header: 'left', company: 'BUMI SEGAR FRESH MART SDN BHD', address: ['LOT PT 4521, JALAN BESAR,', 'BANDAR BARU BANGI,', '43650 BANDAR BARU BANGI, SELANGOR'], catalogue: [['AYAM SEGAR 1KG', 9.9], ['IKAN KEMBUNG 500G', 7.5], ['BAYAM 300G', 2.2], ['BAWANG MERAH 1KG', 6.8], ['CILI MERAH 200G', 3.6], ['TELUR AYAM 10S', 4.5], ['SANTAN 200ML', 2.1]],
    rows: (items, w) => {
      const goods = payable(items);
      const total = round5(goods);
      const date = `${pad(w.d)}/${pad(w.m)}/${w.y}`;
      return { date, total: money(total), rows: [l('BUMI SEGAR FRESH MART SDN BHD', true), l(`(1099${digits(3)}-X)  GST ID: 000${digits(9)}`), l('LOT PT 4521, JALAN BESAR,'), l('BANDAR BARU BANGI,'), l('43650 BANDAR BARU BANGI, SELANGOR'), l('TEL: 03-8925 1188'), gap, c('TAX INVOICE'),
        l(`SLIP: ${digits(10)}  STAFF: 1024`), l(`TRANS: ${digits(4)}   ${date} ${pad(w.h)}:${pad(w.min)}:${pad(w.sec)}`), sep(), ...items.map((it) => lr(`${it.name} ${it.qty > 1 ? `${it.qty}@${money(it.price)}` : ''}`, `${money(it.price * it.qty)} ZR`)), sep(),
        lr(`${items.length} ITEM(S)  TOTAL`, money(goods)), lr('ROUNDING ADJ', money(round2(total - goods))), lr('TOTAL DUE', money(total), true, true), lr('CASH', money(Math.ceil(total / 50) * 50)), lr('CHANGE', money(round2(Math.ceil(total / 50) * 50 - total))), gap,
        l('GST SUMMARY     AMOUNT(RM)     TAX(RM)'), l(`ZR @ 0%         ${money(goods)}          0.00`), gap, c('FRESH EVERY DAY'), c('THANK YOU')] };
    } },
  { width: 36, header: 'centre', company: 'LUCKY STAR BAKERY & CONFECTIONERY', address: ['NO. 8, JALAN DATO BAHAMAN 3,', 'TAMAN KOTA MASAI,', '81700 PASIR GUDANG, JOHOR'], catalogue: [['KAYA PUFF', 1.8], ['BIRTHDAY CAKE 1KG', 68.0], ['GARLIC BREAD', 4.2], ['SWISS ROLL', 6.5], ['DONUT', 1.6]],
    rows: (items, w) => {
      const total = round5(payable(items));
      const date = `${w.d} ${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][w.m - 1]} ${w.y}`;
      return { date, total: money(total), rows: [c('LUCKY STAR BAKERY', true, true), c('& CONFECTIONERY', true), c('NO. 8, JALAN DATO BAHAMAN 3,'), c('TAMAN KOTA MASAI,'), c('81700 PASIR GUDANG, JOHOR'), c('TEL: 07-252 9901'), gap, c('RECEIPT'),
        c(date), c(`${pad(w.h)}:${pad(w.min)}  CASHIER 3`), sep(), ...items.map((it) => lr(`${it.name}`, `${it.qty} x ${money(it.price)}  ${money(it.price * it.qty)}`)), sep(), lr('SUB TOTAL', money(payable(items))), lr('ROUNDING', money(round2(total - payable(items)))), lr('TOTAL', money(total), true, true),
        lr('CASH', money(Math.ceil(total / 10) * 10)), lr('CHANGE', money(round2(Math.ceil(total / 10) * 10 - total))), gap, c('ORDERS FOR CAKES WELCOME'), c('THANK YOU')] };
    } },
];

// ---------- printing and scanning ----------
/** How faint a dot-matrix slip prints: its ink grey, noise and blur start here. */
const DOT_MATRIX: Faint = { ink: 80, noise: 30, blur: 0.8 };

freshFolders(here, 'img', 'key');
for (const [i, shop] of SHOPS.entries()) {
  const { rows, key } = receipt(shop);
  await writeReceipt(here, i, rows, shop.width, key, DOT_MATRIX, rand);
}
for (const [k, hard] of HARD.entries()) {
  const i = SHOPS.length + k;
  const items = basket(hard.catalogue, 3 + Math.floor(rand() * 3));
  const { rows, date, total } = hard.rows(items, when());
  await writeReceipt(here, i, rows, hard.width, { company: hard.company, date, address: hard.address.join(' '), total }, DOT_MATRIX, rand);
}
console.log(`wrote ${SHOPS.length + HARD.length} receipts to ${here}`);
