// Generates eval/forms-unseen: six more kinds of form, written without looking at the offline extractor, to
// measure how it does on documents nobody tuned it for. Each kind has a folder of its own with the schema a
// user would write (eval/forms-unseen/<kind>/{docs,key,schema.json}): laboratory test reports, customs
// declarations, event tickets, delivery notes, bank transfer confirmations and job application forms, three of
// each — one English, one in Italian, German, Portuguese, French or Spanish (English field names), one rendered
// to a degraded image the reader OCRs. Labels as real forms print them, values as printed.
// Run: npx tsx eval/forms-unseen/generate.ts
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Rng } from '../support/random.ts';
import { cents, group, ibanWithCheck, inFours, MONTHS, pad, plusDays, ymd } from '../support/formats.ts';
import { birthDate, DATES, MONEY, someDate } from '../support/form-values.ts';
import { canvas, type Canvas } from '../support/canvas.ts';
import { cell, checkboxes, grid, headed, table, tick, underLine } from '../support/form-blocks.ts';
import { type Kind, writeKinds } from '../support/form-set.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

// ---- Helpers -----------------------------------------------------------------------------------------------

const DATES2 = {
  ...DATES,
  /** "SAT NOV 16, 2024", as ticket stubs print it. */
  stub: (iso: string) => { const [y, m, d] = ymd(iso); return `${['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'][new Date(iso).getUTCDay()]} ${MONTHS.en[m - 1].slice(0, 3).toUpperCase()} ${d}, ${y}`; },
  /** "sábado, 14 de junio de 2025". */
  esDay: (iso: string) => `${['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'][new Date(iso).getUTCDay()]}, ${DATES.esLong(iso)}`,
};
const clock = (g: Rng) => `${pad(g.int(7, 21))}:${pad(g.int(0, 11) * 5)}`;
/** `v` with `places` decimals and the decimal mark `mark`, no grouping (how lab results print). */
const dec = (v: number, places: number, mark = '.') => v.toFixed(places).replace('.', mark);

// ---- Kinds -------------------------------------------------------------------------------------------------

