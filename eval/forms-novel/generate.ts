// Generates eval/forms-novel: six more kinds of form no other set has, written without reading the offline extractor
// (nothing under src/ was opened, nor any test), to measure how it does on kinds of form nobody tuned it for. Each
// kind has a folder of its own with the schema a user would write (eval/forms-novel/<kind>/{docs,key,schema.json}):
// bills of lading, venue booking confirmations, mobile phone bills, scholarship award letters, blood donor cards and
// equipment hire agreements, three of each — 000 in English, 001 in Dutch, French, German, Italian, Spanish or
// Portuguese (English field names, the document printed wholly in that language), 002 in English rendered to a
// degraded image the reader OCRs. The layouts vary more than forms-fresh's: labels left with a colon, above values in
// boxed cells, captions under filled-in lines, column headings of one- and many-row tables, two-column key/value
// tables, boxes crossed before or after their option, values inside the sentences of letters; labels in the words
// real forms use rather than the schema's, and decoys (other dates, amounts, names and numbers) beside the values
// asked for. The keys hold what a user expects back (ISO dates, plain numbers, one of the enum's options, true/false,
// strings as printed).
// Run: npx tsx eval/forms-novel/generate.ts
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rgb } from 'pdf-lib';
import type { Rng } from '../support/random.ts';
import { cents, group, pad, plusDays, ymd, MONTHS } from '../support/formats.ts';
import { birthDate, DATES, MONEY, someDate } from '../support/form-values.ts';
import { canvas, type Canvas } from '../support/canvas.ts';
import { cell, checkboxes, grid, headed, table, tick, underLine } from '../support/form-blocks.ts';
import { type Kind, writeKinds } from '../support/form-set.ts';
import { block, boxAfter, centre, footer, kv, letterhead, para, ruled, stamp } from '../support/form-draw.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

// ---- Values ------------------------------------------------------------------------------------------------

/** `k` capital letters for codes and serials (no I, O or Q, which are read as digits). */
const letters = (g: Rng, k: number) => Array.from({ length: k }, () => g.p([...'ABCDEFGHJKLMNPRSTUVWXYZ'])).join('');
const NL_MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const WEEKDAYS: Record<string, string[]> = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
};
const weekday = (iso: string, lang: string) => WEEKDAYS[lang][new Date(`${iso}T12:00:00Z`).getUTCDay()];
/** More printed date formats than form-values has. */
const D = {
  ...DATES,
  nlLong: (iso: string) => { const [y, m, d] = ymd(iso); return `${d} ${NL_MONTHS[m - 1]} ${y}`; },
  dashed: (iso: string) => { const [y, m, d] = ymd(iso); return `${pad(d)}-${pad(m)}-${y}`; },
  enDay: (iso: string) => `${weekday(iso, 'en')} ${DATES.ukLong(iso)}`,
  frDay: (iso: string) => `${weekday(iso, 'fr')} ${DATES.frLong(iso)}`,
  usShort: (iso: string) => { const [y, m, d] = ymd(iso); return `${MONTHS.en[m - 1].slice(0, 3)} ${d}, ${y}`; },
  ukShort: (iso: string) => { const [y, m, d] = ymd(iso); return `${d} ${MONTHS.en[m - 1].slice(0, 3)} ${y}`; },
  compact: (iso: string) => { const [y, m, d] = ymd(iso); return `${pad(d)}${MONTHS.en[m - 1].slice(0, 3).toUpperCase()}${String(y).slice(2)}`; },
  deShort: (iso: string) => { const [y, m, d] = ymd(iso); return `${pad(d)}.${pad(m)}.${String(y).slice(2)}`; },
};
/** More money formats: "€ 1.234,56" (Dutch, Italian), "1.234,56 EUR". */
const M = {
  ...MONEY,
  eurPrefix: (v: number) => `€ ${group(v, '.', ',')}`,
  eurDe: (v: number) => `${group(v, '.', ',')} EUR`,
};
/** A date `a`–`b` days after `iso`. */
const after = (g: Rng, iso: string, a: number, b: number) => plusDays(iso, g.int(a, b));
/** A date in the coming months, for events and deadlines (2024–2026). */
const laterDate = (g: Rng) => new Date(Date.UTC(g.int(2024, 2026), g.int(0, 11), g.int(1, 28))).toISOString().slice(0, 10);

// ---- Layout helpers ----------------------------------------------------------------------------------------

/** A filled band across the page with a white title on it, as bills and contracts head their sections. */
const band = (c: Canvas, t: string, x: number, y: number, w: number, size = 9) => {
  c.page.drawRectangle({ x, y: c.height - y - size - 7, width: w, height: size + 7, color: rgb(0.25, 0.25, 0.25) });
  c.page.drawText(t, { x: x + 5, y: c.height - y - size - 2, size, font: c.bold, color: rgb(1, 1, 1) });
};

// ---- Kinds -------------------------------------------------------------------------------------------------

/** Containers for a shipment: number, seal, packages and gross/net weight and volume of each. */
const containers = (g: Rng, n: number, perPack: [number, number]) => Array.from({ length: n }, () => {
  const packs = g.int(12, 40);
  const gross = cents(packs * g.int(perPack[0], perPack[1]) + g.int(0, 9) / 10);
  return { no: `${letters(g, 3)}U${g.n(7)}`, seal: g.n(7), packs, gross, net: cents(gross * 0.93), cbm: cents(g.int(2200, 6700) / 100) };
});
const sum = (xs: number[]) => cents(xs.reduce((a, b) => a + b, 0));
const kgs = (v: number) => group(v, ',', '.', 3);
const FREIGHT = ['Prepaid', 'Collect'];

