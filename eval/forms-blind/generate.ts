// Generates eval/forms-blind: six kinds of form no other set has, written without reading the offline extractor
// (nothing under src/engine/offline was opened), to measure how it does on kinds nobody tuned it for. Each kind
// has a folder of its own with the schema a user would write (eval/forms-blind/<kind>/{docs,key,schema.json}):
// traffic fines, repair orders, course certificates, timesheets, pet vaccination records and loan statements,
// three of each — one English, one in Italian, German, French, Spanish or Portuguese (English field names), one
// rendered to a degraded image the reader OCRs. Labels as real forms print them, values as printed; the keys hold
// what a user expects back (ISO dates, plain numbers, one of the enum's options).
// Run: npx tsx eval/forms-blind/generate.ts
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Rng } from '../support/random.ts';
import { cents, group, pad, plusDays, ymd } from '../support/formats.ts';
import { DATES, MONEY, someDate } from '../support/form-values.ts';
import { canvas, type Canvas } from '../support/canvas.ts';
import { cell, checkboxes, grid, headed, table, underLine } from '../support/form-blocks.ts';
import { type Kind, writeKinds } from '../support/form-set.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

// ---- Helpers -----------------------------------------------------------------------------------------------

/** `k` capital letters as plates and references print them (no I, O or Q, which plates leave out). */
const letters = (g: Rng, k: number) => Array.from({ length: k }, () => g.p([...'ABCDEFGHJKLMNPRSTUVWXYZ'])).join('');
/** A time of day on the quarter hour between 7:00 and 19:45. */
const clock = (g: Rng) => `${pad(g.int(7, 19))}:${pad(g.int(0, 3) * 15)}`;
/** Minutes after midnight as "08:15", or with `us` as "8:15 AM". */
const hhmm = (min: number, us = false) => {
  const h = Math.floor(min / 60), m = pad(min % 60);
  return us ? `${((h + 11) % 12) + 1}:${m} ${h < 12 ? 'AM' : 'PM'}` : `${pad(h)}:${m}`;
};
/** The same day `n` months on (the drawn dates stop at the 28th, so every one exists). */
const plusMonths = (iso: string, n: number) => { const [y, m, d] = ymd(iso); return new Date(Date.UTC(y, m - 1 + n, d)).toISOString().slice(0, 10); };
const plusYears = (iso: string, n: number) => plusMonths(iso, 12 * n);
/** The first date on or after `iso` that falls on weekday `dow` (0 = Sunday), where timesheets end their weeks. */
const onOrAfter = (iso: string, dow: number) => plusDays(iso, (dow - new Date(iso).getUTCDay() + 7) % 7);
/** Italian amounts: "€ 1.234,56". */
const eurIt = (v: number) => `€ ${group(v, '.', ',')}`;
/** `t` centred on the page, as certificates set their lines. */
const centre = (c: Canvas, t: string, y: number, size: number, f = c.font) => c.text(t, (c.page.getWidth() - f.widthOfTextAtSize(t, size)) / 2, y, size, f);
/** A totals block: labels at `x`, amounts right-aligned at `x2`, the last line bold. */
const totals = (c: Canvas, rows: [string, string][], x: number, x2: number, y: number, step = 15) => {
  rows.forEach(([l, v], k) => { const f = k === rows.length - 1 ? c.bold : c.font; c.text(l, x, y + k * step, 9, f); c.right(v, x2, y + k * step, 9.5, f); });
  return y + rows.length * step;
};

// ---- Kinds -------------------------------------------------------------------------------------------------

