// Generates eval/forms-heldout: six more kinds of form, written without looking at the offline extractor, to
// measure how it does on documents nobody tuned it for. Each kind has a folder of its own with the schema a
// user would write (eval/forms-heldout/<kind>/{docs,key,schema.json}): prescriptions, vehicle registrations,
// tax withholding certificates, hotel folios, boarding passes and purchase orders, three of each — one English,
// one in Italian, German, Portuguese, French or Spanish (English field names), one rendered to a degraded image
// the reader OCRs. Labels as real forms print them, values as printed. Run: npx tsx eval/forms-heldout/generate.ts
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Rng } from '../support/random.ts';
import { cents, group, MONTHS, pad, plusDays, ymd } from '../support/formats.ts';
import { birthDate, DATES, MONEY, someDate } from '../support/form-values.ts';
import { canvas } from '../support/canvas.ts';
import { cell, checkboxes, grid, table, underLine } from '../support/form-blocks.ts';
import { type Kind, writeKinds } from '../support/form-set.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

// ---- Kinds -------------------------------------------------------------------------------------------------

const PEOPLE = ['Margaret Ellison', 'Daniel Okafor', 'Sofia Lindqvist', 'Katharina Vogel', 'Peter Hamilton'];
const STREETS = { en: ['14 Orchard Road, Leeds LS6 2QA', '221 Elm Street, Springfield, IL 62704', '58 Queen Street, Bristol BS1 4LN'] };


/** 1. Prescriptions. */
const ROUTES = ['oral', 'topical', 'inhaled'];
const prescription: Kind = {
  name: 'prescription',
  fields: [
    ['patient_name', 'string', 'Full name of the patient'],
    ['date_of_birth', 'date', "Patient's date of birth"],
    ['prescriber', 'string', 'Doctor who wrote the prescription'],
    ['medication', 'string', 'Name of the drug prescribed, with strength'],
    ['dosage', 'string', 'How much to take and how often'],
    ['quantity', 'integer', 'Number of units to dispense'],
    ['issue_date', 'date', 'Date the prescription was written'],
    ['refills_allowed', 'boolean', 'Whether refills are allowed'],
  ],
  documents: [
    {
      // A US prescription pad: practice header, "Label: value" lines, Rx symbol, a Refills checkbox row.
      make: async (g) => {
        const c = await canvas([612, 792]);
        const patient = g.p(['Eleanor Whitfield', 'Marcus Delaney', 'Priya Raman']);
        const dob = birthDate(g);
        const doctor = g.p(['Dr. Samuel Ortiz, MD', 'Dr. Hannah Greer, MD']);
        const med = g.p(['Amoxicillin 500 mg capsules', 'Lisinopril 10 mg tablets', 'Atorvastatin 20 mg tablets']);
        const dosage = g.p(['Take 1 capsule by mouth three times daily', 'Take 1 tablet by mouth once daily']);
        const qty = g.p([21, 30, 90]);
        const date = someDate(g);
        const refills = g.r() < 0.5;
        c.text(doctor, 40, 50, 13, c.bold);
        c.text('Family Medicine · 880 Lakeshore Blvd, Suite 210, Cleveland, OH 44114 · (216) 555-0148', 40, 66, 8, c.font, true);
        c.text(`DEA # B${g.n(7)}    NPI ${g.n(10)}`, 40, 78, 8, c.font, true);
        c.rule(40, 572, 88);
        grid(c, [['Patient:', patient], ['DOB:', DATES.usSlashed(dob)], ['Address:', g.p(STREETS.en)]], 40, 110, 112, 16, c.bold);
        c.text('Date:', 420, 112, 9, c.bold);
        c.text(DATES.usSlashed(date), 455, 112, 9.5);
        c.text('Rx', 40, 190, 26, c.bold);
        c.text(med, 90, 185, 12, c.bold);
        c.text(`Sig: ${dosage}`, 90, 205, 10);
        c.text(`Disp: #${qty}`, 90, 222, 10);
        checkboxes(c, 'Refills:', ['None', '1', '2', '3'], refills ? '2' : 'None', 40, 270, 55);
        checkboxes(c, 'Substitution permitted:', ['Yes', 'No'], 'Yes', 40, 295, 50);
        c.rule(360, 572, 360);
        c.text('Prescriber signature', 360, 372, 7.5, c.font, true);
        return { c, key: { patient_name: patient, date_of_birth: dob, prescriber: doctor, medication: med, dosage, quantity: qty, issue_date: date, refills_allowed: refills } };
      },
    },
    {
      // An Italian prescription (ricetta): boxed cells with small labels above, the drug in a table.
      make: async (g) => {
        const c = await canvas();
        const patient = g.p(['Giulia Bianchi', 'Marco Esposito', 'Francesca Romano']);
        const dob = birthDate(g);
        const doctor = g.p(['Dott. Luca Ferrari', 'Dott.ssa Elena Conti']);
        const med = g.p(['Ibuprofene 400 mg compresse', 'Omeprazolo 20 mg capsule', 'Amoxicillina 1 g compresse']);
        const dosage = g.p(['1 compressa due volte al giorno dopo i pasti', '1 capsula al mattino a digiuno']);
        const qty = g.p([2, 1, 3]);
        const date = someDate(g);
        const refills = g.r() < 0.5;
        c.text('SERVIZIO SANITARIO NAZIONALE', 40, 50, 12, c.bold);
        c.text('Ricetta medica', 40, 66, 10, c.font, true);
        cell(c, 'COGNOME E NOME DELL\'ASSISTITO', patient, 40, 90, 330);
        cell(c, 'DATA DI NASCITA', DATES.slashed(dob), 375, 90, 180);
        cell(c, 'CODICE FISCALE', `${g.p(['BNCGLI', 'SPSMRC', 'RMNFNC'])}${g.n(2)}A${g.n(2)}F${g.n(3)}X`, 40, 125, 330);
        cell(c, 'DATA', DATES.slashed(date), 375, 125, 180);
        table(c, 190, [[40, 'Farmaco', false], [330, 'Posologia', false], [555, 'N. confezioni', true]], [[med, dosage.length > 40 ? dosage.slice(0, 40) : dosage, String(qty)]]);
        c.text('Ripetibile:', 40, 250, 9);
        ['Sì', 'No'].forEach((o, k) => { c.box(100 + k * 50, 242, 9, 9); if ((o === 'Sì') === refills) c.text('X', 101.8 + k * 50, 250.5, 8.5, c.bold); c.text(o, 113 + k * 50, 250, 9); });
        c.text('Il medico prescrittore', 360, 300, 8, c.font, true);
        c.text(doctor, 360, 315, 10);
        c.rule(360, 555, 330);
        return { c, key: { patient_name: patient, date_of_birth: dob, prescriber: doctor, medication: med, dosage: dosage.length > 40 ? dosage.slice(0, 40) : dosage, quantity: qty, issue_date: date, refills_allowed: refills } };
      },
    },
    {
      // A UK hospital outpatient prescription (scanned): two-column label grid, the item in a table, prescriber under a line.
      image: 0.5,
      make: async (g) => {
        const c = await canvas();
        const patient = g.p(['Thomas Brennan', 'Aisha Mensah']);
        const dob = birthDate(g);
        const doctor = g.p(['Dr Fiona McLeod', 'Dr Rajesh Patel']);
        const med = g.p(['Prednisolone 5 mg tablets', 'Salbutamol 100 micrograms inhaler']);
        const dosage = g.p(['Two tablets each morning', 'Two puffs when required']);
        const qty = g.p([28, 56]);
        const date = someDate(g);
        c.text('St Aldhelm\'s Hospital NHS Trust', 40, 50, 12, c.bold);
        c.text('OUTPATIENT PRESCRIPTION', 40, 72, 14, c.bold);
        grid(c, [['Patient name', patient], ['Date of birth', DATES.ukLong(dob)], ['NHS number', `${g.n(3)} ${g.n(3)} ${g.n(4)}`]], 40, 140, 110, 16, c.bold);
        grid(c, [['Clinic', 'Respiratory'], ['Date', DATES.ukLong(date)]], 330, 400, 110, 16, c.bold);
        table(c, 190, [[40, 'Medicine and strength', false], [260, 'Dose and frequency', false], [555, 'Quantity', true]], [[med, dosage, String(qty)]]);
        underLine(c, 'Prescriber (print name)', doctor, 40, 290, 220);
        underLine(c, 'Signature', '', 300, 290, 200);
        c.text('Repeat prescription: not authorised', 40, 330, 9);
        return { c, key: { patient_name: patient, date_of_birth: dob, prescriber: doctor, medication: med, dosage, quantity: qty, issue_date: date, refills_allowed: false } };
      },
    },
  ],
};