/** 1. Ocean bills of lading. */
const lading: Kind = {
  name: 'bill-of-lading',
  fields: [
    ['bl_number', 'string', 'Bill of lading number'],
    ['shipper', 'string', 'Who is the shipper?'],
    ['consignee', 'string', 'Consignee (company the goods are consigned to)'],
    ['port_of_loading', 'string', 'Port of loading'],
    ['port_of_discharge', 'string', 'Port where the goods are discharged'],
    ['shipped_on_board_date', 'date', 'Date the goods were shipped on board'],
    ['gross_weight_kg', 'number', 'Total gross weight of the cargo in kg'],
    ['freight_terms', 'enum', 'Is the freight prepaid or payable at destination (collect)?', FREIGHT],
  ],
  documents: [
    {
      // A UK carrier's ocean bill: address blocks in boxed cells, routing cells, a ruled cargo table with a total row,
      // the freight terms only in a rubber stamp, the on-board date in a notation box apart from the date of issue.
      make: async (g) => {
        const c = await canvas([595, 790]);
        const [shipper, sAddr, goods, kind, per] = g.p<[string, string[], string, string, [number, number]]>([
          ['Thornbury Engineering Ltd', ['Unit 7, Severnside Trading Estate', 'Avonmouth, Bristol BS11 8AW', 'United Kingdom'], 'Centrifugal pumps and spare parts', 'CRATES', [380, 620]],
          ['Caldwell & Pryce Textiles Ltd', ['Victoria Mills, Canal Street', 'Huddersfield HD1 5JT', 'United Kingdom'], 'Woven wool fabric in rolls', 'BALES', [240, 410]],
          ['Ashgrove Fine Foods Ltd', ['4 Harbour Road', 'Grimsby DN31 3LZ', 'United Kingdom'], 'Preserved fruit and jams in glass jars', 'PALLETS', [520, 780]],
        ]);
        const [consignee, cAddr, notify, pod] = g.p([
          ['Pacific Rim Trading Pte Ltd', ['38 Jurong Port Road #04-12', 'Singapore 619107'], 'Straits Customs Brokerage Pte Ltd', 'Singapore'],
          ['Cape Meridian Imports (Pty) Ltd', ['112 Maydon Road, Maydon Wharf', 'Durban 4001, South Africa'], 'Harbourside Clearing & Forwarding CC', 'Durban, South Africa'],
          ['Tasman Industrial Supplies Pty Ltd', ['27 Somerville Road', 'Yarraville VIC 3013, Australia'], 'Bluewater Customs Agents Pty Ltd', 'Melbourne, Australia'],
        ] as [string, string[], string, string][]);
        const pol = g.p(['Felixstowe, United Kingdom', 'Southampton, United Kingdom', 'London Gateway, United Kingdom']);
        const bl = `MOLU${g.n(9)}`;
        const boxes = containers(g, g.int(2, 3), per);
        const gross = sum(boxes.map((b) => b.gross));
        const vessel = `${g.p(['MERIDIAN STAR', 'ATLANTIC CORAL', 'NORTHERN VIGOUR'])} / ${g.n(3)}${g.p(['E', 'S'])}`;
        const onBoard = someDate(g);
        const issued = after(g, onBoard, 1, 3);
        // The other two draw or fix the other answer; this one is prepaid.
        const freight = 'Prepaid';
        block(c, 'Shipper / Exporter (complete name and address)', [shipper, ...sAddr], 36, 36, 300, 72);
        c.text('BILL OF LADING', 346, 50, 17, c.bold);
        c.text('FOR PORT-TO-PORT OR COMBINED TRANSPORT SHIPMENT', 346, 61, 6.5, c.font, true);
        cell(c, 'B/L No.', bl, 346, 72, 105);
        cell(c, 'Booking No.', `${g.n(2)}${letters(g, 2)}${g.n(6)}`, 454, 72, 105);
        block(c, 'Consignee (not negotiable unless consigned "to order")', [consignee, ...cAddr], 36, 112, 300, 72);
        cell(c, 'Export references', `PO ${g.n(5)} / INV ${onBoard.slice(0, 4)}-${g.n(4)}`, 346, 112, 213);
        c.text('MERIDIAN OCEAN LINES LTD', 352, 160, 11, c.bold);
        c.text('Carrier · 1 Dock Street, London E1 8JL · meridianocean.co.uk', 352, 171, 6.5, c.font, true);
        block(c, 'Notify party (no claim shall attach for failure to notify)', [notify, 'Same address as consignee'], 36, 188, 300, 72);
        block(c, 'Forwarding agent', [g.p(['Kestrel Freight Services Ltd', 'Albion Shipping & Forwarding Ltd']), 'Ref. ' + g.n(6)], 346, 188, 213, 72);
        cell(c, 'Pre-carriage by', 'Truck', 36, 264, 170);
        cell(c, 'Place of receipt', g.p(['Bristol CY', 'Leeds CFS', 'Hull CFS']), 206, 264, 170);
        cell(c, 'Ocean vessel / Voyage no.', vessel, 376, 264, 183);
        cell(c, 'Port of loading', pol, 36, 294, 170);
        cell(c, 'Port of discharge', pod, 206, 294, 170);
        cell(c, 'Place of delivery', `${pod.split(',')[0]} CY`, 376, 294, 183);
        c.text('PARTICULARS FURNISHED BY SHIPPER', 36, 338, 7.5, c.bold);
        let y = ruled(c, 36, 343, [[125, 'Container no. / Seal no.'], [78, 'No. of pkgs'], [152, 'Description of goods'], [83, 'Gross weight (kg)'], [85, 'Measurement (m³)']],
          [...boxes.map((b, k) => [`${b.no} / ${b.seal}`, `${b.packs} ${kind}`, k === 0 ? goods : 'as above', kgs(b.gross), group(b.cbm, ',', '.', 3)]),
            ['', `${sum(boxes.map((b) => b.packs))} ${kind}`, 'TOTAL', kgs(gross), group(sum(boxes.map((b) => b.cbm)), ',', '.', 3)]], 18, 8.5, [3, 4]);
        y = para(c, `SHIPPER'S LOAD, STOW AND COUNT. SAID TO CONTAIN: ${goods.toUpperCase()}. TOTAL NET WEIGHT ${kgs(sum(boxes.map((b) => b.net)))} KG. HS CODE ${g.n(4)}.${g.n(2)}.`, 40, y + 14, 300, 7.5);
        stamp(c, 'FREIGHT PREPAID', 395, y + 8, 15, 7);
        y += 30;
        cell(c, 'Freight payable at', pol.split(',')[0], 36, y, 170);
        cell(c, 'Number of original B(s)/L', 'THREE (3)', 206, y, 170);
        cell(c, 'Place and date of issue', `${pol.split(',')[0]}, ${D.ukLong(issued)}`, 376, y, 183);
        y += 42;
        c.box(36, y, 270, 62);
        c.text('LADEN ON BOARD THE VESSEL', 42, y + 13, 8, c.bold);
        grid(c, [['Date:', D.ukLong(onBoard)], ['Vessel:', vessel.split(' / ')[0]], ['Port:', pol]], 42, 90, y + 28, 12);
        c.text('IN WITNESS whereof the number of original Bills of Lading stated above', 320, y + 10, 6.5, c.font, true);
        c.text('have been signed, one of which being accomplished, the others to stand void.', 320, y + 18, 6.5, c.font, true);
        underLine(c, 'Signed for Meridian Ocean Lines Ltd, as Carrier', '', 320, y + 55, 239);
        footer(c, 'Received by the Carrier in apparent good order and condition unless otherwise noted, for carriage subject to the terms and conditions on the reverse hereof.', c.height - 40, 36);
        footer(c, 'Meridian Ocean Lines Ltd · Registered in England No. 04417285 · Standard conditions (2019) apply.', c.height - 30, 36);
        return { c, key: { bl_number: bl, shipper, consignee, port_of_loading: pol, port_of_discharge: pod, shipped_on_board_date: onBoard, gross_weight_kg: gross, freight_terms: freight } };
      },
    },
    {
      // A Dutch carrier's cognossement: a two-column table of shaded labels and values, the cargo in a ruled table,
      // the freight terms as boxes after their options, the on-board date in a cell beside the date of issue.
      make: async (g) => {
        const c = await canvas([595, 730]);
        const [shipper, sAddr, goods, kind, per] = g.p<[string, string, string, string, [number, number]]>([
          ['Van der Meer Agro B.V.', 'Industrieweg 14, 3044 AS Rotterdam', 'Zaaigoed en plantuien in zakken', 'zakken', [22, 35]],
          ['Hollandia Zuivel B.V.', 'Zuivelstraat 3, 8401 GM Gorredijk', 'Kaas in kratten, gekoeld', 'kratten', [18, 30]],
          ['De Vries Machinebouw B.V.', 'Edisonweg 22, 5753 PK Deurne', 'Landbouwmachineonderdelen', 'kisten', [210, 390]],
        ]);
        const [consignee, cAddr, pod, notify, place] = g.p([
          ['Maple Leaf Food Distributors Inc.', '2150 Boulevard Hymus, Dorval QC H9P 1J7', 'Montreal, Canada', 'Laurentian Customs Brokers Ltd.', 'Dorval'],
          ['Atlantic Coast Importers LLC', '400 Port Jersey Blvd, Jersey City NJ 07305', 'New York, Verenigde Staten', 'Harbor Point Customs Services Inc.', 'Jersey City'],
          ['Comercial Rio Grande Ltda.', 'Av. Ana Costa 291, Santos SP 11060-001', 'Santos, Brazilië', 'Despachos Aduaneiros Litoral Ltda.', 'Campinas'],
        ]);
        const pol = g.p(['Rotterdam, Nederland', 'Amsterdam, Nederland', 'Moerdijk, Nederland']);
        const bl = `NZR${g.n(2)}${letters(g, 1)}${g.n(6)}`;
        const boxes = containers(g, g.int(1, 2), per).map((b) => ({ ...b, packs: b.packs * (per[0] < 100 ? 20 : 1), gross: b.gross * (per[0] < 100 ? 20 : 1) })).map((b) => ({ ...b, gross: cents(b.gross), net: cents(b.gross * 0.95) }));
        const gross = sum(boxes.map((b) => b.gross));
        const onBoard = someDate(g);
        const issued = after(g, onBoard, 0, 2);
        const freight = 'Collect';
        const nl = (v: number) => group(v, '.', ',', 1);
        letterhead(c, 'Noordzee Rederij B.V.', ['Waalhaven Zuidzijde 42, 3089 JH Rotterdam · Tel. 010 555 41 20 · KvK 24315786 · BTW NL8124.33.905.B01'], 36, 45, 15, 559);
        centre(c, 'COGNOSSEMENT', 98, 18, c.bold);
        centre(c, 'Origineel · niet verhandelbaar tenzij aan order gesteld', 111, 7.5);
        let y = kv(c, [
          ['Cognossementnummer', bl],
          ['Boekingsnummer', `BK-${g.n(7)}`],
          ['Afzender (verlader)', shipper],
          ['Adres afzender', sAddr],
          ['Geadresseerde', consignee],
          ['Adres geadresseerde', cAddr],
          ['Notify-adres', notify],
          ['Zeeschip / reis', `${g.p(['ZEELAND TRADER', 'NOORDERLICHT', 'SCHELDE EXPRESS'])} / ${g.n(2)}W${g.n(2)}`],
          ['Plaats van ontvangst', g.p(['Venlo', 'Tilburg', 'Nijmegen'])],
          ['Laadhaven', pol],
          ['Loshaven', pod],
          ['Plaats van aflevering', `${place} (terminal)`],
        ], 36, 126, 160, 363, 18);
        c.text('OMSCHRIJVING VAN DE GOEDEREN (opgave van de afzender)', 36, y + 20, 8, c.bold);
        const rows = boxes.map((b) => [`${b.no} / ${b.seal}`, `${b.packs} ${kind}`, goods, nl(b.gross), group(b.cbm, '.', ',', 2)]);
        if (boxes.length > 1) rows.push(['', `${sum(boxes.map((b) => b.packs))} ${kind}`, 'Totaal', nl(gross), group(sum(boxes.map((b) => b.cbm)), '.', ',', 2)]);
        y = ruled(c, 36, y + 26, [[120, 'Container / zegel'], [72, 'Aantal colli'], [173, 'Omschrijving'], [80, 'Brutogewicht (kg)'], [78, 'Volume (m³)']], rows, 18, 8.5, [3, 4]);
        c.text(`Nettogewicht: ${nl(sum(boxes.map((b) => b.net)))} kg · Temperatuur: ${kind === 'kratten' ? '+4 °C' : 'n.v.t.'}`, 36, y + 14, 8, c.font, true);
        c.text('Vracht:', 36, y + 38, 9.5, c.bold);
        boxAfter(c, ['Vooruitbetaald', 'Te betalen op bestemming'], 'Te betalen op bestemming', 90, y + 38, 120, 9.5);
        y = para(c, 'Ontvangen door de vervoerder in ogenschijnlijk goede staat en conditie, tenzij anders vermeld, de hierboven omschreven goederen ter vervoer naar de loshaven, onderworpen aan de voorwaarden op de achterzijde. Eén origineel cognossement moet, behoorlijk geëndosseerd, worden ingeleverd tegen afgifte van de goederen.', 36, y + 62, 523, 7.5);
        cell(c, 'Aan boord genomen op', D.nlLong(onBoard), 36, y + 10, 170);
        cell(c, 'Plaats en datum van afgifte', `${pol.split(',')[0]}, ${D.dashed(issued)}`, 206, y + 10, 180);
        cell(c, 'Aantal originelen', 'DRIE (3)', 386, y + 10, 173);
        underLine(c, 'Voor de vervoerder, als agent van de kapitein', '', 320, y + 85, 239);
        footer(c, 'Noordzee Rederij B.V. · Op alle vervoersovereenkomsten zijn de Cognossementsvoorwaarden 2020 van toepassing.', c.height - 30, 36);
        return { c, key: { bl_number: bl, shipper, consignee, port_of_loading: pol, port_of_discharge: pod, shipped_on_board_date: onBoard, gross_weight_kg: gross, freight_terms: freight } };
      },
    },
    {
      // A Chinese forwarder's house bill (scanned), landscape and in capitals: small headings over the values, the
      // master bill's number and sailing dates as decoys, the freight terms as a line in the cargo description.
      image: 0.4,
      make: async (g) => {
        const c = await canvas([842, 595]);
        // Each shipper sells to its own buyer; the ports are drawn apart from them.
        const [shipper, sAddr, consignee, cAddr, goods, per] = g.p<[string, string, string, string, string, [number, number]]>([
          ['NINGBO HAIXIN HOUSEWARES CO., LTD.', 'NO. 88 JINGANG ROAD, BEILUN, NINGBO', 'HOMEWARD RETAIL SUPPLIES LTD', 'UNIT 4 ORWELL PARK, IPSWICH IP3 9FX', 'STAINLESS STEEL KITCHENWARE', [14, 26]],
          ['ZHEJIANG LONGRUI LIGHTING CO., LTD.', '16 XINGYE AVENUE, YUYAO, ZHEJIANG', 'BRIGHTWAY LIGHTING UK LTD', '21 ARKWRIGHT ROAD, CORBY NN17 5AE', 'LED CEILING LIGHTS', [9, 17]],
          ['SHANGHAI BAOLI TEXTILE CO., LTD.', '1200 CAOBAO ROAD, XUHUI, SHANGHAI', 'PENNINE SOFT FURNISHINGS LTD', 'DALE MILL, OLDHAM OL4 1HJ', 'POLYESTER CUSHION COVERS', [11, 19]],
        ]);
        const pol = g.p(['NINGBO, CHINA', 'SHANGHAI, CHINA', 'SHENZHEN (YANTIAN), CHINA']);
        const pod = g.p(['FELIXSTOWE, UK', 'SOUTHAMPTON, UK', 'LONDON GATEWAY, UK']);
        const bl = `OBLNGB${g.n(7)}`;
        const boxes = containers(g, g.int(2, 4), per).map((b) => ({ ...b, packs: b.packs * 30, gross: cents(b.gross * 30), net: cents(b.gross * 30 * 0.91) }));
        const gross = sum(boxes.map((b) => b.gross));
        const etd = someDate(g);
        const onBoard = after(g, etd, 0, 1);
        const eta = after(g, onBoard, 30, 38);
        const freight = g.r() < 0.5 ? 'Prepaid' : 'Collect';
        c.text('ORIENT BRIDGE LOGISTICS CO., LTD.', 40, 42, 14, c.bold);
        c.text('ROOM 1502, HUAFENG BUILDING, 189 ZHONGSHAN EAST ROAD, NINGBO 315000 · TEL +86 574 5555 8120', 40, 55, 7.5, c.font, true);
        c.text('HOUSE BILL OF LADING', 560, 42, 15, c.bold);
        grid(c, [['HBL NO.', bl], ['MBL NO.', `${g.p(['COSU', 'OOLU', 'EGLV'])}${g.n(10)}`]], 560, 630, 62, 13, c.bold);
        headed(c, [[40, 'SHIPPER / CONSIGNOR'], [310, 'CONSIGNEE'], [580, 'NOTIFY PARTY']], [shipper, consignee, 'SAME AS CONSIGNEE'], 100, 802);
        c.text(sAddr, 40, 136, 7.5, c.font, true);
        c.text(cAddr, 310, 136, 7.5, c.font, true);
        headed(c, [[40, 'VESSEL / VOYAGE'], [230, 'PORT OF LOADING'], [430, 'PORT OF DISCHARGE'], [620, 'FINAL DESTINATION']],
          [`${g.p(['CSCL SATURN', 'OOCL GENOA', 'EVER LOTUS'])} ${g.n(3)}W`, pol, pod, `${consignee.split(' ')[0]} WAREHOUSE`], 160, 802);
        headed(c, [[40, 'ETD'], [230, 'ETA'], [430, 'SHIPPED ON BOARD'], [620, 'NO. OF ORIGINAL B/L']], [D.short(etd), D.short(eta), D.short(onBoard), 'THREE (3)'], 205, 802);
        const y = table(c, 258, [[40, 'CONTAINER / SEAL NO.', false], [205, 'PACKAGES', false], [290, 'DESCRIPTION OF GOODS', false], [640, 'G.W. (KGS)', true], [722, 'N.W. (KGS)', true], [802, 'CBM', true]], [
          ...boxes.map((b, k) => [`${b.no} / ${b.seal}`, `${b.packs} CTNS`, k === 0 ? goods : k === 1 ? `FREIGHT ${freight.toUpperCase()}` : '', kgs(b.gross), kgs(b.net), group(b.cbm, ',', '.', 2)]),
          ['TOTAL', `${sum(boxes.map((b) => b.packs))} CTNS`, '', kgs(gross), kgs(sum(boxes.map((b) => b.net))), group(sum(boxes.map((b) => b.cbm)), ',', '.', 2)],
        ], 16, true);
        c.text(`${boxes.length} X 40'HC CONTAINERS. SHIPPER'S LOAD, COUNT AND SEAL. ${freight === 'Prepaid' ? `FREIGHT PAID AT ${pol.split(',')[0]}.` : `FREIGHT PAYABLE AT ${pod.split(',')[0]}.`}`, 40, y + 10, 8.5);
        c.text(`PLACE AND DATE OF ISSUE: ${pol.split(',')[0]}, ${D.short(after(g, onBoard, 1, 2))}`, 40, y + 45, 9);
        underLine(c, 'SIGNED AS AGENT FOR THE CARRIER', '', 560, y + 70, 242);
        c.text('RECEIVED IN APPARENT GOOD ORDER AND CONDITION EXCEPT AS OTHERWISE NOTED. SUBJECT TO THE TERMS OVERLEAF.', 40, 560, 7, c.font, true);
        return { c, key: { bl_number: bl, shipper, consignee, port_of_loading: pol, port_of_discharge: pod, shipped_on_board_date: onBoard, gross_weight_kg: gross, freight_terms: freight } };
      },
    },
  ],
};

