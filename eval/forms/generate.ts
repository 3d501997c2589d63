// Generates eval/forms: documents that are neither invoices nor receipts, each kind in a folder of its own
// with the schema a user would write for it (eval/forms/<kind>/{docs,key,schema.json}): shipping labels and
// waybills, insurance claim forms, bank statements, utility bills, payslips and lease summaries, three of
// each — one English, one in Spanish, French or German (English field names), one more rendered to a mildly
// degraded image the reader OCRs. Layouts real forms use: "Label: value", boxed cells with the label small
// above, the label printed under a line, two-column key/value grids, checkbox rows, values in tables.
// Labels are written by the generator, values as printed. Run: npx tsx eval/forms/generate.ts
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Rng } from '../support/random.ts';
import { cents, group, ibanWithCheck, inFours, MONTHS, pad, plusDays, ymd } from '../support/formats.ts';
import { DATES, MONEY, monthEnd, monthStart, someDate } from '../support/form-values.ts';
import { canvas } from '../support/canvas.ts';
import { cell, checkboxes, grid, table, underLine } from '../support/form-blocks.ts';
import { type Kind, writeKinds } from '../support/form-set.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

/** An IBAN with a valid check number, printed in groups of four. */
function iban(g: Rng, country: string) {
  const bban = country === 'GB' ? `${g.p(['NWBK', 'BARC', 'HBUK'])}${g.n(14)}` : g.n({ ES: 20, DE: 18, FR: 23 }[country] ?? 20);
  return inFours(ibanWithCheck(country, bban));
}

// ---- Kinds -------------------------------------------------------------------------------------------------

const PEOPLE = ['Margaret Ellison', 'Daniel Okafor', 'Sofia Lindqvist', 'Carmen Ruiz Ortega', 'Jean-Luc Moreau', 'Katharina Vogel', 'Peter Hamilton', 'Lucía Fernández Gil'];
const STREETS = {
  en: ['14 Orchard Road, Leeds LS6 2QA', '221 Elm Street, Springfield, IL 62704', '7 Harbour View, Cardiff CF10 4PA', '58 Queen Street, Bristol BS1 4LN'],
  es: ['Calle de Alcalá 118, 3º izda, 28009 Madrid', 'Avenida Blasco Ibáñez 56, 46021 Valencia', 'Carrer de Mallorca 240, 08008 Barcelona'],
  fr: ['12 rue Victor Hugo, 69002 Lyon', '4 avenue Jean Jaurès, 31000 Toulouse'],
  de: ['Lindenstraße 17, 50674 Köln', 'Bergstraße 5, 80331 München'],
};