/** 2. Vehicle registrations and service records. */
const FUELS = ['Petrol', 'Diesel', 'Electric', 'Hybrid'];
const vin = (g: Rng) => Array.from({ length: 17 }, () => g.p('ABCDEFGHJKLMNPRSTUVWXYZ0123456789'.split(''))).join('');
const vehicle: Kind = {
  name: 'vehicle-registration',
  fields: [
    ['plateNumber', 'string', 'Registration / licence plate number'],
    ['vin', 'string', 'Vehicle identification number (chassis number)'],
    ['make', 'string', 'Manufacturer'],
    ['model', 'string', 'Model name'],
    ['firstRegistration', 'date', 'Date of first registration'],
    ['fuelType', 'enum', 'Fuel', FUELS],
    ['mileageKm', 'integer', 'Odometer reading in kilometres'],
  ],
  documents: [
    {
      // A UK-style registration certificate: numbered items in a two-column grid ("A. Registration number").
      make: async (g) => {
        const c = await canvas();
        const plate = `${g.p(['AB', 'KX', 'LD'])}${g.n(2)} ${g.p(['FTR', 'HZN', 'MVP'])}`;
        const v = vin(g);
        const make = g.p(['Ford', 'Vauxhall', 'Toyota']);
        const model = g.p(['Focus', 'Corsa', 'Yaris']);
        const first = someDate(g);
        const fuel = g.p(['Petrol', 'Diesel', 'Hybrid']);
        const km = g.int(5000, 160000);
        c.text('VEHICLE REGISTRATION CERTIFICATE', 40, 55, 15, c.bold);
        c.text('This document is not proof of ownership', 40, 71, 8, c.font, true);
        grid(c, [['A. Registration number', plate], ['B. Date of first registration', DATES.dotted(first)], ['D.1 Make', make.toUpperCase()], ['D.3 Model', model.toUpperCase()], ['E. Vehicle identification number', v], ['P.3 Type of fuel', fuel.toUpperCase()], ['R. Colour', g.p(['BLUE', 'SILVER', 'BLACK'])]], 40, 230, 110, 18);
        c.text('Odometer at last MOT', 40, 260, 9);
        c.text(`${group(km, ',', '.').slice(0, -3)} km`, 230, 260, 9.5);
        c.text('Registered keeper', 40, 300, 9, c.bold);
        c.text(g.p(PEOPLE), 40, 314, 9.5);
        return { c, key: { plateNumber: plate, vin: v, make: make.toUpperCase(), model: model.toUpperCase(), firstRegistration: first, fuelType: fuel, mileageKm: km } };
      },
    },
    {
      // A German service record (Inspektionsnachweis): boxed cells, values under small labels, jobs in a table.
      make: async (g) => {
        const c = await canvas();
        const plate = `${g.p(['M', 'K', 'HH'])}-${g.p(['AB', 'XY', 'LK'])} ${g.int(100, 9999)}`;
        const v = vin(g);
        const make = g.p(['Volkswagen', 'BMW', 'Opel']);
        const model = g.p(['Golf', '320d', 'Astra']);
        const first = someDate(g);
        const fuel = g.p(['Diesel', 'Electric']);
        const km = g.int(20000, 220000);
        const fuelDe: Record<string, string> = { Diesel: 'Diesel', Electric: 'Elektro' };
        c.text('Autohaus Brenner GmbH', 40, 50, 12, c.bold);
        c.text('INSPEKTIONSNACHWEIS', 40, 75, 15, c.bold);
        cell(c, 'Amtliches Kennzeichen', plate, 40, 95, 170);
        cell(c, 'Fahrzeug-Ident.-Nr. (FIN)', v, 215, 95, 200);
        cell(c, 'Erstzulassung', DATES.dotted(first), 420, 95, 135);
        cell(c, 'Hersteller', make, 40, 130, 170);
        cell(c, 'Typ / Modell', model, 215, 130, 200);
        cell(c, 'Kraftstoff', fuelDe[fuel], 420, 130, 135);
        cell(c, 'Kilometerstand', group(km, '.', ',').slice(0, -3), 40, 165, 170);
        cell(c, 'Datum der Inspektion', DATES.dotted(plusDays(first, 700)), 215, 165, 200);
        table(c, 230, [[40, 'Pos.', false], [90, 'Arbeiten', false], [555, 'Erledigt', true]], [['1', 'Motoröl und Ölfilter gewechselt', 'ja'], ['2', 'Bremsflüssigkeit geprüft', 'ja'], ['3', 'Innenraumfilter erneuert', 'ja']]);
        c.text('Stempel und Unterschrift der Werkstatt', 40, 330, 8, c.font, true);
        return { c, key: { plateNumber: plate, vin: v, make, model, firstRegistration: first, fuelType: fuel, mileageKm: km } };
      },
    },
    {
      // A US state title / registration card (scanned): labels above values in ruled columns.
      image: -0.5,
      make: async (g) => {
        const c = await canvas([612, 396]);
        const plate = `${g.n(1)}${g.p(['ABC', 'KRT', 'WPL'])}${g.n(3)}`;
        const v = vin(g);
        const make = g.p(['HONDA', 'CHEVROLET', 'SUBARU']);
        const model = g.p(['CIVIC', 'MALIBU', 'OUTBACK']);
        const first = someDate(g);
        const km = g.int(10000, 90000);
        c.text('STATE OF OREGON — VEHICLE REGISTRATION', 30, 35, 13, c.bold);
        const cols: [string, string, number][] = [['PLATE', plate, 30], ['VIN', v, 120], ['MAKE', make, 300], ['MODEL', model, 390], ['FUEL', 'GAS', 490]];
        cols.forEach(([l, val, x]) => { c.text(l, x, 70, 7, c.font, true); c.text(val, x, 86, 10); });
        c.rule(30, 580, 94);
        const cols2: [string, string, number][] = [['FIRST REGISTERED', DATES.usSlashed(first), 30], ['ODOMETER (KM)', String(km), 200], ['EXPIRES', DATES.usSlashed(plusDays(first, 730)), 350]];
        cols2.forEach(([l, val, x]) => { c.text(l, x, 115, 7, c.font, true); c.text(val, x, 131, 10); });
        c.rule(30, 580, 139);
        c.text('REGISTERED OWNER', 30, 165, 7, c.font, true);
        c.text(g.p(['DANIEL OKAFOR', 'LAURA BENNETT']), 30, 180, 10);
        return { c, key: { plateNumber: plate, vin: v, make, model, firstRegistration: first, fuelType: 'Petrol', mileageKm: km } };
      },
    },
  ],
};