/** 2. Venue booking confirmations. */
const EVENTS = ['Wedding', 'Conference', 'Birthday party', 'Corporate dinner', 'Other'];
const venue: Kind = {
  name: 'venue-booking-confirmation',
  fields: [
    ['booking_reference', 'string', 'Booking reference'],
    ['client_name', 'string', 'Who made the booking (client name)?'],
    ['venue_room', 'string', 'Which room or hall has been booked?'],
    ['event_date', 'date', 'Date of the event'],
    ['event_type', 'enum', 'Type of event', EVENTS],
    ['guest_count', 'integer', 'How many guests are expected?'],
    ['total_price', 'number', 'Total price of the booking'],
    ['deposit_paid', 'boolean', 'Has the deposit already been paid?'],
  ],
  documents: [
    {
      // A country house's confirmation letter: letterhead, the reference as "Our ref.", the room, date and guests only
      // in the opening sentence, a charges table with the total, the deposit received and the balance due after it.
      make: async (g) => {
        const c = await canvas();
        const [title, first, last] = g.p([['Ms', 'Eleanor', 'Whitmore'], ['Mr', 'Daniel', 'Ashworth'], ['Mrs', 'Harriet', 'Okonjo']]);
        const client = `${first} ${last}`;
        const room = g.p(['The Orangery', 'The Long Gallery', 'The Coach House']);
        const [type, occasion, perHead] = g.p<[string, string, number]>([['Wedding', 'wedding reception', 82.5], ['Birthday party', '50th birthday celebration', 54]]);
        const date = laterDate(g);
        const letter = plusDays(date, -g.int(120, 240));
        const guests = g.int(6, 15) * 10 + g.p([0, 4, 6]);
        const ref = `AH/${date.slice(0, 4)}/${g.n(4)}`;
        const hire = g.p([1850, 2400, 3200]);
        const drinks = g.p([18.5, 24]);
        const extras: [string, number][] = [['Room hire (exclusive use, 12.00 noon to midnight)', hire], [`Dining, ${guests} guests @ £${group(perHead, ',', '.')}`, cents(guests * perHead)], [`Drinks package, ${guests} guests @ £${group(drinks, ',', '.')}`, cents(guests * drinks)], ['Evening buffet and late licence', g.p([650, 780, 920])]];
        const total = sum(extras.map(([, v]) => v));
        const deposit = g.p([1000, 1500, 2000]);
        const paid = g.r() < 0.5;
        letterhead(c, 'Ashcombe Hall', ['Weybridge Lane, Ashcombe, Surrey GU23 6PL', 'Telephone 01483 555 730 · events@ashcombehall.co.uk · www.ashcombehall.co.uk'], 60, 60, 20, 535);
        c.right(D.ukLong(letter), 535, 125, 9.5);
        [`${title} ${client}`, `${g.int(2, 48)} ${g.p(['Cedar Close', 'Mill Lane', 'Station Road'])}`, g.p(['Guildford', 'Woking', 'Farnham']), `GU${g.int(1, 9)} ${g.int(1, 9)}${letters(g, 2)}`].forEach((t, k) => c.text(t, 60, 140 + k * 13, 10));
        c.text(`Our ref.: ${ref}`, 60, 210, 9);
        c.text(`Dear ${title} ${last},`, 60, 240, 10);
        c.text(`Confirmation of your ${occasion}`, 60, 262, 10.5, c.bold);
        let y = para(c, `Thank you for choosing Ashcombe Hall. We are delighted to confirm your booking of ${room} for your ${occasion} on ${D.enDay(date)}, for ${guests} guests. Your event coordinator will be in touch around eight weeks before the day to go through menus, timings and table plans.`, 60, 284, 475, 10, 14);
        y = para(c, 'The charges agreed are set out below. All prices include VAT at the current rate.', 60, y + 6, 475, 10, 14);
        y = table(c, y + 12, [[60, 'Item', false], [535, 'Amount', true]], [...extras.map(([t, v]) => [t, M.gbp(v)]), ['Total', M.gbp(total)]], 16, true);
        y = para(c, paid
          ? `We acknowledge with thanks your deposit of ${M.gbp(deposit)}, received on ${D.ukLong(plusDays(letter, -g.int(3, 10)))}. The balance of ${M.gbp(cents(total - deposit))} is due no later than ${D.ukLong(plusDays(date, -28))}.`
          : `To secure the date, a non-refundable deposit of ${M.gbp(deposit)} is payable within 14 days of this letter; we are holding the date for you provisionally until then. The balance of ${M.gbp(cents(total - deposit))} will be due by ${D.ukLong(plusDays(date, -28))}.`, 60, y + 10, 475, 10, 14);
        y = para(c, 'Please check the details above and let us know of any changes. We look forward to welcoming you and your guests.', 60, y + 6, 475, 10, 14);
        c.text('Kind regards,', 60, y + 16, 10);
        c.text(g.p(['Sophie Lambert', 'James Pemberton']), 60, y + 56, 10, c.bold);
        c.text('Events Manager, Ashcombe Hall', 60, y + 69, 9);
        footer(c, 'Ashcombe Hall Events Ltd · Registered in England No. 06671204 · VAT No. GB 918 4410 27 · Bookings are subject to our terms and conditions.', c.height - 30, 60);
        return { c, key: { booking_reference: ref, client_name: client, venue_room: room, event_date: date, event_type: type, guest_count: guests, total_price: total, deposit_paid: paid } };
      },
    },
    {
      // A French estate's confirmation (confirmation de réservation): boxed cells with the labels above, the kind of
      // event as a row of crossed boxes, a "Libellé : valeur" block, a ruled price table, the deposit still to pay.
      make: async (g) => {
        const c = await canvas([595, 800]);
        const [client, contact] = g.p([['Lumière Conseil SAS', 'Mme Claire Fontaine'], ['Atelier Duval & Associés', 'M. Olivier Duval'], ['Groupe Berthier Immobilier', 'Mme Sandrine Roux']]);
        const room = g.p(['Salle des Tilleuls', "Orangerie du Château", 'Salon Louis XV']);
        const [type, printed] = g.p([['Conference', 'Séminaire'], ['Corporate dinner', "Dîner d'entreprise"], ['Other', 'Autre']]);
        const date = laterDate(g);
        const guests = g.int(25, 90);
        const ref = `DT-${date.slice(2, 4)}${g.n(4)}`;
        const perHead = type === 'Corporate dinner' ? g.p([68, 79, 95]) : g.p([54, 59, 65]);
        const hire = g.p([900, 1200, 1450]);
        const net = cents(hire + guests * perHead);
        const total = cents(net * 1.2);
        const deposit = cents(total * 0.3);
        const made = plusDays(date, -g.int(60, 150));
        letterhead(c, 'Domaine des Tilleuls', ['Route de Chartres, 28130 Maintenon · Tél. 02 37 55 18 40 · evenements@domainedestilleuls.fr', `SARL au capital de 50 000 € · SIRET ${g.n(14)}`], 40, 50, 17, 555);
        c.text('CONFIRMATION DE RÉSERVATION', 40, 118, 15, c.bold);
        c.right(`Émise le ${D.slashed(made)}`, 555, 118, 9);
        cell(c, 'N° DE DOSSIER', ref, 40, 135, 130);
        cell(c, 'CLIENT', client, 175, 135, 220);
        cell(c, 'INTERLOCUTEUR', contact, 400, 135, 155);
        cell(c, 'ADRESSE DE FACTURATION', `${g.int(2, 80)} ${g.p(['rue de Rivoli', 'boulevard Haussmann', 'avenue de la République'])}, 750${pad(g.int(1, 20))} Paris`, 40, 170, 355);
        cell(c, 'TÉLÉPHONE', `01 ${g.n(2)} ${g.n(2)} ${g.n(2)} ${g.n(2)}`, 400, 170, 155);
        c.text("Nature de l'événement :", 40, 230, 9.5, c.bold);
        ['Mariage', 'Séminaire', 'Anniversaire', "Dîner d'entreprise", 'Autre'].forEach((o, k) => tick(c, o, o === printed, 40 + [0, 80, 170, 270, 390][k], 250));
        let y = grid(c, [
          ['Salle réservée :', `${room} (capacité ${g.p([120, 150, 180])} personnes)`],
          ['Date de la manifestation :', D.frDay(date)],
          ['Horaires :', type === 'Corporate dinner' ? '19h30 – 01h00' : '08h30 – 18h00'],
          ['Nombre de participants :', String(guests)],
          ['Configuration :', g.p(['Théâtre', 'Tables rondes de 8', 'En U'])],
        ], 40, 190, 285, 16);
        c.text('PRESTATIONS', 40, y + 18, 9.5, c.bold);
        y = ruled(c, 40, y + 25, [[295, 'Désignation'], [60, 'Qté'], [80, 'P.U. HT'], [80, 'Montant HT']], [
          ['Location de la salle', '1', M.eurSpace(hire), M.eurSpace(hire)],
          [type === 'Corporate dinner' ? 'Menu dîner 4 plats, vins compris' : 'Forfait journée (pauses, déjeuner)', String(guests), M.eurSpace(perHead), M.eurSpace(cents(guests * perHead))],
        ], 18, 8.5, [1, 2, 3]);
        y = grid(c, [['Total HT', M.eurSpace(net)], ['TVA 20 %', M.eurSpace(cents(total - net))]], 360, 475, y + 16, 15);
        c.text('Montant total TTC', 360, y + 4, 10, c.bold);
        c.right(M.eurSpace(total), 555, y + 4, 10, c.bold);
        c.text('Acompte :', 40, y + 40, 9.5, c.bold);
        tick(c, 'reçu', false, 100, y + 40);
        tick(c, 'en attente de règlement', true, 160, y + 40);
        y = para(c, `Un acompte de 30 %, soit ${M.eurSpace(deposit)}, est à régler au plus tard le ${D.frLong(plusDays(made, 15))} par virement ou par chèque ; à défaut, l'option sur la salle sera levée. Le solde est payable à réception de la facture finale.`, 40, y + 62, 515, 9, 13);
        c.text(`Fait à Maintenon, le ${D.frLong(made)}`, 40, y + 16, 9.5);
        underLine(c, 'Pour le Domaine — la responsable commerciale', g.p(['Camille Arnaud', 'Hélène Marchal']), 40, y + 70, 220);
        underLine(c, 'Bon pour accord — signature du client', '', 335, y + 70, 220);
        footer(c, "Conditions générales de vente disponibles sur demande. Toute annulation moins de 30 jours avant la date entraîne la perte de l'acompte.", c.height - 30, 40);
        return { c, key: { booking_reference: ref, client_name: client, venue_room: room, event_date: date, event_type: type, guest_count: guests, total_price: total, deposit_paid: false } };
      },
    },
    {
      // A US conference centre's event confirmation (scanned): small headings over values in rows, the room's capacity
      // and the set-up as decoy numbers, the day's schedule in a table, the deposit received above the estimated total.
      image: -0.45,
      make: async (g) => {
        const c = await canvas([612, 660]);
        const [client, contact] = g.p([['Midwest Dental Association', 'Karen Lindqvist'], ['Granite State Credit Union', 'Michael Tran'], ['Northern Plains Agronomy Council', 'Brian Kowalski']]);
        const room = g.p(['Lakeview Ballroom', 'Prairie Hall', 'Heritage Room']);
        const date = laterDate(g);
        const guests = g.int(8, 24) * 10;
        const ref = `LCC-${g.n(6)}`;
        const rate = g.p([62, 71, 84]);
        const roomFee = g.p([1500, 2250, 2800]);
        const av = g.p([450, 675]);
        const food = cents(guests * rate);
        const service = cents(food * 0.22);
        const total = cents(roomFee + av + food + service);
        const deposit = g.p([1000, 2500]);
        const paidOn = plusDays(date, -g.int(40, 90));
        c.text('LAKEVIEW CONFERENCE CENTER', 40, 45, 15, c.bold);
        c.text('2700 Shoreline Drive, Duluth, MN 55802 · (218) 555-0163 · sales@lakeviewcc.com', 40, 59, 8, c.font, true);
        c.text('EVENT CONFIRMATION', 40, 92, 13, c.bold);
        c.right(`Printed ${D.usSlashed(paidOn)}`, 572, 92, 8.5);
        headed(c, [[40, 'CONFIRMATION NO.'], [200, 'ORGANIZATION'], [420, 'ON-SITE CONTACT']], [ref, client, contact], 115, 572);
        headed(c, [[40, 'EVENT DATE'], [200, 'FUNCTION ROOM'], [420, 'EVENT']], [D.usShort(date), room, g.p(['Annual Meeting & Conference', 'Spring Conference', 'Leadership Conference'])], 155, 572);
        headed(c, [[40, 'GUARANTEED ATTENDANCE'], [200, 'ROOM CAPACITY (THEATER)'], [420, 'SET-UP STYLE']], [String(guests), String(g.p([320, 400, 450])), 'Classroom, head table'], 195, 572);
        c.text('SCHEDULE', 40, 245, 9, c.bold);
        let y = table(c, 262, [[40, 'Time', false], [140, 'Function', false], [400, 'Room', false], [572, 'Count', true]], [
          ['7:30 AM', 'Continental breakfast', room, String(guests)],
          ['8:30 AM', 'General session', room, String(guests)],
          ['12:00 PM', 'Plated lunch', room, String(guests)],
          ['1:30 PM', 'Afternoon sessions', room, String(guests)],
        ], 15);
        y = table(c, y + 10, [[40, 'Charges', false], [572, 'Amount', true]], [
          ['Room rental', M.usd(roomFee)],
          ['Audio-visual package', M.usd(av)],
          [`Food & beverage, ${guests} @ $${rate.toFixed(2)}`, M.usd(food)],
          ['Service charge 22%', M.usd(service)],
          ['TOTAL ESTIMATED CHARGES', M.usd(total)],
        ], 15, true);
        c.text(`Deposit of ${M.usd(deposit)} received ${D.usSlashed(paidOn)} - thank you.`, 40, y + 10, 9.5);
        c.text(`Balance due: ${M.usd(cents(total - deposit))}, payable within 30 days of the event.`, 40, y + 26, 9.5);
        c.text('Final guarantee of attendance is due 72 hours before the event. Charges will be based on the guarantee or actual', 40, y + 50, 7.5, c.font, true);
        c.text('attendance, whichever is greater. Sales tax will be added to the final invoice.', 40, y + 60, 7.5, c.font, true);
        underLine(c, 'Catering & Sales Manager', g.p(['Jessica Holm', 'Tom Reinholt']), 40, y + 100, 200);
        underLine(c, 'Client signature', '', 320, y + 100, 200);
        return { c, key: { booking_reference: ref, client_name: client, venue_room: room, event_date: date, event_type: 'Conference', guest_count: guests, total_price: total, deposit_paid: true } };
      },
    },
  ],
};