/** 1. Shipping labels and waybills. */
const shipping: Kind = {
  name: 'shipping-label',
  fields: [
    ['shipper', 'string', 'Company sending the goods'],
    ['consignee', 'string', 'Company or person receiving the goods'],
    ['tracking_number', 'string', 'Tracking / waybill number'],
    ['weight_kg', 'number', 'Total weight in kg'],
    ['ship_date', 'date', 'Date shipped'],
    ['pieces', 'integer', 'Number of packages'],
  ],
  documents: [
    {
      // An air waybill: a grid of boxed cells, label small above the value; packages in a table.
      make: async (g) => {
        const c = await canvas();
        const shipper = g.p(['Kestrel Components Ltd', 'Northgate Textiles Ltd']);
        const consignee = g.p(['Blue Ridge Outfitters Inc', 'Harbor Medical Supply Co']);
        const tracking = `${g.n(3)}-${g.n(4)} ${g.n(4)}`;
        const date = someDate(g);
        const weights = Array.from({ length: g.int(2, 4) }, () => cents(2 + g.r() * 30));
        const weight = Math.round(weights.reduce((a, b) => a + b, 0) * 10) / 10;
        c.text('AIR WAYBILL', 40, 55, 18, c.bold);
        c.text('Not negotiable', 40, 70, 8, c.font, true);
        cell(c, 'AWB NUMBER', tracking, 380, 40, 175);
        cell(c, "SHIPPER'S NAME AND ADDRESS", shipper, 40, 90, 255, 56);
        c.text('Unit 9, Riverside Works, Sheffield S3 8DG', 44, 126, 8.5);
        cell(c, "CONSIGNEE'S NAME AND ADDRESS", consignee, 300, 90, 255, 56);
        c.text('1450 Commerce Way, Denver, CO 80216', 304, 126, 8.5);
        cell(c, 'DATE OF SHIPMENT', DATES.short(date), 40, 150, 125);
        cell(c, 'NO. OF PIECES', String(weights.length), 170, 150, 80);
        cell(c, 'GROSS WEIGHT (KG)', weight.toFixed(1), 255, 150, 110);
        cell(c, 'SERVICE', g.p(['Express', 'Economy']), 370, 150, 185);
        table(c, 210, [[40, 'Piece', false], [120, 'Contents', false], [380, 'Dimensions (cm)', false], [555, 'Weight (kg)', true]],
          weights.map((w, k) => [String(k + 1), g.p(['Machine parts', 'Samples', 'Spare filters']), `${g.int(20, 60)} x ${g.int(20, 60)} x ${g.int(10, 40)}`, w.toFixed(2)]));
        c.text("Shipper's signature ______________________", 40, 400, 9);
        return { c, key: { shipper, consignee, tracking_number: tracking, weight_kg: weight, ship_date: date, pieces: weights.length } };
      },
    },
    {
      // A Spanish consignment note (carta de porte): "Label: value" rows and two party blocks under headings.
      make: async (g) => {
        const c = await canvas();
        const shipper = g.p(['Conservas del Cantábrico S.L.', 'Aceites La Sierra S.A.']);
        const consignee = g.p(['Distribuciones Levante S.L.', 'Supermercados Hnos. Pardo S.A.']);
        const tracking = `ES${g.n(9)}`;
        const date = someDate(g);
        const pieces = g.int(3, 24);
        const weight = cents(pieces * (5 + g.r() * 20));
        c.text('CARTA DE PORTE', 40, 60, 18, c.bold);
        c.text('Transporte nacional de mercancías por carretera', 40, 76, 8.5, c.font, true);
        grid(c, [['Nº de envío:', tracking], ['Fecha de carga:', DATES.slashed(date)], ['Transportista:', 'Transportes Ebro S.L.']], 330, 420, 55, 14, c.bold);
        c.text('REMITENTE', 40, 120, 9, c.bold);
        c.rule(40, 270, 124);
        [shipper, 'Polígono Industrial Las Arenas, nave 3', '39600 Camargo (Cantabria)'].forEach((t, k) => c.text(t, 40, 138 + k * 12, 9.5));
        c.text('DESTINATARIO', 310, 120, 9, c.bold);
        c.rule(310, 555, 124);
        [consignee, 'Calle Colón 22', '46004 Valencia'].forEach((t, k) => c.text(t, 310, 138 + k * 12, 9.5));
        const y = table(c, 200, [[40, 'Marcas', false], [140, 'Naturaleza de la mercancía', false], [400, 'Bultos', true], [555, 'Peso bruto (kg)', true]],
          [[`LOTE ${g.n(3)}`, 'Alimentación envasada', String(pieces), group(weight, '.', ',')]]);
        grid(c, [['Total bultos:', String(pieces)], ['Peso total:', `${group(weight, '.', ',')} kg`]], 330, 430, y + 10, 14, c.bold);
        c.text('Firma y sello del remitente', 40, y + 80, 8.5, c.font, true);
        return { c, key: { shipper, consignee, tracking_number: tracking, weight_kg: weight, ship_date: date, pieces } };
      },
    },
    {
      // A parcel label (4x6 inches): FROM / SHIP TO blocks, a tracking line under a fake barcode, "WT" and "1 OF 1".
      image: 0.4,
      make: async (g) => {
        const c = await canvas([288, 432]);
        const shipper = g.p(['Pinecrest Candle Co.', 'Wild Meadow Tea LLC']);
        const consignee = g.p(['Laura Bennett', 'Marcus Webb']);
        const tracking = `1Z ${g.n(3)} ${g.p(['A', 'E', 'W'])}${g.n(2)} ${g.n(2)} ${g.n(4)} ${g.n(3)}${g.n(1)}`.toUpperCase();
        const date = someDate(g);
        const weight = Math.round((0.4 + g.r() * 9) * 10) / 10;
        c.text('FROM:', 14, 24, 7, c.bold);
        [shipper, '310 Cedar Lane', 'Asheville NC 28801'].forEach((t, k) => c.text(t, 14, 35 + k * 10, 8));
        c.right(`${weight.toFixed(1)} KG`, 274, 24, 10, c.bold);
        c.right('1 OF 1', 274, 38, 9);
        c.text(`SHIP DATE: ${DATES.short(date)}`, 150, 62, 7.5);
        c.rule(10, 278, 72);
        c.text('SHIP TO:', 14, 88, 8, c.bold);
        [consignee, '42 Birchwood Drive', 'PORTLAND OR 97214'].forEach((t, k) => c.text(t.toUpperCase(), 30, 102 + k * 13, 11, k === 0 ? c.bold : c.font));
        c.rule(10, 278, 150);
        c.text('UPS GROUND', 14, 172, 16, c.bold);
        c.text(`TRACKING #: ${tracking}`, 14, 190, 9);
        c.rule(10, 278, 198);
        for (let k = 0; k < 60; k++) c.box(24 + k * 4, 210, (k * 7) % 3 === 0 ? 2.2 : 1, 60, 0);
        c.text('BILLING: P/P', 14, 300, 8);
        return { c, key: { shipper, consignee, tracking_number: tracking, weight_kg: weight, ship_date: date, pieces: 1 } };
      },
    },
  ],
};