/** 1. Laboratory test reports. */
const FLAGS = ['Normal', 'High', 'Low'];
interface Test { name: string; unit: string; lo: number; hi: number; places: number; range?: string }
/** A result of `t` that is normal, high or low as `flag` says, rounded as the lab prints it. */
const result = (g: Rng, t: Test, flag: string) => {
  const v = flag === 'High' ? t.hi * (1.08 + g.r() * 0.3) : flag === 'Low' ? t.lo * (0.6 + g.r() * 0.3) : t.lo + (t.hi - t.lo) * (0.15 + g.r() * 0.7);
  return Number(v.toFixed(t.places));
};
const lab: Kind = {
  name: 'lab-report',
  fields: [
    ['patient_name', 'string', 'Name of the patient'],
    ['collection_date', 'date', 'Date the sample was collected'],
    ['test_name', 'string', 'Name of the test'],
    ['result_value', 'number', 'Result of the test'],
    ['unit', 'string', 'Unit of the result'],
    ['reference_range', 'string', 'Reference range printed for the test'],
    ['lab_name', 'string', 'Laboratory that did the test'],
    ['result_flag', 'enum', 'Whether the result is normal, high or low', FLAGS],
  ],
  documents: [
    {
      // A US lab report: lab header, patient and specimen "Label: value" on two columns, the result in a table with a flag column.
      make: async (g) => {
        const c = await canvas([612, 792]);
        const labName = g.p(['Northfield Clinical Laboratories', 'Bayside Diagnostic Labs']);
        const patient = g.p(['Whitfield, Eleanor', 'Delaney, Marcus', 'Raman, Priya']);
        const t = g.p<Test>([
          { name: 'Hemoglobin A1c', unit: '%', lo: 4.0, hi: 5.6, places: 1 },
          { name: 'Glucose, Fasting', unit: 'mg/dL', lo: 70, hi: 99, places: 0 },
          { name: 'TSH', unit: 'mIU/L', lo: 0.45, hi: 4.5, places: 2 },
        ]);
        const flag = g.p(FLAGS);
        const v = result(g, t, flag);
        const range = `${dec(t.lo, t.places)}-${dec(t.hi, t.places)}`;
        const date = someDate(g);
        c.text(labName, 40, 50, 14, c.bold);
        c.text(`1450 Commerce Way, Columbus, OH 43215 · CLIA ${g.n(2)}D${g.n(7)} · Lab Director: R. Hughes, MD`, 40, 64, 8, c.font, true);
        c.text('LABORATORY REPORT', 40, 95, 13, c.bold);
        grid(c, [['Patient Name:', patient], ['DOB:', DATES2.usSlashed(birthDate(g))], ['Sex:', g.p(['F', 'M'])], ['Patient ID:', g.n(8)]], 40, 135, 115, 15, c.bold);
        grid(c, [['Collected:', `${DATES2.usSlashed(date)} ${clock(g)}`], ['Received:', `${DATES2.usSlashed(date)} ${clock(g)}`], ['Reported:', DATES2.usSlashed(plusDays(date, 1))], ['Ordering Physician:', g.p(['Samuel Ortiz, MD', 'Hannah Greer, MD'])]], 320, 420, 115, 15, c.bold);
        table(c, 200, [[40, 'TEST', false], [250, 'RESULT', true], [270, 'FLAG', false], [320, 'UNITS', false], [420, 'REFERENCE RANGE', false], [572, 'LAB', true]],
          [[t.name, dec(v, t.places), flag === 'Normal' ? '' : flag[0], t.unit, range, 'NF']]);
        c.text('Flag legend: H = above reference range, L = below reference range.', 40, 270, 8, c.font, true);
        c.text('Specimen: serum. Results reviewed and released electronically.', 40, 282, 8, c.font, true);
        return { c, key: { patient_name: patient, collection_date: date, test_name: t.name, result_value: v, unit: t.unit, reference_range: range, lab_name: labName, result_flag: flag } };
      },
    },
    {
      // An Italian lab report (referto): boxed cells for patient and dates, the exam in a table with a "Nota" column.
      make: async (g) => {
        const c = await canvas();
        const labName = g.p(['Laboratorio Analisi San Marco', 'Centro Diagnostico Lombardo']);
        const patient = g.p(['Giulia Bianchi', 'Marco Esposito', 'Francesca Romano']);
        const t = g.p<Test>([
          { name: 'Emoglobina', unit: 'g/dL', lo: 12, hi: 16, places: 1 },
          { name: 'Glicemia', unit: 'mg/dL', lo: 70, hi: 110, places: 0 },
          { name: 'Ferritina', unit: 'ng/mL', lo: 15, hi: 150, places: 0 },
        ]);
        const flag = g.p(FLAGS);
        const v = result(g, t, flag);
        const range = `${dec(t.lo, t.places, ',')} - ${dec(t.hi, t.places, ',')}`;
        const date = someDate(g);
        c.text(labName, 40, 50, 13, c.bold);
        c.text('Via Garibaldi 41, 20121 Milano · Direttore sanitario: Dott. P. Galli', 40, 64, 8, c.font, true);
        c.text('REFERTO DI LABORATORIO', 40, 95, 14, c.bold);
        cell(c, 'COGNOME E NOME', patient, 40, 110, 300);
        cell(c, 'DATA DI NASCITA', DATES.slashed(birthDate(g)), 345, 110, 210);
        cell(c, 'DATA PRELIEVO', DATES.slashed(date), 40, 145, 150);
        cell(c, 'DATA REFERTO', DATES.slashed(plusDays(date, 2)), 195, 145, 145);
        cell(c, 'N. ACCETTAZIONE', `${g.n(2)}/${g.n(6)}`, 345, 145, 210);
        c.text('CHIMICA CLINICA', 40, 205, 10, c.bold);
        table(c, 225, [[40, 'Esame', false], [260, 'Risultato', true], [290, 'Unità di misura', false], [400, 'Valori di riferimento', false], [555, 'Nota', true]],
          [[t.name, dec(v, t.places, ','), t.unit, range, flag === 'High' ? 'ALTO' : flag === 'Low' ? 'BASSO' : '']]);
        c.text('Il presente referto è firmato digitalmente dal medico responsabile.', 40, 300, 8, c.font, true);
        return { c, key: { patient_name: patient, collection_date: date, test_name: t.name, result_value: v, unit: t.unit, reference_range: range, lab_name: labName, result_flag: flag } };
      },
    },
    {
      // A UK hospital pathology report (scanned): header labels over value rows, the result in a table with the range in brackets.
      image: 0.45,
      make: async (g) => {
        const c = await canvas([595, 500]);
        const labName = 'Westgate Pathology Laboratory';
        const patient = g.p(['Thomas Brennan', 'Aisha Mensah']);
        const t = g.p<Test>([
          { name: 'Potassium', unit: 'mmol/L', lo: 3.5, hi: 5.3, places: 1 },
          { name: 'Sodium', unit: 'mmol/L', lo: 133, hi: 146, places: 0 },
        ]);
        const flag = g.p(FLAGS);
        const v = result(g, t, flag);
        const range = `${dec(t.lo, t.places)} - ${dec(t.hi, t.places)}`;
        const date = someDate(g);
        c.text(labName, 40, 45, 14, c.bold);
        c.text('Harbourside NHS Foundation Trust · Clinical Biochemistry', 40, 59, 8.5, c.font, true);
        headed(c, [[40, 'PATIENT NAME'], [220, 'DATE OF BIRTH'], [340, 'NHS NUMBER'], [460, 'WARD / CLINIC']], [patient, DATES.slashed(birthDate(g)), `${g.n(3)} ${g.n(3)} ${g.n(4)}`, 'GP Surgery'], 90);
        headed(c, [[40, 'SAMPLE COLLECTED'], [220, 'RECEIVED'], [340, 'REPORTED'], [460, 'SAMPLE TYPE']], [`${DATES.slashed(date)} ${clock(g)}`, DATES.slashed(date), DATES.slashed(plusDays(date, 1)), 'Serum'], 130);
        table(c, 190, [[40, 'Test', false], [250, 'Result', true], [270, 'Units', false], [350, 'Reference range', false], [555, 'Flag', true]],
          [[t.name, dec(v, t.places), t.unit, `(${range})`, flag === 'Normal' ? '' : flag.toUpperCase()]]);
        c.text(`Requested by: Dr ${g.p(['Fiona McLeod', 'Rajesh Patel'])}`, 40, 250, 9);
        c.text('Authorised by: Senior Biomedical Scientist', 40, 264, 9);
        return { c, key: { patient_name: patient, collection_date: date, test_name: t.name, result_value: v, unit: t.unit, reference_range: range, lab_name: labName, result_flag: flag } };
      },
    },
  ],
};