/** 3. Tax withholding certificates. */
const tax: Kind = {
  name: 'tax-certificate',
  fields: [
    ['taxpayer_id', 'string', 'Taxpayer identification number of the employee'],
    ['taxpayer_name', 'string', 'Employee name'],
    ['employer_name', 'string', 'Name of the employer who withheld the tax'],
    ['tax_year', 'integer', 'Tax year the certificate covers'],
    ['total_income', 'number', 'Total taxable income paid in the year'],
    ['tax_paid', 'number', 'Income tax withheld in the year'],
  ],
  documents: [
    {
      // A W-2-like statement: numbered boxes with labels above, amounts in them.
      make: async (g) => {
        const c = await canvas([612, 400]);
        const ssn = `${g.n(3)}-${g.n(2)}-${g.n(4)}`;
        const name = g.p(['Margaret Ellison', 'Daniel Okafor']);
        const employer = g.p(['Cobalt Ridge Analytics Inc', 'Greenway Foods Corporation']);
        const year = g.int(2022, 2024);
        const income = cents(38000 + g.r() * 60000);
        const paid = cents(income * 0.16);
        c.text(`Wage and Tax Statement ${year}`, 30, 30, 13, c.bold);
        cell(c, "a  Employee's social security number", ssn, 30, 45, 200);
        cell(c, 'b  Employer identification number (EIN)', `${g.n(2)}-${g.n(7)}`, 30, 80, 280);
        cell(c, "c  Employer's name, address, and ZIP code", employer, 30, 115, 280, 50);
        c.text('400 Market Street, Denver, CO 80202', 34, 155, 8.5);
        cell(c, "e  Employee's first name and last name", name, 30, 170, 280);
        cell(c, '1  Wages, tips, other compensation', MONEY.plain(income), 315, 80, 130);
        cell(c, '2  Federal income tax withheld', MONEY.plain(paid), 450, 80, 130);
        cell(c, '3  Social security wages', MONEY.plain(income), 315, 115, 130);
        cell(c, '4  Social security tax withheld', MONEY.plain(cents(income * 0.062)), 450, 115, 130);
        cell(c, '5  Medicare wages and tips', MONEY.plain(income), 315, 150, 130);
        cell(c, '6  Medicare tax withheld', MONEY.plain(cents(income * 0.0145)), 450, 150, 130);
        return { c, key: { taxpayer_id: ssn, taxpayer_name: name, employer_name: employer, tax_year: year, total_income: income, tax_paid: paid } };
      },
    },
    {
      // A Portuguese annual income declaration (declaração de rendimentos): "Label: value" and a yearly table.
      make: async (g) => {
        const c = await canvas();
        const nif = `${g.n(3)} ${g.n(3)} ${g.n(3)}`;
        const name = g.p(['Ana Sofia Ribeiro', 'João Pedro Almeida']);
        const employer = g.p(['Construções Douro, Lda.', 'Têxteis Minho, S.A.']);
        const year = g.int(2022, 2024);
        const income = cents(14000 + g.r() * 30000);
        const paid = cents(income * 0.13);
        const ss = cents(income * 0.11);
        c.text(employer, 40, 50, 12, c.bold);
        c.text(`NIPC ${g.n(9)}`, 40, 64, 8, c.font, true);
        c.text('DECLARAÇÃO DE RENDIMENTOS E RETENÇÕES', 40, 95, 13, c.bold);
        c.text(`Ano: ${year}`, 40, 112, 10);
        grid(c, [['Nome do sujeito passivo:', name], ['NIF:', nif], ['Entidade pagadora:', employer]], 40, 190, 140, 16);
        table(c, 210, [[40, 'Categoria', false], [330, 'Rendimentos', true], [440, 'Retenção IRS', true], [555, 'Seg. Social', true]],
          [['A — Trabalho dependente', group(income, '.', ','), group(paid, '.', ','), group(ss, '.', ',')], ['Total', group(income, '.', ','), group(paid, '.', ','), group(ss, '.', ',')]], 15, true);
        c.text(`Porto, ${DATES.ptLong(`${year + 1}-01-20`)}`, 40, 300, 9);
        return { c, key: { taxpayer_id: nif, taxpayer_name: name, employer_name: employer, tax_year: year, total_income: income, tax_paid: paid } };
      },
    },
    {
      // A UK P60 (scanned): statements with the figure at the right of each line.
      image: 0.4,
      make: async (g) => {
        const c = await canvas();
        const nino = `${g.p(['QQ', 'AB', 'JT'])} ${g.n(2)} ${g.n(2)} ${g.n(2)} ${g.p(['A', 'C', 'D'])}`;
        const name = g.p(['Peter Hamilton', 'Sofia Lindqvist']);
        const employer = g.p(['Harbourside Engineering Ltd', 'Fenwick & Dale Solicitors LLP']);
        const year = g.int(2022, 2024);
        const income = cents(24000 + g.r() * 40000);
        const paid = cents((income - 12570) * 0.2);
        c.text(`P60 End of Year Certificate — Tax year to 5 April ${year}`, 40, 55, 12, c.bold);
        grid(c, [['Employee\'s surname and forenames', name], ['National Insurance number', nino], ['Employer name', employer]], 40, 260, 95, 18);
        c.text('Pay and Income Tax details', 40, 170, 10, c.bold);
        c.rule(40, 555, 175);
        [['Pay in this employment', income], ['Tax in this employment', paid], ['Total for year: Pay', income], ['Total for year: Tax', paid]].forEach(([l, v], k) => {
          c.text(String(l), 40, 192 + k * 16, 9);
          c.right(MONEY.gbp(Number(v)), 555, 192 + k * 16, 9.5);
        });
        c.text('Tax code at end of year  1257L', 40, 270, 9);
        return { c, key: { taxpayer_id: nino, taxpayer_name: name, employer_name: employer, tax_year: year, total_income: income, tax_paid: paid } };
      },
    },
  ],
};