/** 2. Insurance claim forms. */
const CLAIM_TYPES = ['Auto', 'Home', 'Travel', 'Health'];
const insurance: Kind = {
  name: 'insurance-claim',
  fields: [
    ['policyNumber', 'string', 'Insurance policy number'],
    ['claimantName', 'string', 'Name of the person making the claim'],
    ['dateOfLoss', 'date', 'Date the loss or accident happened'],
    ['claimAmount', 'number', 'Amount claimed'],
    ['claimType', 'enum', 'Kind of claim', CLAIM_TYPES],
    ['policeReportFiled', 'boolean', 'Whether a police report was filed'],
  ],
  documents: [
    {
      // A claim form filled in on lines, the label printed under each line; checkbox rows for type and police report.
      make: async (g) => {
        const c = await canvas();
        const policy = `${g.p(['HO', 'AU', 'TR'])}-${g.n(7)}`;
        const name = g.p(PEOPLE.slice(0, 3));
        const date = someDate(g);
        const amount = cents(300 + g.r() * 9000);
        const type = g.p(CLAIM_TYPES);
        const police = g.r() < 0.5;
        c.text('Brightline Mutual Insurance', 40, 50, 10, c.bold);
        c.text('PROPERTY & CASUALTY CLAIM FORM', 40, 75, 16, c.bold);
        c.text('Section A — Policyholder', 40, 110, 10, c.bold);
        underLine(c, 'Policy number', policy, 40, 140, 200);
        underLine(c, 'Full name of claimant', name, 270, 140, 280);
        underLine(c, 'Address', g.p(STREETS.en), 40, 175, 510);
        underLine(c, 'Telephone', `07${g.n(3)} ${g.n(6)}`, 40, 210, 200);
        c.text('Section B — The loss', 40, 250, 10, c.bold);
        checkboxes(c, 'Type of claim:', CLAIM_TYPES, type, 40, 275, 75);
        underLine(c, 'Date of loss (DD/MM/YYYY)', DATES.slashed(date), 40, 310, 160);
        underLine(c, 'Estimated amount claimed', MONEY.gbp(amount), 230, 310, 160);
        underLine(c, 'Place of loss', g.p(['At home', 'On the M4 near Reading', 'Hotel in Lisbon']), 420, 310, 130);
        checkboxes(c, 'Was the incident reported to the police?', ['Yes', 'No'], police ? 'Yes' : 'No', 40, 345, 50);
        c.text('Describe what happened:', 40, 375, 9);
        c.text(g.p(['Water leaked from the upstairs bathroom and damaged the kitchen ceiling.', 'My bag with a laptop was stolen from the car.']), 40, 390, 9.5);
        underLine(c, 'Signature', name, 40, 460, 220);
        underLine(c, 'Date', DATES.slashed(plusDays(date, 3)), 300, 460, 120);
        return { c, key: { policyNumber: policy, claimantName: name, dateOfLoss: date, claimAmount: amount, claimType: type, policeReportFiled: police } };
      },
    },
    {
      // A French claim declaration: "Label : value" rows, checkboxes with French option names.
      make: async (g) => {
        const c = await canvas();
        const policy = `${g.n(2)} ${g.n(3)} ${g.n(3)} ${g.p(['A', 'B'])}`;
        const name = g.p(['Jean-Luc Moreau', 'Camille Rousseau']);
        const date = someDate(g);
        const amount = cents(200 + g.r() * 6000);
        const type = g.p(CLAIM_TYPES);
        const police = g.r() < 0.5;
        const fr: Record<string, string> = { Auto: 'Automobile', Home: 'Habitation', Travel: 'Voyage', Health: 'Santé' };
        c.text('Assurances du Rhône', 40, 50, 11, c.bold);
        c.text('DÉCLARATION DE SINISTRE', 40, 80, 16, c.bold);
        grid(c, [['N° de contrat :', policy], ['Nom et prénom de l’assuré :', name], ['Adresse :', g.p(STREETS.fr)], ['Téléphone :', `06 ${g.n(2)} ${g.n(2)} ${g.n(2)} ${g.n(2)}`]], 40, 200, 115, 16);
        c.text('Nature du sinistre', 40, 200, 10, c.bold);
        CLAIM_TYPES.forEach((t, k) => { c.box(40 + k * 110, 212, 9, 9); if (t === type) c.text('X', 41.8 + k * 110, 220.5, 8.5, c.bold); c.text(fr[t], 53 + k * 110, 220, 9); });
        grid(c, [['Date du sinistre :', DATES.dotted(date).replace(/\./g, '/')], ['Lieu :', g.p(['Lyon', 'Villeurbanne', 'Annecy'])], ['Montant estimé des dommages :', MONEY.eurSpace(amount)]], 40, 200, 250, 16);
        c.text('Dépôt de plainte :', 40, 310, 9);
        ['Oui', 'Non'].forEach((o, k) => { c.box(140 + k * 60, 302, 9, 9); if ((o === 'Oui') === police) c.text('X', 141.8 + k * 60, 310.5, 8.5, c.bold); c.text(o, 153 + k * 60, 310, 9); });
        c.text('Circonstances :', 40, 340, 9);
        c.text('Dégât des eaux constaté au retour de vacances.', 40, 355, 9.5);
        c.text(`Fait à Lyon, le ${DATES.dotted(plusDays(date, 2)).replace(/\./g, '/')}`, 40, 420, 9);
        c.text('Signature de l’assuré', 350, 420, 9);
        return { c, key: { policyNumber: policy, claimantName: name, dateOfLoss: date, claimAmount: amount, claimType: type, policeReportFiled: police } };
      },
    },
    {
      // A boxed claim form (scanned): every answer in a cell with its label above; yes/no as checkboxes in a cell.
      image: -0.5,
      make: async (g) => {
        const c = await canvas([612, 792]);
        const policy = `P${g.n(9)}`;
        const name = g.p(['Daniel Okafor', 'Peter Hamilton']);
        const date = someDate(g);
        const amount = cents(500 + g.r() * 15000);
        const type = g.p(CLAIM_TYPES);
        const police = g.r() < 0.5;
        c.text('Evergreen Insurance Company', 40, 45, 10, c.bold);
        c.text('NOTICE OF CLAIM', 40, 70, 16, c.bold);
        cell(c, 'POLICY NO.', policy, 40, 90, 170);
        cell(c, 'NAME OF INSURED / CLAIMANT', name, 215, 90, 355);
        cell(c, 'DATE OF LOSS', DATES.usLong(date), 40, 125, 170);
        cell(c, 'TIME', `${g.int(1, 12)}:${pad(g.int(0, 59))} ${g.p(['AM', 'PM'])}`, 215, 125, 80);
        cell(c, 'AMOUNT OF CLAIM', MONEY.usd(amount), 300, 125, 130);
        cell(c, 'PHONE', `(555) ${g.n(3)}-${g.n(4)}`, 435, 125, 135);
        c.box(40, 160, 530, 30);
        checkboxes(c, 'CLAIM TYPE', CLAIM_TYPES, type, 44, 180, 70);
        c.box(40, 195, 530, 30);
        checkboxes(c, 'POLICE NOTIFIED?', ['Yes', 'No'], police ? 'Yes' : 'No', 44, 215, 50);
        cell(c, 'DESCRIPTION OF LOSS', g.p(['Rear-ended at a traffic light.', 'Hail damage to roof and gutters.']), 40, 230, 530, 50);
        return { c, key: { policyNumber: policy, claimantName: name, dateOfLoss: date, claimAmount: amount, claimType: type, policeReportFiled: police } };
      },
    },
  ],
};