/** 2. Customs declarations / commercial invoices. */
const CURRENCIES = ['USD', 'EUR', 'GBP', 'CHF', 'CAD'];
const customs: Kind = {
  name: 'customs-declaration',
  fields: [
    ['exporter', 'string', 'Exporter / shipper company'],
    ['importer', 'string', 'Importer / consignee company'],
    ['hs_code', 'string', 'HS tariff code of the goods'],
    ['country_of_origin', 'string', 'Country the goods were made in'],
    ['declared_value', 'number', 'Total declared value of the goods'],
    ['currency', 'enum', 'Currency of the declared value', CURRENCIES],
    ['gross_weight_kg', 'number', 'Total gross weight in kg'],
    ['document_date', 'date', 'Date of the invoice or declaration'],
  ],
  documents: [
    {
      // A US commercial invoice for export: number and date boxed at the right, shipper and consignee blocks, a goods table.
      make: async (g) => {
        const c = await canvas([612, 792]);
        const [exporter, importer, desc, hs] = g.p([['Cascade Outdoor Gear Inc', 'Highland Leisure Ltd', 'Insulated jackets, polyester', '6201.40'], ['Cascade Outdoor Gear Inc', 'Highland Leisure Ltd', 'Camping stoves, steel', '7321.11'], ['Redwood Audio Systems LLC', 'Northern Sound Distribution Ltd', 'Bluetooth speakers', '8518.22']]);
        const origin = g.p(['Vietnam', 'China', 'United States']);
        const qty = g.int(40, 400);
        const unit = cents(12 + g.r() * 60);
        const value = cents(qty * unit);
        const gross = Number((qty * (0.4 + g.r() * 1.2) + 8).toFixed(1));
        const date = someDate(g);
        c.text('COMMERCIAL INVOICE', 40, 55, 16, c.bold);
        cell(c, 'INVOICE NO.', `CI-${g.n(5)}`, 380, 35, 192);
        cell(c, 'DATE', DATES.usLong(date), 380, 70, 192);
        c.text('EXPORTER / SHIPPER', 40, 120, 8.5, c.bold); c.rule(40, 290, 124);
        [exporter, '4100 Industrial Ave', 'Portland, OR 97218, USA', `EIN ${g.n(2)}-${g.n(7)}`].forEach((s, k) => c.text(s, 40, 138 + k * 12, 9.5));
        c.text('CONSIGNEE / IMPORTER', 320, 120, 8.5, c.bold); c.rule(320, 572, 124);
        [importer, 'Unit 7, Kelvin Park', 'Glasgow G20 0SP, United Kingdom', `EORI GB${g.n(12)}`].forEach((s, k) => c.text(s, 320, 138 + k * 12, 9.5));
        grid(c, [['Country of origin:', origin], ['Country of destination:', 'United Kingdom'], ['Incoterms:', 'DAP Glasgow'], ['Currency:', 'USD']], 40, 170, 210, 15, c.bold);
        const y = table(c, 290, [[40, 'DESCRIPTION OF GOODS', false], [230, 'HS CODE', false], [330, 'QTY', true], [440, 'UNIT VALUE', true], [572, 'TOTAL VALUE', true]],
          [[desc, hs, String(qty), MONEY.plain(unit), MONEY.plain(value)]]);
        grid(c, [['Total invoice value:', `USD ${MONEY.plain(value)}`], ['Number of packages:', String(g.int(2, 12))], ['Total net weight:', `${(gross * 0.9).toFixed(1)} kg`], ['Total gross weight:', `${gross.toFixed(1)} kg`]], 330, 460, y + 10, 15, c.bold);
        c.text('I declare that all the information contained in this invoice is true and correct.', 40, y + 90, 8.5, c.font, true);
        return { c, key: { exporter, importer, hs_code: hs, country_of_origin: origin, declared_value: value, currency: 'USD', gross_weight_kg: gross, document_date: date } };
      },
    },
    {
      // A French commercial invoice (facture commerciale) to Switzerland: "Label : value" pairs, a goods table, totals.
      make: async (g) => {
        const c = await canvas();
        const [exporter, importer, desc, hs] = g.p([['Fromagerie des Alpes SARL', 'Delikatessen Huber AG', 'Fromages à pâte pressée', '0406.90'], ['Verrerie Lorraine SA', 'Maison Favre Sàrl', 'Verres à pied en cristal', '7013.22'], ['Confiturerie du Vexin SAS', 'Delikatessen Huber AG', 'Confitures de fruits', '2007.99']]);
        const cur = g.p(['EUR', 'CHF']);
        const qty = g.int(20, 200);
        const unit = cents(6 + g.r() * 40);
        const value = cents(qty * unit);
        const gross = Number((qty * (0.5 + g.r()) + 5).toFixed(1));
        const date = someDate(g);
        c.text('FACTURE COMMERCIALE', 40, 55, 16, c.bold);
        c.text(`N° ${g.int(2023, 2025)}-${g.n(4)}`, 400, 55, 11, c.bold);
        grid(c, [['Expéditeur / Exportateur :', exporter], ['N° EORI :', `FR${g.n(14)}`], ['Destinataire / Importateur :', importer], ['Adresse de livraison :', 'Bahnhofstrasse 18, 8001 Zurich, Suisse'], ['Date :', DATES2.frLong(date)], ["Pays d'origine :", 'France'], ['Devise :', cur]], 40, 200, 110, 16);
        const y = table(c, 250, [[40, 'Désignation', false], [230, 'Code SH', false], [330, 'Quantité', true], [440, 'Prix unitaire', true], [555, 'Valeur totale', true]],
          [[desc, hs, String(qty), group(unit, ' ', ','), group(value, ' ', ',')]]);
        grid(c, [['Valeur totale déclarée :', `${group(value, ' ', ',')} ${cur}`], ['Nombre de colis :', String(g.int(1, 9))], ['Poids net :', `${group(gross * 0.92, ' ', ',', 1)} kg`], ['Poids brut :', `${group(gross, ' ', ',', 1)} kg`]], 300, 440, y + 10, 15, c.bold);
        c.text('Nous certifions que les renseignements figurant sur la présente facture sont exacts.', 40, y + 90, 8.5, c.font, true);
        return { c, key: { exporter, importer, hs_code: hs, country_of_origin: 'France', declared_value: value, currency: cur, gross_weight_kg: gross, document_date: date } };
      },
    },
    {
      // A CN23 customs declaration for a parcel (scanned): sender and addressee boxes, a category checkbox row, the contents table.
      image: -0.4,
      make: async (g) => {
        const c = await canvas([595, 480]);
        const [exporter, importer, desc, hs] = g.p([['Loch Fyne Knitwear Ltd', 'Yarn & Co Ltd', 'Wool jumpers', '6110.11'], ['Brightwater Ceramics Ltd', 'Pacific Home Goods Ltd', 'Stoneware mugs', '6912.00']]);
        const origin = 'United Kingdom';
        const qty = g.int(4, 30);
        const value = cents(qty * (18 + g.r() * 40));
        const net = Number((qty * 0.45).toFixed(2));
        const gross = Number((net + 0.8).toFixed(2));
        const date = someDate(g);
        c.text('CUSTOMS DECLARATION', 30, 35, 14, c.bold);
        c.text('CN 23', 520, 35, 12, c.bold);
        cell(c, 'From — Name of sender / business', exporter, 30, 50, 260, 30);
        c.text('22 Harbour Street, Oban PA34 5AA, United Kingdom', 34, 92, 8);
        cell(c, 'To — Name of addressee / business', importer, 300, 50, 265, 30);
        c.text('14 Wharf Road, Auckland 1010, New Zealand', 304, 92, 8);
        const cats = ['Gift', 'Documents', 'Commercial sample', 'Returned goods', 'Sale of goods', 'Other'];
        c.text('Category of item:', 30, 125, 8.5);
        cats.reduce((x, o) => { tick(c, o, o === 'Sale of goods', x, 125, 7.5); return x + 24 + c.font.widthOfTextAtSize(o, 7.5); }, 110);
        table(c, 155, [[30, 'Detailed description of contents', false], [220, 'Quantity', true], [300, 'Net weight (kg)', true], [370, 'Value', true], [395, 'HS tariff number', false], [565, 'Country of origin', true]],
          [[desc, String(qty), net.toFixed(2), MONEY.plain(value), hs, origin]]);
        cell(c, 'Total gross weight (kg)', gross.toFixed(2), 30, 215, 170);
        cell(c, 'Total value', MONEY.plain(value), 205, 215, 170);
        cell(c, 'Currency', 'GBP', 380, 215, 185);
        c.text('I certify that the particulars given in this customs declaration are correct.', 30, 270, 8, c.font, true);
        underLine(c, "Date and sender's signature", `${DATES.slashed(date)}   ${exporter.split(' ')[0]}`, 30, 300, 250);
        return { c, key: { exporter, importer, hs_code: hs, country_of_origin: origin, declared_value: value, currency: 'GBP', gross_weight_kg: gross, document_date: date } };
      },
    },
  ],
};