/** 4. Hotel folios. */
const hotel: Kind = {
  name: 'hotel-folio',
  fields: [
    ['guestName', 'string', 'Name of the guest'],
    ['checkIn', 'date', 'Arrival date'],
    ['checkOut', 'date', 'Departure date'],
    ['roomNumber', 'string', 'Room number'],
    ['nights', 'integer', 'Number of nights stayed'],
    ['totalCharged', 'number', 'Total amount charged to the guest'],
  ],
  documents: [
    {
      // An English folio: header grid on two columns, charges in a table, balance at the foot.
      make: async (g) => {
        const c = await canvas();
        const guest = g.p(['Mr Daniel Okafor', 'Ms Priya Raman', 'Mr Peter Hamilton']);
        const inDate = someDate(g);
        const nights = g.int(2, 5);
        const out = plusDays(inDate, nights);
        const room = String(g.int(101, 920));
        const rate = g.p([139, 165, 210]);
        const rows = Array.from({ length: nights }, (_, k) => [DATES.slashed(plusDays(inDate, k)), 'Room charge', MONEY.gbp(rate)]);
        const bar = cents(12 + g.r() * 40);
        rows.push([DATES.slashed(plusDays(inDate, 1)), 'Restaurant', MONEY.gbp(bar)]);
        const total = cents(rate * nights + bar);
        c.text('THE GRANVILLE HOTEL', 40, 50, 15, c.bold);
        c.text('12 Regency Square, Brighton BN1 2FG', 40, 64, 8.5, c.font, true);
        c.text('GUEST FOLIO', 40, 95, 12, c.bold);
        grid(c, [['Guest', guest], ['Room', room], ['Rate', `${MONEY.gbp(rate)} per night`]], 40, 110, 120, 15, c.bold);
        grid(c, [['Arrival', DATES.slashed(inDate)], ['Departure', DATES.slashed(out)], ['Nights', String(nights)], ['Folio No.', g.n(6)]], 330, 400, 120, 15, c.bold);
        const y = table(c, 200, [[40, 'Date', false], [140, 'Description', false], [555, 'Amount', true]], rows);
        grid(c, [['Total charges', MONEY.gbp(total)], ['Payments', MONEY.gbp(-total)], ['Balance due', MONEY.gbp(0)]], 360, 470, y + 6, 15, c.bold);
        return { c, key: { guestName: guest, checkIn: inDate, checkOut: out, roomNumber: room, nights, totalCharged: total } };
      },
    },
    {
      // A French hotel bill (facture): "Label : value" pairs, stay in a table with the number of nights as quantity.
      make: async (g) => {
        const c = await canvas();
        const guest = g.p(['M. Julien Lefèvre', 'Mme Claire Dubois']);
        const inDate = someDate(g);
        const nights = g.int(1, 4);
        const out = plusDays(inDate, nights);
        const room = String(g.int(10, 45));
        const rate = g.p([95, 118, 142]);
        const taxe = cents(2.5 * nights);
        const total = cents(rate * nights + taxe);
        c.text('Hôtel des Remparts', 40, 50, 14, c.bold);
        c.text('3 place du Marché, 84000 Avignon', 40, 64, 8.5, c.font, true);
        c.text('FACTURE', 40, 95, 13, c.bold);
        grid(c, [['Client :', guest], ['Chambre n° :', room], ['Arrivée :', DATES.frLong(inDate)], ['Départ :', DATES.frLong(out)]], 40, 130, 120, 15);
        const y = table(c, 200, [[40, 'Désignation', false], [330, 'Qté', true], [440, 'P.U.', true], [555, 'Montant', true]],
          [['Nuitée chambre double', String(nights), MONEY.eurSpace(rate), MONEY.eurSpace(rate * nights)], ['Taxe de séjour', String(nights), MONEY.eurSpace(2.5), MONEY.eurSpace(taxe)]]);
        grid(c, [['Total TTC :', MONEY.eurSpace(total)], ['Réglé par carte :', MONEY.eurSpace(total)]], 360, 470, y + 6, 15, c.bold);
        return { c, key: { guestName: guest, checkIn: inDate, checkOut: out, roomNumber: room, nights, totalCharged: total } };
      },
    },
    {
      // A US motel receipt (scanned): boxed header cells, then a short table and an amount paid.
      image: -0.45,
      make: async (g) => {
        const c = await canvas([612, 500]);
        const guest = g.p(['LAURA BENNETT', 'MARCUS WEBB']);
        const inDate = someDate(g);
        const nights = g.int(1, 3);
        const out = plusDays(inDate, nights);
        const room = String(g.int(100, 260));
        const rate = g.p([89, 104]);
        const taxAmt = cents(rate * nights * 0.12);
        const total = cents(rate * nights + taxAmt);
        c.text('DESERT STAR INN', 40, 45, 15, c.bold);
        c.text('1901 Route 66, Flagstaff, AZ 86001', 40, 59, 8.5, c.font, true);
        cell(c, 'GUEST NAME', guest, 40, 80, 250);
        cell(c, 'ROOM NO.', room, 295, 80, 80);
        cell(c, 'ARRIVAL DATE', DATES.usSlashed(inDate), 40, 115, 165);
        cell(c, 'DEPARTURE DATE', DATES.usSlashed(out), 210, 115, 165);
        cell(c, 'NO. OF NIGHTS', String(nights), 380, 115, 100);
        const y = table(c, 180, [[40, 'Description', false], [555, 'Amount', true]], [['Room', MONEY.usd(rate * nights)], ['Occupancy tax', MONEY.usd(taxAmt)]]);
        c.text('TOTAL PAID', 380, y + 10, 10, c.bold);
        c.right(MONEY.usd(total), 555, y + 10, 10, c.bold);
        return { c, key: { guestName: guest, checkIn: inDate, checkOut: out, roomNumber: room, nights, totalCharged: total } };
      },
    },
  ],
};