/** 3. Bank statements (the header and the balances). */
const bank: Kind = {
  name: 'bank-statement',
  fields: [
    ['account_holder', 'string', 'Name of the account holder'],
    ['iban', 'string', 'IBAN of the account'],
    ['statement_period_start', 'date', 'First day of the statement period'],
    ['statement_period_end', 'date', 'Last day of the statement period'],
    ['opening_balance', 'number', 'Balance at the start of the period'],
    ['closing_balance', 'number', 'Balance at the end of the period'],
  ],
  documents: [
    {
      // A UK statement: holder's address block, a two-column summary, transactions from "Balance brought forward" to "Balance carried forward".
      make: async (g) => {
        const c = await canvas();
        const holder = g.p(['Margaret Ellison', 'Sofia Lindqvist']);
        const account = iban(g, 'GB');
        const start = monthStart(g);
        const end = monthEnd(start);
        const opening = cents(200 + g.r() * 5000);
        const moves = Array.from({ length: g.int(4, 7) }, () => cents((g.r() < 0.3 ? 1 : -1) * (5 + g.r() * 400)));
        const closing = cents(opening + moves.reduce((a, b) => a + b, 0));
        c.text('Thornbury Bank', 40, 50, 16, c.bold);
        c.text('Current Account Statement', 360, 50, 11, c.bold);
        [holder.toUpperCase(), '14 ORCHARD ROAD', 'LEEDS', 'LS6 2QA'].forEach((t, k) => c.text(t, 40, 110 + k * 12, 9.5));
        grid(c, [['Account name', holder], ['Sort code', `${g.n(2)}-${g.n(2)}-${g.n(2)}`], ['Account number', g.n(8)], ['IBAN', account], ['BIC', 'THBKGB2L'], ['Statement period', `${DATES.ukLong(start)} to ${DATES.ukLong(end)}`]], 300, 390, 105, 14);
        c.text('Your account summary', 40, 220, 10, c.bold);
        const paidIn = cents(moves.filter((m) => m > 0).reduce((a, b) => a + b, 0));
        const paidOut = cents(-moves.filter((m) => m < 0).reduce((a, b) => a + b, 0));
        grid(c, [['Opening balance', MONEY.gbp(opening)], ['Money in', MONEY.gbp(paidIn)], ['Money out', MONEY.gbp(paidOut)], ['Closing balance', MONEY.gbp(closing)]], 40, 180, 238, 14);
        let bal = opening;
        const rows = [[DATES.short(start).slice(0, 6), 'BALANCE BROUGHT FORWARD', '', '', group(opening, ',', '.')]];
        moves.forEach((m, k) => { bal = cents(bal + m); rows.push([DATES.short(plusDays(start, 2 + k * 3)).slice(0, 6), g.p(['CARD PAYMENT TESCO', 'DIRECT DEBIT COUNCIL TAX', 'FASTER PAYMENT J SMITH', 'SALARY ACME LTD', 'CARD PAYMENT SHELL']), m < 0 ? group(-m, ',', '.') : '', m > 0 ? group(m, ',', '.') : '', group(bal, ',', '.')]); });
        rows.push([DATES.short(end).slice(0, 6), 'BALANCE CARRIED FORWARD', '', '', group(closing, ',', '.')]);
        table(c, 320, [[40, 'Date', false], [100, 'Description', false], [400, 'Paid out', true], [480, 'Paid in', true], [555, 'Balance', true]], rows);
        return { c, key: { account_holder: holder, iban: account, statement_period_start: start, statement_period_end: end, opening_balance: opening, closing_balance: closing } };
      },
    },
    {
      // A German Kontoauszug: "Kontoinhaber", "Zeitraum vom … bis …", "Alter Kontostand" / "Neuer Kontostand" rows, amounts with S/H.
      make: async (g) => {
        const c = await canvas();
        const holder = g.p(['Katharina Vogel', 'Thomas Brenner']);
        const account = iban(g, 'DE');
        const start = monthStart(g);
        const end = monthEnd(start);
        const opening = cents(500 + g.r() * 8000);
        const moves = Array.from({ length: g.int(3, 6) }, () => cents((g.r() < 0.3 ? 1 : -1) * (10 + g.r() * 600)));
        const closing = cents(opening + moves.reduce((a, b) => a + b, 0));
        c.text('Sparkasse Rheinland', 40, 50, 15, c.bold);
        c.text('Kontoauszug', 40, 80, 13, c.bold);
        c.text(`Nr. ${g.int(1, 12)}/${start.slice(0, 4)}`, 140, 80, 10);
        grid(c, [['Kontoinhaber:', holder], ['IBAN:', account], ['BIC:', 'WELADED1RHL'], ['Zeitraum:', `${DATES.dotted(start)} bis ${DATES.dotted(end)}`]], 40, 130, 110, 15);
        let y = 200;
        c.text(`Alter Kontostand vom ${DATES.dotted(start)}`, 40, y, 9.5, c.bold);
        c.right(`${group(opening, '.', ',')} H`, 555, y, 9.5, c.bold);
        c.rule(40, 555, y + 5);
        y += 22;
        moves.forEach((m, k) => { c.text(DATES.dotted(plusDays(start, 1 + k * 4)).slice(0, 6), 40, y, 9); c.text(g.p(['Lastschrift Stadtwerke', 'Gutschrift Gehalt', 'Kartenzahlung REWE', 'Überweisung Miete']), 90, y, 9); c.right(`${group(Math.abs(m), '.', ',')} ${m < 0 ? 'S' : 'H'}`, 555, y, 9); y += 15; });
        c.rule(40, 555, y - 8);
        c.text(`Neuer Kontostand vom ${DATES.dotted(end)}`, 40, y + 8, 9.5, c.bold);
        c.right(`${group(closing, '.', ',')} ${closing < 0 ? 'S' : 'H'}`, 555, y + 8, 9.5, c.bold);
        return { c, key: { account_holder: holder, iban: account, statement_period_start: start, statement_period_end: end, opening_balance: opening, closing_balance: closing } };
      },
    },
    {
      // A Spanish extracto (scanned): boxed header cells, "Periodo: del … al …", "Saldo inicial" / "Saldo final" in a summary strip.
      image: 0.35,
      make: async (g) => {
        const c = await canvas();
        const holder = g.p(['Carmen Ruiz Ortega', 'Lucía Fernández Gil']);
        const account = iban(g, 'ES');
        const start = monthStart(g);
        const end = monthEnd(start);
        const opening = cents(300 + g.r() * 6000);
        const moves = Array.from({ length: g.int(3, 6) }, () => cents((g.r() < 0.3 ? 1 : -1) * (10 + g.r() * 500)));
        const closing = cents(opening + moves.reduce((a, b) => a + b, 0));
        c.text('Banco Meridional', 40, 50, 16, c.bold);
        c.text('EXTRACTO DE CUENTA', 330, 50, 12, c.bold);
        cell(c, 'TITULAR', holder, 40, 80, 260);
        cell(c, 'IBAN', account, 305, 80, 250);
        cell(c, 'PERIODO', `del ${DATES.slashed(start)} al ${DATES.slashed(end)}`, 40, 115, 260);
        cell(c, 'MONEDA', 'EUR', 305, 115, 250);
        const ins = cents(moves.filter((m) => m > 0).reduce((a, b) => a + b, 0));
        const outs = cents(-moves.filter((m) => m < 0).reduce((a, b) => a + b, 0));
        [['SALDO INICIAL', opening], ['INGRESOS', ins], ['GASTOS', outs], ['SALDO FINAL', closing]].forEach(([l, v], k) => cell(c, l as string, MONEY.eurSuffix(v as number), 40 + k * 129, 160, 125));
        let bal = opening;
        const rows = moves.map((m, k) => { bal = cents(bal + m); return [DATES.slashed(plusDays(start, 2 + k * 5)), g.p(['Recibo luz Iberdrola', 'Transferencia recibida', 'Compra tarjeta Mercadona', 'Bizum enviado']), group(m, '.', ','), group(bal, '.', ',')]; });
        table(c, 225, [[40, 'Fecha', false], [120, 'Concepto', false], [460, 'Importe', true], [555, 'Saldo', true]], rows);
        return { c, key: { account_holder: holder, iban: account, statement_period_start: start, statement_period_end: end, opening_balance: opening, closing_balance: closing } };
      },
    },
  ],
};