/** 3. Event tickets. */
const ticket: Kind = {
  name: 'event-ticket',
  fields: [
    ['event_name', 'string', 'Name of the event'],
    ['venue', 'string', 'Venue of the event'],
    ['event_date', 'date', 'Date of the event'],
    ['section', 'string', 'Section / block of the seat'],
    ['seat', 'string', 'Seat number'],
    ['price', 'number', 'Ticket price'],
    ['ticket_number', 'string', 'Ticket number'],
    ['holder_name', 'string', 'Name of the ticket holder'],
  ],
  documents: [
    {
      // A US arena ticket: the event big, small labels above values across the stub (section, row, seat, price).
      make: async (g) => {
        const c = await canvas([612, 260]);
        const event = g.p(['THE MIDNIGHT ECHOES — WORLD TOUR', 'SEATTLE STORM vs PHOENIX SUNS', 'LAUGH TRACK LIVE COMEDY NIGHT']);
        const venue = g.p(['HARBORVIEW ARENA', 'GRANITE CITY AMPHITHEATER']);
        const date = someDate(g);
        const section = String(g.int(101, 330));
        const seat = String(g.int(1, 24));
        const price = cents(g.p([49.5, 89, 125, 74.25]));
        const num = `${g.n(4)} ${g.n(4)} ${g.n(4)}`;
        const holder = g.p(['DANIEL OKAFOR', 'LAURA BENNETT', 'MARGARET ELLISON']);
        c.box(20, 20, 572, 220);
        c.text(event, 35, 50, 15, c.bold);
        c.text(`${venue} · SEATTLE, WA`, 35, 68, 10);
        c.text(`${DATES2.stub(date)}  ${pad(g.int(18, 20))}:${g.p(['00', '30'])}`, 35, 84, 10, c.bold);
        const top: [string, string, number][] = [['SECTION', section, 35], ['ROW', g.p(['A', 'F', 'K', 'P']), 130], ['SEAT', seat, 210], ['PRICE', MONEY.usd(price), 290], ['GATE', String(g.int(1, 9)), 400]];
        top.forEach(([l, v, x]) => { c.text(l, x, 115, 7, c.font, true); c.text(v, x, 135, 16, c.bold); });
        c.text('TICKET HOLDER', 35, 165, 7, c.font, true); c.text(holder, 35, 178, 10);
        c.text('TICKET #', 290, 165, 7, c.font, true); c.text(num, 290, 178, 10);
        c.text('No refunds or exchanges. Bag policy strictly enforced. Doors open 1 hour before show.', 35, 215, 7, c.font, true);
        return { c, key: { event_name: event, venue, event_date: date, section, seat, price, ticket_number: num, holder_name: holder } };
      },
    },
    {
      // A Spanish theatre ticket (entrada): "Label: value" rows on two columns, a booking fee beside the price.
      make: async (g) => {
        const c = await canvas([595, 320]);
        const event = g.p(['El lago de los cisnes', 'La casa de Bernarda Alba', 'Concierto de Año Nuevo']);
        const venue = g.p(['Teatro Real', 'Teatro Principal de Valencia', 'Auditorio Nacional de Música']);
        const date = someDate(g);
        const section = g.p(['Platea', 'Anfiteatro', 'Palco lateral']);
        const seat = String(g.int(1, 30));
        const price = cents(g.p([35, 45, 62.5, 28]));
        const num = `${g.n(10)}`;
        const holder = g.p(['Carmen Ruiz Ortega', 'Lucía Fernández Gil', 'Javier Morales Pardo']);
        c.text('ENTRADA', 30, 40, 16, c.bold);
        c.text(event, 30, 62, 13, c.bold);
        grid(c, [['Recinto:', venue], ['Fecha:', DATES2.esDay(date)], ['Hora:', `${pad(g.int(18, 21))}:${g.p(['00', '30'])}`], ['Titular:', holder], ['Nº de entrada:', num]], 30, 110, 95, 17, c.bold);
        grid(c, [['Zona:', section], ['Fila:', String(g.int(1, 20))], ['Butaca:', seat], ['Precio:', MONEY.eurSuffix(price)], ['Gastos de gestión:', MONEY.eurSuffix(1.5)]], 360, 460, 95, 17, c.bold);
        c.text('Conserve esta entrada hasta el final del espectáculo. No se admiten devoluciones.', 30, 215, 8, c.font, true);
        return { c, key: { event_name: event, venue, event_date: date, section, seat, price, ticket_number: num, holder_name: holder } };
      },
    },
    {
      // A UK print-at-home theatre e-ticket (scanned): header labels over value rows, order number beside the ticket number.
      image: 0.35,
      make: async (g) => {
        const c = await canvas([595, 420]);
        const event = g.p(['Macbeth', 'The Importance of Being Earnest']);
        const venue = g.p(['Lyric Playhouse', 'Royal Court Theatre Bath']);
        const date = someDate(g);
        const section = g.p(['Stalls', 'Dress Circle']);
        const seat = String(g.int(1, 28));
        const price = cents(g.p([32.5, 45, 58]));
        const num = `${g.p(['LP', 'RC'])}${g.n(8)}`;
        const holder = g.p(['Peter Hamilton', 'Sofia Lindqvist']);
        c.text('E-TICKET', 40, 45, 16, c.bold);
        c.text('Please print this page and bring it with you.', 40, 60, 8.5, c.font, true);
        headed(c, [[40, 'EVENT'], [300, 'DATE'], [420, 'TIME']], [event, DATES.ukLong(date), `${pad(g.int(19, 20))}:30`], 95);
        headed(c, [[40, 'VENUE'], [300, 'DOORS OPEN'], [420, 'ENTRANCE']], [venue, `${pad(g.int(18, 19))}:45`, 'Main foyer'], 135);
        headed(c, [[40, 'SECTION'], [170, 'ROW'], [250, 'SEAT'], [330, 'PRICE'], [420, 'TICKET TYPE']], [section, g.p(['C', 'H', 'M']), seat, MONEY.gbp(price), 'Full price'], 175);
        grid(c, [['Ticket holder:', holder], ['Ticket number:', num], ['Order reference:', `ORD-${g.n(7)}`]], 40, 150, 230, 16, c.bold);
        c.text('This ticket may be scanned only once. Resale is prohibited.', 40, 300, 8, c.font, true);
        return { c, key: { event_name: event, venue, event_date: date, section, seat, price, ticket_number: num, holder_name: holder } };
      },
    },
  ],
};