/** 1. Traffic and parking fines. */
const OFFENCES = ['Parking', 'Speeding', 'Red light', 'Bus lane'];
const fine: Kind = {
  name: 'traffic-fine',
  fields: [
    ['notice_number', 'string', 'Penalty notice / citation number'],
    ['offence_date', 'date', 'Date of the offence'],
    ['vehicle_plate', 'string', 'Licence plate of the vehicle'],
    ['amount_due', 'number', 'Amount to pay'],
    ['pay_by_date', 'date', 'Date by which the fine must be paid'],
    ['location', 'string', 'Where the offence took place'],
    ['offence_type', 'enum', 'What the fine is for', OFFENCES],
  ],
  documents: [
    {
      // A UK council penalty charge notice: numbers boxed at the right, "Label: value" rows, amount and pay-by boxed, a tear-off slip.
      make: async (g) => {
        const c = await canvas();
        const [council, town, postcode] = g.p([['London Borough of Hartwell', 'Hartwell', 'HW1 2ZZ'], ['Westbury City Council', 'Westbury', 'WB3 9QT']]);
        const type = g.p(['Parking', 'Bus lane']);
        const [code, what, street] = type === 'Parking'
          ? g.p([['01', 'Parked in a restricted street during prescribed hours', 'Church Street'], ['12', "Parked in a residents' parking place without a valid permit", 'Alma Road'], ['30', 'Parked for longer than permitted', 'Market Parade']])
          : ['34J', 'Being in a bus lane', g.p(['London Road (northbound)', 'Queens Avenue'])];
        const location = `${street}, ${town}`;
        const num = `${town.slice(0, 2).toUpperCase()}${g.n(8)}`;
        const plate = `${letters(g, 2)}${g.n(2)} ${letters(g, 3)}`;
        const date = someDate(g);
        // Officers serve on the windscreen the same day; camera notices come by post a few days later.
        const served = type === 'Parking' ? date : plusDays(date, g.int(2, 5));
        const payBy = plusDays(served, 28);
        const amount = g.p([70, 110, 130]);
        c.text(council, 40, 50, 14, c.bold);
        c.text(`Parking Services · PO Box ${g.n(4)} · ${town} ${postcode}`, 40, 64, 8, c.font, true);
        cell(c, 'PCN NUMBER', num, 370, 35, 185);
        cell(c, 'DATE OF NOTICE', DATES.ukLong(served), 370, 70, 185);
        c.text('PENALTY CHARGE NOTICE', 40, 125, 16, c.bold);
        c.text(`Traffic Management Act 2004 — ${type === 'Parking' ? 'served by a Civil Enforcement Officer' : 'detected by an approved camera device'}`, 40, 139, 8, c.font, true);
        grid(c, [
          ['Vehicle registration mark:', plate],
          ['Vehicle make / colour:', g.p(['Ford Focus, silver', 'Vauxhall Corsa, blue', 'Toyota Yaris, white'])],
          ['Date of contravention:', DATES.slashed(date)],
          ['Time of contravention:', clock(g)],
          ['Location:', location],
          ['Contravention code:', code],
          ['Contravention:', what],
          [type === 'Parking' ? 'Civil Enforcement Officer:' : 'Camera reference:', type === 'Parking' ? `CEO ${g.n(4)}` : `CCTV-${g.n(3)}`],
        ], 40, 180, 170, 18, c.bold);
        c.text('A penalty charge is now payable. Payment must reach us by the date shown below.', 40, 340, 9);
        cell(c, 'AMOUNT DUE', MONEY.gbp(amount), 40, 352, 250);
        cell(c, 'PAY BY', DATES.ukLong(payBy), 295, 352, 260);
        c.text('If the penalty charge is not paid by the date shown, a Charge Certificate may be served and the', 40, 405, 8, c.font, true);
        c.text('amount payable increased by 50%. You may make representations against this notice in writing.', 40, 416, 8, c.font, true);
        c.text('HOW TO PAY', 40, 450, 9, c.bold);
        c.text(`Online at www.${town.toLowerCase()}.gov.uk/pcn or by phone on 0300 555 0${g.n(3)}, quoting the PCN number.`, 40, 464, 9);
        c.rule(40, 555, 520);
        c.text('Cut here and return this slip with your payment', 40, 532, 7.5, c.font, true);
        grid(c, [['PCN number:', num], ['Vehicle registration:', plate], ['Amount enclosed:', '£ ..............']], 40, 170, 555, 16);
        return { c, key: { notice_number: num, offence_date: date, vehicle_plate: plate, amount_due: amount, pay_by_date: payBy, location, offence_type: type } };
      },
    },
    {
      // An Italian municipal police fine (verbale di accertamento): "Label: value" rows, Sì/No boxes, the amounts in a table, dates boxed.
      make: async (g) => {
        const c = await canvas();
        const [city, street] = g.p([['Bologna', 'Via Rizzoli 18'], ['Verona', 'Corso Porta Nuova 45'], ['Torino', 'Corso Vittorio Emanuele II 72']]);
        const location = `${street}, ${city}`;
        const type = g.p(['Parking', 'Speeding']);
        const date = someDate(g);
        const num = `${g.n(6)}/${date.slice(0, 4)}/V`;
        const plate = `${letters(g, 2)}${g.n(3)}${letters(g, 2)}`;
        // The notice reaches the owner weeks later; the 60 days to pay run from that notification.
        const notified = plusDays(date, g.int(20, 60));
        const payBy = plusDays(notified, 60);
        const sanction = type === 'Parking' ? 42 : 173;
        const fees = g.p([12.5, 14.2, 16.8]);
        const total = cents(sanction + fees);
        const limit = g.p([50, 70]);
        c.text(`COMUNE DI ${city.toUpperCase()}`, 40, 50, 14, c.bold);
        c.text('Corpo di Polizia Locale — Ufficio Verbali e Contravvenzioni', 40, 65, 9);
        c.text('VERBALE DI ACCERTAMENTO DI VIOLAZIONE', 40, 105, 14, c.bold);
        c.text('al Codice della Strada (D.Lgs. 285/1992) — artt. 200 e 201', 40, 119, 8, c.font, true);
        grid(c, [
          ['Verbale n.:', num],
          ['Data della violazione:', DATES.slashed(date)],
          ['Ora:', clock(g)],
          ['Luogo della violazione:', location],
          ['Veicolo:', g.p(['Fiat Panda', 'Volkswagen Polo', 'Renault Clio'])],
          ['Targa:', plate],
          ['Norma violata:', type === 'Parking' ? 'Art. 7 c. 1 e 14 C.d.S. — sosta in divieto' : 'Art. 142 c. 8 C.d.S. — eccesso di velocità'],
          type === 'Parking' ? ['Accertamento:', 'diretto da agente'] : ['Velocità rilevata:', `${limit + g.int(11, 35)} km/h (limite ${limit} km/h)`],
        ], 40, 190, 150, 17, c.bold);
        checkboxes(c, 'Contestazione immediata:', ['Sì', 'No'], 'No', 40, 300, 50);
        c.text(type === 'Parking' ? 'Motivo: trasgressore assente al momento dell\'accertamento.' : 'Motivo: accertamento con dispositivo di rilevamento automatico omologato.', 40, 316, 8.5, c.font, true);
        const y = table(c, 350, [[40, 'Voce', false], [555, 'Importo', true]],
          [['Sanzione amministrativa pecuniaria', eurIt(sanction)], ['Spese di accertamento e notifica', eurIt(fees)], ['TOTALE DA PAGARE', eurIt(total)]], 15, true);
        cell(c, 'DATA DI NOTIFICA', DATES.slashed(notified), 40, y + 10, 170);
        cell(c, 'PAGARE ENTRO IL', DATES.slashed(payBy), 215, y + 10, 170);
        cell(c, 'CODICE AVVISO PAGOPA', g.n(18), 390, y + 10, 165);
        c.text('Il pagamento può essere effettuato tramite PagoPA presso banche, uffici postali e tabaccherie.', 40, y + 65, 8, c.font, true);
        c.text('Entro lo stesso termine è ammesso ricorso al Prefetto o al Giudice di Pace.', 40, y + 76, 8, c.font, true);
        return { c, key: { notice_number: num, offence_date: date, vehicle_plate: plate, amount_due: total, pay_by_date: payBy, location, offence_type: type } };
      },
    },
    {
      // A US city notice of violation (scanned): small-caps headings over values, the violation as checkbox rows, fine and due date boxed.
      image: 0.55,
      make: async (g) => {
        const c = await canvas([612, 480]);
        const type = g.p(['Parking', 'Red light']);
        const num = g.n(9);
        const plate = `${g.int(5, 9)}${letters(g, 3)}${g.n(3)}`;
        const location = g.p(['Main St & 4th Ave', '1200 Harbor Blvd', 'Oak St at Elm St']);
        const date = someDate(g);
        const payBy = plusDays(date, 21);
        const amount = type === 'Parking' ? g.p([45, 63]) : g.p([100, 150]);
        c.text('CITY OF RIVERTON', 40, 45, 14, c.bold);
        c.text('Parking & Traffic Enforcement · 250 Civic Center Dr, Riverton, CA 92501', 40, 59, 8, c.font, true);
        c.text('NOTICE OF VIOLATION', 40, 90, 15, c.bold);
        headed(c, [[40, 'CITATION NO.'], [200, 'DATE OF VIOLATION'], [340, 'TIME'], [440, 'OFFICER / UNIT']], [num, DATES.usSlashed(date), hhmm(g.int(28, 76) * 15, true), type === 'Parking' ? `Badge ${g.n(4)}` : 'Camera RL-07'], 120, 572);
        headed(c, [[40, 'LICENSE PLATE'], [200, 'STATE'], [340, 'VEHICLE MAKE'], [440, 'COLOR']], [plate, 'CA', g.p(['Honda', 'Toyota', 'Chevrolet']), g.p(['Gray', 'Black', 'White'])], 160, 572);
        headed(c, [[40, 'LOCATION OF VIOLATION']], [location], 200, 572);
        const parking = type === 'Parking' ? g.p(['Expired meter', 'No parking zone', 'Fire hydrant']) : '';
        checkboxes(c, 'Parking:', ['Expired meter', 'No parking zone', 'Fire hydrant'], parking, 40, 250, 110);
        checkboxes(c, 'Camera:', ['Red light', 'Speed', 'Bus lane'], type === 'Red light' ? 'Red light' : '', 40, 270, 110);
        cell(c, 'FINE AMOUNT', MONEY.usd(amount), 40, 295, 250);
        cell(c, 'PAY BY', DATES.usSlashed(payBy), 300, 295, 272);
        c.text('A late payment penalty of $25.00 is added if payment is not received by the due date.', 40, 350, 8.5, c.font, true);
        c.text('Pay online at riverton.gov/citations or mail a check payable to City of Riverton.', 40, 362, 8.5, c.font, true);
        return { c, key: { notice_number: num, offence_date: date, vehicle_plate: plate, amount_due: amount, pay_by_date: payBy, location, offence_type: type } };
      },
    },
  ],
};