/** 4. Utility bills. */
const utility: Kind = {
  name: 'utility-bill',
  fields: [
    ['account_number', 'string', 'Customer account number'],
    ['billing_period', 'string', 'Billing period as printed'],
    ['amount_due', 'number', 'Total amount to pay'],
    ['due_date', 'date', 'Payment due date'],
    ['meter_reading', 'integer', 'Current (latest) meter reading'],
    ['usage_kwh', 'number', 'Energy used in the period, kWh'],
  ],
  documents: [
    {
      // A UK electricity bill: a summary panel on the right, meter readings in a table, charges below.
      make: async (g) => {
        const c = await canvas();
        const account = `${g.n(4)} ${g.n(4)} ${g.n(2)}`;
        const start = someDate(g);
        const end = plusDays(start, 30);
        const period = `${DATES.ukLong(start)} - ${DATES.ukLong(end)}`;
        const previous = g.int(10000, 60000);
        const usage = g.int(150, 600);
        const current = previous + usage;
        const charge = cents(usage * 0.245);
        const standing = cents(31 * 0.53);
        const vat = cents((charge + standing) * 0.05);
        const due = cents(charge + standing + vat);
        const dueDate = plusDays(end, 14);
        c.text('Lumen Energy', 40, 50, 18, c.bold);
        c.text('Your electricity bill', 40, 72, 11);
        ['Mr D Okafor', '7 Harbour View', 'Cardiff CF10 4PA'].forEach((t, k) => c.text(t, 40, 110 + k * 12, 9.5));
        c.box(340, 95, 215, 110, 0.93);
        grid(c, [['Account number', account], ['Bill date', DATES.ukLong(plusDays(end, 2))], ['Billing period', period]], 348, 430, 112, 14);
        c.text('Amount to pay', 348, 170, 10, c.bold);
        c.right(MONEY.gbp(due), 548, 170, 14, c.bold);
        c.text(`Please pay by ${DATES.ukLong(dueDate)}`, 348, 190, 9);
        c.text('Meter readings', 40, 240, 11, c.bold);
        table(c, 260, [[40, 'Meter', false], [180, 'Previous reading', true], [300, 'Current reading', true], [420, 'Units used (kWh)', true]], [[`E${g.n(8)}`, String(previous), `${current} (A)`, String(usage)]]);
        c.text('Charges', 40, 330, 11, c.bold);
        table(c, 350, [[40, 'Description', false], [555, 'Amount', true]], [[`Electricity ${usage} kWh at 24.50p`, MONEY.gbp(charge)], ['Standing charge 31 days at 53.00p', MONEY.gbp(standing)], ['VAT at 5%', MONEY.gbp(vat)], ['Total charges', MONEY.gbp(due)]], 15, true);
        return { c, key: { account_number: account, billing_period: period, amount_due: due, due_date: dueDate, meter_reading: current, usage_kwh: usage } };
      },
    },
    {
      // A French electricity bill: "Référence client", "Période de facturation : du … au …", "Montant à payer", "à régler avant le".
      make: async (g) => {
        const c = await canvas();
        const account = `${g.n(3)} ${g.n(3)} ${g.n(3)}`;
        const start = someDate(g);
        const end = plusDays(start, 60);
        const period = `du ${DATES.slashed(start)} au ${DATES.slashed(end)}`;
        const previous = g.int(5000, 40000);
        const usage = g.int(300, 1200);
        const current = previous + usage;
        const ht = cents(usage * 0.2276 + 2 * 12.44);
        const due = cents(ht * 1.2);
        const dueDate = plusDays(end, 15);
        c.text('Électricité de Provence', 40, 50, 16, c.bold);
        c.text('FACTURE D’ÉLECTRICITÉ', 40, 75, 12, c.bold);
        grid(c, [['Référence client :', account], ['Période de facturation :', period], ['Date de facture :', DATES.slashed(plusDays(end, 3))]], 40, 170, 110, 15);
        c.box(360, 100, 195, 60);
        c.text('Montant à payer', 370, 118, 10, c.bold);
        c.right(MONEY.eurSpace(due), 545, 138, 14, c.bold);
        c.text(`à régler avant le ${DATES.slashed(dueDate)}`, 370, 153, 8.5);
        c.text('Relevé de compteur', 40, 200, 11, c.bold);
        table(c, 220, [[40, 'N° compteur', false], [200, 'Ancien index', true], [320, 'Nouvel index', true], [450, 'Consommation (kWh)', true]], [[g.n(14), String(previous), String(current), String(usage)]]);
        table(c, 290, [[40, 'Détail', false], [555, 'Montant', true]], [['Abonnement (2 mois)', MONEY.eurSpace(cents(2 * 12.44))], [`Consommation ${usage} kWh`, MONEY.eurSpace(cents(usage * 0.2276))], ['Total HT', MONEY.eurSpace(ht)], ['TVA 20 %', MONEY.eurSpace(cents(due - ht))], ['Total TTC', MONEY.eurSpace(due)]], 15, true);
        return { c, key: { account_number: account, billing_period: period, amount_due: due, due_date: dueDate, meter_reading: current, usage_kwh: usage } };
      },
    },
    {
      // A US water/power bill (scanned): a row of boxed cells across the top, a remittance stub at the bottom.
      image: 0.3,
      make: async (g) => {
        const c = await canvas([612, 792]);
        const account = `${g.n(6)}-${g.n(3)}`;
        const start = someDate(g);
        const end = plusDays(start, 29);
        const period = `${DATES.slashed(start).slice(3, 5)}/${DATES.slashed(start).slice(0, 2)}/${start.slice(0, 4)} - ${DATES.slashed(end).slice(3, 5)}/${DATES.slashed(end).slice(0, 2)}/${end.slice(0, 4)}`;
        const previous = g.int(1000, 9000);
        const usage = g.int(400, 1500);
        const current = previous + usage;
        const due = cents(usage * 0.142 + 9.5);
        const dueDate = plusDays(end, 21);
        c.text('Riverbend Public Utilities', 40, 50, 16, c.bold);
        c.text('Statement of Electric Service', 40, 68, 10);
        cell(c, 'ACCOUNT NUMBER', account, 40, 90, 130);
        cell(c, 'SERVICE PERIOD', period, 175, 90, 170);
        cell(c, 'DUE DATE', DATES.usLong(dueDate), 350, 90, 110);
        cell(c, 'AMOUNT DUE', MONEY.usd(due), 465, 90, 105);
        table(c, 150, [[40, 'Meter', false], [200, 'Present read', true], [320, 'Previous read', true], [440, 'kWh used', true]], [[`M-${g.n(6)}`, String(current), String(previous), String(usage)]]);
        table(c, 215, [[40, 'Charges', false], [570, '', true]], [['Customer charge', MONEY.usd(9.5)], [`Energy ${usage} kWh @ $0.142`, MONEY.usd(cents(usage * 0.142))], ['Total current charges', MONEY.usd(due)]], 15, true);
        c.rule(40, 570, 600);
        c.text('Please return this portion with your payment', 40, 615, 8, c.font, true);
        grid(c, [['Account', account], ['Amount enclosed', '$__________']], 40, 140, 640, 15);
        return { c, key: { account_number: account, billing_period: period, amount_due: due, due_date: dueDate, meter_reading: current, usage_kwh: usage } };
      },
    },
  ],
};