/** 4. Delivery notes / packing slips. */
const delivery: Kind = {
  name: 'delivery-note',
  fields: [
    ['supplier', 'string', 'Company that delivered the goods'],
    ['delivery_note_number', 'string', 'Delivery note / packing slip number'],
    ['order_reference', 'string', 'Our purchase order number'],
    ['delivery_date', 'date', 'Date of delivery'],
    ['package_count', 'integer', 'Number of packages'],
    ['recipient', 'string', 'Company receiving the goods'],
    ['received_signed', 'boolean', 'Whether receipt was signed for'],
  ],
  documents: [
    {
      // A US packing slip: numbers boxed at the right, SHIP TO block, a line table, a "received in good condition" checkbox signed.
      make: async (g) => {
        const c = await canvas([612, 792]);
        const supplier = g.p(['Allied Packaging Supply Inc', 'Keystone Fasteners Co']);
        const date = someDate(g);
        const num = `PS-${g.n(6)}`;
        const po = `PO-${date.slice(0, 4)}-${g.n(4)}`;
        const pkgs = g.int(1, 9);
        const recipient = g.p(['Summit Ridge Brewing Co', 'Lakeside Dental Group']);
        const signer = g.p(['J. Alvarez', 'M. Chen']);
        c.text(supplier, 40, 50, 13, c.bold);
        c.text('77 Harbor Rd, Tacoma, WA 98421 · (253) 555-0172', 40, 64, 8.5, c.font, true);
        c.text('PACKING SLIP', 380, 50, 16, c.bold);
        cell(c, 'PACKING SLIP NO.', num, 380, 65, 192);
        cell(c, 'SHIP DATE', DATES2.usSlashed(date), 380, 100, 94);
        cell(c, 'CUSTOMER PO #', po, 478, 100, 94);
        c.text('SHIP TO', 40, 150, 9, c.bold); c.rule(40, 290, 154);
        [recipient, 'Receiving Dock B', '2200 Industrial Pkwy', 'Boise, ID 83705'].forEach((t, k) => c.text(t, 40, 168 + k * 12, 9.5));
        c.text('SHIPPED VIA', 320, 150, 9, c.bold); c.rule(320, 572, 154);
        ['UPS Ground', `Tracking 1Z${g.n(16)}`].forEach((t, k) => c.text(t, 320, 168 + k * 12, 9.5));
        const catalogue = [['CB-1212', 'Corrugated boxes 12x12x8'], ['PT-48', 'Packing tape 48mm'], ['BW-24', 'Bubble wrap roll 24 in'], ['ST-10', 'Stretch film 18 in']];
        const first = g.int(0, 3);
        const items = Array.from({ length: g.int(2, 4) }, (_, k) => catalogue[(first + k) % catalogue.length]);
        const y = table(c, 240, [[40, 'ITEM NO.', false], [120, 'DESCRIPTION', false], [430, 'ORDERED', true], [500, 'SHIPPED', true], [572, 'B/O', true]],
          items.map(([n, d]) => { const q = String(g.int(2, 50)); return [n, d, q, q, '0']; }));
        grid(c, [['Number of packages:', String(pkgs)], ['Total weight:', `${g.int(8, 140)} lb`]], 40, 160, y + 12, 15, c.bold);
        tick(c, 'Goods received in good condition', true, 40, y + 70);
        underLine(c, 'Received by (print name)', signer, 40, y + 105, 200);
        underLine(c, 'Date', DATES2.usSlashed(date), 280, y + 105, 120);
        return { c, key: { supplier, delivery_note_number: num, order_reference: po, delivery_date: date, package_count: pkgs, recipient, received_signed: true } };
      },
    },
    {
      // A German delivery note (Lieferschein): address window, "Label: value" block at the right, positions table, ja/nein boxes.
      make: async (g) => {
        const c = await canvas();
        const supplier = g.p(['Müller & Söhne Industriebedarf GmbH', 'Brandt Bürotechnik GmbH']);
        const date = someDate(g);
        const num = `LS-${date.slice(0, 4)}-${g.n(5)}`;
        const po = g.n(10);
        const pkgs = g.int(1, 12);
        const recipient = g.p(['Bäckerei Hofmann GmbH', 'Stadtwerke Rosenheim GmbH']);
        const signed = g.r() < 0.5;
        c.text(supplier, 40, 50, 13, c.bold);
        c.text('Gewerbering 7 · 86167 Augsburg · Tel. 0821 4471-0', 40, 64, 8, c.font, true);
        c.text(`${supplier} · Gewerbering 7 · 86167 Augsburg`, 40, 110, 6.5, c.font, true);
        [recipient, 'Warenannahme', 'Hauptstraße 12', '83022 Rosenheim'].forEach((t, k) => c.text(t, 40, 125 + k * 13, 10));
        c.text('LIEFERSCHEIN', 40, 215, 15, c.bold);
        grid(c, [['Lieferschein-Nr.:', num], ['Lieferdatum:', DATES.dotted(date)], ['Ihre Bestellung:', po], ['Kunden-Nr.:', g.n(6)]], 340, 440, 110, 15);
        const articles = ['Schrauben M8x40 verzinkt', 'Kabelbinder 200 mm', 'Arbeitshandschuhe Gr. 10', 'Druckerpapier A4 80 g'];
        const first = g.int(0, 3);
        const rows = Array.from({ length: g.int(2, 3) }, (_, k) => [String(k + 1), `${g.n(6)}`, articles[(first + k) % articles.length], String(g.int(1, 40)), g.p(['Stk.', 'Pak.', 'Karton'])]);
        const y = table(c, 250, [[40, 'Pos.', false], [80, 'Art.-Nr.', false], [150, 'Bezeichnung', false], [470, 'Menge', true], [555, 'Einheit', true]], rows);
        grid(c, [['Anzahl Packstücke:', String(pkgs)], ['Versandart:', 'Spedition']], 40, 160, y + 12, 15, c.bold);
        c.text('Ware vollständig und unbeschädigt erhalten:', 40, y + 60, 9);
        tick(c, 'ja', signed, 250, y + 60); tick(c, 'nein', false, 300, y + 60);
        underLine(c, 'Datum, Unterschrift des Empfängers', signed ? `${DATES.dotted(date)}   ${g.p(['K. Hofmann', 'S. Wagner'])}` : '', 40, y + 100, 240);
        return { c, key: { supplier, delivery_note_number: num, order_reference: po, delivery_date: date, package_count: pkgs, recipient, received_signed: signed } };
      },
    },
    {
      // A UK delivery note (scanned): header labels over a value row, FROM / DELIVER TO blocks, items, an empty signature box.
      image: -0.5,
      make: async (g) => {
        const c = await canvas([595, 560]);
        const supplier = g.p(['Castle Educational Supplies Ltd', 'Pennine Catering Equipment Ltd']);
        const num = `DN${g.n(6)}`;
        const po = `${g.p(['TPS', 'WVP'])}/${g.n(4)}`;
        const date = someDate(g);
        const pkgs = g.int(2, 8);
        const recipient = g.p(['Thornbury Primary School', 'Westfield Veterinary Practice']);
        c.text('DELIVERY NOTE', 40, 45, 16, c.bold);
        c.text(supplier, 330, 40, 10, c.bold);
        c.text('Unit 4, Mill Lane Trading Estate, Halifax HX1 3QT', 330, 52, 7.5, c.font, true);
        headed(c, [[40, 'DELIVERY NOTE NO.'], [170, 'DELIVERY DATE'], [300, 'YOUR ORDER REF.'], [430, 'NO. OF PACKAGES']], [num, DATES.slashed(date), po, String(pkgs)], 85);
        c.text('DELIVER TO', 40, 140, 8.5, c.bold);
        [recipient, '41 Church Road', 'Thornbury BS35 1HJ'].forEach((t, k) => c.text(t, 40, 154 + k * 12, 9.5));
        c.text('INVOICE TO', 330, 140, 8.5, c.bold);
        [recipient, 'Accounts Payable', 'Thornbury BS35 1HJ'].forEach((t, k) => c.text(t, 330, 154 + k * 12, 9.5));
        const y = table(c, 210, [[40, 'Qty', false], [90, 'Description', false], [555, 'Product code', true]],
          [[String(g.int(2, 20)), 'Exercise books A4 pack of 50', `EB-${g.n(4)}`], [String(g.int(1, 10)), 'Whiteboard markers assorted', `WM-${g.n(4)}`]]);
        c.text('Please check goods on receipt. Shortages must be reported within 48 hours.', 40, y + 10, 8, c.font, true);
        c.box(40, y + 25, 515, 70);
        c.text('RECEIVED BY', 46, y + 37, 7, c.font, true);
        underLine(c, 'Print name', '', 50, y + 70, 150);
        underLine(c, 'Signature', '', 220, y + 70, 150);
        underLine(c, 'Date', '', 390, y + 70, 150);
        return { c, key: { supplier, delivery_note_number: num, order_reference: po, delivery_date: date, package_count: pkgs, recipient, received_signed: false } };
      },
    },
  ],
};