/** 3. Mobile phone bills. */
const phone: Kind = {
  name: 'mobile-phone-bill',
  fields: [
    ['account_number', 'string', 'Customer account number'],
    ['phone_number', 'string', 'Mobile number the bill is for'],
    ['account_holder', 'string', 'Name of the account holder'],
    ['bill_date', 'date', 'Bill date'],
    ['payment_due_date', 'date', 'When does the bill have to be paid by?'],
    ['total_due', 'number', 'Total amount to pay'],
    ['data_used_gb', 'number', 'How much mobile data was used, in GB?'],
    ['direct_debit', 'boolean', 'Is the bill paid by direct debit?'],
  ],
  documents: [
    {
      // A UK network's monthly bill: the holder only in the address block, a side panel of "label value" rows, the total
      // in large type, the due date and the direct debit (or not) in the sentence under it, usage in a ruled table.
      make: async (g) => {
        const c = await canvas();
        const [title, first, last] = g.p([['Mrs', 'Joanne', 'Pickering'], ['Mr', 'Callum', 'Fraser'], ['Ms', 'Aisha', 'Rahman']]);
        const holder = `${first} ${last}`;
        const acct = `${g.n(3)}${g.n(3)}${g.n(3)}`;
        const number = `07${g.p(['7', '8', '9'])}${g.n(2)} ${g.n(3)} ${g.n(3)}`;
        const end = someDate(g);
        const start = plusDays(end, -30);
        const billed = plusDays(end, g.int(1, 3));
        const due = plusDays(billed, 14);
        const dd = g.r() < 0.5;
        const [plan, allowance, price] = g.p<[string, number, number]>([['Unlimited Calls & Texts + 30GB', 30, 22], ['Unlimited Calls & Texts + 100GB', 100, 28], ['Essentials 12GB', 12, 14]]);
        const data = cents(g.int(150, allowance * 90) / 100);
        const premium = g.int(4, 30);
        const premiumCost = cents(premium * 0.65);
        const insurance = g.p([0, 7.99]);
        const total = cents(price + premiumCost + insurance);
        const previous = cents(total + g.int(-600, 600) / 100);
        c.text('vireo', 50, 62, 30, c.bold);
        c.text('mobile', 128, 62, 12, c.font, true);
        c.text('Vireo Mobile Ltd, PO Box 4410, Leeds LS1 4BT', 50, 80, 7.5, c.font, true);
        [`${title} ${holder}`, `${g.int(3, 90)} ${g.p(['Beech Grove', 'Kirkgate', 'Heaton Road'])}`, g.p(['Bradford', 'Harrogate', 'Wakefield']), `${g.p(['BD9', 'HG2', 'WF1'])} ${g.int(1, 9)}${letters(g, 2)}`].forEach((t, k) => c.text(t, 50, 130 + k * 13, 10));
        c.box(330, 40, 225, 112, 0.95);
        c.text('Your bill', 340, 58, 12, c.bold);
        grid(c, [['Account number', acct], ['Bill date', D.ukLong(billed)], ['Bill period', `${D.ukShort(start)} - ${D.ukShort(end)}`], ['Invoice number', `INV${g.n(9)}`], ['Page', '1 of 1']], 340, 430, 78, 14);
        band(c, 'YOUR BILL THIS MONTH', 50, 215, 505);
        c.text('Total to pay', 50, 260, 12);
        c.text(M.gbp(total), 50, 290, 26, c.bold);
        para(c, dd
          ? `We'll collect this by Direct Debit from your bank account ending ${g.n(4)} on or just after ${D.ukLong(due)}. You don't need to do anything.`
          : `Please pay by ${D.ukLong(due)}. You can pay in the Vireo app, at vireo.co.uk/pay or by calling 0333 555 0190. Set up a Direct Debit and never miss a payment.`, 260, 250, 295, 9.5, 13);
        let y = table(c, 330, [[50, 'Summary', false], [555, '£', true]], [
          ['Last bill', M.plain(previous)],
          ['Payment received - thank you', `-${M.plain(previous)}`],
          [`Monthly plan: ${plan}`, M.plain(price)],
          ...(insurance ? [['Phone insurance (Damage & Theft)', M.plain(insurance)]] : []),
          ['Calls outside your allowance', M.plain(premiumCost)],
          ['Total to pay (incl. VAT at 20%)', M.plain(total)],
        ], 16, true);
        c.text(`Usage for ${number}`, 50, y + 22, 10.5, c.bold);
        y = ruled(c, 50, y + 30, [[190, 'Type'], [105, 'Used'], [105, 'Allowance'], [105, 'Cost (£)']], [
          ['UK calls', `${g.int(90, 900)} mins`, 'Unlimited', '0.00'],
          ['UK texts', String(g.int(10, 300)), 'Unlimited', '0.00'],
          ['UK & EU data', `${group(data, ',', '.')} GB`, `${allowance} GB`, '0.00'],
          ['Calls to 084/087 numbers', `${premium} mins`, '-', M.plain(premiumCost)],
        ], 18, 9, [3]);
        c.text(`Your plan renews on ${D.ukLong(plusDays(end, 1))}. Your minimum term ends ${D.ukLong(plusDays(end, g.int(120, 500)))}.`, 50, y + 18, 8.5, c.font, true);
        footer(c, 'Vireo Mobile Ltd. Registered in England and Wales No. 09812275. Registered office: 1 Wellington Place, Leeds LS1 4AP. VAT No. GB 226 4190 57.', c.height - 30, 50);
        return { c, key: { account_number: acct, phone_number: number, account_holder: holder, bill_date: billed, payment_due_date: due, total_due: total, data_used_gb: data, direct_debit: dd } };
      },
    },
    {
      // A German provider's bill as a DIN letter (Mobilfunkrechnung): the sender line over the address window, an
      // information block of "Label: value" rows at the right, the charges net with VAT, the direct debit in a sentence.
      make: async (g) => {
        const c = await canvas();
        const [salut, first, last, street, town] = g.p([['Frau', 'Sabine', 'Keller', 'Lindenstraße 12', '50674 Köln'], ['Herrn', 'Jörg', 'Hoffmann', 'Am Kirchberg 7', '90402 Nürnberg'], ['Frau', 'Melanie', 'Schröder', 'Bahnhofstraße 48', '04109 Leipzig']]);
        const holder = `${first} ${last}`;
        const acct = `${g.n(4)} ${g.n(4)} ${g.n(2)}`;
        const number = `01${g.p(['51', '60', '76'])} ${g.n(4)} ${g.n(4)}`;
        const monthStartIso = `${g.int(2023, 2025)}-${pad(g.int(1, 12))}-01`;
        const [yy, mm] = ymd(monthStartIso);
        const monthEndIso = new Date(Date.UTC(yy, mm, 0)).toISOString().slice(0, 10);
        const billed = plusDays(monthEndIso, g.int(2, 5));
        const due = plusDays(billed, g.int(8, 12));
        const [plan, allowance, base] = g.p<[string, number, number]>([['Funkwelt Allnet M', 10, 19.32], ['Funkwelt Allnet L', 25, 25.2], ['Funkwelt Allnet XL', 50, 33.6]]);
        const option = g.p([0, 4.2]);
        const extra = cents(g.int(0, 40) * 0.09);
        const net = cents(base + option + extra);
        const vat = cents(net * 0.19);
        const total = cents(net + vat);
        const data = cents(g.int(80, allowance * 95) / 100);
        const de = (v: number) => group(v, '.', ',');
        c.text('Funkwelt', 400, 60, 22, c.bold);
        c.text('Mobil', 500, 60, 22);
        c.text('Funkwelt Mobil GmbH · Postfach 10 20 30 · 40212 Düsseldorf', 57, 128, 6.5, c.font, true);
        c.rule(57, 280, 131);
        [salut, holder, street, town].forEach((t, k) => c.text(t, 57, 148 + k * 13, 10));
        grid(c, [['Kundennummer:', acct], ['Rechnungsnummer:', `R${g.n(10)}`], ['Rechnungsdatum:', D.dotted(billed)], ['Ihre Rufnummer:', number], ['Abrechnungszeitraum:', `${D.dotted(monthStartIso)} – ${D.dotted(monthEndIso)}`]], 350, 450, 130, 13, c.font);
        c.text(`Ihre Mobilfunkrechnung ${MONTHS.de[mm - 1]} ${yy}`, 57, 250, 12, c.bold);
        c.text(`${salut === 'Herrn' ? 'Sehr geehrter Herr' : 'Sehr geehrte Frau'} ${last},`, 57, 278, 10);
        para(c, `anbei erhalten Sie Ihre Rechnung für den oben genannten Abrechnungszeitraum. Alle Beträge in Euro.`, 57, 296, 480, 10, 14);
        let y = ruled(c, 57, 325, [[270, 'Leistung'], [130, 'Zeitraum'], [80, 'Betrag']], [
          [`Grundgebühr ${plan}`, `${D.deShort(monthStartIso)} – ${D.deShort(monthEndIso)}`, de(base)],
          ...(option ? [['Option EU-Reisepaket', `${D.deShort(monthStartIso)} – ${D.deShort(monthEndIso)}`, de(option)]] : []),
          ['Verbindungen zu Sonderrufnummern', '', de(extra)],
          ['Summe netto', '', de(net)],
          ['zzgl. 19 % USt.', '', de(vat)],
        ], 18, 9, [2]);
        c.box(57, y, 480, 20, 0.9);
        c.text('Rechnungsbetrag', 62, y + 14, 10, c.bold);
        c.right(`${de(total)} €`, 532, y + 14, 10, c.bold);
        c.text('Ihre Nutzung im Überblick', 57, y + 48, 10, c.bold);
        y = grid(c, [['Inlandsgespräche:', `${g.int(1, 9)} Std. ${g.int(1, 59)} Min.`], ['SMS:', String(g.int(3, 60))], ['Datenvolumen:', `${group(data, '.', ',')} GB von ${allowance} GB genutzt`]], 57, 180, y + 66, 14);
        y = para(c, `Der Rechnungsbetrag von ${de(total)} € wird am ${D.dotted(due)} per SEPA-Lastschrift von Ihrem Konto DE${g.n(2)} **** **** **** ${g.n(2)}${g.n(2)} abgebucht (Gläubiger-ID DE98ZZZ0000${g.n(7)}, Mandatsreferenz ${acct.replace(/ /g, '')}-01).`, 57, y + 14, 480, 10, 14);
        c.text('Mit freundlichen Grüßen', 57, y + 14, 10);
        c.text('Ihr Funkwelt-Kundenservice', 57, y + 28, 10);
        footer(c, `Funkwelt Mobil GmbH · Königsallee 61, 40215 Düsseldorf · Geschäftsführer: Dr. Thomas Brandt · Amtsgericht Düsseldorf HRB ${g.n(5)} · USt-IdNr. DE${g.n(9)}`, c.height - 40, 57);
        footer(c, 'Kundenservice: 0800 555 1234 (kostenlos) · www.funkwelt-mobil.de · Zahlungsempfänger: Commerzbank, IBAN DE41 3004 0000 0555 0123 00', c.height - 30, 57);
        return { c, key: { account_number: acct, phone_number: number, account_holder: holder, bill_date: billed, payment_due_date: due, total_due: total, data_used_gb: data, direct_debit: true } };
      },
    },
    {
      // A US carrier's statement (scanned): an account summary as a two-column table of shaded labels, the line's
      // usage in a ruled table under its number, AutoPay as an unticked box with the amount due by the due date.
      image: 0.35,
      make: async (g) => {
        const c = await canvas([612, 700]);
        const holder = g.p(['JORDAN MILLER', 'STEPHANIE ALVAREZ', 'DERRICK WASHINGTON']);
        const acct = g.n(9);
        const number = `(${g.p(['612', '651', '763'])}) 555-${g.n(4)}`;
        const billed = someDate(g);
        const due = plusDays(billed, 21);
        const [plan, price] = g.p<[string, number]>([['Summit Unlimited Plus', 65], ['Summit 15GB', 40], ['Summit Unlimited Basic', 55]]);
        const data = cents(g.int(200, plan.includes('15GB') ? 1480 : 4200) / 100);
        const hotspot = cents(g.int(0, 300) / 100);
        const device = g.p([0, 27.08, 33.34]);
        const fees = 3.49;
        const taxes = cents((price + fees) * 0.0925);
        const total = cents(price + device + fees + taxes);
        const previous = cents(total + g.int(-900, 900) / 100);
        c.text('SUMMIT WIRELESS', 40, 48, 16, c.bold);
        c.text('PO Box 64120, St. Paul, MN 55164 · summitwireless.com · 1-888-555-0142', 40, 62, 8, c.font, true);
        c.text('MONTHLY STATEMENT', 400, 48, 12, c.bold);
        c.text(`Prepared for: ${holder}`, 40, 95, 10.5, c.bold);
        c.text(`${g.int(100, 9800)} ${g.p(['Grand Ave', 'Lyndale Ave S', 'Hennepin Ave'])}, Minneapolis, MN 554${g.n(2)}`, 40, 109, 9);
        c.text('ACCOUNT SUMMARY', 40, 140, 9.5, c.bold);
        let y = kv(c, [
          ['Account number', acct],
          ['Statement date', D.usSlashed(billed)],
          ['Billing period', `${D.usShort(plusDays(billed, -31))} - ${D.usShort(plusDays(billed, -1))}`],
          ['Previous balance', M.usd(previous)],
          ['Payment received, thank you', `-${M.usd(previous)}`],
          ['New charges', M.usd(total)],
          ['Total amount due', M.usd(total)],
          ['Pay by', D.usShort(due)],
        ], 40, 148, 200, 190, 19, 9.5);
        c.box(450, 148, 122, 80, 0.93);
        c.text('AMOUNT DUE', 460, 168, 8.5, c.bold);
        c.text(M.usd(total), 460, 190, 15, c.bold);
        c.text(`by ${D.usShort(due)}`, 460, 210, 9);
        tick(c, 'Enroll in AutoPay and save $5/month on your plan', false, 40, y + 25, 9.5);
        c.text('AutoPay is not active on this account. Pay online, in the app, or mail the coupon below.', 40, y + 42, 8.5, c.font, true);
        c.text(`LINE DETAILS  ${number}`, 40, y + 72, 9.5, c.bold);
        y = ruled(c, 40, y + 80, [[95, 'Talk (min)'], [95, 'Text'], [110, 'Data used (GB)'], [112, 'Hotspot (GB)'], [120, 'Plan']], [
          [String(g.int(60, 1400)), String(g.int(40, 2500)), group(data, ',', '.'), group(hotspot, ',', '.'), plan],
        ], 20, 9.5);
        y = table(c, y + 20, [[40, 'Charges', false], [572, 'Amount', true]], [
          [`${plan} - monthly access`, M.usd(price)],
          ...(device ? [[`Device payment ${g.int(3, 30)} of 36`, M.usd(device)]] : []),
          ['Regulatory & administrative fees', M.usd(fees)],
          ['Taxes & government fees', M.usd(taxes)],
          ['Total new charges', M.usd(total)],
        ], 15, true);
        c.rule(40, 572, y + 20);
        c.text('Please return this portion with your payment. Make checks payable to Summit Wireless.', 40, y + 35, 7.5, c.font, true);
        grid(c, [['Account number', acct], ['Amount due', M.usd(total)], ['Amount enclosed', '$______________']], 40, 160, y + 55, 15, c.bold);
        return { c, key: { account_number: acct, phone_number: number, account_holder: holder, bill_date: billed, payment_due_date: due, total_due: total, data_used_gb: data, direct_debit: false } };
      },
    },
  ],
};