/** 5. Boarding passes. */
const CABINS = ['Economy', 'Premium Economy', 'Business'];
const boarding: Kind = {
  name: 'boarding-pass',
  fields: [
    ['passenger', 'string', 'Passenger name as printed'],
    ['flight_number', 'string', 'Flight number'],
    ['departure_airport', 'string', 'IATA code of the departure airport'],
    ['arrival_airport', 'string', 'IATA code of the destination airport'],
    ['seat', 'string', 'Seat number'],
    ['departure_date', 'date', 'Date of the flight'],
    ['booking_reference', 'string', 'Booking reference / PNR'],
    ['cabin', 'enum', 'Travel class', CABINS],
  ],
  documents: [
    {
      // An airline boarding pass: labels small above values across the stub, big airport codes.
      make: async (g) => {
        const c = await canvas([612, 250]);
        const pax = g.p(['OKAFOR/DANIEL MR', 'ELLISON/MARGARET MS']);
        const flight = `${g.p(['BA', 'VS', 'AA'])} ${g.int(100, 2999)}`;
        const [from, to] = g.p([['LHR', 'JFK'], ['MAN', 'BOS'], ['LGW', 'MCO']]);
        const seat = `${g.int(3, 45)}${g.p(['A', 'C', 'D', 'F'])}`;
        const date = someDate(g);
        const pnr = Array.from({ length: 6 }, () => g.p('ABCDEFGHJKLMNPQRSTUVWXYZ'.split(''))).join('');
        const cabin = g.p(CABINS);
        c.box(20, 20, 572, 210);
        c.text('BOARDING PASS', 35, 45, 14, c.bold);
        c.text(cabin.toUpperCase(), 430, 45, 11, c.bold);
        const top: [string, string, number][] = [['NAME OF PASSENGER', pax, 35], ['FLIGHT', flight, 260], ['DATE', DATES.short(date), 360], ['BOOKING REF', pnr, 460]];
        top.forEach(([l, v, x]) => { c.text(l, x, 70, 7, c.font, true); c.text(v, x, 85, 11, c.bold); });
        c.text('FROM', 35, 110, 7, c.font, true); c.text(from, 35, 135, 22, c.bold);
        c.text('TO', 160, 110, 7, c.font, true); c.text(to, 160, 135, 22, c.bold);
        const low: [string, string, number][] = [['GATE', `${g.p(['B', 'C'])}${g.int(2, 40)}`, 260], ['BOARDING TIME', `${pad(g.int(6, 21))}:${pad(g.int(0, 5) * 10)}`, 330], ['SEAT', seat, 460]];
        low.forEach(([l, v, x]) => { c.text(l, x, 110, 7, c.font, true); c.text(v, x, 130, 14, c.bold); });
        c.text(`ETKT ${g.n(3)} ${g.n(10)}`, 35, 170, 8);
        return { c, key: { passenger: pax, flight_number: flight, departure_airport: from, arrival_airport: to, seat, departure_date: date, booking_reference: pnr, cabin } };
      },
    },
    {
      // A Spanish boarding pass (tarjeta de embarque): "Label: value" rows on two columns.
      make: async (g) => {
        const c = await canvas([612, 300]);
        const pax = g.p(['RUIZ ORTEGA/CARMEN', 'FERNANDEZ GIL/LUCIA']);
        const flight = `${g.p(['IB', 'VY', 'UX'])}${g.int(1000, 8999)}`;
        const [from, to] = g.p([['MAD', 'BCN'], ['BCN', 'SVQ'], ['VLC', 'MAD']]);
        const seat = `${g.int(1, 30)}${g.p(['A', 'B', 'E', 'F'])}`;
        const date = someDate(g);
        const pnr = Array.from({ length: 6 }, () => g.p('ABCDEFGHJKLMNPQRSTUVWXYZ23456789'.split(''))).join('');
        const cabin = g.p(['Economy', 'Business']);
        const cabinEs: Record<string, string> = { Economy: 'Turista', Business: 'Business' };
        c.text('TARJETA DE EMBARQUE', 30, 40, 15, c.bold);
        grid(c, [['Pasajero:', pax], ['Vuelo:', flight], ['Fecha:', DATES.slashed(date)], ['Origen:', from], ['Destino:', to]], 30, 110, 75, 17, c.bold);
        grid(c, [['Asiento:', seat], ['Puerta:', `${g.p(['H', 'J', 'K'])}${g.int(1, 60)}`], ['Embarque:', `${pad(g.int(6, 21))}:${pad(g.int(0, 5) * 10)}`], ['Clase:', cabinEs[cabin]], ['Localizador:', pnr]], 340, 420, 75, 17, c.bold);
        c.text('La puerta de embarque cierra 20 minutos antes de la salida.', 30, 200, 8, c.font, true);
        return { c, key: { passenger: pax, flight_number: flight, departure_airport: from, arrival_airport: to, seat, departure_date: date, booking_reference: pnr, cabin } };
      },
    },
    {
      // A printed e-ticket itinerary (scanned): booking reference line, flight details in a table.
      image: 0.35,
      make: async (g) => {
        const c = await canvas();
        const pax = g.p(['Sofia Lindqvist', 'Jean-Luc Moreau']);
        const flight = `${g.p(['LH', 'AF', 'KL'])}${g.int(100, 1999)}`;
        const [from, to] = g.p([['FRA', 'CDG'], ['AMS', 'FCO'], ['MUC', 'LIS']]);
        const seat = `${g.int(5, 35)}${g.p(['A', 'C', 'D'])}`;
        const date = someDate(g);
        const pnr = Array.from({ length: 6 }, () => g.p('ABCDEFGHJKLMNPQRSTUVWXYZ'.split(''))).join('');
        c.text('ELECTRONIC TICKET ITINERARY RECEIPT', 40, 55, 13, c.bold);
        grid(c, [['Passenger name:', pax], ['Booking reference:', pnr], ['Ticket number:', `${g.n(3)}-${g.n(10)}`]], 40, 160, 90, 16);
        table(c, 170, [[40, 'Flight', false], [110, 'Date', false], [200, 'From', false], [260, 'To', false], [320, 'Departs', false], [390, 'Class', false], [470, 'Seat', false], [555, 'Status', true]],
          [[flight, DATES.short(date), from, to, `${pad(g.int(6, 21))}:${pad(g.int(0, 5) * 5)}`, 'Economy', seat, 'OK']]);
        c.text('Baggage allowance: 1 piece, 23 kg', 40, 230, 9);
        return { c, key: { passenger: pax, flight_number: flight, departure_airport: from, arrival_airport: to, seat, departure_date: date, booking_reference: pnr, cabin: 'Economy' } };
      },
    },
  ],
};