/** 5. Payslips. */
const payslip: Kind = {
  name: 'payslip',
  fields: [
    ['employeeName', 'string', 'Employee full name'],
    ['employeeId', 'string', 'Employee number'],
    ['payDate', 'date', 'Date paid'],
    ['grossPay', 'number', 'Gross pay for the period'],
    ['netPay', 'number', 'Net pay (take-home)'],
    ['taxWithheld', 'number', 'Income tax deducted'],
  ],
  documents: [
    {
      // A UK payslip: header in boxed cells, payments and deductions side by side, the net pay in a box.
      make: async (g) => {
        const c = await canvas();
        const name = g.p(['Peter Hamilton', 'Sofia Lindqvist', 'Daniel Okafor']);
        const id = `E${g.n(5)}`;
        const date = someDate(g);
        const basic = cents(1800 + g.r() * 2500);
        const overtime = cents(g.r() * 300);
        const gross = cents(basic + overtime);
        const tax = cents((gross - 1047) * 0.2);
        const ni = cents((gross - 1048) * 0.08);
        const pension = cents(gross * 0.05);
        const net = cents(gross - tax - ni - pension);
        c.text('Halden Engineering Ltd', 40, 50, 14, c.bold);
        c.text('PAYSLIP', 480, 50, 14, c.bold);
        cell(c, 'Employee', name, 40, 70, 180);
        cell(c, 'Employee No.', id, 225, 70, 90);
        cell(c, 'Pay Date', DATES.slashed(date), 320, 70, 110);
        cell(c, 'Tax Code', '1257L', 435, 70, 120);
        cell(c, 'NI Number', `Q${g.p(['A', 'B', 'R'])} ${g.n(2)} ${g.n(2)} ${g.n(2)} C`, 40, 105, 180);
        cell(c, 'Pay Period', `Month ${g.int(1, 12)}`, 225, 105, 90);
        table(c, 160, [[40, 'Payments', false], [270, 'Amount', true]], [['Basic Pay', group(basic, ',', '.')], ['Overtime', group(overtime, ',', '.')]]);
        table(c, 160, [[310, 'Deductions', false], [555, 'Amount', true]], [['Income Tax', group(tax, ',', '.')], ['National Insurance', group(ni, ',', '.')], ['Pension', group(pension, ',', '.')]]);
        c.rule(40, 555, 240);
        grid(c, [['Total Payments', group(gross, ',', '.')]], 40, 200, 256, 14, c.bold);
        grid(c, [['Total Deductions', group(cents(tax + ni + pension), ',', '.')]], 310, 480, 256, 14, c.bold);
        c.box(400, 280, 155, 34);
        c.text('NET PAY', 406, 292, 7, c.font, true);
        c.right(MONEY.gbp(net), 548, 307, 12, c.bold);
        return { c, key: { employeeName: name, employeeId: id, payDate: date, grossPay: gross, netPay: net, taxWithheld: tax } };
      },
    },
    {
      // A German Lohnabrechnung: "Personal-Nr.", "Auszahlung am", an earnings table, "Gesamt-Brutto", "Lohnsteuer", "Auszahlungsbetrag".
      make: async (g) => {
        const c = await canvas();
        const name = g.p(['Katharina Vogel', 'Thomas Brenner', 'Jonas Albrecht']);
        const id = g.n(5);
        const date = someDate(g);
        const gross = cents(2800 + g.r() * 3000);
        const tax = cents(gross * 0.14);
        const kv = cents(gross * 0.081);
        const rv = cents(gross * 0.093);
        const av = cents(gross * 0.013);
        const net = cents(gross - tax - kv - rv - av);
        c.text('Mertens Logistik GmbH', 40, 50, 12, c.bold);
        c.text(`Abrechnung der Brutto/Netto-Bezüge für ${MONTHS.de[ymd(date)[1] - 1]} ${date.slice(0, 4)}`, 40, 80, 11, c.bold);
        grid(c, [['Personal-Nr.', id], ['Name', name], ['Steuerklasse', '1'], ['Auszahlung am', DATES.dotted(date)]], 40, 150, 110, 14);
        let y = table(c, 190, [[40, 'Lohnart', false], [300, 'Bezeichnung', false], [555, 'Betrag', true]], [['1000', 'Gehalt', group(gross, '.', ',')]]);
        y = grid(c, [['Gesamt-Brutto', group(gross, '.', ',')]], 300, 480, y + 4, 14, c.bold);
        y = table(c, y + 15, [[40, 'Abzüge', false], [300, '', false], [555, 'Betrag', true]], [['Steuer', 'Lohnsteuer', group(tax, '.', ',')], ['SV', 'Krankenversicherung', group(kv, '.', ',')], ['SV', 'Rentenversicherung', group(rv, '.', ',')], ['SV', 'Arbeitslosenversicherung', group(av, '.', ',')]]);
        grid(c, [['Nettobezüge', group(net, '.', ',')], ['Auszahlungsbetrag', `${group(net, '.', ',')} EUR`]], 300, 480, y + 4, 15, c.bold);
        return { c, key: { employeeName: name, employeeId: id, payDate: date, grossPay: gross, netPay: net, taxWithheld: tax } };
      },
    },
    {
      // A Spanish nómina (scanned): worker data as "Label: value" pairs on two columns, devengos/deducciones tables.
      image: -0.4,
      make: async (g) => {
        const c = await canvas();
        const name = g.p(['Carmen Ruiz Ortega', 'Javier Molina Prieto']);
        const id = `${g.n(4)}`;
        const date = monthEnd(monthStart(g));
        const base = cents(1400 + g.r() * 1600);
        const plus = cents(100 + g.r() * 200);
        const gross = cents(base + plus);
        const irpf = cents(gross * 0.12);
        const ss = cents(gross * 0.0635);
        const net = cents(gross - irpf - ss);
        c.text('Talleres Hermanos Pardo S.L.', 40, 50, 12, c.bold);
        c.text('RECIBO INDIVIDUAL DE SALARIOS', 40, 75, 13, c.bold);
        grid(c, [['Trabajador:', name], ['Nº empleado:', id], ['Categoría:', 'Oficial de 1ª']], 40, 120, 110, 14);
        grid(c, [['NIF:', `${g.n(8)}${g.p(['K', 'M', 'R'])}`], ['Fecha de pago:', DATES.slashed(date)], ['Periodo:', `01/${date.slice(5, 7)}/${date.slice(0, 4)} a ${DATES.slashed(date)}`]], 320, 400, 110, 14);
        let y = table(c, 180, [[40, 'DEVENGOS', false], [555, 'Importe', true]], [['Salario base', group(base, '.', ',')], ['Plus convenio', group(plus, '.', ',')], ['TOTAL DEVENGADO', group(gross, '.', ',')]], 15, true);
        y = table(c, y + 10, [[40, 'DEDUCCIONES', false], [555, 'Importe', true]], [['Contingencias comunes y desempleo', group(ss, '.', ',')], ['Retención IRPF 12,00 %', group(irpf, '.', ',')], ['TOTAL A DEDUCIR', group(cents(irpf + ss), '.', ',')]], 15, true);
        c.box(330, y + 5, 225, 28);
        c.text('LÍQUIDO TOTAL A PERCIBIR', 336, y + 23, 9, c.bold);
        c.right(MONEY.eurSuffix(net), 550, y + 23, 10, c.bold);
        return { c, key: { employeeName: name, employeeId: id, payDate: date, grossPay: gross, netPay: net, taxWithheld: irpf } };
      },
    },
  ],
};