/** 2. Repair orders (garages, appliance repairers). */
const repair: Kind = {
  name: 'repair-order',
  fields: [
    ['order_number', 'string', 'Repair order / job number'],
    ['customer_name', 'string', 'Name of the customer'],
    ['date_in', 'date', 'Date the vehicle or device was brought in'],
    ['item', 'string', 'Vehicle or device being repaired'],
    ['labour_cost', 'number', 'Labour charge'],
    ['total_amount', 'number', 'Total amount to pay'],
    ['technician', 'string', 'Technician who did the repair'],
    ['old_parts_returned', 'boolean', 'Whether the replaced parts go back to the customer'],
  ],
  documents: [
    {
      // A US garage repair order: R.O. number and dates boxed at the right, customer and vehicle cells, labor and parts lines, totals.
      make: async (g) => {
        const c = await canvas([612, 792]);
        const shop = g.p(["Miller's Auto Care", 'Eastside Auto & Tire']);
        const customer = g.p(['Karen Whitaker', 'Luis Ortega', 'Brian Kowalski']);
        const vehicle = g.p(['2018 Honda Civic', '2016 Ford F-150', '2020 Toyota RAV4']);
        const num = `RO-${g.n(6)}`;
        const date = someDate(g);
        const tech = g.p(['Daniel Ruiz', 'Tyler Brooks', 'Andre Wallace']);
        const returned = g.r() < 0.5;
        const [concern, job, hours, parts] = g.p<[string, string, number, [string, number, number][]]>([
          ['Grinding noise when braking', 'Replace front brake pads and rotors', 1.8, [['Front brake pad set', 1, 89.95], ['Front brake rotor', 2, 74.5]]],
          ['Check engine light on, rough idle', 'Diagnose; replace upstream oxygen sensor', 1.2, [['Oxygen sensor (upstream)', 1, 129.99]]],
          ['Overheating in traffic', 'Replace water pump and thermostat', 3.1, [['Water pump', 1, 162.4], ['Thermostat with gasket', 1, 38.75], ['Coolant 1 gal', 2, 21.99]]],
        ]);
        const rate = 145;
        const labour = cents(hours * rate);
        const partsTotal = cents(parts.reduce((s, [, q, p]) => s + q * p, 0));
        const supplies = cents(Math.min(35, labour * 0.05));
        // Sales tax on parts only, as most US states levy it.
        const tax = cents(partsTotal * 0.0725);
        const total = cents(labour + partsTotal + supplies + tax);
        c.text(shop, 40, 50, 14, c.bold);
        c.text('ASE Certified Technicians · 3180 Fulton Ave, Sacramento, CA 95821 · (916) 555-0193', 40, 64, 8, c.font, true);
        c.text(`BAR Reg. ARD00${g.n(5)}`, 40, 76, 8, c.font, true);
        c.text('REPAIR ORDER', 380, 30, 12, c.bold);
        cell(c, 'R.O. NUMBER', num, 380, 38, 192);
        cell(c, 'DATE IN', DATES.usSlashed(date), 380, 73, 94);
        cell(c, 'PROMISED', DATES.usSlashed(plusDays(date, 1)), 478, 73, 94);
        cell(c, 'CUSTOMER', customer, 40, 130, 260);
        cell(c, 'PHONE', `(916) 555-${g.n(4)}`, 305, 130, 130);
        cell(c, 'LICENSE', `${g.int(6, 9)}${letters(g, 3)}${g.n(3)}`, 440, 130, 132);
        cell(c, 'YEAR / MAKE / MODEL', vehicle, 40, 165, 200);
        cell(c, 'VIN', `${g.n(1)}${letters(g, 2)}${g.n(4)}${letters(g, 1)}${g.n(9)}`, 245, 165, 180);
        cell(c, 'MILEAGE IN', group(g.int(18000, 140000), ',', '.', 0), 430, 165, 142);
        c.text('CUSTOMER CONCERN', 40, 220, 8.5, c.bold);
        c.text(`Customer states: ${concern.toLowerCase()}.`, 40, 234, 9.5);
        const y = table(c, 265, [[40, 'TYPE', false], [90, 'DESCRIPTION', false], [400, 'HRS / QTY', true], [480, 'RATE / PRICE', true], [572, 'AMOUNT', true]],
          [['LABOR', job, hours.toFixed(1), MONEY.plain(rate), MONEY.plain(labour)], ...parts.map(([d, q, p]) => ['PARTS', d, String(q), MONEY.plain(p), MONEY.plain(cents(q * p))])]);
        const y2 = totals(c, [['Labor', MONEY.plain(labour)], ['Parts', MONEY.plain(partsTotal)], ['Shop supplies', MONEY.plain(supplies)], ['Sales tax (parts)', MONEY.plain(tax)], ['TOTAL DUE', MONEY.usd(total)]], 400, 572, y + 10);
        grid(c, [['Technician:', tech], ['Tech ID:', g.n(3)]], 40, 110, y + 10, 15, c.bold);
        checkboxes(c, 'Return old parts to customer?', ['Yes', 'No'], returned ? 'Yes' : 'No', 40, y2 + 25, 50);
        c.text('I authorize the above repair work and acknowledge that the shop is not responsible for items left in the vehicle.', 40, y2 + 55, 7.5, c.font, true);
        underLine(c, 'Customer signature', '', 40, y2 + 95, 240);
        underLine(c, 'Date', DATES.usSlashed(date), 320, y2 + 95, 120);
        return { c, key: { order_number: num, customer_name: customer, date_in: date, item: vehicle, labour_cost: labour, total_amount: total, technician: tech, old_parts_returned: returned } };
      },
    },
    {
      // A German garage order (Reparaturauftrag): a row of boxed cells per theme, positions table, net/VAT/gross totals, Altteile boxes.
      make: async (g) => {
        const c = await canvas();
        const [shop, address, prefix] = g.p([['Autohaus Brenner GmbH', 'Industriestraße 14 · 83026 Rosenheim', 'RO'], ['Kfz-Meisterbetrieb Lorenz', 'Nürnberger Straße 88 · 97076 Würzburg', 'WÜ']]);
        const customer = g.p(['Stefan Hartmann', 'Julia Neumann', 'Markus Weber']);
        const vehicle = g.p(['VW Golf VII 1.6 TDI', 'Opel Astra K 1.4', 'BMW 320d Touring']);
        const num = `RA-${g.n(6)}`;
        const date = someDate(g);
        const tech = g.p(['S. Becker', 'T. Yilmaz', 'M. Krüger']);
        const returned = g.r() < 0.5;
        const rate = 118;
        const work: [string, number][] = [['Inspektion nach Herstellervorgabe', 1.5], ['Bremsbeläge vorne erneuern', 1.1]];
        const parts: [string, number, string, number][] = [['Ölfilter', 1, 'Stk.', 14.9], ['Motoröl 5W-30', 5, 'l', 12.4], ['Bremsbelagsatz vorne', 1, 'Satz', 68.5]];
        const labour = cents(work.reduce((s, [, h]) => s + h * rate, 0));
        const partsTotal = cents(parts.reduce((s, [, q, , p]) => s + q * p, 0));
        const net = cents(labour + partsTotal);
        const vat = cents(net * 0.19);
        const total = cents(net + vat);
        const eur = MONEY.eurSuffix;
        c.text(shop, 40, 50, 14, c.bold);
        c.text(`Meisterbetrieb · ${address} · Tel. ${g.n(4)} ${g.n(4)}-0`, 40, 64, 8, c.font, true);
        c.text('REPARATURAUFTRAG', 40, 100, 15, c.bold);
        cell(c, 'Auftrags-Nr.', num, 40, 115, 160);
        cell(c, 'Annahmedatum', DATES.dotted(date), 205, 115, 120);
        cell(c, 'Fertigstellung', DATES.dotted(plusDays(date, 1)), 330, 115, 110);
        cell(c, 'Monteur', tech, 445, 115, 110);
        cell(c, 'Kunde', customer, 40, 150, 250);
        cell(c, 'Telefon', `0${g.n(3)} ${g.n(6)}`, 295, 150, 260);
        cell(c, 'Fahrzeug', vehicle, 40, 185, 200);
        cell(c, 'Amtl. Kennzeichen', `${prefix}-${letters(g, 2)} ${g.int(100, 9999)}`, 245, 185, 110);
        cell(c, 'Km-Stand', group(g.int(20000, 180000), '.', ',', 0), 360, 185, 90);
        cell(c, 'Erstzulassung', `${pad(g.int(1, 12))}/${g.int(2012, 2021)}`, 455, 185, 100);
        c.text('Auftragsumfang / Angaben des Kunden:', 40, 240, 9, c.bold);
        c.text('Inspektion fällig; Schleifgeräusch beim Bremsen vorne.', 40, 254, 9);
        const y = table(c, 285, [[40, 'Pos.', false], [75, 'Bezeichnung', false], [360, 'Menge', true], [450, 'Einzelpreis', true], [555, 'Betrag', true]], [
          ...work.map(([d, h], k) => [String(k + 1), d, `${group(h, '.', ',', 1)} Std.`, eur(rate), eur(cents(h * rate))]),
          ...parts.map(([d, q, u, p], k) => [String(work.length + k + 1), d, `${q} ${u}`, eur(p), eur(cents(q * p))]),
        ]);
        totals(c, [['Arbeitslohn', eur(labour)], ['Ersatzteile', eur(partsTotal)], ['Summe netto', eur(net)], ['MwSt. 19 %', eur(vat)], ['Gesamtbetrag', eur(total)]], 340, 555, y + 10);
        checkboxes(c, 'Altteile:', ['dem Kunden mitgeben', 'entsorgen'], returned ? 'dem Kunden mitgeben' : 'entsorgen', 40, y + 105, 130);
        c.text('Es gelten unsere Allgemeinen Geschäftsbedingungen für Kfz-Reparaturen.', 40, y + 130, 8, c.font, true);
        underLine(c, 'Auftrag erteilt — Unterschrift Kunde', '', 40, y + 175, 220);
        underLine(c, 'Datum', DATES.dotted(date), 300, y + 175, 120);
        return { c, key: { order_number: num, customer_name: customer, date_in: date, item: vehicle, labour_cost: labour, total_amount: total, technician: tech, old_parts_returned: returned } };
      },
    },
    {
      // A UK appliance repairer's job sheet (scanned): small-caps headings over values, fault and work notes, charges, a Yes/No row.
      image: -0.45,
      make: async (g) => {
        const c = await canvas([595, 600]);
        const customer = g.p(['Helen Marsh', 'Graham Doyle']);
        const [appliance, fault, work, part, price] = g.p<[string, string, string, string, number]>([
          ['Bosch washing machine', 'Not draining, error E18', 'Replaced drain pump, cleared filter, test wash OK', 'Drain pump', 48.6],
          ['Hotpoint dishwasher', 'Not heating water', 'Replaced heating element, tested full cycle', 'Heating element', 62.2],
          ['Samsung fridge freezer', 'Freezer icing up, fridge warm', 'Replaced defrost sensor, defrosted evaporator', 'Defrost sensor', 29.95],
        ]);
        const num = `JS${g.n(5)}`;
        const date = someDate(g);
        const engineer = g.p(['Paul Hendry', 'Imran Qureshi']);
        // The other two draw it; here it is No, so the kind has both answers whatever they draw.
        const returned = false;
        const hours = g.p([1, 1.5]);
        const labour = cents(hours * 70);
        const callout = 35;
        const net = cents(labour + price + callout);
        const vat = cents(net * 0.2);
        const total = cents(net + vat);
        c.text('FixRight Appliance Repairs', 40, 45, 15, c.bold);
        c.text('Unit 9, Canal Wharf, Leeds LS11 5PZ · 0113 496 0732 · VAT No. GB 284 5512 09', 40, 59, 8, c.font, true);
        c.text('JOB SHEET', 40, 90, 14, c.bold);
        headed(c, [[40, 'JOB NO.'], [170, 'DATE BOOKED IN'], [310, 'ENGINEER'], [440, 'VISIT DATE']], [num, DATES.slashed(date), engineer, DATES.slashed(plusDays(date, g.int(1, 4)))], 115);
        headed(c, [[40, 'CUSTOMER'], [310, 'TELEPHONE'], [440, 'POSTCODE']], [customer, `07${g.n(3)} ${g.n(6)}`, 'LS6 3HN'], 155);
        headed(c, [[40, 'APPLIANCE'], [310, 'MODEL NO.'], [440, 'SERIAL NO.']], [appliance, `${letters(g, 3)}${g.n(4)}`, g.n(9)], 195);
        c.text('FAULT REPORTED', 40, 240, 8.5, c.bold);
        c.text(fault, 40, 254, 9.5);
        c.text('WORK CARRIED OUT', 40, 275, 8.5, c.bold);
        c.text(work, 40, 289, 9.5);
        const y = table(c, 320, [[40, 'Description', false], [400, 'Qty', true], [555, 'Amount', true]],
          [[`Labour (${hours} hr${hours === 1 ? '' : 's'})`, '', MONEY.plain(labour)], [part, '1', MONEY.plain(price)], ['Call-out charge', '', MONEY.plain(callout)]]);
        totals(c, [['Subtotal', MONEY.gbp(net)], ['VAT 20%', MONEY.gbp(vat)], ['Total', MONEY.gbp(total)]], 400, 555, y + 10);
        checkboxes(c, 'Replaced parts returned to customer?', ['Yes', 'No'], returned ? 'Yes' : 'No', 40, y + 80, 50);
        underLine(c, 'Customer signature', '', 40, y + 120, 200);
        underLine(c, 'Date', DATES.slashed(plusDays(date, 1)), 300, y + 120, 120);
        return { c, key: { order_number: num, customer_name: customer, date_in: date, item: appliance, labour_cost: labour, total_amount: total, technician: engineer, old_parts_returned: returned } };
      },
    },
  ],
};