/** 5. Bank transfer confirmations. */
const TRANSFER_TYPES = ['SEPA', 'Instant', 'International'];
const transfer: Kind = {
  name: 'bank-transfer',
  fields: [
    ['payer', 'string', 'Who sent the money'],
    ['payee', 'string', 'Beneficiary of the transfer'],
    ['payee_iban', 'string', "Beneficiary's IBAN"],
    ['amount', 'number', 'Amount transferred'],
    ['execution_date', 'date', 'Execution date'],
    ['reference', 'string', 'Payment reference / remittance information'],
    ['transfer_type', 'enum', 'Type of transfer', TRANSFER_TYPES],
  ],
  documents: [
    {
      // An Irish bank's SEPA payment confirmation: "Label: value" rows, the payer's own IBAN beside the beneficiary's.
      make: async (g) => {
        const c = await canvas([595, 620]);
        const payer = g.p(['Siobhan Murphy', 'Conor Gallagher']);
        const payee = g.p(['Atelier Dubois SARL', 'Kessler Haustechnik GmbH']);
        const payeeIban = inFours(payee.includes('SARL') ? ibanWithCheck('FR', `${g.n(10)}${g.n(11)}${g.n(2)}`) : ibanWithCheck('DE', `${g.n(8)}${g.n(10)}`));
        const amount = cents(150 + g.r() * 3000);
        const date = someDate(g);
        const ref = `INV-${g.n(5)}`;
        c.text('Harp Bank', 40, 50, 16, c.bold);
        c.text('Payment confirmation', 40, 72, 12);
        c.text(`Generated ${DATES.ukLong(plusDays(date, 1))} · Online Banking`, 40, 86, 8, c.font, true);
        c.rule(40, 555, 96);
        grid(c, [
          ['From account:', `${payer} — Current Account`],
          ['Account IBAN:', inFours(ibanWithCheck('IE', `HARP${g.n(6)}${g.n(8)}`))],
          ['Beneficiary name:', payee],
          ['Beneficiary IBAN:', payeeIban],
          ['Beneficiary BIC:', payee.includes('SARL') ? 'BNPAFRPP' : 'COBADEFF'],
          ['Amount:', `€${group(amount, ',', '.')}`],
          ['Execution date:', DATES.ukLong(date)],
          ['Payment reference:', ref],
          ['Payment type:', 'SEPA Credit Transfer'],
          ['Status:', 'Completed'],
        ], 40, 180, 125, 18, c.bold);
        c.text('This confirmation is for information only and does not constitute proof of receipt by the beneficiary.', 40, 320, 7.5, c.font, true);
        return { c, key: { payer, payee, payee_iban: payeeIban, amount, execution_date: date, reference: ref, transfer_type: 'SEPA' } };
      },
    },
    {
      // A Portuguese transfer receipt (comprovativo de transferência imediata): boxed cells with labels above values.
      make: async (g) => {
        const c = await canvas([595, 620]);
        const payer = g.p(['Ana Sofia Ribeiro', 'João Pedro Almeida']);
        const [payee, ref] = g.p([['Condomínio Edifício Atlântico', 'Quota condomínio'], ['Clínica Dentária Sorriso, Lda.', 'Consulta e tratamento'], ['Imobiliária Tejo, Lda.', 'Renda']]);
        const payeeIban = inFours(ibanWithCheck('PT', `0035${g.n(4)}${g.n(11)}${g.n(2)}`));
        const amount = cents(40 + g.r() * 900);
        const date = someDate(g);
        c.text('Banco Lusitano', 40, 50, 16, c.bold);
        c.text('COMPROVATIVO DE TRANSFERÊNCIA', 40, 80, 13, c.bold);
        c.text('Transferência imediata', 40, 96, 10);
        cell(c, 'ORDENANTE', payer, 40, 115, 250);
        cell(c, 'IBAN DO ORDENANTE', inFours(ibanWithCheck('PT', `0033${g.n(4)}${g.n(11)}${g.n(2)}`)), 295, 115, 260);
        cell(c, 'BENEFICIÁRIO', payee, 40, 150, 250);
        cell(c, 'IBAN DO BENEFICIÁRIO', payeeIban, 295, 150, 260);
        cell(c, 'MONTANTE', MONEY.eurCode(amount), 40, 185, 160);
        cell(c, 'DATA DE EXECUÇÃO', DATES.slashed(date), 205, 185, 160);
        cell(c, 'HORA', `${clock(g)}:${pad(g.int(0, 59))}`, 370, 185, 185);
        cell(c, 'DESCRITIVO', ref, 40, 220, 515);
        c.text(`N.º de operação: ${g.n(12)}`, 40, 275, 9);
        c.text('O montante foi creditado na conta do beneficiário em poucos segundos.', 40, 290, 8, c.font, true);
        return { c, key: { payer, payee, payee_iban: payeeIban, amount, execution_date: date, reference: ref, transfer_type: 'Instant' } };
      },
    },
    {
      // A German bank's international (SWIFT) payment advice in English (scanned): header labels over values, charges and debit in a table.
      image: 0.4,
      make: async (g) => {
        const c = await canvas([595, 520]);
        const payer = g.p(['Vogel Maschinenbau GmbH', 'Lindqvist Design AB']);
        const payee = g.p(['Brightwater Ceramics Ltd', 'Harbourside Engineering Ltd']);
        const [bank, bic] = g.p([['NWBK', 'NWBKGB2L'], ['BARC', 'BARCGB22'], ['LOYD', 'LOYDGB2L']]);
        const payeeIban = inFours(ibanWithCheck('GB', `${bank}${g.n(6)}${g.n(8)}`));
        const amount = cents(800 + g.r() * 9000);
        const rate = Number((0.84 + g.r() * 0.04).toFixed(4));
        const date = someDate(g);
        const ref = `Invoice ${g.n(6)}`;
        const fee = 15;
        c.text('Rheinland Handelsbank AG', 40, 45, 14, c.bold);
        c.text('ADVICE OF INTERNATIONAL PAYMENT (SWIFT)', 40, 68, 11, c.bold);
        headed(c, [[40, 'ORDERING CUSTOMER'], [300, 'VALUE / EXECUTION DATE']], [payer, DATES.slashed(date)], 100);
        headed(c, [[40, 'BENEFICIARY'], [300, 'BENEFICIARY BANK (BIC)']], [payee, bic], 140);
        headed(c, [[40, 'BENEFICIARY ACCOUNT (IBAN)'], [300, 'REMITTANCE INFORMATION']], [payeeIban, ref], 180);
        const debit = cents(amount / rate);
        const y = table(c, 240, [[40, 'Description', false], [400, 'Currency', false], [555, 'Amount', true]],
          [['Payment amount', 'GBP', MONEY.plain(amount)], [`Exchange rate EUR/GBP ${rate.toFixed(4)}`, 'EUR', MONEY.plain(debit)], ['Charges (OUR)', 'EUR', MONEY.plain(fee)], ['Total debited', 'EUR', MONEY.plain(cents(debit + fee))]], 15, true);
        c.text('Payment type: International transfer', 40, y + 12, 9);
        return { c, key: { payer, payee, payee_iban: payeeIban, amount, execution_date: date, reference: ref, transfer_type: 'International' } };
      },
    },
  ],
};