/** 4. Scholarship award letters. */
const scholarship: Kind = {
  name: 'scholarship-award-letter',
  fields: [
    ['recipient_name', 'string', 'Name of the student receiving the award'],
    ['scholarship_name', 'string', 'Name of the scholarship'],
    ['awarding_body', 'string', 'Organisation awarding the scholarship'],
    ['student_id', 'string', 'Student ID or registration number'],
    ['award_amount', 'number', 'How much is the scholarship worth?'],
    ['academic_year', 'string', 'Academic year the award is for'],
    ['acceptance_deadline', 'date', 'Deadline to accept the award'],
    ['renewable', 'boolean', 'Can the award be renewed in later years?'],
  ],
  documents: [
    {
      // A UK charitable trust's award letter: the award, its amount and year only in the opening sentence, the student
      // number in the reference line, the instalments and the interview date as decoys, a tear-off acceptance slip.
      make: async (g) => {
        const c = await canvas();
        const [body, award, field] = g.p([['The Harrington Educational Trust', 'Edith Harrington Scholarship', 'History'], ['The Whitcombe Foundation', 'Whitcombe Engineering Scholarship', 'Mechanical Engineering'], ['Northern Counties Medical Trust', 'Dr Alan Pryor Bursary', 'Medicine']]);
        const [first, last] = g.p([['Priya', 'Chandran'], ['Thomas', 'Kettering'], ['Niamh', 'Gallagher']]);
        const name = `${first} ${last}`;
        const uni = g.p(['University of Leeds', 'Newcastle University', 'University of Sheffield']);
        const id = g.n(9);
        const amount = g.p([1500, 2500, 3000, 4000]);
        const start = g.int(2024, 2026);
        const year = `${start}/${String(start + 1).slice(2)}`;
        const letter = `${start}-${pad(g.int(6, 7))}-${pad(g.int(1, 20))}`;
        const deadline = plusDays(letter, g.p([21, 28]));
        const renewable = g.r() < 0.5;
        letterhead(c, body, [`Registered Charity No. ${g.n(7)} · 14 Kingsway House, Lincoln LN2 1QA`, 'Tel. 01522 555 910 · awards@trust-office.org.uk'], 60, 60, 15, 535);
        c.right(D.ukLong(letter), 535, 120, 9.5);
        [name, `${g.int(2, 60)} ${g.p(['Brudenell Road', 'Jesmond Vale', 'Ecclesall Road'])}`, g.p(['Leeds LS6 1HD', 'Newcastle upon Tyne NE2 1PB', 'Sheffield S11 8HW'])].forEach((t, k) => c.text(t, 60, 135 + k * 13, 10));
        c.text(`Our ref.: ${body.split(' ')[1].slice(0, 3).toUpperCase()}/SCH/${String(start).slice(2)}/${g.n(3)}    Student no.: ${id}`, 60, 195, 8.5, c.font, true);
        c.text(`Dear ${first},`, 60, 225, 10);
        c.text(`${award} ${year}`, 60, 247, 10.5, c.bold);
        let y = para(c, `Following your interview on ${D.ukLong(plusDays(letter, -g.int(14, 30)))}, I am very pleased to tell you that the Trustees have awarded you the ${award} of ${M.gbp(amount).replace('.00', '')} for the ${year} academic year, in support of your studies in ${field} at the ${uni}.`, 60, 269, 475, 10, 14);
        y = para(c, `The award will be paid directly to you in two instalments of ${M.gbp(amount / 2)}, in October and in February, once the University has confirmed your registration. This year the Trust received ${g.int(140, 390)} applications, and the panel was impressed by the quality of yours.`, 60, y + 6, 475, 10, 14);
        y = para(c, renewable
          ? 'The scholarship is renewable for each remaining year of your course, subject to satisfactory academic progress and a short report to the Trustees each summer.'
          : 'Please note that this is a one-year award and is not renewable, although you are welcome to apply again in a future year.', 60, y + 6, 475, 10, 14);
        y = para(c, `To accept the award, please complete and return the slip below by ${D.ukLong(deadline)}. If we have not heard from you by then, the award may be offered to another candidate.`, 60, y + 6, 475, 10, 14);
        c.text('With warm congratulations,', 60, y + 10, 10);
        c.text(g.p(['Margaret Ellison', 'Dr Richard Haworth']), 60, y + 46, 10, c.bold);
        c.text(`Secretary to the Trustees, ${body}`, 60, y + 59, 9);
        y += 95;
        c.page.drawLine({ start: { x: 40, y: c.height - y }, end: { x: 555, y: c.height - y }, thickness: 0.6, dashArray: [4, 3] });
        c.text('ACCEPTANCE SLIP - please detach and return', 60, y + 22, 9, c.bold);
        para(c, `I accept the ${award} for ${year} on the terms set out in the Trust's letter of ${D.ukLong(letter)}.`, 60, y + 40, 475, 9, 12);
        underLine(c, 'Name (capitals)', '', 60, y + 85, 200);
        underLine(c, 'Signature', '', 290, y + 85, 140);
        underLine(c, 'Date', '', 450, y + 85, 85);
        return { c, key: { recipient_name: name, scholarship_name: award, awarding_body: body, student_id: id, award_amount: amount, academic_year: year, acceptance_deadline: deadline, renewable } };
      },
    },
    {
      // An Italian foundation's award letter (comunicazione di assegnazione): protocol number and "Oggetto" line, the
      // particulars in a two-column table with the renewal as boxes after Sì / No, the deadline inside a sentence.
      make: async (g) => {
        const c = await canvas();
        const [body, city, address, award] = g.p([
          ['Fondazione Ettore Bellandi', 'Bergamo', 'Via Pignolo 42, 24121 Bergamo', 'Borsa di studio "Ettore Bellandi per il Merito"'],
          ['Fondazione Marisa e Carlo Ferrandi', 'Parma', 'Borgo Santa Brigida 9, 43121 Parma', 'Premio di studio "Carlo Ferrandi"'],
          ['Fondazione Giovani Talenti Lombardia', 'Brescia', 'Corso Zanardelli 18, 25121 Brescia', 'Borsa di studio "Giovani Talenti"'],
        ]);
        const [title, first, last] = g.p([['Gentile Sig.ra', 'Giulia', 'Marchetti'], ['Gentile Sig.', 'Matteo', 'Lombardi'], ['Gentile Sig.ra', 'Francesca', 'Galli']]);
        const name = `${first} ${last}`;
        const uni = g.p(['Università degli Studi di Milano', 'Università di Bologna', 'Politecnico di Milano']);
        const id = g.n(6);
        const amount = g.p([3000, 4000, 5000]);
        const start = g.int(2024, 2026);
        const year = `${start}/${start + 1}`;
        const letter = `${start}-${pad(g.int(7, 9))}-${pad(g.int(1, 15))}`;
        const deadline = plusDays(letter, g.p([15, 20, 30]));
        const it = (v: number) => `€ ${group(v, '.', ',')}`;
        letterhead(c, body, [`${address} · Tel. +39 0${g.n(2)} 555 ${g.n(4)} · borse@fondazione.it · C.F. ${g.n(11)}`], 50, 55, 15, 545);
        c.text(`Prot. n. ${g.n(4)}/${start}`, 50, 105, 9);
        c.right(`${city}, ${D.itLong(letter)}`, 545, 105, 9.5);
        [`${title.replace('Gentile ', '')} ${name}`, `Via ${g.p(['Garibaldi', 'Mazzini', 'Roma'])} ${g.int(2, 120)}`, g.p(['20121 Milano', '40126 Bologna', '24122 Bergamo'])].forEach((t, k) => c.text(t, 330, 130 + k * 13, 10));
        c.text(`Oggetto: assegnazione ${award.split(' "')[0].toLowerCase()} - anno accademico ${year}`, 50, 195, 10, c.bold);
        c.text(`${title} ${last},`, 50, 222, 10);
        let y = para(c, `siamo lieti di comunicarLe che il Consiglio di Amministrazione della Fondazione, nella seduta del ${D.slashed(plusDays(letter, -g.int(5, 20)))}, sulla base della graduatoria redatta dalla Commissione giudicatrice, Le ha assegnato la borsa di studio indicata di seguito.`, 50, 240, 495, 10, 14);
        y = kv(c, [
          ['Beneficiario/a', name],
          ['Matricola', id],
          ['Ateneo', uni],
          ['Denominazione', award],
          ['Anno accademico', year],
          ['Importo lordo', `${it(amount)} (${amount / 1000 === 3 ? 'tremila' : amount / 1000 === 4 ? 'quattromila' : 'cinquemila'}/00)`],
          ['Modalità di erogazione', `due rate di ${it(amount / 2)} (dicembre e aprile)`],
          ['Posizione in graduatoria', `${g.int(1, 12)}° su ${g.int(40, 90)} candidati`],
        ], 50, y + 10, 160, 335, 19);
        c.text('Borsa rinnovabile per gli anni successivi:', 50, y + 26, 9.5);
        boxAfter(c, ['Sì', 'No'], 'No', 245, y + 26, 50, 9.5);
        y = para(c, `Per accettare la borsa di studio La preghiamo di restituire il modulo di accettazione allegato, debitamente firmato, entro il ${D.itLong(deadline)}. In mancanza di accettazione entro tale termine la borsa sarà assegnata al candidato successivo in graduatoria. L'importo è soggetto alla normativa fiscale vigente.`, 50, y + 52, 495, 10, 14);
        c.text("Con i migliori auguri per il Suo percorso di studi, porgiamo cordiali saluti.", 50, y + 10, 10);
        c.text('Il Segretario Generale', 360, y + 50, 9.5);
        c.text(g.p(['Dott. Alberto Sangalli', 'Dott.ssa Elena Rinaldi']), 360, y + 64, 10, c.bold);
        c.text('Allegato: modulo di accettazione', 50, y + 100, 8.5, c.font, true);
        footer(c, `${body} · ente senza scopo di lucro · bando approvato il ${D.slashed(`${start}-03-15`)} · www.fondazione.it`, c.height - 30, 50);
        return { c, key: { recipient_name: name, scholarship_name: award, awarding_body: body, student_id: id, award_amount: amount, academic_year: year, acceptance_deadline: deadline, renewable: false } };
      },
    },
    {
      // A US university's award notification (scanned): boxed cells for the student, the scholarship among other aid
      // (a grant and a loan) in a table of terms and totals, the renewal as a crossed box, a respond-by cell.
      image: -0.4,
      make: async (g) => {
        const c = await canvas([612, 640]);
        const body = g.p(['Westbrook University', 'Carroll State University']);
        const award = g.p(["Presidential Merit Scholarship", "Dean's Leadership Scholarship", 'Founders Scholarship']);
        const name = g.p(['Emily Novak', 'Marcus Johnson', 'Sofia Ramirez']);
        const id = `W${g.n(8)}`;
        const start = g.int(2024, 2026);
        const year = `${start}-${start + 1}`;
        const sent = `${start}-${pad(g.int(3, 4))}-${pad(g.int(1, 28))}`;
        const deadline = `${start}-05-01`;
        const amount = g.p([4000, 6000, 8000, 10000]);
        const pell = g.p([0, 2400, 4100]);
        const loan = 3500;
        c.text(body.toUpperCase(), 40, 45, 15, c.bold);
        c.text('Office of Student Financial Aid · 100 College Hill Road · finaid@university.edu · (555) 555-0120', 40, 59, 8, c.font, true);
        c.text('SCHOLARSHIP AWARD NOTIFICATION', 40, 90, 13, c.bold);
        cell(c, 'STUDENT NAME', name, 40, 105, 230);
        cell(c, 'STUDENT ID', id, 275, 105, 110);
        cell(c, 'AID YEAR', year, 390, 105, 85);
        cell(c, 'DATE SENT', D.usSlashed(sent), 480, 105, 92);
        let y = para(c, `Congratulations! You have been selected to receive the ${award} from ${body}. Your complete financial aid offer for the ${year} aid year is shown below. Amounts are divided equally between the fall and spring semesters.`, 40, 160, 532, 10, 14);
        y = table(c, y + 10, [[40, 'Award', false], [350, 'Fall', true], [450, 'Spring', true], [572, 'Total', true]], [
          [award, M.usd(amount / 2), M.usd(amount / 2), M.usd(amount)],
          ...(pell ? [['Federal Pell Grant', M.usd(pell / 2), M.usd(pell / 2), M.usd(pell)]] : []),
          ['Federal Direct Subsidized Loan', M.usd(loan / 2), M.usd(loan / 2), M.usd(loan)],
          ['Total financial aid', M.usd((amount + pell + loan) / 2), M.usd((amount + pell + loan) / 2), M.usd(amount + pell + loan)],
        ], 16, true);
        c.text('Scholarship terms:', 40, y + 18, 9.5, c.bold);
        tick(c, 'Renewable for up to four years with a cumulative GPA of 3.25 or higher and full-time enrollment', true, 40, y + 36);
        tick(c, 'One-time award, not renewable', false, 40, y + 54);
        cell(c, 'RESPOND BY', D.usSlashed(deadline), 40, y + 72, 120);
        cell(c, 'ESTIMATED COST OF ATTENDANCE', M.usd(g.p([38450, 42980, 29760])), 165, y + 72, 200);
        cell(c, 'EXPECTED FAMILY CONTRIBUTION', M.usd(g.p([3200, 8750, 12400])), 370, y + 72, 202);
        para(c, 'To accept your scholarship, log in to the student portal and accept or decline each award by the respond-by date. Awards not accepted by that date may be cancelled and offered to other students.', 40, y + 125, 532, 8.5, 12);
        underLine(c, 'Director of Student Financial Aid', g.p(['Linda Okafor', 'Gregory Hansen']), 40, y + 190, 220);
        return { c, key: { recipient_name: name, scholarship_name: award, awarding_body: body, student_id: id, award_amount: amount, academic_year: year, acceptance_deadline: deadline, renewable: true } };
      },
    },
  ],
};