/** 3. Certificates of completion. */
const MODES = ['In person', 'Online', 'Blended'];
const certificate: Kind = {
  name: 'course-certificate',
  fields: [
    ['participant_name', 'string', 'Name of the person who completed the course'],
    ['course_title', 'string', 'Title of the course'],
    ['completion_date', 'date', 'Date the course was completed'],
    ['hours', 'number', 'Length of the course in hours'],
    ['issuer', 'string', 'Organisation that issued the certificate'],
    ['certificate_id', 'string', 'Certificate number'],
    ['delivery_mode', 'enum', 'How the course was taught', MODES],
  ],
  documents: [
    {
      // A US training certificate, landscape: centred lines in a double border, the delivery mode only in the sentence, the ID at the foot.
      make: async (g) => {
        const c = await canvas([842, 595]);
        const [issuer, domain, prefix] = g.p([['Northbridge Institute of Technology', 'northbridge.edu', 'NIT'], ['Meridian Professional Academy', 'meridianacademy.com', 'MPA']]);
        const name = g.p(['Samantha Reyes', 'Daniel Kim', 'Olivia Hart']);
        const course = g.p(['Advanced Excel for Financial Analysis', 'Project Management Fundamentals', 'Introduction to Data Privacy']);
        const [mode, phrase] = g.p([['In person', 'classroom'], ['Online', 'online'], ['Blended', 'blended-learning']]);
        const hours = g.p([8, 12, 16, 24, 7.5]);
        const date = someDate(g);
        const id = `${prefix}-${date.slice(0, 4)}-${g.n(5)}`;
        c.box(20, 20, 802, 555);
        c.box(28, 28, 786, 539);
        centre(c, issuer.toUpperCase(), 80, 13, c.bold);
        centre(c, 'CERTIFICATE OF COMPLETION', 140, 28, c.bold);
        centre(c, 'This is to certify that', 190, 13);
        centre(c, name, 235, 26, c.bold);
        c.rule(250, 592, 245);
        centre(c, `has successfully completed the ${phrase} course`, 280, 13);
        centre(c, course, 315, 18, c.bold);
        centre(c, `${hours} hours of instruction · completed on ${DATES.usLong(date)}`, 350, 12);
        underLine(c, 'Program Director', g.p(['Dr. Alan Prescott', 'Maria Lindgren']), 120, 470, 220);
        underLine(c, 'Date of issue', DATES.usLong(plusDays(date, 3)), 500, 470, 220);
        c.text(`Certificate ID: ${id}`, 60, 540, 9);
        c.right(`Verify at ${domain}/verify`, 782, 540, 8);
        return { c, key: { participant_name: name, course_title: course, completion_date: date, hours, issuer, certificate_id: id, delivery_mode: mode } };
      },
    },
    {
      // A French training attestation (attestation de fin de formation): letterhead, "Label : value" rows, dates as a from–to range, a modality checkbox row.
      make: async (g) => {
        const c = await canvas();
        const [issuer, city, address] = g.p([['Formapro Conseil', 'Lyon', '24 rue de la République, 69002 Lyon'], ['Institut Lumière Formation', 'Lille', '8 place du Théâtre, 59800 Lille']]);
        const name = g.p(['Camille Durand', 'Julien Moreau', 'Élodie Lefèvre']);
        const course = g.p(["Management d'équipe — niveau 1", 'Sauveteur Secouriste du Travail', 'Excel perfectionnement']);
        const hours = g.p([14, 21, 35, 10.5]);
        const [mode, printed] = g.p([['In person', 'Présentiel'], ['Online', 'À distance'], ['Blended', 'Mixte']]);
        const end = someDate(g);
        const start = plusDays(end, -g.int(1, 4));
        const id = `ATT-${end.slice(0, 4)}-${g.n(4)}`;
        const head = g.p(['Claire Martin', 'Nicolas Bernard']);
        c.text(issuer, 40, 50, 14, c.bold);
        c.text(`Organisme de formation — déclaration d'activité n° ${g.n(11)}`, 40, 64, 8, c.font, true);
        c.text(address, 40, 75, 8, c.font, true);
        centre(c, 'ATTESTATION DE FIN DE FORMATION', 130, 16, c.bold);
        c.text(`Je soussigné(e), ${head}, responsable pédagogique de l'organisme ${issuer},`, 40, 175, 10);
        c.text('atteste que :', 40, 190, 10);
        grid(c, [
          ['Nom et prénom du stagiaire :', name],
          ['Entreprise :', g.p(['Transports Girard SAS', 'Boulangeries Roux SARL'])],
          ['a suivi la formation :', course],
          ['Dates de la formation :', `du ${DATES.slashed(start)} au ${DATES.slashed(end)}`],
          ['Durée totale :', `${group(hours, ' ', ',', hours % 1 ? 1 : 0)} heures`],
          ["Résultat de l'évaluation :", 'objectifs atteints'],
          ["N° d'attestation :", id],
        ], 40, 215, 225, 20);
        checkboxes(c, 'Modalité de la formation :', ['Présentiel', 'À distance', 'Mixte'], printed, 40, 380, 90);
        c.text(`Fait à ${city}, le ${DATES.slashed(plusDays(end, 1))}`, 40, 430, 10);
        underLine(c, "Signature et cachet de l'organisme", head, 330, 490, 225);
        c.text("Attestation délivrée en application de l'article L. 6353-1 du Code du travail.", 40, 560, 7.5, c.font, true);
        return { c, key: { participant_name: name, course_title: course, completion_date: end, hours, issuer, certificate_id: id, delivery_mode: mode } };
      },
    },
    {
      // A UK first-aid / safety training certificate (scanned), landscape: centred award lines, details in boxed cells with an expiry date beside completion.
      image: 0.3,
      make: async (g) => {
        const c = await canvas([842, 595]);
        const [issuer, prefix] = g.p([['St Aldwyn Training Services', 'SAT'], ['Redline Safety Training Ltd', 'RST']]);
        const name = g.p(['Rebecca Ashworth', 'Kwame Mensah', 'Fiona Gallagher']);
        const [course, hours] = g.p<[string, number]>([['Emergency First Aid at Work', 6], ['Fire Marshal Training', 4], ['Manual Handling Awareness', 3]]);
        const mode = g.p(['In person', 'Blended']);
        const date = someDate(g);
        const id = `${prefix}/${g.n(6)}`;
        c.box(24, 24, 794, 547);
        centre(c, issuer, 75, 16, c.bold);
        centre(c, `Registered training centre no. ${g.n(5)}`, 92, 9, c.font);
        centre(c, 'CERTIFICATE', 150, 30, c.bold);
        centre(c, 'This certificate is awarded to', 195, 13);
        centre(c, name, 240, 26, c.bold);
        centre(c, 'for successfully completing', 280, 13);
        centre(c, course, 318, 20, c.bold);
        cell(c, 'CERTIFICATE NO.', id, 60, 380, 170);
        cell(c, 'DATE OF COMPLETION', DATES.ukLong(date), 235, 380, 160);
        cell(c, 'EXPIRY DATE', DATES.ukLong(plusYears(date, 3)), 400, 380, 150);
        cell(c, 'DURATION (HOURS)', String(hours), 555, 380, 100);
        cell(c, 'DELIVERY', mode === 'In person' ? 'Classroom' : 'Blended learning', 660, 380, 122);
        underLine(c, 'Trainer', g.p(['Mark Fletcher', 'Joanne Price']), 60, 490, 250);
        underLine(c, 'Centre manager', g.p(['Susan Whitley', 'Owen Clarke']), 532, 490, 250);
        return { c, key: { participant_name: name, course_title: course, completion_date: date, hours, issuer, certificate_id: id, delivery_mode: mode } };
      },
    },
  ],
};