/** 6. Lease / rental agreement summaries. */
const lease: Kind = {
  name: 'lease-agreement',
  fields: [
    ['landlord_name', 'string', 'Landlord (owner) name'],
    ['tenant_name', 'string', 'Tenant name'],
    ['property_address', 'string', 'Address of the rented property'],
    ['monthly_rent', 'number', 'Rent per month'],
    ['security_deposit', 'number', 'Security deposit'],
    ['start_date', 'date', 'Lease start date'],
    ['term_months', 'integer', 'Length of the lease in months'],
  ],
  documents: [
    {
      // A US lease summary sheet: a two-column grid of bold labels and values.
      make: async (g) => {
        const c = await canvas([612, 792]);
        const landlord = g.p(['Oakridge Property Management LLC', 'Harold Jennings']);
        const tenant = g.p(['Marcus Webb', 'Laura Bennett']);
        const address = g.p(['1820 Maple Avenue, Apt 4B, Columbus, OH 43215', '77 Lakeview Terrace, Madison, WI 53703']);
        const rent = g.p([1150, 1325, 1480, 1975]);
        const deposit = rent * g.p([1, 1.5]);
        const start = `${g.int(2023, 2025)}-${pad(g.int(1, 12))}-01`;
        const term = g.p([6, 12, 24]);
        c.text('RESIDENTIAL LEASE — SUMMARY OF KEY TERMS', 40, 60, 14, c.bold);
        c.text('This summary forms part of the lease agreement between the parties below.', 40, 78, 9, c.font, true);
        grid(c, [['Landlord:', landlord], ['Tenant(s):', tenant], ['Premises:', address], ['Lease term:', `${term} months`], ['Commencement date:', DATES.usLong(start)], ['Monthly rent:', MONEY.usd(rent)], ['Rent due:', '1st of each month'], ['Security deposit:', MONEY.usd(deposit)], ['Pets allowed:', g.p(['No', 'Yes, one cat'])]], 40, 170, 115, 18, c.bold);
        c.text('Signed by the parties on the date of commencement.', 40, 300, 9);
        return { c, key: { landlord_name: landlord, tenant_name: tenant, property_address: address, monthly_rent: rent, security_deposit: deposit, start_date: start, term_months: term } };
      },
    },
    {
      // A Spanish rental contract summary: "ARRENDADOR", "ARRENDATARIO" headings with the name under them, then "Renta mensual", "Fianza", "Duración".
      make: async (g) => {
        const c = await canvas();
        const landlord = g.p(['Inmobiliaria Turia S.L.', 'José Antonio Prieto Sanz']);
        const tenant = g.p(['Lucía Fernández Gil', 'Miguel Ángel Soler']);
        const address = g.p(STREETS.es);
        const rent = g.p([650, 780, 925, 1100]);
        const deposit = rent * 2;
        const start = `${g.int(2023, 2025)}-${pad(g.int(1, 12))}-01`;
        const term = g.p([12, 36, 60]);
        c.text('CONTRATO DE ARRENDAMIENTO DE VIVIENDA', 40, 60, 14, c.bold);
        c.text('Resumen de condiciones particulares', 40, 78, 10, c.font, true);
        c.text('ARRENDADOR', 40, 115, 8, c.bold);
        c.text(landlord, 40, 130, 10);
        c.text('ARRENDATARIO', 310, 115, 8, c.bold);
        c.text(tenant, 310, 130, 10);
        c.rule(40, 555, 142);
        grid(c, [['Inmueble:', address], ['Fecha de inicio:', DATES.esLong(start)], ['Duración:', `${term} meses`], ['Renta mensual:', MONEY.eurSuffix(rent)], ['Fianza:', MONEY.eurSuffix(deposit)], ['Forma de pago:', 'Transferencia, del 1 al 5 de cada mes']], 40, 150, 165, 17);
        c.text('En Valencia, a la fecha de inicio indicada.', 40, 290, 9);
        return { c, key: { landlord_name: landlord, tenant_name: tenant, property_address: address, monthly_rent: rent, security_deposit: deposit, start_date: start, term_months: term } };
      },
    },
    {
      // A UK tenancy form (scanned): boxes ticked for the term, answers on lines with the label under the line.
      image: 0.45,
      make: async (g) => {
        const c = await canvas();
        const landlord = g.p(['Ashdown Lettings Ltd', 'Mrs Eleanor Price']);
        const tenant = g.p(['Margaret Ellison', 'Peter Hamilton']);
        const address = g.p(['Flat 3, 21 Clifton Road, Bristol BS8 1AB', '9 Mill Street, York YO1 6BT']);
        const rent = g.p([850, 975, 1200]);
        const deposit = Math.round((rent * 12) / 52) * 5;
        const start = someDate(g);
        const term = g.p([6, 12]);
        c.text('ASSURED SHORTHOLD TENANCY — PARTICULARS', 40, 60, 13, c.bold);
        underLine(c, 'Landlord', landlord, 40, 110, 240);
        underLine(c, 'Tenant', tenant, 310, 110, 245);
        underLine(c, 'Address of the property', address, 40, 150, 515);
        underLine(c, 'Start of tenancy', DATES.ukLong(start), 40, 190, 150);
        underLine(c, 'Rent per calendar month', MONEY.gbp(rent), 220, 190, 150);
        underLine(c, 'Deposit', MONEY.gbp(deposit), 400, 190, 155);
        checkboxes(c, 'Fixed term:', ['6 months', '12 months', '24 months'], `${term} months`, 40, 235, 90);
        return { c, key: { landlord_name: landlord, tenant_name: tenant, property_address: address, monthly_rent: rent, security_deposit: deposit, start_date: start, term_months: term } };
      },
    },
  ],
};

// ---- The set ---------------------------------------------------------------------------------------------
const KINDS = [shipping, insurance, bank, utility, payslip, lease];
await writeKinds(here, KINDS, 2027, 101);