/** 5. Blood donor cards. */
const GROUPS = ['A+', 'A-', 'B+', 'B-', 'AB+', 'AB-', 'O+', 'O-'];
/** A blood group as donor services hand them out: O and A most often. */
const bloodGroup = (g: Rng) => g.p(['O+', 'O+', 'A+', 'A+', 'B+', 'O-', 'A-', 'AB+', 'B-', 'AB-']);
/** A donor's card face: a frame with the issuer's band across its top. */
const cardFace = (c: Canvas, x: number, y: number, w: number, h: number, head: string) => {
  c.page.drawRectangle({ x, y: c.height - y - h, width: w, height: h, borderWidth: 1.2, borderColor: rgb(0.3, 0.3, 0.3) });
  band(c, head, x, y, w, 8);
};
const donor: Kind = {
  name: 'blood-donor-card',
  fields: [
    ['donor_name', 'string', "Donor's name"],
    ['donor_number', 'string', 'Donor ID number'],
    ['blood_group', 'enum', 'Blood group', GROUPS],
    ['date_of_birth', 'date', 'Date of birth'],
    ['last_donation_date', 'date', 'When did the donor last give blood?'],
    ['donation_count', 'integer', 'Number of donations made so far'],
    ['next_donation_date', 'date', 'Earliest date the donor can give blood again'],
  ],
  documents: [
    {
      // A UK donor card, front and back: the name unlabelled in bold, the group large in a box, "donor since" as a
      // decoy; on the back the latest donations numbered in a ruled record, so the count is the last number in it.
      make: async (g) => {
        const c = await canvas([600, 250]);
        const [name, female] = g.p<[string, boolean]>([['Rebecca Thornton', true], ['Aled Pritchard', false], ['Grace Mensah', true], ['Stuart Mackenzie', false]]);
        const id = `${letters(g, 1)}${g.n(6)} ${letters(g, 1)}`;
        const group = bloodGroup(g);
        const dob = birthDate(g);
        const count = g.int(6, 48);
        const last = someDate(g);
        const gap = female ? 112 : 84;
        const next = plusDays(last, gap);
        const since = Math.max(Number(dob.slice(0, 4)) + 18, Number(last.slice(0, 4)) - Math.ceil(count / 3));
        const records = Array.from({ length: 4 }, (_, k) => [String(count - 3 + k), D.slashed(plusDays(last, -(3 - k) * (gap + g.int(3, 40)))), g.p(['Leeds Donor Centre', 'York Racecourse', 'Harrogate Town Hall', 'Hull St Stephen\'s'])]);
        records[3][1] = D.slashed(last);
        cardFace(c, 20, 30, 270, 175, 'NORTHERN COUNTIES BLOOD SERVICE');
        c.text('BLOOD DONOR', 30, 70, 14, c.bold);
        c.text('Give blood. Save lives.', 30, 82, 7, c.font, true);
        c.text(name, 30, 112, 13, c.bold);
        grid(c, [['Donor no.:', id], ['Date of birth:', D.slashed(dob)], ['Donor since:', String(since)]], 30, 105, 132, 14);
        c.box(205, 95, 75, 60);
        c.text('BLOOD GROUP', 212, 106, 6.5, c.font, true);
        centre(c, group.replace(/[+-]/, ''), 132, 20, c.bold, 205, 280);
        centre(c, `RhD ${group.endsWith('+') ? 'positive' : 'negative'}`, 148, 8.5, c.font, 205, 280);
        c.text('Please carry this card and bring it when you donate.', 30, 195, 6.5, c.font, true);
        cardFace(c, 310, 30, 270, 175, 'DONATION RECORD');
        ruled(c, 318, 55, [[34, 'No.'], [70, 'Date'], [150, 'Session']], records, 17, 8);
        c.text('Next donation from:', 318, 160, 8.5, c.bold);
        c.text(D.ukLong(next), 410, 160, 9.5);
        c.text('Book at nchs-blood.org.uk or call 0300 555 2323', 318, 178, 7, c.font, true);
        c.text(`Card issued ${D.slashed(plusDays(last, -g.int(400, 900)))}`, 318, 195, 6.5, c.font, true);
        return { c, key: { donor_name: name, donor_number: id, blood_group: group, date_of_birth: dob, last_donation_date: last, donation_count: count, next_donation_date: next } };
      },
    },
    {
      // A Spanish regional transfusion centre's donor card (carné de donante): labels above values in boxed cells,
      // the group split into an ABO cell (with a zero for O) and an Rh cell, crossed boxes for plasma and marrow.
      make: async (g) => {
        const c = await canvas([440, 300]);
        const [name, female] = g.p<[string, boolean]>([['María Isabel García López', true], ['Javier Moreno Castillo', false], ['Lucía Fernández Ortega', true], ['Sergio Navarro Blanco', false]]);
        const id = `${g.n(2)}-${g.n(7)}`;
        const group = bloodGroup(g);
        const dob = birthDate(g);
        const count = g.int(3, 60);
        const last = someDate(g);
        const next = plusDays(last, female ? 120 : 60);
        const issued = plusDays(last, -g.int(200, 1500));
        cardFace(c, 15, 15, 410, 270, 'CENTRO DE TRANSFUSIÓN DE ANDALUCÍA ORIENTAL · JUNTA DE ANDALUCÍA');
        c.text('CARNÉ DE DONANTE DE SANGRE', 25, 50, 13, c.bold);
        c.text('Dona sangre, comparte vida', 25, 62, 7.5, c.font, true);
        cell(c, 'NOMBRE Y APELLIDOS', name, 25, 72, 270);
        cell(c, 'N.º DE DONANTE', id, 300, 72, 115);
        cell(c, 'FECHA DE NACIMIENTO', D.slashed(dob), 25, 106, 130);
        cell(c, 'DNI', `${g.n(8)}${letters(g, 1)}`, 160, 106, 135);
        c.box(300, 106, 115, 64);
        c.text('GRUPO ABO', 304, 114, 6.5, c.font, true);
        c.text(group.replace(/[+-]/, '').replace('O', '0'), 320, 138, 18, c.bold);
        c.text('FACTOR Rh (D)', 304, 152, 6.5, c.font, true);
        c.text(group.endsWith('+') ? 'Positivo' : 'Negativo', 304, 165, 10);
        cell(c, 'DONACIONES REALIZADAS', String(count), 25, 140, 130);
        cell(c, 'ÚLTIMA DONACIÓN', D.esLong(last), 160, 140, 135);
        c.text('Próxima donación a partir del:', 25, 195, 9);
        c.box(165, 183, 100, 17);
        c.text(D.slashed(next), 171, 195, 10, c.bold);
        tick(c, 'Donante de plasma', g.r() < 0.5, 25, 220, 8.5);
        tick(c, 'Inscrito/a en el Registro de Donantes de Médula Ósea (REDMO)', g.r() < 0.5, 140, 220, 8.5);
        c.text(`Fecha de expedición: ${D.slashed(issued)}`, 25, 250, 7.5, c.font, true);
        c.text('Presente este carné en cada donación. Información: 900 555 303', 25, 262, 7.5, c.font, true);
        return { c, key: { donor_name: name, donor_number: id, blood_group: group, date_of_birth: dob, last_donation_date: last, donation_count: count, next_donation_date: next } };
      },
    },
    {
      // A US blood centre's donor card (scanned): a two-column table of shaded labels, the group in capitals with "NEG" or
      // "POS", the lifetime count beside a gallon pin as a decoy, the eligibility date on a line of its own.
      image: 0.5,
      make: async (g) => {
        const c = await canvas([420, 300]);
        const name = g.p(['Travis Holloway', 'Megan Schultz', 'Andre Baptiste', 'Kelsey Brandt']);
        const id = `HBC${g.n(7)}`;
        const group = bloodGroup(g);
        const dob = birthDate(g);
        const count = g.int(8, 80);
        const last = someDate(g);
        const next = plusDays(last, 56);
        cardFace(c, 15, 15, 390, 270, 'HEARTLAND BLOOD CENTERS');
        c.text('DONOR CARD', 25, 52, 14, c.bold);
        c.text('1-800-555-0199 · heartlandblood.org', 260, 52, 7, c.font, true);
        kv(c, [
          ['Name', name],
          ['Donor ID', id],
          ['ABO / Rh', `${group.replace(/[+-]/, '')} ${group.endsWith('+') ? 'POS' : 'NEG'}`],
          ['Date of birth', D.usSlashed(dob)],
          ['Last donation', D.usSlashed(last)],
          ['Lifetime donations', `${count} (${Math.floor(count / 8)}-gallon pin)`],
        ], 25, 64, 120, 250, 21, 10);
        c.text('Eligible to donate again on or after:', 25, 210, 9.5, c.bold);
        c.text(D.usShort(next), 25, 226, 12, c.bold);
        c.text(`Card printed ${D.usSlashed(plusDays(last, 2))}. Whole blood donors may give every 56 days.`, 25, 262, 7.5, c.font, true);
        return { c, key: { donor_name: name, donor_number: id, blood_group: group, date_of_birth: dob, last_donation_date: last, donation_count: count, next_donation_date: next } };
      },
    },
  ],
};