/** 4. Weekly timesheets. */
/** A worked day of `hours`: the start on the quarter hour from 7:00, a lunch break, the finish (minutes after midnight). */
const shift = (g: Rng, hours: number) => {
  const start = 7 * 60 + g.int(0, 8) * 15;
  const lunch = g.p([30, 45, 60]);
  return { start, lunch, end: start + hours * 60 + lunch };
};
const timesheet: Kind = {
  name: 'timesheet',
  fields: [
    ['employee_name', 'string', 'Name of the employee'],
    ['employee_id', 'string', 'Employee number / ID'],
    ['week_ending', 'date', 'Last day of the week the timesheet covers'],
    ['total_hours', 'number', 'Total hours worked in the week'],
    ['overtime_hours', 'number', 'Overtime hours in the week'],
    ['approver', 'string', 'Supervisor who approved the timesheet'],
    ['department', 'string', 'Department the employee works in'],
  ],
  documents: [
    {
      // A US weekly timesheet: "Label: value" header on two columns, a Sunday-to-Saturday punch table, regular/overtime totals, signature lines.
      make: async (g) => {
        const c = await canvas([612, 792]);
        const name = g.p(['Jessica Morales', 'Kevin Patterson', 'Tanya Brooks']);
        const id = `E${g.n(5)}`;
        const dept = g.p(['Warehouse', 'Shipping & Receiving', 'Maintenance']);
        const supervisor = g.p(['Rebecca Holt', 'Gary Mendoza']);
        // US weeks run Sunday to Saturday, so the week ends on the Saturday.
        const end = onOrAfter(someDate(g), 6);
        const worked = [0, 1, 2, 3, 4, 5, 6].map((k) => (k >= 1 && k <= 5 ? g.p([8, 8, 8.5, 9, 9.5]) : k === 6 && g.r() < 0.5 ? 4 : 0));
        const total = worked.reduce((s, h) => s + h, 0);
        const overtime = Math.max(0, total - 40);
        c.text('Brightline Logistics Inc', 40, 50, 14, c.bold);
        c.text('4400 Airport Rd, Columbus, OH 43219 · Human Resources', 40, 64, 8, c.font, true);
        c.text('WEEKLY TIMESHEET', 40, 100, 16, c.bold);
        grid(c, [['Employee name:', name], ['Employee ID:', id], ['Department:', dept]], 40, 130, 135, 16, c.bold);
        grid(c, [['Week ending:', DATES.usSlashed(end)], ['Supervisor:', supervisor], ['Pay rate:', `$${g.int(17, 26)}.00/hr`]], 340, 420, 135, 16, c.bold);
        const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
        const rows = days.map((day, k) => {
          const date = DATES.usSlashed(plusDays(end, k - 6)).slice(0, 5);
          if (!worked[k]) return [day, date, '', '', '', '', ''];
          const s = shift(g, worked[k]);
          // Short Saturday shifts take no lunch.
          if (worked[k] < 6) return [day, date, hhmm(s.start, true), '', '', hhmm(s.start + worked[k] * 60, true), worked[k].toFixed(2)];
          return [day, date, hhmm(s.start, true), hhmm(s.start + 240, true), hhmm(s.start + 240 + s.lunch, true), hhmm(s.end, true), worked[k].toFixed(2)];
        });
        const y = table(c, 210, [[40, 'DAY', false], [115, 'DATE', false], [240, 'TIME IN', true], [315, 'LUNCH OUT', true], [390, 'LUNCH IN', true], [470, 'TIME OUT', true], [572, 'HOURS', true]], rows, 17);
        const y2 = totals(c, [['Regular hours', (total - overtime).toFixed(2)], ['Overtime hours (over 40)', overtime.toFixed(2)], ['Total hours', total.toFixed(2)]], 400, 572, y + 10);
        c.text('I certify that the hours shown are a true and accurate record of the time I worked.', 40, y2 + 20, 8, c.font, true);
        underLine(c, 'Employee signature', name, 40, y2 + 60, 220);
        underLine(c, 'Date', DATES.usSlashed(end), 300, y2 + 60, 120);
        underLine(c, 'Approved by (supervisor)', supervisor, 40, y2 + 100, 220);
        underLine(c, 'Date', DATES.usSlashed(plusDays(end, 2)), 300, y2 + 100, 120);
        return { c, key: { employee_name: name, employee_id: id, week_ending: end, total_hours: total, overtime_hours: overtime, approver: supervisor, department: dept } };
      },
    },
    {
      // A Spanish weekly working-time record (registro de jornada): boxed cells with the period as a from–to range, a Monday-to-Sunday table, decimal commas.
      make: async (g) => {
        const c = await canvas();
        const name = g.p(['Raúl Domínguez Soto', 'Marta Iglesias Puig', 'Sergio Navarro Gil']);
        const id = g.n(4);
        const dept = g.p(['Almacén', 'Mantenimiento', 'Producción']);
        const approver = g.p(['Antonio Gil Ferrer', 'Pilar Campos Ruiz']);
        // Spanish weeks run Monday to Sunday.
        const end = onOrAfter(someDate(g), 0);
        const start = plusDays(end, -6);
        const worked = [1, 2, 3, 4, 5, 6, 7].map((k) => (k <= 5 ? g.p([8, 8, 8.5, 9, 7.5]) : k === 6 && g.r() < 0.4 ? 5 : 0));
        const total = worked.reduce((s, h) => s + h, 0);
        const overtime = Math.max(0, total - 40);
        const h1 = (v: number) => group(v, '.', ',', 1);
        c.text('Industrias Levantinas del Mueble S.L.', 40, 50, 14, c.bold);
        c.text(`CIF B${g.n(8)} · Polígono Industrial Fuente del Jarro, C/ Ciudad de Sevilla 12, 46988 Paterna (Valencia)`, 40, 64, 8, c.font, true);
        c.text('REGISTRO SEMANAL DE JORNADA', 40, 100, 15, c.bold);
        c.text('Art. 34.9 del Estatuto de los Trabajadores', 40, 114, 8, c.font, true);
        cell(c, 'TRABAJADOR/A', name, 40, 130, 250);
        cell(c, 'NIF', `${g.n(8)}${letters(g, 1)}`, 295, 130, 110);
        cell(c, 'Nº EMPLEADO', id, 410, 130, 145);
        cell(c, 'DEPARTAMENTO', dept, 40, 165, 250);
        cell(c, 'PERIODO', `del ${DATES.slashed(start)} al ${DATES.slashed(end)}`, 295, 165, 260);
        const days = ['Lunes', 'Martes', 'Miércoles', 'Jueves', 'Viernes', 'Sábado', 'Domingo'];
        const rows = days.map((day, k) => {
          const date = DATES.slashed(plusDays(start, k));
          if (!worked[k]) return [day, date, '', '', '', 'descanso'];
          const s = shift(g, worked[k]);
          return [day, date, hhmm(s.start), hhmm(s.end), String(s.lunch), h1(worked[k])];
        });
        const y = table(c, 225, [[40, 'Día', false], [120, 'Fecha', false], [270, 'Entrada', true], [340, 'Salida', true], [430, 'Pausa (min)', true], [555, 'Horas', true]], rows, 17);
        const y2 = totals(c, [['Horas ordinarias', h1(total - overtime)], ['Horas extraordinarias', h1(overtime)], ['Total horas semana', h1(total)]], 340, 555, y + 10);
        c.text('La empresa conservará este registro durante cuatro años a disposición de la persona trabajadora.', 40, y2 + 20, 8, c.font, true);
        underLine(c, 'Firma del trabajador/a', name, 40, y2 + 65, 220);
        underLine(c, 'Conforme, el/la responsable', approver, 300, y2 + 65, 220);
        return { c, key: { employee_name: name, employee_id: id, week_ending: end, total_hours: total, overtime_hours: overtime, approver, department: dept } };
      },
    },
    {
      // A UK agency worker timesheet (scanned): small-caps headings over values, a Monday-to-Sunday table, a client Yes/No box and signature.
      image: -0.3,
      make: async (g) => {
        const c = await canvas([595, 640]);
        const name = g.p(['Liam Fletcher', 'Agnieszka Nowak', 'Connor Walsh']);
        const id = `AP${g.n(6)}`;
        const dept = g.p(['Goods In', 'Despatch', 'Picking & Packing']);
        const approver = g.p(['Dave Harrington', 'Sarah Pollard']);
        const end = onOrAfter(someDate(g), 0);
        const worked = [1, 2, 3, 4, 5, 6, 7].map((k) => (k <= 5 ? g.p([7.5, 8, 8.5, 9]) : k === 6 && g.r() < 0.5 ? 6 : 0));
        const total = worked.reduce((s, h) => s + h, 0);
        // The agency pays overtime beyond a 37.5-hour week.
        const overtime = Math.max(0, total - 37.5);
        c.text('Apex Recruitment Ltd', 40, 45, 15, c.bold);
        c.text('Industrial & Driving Division · 12 Station Road, Harlow CM20 1AA · 01279 555 018', 40, 59, 8, c.font, true);
        c.text('TEMPORARY WORKER TIMESHEET', 40, 90, 13, c.bold);
        headed(c, [[40, 'WORKER NAME'], [230, 'PAYROLL NO.'], [380, 'WEEK ENDING (SUNDAY)']], [name, id, DATES.slashed(end)], 120);
        headed(c, [[40, 'CLIENT'], [230, 'DEPARTMENT'], [380, 'JOB ROLE']], ['Harlow Distribution Centre', dept, 'Warehouse Operative'], 160);
        const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
        const rows = days.map((day, k) => {
          const date = DATES.slashed(plusDays(end, k - 6));
          if (!worked[k]) return [day, date, '', '', '', ''];
          const s = shift(g, worked[k]);
          return [day, date, hhmm(s.start), hhmm(s.end), String(s.lunch), worked[k].toFixed(2)];
        });
        const y = table(c, 210, [[40, 'Day', false], [120, 'Date', false], [250, 'Start', true], [320, 'Finish', true], [410, 'Break (mins)', true], [555, 'Hours', true]], rows, 17);
        totals(c, [['Standard hours', (total - overtime).toFixed(2)], ['Overtime hours (x1.5)', overtime.toFixed(2)], ['Total hours', total.toFixed(2)]], 340, 555, y + 10);
        checkboxes(c, 'Hours agreed by client:', ['Yes', 'No'], 'Yes', 40, y + 85, 50);
        underLine(c, 'Authorised by (print name)', approver, 40, y + 125, 220);
        underLine(c, 'Client signature', '', 300, y + 125, 220);
        c.text('Timesheets must reach the branch by 10:00 on Monday to be paid on Friday.', 40, y + 160, 8, c.font, true);
        return { c, key: { employee_name: name, employee_id: id, week_ending: end, total_hours: total, overtime_hours: overtime, approver, department: dept } };
      },
    },
  ],
};