/** 6. Purchase orders. */
const po: Kind = {
  name: 'purchase-order',
  fields: [
    ['poNumber', 'string', 'Purchase order number'],
    ['buyer', 'string', 'Company placing the order'],
    ['supplier', 'string', 'Vendor / supplier the order is sent to'],
    ['orderDate', 'date', 'Date of the order'],
    ['deliveryDate', 'date', 'Requested delivery date'],
    ['totalAmount', 'number', 'Order total including tax'],
  ],
  documents: [
    {
      // A US purchase order: PO number and date boxed at the right, VENDOR / SHIP TO blocks, lines in a table.
      make: async (g) => {
        const c = await canvas([612, 792]);
        const num = `PO-${g.int(2023, 2025)}-${g.n(4)}`;
        const buyer = g.p(['Summit Ridge Brewing Co', 'Lakeside Dental Group']);
        const supplier = g.p(['Allied Packaging Supply Inc', 'Precision Office Products LLC']);
        const date = someDate(g);
        const delivery = plusDays(date, g.int(7, 30));
        const lines = Array.from({ length: g.int(2, 4) }, () => ({ q: g.int(1, 40), p: cents(3 + g.r() * 90), d: g.p(['Corrugated boxes 12x12x8', 'Packing tape 48mm', 'Copy paper A4 ream', 'Toner cartridge black']) }));
        const sub = cents(lines.reduce((a, l) => a + l.q * l.p, 0));
        const taxAmt = cents(sub * 0.07);
        const total = cents(sub + taxAmt);
        c.text(buyer, 40, 50, 13, c.bold);
        c.text('2200 Industrial Pkwy, Boise, ID 83705', 40, 64, 8.5, c.font, true);
        c.text('PURCHASE ORDER', 380, 50, 16, c.bold);
        cell(c, 'P.O. NUMBER', num, 380, 65, 192);
        cell(c, 'DATE', DATES.usSlashed(date), 380, 100, 192);
        c.text('VENDOR', 40, 150, 9, c.bold); c.rule(40, 290, 154);
        [supplier, '77 Harbor Rd', 'Tacoma, WA 98421'].forEach((t, k) => c.text(t, 40, 168 + k * 12, 9.5));
        c.text('SHIP TO', 320, 150, 9, c.bold); c.rule(320, 572, 154);
        [buyer, 'Receiving Dock B', 'Boise, ID 83705'].forEach((t, k) => c.text(t, 320, 168 + k * 12, 9.5));
        table(c, 225, [[40, 'REQUISITIONER', false], [200, 'SHIP VIA', false], [360, 'F.O.B.', false], [572, 'DELIVERY DATE', true]], [['J. Alvarez', 'UPS Ground', 'Destination', DATES.usSlashed(delivery)]]);
        const y = table(c, 280, [[40, 'QTY', false], [90, 'DESCRIPTION', false], [470, 'UNIT PRICE', true], [572, 'TOTAL', true]], lines.map((l) => [String(l.q), l.d, MONEY.plain(l.p), MONEY.plain(cents(l.q * l.p))]));
        grid(c, [['SUBTOTAL', MONEY.plain(sub)], ['SALES TAX 7%', MONEY.plain(taxAmt)], ['TOTAL', MONEY.usd(total)]], 400, 500, y + 8, 15, c.bold);
        return { c, key: { poNumber: num, buyer, supplier, orderDate: date, deliveryDate: delivery, totalAmount: total } };
      },
    },
    {
      // An Italian order (ordine d'acquisto): "Label: value" header, parties side by side, lines and totals.
      make: async (g) => {
        const c = await canvas();
        const num = `${g.int(100, 999)}/${g.int(2023, 2025)}`;
        const buyer = g.p(['Ristorante Da Vittorio S.r.l.', 'Officine Meccaniche Lombarde S.p.A.']);
        const supplier = g.p(['Forniture Alberghiere Rossi S.r.l.', 'Utensileria Brambilla S.n.c.']);
        const date = someDate(g);
        const delivery = plusDays(date, g.int(5, 25));
        const lines = Array.from({ length: g.int(2, 3) }, () => ({ q: g.int(2, 50), p: cents(4 + g.r() * 60), d: g.p(['Tovaglioli in carta 40x40', 'Bicchieri in vetro 35 cl', 'Punte per trapano HSS 8 mm', 'Guanti da lavoro taglia L']) }));
        const imp = cents(lines.reduce((a, l) => a + l.q * l.p, 0));
        const iva = cents(imp * 0.22);
        const total = cents(imp + iva);
        c.text(buyer, 40, 50, 12, c.bold);
        c.text('ORDINE D\'ACQUISTO', 40, 85, 15, c.bold);
        grid(c, [['Ordine n.:', num], ['Data ordine:', DATES.slashed(date)], ['Consegna richiesta:', DATES.slashed(delivery)]], 330, 430, 80, 15);
        c.text('Spett.le Fornitore', 40, 130, 8, c.font, true);
        c.text(supplier, 40, 144, 10);
        c.text('Luogo di consegna', 330, 130, 8, c.font, true);
        c.text('Via Roma 12, 20121 Milano', 330, 144, 10);
        const y = table(c, 180, [[40, 'Descrizione', false], [330, 'Q.tà', true], [440, 'Prezzo unit.', true], [555, 'Importo', true]], lines.map((l) => [l.d, String(l.q), group(l.p, '.', ','), group(cents(l.q * l.p), '.', ',')]));
        grid(c, [['Imponibile', group(imp, '.', ',')], ['IVA 22%', group(iva, '.', ',')], ['Totale ordine', MONEY.eurSuffix(total)]], 360, 470, y + 8, 15, c.bold);
        return { c, key: { poNumber: num, buyer, supplier, orderDate: date, deliveryDate: delivery, totalAmount: total } };
      },
    },
    {
      // A UK order form (scanned): label under the filled line, a two-column grid for dates, a table with a total row.
      image: -0.4,
      make: async (g) => {
        const c = await canvas();
        const num = `${g.n(6)}`;
        const buyer = g.p(['Thornbury Primary School', 'Westfield Veterinary Practice']);
        const supplier = g.p(['Castle Educational Supplies Ltd', 'Pennine Medical Wholesale Ltd']);
        const date = someDate(g);
        const delivery = plusDays(date, g.int(3, 14));
        const lines = Array.from({ length: 2 }, () => ({ q: g.int(1, 20), p: cents(5 + g.r() * 40), d: g.p(['Exercise books A4 pack of 50', 'Whiteboard markers assorted', 'Disposable gloves box of 100']) }));
        const net = cents(lines.reduce((a, l) => a + l.q * l.p, 0));
        const total = cents(net * 1.2);
        c.text('OFFICIAL ORDER', 40, 55, 15, c.bold);
        c.text(`Order No. ${num}`, 400, 55, 11, c.bold);
        underLine(c, 'Ordered by', buyer, 40, 100, 240);
        underLine(c, 'Supplier', supplier, 310, 100, 245);
        grid(c, [['Date of order', DATES.ukLong(date)], ['Delivery required by', DATES.ukLong(delivery)]], 40, 170, 140, 16, c.bold);
        const y = table(c, 190, [[40, 'Qty', false], [90, 'Item', false], [460, 'Price', true], [555, 'Line total', true]], [...lines.map((l) => [String(l.q), l.d, MONEY.gbp(l.p), MONEY.gbp(cents(l.q * l.p))]), ['', 'VAT 20%', '', MONEY.gbp(cents(total - net))], ['', 'Order total', '', MONEY.gbp(total)]], 15, true);
        c.text('Authorised signatory ____________________', 40, y + 40, 9);
        return { c, key: { poNumber: num, buyer, supplier, orderDate: date, deliveryDate: delivery, totalAmount: total } };
      },
    },
  ],
};

// ---- The set ---------------------------------------------------------------------------------------------
const KINDS = [prescription, vehicle, tax, hotel, boarding, po];
await writeKinds(here, KINDS, 4099, 131);