/** 6. Equipment hire agreements (tools and machinery). */
const hire: Kind = {
  name: 'equipment-hire-agreement',
  fields: [
    ['agreement_number', 'string', 'Hire agreement number'],
    ['hirer_name', 'string', 'Who is hiring the equipment (customer)?'],
    ['equipment', 'string', 'Main machine or tool hired'],
    ['hire_start_date', 'date', 'Hire start date'],
    ['hire_end_date', 'date', 'Date the equipment is due back'],
    ['daily_rate', 'number', 'Hire rate per day'],
    ['security_deposit', 'number', 'Security deposit amount'],
    ['delivery_to_site', 'boolean', 'Is the equipment delivered to site?'],
  ],
  documents: [
    {
      // A UK plant hire contract: hirer and site in address blocks (the site contact a decoy name), on- and off-hire in
      // cells, day and week rates side by side in the hire table, transport as a checkbox row, the deposit in a grid.
      make: async (g) => {
        const c = await canvas([595, 800]);
        const num = `HC${g.n(6)}`;
        const [hirer, hAddr] = g.p([['Brackley Groundworks Ltd', ['Unit 3, Tove Valley Business Park', 'Towcester NN12 6PF']], ['M. Hussain Building Services', ['48 Evington Road', 'Leicester LE2 1HG']], ['Fenland Landscapes Ltd', ['The Old Dairy, Station Road', 'March PE15 8SS']]]);
        const [code, equipment, day, week] = g.p<[string, string, number, number]>([['03/0150', 'Mini excavator 1.5 t (Kubota KX015-4)', 145, 435], ['07/0210', 'Tracked dumper 1 t high-tip', 98, 294], ['12/0032', 'Petrol floor saw 450 mm', 62, 186], ['05/0118', 'Ride-on roller 800 mm twin drum', 112, 336]]);
        const start = someDate(g);
        const days = g.int(2, 6);
        const end = plusDays(start, days);
        const deposit = g.p([250, 300, 500]);
        const delivered = true;
        const contact = g.p(['Dean Walsh', 'Kerry Bishop', 'Mo Ahmed']);
        letterhead(c, 'Brennan Plant & Tool Hire Ltd', ['Northampton Depot · Brackmills Industrial Estate, Northampton NN4 7PB · 01604 555 860 · hire@brennanplant.co.uk'], 40, 50, 15, 555);
        c.text('HIRE CONTRACT', 40, 100, 14, c.bold);
        c.right('Terms: CPA Model Conditions for the Hiring of Plant', 555, 100, 7.5);
        cell(c, 'Contract no.', num, 40, 112, 120);
        cell(c, 'Account no.', `${hirer.slice(0, 3).toUpperCase()}${g.n(3)}`, 165, 112, 110);
        cell(c, 'Customer order no.', `PO-${g.n(5)}`, 280, 112, 130);
        cell(c, 'Date of contract', D.slashed(plusDays(start, -g.int(1, 6))), 415, 112, 140);
        block(c, 'Hirer', [hirer, ...hAddr], 40, 152, 255, 66, 9.5);
        block(c, 'Delivery / site address', [`${g.p(['Land off Watling Street', 'Plot 14, Meadow View', 'Rear of 22 High Street'])}`, `${g.p(['Daventry NN11 4AB', 'Market Harborough LE16 7PZ', 'Wisbech PE13 1AB'])}`, `Site contact: ${contact}, 07${g.p(['7', '8'])}${g.n(2)} ${g.n(6)}`], 300, 152, 255, 66, 9);
        cell(c, 'On hire', `${D.slashed(start)}  08:00`, 40, 226, 170);
        cell(c, 'Expected off hire', `${D.slashed(end)}  17:00`, 215, 226, 170);
        cell(c, 'Minimum hire period', '1 day', 390, 226, 165);
        let y = table(c, 285, [[40, 'Item', false], [100, 'Description', false], [340, 'Qty', true], [400, 'Day £', true], [460, 'Week £', true], [555, 'Est. charge £', true]], [
          [code, equipment, '1', M.plain(day), M.plain(week), M.plain(Math.min(day * days, week))],
          ['90/0001', 'Delivery and collection', '1', '', '', M.plain(g.p([65, 80, 95]))],
          ['99/0005', 'Damage waiver 12% of hire', '1', '', '', M.plain(cents(Math.min(day * days, week) * 0.12))],
        ], 17);
        c.text('Hire is charged per day up to the week rate; part days count as a full day. All prices exclude VAT.', 40, y + 2, 7.5, c.font, true);
        checkboxes(c, 'Transport:', ['Delivered to site by Brennan', 'Collected by hirer from depot'], 'Delivered to site by Brennan', 40, y + 30, 175);
        y = grid(c, [['Security deposit taken:', `${M.gbp(deposit)} (card, refundable on return)`], ['Fuel supplied:', 'Full tank - refuel or pay £2.20/litre'], ['Hours meter out:', group(g.int(300, 4200) + g.int(0, 9) / 10, ',', '.', 1)]], 40, 170, y + 58, 15);
        para(c, 'The hirer accepts the equipment in good working order and is responsible for it from delivery until collection. Off-hire must be called in to the depot; hire continues until then.', 40, y + 15, 515, 8, 11);
        underLine(c, 'Signed for the hirer', '', 40, y + 85, 230);
        underLine(c, 'Print name', g.p(['Lee Brackley', 'Imran Hussain', 'Paul Denton']), 320, y + 85, 235);
        footer(c, 'Brennan Plant & Tool Hire Ltd · Registered in England No. 03918274 · VAT GB 705 2281 46', c.height - 30, 40);
        return { c, key: { agreement_number: num, hirer_name: hirer, equipment, hire_start_date: start, hire_end_date: end, daily_rate: day, security_deposit: deposit, delivery_to_site: delivered } };
      },
    },
    {
      // A Portuguese hire contract (contrato de aluguer): the parties, the machine, the period, the price, the deposit
      // and the transport each only inside the sentences of numbered clauses, the place and date above the signatures.
      make: async (g) => {
        const c = await canvas();
        const [hirer, seat] = g.p([['Construções Ribeiro & Filhos, Lda.', 'Rua do Souto, 112, 4700-329 Braga'], ['Remodelar Já - Obras e Acabamentos, Unip. Lda.', 'Avenida da Liberdade, 45, 3810-125 Aveiro'], ['Jardins do Mondego, Lda.', 'Rua Ferreira Borges, 80, 3000-180 Coimbra']]);
        const [equipment, serial, day] = g.p<[string, string, number]>([['Mini-escavadora Kubota KX019-4', `KBT${g.n(6)}`, 95], ['Martelo demolidor Hilti TE 1000-AVR', `HT${g.n(8)}`, 38], ['Plataforma elevatória articulada Genie Z-34/22', `GZ${g.n(7)}`, 165], ['Gerador Atlas Copco QAS 20', `AC${g.n(7)}`, 72]]);
        const start = someDate(g);
        const num = `AL-${start.slice(0, 4)}/${g.n(4)}`;
        const days = g.int(3, 12);
        const end = plusDays(start, days);
        const deposit = g.p([300, 500, 750, 1000]);
        const delivered = g.r() < 0.5;
        const transport = g.p([45, 60, 85]);
        const pt = (v: number) => `${group(v, '.', ',')} €`;
        const signed = plusDays(start, -g.int(1, 5));
        letterhead(c, 'Alugatudo - Aluguer de Máquinas e Ferramentas, Lda.', [`Zona Industrial da Maia, Lote 27, 4470-605 Maia · NIPC 5${g.n(8)} · Tel. 229 555 410 · geral@alugatudo.pt`], 50, 50, 13.5, 545);
        centre(c, 'CONTRATO DE ALUGUER DE EQUIPAMENTO', 110, 14, c.bold);
        centre(c, `Contrato n.º ${num}`, 126, 10);
        let y = para(c, `Entre ALUGATUDO - Aluguer de Máquinas e Ferramentas, Lda., com sede na Zona Industrial da Maia, adiante designada por LOCADORA, e ${hirer}, NIF 5${g.n(8)}, com sede em ${seat}, representada por ${g.p(['Manuel Ribeiro', 'Ana Sofia Teixeira', 'Rui Carvalho'])}, adiante designada por LOCATÁRIA, é celebrado o presente contrato, que se rege pelas cláusulas seguintes:`, 50, 155, 495, 10, 14);
        const clause = (n: string, title: string, text: string) => {
          c.text(`Cláusula ${n} - ${title}`, 50, y + 12, 10, c.bold);
          y = para(c, text, 50, y + 28, 495, 10, 14);
        };
        clause('1.ª', 'Objeto', `A LOCADORA dá de aluguer à LOCATÁRIA o seguinte equipamento: ${equipment}, n.º de série ${serial}, em bom estado de conservação e funcionamento, acompanhado do respetivo manual de instruções.`);
        clause('2.ª', 'Prazo', `O aluguer tem início em ${D.ptLong(start)} e termo em ${D.ptLong(end)}, data em que o equipamento deve ser devolvido. A prorrogação do prazo depende de acordo escrito entre as partes.`);
        clause('3.ª', 'Preço', `A LOCATÁRIA pagará à LOCADORA o preço de ${pt(day)} por dia de aluguer, acrescido de IVA à taxa legal em vigor, num total estimado de ${pt(cents(day * (days + 1)))} para o período acordado, a liquidar no ato da devolução.`);
        clause('4.ª', 'Caução', `Na data de assinatura do presente contrato, a LOCATÁRIA entrega à LOCADORA uma caução no valor de ${pt(deposit)}, que será restituída após a devolução do equipamento nas condições em que foi entregue.`);
        clause('5.ª', 'Transporte', delivered
          ? `O equipamento será entregue e recolhido pela LOCADORA na obra da LOCATÁRIA, sita em ${g.p(['Guimarães', 'Ílhavo', 'Condeixa-a-Nova'])}, pelo valor de ${pt(transport)} por cada deslocação.`
          : 'O equipamento será levantado e devolvido pela LOCATÁRIA nas instalações da LOCADORA, na Maia, correndo o transporte por conta e risco da LOCATÁRIA.');
        clause('6.ª', 'Responsabilidade', 'A LOCATÁRIA é responsável pela guarda e boa utilização do equipamento, respondendo por quaisquer danos, furto ou extravio ocorridos durante o período do aluguer.');
        c.text(`Maia, ${D.ptLong(signed)}`, 50, y + 16, 10);
        underLine(c, 'A LOCADORA', '', 50, y + 75, 210);
        underLine(c, 'A LOCATÁRIA', '', 335, y + 75, 210);
        footer(c, 'Feito em duplicado, ficando um exemplar na posse de cada uma das partes.', c.height - 30, 50);
        return { c, key: { agreement_number: num, hirer_name: hirer, equipment, hire_start_date: start, hire_end_date: end, daily_rate: day, security_deposit: deposit, delivery_to_site: delivered } };
      },
    },
    {
      // A US rental store's counter ticket (scanned), in capitals: "LABEL: value" rows in two columns, the 4-hour, day,
      // week and 4-week rates as the column headings of a one-row table, pick-up or delivery as boxes after the words.
      image: -0.5,
      make: async (g) => {
        const c = await canvas([612, 560]);
        const num = g.n(7);
        const hirer = g.p(['RYAN OSTROWSKI', 'DELGADO CONCRETE LLC', 'PATRICIA WEBB', 'TRI-COUNTY FENCE CO']);
        const [equipment, rates] = g.p<[string, number[]]>([['WALK-BEHIND TRENCHER 24IN', [95, 140, 560, 1680]], ['STUMP GRINDER 13HP', [110, 165, 660, 1980]], ['SKID STEER LOADER BOBCAT S70', [189, 279, 1116, 3348]], ['CONCRETE MIXER 9 CU FT TOWABLE', [60, 85, 340, 1020]]]);
        const day = rates[1];
        const start = someDate(g);
        const days = g.int(1, 4);
        const end = plusDays(start, days);
        const deposit = g.p([100, 150, 250]);
        const time = `${g.int(7, 11)}:${g.p(['00', '15', '30', '45'])} AM`;
        c.text('GRANITE RIDGE RENTAL & SUPPLY', 40, 45, 15, c.bold);
        c.text('1450 INDUSTRIAL PKWY · SPRINGFIELD, MO 65803 · (417) 555-0188', 40, 59, 8, c.font, true);
        c.text('RENTAL CONTRACT', 40, 88, 13, c.bold);
        c.right(`NO. ${num}`, 572, 88, 12, c.bold);
        grid(c, [['CUSTOMER:', hirer], ['PHONE:', `(417) 555-${g.n(4)}`], ['JOB SITE:', `${g.int(100, 9900)} ${g.p(['S CAMPBELL AVE', 'E SUNSHINE ST', 'W REPUBLIC RD'])}`], ['WRITTEN BY:', g.p(['KYLE', 'DONNA', 'JIM'])]], 40, 120, 118, 15, c.bold);
        grid(c, [['DATE OUT:', `${D.usSlashed(start)} ${time}`], ['DUE BACK:', `${D.usSlashed(end)} ${time}`], ['PO #:', g.n(5)], ['CUST #:', g.n(6)]], 330, 410, 118, 15, c.bold);
        let y = table(c, 200, [[40, 'QTY', false], [75, 'EQUIPMENT', false], [370, '4 HR', true], [430, 'DAY', true], [500, 'WEEK', true], [572, '4 WEEK', true]], [
          ['1', equipment, M.plain(rates[0]), M.plain(rates[1]), M.plain(rates[2]), M.plain(rates[3])],
        ], 16);
        y = table(c, y + 10, [[40, 'CHARGES', false], [572, 'AMOUNT', true]], [
          [`RENTAL ${days} DAY(S) @ ${M.plain(day)}`, M.usd(day * days)],
          ['DAMAGE WAIVER 15%', M.usd(cents(day * days * 0.15))],
          ['ENVIRONMENTAL FEE', M.usd(9.5)],
          ['ESTIMATED TOTAL', M.usd(cents(day * days * 1.15 + 9.5))],
        ], 15, true);
        c.text('DEPOSIT (CARD PRE-AUTH):', 40, y + 14, 10, c.bold);
        c.text(M.usd(deposit), 200, y + 14, 10);
        boxAfter(c, ['CUSTOMER PICKUP', 'DELIVERY'], 'CUSTOMER PICKUP', 330, y + 14, 130, 10);
        c.text('CUSTOMER IS RESPONSIBLE FOR THE EQUIPMENT UNTIL IT IS RETURNED. LATE RETURNS ARE CHARGED AT THE DAY RATE.', 40, y + 45, 7.5, c.font, true);
        c.text('FUEL NOT REPLACED IS CHARGED AT $6.50/GAL. CALL 811 BEFORE YOU DIG.', 40, y + 56, 7.5, c.font, true);
        underLine(c, 'CUSTOMER SIGNATURE', '', 40, y + 100, 240);
        underLine(c, 'DATE', D.usSlashed(start), 330, y + 100, 120);
        return { c, key: { agreement_number: num, hirer_name: hirer, equipment, hire_start_date: start, hire_end_date: end, daily_rate: day, security_deposit: deposit, delivery_to_site: false } };
      },
    },
  ],
};

// ---- The set ---------------------------------------------------------------------------------------------
const KINDS = [lading, venue, phone, scholarship, donor, hire];
await writeKinds(here, KINDS, 9277, 211);