/** 5. Pet vaccination records. */
const SPECIES = ['Dog', 'Cat', 'Rabbit', 'Ferret'];
const pet: Kind = {
  name: 'pet-vaccination',
  fields: [
    ['pet_name', 'string', "Pet's name"],
    ['species', 'enum', 'Kind of animal', SPECIES],
    ['owner_name', 'string', "Owner's name"],
    ['vaccine', 'string', 'Vaccine given'],
    ['date_given', 'date', 'Date the vaccine was given'],
    ['next_due_date', 'date', 'Date the next dose is due'],
    ['clinic', 'string', 'Veterinary clinic'],
  ],
  documents: [
    {
      // A US rabies vaccination certificate: owner, animal and vaccine sections of boxed cells, species and duration as checkbox rows.
      make: async (g) => {
        const c = await canvas([612, 560]);
        const clinic = g.p(['Maple Grove Animal Hospital', 'Coastal Paws Veterinary Clinic']);
        const [species, name, breed] = g.p([['Dog', 'Buddy', 'Labrador Retriever'], ['Dog', 'Luna', 'Border Collie'], ['Cat', 'Milo', 'Domestic Shorthair'], ['Ferret', 'Bandit', 'Standard']]);
        const owner = g.p(['Jennifer Collins', 'Robert Nguyen', 'Amanda Foster']);
        const [maker, vaccine] = g.p([['Merck Animal Health', 'Nobivac 3-Rabies'], ['Zoetis', 'Defensor 3'], ['Boehringer Ingelheim', 'Imrab 3']]);
        const date = someDate(g);
        const years = g.p([1, 3]);
        const next = plusYears(date, years);
        c.text(clinic, 40, 45, 14, c.bold);
        c.text('2715 Sunset Blvd, Tampa, FL 33629 · (813) 555-0164', 40, 59, 8, c.font, true);
        c.text('RABIES VACCINATION CERTIFICATE', 40, 90, 15, c.bold);
        c.text('OWNER', 40, 115, 9, c.bold);
        cell(c, 'OWNER NAME', owner, 40, 122, 200);
        cell(c, 'ADDRESS', `${g.int(100, 9800)} ${g.p(['Bayshore Dr', 'Palm Ave', 'Cypress St'])}, Tampa, FL`, 245, 122, 207);
        cell(c, 'PHONE', `(813) 555-${g.n(4)}`, 457, 122, 115);
        c.text('ANIMAL', 40, 175, 9, c.bold);
        checkboxes(c, 'Species:', ['Dog', 'Cat', 'Ferret', 'Other'], species, 110, 175, 60);
        cell(c, 'ANIMAL NAME', name, 40, 185, 150);
        cell(c, 'BREED', breed, 195, 185, 150);
        cell(c, 'SEX', g.p(['M', 'F', 'MN', 'FS']), 350, 185, 50);
        cell(c, 'AGE', `${g.int(1, 12)} yrs`, 405, 185, 60);
        cell(c, 'COLOR', g.p(['Black', 'Brown/white', 'Tan']), 470, 185, 102);
        c.text('VACCINE', 40, 240, 9, c.bold);
        cell(c, 'MANUFACTURER', maker, 40, 247, 170);
        cell(c, 'PRODUCT NAME', vaccine, 215, 247, 170);
        cell(c, 'LOT NO.', `${g.n(3)}${letters(g, 1)}${g.n(3)}`, 390, 247, 90);
        cell(c, 'LOT EXPIRATION', `${pad(g.int(1, 12))}/${Number(date.slice(0, 4)) + 1}`, 485, 247, 87);
        cell(c, 'DATE VACCINATED', DATES.usSlashed(date), 40, 282, 170);
        cell(c, 'NEXT VACCINATION DUE BY', DATES.usSlashed(next), 215, 282, 170);
        cell(c, 'RABIES TAG NO.', `${date.slice(0, 4)}-${g.n(5)}`, 390, 282, 182);
        checkboxes(c, 'Vaccine duration:', ['1 year', '3 years'], years === 1 ? '1 year' : '3 years', 40, 345, 70);
        underLine(c, 'Veterinarian (signature / license no.)', `${g.p(['Dr. Karen Liu, DVM', 'Dr. Michael Sato, DVM'])}   Lic. VM${g.n(5)}`, 40, 395, 280);
        underLine(c, 'Date', DATES.usSlashed(date), 360, 395, 120);
        return { c, key: { pet_name: name, species, owner_name: owner, vaccine, date_given: date, next_due_date: next, clinic } };
      },
    },
    {
      // A Portuguese vaccination booklet page (boletim de vacinação): "Nome:" under both the animal and the keeper, a vaccinations table, deworming below.
      make: async (g) => {
        const c = await canvas([595, 700]);
        const clinic = g.p(['Clínica Veterinária do Parque', 'Hospital Veterinário da Foz']);
        const [species, printed, name, breed, vaccine] = g.p([['Dog', 'Cão', 'Bobi', 'Rafeiro do Alentejo', 'Nobivac DHPPi + L4'], ['Dog', 'Cão', 'Nala', 'Labrador Retriever', 'Versican Plus DHPPi/L4'], ['Cat', 'Gato', 'Tareco', 'Europeu comum', 'Purevax RCP'], ['Rabbit', 'Coelho', 'Pipoca', 'Anão holandês', 'Nobivac Myxo-RHD Plus']]);
        const owner = g.p(['Ana Sofia Ribeiro', 'Miguel Ferreira Santos', 'Inês Carvalho']);
        const date = someDate(g);
        const next = plusYears(date, 1);
        const wormed = plusDays(date, -g.int(20, 60));
        c.text(clinic, 40, 50, 14, c.bold);
        c.text(`Rua Fernão de Magalhães ${g.int(10, 200)}, 1000-142 Lisboa · Tel. 21 ${g.n(3)} ${g.n(4)}`, 40, 64, 8, c.font, true);
        c.text('BOLETIM DE VACINAÇÃO', 40, 100, 15, c.bold);
        c.text('IDENTIFICAÇÃO DO ANIMAL', 40, 130, 9, c.bold);
        c.rule(40, 555, 134);
        grid(c, [['Nome:', name], ['Espécie:', printed], ['Raça:', breed], ['Sexo:', g.p(['Macho', 'Fêmea'])]], 40, 120, 152, 16);
        grid(c, [['Data de nasc.:', DATES.slashed(plusDays(plusYears(date, -g.int(1, 9)), -g.int(20, 300)))], ['Microchip:', g.n(15)], ['Pelagem:', g.p(['Preta', 'Castanha', 'Branca e cinzenta'])]], 320, 400, 152, 16);
        c.text('DETENTOR', 40, 235, 9, c.bold);
        c.rule(40, 555, 239);
        grid(c, [['Nome:', owner], ['Morada:', `Av. da Liberdade ${g.int(10, 250)}, ${g.int(1, 9)}.º Esq., 1250-096 Lisboa`], ['Telefone:', `9${g.n(2)} ${g.n(3)} ${g.n(3)}`]], 40, 120, 257, 16);
        c.text('VACINAÇÕES', 40, 330, 9, c.bold);
        const y = table(c, 350, [[40, 'Data', false], [110, 'Vacina', false], [270, 'Lote', false], [340, 'Próxima vacinação', false], [555, 'Médico veterinário', true]],
          [[DATES.slashed(date), vaccine, `${letters(g, 1)}${g.n(6)}`, DATES.slashed(next), g.p(['Dr.ª Sara Lopes', 'Dr. Rui Tavares'])]]);
        c.text('DESPARASITAÇÃO INTERNA', 40, y + 25, 9, c.bold);
        table(c, y + 45, [[40, 'Data', false], [110, 'Produto', false], [400, 'Peso (kg)', true], [555, 'Próxima', true]],
          [[DATES.slashed(wormed), g.p(['Milbemax', 'Drontal']), group(2 + g.r() * 25, '.', ',', 1), DATES.slashed(plusDays(wormed, 90))]]);
        return { c, key: { pet_name: name, species, owner_name: owner, vaccine, date_given: date, next_due_date: next, clinic } };
      },
    },
    {
      // A UK vet's vaccination card (scanned): small-caps headings over values with the species as vets print it (Canine, Feline), the record as a table.
      image: 0.5,
      make: async (g) => {
        const c = await canvas([595, 460]);
        const clinic = g.p(['Oakfield Veterinary Centre', 'Riverside Vets']);
        const [species, printed, name, breed, vaccine] = g.p([['Dog', 'Canine', 'Archie', 'Cocker Spaniel', 'Nobivac L4'], ['Cat', 'Feline', 'Poppy', 'British Shorthair', 'Purevax RCPCh'], ['Rabbit', 'Rabbit', 'Thumper', 'Netherland Dwarf', 'Nobivac Myxo-RHD Plus']]);
        const owner = g.p(['Claire Donnelly', 'Martin Hughes']);
        const date = someDate(g);
        const next = plusYears(date, 1);
        c.text(clinic, 40, 45, 15, c.bold);
        c.text('42 Bridge Street, Shrewsbury SY1 1PT · 01743 555 271 · RCVS accredited practice', 40, 59, 8, c.font, true);
        c.text('VACCINATION CERTIFICATE', 40, 90, 13, c.bold);
        headed(c, [[40, "PET'S NAME"], [180, 'SPECIES'], [300, 'BREED'], [440, 'DATE OF BIRTH']], [name, printed, breed, DATES.slashed(plusDays(plusYears(date, -g.int(1, 8)), -g.int(20, 300)))], 120);
        headed(c, [[40, 'OWNER'], [300, 'ADDRESS']], [owner, `${g.int(2, 80)} Abbey Foregate, Shrewsbury`], 160);
        const y = table(c, 215, [[40, 'Date given', false], [130, 'Vaccine', false], [290, 'Batch no.', false], [370, 'Next due', false], [555, 'Vet', true]],
          [[DATES.slashed(date), vaccine, `${letters(g, 1)}${g.n(5)}`, DATES.slashed(next), g.p(['J. Pearce MRCVS', 'A. Khan MRCVS'])]]);
        c.text('Annual boosters keep protection up. We will send a reminder two weeks before the next due date.', 40, y + 20, 8, c.font, true);
        return { c, key: { pet_name: name, species, owner_name: owner, vaccine, date_given: date, next_due_date: next, clinic } };
      },
    },
  ],
};