/** 6. Job application forms. */
const job: Kind = {
  name: 'job-application',
  fields: [
    ['applicant_name', 'string', 'Full name of the applicant'],
    ['position', 'string', 'Position applied for'],
    ['email', 'string', 'Email address'],
    ['phone', 'string', 'Phone number'],
    ['available_from', 'date', 'Earliest start date'],
    ['years_experience', 'integer', 'Years of relevant experience'],
    ['willing_to_relocate', 'boolean', 'Willing to relocate'],
  ],
  documents: [
    {
      // A UK application form: boxed cells with labels above (surname and first names apart), Yes/No checkbox rows.
      make: async (g) => {
        const c = await canvas();
        const [first, last] = g.p([['Rachel', 'Thornton'], ['Oliver', 'Pemberton'], ['Amara', 'Nwosu']]);
        const position = g.p(['Senior Accounts Assistant', 'Warehouse Team Leader', 'Laboratory Technician']);
        const email = `${first.toLowerCase()}.${last.toLowerCase()}@${g.p(['gmail.com', 'outlook.com'])}`;
        const phone = `07${g.n(3)} ${g.n(6)}`;
        const start = someDate(g);
        const years = g.int(1, 15);
        const relocate = g.r() < 0.5;
        c.text('Kingsmead Housing Association', 40, 50, 13, c.bold);
        c.text('APPLICATION FOR EMPLOYMENT', 40, 75, 15, c.bold);
        c.text('Please complete in black ink or type. CVs alone will not be accepted.', 40, 90, 8, c.font, true);
        cell(c, 'Post applied for', position, 40, 105, 330);
        cell(c, 'Vacancy reference', `KHA/${g.n(3)}`, 375, 105, 180);
        c.text('SECTION 1 — PERSONAL DETAILS', 40, 160, 10, c.bold);
        cell(c, 'Title', g.p(['Ms', 'Mr', 'Dr']), 40, 170, 60);
        cell(c, 'Surname', last, 105, 170, 200);
        cell(c, 'First name(s)', first, 310, 170, 245);
        cell(c, 'Email address', email, 40, 205, 265);
        cell(c, 'Telephone (mobile)', phone, 310, 205, 245);
        cell(c, 'Address', `${g.int(2, 90)} Elm Grove, Reading RG1 5LP`, 40, 240, 515);
        c.text('SECTION 2 — AVAILABILITY AND EXPERIENCE', 40, 295, 10, c.bold);
        cell(c, 'Date available to start', DATES.slashed(start), 40, 305, 200);
        cell(c, 'Years of relevant experience', String(years), 245, 305, 150);
        cell(c, 'Notice period', g.p(['1 month', '4 weeks', '2 months']), 400, 305, 155);
        checkboxes(c, 'Are you willing to relocate?', ['Yes', 'No'], relocate ? 'Yes' : 'No', 40, 360, 55);
        checkboxes(c, 'Do you hold a full UK driving licence?', ['Yes', 'No'], 'Yes', 40, 380, 55);
        return { c, key: { applicant_name: `${first} ${last}`, position, email, phone, available_from: start, years_experience: years, willing_to_relocate: relocate } };
      },
    },
    {
      // A Spanish application form (solicitud de empleo): "Label: value" lines, Sí/No boxes for relocation.
      make: async (g) => {
        const c = await canvas();
        const name = g.p(['Carmen Ruiz Ortega', 'Javier Morales Pardo', 'Lucía Fernández Gil']);
        const position = g.p(['Técnico de mantenimiento', 'Administrativo contable', 'Jefe de almacén']);
        const plain = (w: string) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
        const email = `${plain(name.split(' ')[0])}.${plain(name.split(' ')[1])}@${g.p(['gmail.com', 'hotmail.es'])}`;
        const phone = `+34 6${g.n(2)} ${g.n(3)} ${g.n(3)}`;
        const start = someDate(g);
        const years = g.int(1, 20);
        const relocate = g.r() < 0.5;
        c.text('Grupo Alimentario Levante S.A.', 40, 50, 13, c.bold);
        c.text('SOLICITUD DE EMPLEO', 40, 80, 15, c.bold);
        c.text('DATOS PERSONALES', 40, 115, 10, c.bold);
        c.rule(40, 555, 119);
        grid(c, [['Nombre y apellidos:', name], ['DNI/NIE:', `${g.n(8)}${g.p(['K', 'R', 'T'])}`], ['Correo electrónico:', email], ['Teléfono:', phone], ['Domicilio:', 'C/ Colón 22, 3º B, 46004 Valencia']], 40, 190, 135, 16);
        c.text('PUESTO Y DISPONIBILIDAD', 40, 230, 10, c.bold);
        c.rule(40, 555, 234);
        grid(c, [['Puesto solicitado:', position], ['Años de experiencia en el puesto:', String(years)], ['Fecha de incorporación disponible:', DATES.slashed(start)], ['Pretensión salarial bruta anual:', `${group(g.int(22, 40) * 1000, '.', ',', 0)} €`]], 40, 230, 250, 16);
        c.text('¿Disponibilidad para cambiar de residencia?', 40, 330, 9);
        tick(c, 'Sí', relocate, 260, 330); tick(c, 'No', !relocate, 310, 330);
        c.text(`En Valencia, a ${DATES.esLong(plusDays(start, -30))}`, 40, 380, 9);
        return { c, key: { applicant_name: name, position, email, phone, available_from: start, years_experience: years, willing_to_relocate: relocate } };
      },
    },
    {
      // A US application form (scanned): values on filled lines with labels under them, an employment history table.
      image: -0.35,
      make: async (g) => {
        const c = await canvas([612, 640]);
        const name = g.p(['Marcus J. Webb', 'Priya Raman']);
        const position = g.p(['Customer Service Representative', 'Delivery Driver']);
        const email = `${name.split(' ')[0].toLowerCase()}${g.n(2)}@${g.p(['yahoo.com', 'gmail.com'])}`;
        const phone = `(${g.p(['312', '614', '503'])}) 555-${g.n(4)}`;
        const start = someDate(g);
        const years = g.int(5, 12);
        const relocate = g.r() < 0.5;
        c.text('EMPLOYMENT APPLICATION', 40, 45, 15, c.bold);
        c.text('Greenway Foods Corporation is an equal opportunity employer.', 40, 60, 8, c.font, true);
        underLine(c, 'Full name (first, middle, last)', name, 40, 95, 300);
        underLine(c, 'Position applied for', position, 360, 95, 212);
        underLine(c, 'Email', email, 40, 130, 300);
        underLine(c, 'Phone', phone, 360, 130, 212);
        underLine(c, 'Date you can start', DATES2.usSlashed(start), 40, 165, 150);
        underLine(c, 'Total years of experience in this field', String(years), 220, 165, 180);
        checkboxes(c, 'Are you willing to relocate?', ['Yes', 'No'], relocate ? 'Yes' : 'No', 40, 205, 50);
        checkboxes(c, 'Are you legally authorized to work in the U.S.?', ['Yes', 'No'], 'Yes', 40, 222, 50);
        c.text('EMPLOYMENT HISTORY (most recent first)', 40, 255, 10, c.bold);
        const y0 = Number(start.slice(0, 4)) - years;
        table(c, 275, [[40, 'Employer', false], [220, 'Job title', false], [380, 'From', false], [440, 'To', false], [572, 'Years', true]],
          [[g.p(['Midwest Grocers Inc', 'Lakeview Logistics']), g.p(['Shift Supervisor', 'Associate']), String(y0 + 4), 'Present', String(years - 4)], [g.p(['QuickStop Markets', 'Prairie Courier']), 'Associate', String(y0), String(y0 + 4), '4']]);
        c.text('I certify that the information on this application is true and complete.', 40, 360, 8, c.font, true);
        underLine(c, 'Signature', '', 40, 395, 220);
        underLine(c, 'Date', DATES2.usSlashed(plusDays(start, -21)), 300, 395, 120);
        return { c, key: { applicant_name: name, position, email, phone, available_from: start, years_experience: years, willing_to_relocate: relocate } };
      },
    },
  ],
};

// ---- The set ---------------------------------------------------------------------------------------------
const KINDS = [lab, customs, ticket, delivery, transfer, job];
await writeKinds(here, KINDS, 7321, 149);