/** 6. Loan account statements. */
/** A repayment loan of `amount` at `rate` % a year over `months` after `paid` payments: the payment and each payment's split and balance after it. */
const amortise = (amount: number, rate: number, months: number, paid: number) => {
  const i = rate / 1200;
  const payment = cents((amount * i) / (1 - (1 + i) ** -months));
  const rows: { interest: number; principal: number; balance: number }[] = [];
  let balance = amount;
  for (let k = 0; k < paid; k++) {
    const interest = cents(balance * i);
    const principal = cents(payment - interest);
    balance = cents(balance - principal);
    rows.push({ interest, principal, balance });
  }
  return { payment, rows, balance };
};
const loan: Kind = {
  name: 'loan-statement',
  fields: [
    ['borrower', 'string', 'Name of the borrower'],
    ['account_number', 'string', 'Loan account number'],
    ['statement_date', 'date', 'Date of the statement'],
    ['outstanding_balance', 'number', 'Principal balance still owed'],
    ['installment_amount', 'number', 'Regular monthly payment'],
    ['payment_due_date', 'date', 'Date the next payment is due'],
    ['interest_rate', 'number', 'Annual interest rate in percent'],
  ],
  documents: [
    {
      // A US credit union auto loan statement: a 2x2 grid of boxed cells at the right, a loan summary in "Label: value" rows, last payment's split, a coupon.
      make: async (g) => {
        const c = await canvas([612, 792]);
        const lender = g.p(['Summit Federal Credit Union', 'Lakeshore Auto Finance']);
        const borrower = g.p(['Christopher Lane', 'Monica Alvarez', 'Derek Sullivan']);
        const acct = `${g.n(4)}-${g.n(6)}-${g.n(2)}`;
        const original = g.int(18, 45) * 1000;
        const rate = g.p([4.99, 5.74, 6.49, 7.25]);
        const paid = g.int(8, 40);
        const { payment, rows, balance } = amortise(original, rate, 60, paid);
        const last = rows[rows.length - 1];
        // Payments fall due on the same day each month; the statement goes out three weeks before.
        const due = someDate(g);
        const statement = plusDays(due, -g.int(18, 24));
        c.text(lender, 40, 50, 14, c.bold);
        c.text(`PO Box 7720, Grand Rapids, MI 49510 · 1-800-555-0142 · NMLS #${g.n(6)}`, 40, 64, 8, c.font, true);
        c.text('AUTO LOAN STATEMENT', 40, 110, 15, c.bold);
        cell(c, 'STATEMENT DATE', DATES.usSlashed(statement), 380, 35, 94);
        cell(c, 'ACCOUNT NUMBER', acct, 478, 35, 94);
        cell(c, 'PAYMENT DUE DATE', DATES.usSlashed(due), 380, 70, 94);
        cell(c, 'AMOUNT DUE', MONEY.usd(payment), 478, 70, 94);
        [borrower, `${g.int(100, 9999)} ${g.p(['Lakeview Dr', 'Maple Ave', 'Division St'])}`, 'Grand Rapids, MI 49503'].forEach((t, k) => c.text(t, 40, 145 + k * 13, 10));
        c.text('LOAN SUMMARY', 40, 215, 10, c.bold);
        c.rule(40, 572, 219);
        grid(c, [
          ['Original loan amount:', MONEY.usd(original)],
          ['Outstanding principal balance:', MONEY.usd(balance)],
          ['Interest rate (APR):', `${rate.toFixed(2)}%`],
          ['Regular monthly payment:', MONEY.usd(payment)],
          ['Maturity date:', DATES.usSlashed(plusMonths(due, 59 - paid))],
          ['Payments remaining:', String(60 - paid)],
        ], 40, 230, 237, 16, c.bold);
        c.text('TRANSACTION ACTIVITY', 40, 350, 10, c.bold);
        const lastPaid = plusDays(plusMonths(due, -1), -g.int(0, 3));
        // Interest paid year to date: the payments made since January, one a month.
        const ytd = cents(rows.slice(-Math.min(paid, Number(lastPaid.slice(5, 7)))).reduce((s, r) => s + r.interest, 0));
        const y = table(c, 370, [[40, 'DATE', false], [120, 'DESCRIPTION', false], [360, 'PRINCIPAL', true], [450, 'INTEREST', true], [572, 'TOTAL', true]],
          [[DATES.usSlashed(lastPaid), 'Payment — thank you', MONEY.plain(last.principal), MONEY.plain(last.interest), MONEY.plain(payment)]]);
        c.text(`Interest paid year to date: ${MONEY.usd(ytd)}`, 40, y + 10, 9);
        c.text('Payments received after 5:00 p.m. ET are credited the next business day. A late fee of $25.00 applies 10 days after the due date.', 40, y + 28, 7.5, c.font, true);
        c.rule(40, 572, 640);
        c.text('Detach and return with your payment', 40, 652, 7.5, c.font, true);
        grid(c, [['Account number:', acct], ['Payment due date:', DATES.usSlashed(due)], ['Amount due:', MONEY.usd(payment)], ['Amount enclosed:', '$ ..............']], 330, 440, 675, 16, c.bold);
        return { c, key: { borrower, account_number: acct, statement_date: statement, outstanding_balance: balance, installment_amount: payment, payment_due_date: due, interest_rate: rate } };
      },
    },
    {
      // A German bank's loan account statement, as a letter: address window, date and account at the right, the figures in "Label: value" rows, the last booking.
      make: async (g) => {
        const c = await canvas();
        const bank = g.p(['Volksbank Ammertal eG', 'Kreissparkasse Lindenfeld']);
        const [borrower, salutation] = g.p([['Andreas Keller', 'Sehr geehrter Herr Keller'], ['Sabine Vogt', 'Sehr geehrte Frau Vogt'], ['Thomas Richter', 'Sehr geehrter Herr Richter']]);
        const acct = g.n(10);
        const original = g.int(120, 380) * 1000;
        const rate = g.p([1.85, 2.95, 3.45, 3.89]);
        const paid = g.int(12, 100);
        const { payment, rows, balance } = amortise(original, rate, 300, paid);
        const last = rows[rows.length - 1];
        // The rate is debited on the same day each month; the statement follows the last debit.
        const due = someDate(g);
        const statement = plusDays(due, -g.int(10, 25));
        const eur = MONEY.eurCode;
        c.text(bank, 40, 50, 14, c.bold);
        c.text('Marktplatz 3 · 82362 Weilheim · Tel. 0881 6090-0', 40, 64, 8, c.font, true);
        c.text(`${bank} · Marktplatz 3 · 82362 Weilheim`, 40, 110, 6.5, c.font, true);
        [borrower, `${g.p(['Lindenweg', 'Bergstraße', 'Am Mühlbach'])} ${g.int(1, 40)}`, '82362 Weilheim'].forEach((t, k) => c.text(t, 40, 125 + k * 13, 10));
        grid(c, [['Datum:', DATES.dotted(statement)], ['Darlehenskonto:', acct], ['Ihr Berater:', g.p(['Herr Brandl', 'Frau Huber'])]], 340, 440, 125, 15);
        c.text('Kontoauszug zu Ihrem Darlehen', 40, 215, 13, c.bold);
        c.text(`${salutation},`, 40, 240, 10);
        c.text('nachfolgend erhalten Sie die aktuelle Übersicht über Ihr Darlehenskonto.', 40, 254, 10);
        grid(c, [
          ['Darlehensnehmer:', borrower],
          ['Ursprünglicher Darlehensbetrag:', eur(original)],
          ['Sollzinssatz p. a. (gebunden):', `${group(rate, '.', ',', 3)} %`],
          ['Monatliche Rate (Zins und Tilgung):', eur(payment)],
          ['Nächste Fälligkeit:', DATES.dotted(due)],
          [`Restschuld per ${DATES.dotted(statement)}:`, eur(balance)],
        ], 40, 270, 285, 17);
        c.text('Umsätze seit dem letzten Kontoauszug', 40, 410, 10, c.bold);
        const y = table(c, 430, [[40, 'Buchungstag', false], [120, 'Buchungstext', false], [330, 'Zinsen', true], [430, 'Tilgung', true], [555, 'Restschuld', true]],
          [[DATES.dotted(plusMonths(due, -1)), 'Rate Darlehen', eur(last.interest), eur(last.principal), eur(balance)]]);
        c.text('Bitte prüfen Sie diesen Auszug. Einwendungen sind innerhalb von sechs Wochen zu erheben.', 40, y + 15, 8, c.font, true);
        c.text('Mit freundlichen Grüßen', 40, y + 50, 10);
        c.text(bank, 40, y + 64, 10);
        return { c, key: { borrower, account_number: acct, statement_date: statement, outstanding_balance: balance, installment_amount: payment, payment_due_date: due, interest_rate: rate } };
      },
    },
    {
      // A UK personal loan annual statement (scanned): small-caps headings over values, the last repayments in a table with the balance after each.
      image: -0.55,
      make: async (g) => {
        const c = await canvas([595, 520]);
        const lender = g.p(['Thistle Bank plc', 'Cairngorm Building Society']);
        const borrower = g.p(['Alistair Munro', 'Catriona Reid', 'Jamie Docherty']);
        const acct = g.n(8);
        const original = g.int(5, 25) * 1000;
        const rate = g.p([6.9, 7.9, 9.9, 12.9]);
        const paid = g.int(12, 30);
        const { payment, rows, balance } = amortise(original, rate, 60, paid);
        const due = someDate(g);
        const statement = plusDays(due, -g.int(5, 25));
        c.text(lender, 40, 45, 15, c.bold);
        c.text('Personal Loans · PO Box 118, Edinburgh EH1 9WQ · 0345 555 0190', 40, 59, 8, c.font, true);
        c.text('PERSONAL LOAN — ANNUAL STATEMENT', 40, 90, 13, c.bold);
        headed(c, [[40, 'ACCOUNT HOLDER'], [250, 'SORT CODE'], [330, 'LOAN ACCOUNT NUMBER'], [460, 'STATEMENT DATE']], [borrower, `83-${g.n(2)}-${g.n(2)}`, acct, DATES.slashed(statement)], 120);
        headed(c, [[40, 'BALANCE OUTSTANDING'], [190, 'MONTHLY REPAYMENT'], [330, 'NEXT PAYMENT DUE'], [460, 'INTEREST RATE']], [MONEY.gbp(balance), MONEY.gbp(payment), DATES.ukLong(due), `${rate}% APR (fixed)`], 160);
        grid(c, [['Amount borrowed:', MONEY.gbp(original)], ['Loan term:', '60 months'], ['Repayments made:', String(paid)]], 40, 160, 215, 15);
        c.text('RECENT REPAYMENTS', 40, 275, 9, c.bold);
        // Direct debits on the same day of each month as the next one due.
        const recent = rows.slice(-3).map((r, k) => [DATES.slashed(plusMonths(due, k - 3)), 'Direct debit repayment', MONEY.plain(payment), MONEY.plain(r.balance)]);
        const y = table(c, 295, [[40, 'Date', false], [130, 'Description', false], [440, 'Amount (£)', true], [555, 'Balance (£)', true]], recent);
        c.text('If you would like to repay your loan early, call us for a settlement figure.', 40, y + 15, 8, c.font, true);
        return { c, key: { borrower, account_number: acct, statement_date: statement, outstanding_balance: balance, installment_amount: payment, payment_due_date: due, interest_rate: rate } };
      },
    },
  ],
};

// ---- The set ---------------------------------------------------------------------------------------------
const KINDS = [fine, repair, certificate, timesheet, pet, loan];
await writeKinds(here, KINDS, 5813, 163);
