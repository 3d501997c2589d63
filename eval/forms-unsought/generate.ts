// Generates eval/forms-unsought: six more kinds of form no other set has, written without reading the offline
// extractor (nothing under src/ was opened, nor any test), to measure how it does on kinds of form nobody tuned it for.
// Each kind has a folder of its own with the schema a user would write (eval/forms-unsought/<kind>/{docs,key,schema.json}):
// veterinary invoices, marriage certificates, grain weighbridge tickets, clinical trial consent forms, student visa
// (admission) letters and water quality test reports, three of each — 000 in English, 001 in Dutch, Portuguese, German,
// Italian, Spanish or French (English field names, the document printed wholly in that language), 002 in English
// rendered to a degraded image the reader OCRs. The layouts vary as real forms do: labels left with a colon, above
// values in boxed cells, captions under filled-in lines, column headings of item and result tables, two-column
// key/value tables, register rows, a dot-matrix ticket, boxes crossed before or after their option, initials in boxes,
// values inside the sentences of letters and consent declarations; labels in the words real forms use rather than the
// schema's (Canine, Equine, canola, "taught full-time"), and decoys (visit and issue dates beside the date asked for,
// subtotals, deposits and tare weights beside the amounts, witnesses, fathers and principal investigators beside the
// names, entry and licence numbers beside the certificate's). The keys hold what a user expects back (ISO dates, plain
// numbers, one of the enum's options, true/false, strings as printed, null only where the document does not print
// the value).
// Run: npx tsx eval/forms-unsought/generate.ts
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rgb, StandardFonts } from 'pdf-lib';
import { shuffle, type Rng } from '../support/random.ts';
import { cents, group, ibanWithCheck, inFours, MONTHS, pad, plusDays, ymd } from '../support/formats.ts';
import { addYears, after, birthDate, DATES, letters, MONEY, someDate } from '../support/form-values.ts';
import { canvas, type Canvas } from '../support/canvas.ts';
import { cell, checkboxes, grid, headed, table, tick, underLine } from '../support/form-blocks.ts';
import { type Kind, writeKinds } from '../support/form-set.ts';
import { block, boxAfter, centre, footer, kv, letterhead, para, ruled, stamp } from '../support/form-draw.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

// ---- Values ------------------------------------------------------------------------------------------------

const ORDINALS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth', 'Eleventh', 'Twelfth', 'Thirteenth',
  'Fourteenth', 'Fifteenth', 'Sixteenth', 'Seventeenth', 'Eighteenth', 'Nineteenth', 'Twentieth', 'Twenty-first', 'Twenty-second', 'Twenty-third',
  'Twenty-fourth', 'Twenty-fifth', 'Twenty-sixth', 'Twenty-seventh', 'Twenty-eighth', 'Twenty-ninth', 'Thirtieth', 'Thirty-first'];
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen'];
/** More printed date formats than form-values has. */
const D = {
  ...DATES,
  dashed: (iso: string) => { const [y, m, d] = ymd(iso); return `${pad(d)}-${pad(m)}-${y}`; },
  ukShort: (iso: string) => { const [y, m, d] = ymd(iso); return `${d} ${MONTHS.en[m - 1].slice(0, 3)} ${y}`; },
  usShort: (iso: string) => { const [y, m, d] = ymd(iso); return `${MONTHS.en[m - 1].slice(0, 3)} ${d}, ${y}`; },
  /** As grain receival dockets print them: "14-Jul-2024". */
  docket: (iso: string) => { const [y, m, d] = ymd(iso); return `${pad(d)}-${MONTHS.en[m - 1].slice(0, 3)}-${y}`; },
  /** As registers of marriages write them: "Fourteenth June 2024". */
  words: (iso: string) => { const [y, m, d] = ymd(iso); return `${ORDINALS[d - 1]} ${MONTHS.en[m - 1]} ${y}`; },
  /** "the 3rd day of May 2025". */
  nth: (iso: string) => { const [y, m, d] = ymd(iso); const s = d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'; return `${d}${s} day of ${MONTHS.en[m - 1]} ${y}`; },
};
/** More money formats: "€ 1.234,56" (Dutch), "$1,234.56" (Australian and Canadian dollars). */
const M = {
  ...MONEY,
  eurPrefix: (v: number) => `€ ${group(v, '.', ',')}`,
  dollars: (v: number) => `$${group(v, ',', '.')}`,
};
/** A decimal with a comma for the mark, as German and French print them: "14,2". */
const comma = (v: number, places = 1) => group(v, '.', ',', places);
/** `xs` in an order drawn from `g` (Fisher-Yates). */
/** A student's date of birth: 18 to 30 in 2024. */
const studentBirth = (g: Rng) => new Date(Date.UTC(g.int(1994, 2006), g.int(0, 11), g.int(1, 28))).toISOString().slice(0, 10);
/** A clock time "09:14" between `a` and `b` o'clock. */
const clock = (g: Rng, a: number, b: number) => `${pad(g.int(a, b))}:${pad(g.int(0, 59))}`;
/** Initials as a participant writes them in a consent box: "L.M.C." */
const initials = (name: string) => `${name.split(' ').map((w) => w[0]).join('.')}.`;

// ---- Layout helpers ----------------------------------------------------------------------------------------

/** Register rows: ruled columns [width, heading] whose headings and cells wrap; each row a list of cells of lines. */
const register = (c: Canvas, x: number, y: number, cols: [number, string][], rows: string[][][], headH: number, rowH: number, size = 8.5) => {
  let cx = x;
  cols.forEach(([w, head], k) => {
    c.box(cx, y, w, headH, 0.92);
    c.box(cx, y, w, headH);
    para(c, head, cx + 3, y + 9, w - 6, 6.5, 8);
    rows.forEach((row, r) => {
      const top = y + headH + r * rowH;
      c.box(cx, top, w, rowH);
      let ty = top + 14;
      for (const t of row[k]) ty = para(c, t, cx + 4, ty, w - 8, size, size + 3.5);
    });
    cx += w;
  });
  return y + headH + rows.length * rowH;
};
/** A frame round the whole page, as certificates have. */
const frame = (c: Canvas, inset: number, width = 1.2) => {
  const w = c.page.getWidth();
  c.page.drawRectangle({ x: inset, y: inset, width: w - 2 * inset, height: c.height - 2 * inset, borderWidth: width, borderColor: rgb(0.3, 0.3, 0.3) });
};
/** Label and amount rows right-aligned at `xr`, labels at `xl` (the totals under an invoice's items); returns the y under them. */
const totals = (c: Canvas, rows: [string, string, boolean?][], xl: number, xr: number, y: number, step = 15) => {
  rows.forEach(([l, v, strong], k) => {
    c.text(l, xl, y + k * step, 9, strong ? c.bold : c.font);
    c.right(v, xr, y + k * step, 9.5, strong ? c.bold : c.font);
  });
  return y + rows.length * step;
};

// ---- Kinds -------------------------------------------------------------------------------------------------

/** 1. Veterinary invoices. */
const SPECIES = ['Dog', 'Cat', 'Rabbit', 'Horse', 'Other'];
const vetInvoice: Kind = {
  name: 'veterinary-invoice',
  fields: [
    ['invoice_number', 'string', 'Invoice number'],
    ['invoice_date', 'date', 'Invoice date'],
    ['clinic_name', 'string', 'Name of the vet practice'],
    ['owner_name', 'string', 'Client (pet owner) name'],
    ['pet_name', 'string', 'Name of the animal treated'],
    ['species', 'enum', 'What kind of animal it is', SPECIES],
    ['total_amount', 'number', 'Invoice total including VAT/GST'],
    ['paid_in_full', 'boolean', 'Has the invoice been paid in full?'],
  ],
  documents: [
    {
      // A UK small-animal practice's invoice: the client in an address box, the invoice details as "Label: value" rows,
      // the patient under small headings with the species as vets write it (Canine, Feline), the items in a table with the
      // visit date on each line (a day or two before the invoice date), subtotal and VAT above the total, then what was
      // paid and the balance; the next booster's due date as a decoy.
      make: async (g) => {
        const c = await canvas();
        const clinic = g.p(['Oakfield Veterinary Surgery', 'Harbourside Vets', 'Meadowbank Animal Hospital', 'The Willows Veterinary Centre']);
        const owner = g.p(['Helen Garside', 'Tom Ashby', 'Priya Raman', 'Gareth Lloyd']);
        const [pet, printed, species, breed, sexAge] = g.p([['Bella', 'Canine', 'Dog', 'Cocker Spaniel', 'FN / 6y 2m'], ['Milo', 'Feline', 'Cat', 'Domestic Shorthair', 'MN / 3y 8m'],
          ['Thumper', 'Rabbit', 'Rabbit', 'Netherland Dwarf', 'M / 2y 1m'], ['Rolo', 'Canine', 'Dog', 'Labrador Retriever', 'ME / 9y 5m']]);
        const date = someDate(g);
        const visit = plusDays(date, -g.int(0, 2));
        const num = `${g.int(2, 9)}${g.n(5)}`;
        const items: [string, number, boolean][] = [['Consultation - standard (15 min)', 52.5, false], ['Vaccination - annual booster', 61, false], ['Metacam 1.5mg/ml oral suspension 10ml', 14.2, true],
          ['In-house haematology & biochemistry', 118, false], ['Nail clip', 12, false], ['Spot-on flea & worm treatment', 17.85, true], ['Dental scale & polish under GA', 295, false],
          ['Hospitalisation - day rate', 64, false], ['Clinical waste disposal', 3.95, false]];
        const lines = shuffle(g, items).slice(0, g.int(3, 6)).map(([d, p, many]) => { const q = many ? g.int(1, 3) : 1; return { d, q, p, a: cents(q * p) }; });
        const net = cents(lines.reduce((s, l) => s + l.a, 0));
        const vat = cents(net * 0.2);
        const total = cents(net + vat);
        const paid = g.r() < 0.55;
        const amountPaid = paid ? total : g.p([0, cents(Math.floor(total / 2))]);
        letterhead(c, clinic, [`${g.int(2, 140)} ${g.p(['Station Road', 'High Street', 'Mill Lane'])}, ${g.p(['Ludlow SY8 1AB', 'Tiverton EX16 6PG', 'Hexham NE46 3NP'])} · 01${g.n(3)} ${g.n(6)} · reception@${clinic.toLowerCase().replace(/[^a-z]/g, '').slice(0, 14)}.co.uk`, `VAT Reg. No. GB ${g.n(3)} ${g.n(4)} ${g.n(2)} · RCVS accredited practice`], 50, 55, 16, 545);
        c.text('INVOICE', 50, 125, 18, c.bold);
        block(c, 'Client', [owner, `${g.int(1, 90)} ${g.p(['Orchard Close', 'Church View', 'Kingsway'])}`, g.p(['Ludlow', 'Tiverton', 'Hexham']), `${letters(g, 2)}${g.int(1, 20)} ${g.int(1, 9)}${letters(g, 2)}`], 50, 140, 240, 72);
        grid(c, [['Invoice No.:', num], ['Invoice date:', D.ukLong(date)], ['Account No.:', `C${g.n(5)}`], ['Attending vet:', g.p(['Sarah Moffat MRCVS', 'James Kerr BVSc MRCVS', 'Ana Ribeiro MRCVS'])]], 330, 410, 150, 15, c.bold);
        headed(c, [[50, 'Patient'], [140, 'Species'], [215, 'Breed'], [345, 'Sex / age'], [440, 'Patient ID']], [pet, printed, breed, sexAge, `P${g.n(5)}`], 240, 545);
        let y = table(c, 292, [[50, 'Date', false], [112, 'Description', false], [385, 'Qty', true], [460, 'Unit £', true], [545, 'Net £', true]],
          lines.map((l) => [D.slashed(visit), l.d, String(l.q), M.plain(l.p), M.plain(l.a)]), 15);
        y = totals(c, [['Subtotal (excl. VAT)', M.gbp(net)], ['VAT @ 20%', M.gbp(vat)], ['Invoice total', M.gbp(total), true],
          [amountPaid ? `Paid by card ${D.slashed(date)}` : 'Paid', M.gbp(amountPaid)], ['Balance due', M.gbp(cents(total - amountPaid)), true]], 340, 545, y + 10);
        if (paid) stamp(c, 'PAID WITH THANKS', 80, y - 20, 13, 6);
        y = para(c, `Reminder: ${pet}'s next annual health check and booster are due on ${D.ukLong(addYears(visit, 1))}. ${paid ? '' : 'Accounts are payable at the time of treatment; please settle the balance within 14 days.'}`, 50, y + 30, 495, 9, 13);
        footer(c, `${clinic} is a trading name of ${g.p(['Pennant', 'Brookfield', 'Ashdown'])} Veterinary Partners Ltd, registered in England No. ${g.n(8)}.`, c.height - 30, 50);
        return { c, key: { invoice_number: num, invoice_date: date, clinic_name: clinic, owner_name: owner, pet_name: pet, species, total_amount: total, paid_in_full: paid } };
      },
    },
    {
      // A Dutch practice's factuur: the owner's address in the envelope window, the invoice number, date, due date and
      // customer number in boxed cells, the animal in one line (kat, hond, konijn), the items in a ruled table with the
      // VAT rate per line, totals excluding and including btw; paid at the desk by PIN, or a request to transfer by the
      // due date.
      make: async (g) => {
        const c = await canvas();
        const clinic = g.p(['Dierenkliniek De Linde', 'Dierenartsenpraktijk Het Hoefijzer', 'Dierenziekenhuis Amstelland']);
        const owner = g.p(['Sanne Bakker', 'Pieter van Dijk', 'Fleur Jansen', 'Bram Visser']);
        const [pet, printed, species] = g.p([['Minoes', 'kat, Europese korthaar, poes (gecastreerd)', 'Cat'], ['Bolt', 'hond, Border Collie, reu', 'Dog'],
          ['Snuffie', 'konijn, Hollander, ram', 'Rabbit'], ['Luna', 'hond, Labradoodle, teef', 'Dog']]);
        const date = someDate(g);
        const visit = plusDays(date, -g.int(0, 3));
        const due = plusDays(date, 14);
        const num = `${date.slice(0, 4)}${g.n(5)}`;
        const items: [string, number][] = [['Consult', 42.5], ['Vaccinatie (jaarlijkse enting)', 48.9], ['Ontwormingstablet', 9.75], ['Bloedonderzoek (uitgebreid)', 96],
          ['Gebitsbehandeling onder narcose', 245], ['Nagels knippen', 11.5], ['Chippen en registratie', 39.5], ['Pijnstiller (Metacam)', 18.4]];
        const lines = shuffle(g, items).slice(0, g.int(3, 5)).map(([d, p]) => { const q = d.startsWith('Ontworm') ? g.int(1, 4) : 1; return { d, q, p, a: cents(q * p) }; });
        const net = cents(lines.reduce((s, l) => s + l.a, 0));
        const vat = cents(net * 0.21);
        const total = cents(net + vat);
        const paid = g.r() < 0.5;
        const iban = ibanWithCheck('NL', `RABO0${g.n(9)}`);
        letterhead(c, clinic, [`${g.p(['Lindelaan', 'Dorpsstraat', 'Stationsweg'])} ${g.int(2, 120)}, ${g.p(['3811 KB Amersfoort', '6512 AB Nijmegen', '1181 ZK Amstelveen'])} · 0${g.n(2)}-${g.n(7)}`, `KvK ${g.n(8)} · Btw-nr. NL${g.n(9)}B01 · IBAN ${inFours(iban)}`], 50, 55, 15, 545);
        [owner, `${g.p(['Kerkstraat', 'Molenweg', 'Beukenlaan'])} ${g.int(2, 140)}`, g.p(['3812 PL  AMERSFOORT', '6524 CC  NIJMEGEN', '1183 HH  AMSTELVEEN'])].forEach((t, k) => c.text(t, 60, 120 + k * 13, 10));
        c.text('FACTUUR', 50, 200, 17, c.bold);
        cell(c, 'Factuurnummer', num, 50, 212, 125);
        cell(c, 'Factuurdatum', D.dashed(date), 175, 212, 120);
        cell(c, 'Vervaldatum', D.dashed(due), 295, 212, 120);
        cell(c, 'Klantnummer', g.n(6), 415, 212, 130);
        c.text('Patiënt:', 50, 265, 9.5, c.bold);
        c.text(`${pet} (${printed})`, 100, 265, 9.5);
        c.text(`Behandelend dierenarts: ${g.p(['drs. M. de Wit', 'M. Hendriks DVM', 'drs. A. Kok'])}`, 50, 280, 8.5, c.font, true);
        let y = ruled(c, 50, 295, [[70, 'Datum'], [210, 'Omschrijving'], [45, 'Aantal'], [65, 'Prijs'], [40, 'Btw'], [65, 'Bedrag']],
          lines.map((l) => [D.dashed(visit), l.d, String(l.q), M.eurPrefix(l.p), '21%', M.eurPrefix(l.a)]), 18, 9, [2, 3, 5]);
        y = totals(c, [['Totaal excl. btw', M.eurPrefix(net)], ['Btw 21%', M.eurPrefix(vat)], ['Totaal incl. btw', M.eurPrefix(total), true]], 360, 545, y + 18);
        y = para(c, paid
          ? `Dit bedrag is op ${D.dashed(date)} voldaan per pin. Openstaand saldo: € 0,00. Bedankt voor uw bezoek.`
          : `Wij verzoeken u het totaalbedrag van ${M.eurPrefix(total)} vóór ${D.dashed(due)} over te maken op rekeningnummer ${inFours(iban)} t.n.v. ${clinic}, onder vermelding van het factuurnummer.`, 50, y + 20, 495, 9.5, 14);
        c.text(`Volgende vaccinatie: ${D.dashed(addYears(visit, 1))}`, 50, y + 12, 9, c.font, true);
        footer(c, 'Op al onze diensten zijn de algemene voorwaarden van de KNMvD van toepassing.', c.height - 30, 50);
        return { c, key: { invoice_number: num, invoice_date: date, clinic_name: clinic, owner_name: owner, pet_name: pet, species, total_amount: total, paid_in_full: paid } };
      },
    },
    {
      // An Australian mixed practice's tax invoice (scanned): labels above values in boxed cells, the species as boxes
      // crossed before Canine / Feline / Equine / Other, the items with prices including GST, the GST included as a
      // decoy beside the total, then the amount paid and the balance owing.
      image: 0.45,
      make: async (g) => {
        const c = await canvas([595, 560]);
        const clinic = g.p(['Bridgewater Veterinary Hospital', 'Red Gum Vet Clinic', 'Murray Plains Animal Hospital']);
        const owner = g.p(['Shane Kowalczyk', 'Leanne Pham', 'Bronwyn McKenzie', 'Darren Whitlock']);
        const [pet, printed, species, note] = g.p([['Jasper', 'Equine', 'Horse', ''], ['Coco', 'Canine', 'Dog', ''], ['Tiger', 'Feline', 'Cat', ''], ['Pip', 'Other', 'Other', 'guinea pig']]);
        const date = someDate(g);
        const num = `${g.n(6)}`;
        const byKind: Record<string, [string, number][]> = {
          Horse: [['Call-out fee (farm visit)', 88], ['Dental rasp & sedation', 264.5], ['Tetanus/strangles vaccination', 71.5], ['Worming paste', 24.95]],
          Other: [['Consultation - exotics', 79], ['Teeth trim', 45.5], ['Skin scraping & cytology', 76.4], ['Vitamin C supplement', 18.9]],
        };
        const items: [string, number][] = byKind[species] ?? [['Consultation', 89], [species === 'Cat' ? 'F3 vaccination' : 'C5 vaccination', 98.5], ['Skin scraping & cytology', 76.4], ['Antibiotics (7 days)', 38.6]];
        const lines = shuffle(g, items).slice(0, g.int(2, 4));
        const total = cents(lines.reduce((s, [, p]) => s + p, 0));
        const gst = cents(total / 11);
        const paid = g.r() < 0.5;
        const amountPaid = paid ? total : 0;
        c.text(clinic.toUpperCase(), 36, 45, 13.5, c.bold);
        c.text(`${g.int(10, 300)} ${g.p(['Murray Street', 'Sturt Highway', 'Kiewa Street'])}, ${g.p(['Echuca VIC 3564', 'Wagga Wagga NSW 2650', 'Albury NSW 2640'])} · (0${g.int(2, 3)}) ${g.n(4)} ${g.n(4)} · ABN ${g.n(2)} ${g.n(3)} ${g.n(3)} ${g.n(3)}`, 36, 58, 7.5, c.font, true);
        c.text('TAX INVOICE', 36, 90, 15, c.bold);
        cell(c, 'INVOICE NO.', num, 36, 102, 130);
        cell(c, 'DATE', D.slashed(date), 166, 102, 120);
        cell(c, 'CLIENT NO.', g.n(5), 286, 102, 120);
        cell(c, 'VET', g.p(['Dr K. Nguyen', 'Dr L. Baxter', 'Dr T. Haddad']), 406, 102, 153);
        cell(c, 'CLIENT', owner, 36, 132, 250);
        cell(c, 'PATIENT NAME', pet, 286, 132, 273);
        c.text('Species:', 36, 184, 9.5, c.bold);
        ['Canine', 'Feline', 'Equine', 'Other'].forEach((o, k) => tick(c, o === 'Other' && note ? `Other: ${note}` : o, o === printed, 95 + k * 80, 184, 9.5));
        let y = table(c, 214, [[36, 'Description', false], [430, 'Qty', true], [559, 'Amount (incl. GST)', true]], lines.map(([d, p]) => [d, '1', M.dollars(p)]), 16);
        y = totals(c, [['TOTAL (incl. GST)', M.dollars(total), true], ['GST included in total', M.dollars(gst)], ['Amount paid', M.dollars(amountPaid)], ['BALANCE OWING', M.dollars(cents(total - amountPaid)), true]], 340, 559, y + 10, 16);
        para(c, paid ? 'Payment received by EFTPOS - thank you.' : `Payment terms: 7 days. Please pay by ${D.slashed(plusDays(date, 7))} by direct deposit (BSB 633-000, Acc ${g.n(9)}, reference ${num}).`, 36, y + 20, 523, 8.5, 12);
        return { c, key: { invoice_number: num, invoice_date: date, clinic_name: clinic, owner_name: owner, pet_name: pet, species, total_amount: total, paid_in_full: paid } };
      },
    },
  ],
};

/** 2. Marriage certificates. */
const CEREMONIES = ['Civil', 'Religious'];
const marriage: Kind = {
  name: 'marriage-certificate',
  fields: [
    ['certificate_number', 'string', 'Certificate serial number'],
    ['marriage_date', 'date', 'Date of the marriage'],
    ['first_spouse_name', 'string', 'Full name of the first party listed'],
    ['second_spouse_name', 'string', 'Full name of the second party listed'],
    ['first_spouse_age', 'number', 'Age of the first party at the time of the marriage'],
    ['place_of_marriage', 'string', 'Town or city where the marriage took place'],
    ['ceremony_type', 'enum', 'Civil or religious ceremony', CEREMONIES],
    ['officiant_name', 'string', 'Name of the person who conducted the marriage'],
  ],
  documents: [
    {
      // An English certified copy of an entry of marriage, landscape: the venue and town in the heading line, one
      // register row per party under numbered column headings (the date in words, ages, fathers' names as decoys), the
      // church or register office in "Married in ... by me", witnesses as decoy names, the entry number, the application
      // number and the date of certification as decoys, the certificate's serial printed bold and unlabelled.
      make: async (g) => {
        const c = await canvas([842, 595]);
        const [n1, occ1, f1, fo1] = g.p([['Thomas Edward Brierley', 'Civil engineer', 'Michael John Brierley', 'Retired'], ['Daniel Okonkwo', 'Pharmacist', 'Samuel Okonkwo', 'Accountant'], ['Rhys Owen Pritchard', 'Teacher', 'Gareth Pritchard', 'Farmer']]);
        const [n2, occ2, f2, fo2] = g.p([['Charlotte Anne Mercer', 'Nurse', 'David Mercer', 'Electrician'], ['Hannah Louise Patel', 'Solicitor', 'Anil Patel', 'Shopkeeper'], ['Emily Rose Thornton', 'Graphic designer', 'Peter Thornton', 'Police officer']]);
        const date = someDate(g);
        const age1 = g.int(24, 44);
        const age2 = g.int(23, 42);
        const religious = g.r() < 0.5;
        const [town, county] = g.p([['Ludlow', 'Shropshire'], ['Whitby', 'North Yorkshire'], ['Kendal', 'Cumbria'], ['Henley-on-Thames', 'Oxfordshire']]);
        const church = `St ${g.p(['Mary', 'Peter', 'Laurence', 'Michael'])}'s Church`;
        const venue = religious ? `${church} in the Parish of ${town}` : `The Register Office in the District of ${town}`;
        const officiant = religious ? g.p(['Revd Andrew Hollins', 'Revd Canon Sarah Whitcombe', 'Revd Paul Ogunleye']) : g.p(['Margaret Ellison', 'Christopher Dunmore', 'Yasmin Rahman']);
        const certified = after(g, date, 15, 400);
        const entry = String(g.int(3, 160));
        const serial = `M${letters(g, 2)} ${g.n(6)}`;
        const res = () => `${g.int(2, 80)} ${g.p(['Broad Street', 'Corve Street', 'Station Road', 'Castle Hill'])}, ${town}`;
        frame(c, 12, 2);
        c.text(serial, 690, 40, 12, c.bold);
        centre(c, 'CERTIFIED COPY OF AN ENTRY OF MARRIAGE', 50, 15, c.bold);
        centre(c, 'GIVEN AT THE GENERAL REGISTER OFFICE', 64, 8.5);
        c.text(`Application Number ${g.n(7)}-${g.n(1)}`, 640, 86, 8, c.font, true);
        c.text(`Registration District  ${town}`, 30, 96, 10, c.bold);
        c.rule(30, 812, 103);
        c.text(`${date.slice(0, 4)}.  Marriage solemnized at ${venue} in the County of ${county}`, 30, 120, 10);
        const shared = [D.words(date).split(' ')[0], D.words(date).split(' ').slice(1).join(' ')];
        let y = register(c, 30, 130, [[30, 'No.'], [74, 'When married'], [118, 'Name and surname'], [34, 'Age'], [62, 'Condition'], [92, 'Rank or profession'],
          [126, 'Residence at the time of marriage'], [118, "Father's name and surname"], [100, 'Rank or profession of father']], [
          [[entry], shared, [n1], [String(age1)], ['Single'], [occ1], [res()], [f1], [fo1]],
          [[''], [''], [n2], [String(age2)], [g.p(['Single', 'Divorced'])], [occ2], [res()], [f2], [fo2]],
        ], 30, 52, 8.5);
        y = para(c, religious
          ? `Married in ${church} according to the Rites and Ceremonies of the Church of England by ${g.p(['Banns', 'Common Licence'])} by me, ${officiant}, ${g.p(['Vicar', 'Rector'])}.`
          : `Married in the Register Office by Schedule by me, ${officiant}, Superintendent Registrar.`, 30, y + 20, 780, 9.5, 14);
        c.text('This marriage was solemnized between us:', 30, y + 10, 9);
        c.text(n1, 230, y + 10, 9.5);
        c.text(n2, 230, y + 24, 9.5);
        c.text('in the presence of us:', 470, y + 10, 9);
        c.text(`${g.p(['Jonathan Reeves', 'Claire Hammond', 'Imran Siddiqui'])}`, 580, y + 10, 9.5);
        c.text(`${g.p(['Lucy Fairbrother', 'Martin Cole', 'Grace Adeyemi'])}`, 580, y + 24, 9.5);
        para(c, `CERTIFIED to be a true copy of an entry in the certified copy of a Register of Marriages in the Registration District of ${town}. Given at the GENERAL REGISTER OFFICE, under the Seal of the said Office, the ${D.nth(certified)}.`, 30, y + 60, 560, 9, 13);
        stamp(c, 'GENERAL REGISTER OFFICE', 620, y + 95, 10, 0);
        para(c, 'CAUTION: THERE ARE OFFENCES RELATING TO FALSIFYING OR ALTERING A CERTIFICATE AND USING OR POSSESSING A FALSE CERTIFICATE. © CROWN COPYRIGHT. WARNING: A CERTIFICATE IS NOT EVIDENCE OF IDENTITY.', 30, 550, 780, 7.5, 10);
        return { c, key: { certificate_number: serial, marriage_date: date, first_spouse_name: n1, second_spouse_name: n2, first_spouse_age: age1, place_of_marriage: town, ceremony_type: religious ? 'Religious' : 'Civil', officiant_name: officiant } };
      },
    },
    {
      // A Portuguese civil registry's marriage certificate (certidão de casamento): the certificate number in a boxed
      // cell beside the entry number, the marriage and each spouse in "Rótulo: valor" rows (the age in years, the parents
      // as decoys), the form of the ceremony as católico / civil, the celebrant and witnesses in a sentence, the date of
      // the entry and of issue as decoys.
      make: async (g) => {
        const c = await canvas();
        const [n1, nat1, p1] = g.p([['João Pedro Almeida Costa', 'São Vicente, Braga', 'filho de Manuel Costa e de Rosa Almeida'], ['Tiago Miguel Fernandes Rocha', 'Cedofeita, Porto', 'filho de Carlos Rocha e de Isabel Fernandes'], ['Ricardo Jorge Matos Pinto', 'Sé Nova, Coimbra', 'filho de Luís Pinto e de Graça Matos']]);
        const [n2, nat2, p2] = g.p([['Mariana Sofia Ribeiro Lopes', 'Maximinos, Braga', 'filha de António Lopes e de Teresa Ribeiro'], ['Inês Carolina Sousa Martins', 'Bonfim, Porto', 'filha de Paulo Martins e de Fátima Sousa'], ['Beatriz Alexandra Neves Cruz', 'Santo António dos Olivais, Coimbra', 'filha de Rui Cruz e de Helena Neves']]);
        const date = someDate(g);
        const age1 = g.int(25, 45);
        const age2 = g.int(24, 43);
        const religious = g.r() < 0.5;
        const town = g.p(['Braga', 'Guimarães', 'Viana do Castelo']);
        const local = religious ? `Igreja Paroquial de ${g.p(['São Vicente', 'Nossa Senhora da Oliveira', 'Santa Maria Maior'])}, ${town}` : `Conservatória do Registo Civil de ${town}`;
        const officiant = religious ? g.p(['António Manuel Sousa', 'José Carlos Ferreira', 'Joaquim Lima Araújo']) : g.p(['Ana Paula Gonçalves', 'Maria do Céu Barbosa', 'Fernando Jorge Teixeira']);
        const entryDate = after(g, date, 1, 9);
        const issued = after(g, entryDate, 10, 300);
        const num = `${g.n(4)}/${issued.slice(0, 4)}`;
        letterhead(c, 'REPÚBLICA PORTUGUESA', [`Instituto dos Registos e do Notariado · Conservatória do Registo Civil de ${town}`], 50, 55, 13, 545);
        centre(c, 'CERTIDÃO DE CASAMENTO', 112, 15, c.bold);
        cell(c, 'Certidão n.º', num, 50, 126, 150);
        cell(c, 'Assento', `n.º ${g.int(40, 780)} do ano de ${date.slice(0, 4)}`, 200, 126, 190);
        cell(c, 'Código de acesso', `${g.n(4)}-${g.n(4)}-${g.n(4)}`, 390, 126, 155);
        c.text('CASAMENTO', 50, 182, 10, c.bold);
        let y = grid(c, [['Data:', D.ptLong(date)], ['Hora:', `${g.int(11, 17)}h${g.p(['00', '30'])}`], ['Local:', local], ['Forma de celebração:', religious ? 'Católico' : 'Civil'],
          ['Regime de bens:', g.p(['comunhão de adquiridos', 'separação de bens'])], ['Convenção antenupcial:', 'Não tem']], 60, 190, 200, 15);
        const spouse = (title: string, name: string, age: number, nat: string, parents: string, yy: number) => {
          c.text(title, 50, yy + 16, 10, c.bold);
          return grid(c, [['Nome:', name], ['Idade:', `${age} anos`], ['Estado civil anterior:', g.p(['Solteiro(a)', 'Divorciado(a)'])], ['Naturalidade:', `freguesia de ${nat}`], ['Filiação:', parents]], 60, 190, yy + 34, 15);
        };
        y = spouse('PRIMEIRO CÔNJUGE', n1, age1, nat1, p1, y);
        y = spouse('SEGUNDO CÔNJUGE', n2, age2, nat2, p2, y);
        c.text('CELEBRAÇÃO', 50, y + 16, 10, c.bold);
        y = para(c, religious
          ? `Casamento católico celebrado na ${local.split(',')[0]} pelo pároco Padre ${officiant}, e transcrito nesta Conservatória, sendo testemunhas ${g.p(['Carla Sofia Moreira', 'Vítor Hugo Santos'])} e ${g.p(['Nuno Filipe Antunes', 'Sara Cristina Vaz'])}.`
          : `Casamento civil celebrado perante o(a) Conservador(a) ${officiant}, sendo testemunhas ${g.p(['Carla Sofia Moreira', 'Vítor Hugo Santos'])} e ${g.p(['Nuno Filipe Antunes', 'Sara Cristina Vaz'])}.`, 60, y + 34, 485, 9.5, 13.5);
        grid(c, [['Data do assento:', D.slashed(entryDate)], ['Averbamentos:', 'Não tem']], 60, 190, y + 8, 15);
        c.text(`${town}, ${D.ptLong(issued)}`, 60, y + 60, 9.5);
        c.text('A Oficial de Registos,', 340, y + 60, 9.5);
        c.text(g.p(['Paula Cristina Reis', 'Helena Maria Viana']), 340, y + 95, 9.5);
        footer(c, 'Certidão emitida nos termos do artigo 211.º do Código do Registo Civil. Válida por seis meses.', c.height - 30, 50);
        return { c, key: { certificate_number: num, marriage_date: date, first_spouse_name: n1, second_spouse_name: n2, first_spouse_age: age1, place_of_marriage: town, ceremony_type: religious ? 'Religious' : 'Civil', officiant_name: officiant } };
      },
    },
    {
      // A US county's certificate of marriage (scanned): the license number beside the certificate number in boxed cells,
      // each party's name, age and residence on filled-in lines with captions under them, the date, city and county on
      // a line, the ceremony as boxes crossed before Religious / Civil, the officiant and title, witnesses and the date
      // the certificate was filed as decoys.
      image: -0.4,
      make: async (g) => {
        const c = await canvas([612, 540]);
        const n1 = g.p(['Kyle Andrew Novak', 'Marcus Dwayne Ellis', 'Brandon Lee Castillo']);
        const n2 = g.p(['Ashley Marie Duncan', 'Jasmine Renee Howard', 'Megan Elizabeth Fox']);
        const age1 = g.int(22, 45);
        const age2 = g.int(21, 44);
        const date = someDate(g);
        const [town, county] = g.p([['Findlay', 'Hancock'], ['Sandusky', 'Erie'], ['Marietta', 'Washington'], ['Wooster', 'Wayne']]);
        const religious = g.r() < 0.5;
        const [officiant, title] = religious ? g.p([['Rev. Timothy J. Harlan', 'Pastor, First Methodist Church'], ['Fr. Michael Daugherty', 'Priest, St. Joseph Parish']]) : g.p([['Hon. Linda K. Porter', 'Judge, Municipal Court'], ['Hon. Robert Szabo', 'Mayor']]);
        const num = `${date.slice(0, 4)}-${g.n(5)}`;
        const filed = after(g, date, 5, 30);
        frame(c, 16, 1.5);
        centre(c, 'THE STATE OF OHIO', 48, 12, c.bold);
        centre(c, `${county.toUpperCase()} COUNTY PROBATE COURT`, 63, 10);
        centre(c, 'CERTIFICATE OF MARRIAGE', 84, 16, c.bold);
        cell(c, 'MARRIAGE LICENSE NO.', `ML ${g.n(6)}`, 36, 96, 180);
        cell(c, 'CERTIFICATE NO.', num, 396, 96, 180);
        c.text('I hereby certify that the persons named below were by me legally joined in marriage:', 36, 150, 10);
        underLine(c, 'Full name of Party A', n1, 36, 180, 290);
        underLine(c, 'Age', String(age1), 340, 180, 50);
        underLine(c, 'Residence (City, State)', `${g.p(['Toledo', 'Lima', 'Tiffin'])}, Ohio`, 404, 180, 172);
        underLine(c, 'Full name of Party B', n2, 36, 218, 290);
        underLine(c, 'Age', String(age2), 340, 218, 50);
        underLine(c, 'Residence (City, State)', `${g.p(['Bowling Green', 'Fremont', 'Ada'])}, Ohio`, 404, 218, 172);
        underLine(c, 'Date of marriage', D.usLong(date), 36, 262, 180);
        underLine(c, 'City, village or township', town, 230, 262, 170);
        underLine(c, 'County', county, 414, 262, 162);
        c.text('Type of ceremony:', 36, 300, 9.5, c.bold);
        tick(c, 'Religious', religious, 140, 300, 9.5);
        tick(c, 'Civil', !religious, 230, 300, 9.5);
        underLine(c, 'Name of officiant (print)', officiant, 36, 340, 250);
        underLine(c, 'Title / religious body or court', title, 300, 340, 276);
        underLine(c, 'Witness', g.p(['Tyler Boggs', 'Renee Carter']), 36, 380, 250);
        underLine(c, 'Witness', g.p(['Kimberly Yoder', 'Jose Alvarado']), 300, 380, 276);
        c.text(`Returned and filed ${D.usSlashed(filed)}`, 36, 425, 9.5);
        underLine(c, 'Probate Judge', g.p(['Hon. Diane M. Keller', 'Hon. Steven R. Alt']), 356, 430, 220);
        para(c, 'The officiant must return this certificate to the probate court that issued the license within thirty days of the ceremony. A certified copy is issued on request.', 36, 480, 540, 8, 11);
        return { c, key: { certificate_number: num, marriage_date: date, first_spouse_name: n1, second_spouse_name: n2, first_spouse_age: age1, place_of_marriage: town, ceremony_type: religious ? 'Religious' : 'Civil', officiant_name: officiant } };
      },
    },
  ],
};

/** 3. Grain weighbridge tickets. */
const CROPS = ['Wheat', 'Barley', 'Oilseed rape', 'Maize', 'Oats'];
const weighbridge: Kind = {
  name: 'grain-weighbridge-ticket',
  fields: [
    ['ticket_number', 'string', 'Weighbridge ticket number'],
    ['weighing_date', 'date', 'Date the load was weighed'],
    ['vehicle_registration', 'string', 'Lorry/truck registration'],
    ['crop', 'enum', 'Crop delivered', CROPS],
    ['gross_weight_kg', 'number', 'Gross weight in kg'],
    ['net_weight_kg', 'number', 'Net weight of the grain in kg'],
    ['moisture_percent', 'number', 'Moisture %'],
    ['load_accepted', 'boolean', 'Was the load accepted?'],
  ],
  documents: [
    {
      // A UK grain store's intake ticket: the delivery in a two-column table of shaded labels (vehicle and trailer, the
      // contract and passport numbers, the loading date as a decoy), the two weighings and the net in a table with their
      // times, the weight after deductions as a decoy, the sample analysis beside its contract limits, the decision as
      // boxes crossed before Accepted / Rejected.
      make: async (g) => {
        const c = await canvas([595, 700]);
        const [crop, printed, spec] = g.p<[string, string, number]>([['Wheat', 'Milling wheat (Group 1)', 15], ['Barley', 'Spring malting barley', 14.5], ['Oilseed rape', 'Oilseed rape (00)', 9], ['Oats', 'Milling oats', 15]]);
        const date = someDate(g);
        const num = g.n(7);
        const reg = `${letters(g, 2)}${g.int(15, 74)} ${letters(g, 3)}`;
        const tare = g.int(650, 820) * 20;
        const net = g.int(900, 1450) * 20;
        const gross = tare + net;
        const moisture = Math.round((spec - 3 + g.r() * 4.5) * 10) / 10;
        const accepted = moisture <= spec && g.r() < 0.85;
        const reason = moisture > spec ? `Moisture above contract maximum of ${spec.toFixed(1)}%` : 'Ergot sclerotia found in sample';
        const deducted = Math.round(net * (1 - Math.max(0, moisture - (spec - 1)) * 0.0118) / 10) * 10;
        const t1 = clock(g, 7, 15);
        letterhead(c, 'Fenland Grain Ltd', [`${g.p(['Chatteris', 'Whittlesey', 'Sutton St James'])} Central Store · Block Fen Drove, PE16 6TX · Intake office 01354 555 610 · Assured Combinable Crops scheme`], 50, 55, 16, 545);
        c.text('INTAKE WEIGHBRIDGE TICKET', 50, 105, 13, c.bold);
        c.right(`Printed ${D.slashed(date)}`, 545, 105, 8.5);
        let y = kv(c, [
          ['Ticket no.', num],
          ['Supplier', `${g.p(['R. & J. Hobbs', 'Marsh Farm Partnership', 'A. W. Kisby & Sons'])} (acc. ${g.n(5)})`],
          ['Contract no.', `FG/${date.slice(2, 4)}/${g.n(4)}`],
          ['Commodity', printed],
          ['Grain passport no.', `${g.n(6)} (loaded ${D.slashed(plusDays(date, -g.int(1, 6)))})`],
          ['Haulier', g.p(['Fen Haulage Ltd', 'J. Skeels Transport', 'Own transport'])],
          ['Vehicle reg.', reg],
          ['Trailer no.', `T${g.n(4)}`],
        ], 50, 118, 150, 345, 18);
        c.text('Weighings', 50, y + 22, 10, c.bold);
        y = table(c, y + 38, [[50, 'Weighing', false], [250, 'Date / time', false], [545, 'Weight (kg)', true]], [
          ['1st weight (gross)', `${D.slashed(date)} ${t1}`, M.plain(gross).replace('.00', '')],
          ['2nd weight (tare)', `${D.slashed(date)} ${clock(g, 16, 17)}`, M.plain(tare).replace('.00', '')],
          ['Net weight', '', M.plain(net).replace('.00', '')],
        ], 16, true);
        if (accepted) c.text(`Weight for payment after moisture/admix deductions: ${M.plain(deducted).replace('.00', '')} kg`, 50, y + 2, 8.5, c.font, true);
        c.text('Sample analysis', 50, y + 30, 10, c.bold);
        y = ruled(c, 50, y + 38, [[185, 'Test'], [100, 'Result'], [110, 'Contract limit'], [100, 'Sampled by']], [
          ['Moisture (%)', moisture.toFixed(1), `max ${spec.toFixed(1)}`, g.p(['KD', 'SP', 'MW'])],
          [crop === 'Oilseed rape' ? 'Oil content (%)' : 'Specific weight (kg/hl)', crop === 'Oilseed rape' ? (40 + g.r() * 5).toFixed(1) : (70 + g.r() * 9).toFixed(1), crop === 'Oilseed rape' ? 'basis 40.0' : 'min 72.0', ''],
          ['Admixture (%)', (0.5 + g.r() * 1.8).toFixed(1), 'max 2.0', ''],
        ], 18, 9, [1]);
        checkboxes(c, 'Decision:', ['Accepted', 'Rejected'], accepted ? 'Accepted' : 'Rejected', 50, y + 32, 90);
        if (!accepted) c.text(`Reason: ${reason}. Load returned to supplier.`, 50, y + 50, 9);
        underLine(c, 'Weighbridge operator', g.p(['K. Dunham', 'S. Parfitt', 'M. Woolley']), 50, y + 92, 200);
        underLine(c, 'Driver', '', 330, y + 92, 215);
        footer(c, 'Weighbridge verified under the Weights and Measures Act 1985 · All grain is bought subject to the AIC No. 1 contract.', c.height - 30, 50);
        return { c, key: { ticket_number: num, weighing_date: date, vehicle_registration: reg, crop, gross_weight_kg: gross, net_weight_kg: net, moisture_percent: moisture, load_accepted: accepted } };
      },
    },
    {
      // A German cooperative's dot-matrix weighing slip (Wiegeschein) in Courier: dotted labels, the trailer, the contract
      // date and the calibration expiry as decoys, the two weighings with Brutto / Tara after the weight, the net below a
      // rule, moisture with a decimal comma, the drying deduction and the weight for settlement as decoys, acceptance as
      // "[X] ja  [ ] nein".
      make: async (g) => {
        const c = await canvas([420, 640]);
        const mono = await c.pdf.embedFont(StandardFonts.Courier);
        const monoBold = await c.pdf.embedFont(StandardFonts.CourierBold);
        const [crop, printed, spec] = g.p<[string, string, number]>([['Wheat', 'Weizen (Brotweizen B)', 14.5], ['Barley', 'Wintergerste', 14.5], ['Oilseed rape', 'Raps', 9], ['Maize', 'Körnermais', 35]]);
        const date = someDate(g);
        const num = `${date.slice(2, 4)}-${g.n(6)}`;
        const reg = `${g.p(['EL', 'CLP', 'OS', 'NOH'])}-${letters(g, 2)} ${g.int(10, 999)}`;
        const tare = g.int(620, 800) * 20;
        const net = g.int(850, 1400) * 20;
        const gross = tare + net;
        const moisture = Math.round((spec - 2.5 + g.r() * 4) * 10) / 10;
        const accepted = moisture <= spec + 1 && g.r() < 0.85;
        const drying = Math.max(0, Math.round(net * (moisture - (spec - 1)) * 0.012 / 10) * 10);
        const kg = (v: number) => `${group(v, '.', ',', 0)} kg`;
        const rows: [string, boolean?][] = [
          ['Raiffeisen-Warengenossenschaft', true], [`${g.p(['Emsland-Süd', 'Hasetal', 'Oldenburger Münsterland'])} eG`, true],
          ['Getreidelager Haselünne'], ['Lingener Str. 40, 49740 Haselünne'], ['Tel. 05961 555-320'],
          ['=========================================='],
          [`W I E G E S C H E I N   Nr. ${num}`, true],
          ['=========================================='],
          [`Datum ........: ${D.dotted(date)}`],
          [`Lieferant ....: ${g.n(5)} ${g.p(['Möller, Hinrich', 'Schröer GbR', 'Kösters, Anne'])}`],
          [`Kennzeichen ..: ${reg}`],
          [`Anhänger .....: ${g.p(['EL', 'CLP', 'OS'])}-${letters(g, 2)} ${g.int(10, 99)}`],
          [`Fruchtart ....: ${printed}`],
          [`Kontrakt .....: K ${g.n(4)} vom ${D.dotted(plusDays(date, -g.int(30, 120)))}`],
          ['------------------------------------------'],
          ['Wägung       Uhrzeit       Gewicht'],
          [`1. Wägung    ${clock(g, 7, 11)}:${pad(g.int(0, 59))}   ${kg(gross).padStart(10)}  Brutto`],
          [`2. Wägung    ${clock(g, 12, 16)}:${pad(g.int(0, 59))}   ${kg(tare).padStart(10)}  Tara`],
          ['------------------------------------------'],
          [`Netto                    ${kg(net).padStart(10)}`, true],
          ['------------------------------------------'],
          ['Qualität (Schnellbestimmung)'],
          [`Feuchtigkeit ...........  ${comma(moisture)} %`],
          [`Besatz .................  ${comma(0.5 + g.r() * 2.5)} %`],
          [crop === 'Oilseed rape' ? `Ölgehalt ...............  ${comma(40 + g.r() * 5)} %` : `Hektolitergewicht ......  ${comma(crop === 'Maize' ? 68 + g.r() * 6 : 62 + g.r() * 16)} kg/hl`],
          [`Trocknungsabzug ........  ${accepted ? kg(drying) : '---'}`],
          [`Abrechnungsgewicht .....  ${accepted ? kg(net - drying) : '---'}`],
          ['------------------------------------------'],
          [`Ware angenommen:   [${accepted ? 'X' : ' '}] ja   [${accepted ? ' ' : 'X'}] nein`, true],
          [`Bemerkung: ${accepted ? '' : moisture > spec + 1 ? 'zu feucht, Ware zurückgewiesen' : 'Auswuchs, Ware zurückgewiesen'}`],
          [''],
          [`Wiegemeister: ${g.p(['H. Schulte', 'B. Többen', 'G. Wessels'])}   Fahrer: ________`],
          [''],
          [`Waage geeicht, Eichschein ${g.n(4)}, gültig bis 31.12.${Number(date.slice(0, 4)) + 2}`],
        ];
        rows.forEach(([t, strong], k) => c.text(t, 28, 40 + k * 13.5, 9, strong ? monoBold : mono));
        return { c, key: { ticket_number: num, weighing_date: date, vehicle_registration: reg, crop, gross_weight_kg: gross, net_weight_kg: net, moisture_percent: moisture, load_accepted: accepted } };
      },
    },
    {
      // An Australian bulk handler's receival docket (scanned): labels above values in boxed cells, the weights in tonnes
      // (the key in kg), canola for oilseed rape, the grower's NGR number, the stack and the season's total as decoys,
      // quality results in cells, the outcome as boxes after RECEIVED / REJECTED.
      image: 0.5,
      make: async (g) => {
        const c = await canvas([595, 470]);
        const [crop, printed, grade] = g.p([['Wheat', 'WHEAT', 'APW1'], ['Barley', 'BARLEY', 'F1'], ['Oilseed rape', 'CANOLA', 'CAN1'], ['Oats', 'OATS', 'OAT1']]);
        const date = someDate(g);
        const site = g.p(['Temora', 'Junee', 'Ariah Park']);
        const num = `${site.slice(0, 3).toUpperCase()}${g.n(6)}`;
        const season = ymd(date)[1] >= 7 ? ymd(date)[0] : ymd(date)[0] - 1;
        const reg = `${letters(g, 2)}${g.n(2)}${letters(g, 2)}`;
        const tare = g.int(14200, 16800);
        const net = g.int(24000, 30500);
        const gross = tare + net;
        const moisture = Math.round((9 + g.r() * 4.5) * 10) / 10;
        const accepted = moisture <= 12.5 && g.r() < 0.85;
        const t = (kgs: number) => (kgs / 1000).toFixed(3);
        c.text('RIVERINA BULK GRAIN', 36, 45, 14, c.bold);
        c.text(`Receival site: ${site} (site ${g.n(4)}) · Grower services 1800 555 472`, 36, 58, 7.5, c.font, true);
        c.text('RECEIVAL DOCKET', 36, 86, 14, c.bold);
        cell(c, 'DOCKET NO.', num, 36, 96, 130);
        cell(c, 'DATE', D.docket(date), 166, 96, 110);
        cell(c, 'TIME IN', clock(g, 7, 17), 276, 96, 80);
        cell(c, 'NGR NO.', g.n(8), 356, 96, 203);
        cell(c, 'GROWER', g.p(['Mitchell Pastoral Co', 'K & J Hoffmann', 'Wattle Downs Trust']), 36, 126, 240);
        cell(c, 'TRUCK REGO', reg, 276, 126, 130);
        cell(c, 'CARRIER', g.p(['Own truck', 'Coleambally Haulage', 'BT Transport']), 406, 126, 153);
        cell(c, 'COMMODITY', printed, 36, 156, 130);
        cell(c, 'GRADE', grade, 166, 156, 110);
        cell(c, 'STACK / BUNKER', `B${g.int(1, 9)}`, 276, 156, 130);
        cell(c, 'SEASON', `${season}/${String(season + 1).slice(2)}`, 406, 156, 153);
        c.text('WEIGHTS (tonnes)', 36, 206, 9, c.bold);
        cell(c, 'GROSS (t)', t(gross), 36, 212, 170);
        cell(c, 'TARE (t)', t(tare), 206, 212, 170);
        cell(c, 'NET (t)', t(net), 376, 212, 183);
        c.text('QUALITY', 36, 262, 9, c.bold);
        cell(c, 'MOISTURE %', moisture.toFixed(1), 36, 268, 130);
        cell(c, 'TEST WEIGHT kg/hL', (64 + g.r() * 16).toFixed(1), 166, 268, 130);
        cell(c, 'SCREENINGS %', (0.5 + g.r() * 4).toFixed(1), 296, 268, 130);
        cell(c, crop === 'Oilseed rape' ? 'OIL %' : 'PROTEIN %', (crop === 'Oilseed rape' ? 40 + g.r() * 6 : 9 + g.r() * 4).toFixed(1), 426, 268, 133);
        c.text('Outcome:', 36, 326, 10, c.bold);
        boxAfter(c, ['RECEIVED', 'REJECTED'], accepted ? 'RECEIVED' : 'REJECTED', 100, 326, 110, 10);
        c.text(accepted ? 'Rejection reason: -' : `Rejection reason: ${moisture > 12.5 ? 'moisture exceeds 12.5% receival limit' : 'live insects detected'}`, 36, 348, 9);
        c.text(`Season to date at this site: ${g.int(3, 40)} loads`, 36, 372, 8.5, c.font, true);
        para(c, 'Grain is received subject to the receival standards for the season. Weights are determined on a trade-approved weighbridge. Keep this docket for your records.', 36, 400, 523, 7.5, 10);
        return { c, key: { ticket_number: num, weighing_date: date, vehicle_registration: reg, crop, gross_weight_kg: gross, net_weight_kg: net, moisture_percent: moisture, load_accepted: accepted } };
      },
    },
  ],
};

/** 4. Clinical trial consent forms. */
const SIGNERS = ['Participant', 'Legal representative'];
const consent: Kind = {
  name: 'clinical-trial-consent-form',
  fields: [
    ['protocol_number', 'string', 'Study protocol number'],
    ['participant_name', 'string', 'Name of the trial participant'],
    ['participant_id', 'string', 'Participant / subject ID in the trial'],
    ['consent_date', 'date', 'Date the consent form was signed'],
    ['consent_taken_by', 'string', 'Name of the person who took the consent'],
    ['number_of_visits', 'number', 'How many study visits the participant will have'],
    ['future_research_samples', 'boolean', 'Agreed to samples being stored for future research?'],
    ['signed_by', 'enum', 'Who signed the consent', SIGNERS],
  ],
  documents: [
    {
      // An NHS trust's participant consent form: the study in a two-column table (IRAS ID, chief investigator as a
      // decoy), the number of visits in words in a sentence beside the number of telephone calls, numbered statements
      // with the participant's initials in boxes, the optional storage of samples initialled under Yes or No, names,
      // dates and signatures on lines with captions under them; the information sheet's date and the form's version as
      // decoys.
      make: async (g) => {
        const c = await canvas();
        const oblique = await c.pdf.embedFont(StandardFonts.HelveticaOblique);
        const name = g.p(['Laura Mary Chambers', 'Kenneth Alan Boyd', 'Deborah Ann Whyte', 'Imran Hussain Malik']);
        const [study, drug] = g.p([['PROSPER-2', 'a once-weekly tablet for people with type 2 diabetes'], ['BREATHE-UK', 'a new inhaler for moderate asthma'], ['KNEE-ACT', 'an injection for osteoarthritis of the knee']]);
        const protocol = `${study.split('-')[0].slice(0, 3)}-${g.int(2021, 2024)}-${pad(g.int(1, 40))}`;
        const id = `${pad(g.int(1, 30))}-${g.n(4)}`;
        const date = someDate(g);
        const version = plusDays(date, -g.int(60, 400));
        const visits = g.int(4, 12);
        const weeks = visits * g.p([2, 4]);
        const calls = g.int(1, 3);
        const future = g.r() < 0.6;
        const taker = g.p(['Dr Fiona Grant', 'Rachel Osei', 'Dr Martin Lowe', 'Tom Hargreaves']);
        letterhead(c, 'Royal Wessex Hospitals NHS Foundation Trust', ['Clinical Research Facility · Level 2, Wessex Wing, Eastleigh Road, Southampton SO16 6YD · 023 8055 5123'], 50, 55, 14, 545);
        centre(c, 'PARTICIPANT CONSENT FORM', 104, 14, c.bold);
        let y = kv(c, [
          ['Study title', `${study}: a randomised trial of ${drug}`],
          ['IRAS ID', g.n(6)],
          ['Protocol number', protocol],
          ['Chief Investigator', g.p(['Professor Helen Stacey', 'Professor David Amos'])],
          ['Participant Identification Number', id],
        ], 50, 116, 165, 330, 18, 8.5);
        y = para(c, `Taking part means ${NUMBER_WORDS[visits]} study visits to the Clinical Research Facility over ${weeks} weeks and ${NUMBER_WORDS[calls]} telephone call${calls > 1 ? 's' : ''} from the research team. Please initial each box if you agree.`, 50, y + 20, 495, 9.5, 13.5);
        const statements = [
          `I confirm that I have read the information sheet dated ${D.ukLong(version)} (version ${g.int(2, 5)}.0) for the above study. I have had the opportunity to consider the information, ask questions and have had these answered satisfactorily.`,
          'I understand that my participation is voluntary and that I am free to withdraw at any time without giving any reason, without my medical care or legal rights being affected.',
          'I understand that relevant sections of my medical notes and data collected during the study may be looked at by individuals from the sponsor, regulatory authorities or the NHS Trust where it is relevant to my taking part.',
          'I agree to my General Practitioner being informed of my participation in the study.',
          'I agree to take part in the above study.',
        ];
        y += 6;
        statements.forEach((s, k) => {
          const top = y;
          y = para(c, `${k + 1}. ${s}`, 50, y + 12, 420, 9, 12.5);
          c.box(495, top + 2, 50, 22);
          c.text(initials(name), 503, top + 17, 10, oblique);
          y += 4;
        });
        c.text('OPTIONAL', 50, y + 12, 9, c.bold);
        c.text('Yes', 478, y + 12, 8.5, c.bold);
        c.text('No', 522, y + 12, 8.5, c.bold);
        const top = y + 16;
        y = para(c, '6. I agree to samples of my blood being stored after the study ends and used in future ethically approved research.', 50, y + 30, 400, 9, 12.5);
        c.box(465, top + 2, 40, 22);
        c.box(505, top + 2, 40, 22);
        c.text(initials(name), future ? 470 : 510, top + 17, 10, oblique);
        const signRow = (who: string, nm: string, yy: number) => {
          underLine(c, `Name of ${who}`, nm, 50, yy, 200);
          underLine(c, 'Date', D.slashed(date), 270, yy, 100);
          underLine(c, 'Signature', '', 390, yy, 155);
          c.text(nm.split(' ').slice(-1)[0], 400, yy - 2, 12, oblique);
        };
        signRow('participant', name, y + 40);
        signRow('person taking consent', taker, y + 80);
        footer(c, `When completed: 1 for participant; 1 for researcher site file; 1 (original) to be kept in medical notes. Consent form version ${g.int(2, 5)}.1, ${D.slashed(plusDays(version, 14))}.`, c.height - 30, 50);
        return { c, key: { protocol_number: protocol, participant_name: name, participant_id: id, consent_date: date, consent_taken_by: taker, number_of_visits: visits, future_research_samples: future, signed_by: 'Participant' } };
      },
    },
    {
      // An Italian hospital's informed consent form (modulo di consenso informato), mostly prose: the study's details as
      // "Etichetta: valore" rows (EudraCT number, sponsor and principal investigator as decoys), the declaration in the
      // first person with the signer's birthplace and date of birth, signed by the patient or by a legal representative on
      // the patient's behalf, the doctor who informed them in the sentence, the number of visits and phone contacts in a
      // sentence, storage in the biobank as boxes crossed before Acconsento / Non acconsento, who signs as boxes too.
      make: async (g) => {
        const c = await canvas();
        const [patient, pCity] = g.p([['Giuseppe Marchetti', 'Bologna'], ['Rosanna Ferraro', 'Modena'], ['Luigi Bernardi', 'Ferrara'], ['Franca Colombo', 'Imola']]);
        const rep = g.r() < 0.45 ? g.p(['Elena Marchi', 'Stefano Rinaldi', 'Chiara Galli']) : null;
        const protocol = `${g.p(['ONC', 'CARD', 'NEU'])}-${g.n(3)}-${g.int(2022, 2025)}`;
        const id = `${g.n(3)}-${g.n(3)}`;
        const date = someDate(g);
        const version = plusDays(date, -g.int(60, 500));
        const visits = g.int(5, 14);
        const months = g.int(6, 24);
        const calls = g.int(2, 6);
        const future = g.r() < 0.55;
        const doctor = g.p(['Dott.ssa Silvia Benedetti', 'Dott. Marco Zanetti', 'Dott.ssa Paola Rizzi']);
        letterhead(c, 'IRCCS Azienda Ospedaliero-Universitaria di Bologna', ['Policlinico di Sant\'Orsola · Via Giuseppe Massarenti 9, 40138 Bologna · Unità di Ricerca Clinica'], 50, 55, 13, 545);
        centre(c, 'MODULO DI CONSENSO INFORMATO', 106, 13, c.bold);
        centre(c, 'ALLA PARTECIPAZIONE ALLO STUDIO CLINICO', 121, 11, c.bold);
        let y = grid(c, [['Codice protocollo:', protocol], ['N. EudraCT:', `${g.int(2021, 2024)}-00${g.n(4)}-${g.n(2)}`], ['Promotore:', g.p(['Fondazione GIMEMA', 'Alfasigma S.p.A.', 'Chiesi Farmaceutici S.p.A.'])],
          ['Sperimentatore principale:', g.p(['Prof. Alberto Mancini', 'Prof.ssa Lucia Fabbri'])], ['Codice paziente:', id]], 50, 200, 148, 15);
        const signer = rep ?? patient;
        const who = rep ? `in qualità di rappresentante legale di ${patient}, nato/a a ${pCity} il ${D.slashed(birthDate(g))},` : '';
        y = para(c, `Io sottoscritto/a ${signer}, nato/a a ${g.p(['Bologna', 'Ravenna', 'Forlì', 'Parma'])} il ${D.slashed(birthDate(g))}, ${who} dichiaro di aver ricevuto dal medico ${doctor} esaurienti spiegazioni in merito allo studio clinico sopra indicato, secondo quanto riportato nel foglio informativo versione ${g.int(1, 4)}.${g.int(0, 3)} del ${D.slashed(version)}, di cui ho ricevuto copia.`, 50, y + 16, 495, 10, 14.5);
        y = para(c, `Sono stato/a informato/a che lo studio prevede ${visits} visite presso il Centro nell'arco di ${months} mesi, oltre a ${calls} contatti telefonici, e che la partecipazione è volontaria e può essere interrotta in qualsiasi momento senza che ciò influisca sulle cure.`, 50, y + 6, 495, 10, 14.5);
        y = para(c, 'Dichiaro di aver avuto il tempo necessario per decidere e la possibilità di porre domande, e pertanto acconsento liberamente alla partecipazione allo studio e al trattamento dei dati personali per le finalità dello studio.', 50, y + 6, 495, 10, 14.5);
        c.text('Conservazione dei campioni biologici residui in biobanca per ricerche future:', 50, y + 14, 10, c.bold);
        tick(c, 'Acconsento', future, 60, y + 34, 10);
        tick(c, 'Non acconsento', !future, 180, y + 34, 10);
        c.text('Il presente consenso è firmato:', 50, y + 62, 10, c.bold);
        tick(c, 'dal paziente', !rep, 60, y + 82, 10);
        tick(c, 'dal rappresentante legale', !!rep, 180, y + 82, 10);
        underLine(c, rep ? 'Nome e cognome del rappresentante legale' : 'Nome e cognome del paziente', signer, 50, y + 128, 210);
        underLine(c, 'Data', D.slashed(date), 280, y + 128, 90);
        underLine(c, 'Firma', '', 390, y + 128, 155);
        underLine(c, 'Nome e cognome del medico che ha raccolto il consenso', doctor, 50, y + 172, 210);
        underLine(c, 'Data', D.slashed(date), 280, y + 172, 90);
        underLine(c, 'Firma', '', 390, y + 172, 155);
        footer(c, 'Il modulo è redatto in duplice copia: una per il paziente e una da conservare nel fascicolo dello sperimentatore.', c.height - 30, 50);
        return { c, key: { protocol_number: protocol, participant_name: patient, participant_id: id, consent_date: date, consent_taken_by: doctor, number_of_visits: visits, future_research_samples: future, signed_by: rep ? 'Legal representative' : 'Participant' } };
      },
    },
    {
      // A US informed consent signature page (scanned): the study in "Label: value" rows (principal investigator, the IRB
      // approval date and the site number as decoys), the visits in a sentence beside the months, the optional storage
      // initialled on one of two lines, the subject's name always printed, the signature and date by the subject or by a
      // legally authorized representative, the person obtaining consent and the date.
      image: -0.5,
      make: async (g) => {
        const c = await canvas([612, 620]);
        const subject = g.p(['Robert L. Jennings', 'Patricia Gomez', 'Walter Kim', 'Dorothy Haines']);
        const lar = g.r() < 0.45 ? g.p(['Susan Jennings-Ward', 'Michael Gomez', 'Angela Kim']) : null;
        const protocol = `${letters(g, 3)}-${g.n(4)}-${g.n(3)}`;
        const id = `${g.n(3)}-${g.n(3)}`;
        const date = someDate(g);
        const visits = g.int(6, 14);
        const future = g.r() < 0.5;
        const obtainer = g.p(['Jennifer Alvarez, RN, CCRC', 'Dr. Samuel Okafor', 'Kristen Muller, CRC']);
        const ini = initials(lar ?? subject);
        c.text('Lakeview Research Institute', 40, 44, 13, c.bold);
        c.text('Informed Consent Form and HIPAA Authorization - Signature Page', 40, 60, 10);
        grid(c, [['Protocol No.:', protocol], ['Sponsor:', g.p(['Calder Therapeutics, Inc.', 'NovaGen Biologics'])], ['Principal Investigator:', g.p(['Richard Haas, MD', 'Anita Desai, MD, PhD'])],
          ['Site No.:', g.n(3)], ['Subject ID:', id], ['IRB approval date:', D.usSlashed(plusDays(date, -g.int(30, 300)))]], 40, 170, 90, 15, c.bold);
        let y = para(c, `You will be in this study for about ${g.int(9, 24)} months and you will have ${visits} study visits at the clinic. You will receive a signed copy of this form.`, 40, 190, 532, 10, 14);
        c.text('OPTIONAL STORAGE OF SAMPLES FOR FUTURE RESEARCH (initial ONE):', 40, y + 14, 9.5, c.bold);
        underLine(c, '', future ? ini : '', 40, y + 38, 50);
        c.text('YES, my leftover samples may be stored and used for future research.', 100, y + 38, 9.5);
        underLine(c, '', future ? '' : ini, 40, y + 62, 50);
        c.text('NO, my samples must be destroyed at the end of this study.', 100, y + 62, 9.5);
        y += 100;
        underLine(c, 'Printed name of subject', subject, 40, y, 250);
        underLine(c, 'Signature of subject', lar ? '' : '(signed)', 310, y, 160);
        underLine(c, 'Date', lar ? '' : D.usSlashed(date), 490, y, 82);
        underLine(c, 'Printed name of legally authorized representative (if applicable)', lar ?? '', 40, y + 44, 250);
        underLine(c, 'Signature of LAR', lar ? '(signed)' : '', 310, y + 44, 160);
        underLine(c, 'Date', lar ? D.usSlashed(date) : '', 490, y + 44, 82);
        underLine(c, 'Relationship of LAR to subject', lar ? g.p(['Daughter', 'Son', 'Spouse']) : '', 40, y + 84, 250);
        underLine(c, 'Printed name of person obtaining consent', obtainer, 40, y + 128, 250);
        underLine(c, 'Signature', '(signed)', 310, y + 128, 160);
        underLine(c, 'Date', D.usSlashed(date), 490, y + 128, 82);
        para(c, 'Original to research file; copy to subject; copy to medical record.', 40, y + 170, 532, 8, 11);
        return { c, key: { protocol_number: protocol, participant_name: subject, participant_id: id, consent_date: date, consent_taken_by: obtainer, number_of_visits: visits, future_research_samples: future, signed_by: lar ? 'Legal representative' : 'Participant' } };
      },
    },
  ],
};

/** 5. Student visa letters (admission and enrolment letters for visa applications). */
const MODES = ['Full-time', 'Part-time'];
const visaLetter: Kind = {
  name: 'student-visa-letter',
  fields: [
    ['student_name', 'string', "Student's full name"],
    ['course_start_date', 'date', 'Course start date'],
    ['passport_number', 'string', 'Passport number'],
    ['course_name', 'string', 'Course / programme of study'],
    ['course_end_date', 'date', 'Course end date'],
    ['study_mode', 'enum', 'Full-time or part-time study', MODES],
    ['tuition_fee', 'number', 'Tuition fee for the first year'],
    ['accommodation_arranged', 'boolean', 'Has the university arranged accommodation for the student?'],
  ],
  documents: [
    {
      // A UK university's visa support letter, all prose: the student's date of birth and passport number in brackets
      // after the name, the programme, its start and end dates and "taught full-time" in the sentences, the first year's
      // fee beside the deposit paid, its date and the balance, the CAS number and the enrolment deadline as decoys, the
      // accommodation in a closing sentence.
      make: async (g) => {
        const c = await canvas();
        const [name, city, country] = g.p([['Li Wen Chen', 'Chengdu', 'China'], ['Aarav Mehta', 'Pune', 'India'], ['Adaeze Okoro', 'Enugu', 'Nigeria'], ['Nguyen Thi Mai', 'Da Nang', 'Vietnam']]);
        const passport = `${letters(g, 1)}${g.n(8)}`;
        const course = g.p(['MSc Data Science', 'MSc International Business Management', 'MA Education (TESOL)', 'MSc Renewable Energy Engineering']);
        const year = g.int(2024, 2025);
        const start = `${year}-09-${pad(g.int(15, 28))}`;
        const end = `${year + 1}-09-${pad(g.int(15, 30))}`;
        const letterDate = `${year}-${pad(g.int(5, 7))}-${pad(g.int(1, 28))}`;
        const fee = g.int(180, 290) * 100 + g.p([0, 250, 500, 750]);
        const deposit = g.p([2000, 3000, 5000]);
        const accommodation = g.r() < 0.5;
        const hall = g.p(["Chancellor's Hall", 'Riverside Court', 'Wolfson Residences']);
        letterhead(c, 'University of Northbridge', ['International Admissions Office · Northbridge NB4 7RL · United Kingdom · +44 (0)1632 555 400 · intadmissions@northbridge.ac.uk'], 50, 55, 17, 545);
        c.right(D.ukLong(letterDate), 545, 105, 10);
        c.text(`Our ref: IA/${year}/${g.n(5)}`, 50, 105, 9, c.font, true);
        c.text(`Student ID: ${g.n(8)}`, 50, 117, 9, c.font, true);
        [name, `${g.int(3, 400)} ${g.p(['Renmin Road', 'MG Road', 'Ogui Road', 'Tran Phu Street'])}`, city, country].forEach((t, k) => c.text(t, 50, 145 + k * 13, 10));
        c.text('To whom it may concern', 50, 215, 10);
        c.text('Confirmation of study for Student visa purposes', 50, 235, 10.5, c.bold);
        let y = para(c, `This is to confirm that ${name} (date of birth ${D.ukLong(studentBirth(g))}, passport number ${passport}) has accepted an unconditional offer of a place on the ${course} at the University of Northbridge. The programme is taught full-time on our city campus and lasts ${Math.round((Date.parse(end) - Date.parse(start)) / 2_629_800_000)} months. It begins on ${D.ukLong(start)} and the expected end date of the course is ${D.ukLong(end)}.`, 50, 258, 495, 10, 14.5);
        y = para(c, `The tuition fee for the first year of study (${year}/${String(year + 1).slice(2)}) is ${M.gbp(fee).replace('.00', '')}. A deposit of ${M.gbp(deposit).replace('.00', '')} was received on ${D.ukLong(plusDays(letterDate, -g.int(5, 40)))}, leaving ${M.gbp(fee - deposit).replace('.00', '')} to be paid at enrolment.`, 50, y + 8, 495, 10, 14.5);
        y = para(c, `A Confirmation of Acceptance for Studies (CAS) has been assigned under reference ${letters(g, 1)}${g.n(1)}${letters(g, 1)}${g.n(1)}${letters(g, 2)}${g.n(5)}${letters(g, 2)}. The student must complete online enrolment no later than ${D.ukLong(plusDays(start, 14))}.`, 50, y + 8, 495, 10, 14.5);
        y = para(c, accommodation
          ? `The University has allocated ${name.split(' ')[0]} a single en-suite room in ${hall} for the ${year}/${String(year + 1).slice(2)} academic year; the room is available from ${D.ukLong(plusDays(start, -7))}.`
          : 'Please note that the University has not arranged accommodation for this student, who will make private arrangements.', 50, y + 8, 495, 10, 14.5);
        y = para(c, 'If you require any further information, please contact the International Admissions Office at the address above.', 50, y + 8, 495, 10, 14.5);
        c.text('Yours faithfully,', 50, y + 16, 10);
        c.text(g.p(['Catherine Holloway', 'Dr Ian McBride', 'Sunita Bhatt']), 50, y + 60, 10, c.bold);
        c.text('International Admissions Manager', 50, y + 73, 9.5);
        footer(c, 'The University of Northbridge is a licensed student sponsor (licence number ' + letters(g, 2) + g.n(6) + ').', c.height - 30, 50);
        return { c, key: { student_name: name, course_start_date: start, passport_number: passport, course_name: course, course_end_date: end, study_mode: 'Full-time', tuition_fee: fee, accommodation_arranged: accommodation } };
      },
    },
    {
      // A Spanish university's admission certificate (certificado de admisión) for a student visa, all prose: the student,
      // nationality, passport and date of birth in the CERTIFICA clause, the master's degree and "a tiempo completo /
      // parcial", the dates of the classes, the enrolment period as decoy dates, the fee per academic year worked out
      // from credits beside the administrative charges, the accommodation in a sentence, the place and date of issue.
      make: async (g) => {
        const c = await canvas();
        const [name, nat, female] = g.p<[string, string, boolean]>([['Valentina Gómez Restrepo', 'colombiana', true], ['Mateo Fernández Ruiz', 'argentina', false], ['Camila Rojas Paredes', 'peruana', true], ['Diego Alejandro Castro', 'mexicana', false]]);
        const passport = `${letters(g, 2)}${g.n(7)}`;
        const course = g.p(['Máster Universitario en Ingeniería Agronómica', 'Máster Universitario en Dirección de Empresas', 'Máster Universitario en Traducción Profesional', 'Máster Universitario en Gestión del Patrimonio Cultural']);
        const full = g.r() < 0.6;
        const credits = full ? 60 : 30;
        const perCredit = g.p([45.5, 52.3, 61.9]);
        const fee = cents(credits * perCredit);
        const year = g.int(2024, 2025);
        const start = `${year}-09-${pad(g.int(9, 23))}`;
        const end = `${year + 1}-06-${pad(g.int(15, 30))}`;
        const issued = `${year}-${pad(g.int(4, 7))}-${pad(g.int(1, 28))}`;
        const accommodation = g.r() < 0.45;
        const es = (v: number) => `${group(v, '.', ',')} €`;
        letterhead(c, 'UNIVERSIDAD DEL DUERO', ['Servicio de Relaciones Internacionales · Plaza de la Universidad, 1 · 47002 Valladolid · Tel. 983 555 100 · internacional@uduero.es'], 50, 55, 16, 545);
        c.text(`Ref.: RRII/${year}/${g.n(4)}`, 50, 100, 9, c.font, true);
        centre(c, 'CERTIFICADO DE ADMISIÓN', 135, 14, c.bold);
        let y = para(c, `${g.p(['D.ª María Isabel Herrero Sanz', 'D. Javier Ortega Blanco'])}, responsable del Servicio de Relaciones Internacionales de la Universidad del Duero,`, 50, 168, 495, 10, 14.5);
        c.text('CERTIFICA:', 50, y + 10, 10, c.bold);
        y = para(c, `Que ${female ? 'D.ª' : 'D.'} ${name}, de nacionalidad ${nat}, con pasaporte n.º ${passport} y fecha de nacimiento ${D.esLong(studentBirth(g))}, ha sido ${female ? 'admitida' : 'admitido'} en el ${course} (código ${g.n(7)}), que se imparte en modalidad presencial y a tiempo ${full ? 'completo' : 'parcial'} en la Facultad de ${g.p(['Ciencias', 'Ciencias Económicas y Empresariales', 'Filosofía y Letras'])} durante el curso académico ${year}-${year + 1}.`, 50, y + 30, 495, 10, 14.5);
        y = para(c, `Que las clases del curso comenzarán el ${D.esLong(start)} y finalizarán el ${D.esLong(end)}. El plazo de matrícula para estudiantes admitidos está abierto del ${D.esLong(`${year}-07-${pad(g.int(1, 10))}`)} al ${D.esLong(`${year}-07-${pad(g.int(20, 31))}`)}.`, 50, y + 8, 495, 10, 14.5);
        y = para(c, `Que el importe de la matrícula asciende a ${es(fee)} por curso académico (${credits} créditos ECTS a ${es(perCredit)} por crédito), al que se añaden ${es(g.p([58.2, 64.5, 71.1]))} en concepto de tasas de secretaría y seguro escolar.`, 50, y + 8, 495, 10, 14.5);
        y = para(c, accommodation
          ? `Que la Universidad le ha asignado una plaza en la Residencia Universitaria ${g.p(['Alfonso VIII', 'Santa María', 'Duques de Soria'])} durante el curso académico ${year}-${year + 1}.`
          : 'Que la Universidad no gestiona el alojamiento de los estudiantes de máster, por lo que el alojamiento corre a cargo del estudiante.', 50, y + 8, 495, 10, 14.5);
        y = para(c, `Y para que conste a efectos de la solicitud del visado de estudios, se expide el presente certificado en Valladolid, a ${D.esLong(issued)}.`, 50, y + 16, 495, 10, 14.5);
        stamp(c, 'UNIVERSIDAD DEL DUERO - RRII', 80, y + 50, 10, -4);
        c.text('Firmado electrónicamente', 330, y + 40, 9, c.font, true);
        footer(c, `Código seguro de verificación: ${letters(g, 4)}${g.n(4)}${letters(g, 4)} · Puede comprobar la autenticidad en sede.uduero.es`, c.height - 30, 50);
        return { c, key: { student_name: name, course_start_date: start, passport_number: passport, course_name: course, course_end_date: end, study_mode: full ? 'Full-time' : 'Part-time', tuition_fee: fee, accommodation_arranged: accommodation } };
      },
    },
    {
      // A Canadian college's letter of acceptance (scanned): the student and program in boxed cells (date of birth,
      // student ID and DLI number as decoys), the study status as boxes after Full-time / Part-time, the estimated first
      // year's tuition beside the deposit paid and a scholarship, the acceptance's expiry as a decoy date, the residence
      // in the conditions' prose.
      image: 0.4,
      make: async (g) => {
        const c = await canvas([612, 580]);
        const [name, country] = g.p([['Harpreet Kaur Sandhu', 'India'], ['Oluwaseun Adebayo', 'Nigeria'], ['Juan Pablo Herrera', 'Colombia'], ['Minh Anh Tran', 'Vietnam']]);
        const passport = `${letters(g, 1)}${g.n(7)}`;
        const course = g.p(['Computer Programming and Analysis (Ontario College Advanced Diploma)', 'Business - Supply Chain and Operations (Ontario College Diploma)', 'Early Childhood Education (Ontario College Diploma)']);
        const full = g.r() < 0.7;
        const year = g.int(2024, 2025);
        const start = `${year}-09-${pad(g.int(2, 9))}`;
        const end = `${year + (course.includes('Advanced') ? 3 : 2)}-04-${pad(g.int(18, 30))}`;
        const letterDate = `${year}-${pad(g.int(3, 6))}-${pad(g.int(1, 28))}`;
        const fee = g.int(160, 210) * 100 + g.p([0, 36, 450]);
        const accommodation = g.r() < 0.4;
        c.text('LAKESHORE COLLEGE OF APPLIED ARTS AND TECHNOLOGY', 36, 44, 12.5, c.bold);
        c.text('International Office · 1430 Lakeshore Blvd W, Toronto, ON M8V 1K8 · +1 416 555 0190', 36, 57, 7.5, c.font, true);
        c.text('LETTER OF ACCEPTANCE', 36, 86, 14, c.bold);
        c.right(`Date of issue: ${D.usLong(letterDate)}`, 576, 86, 9);
        cell(c, 'STUDENT NAME (as shown in passport)', name, 36, 98, 300);
        cell(c, 'DATE OF BIRTH', D.iso(studentBirth(g)), 336, 98, 120);
        cell(c, 'STUDENT ID', g.n(9), 456, 98, 120);
        cell(c, 'PASSPORT NO.', passport, 36, 128, 150);
        cell(c, 'COUNTRY OF CITIZENSHIP', country, 186, 128, 150);
        cell(c, 'DLI NO.', `O${g.n(11)}`, 336, 128, 240);
        cell(c, 'PROGRAM', course, 36, 158, 540);
        cell(c, 'PROGRAM START DATE', D.usLong(start), 36, 188, 180);
        cell(c, 'EXPECTED COMPLETION DATE', D.usLong(end), 216, 188, 180);
        cell(c, 'LENGTH OF PROGRAM', course.includes('Advanced') ? '3 years (6 semesters)' : '2 years (4 semesters)', 396, 188, 180);
        c.text('Study status:', 36, 238, 9.5, c.bold);
        boxAfter(c, ['Full-time', 'Part-time'], full ? 'Full-time' : 'Part-time', 110, 238, 90, 9.5);
        cell(c, 'ESTIMATED TUITION FEES - FIRST YEAR (CAD)', M.dollars(fee), 36, 254, 220);
        cell(c, 'DEPOSIT PAID (CAD)', M.dollars(g.p([2000, 5000, 8000])), 256, 254, 140);
        cell(c, 'SCHOLARSHIP (CAD)', M.dollars(g.p([0, 1000, 2500])), 396, 254, 180);
        let y = para(c, `Conditions of acceptance: this offer is conditional on proof of English language proficiency and on the student obtaining a valid study permit before the program start date. This letter of acceptance is valid until ${D.usLong(plusDays(start, 21))}.`, 36, 310, 540, 9.5, 13.5);
        y = para(c, accommodation
          ? `Residence: a single room has been reserved for the student in Lakeshore Residence Hall from ${D.usLong(plusDays(start, -4))}; residence fees are payable separately.`
          : 'Residence: the College has not arranged housing for this student; off-campus housing resources are available from the International Office.', 36, y + 8, 540, 9.5, 13.5);
        c.text('Sincerely,', 36, y + 20, 10);
        c.text(g.p(['Natalie Fournier', 'Gurpreet Dhaliwal', 'Kevin O\'Brien']), 36, y + 56, 10, c.bold);
        c.text('Manager, International Admissions', 36, y + 69, 9);
        return { c, key: { student_name: name, course_start_date: start, passport_number: passport, course_name: course, course_end_date: end, study_mode: full ? 'Full-time' : 'Part-time', tuition_fee: fee, accommodation_arranged: accommodation } };
      },
    },
  ],
};

/** 6. Water quality test reports. */
const SOURCES = ['Mains', 'Private well', 'Borehole', 'Spring'];
const water: Kind = {
  name: 'water-quality-test-report',
  fields: [
    ['report_number', 'string', 'Lab report number'],
    ['sample_date', 'date', 'Date the sample was taken'],
    ['laboratory_name', 'string', 'Name of the testing laboratory'],
    ['sample_address', 'string', 'Address of the property where the water was sampled'],
    ['water_source', 'enum', 'Source of the water supply', SOURCES],
    ['nitrate_mg_l', 'number', 'Nitrate result in mg/l'],
    ['e_coli_count', 'number', 'E. coli count per 100 ml'],
    ['fit_to_drink', 'boolean', 'Is the water fit to drink according to the report?'],
  ],
  documents: [
    {
      // A UK laboratory's certificate of analysis for a private water supply: the sample's details in a two-column table
      // of shaded labels (the customer's reference, the dates received and reported as decoys), the results in a ruled
      // table with nitrite beside nitrate and coliforms beside E. coli, each against its limit, the verdict in a sentence.
      make: async (g) => {
        const c = await canvas();
        const lab = g.p(['Severnside Analytical Laboratories', 'Pennine Water Testing Ltd', 'Cambrian Scientific Services']);
        const address = g.p(['Hill Farm, Clun, Craven Arms SY7 8JH', 'Low Fold Cottage, Dentdale, Sedbergh LA10 5QT', 'Ty Newydd, Llanwrda, Carmarthenshire SA19 8HD', 'Brook House, Exford, Minehead TA24 7PP']);
        const [source, printed] = g.p([['Borehole', 'Private supply - borehole'], ['Spring', 'Private supply - spring'], ['Private well', 'Private supply - well']]);
        const date = someDate(g);
        const received = plusDays(date, 1);
        const reported = after(g, received, 4, 12);
        const num = `${letters(g, 2)}${date.slice(2, 4)}-${g.n(5)}`;
        const nitrate = Math.round((2 + g.r() * 60) * 10) / 10;
        const dirty = g.r() < 0.45;
        const coliforms = dirty ? g.int(3, 80) : g.p([0, 0, 2]);
        const ecoli = dirty ? g.int(1, Math.min(coliforms, 40)) : 0;
        const fit = ecoli === 0 && coliforms === 0 && nitrate <= 50;
        const pf = (ok: boolean) => (ok ? 'Pass' : 'FAIL');
        letterhead(c, lab, [`UKAS accredited testing laboratory No. ${g.n(4)} · Unit ${g.int(2, 20)}, ${g.p(['Kingsway Business Park', 'Lowfields Trading Estate'])} · 01${g.n(3)} ${g.n(6)}`], 50, 55, 15, 545);
        c.text('CERTIFICATE OF ANALYSIS', 50, 105, 14, c.bold);
        c.text('Private Water Supplies (England) Regulations 2016', 50, 119, 8.5, c.font, true);
        let y = kv(c, [
          ['Report no.', num],
          ['Customer', g.p(['Shropshire Council - Environmental Protection', 'Owner (private client)', 'Exmoor Estates Management'])],
          ['Customer ref.', `PWS/${g.n(4)}`],
          ['Site address', address],
          ['Sample point', g.p(['Kitchen cold tap', 'Tap after UV unit', 'Outside tap (yard)'])],
          ['Supply type', printed],
          ['Date sampled', `${D.slashed(date)} ${clock(g, 8, 15)}`],
          ['Date received', D.slashed(received)],
          ['Date reported', D.slashed(reported)],
        ], 50, 130, 140, 355, 18);
        c.text('Results', 50, y + 24, 10.5, c.bold);
        const ph = Math.round((6.6 + g.r() * 1.7) * 10) / 10;
        y = ruled(c, 50, y + 32, [[175, 'Parameter'], [75, 'Result'], [70, 'Units'], [100, 'Limit (PCV)'], [75, 'Compliance']], [
          ['Coliform bacteria', String(coliforms), 'per 100ml', '0', pf(coliforms === 0)],
          ['Escherichia coli (E. coli)', String(ecoli), 'per 100ml', '0', pf(ecoli === 0)],
          ['Enterococci', String(dirty ? g.int(0, 6) : 0), 'per 100ml', '0', ''],
          ['Nitrate (as NO3)', nitrate.toFixed(1), 'mg/l', '50', pf(nitrate <= 50)],
          ['Nitrite (as NO2)', (g.r() * 0.08).toFixed(3), 'mg/l', '0.5', 'Pass'],
          ['pH', ph.toFixed(1), 'pH units', '6.5 - 9.5', 'Pass'],
          ['Turbidity', (0.1 + g.r() * 1.5).toFixed(2), 'NTU', '4', 'Pass'],
          ['Iron', String(g.int(5, 180)), 'µg/l', '200', 'Pass'],
        ], 18, 9, [1]);
        y = para(c, fit
          ? 'Opinion: the sample complied with the prescribed concentrations for all the microbiological and chemical parameters tested, and the water is considered fit to drink (wholesome).'
          : `Opinion: the sample failed to comply with the prescribed concentrations for one or more of the parameters tested and the water is NOT considered fit to drink. ${ecoli || coliforms ? 'Boil water before drinking until the treatment has been checked and a repeat sample is clear.' : 'Seek advice from the local authority.'}`, 50, y + 20, 495, 9.5, 13.5);
        underLine(c, 'Authorised by (Laboratory Manager)', g.p(['Dr Joanne Pryce', 'Alan Metcalfe CChem', 'Sian Howells']), 50, y + 50, 220);
        footer(c, 'Results relate only to the sample as received. This certificate shall not be reproduced except in full without the approval of the laboratory.', c.height - 30, 50);
        return { c, key: { report_number: num, sample_date: date, laboratory_name: lab, sample_address: address, water_source: source, nitrate_mg_l: nitrate, e_coli_count: ecoli, fit_to_drink: fit } };
      },
    },
    {
      // A French departmental laboratory's test report (rapport d'essai): "Libellé : valeur" rows, the resource as boxes
      // after Réseau public / Puits / Forage / Source, the dates received, analysed and edited as decoys, the results in a
      // table with column headings and decimal commas (nitrites beside nitrates, total coliforms beside E. coli), the
      // sanitary conclusion in a sentence.
      make: async (g) => {
        const c = await canvas();
        const [lab, address] = g.p([["Laboratoire Départemental d'Analyses de la Sarthe", '12 route de la Forêt, 72230 Moncé-en-Belin'], ["Laboratoire Départemental d'Analyses du Morbihan", 'Lieu-dit Kerhervé, 56310 Bubry'],
          ['Laboratoire Départemental de la Drôme', '4 chemin des Sources, 26400 Crest'], ["Laboratoire Départemental d'Analyses de la Sarthe", '37 rue du Moulin, 72330 Cérans-Foulletourte']]);
        const [source, printed] = g.p([['Mains', 'Réseau public'], ['Private well', 'Puits'], ['Borehole', 'Forage'], ['Spring', 'Source']]);
        const date = someDate(g);
        const received = plusDays(date, g.int(0, 1));
        const edited = after(g, received, 5, 15);
        const num = `${date.slice(2, 4)}-${g.n(6)}`;
        const nitrate = Math.round((1 + g.r() * 65) * 10) / 10;
        const dirty = source !== 'Mains' && g.r() < 0.5;
        const coliforms = dirty ? g.int(2, 120) : 0;
        const ecoli = dirty ? g.int(0, Math.min(coliforms, 30)) : 0;
        const fit = ecoli === 0 && coliforms === 0 && nitrate <= 50;
        letterhead(c, lab, ['Pôle Eau et Environnement · Accréditation COFRAC Essais n° 1-' + g.n(4) + ' · Tél. 02 43 55 ' + g.n(2) + ' ' + g.n(2)], 50, 55, 12.5, 545);
        centre(c, `RAPPORT D'ESSAI N° ${num}`, 108, 13, c.bold);
        centre(c, 'Analyse d\'eau destinée à la consommation humaine - contrôle à la demande d\'un particulier', 122, 8.5);
        let y = grid(c, [['Demandeur :', g.p(['M. Gérard Lemoine', 'Mme Nathalie Guérin', 'M. Yannick Le Goff'])], ['Lieu de prélèvement :', address], ['Point de prélèvement :', g.p(['robinet de la cuisine', 'robinet extérieur', 'sortie de pompe'])],
          ['Prélevé le :', `${D.slashed(date)} à ${g.int(8, 17)}h${pad(g.int(0, 59))} par le demandeur`], ['Reçu au laboratoire le :', D.slashed(received)], ['Début d\'analyse le :', D.slashed(received)], ['Rapport édité le :', D.slashed(edited)]], 50, 190, 150, 15);
        c.text('Type de ressource :', 50, y + 8, 9);
        boxAfter(c, ['Réseau public', 'Puits', 'Forage', 'Source'], printed, 190, y + 8, 82, 9);
        y = table(c, y + 40, [[50, 'Paramètre', false], [300, 'Résultat', true], [320, 'Unité', false], [430, 'Limite de qualité', true], [545, 'Méthode', true]], [
          ['Bactéries coliformes', String(coliforms), 'n/100 mL', '0', 'NF EN ISO 9308-1'],
          ['Escherichia coli', String(ecoli), 'n/100 mL', '0', 'NF EN ISO 9308-1'],
          ['Entérocoques intestinaux', String(dirty ? g.int(0, 9) : 0), 'n/100 mL', '0', 'NF EN ISO 7899-2'],
          ['Nitrates (en NO3)', comma(nitrate), 'mg/L', '50', 'NF EN ISO 10304-1'],
          ['Nitrites (en NO2)', comma(g.r() * 0.09, 2), 'mg/L', '0,5', 'NF EN 26777'],
          ['pH', comma(6.6 + g.r() * 1.8), 'unité pH', '6,5 - 9', 'NF EN ISO 10523'],
          ['Conductivité à 25 °C', String(g.int(180, 750)), 'µS/cm', '200 - 1100', 'NF EN 27888'],
          ['Turbidité', comma(0.1 + g.r() * 1.2, 2), 'NFU', '1', 'NF EN ISO 7027-1'],
        ], 16);
        c.text('Conclusion sanitaire', 50, y + 18, 10, c.bold);
        y = para(c, fit
          ? "Eau conforme aux limites de qualité fixées par l'arrêté du 11 janvier 2007 pour les paramètres analysés. Eau propre à la consommation humaine."
          : `Eau non conforme aux limites de qualité fixées par l'arrêté du 11 janvier 2007 (${[coliforms ? 'contamination bactériologique' : '', nitrate > 50 ? 'teneur en nitrates' : ''].filter(Boolean).join(', ')}). Eau non potable : elle ne doit pas être consommée sans traitement.`, 50, y + 34, 495, 9.5, 13.5);
        underLine(c, 'Le responsable technique', g.p(['Dr Sophie Marchand', 'Julien Perrot', 'Claire Delaunay']), 50, y + 50, 220);
        footer(c, "Les résultats ne se rapportent qu'à l'échantillon soumis à l'essai. La reproduction de ce rapport n'est autorisée que sous sa forme intégrale.", c.height - 30, 50);
        return { c, key: { report_number: num, sample_date: date, laboratory_name: lab, sample_address: address, water_source: source, nitrate_mg_l: nitrate, e_coli_count: ecoli, fit_to_drink: fit } };
      },
    },
    {
      // A US state-certified lab's well water report (scanned): the sample's ID and dates under small headings, the
      // client and location as "Label: value" rows, the source as boxes crossed before their option, nitrate as nitrogen
      // (NO3-N) against the 10 mg/L MCL in a ruled table with nitrite and total coliform beside it, the verdict as boxes
      // after YES / NO.
      image: -0.45,
      make: async (g) => {
        const c = await canvas([612, 640]);
        const lab = g.p(['Prairie State Water Labs', 'Northwoods Environmental Testing, Inc.', 'Heartland Analytical Services']);
        const address = g.p(['4512 County Road 19, Fergus Falls, MN 56537', 'N6721 Hilltop Ln, Shawano, WI 54166', '2208 E 1500th Rd, Paxton, IL 60957']);
        const [source, printed] = g.p([['Private well', 'Private well'], ['Spring', 'Spring'], ['Private well', 'Private well']]);
        const date = someDate(g);
        const received = plusDays(date, 1);
        const reported = after(g, received, 3, 10);
        const num = `${g.n(2)}${letters(g, 1)}${g.n(5)}`;
        const nitrate = Math.round(g.r() * 140) / 10;
        const dirty = g.r() < 0.45;
        const coliforms = dirty ? g.int(2, 90) : 0;
        const ecoli = dirty ? g.int(0, Math.min(coliforms, 25)) : 0;
        const fit = ecoli === 0 && coliforms === 0 && nitrate <= 10;
        c.text(lab.toUpperCase(), 40, 45, 13, c.bold);
        c.text(`State certified drinking water laboratory ID ${g.n(6)} · ${g.p(['Fargo', 'Wausau', 'Champaign'])} · (${g.n(3)}) 555-${g.n(4)}`, 40, 58, 7.5, c.font, true);
        c.text('WATER ANALYSIS REPORT - HOMEOWNER WELL PACKAGE', 40, 86, 12, c.bold);
        headed(c, [[40, 'LAB SAMPLE ID'], [170, 'DATE COLLECTED'], [300, 'DATE RECEIVED'], [430, 'DATE REPORTED']], [num, `${D.usSlashed(date)} ${clock(g, 7, 11)}`, D.usSlashed(received), D.usSlashed(reported)], 104, 572);
        grid(c, [['Client:', g.p(['Dale Lindqvist', 'Karen Schultz', 'Tom Brandt'])], ['Sample location:', address], ['Sampling point:', 'Kitchen faucet (untreated)'], ['Collected by:', 'Client']], 40, 140, 152, 15, c.bold);
        c.text('Water source:', 40, 225, 9.5, c.bold);
        ['Private well', 'Public/municipal', 'Spring', 'Cistern'].forEach((o, k) => tick(c, o, o === printed, 130 + k * 105, 225, 9.5));
        let y = ruled(c, 40, 244, [[200, 'Analyte'], [80, 'Result'], [80, 'Units'], [80, 'MCL'], [92, 'Status']], [
          ['Total coliform bacteria', String(coliforms), 'MPN/100 mL', '0', coliforms ? 'UNSAFE' : 'OK'],
          ['E. coli', String(ecoli), 'MPN/100 mL', '0', ecoli ? 'UNSAFE' : 'OK'],
          ['Nitrate as N (NO3-N)', nitrate.toFixed(1), 'mg/L', '10', nitrate > 10 ? 'UNSAFE' : 'OK'],
          ['Nitrite as N (NO2-N)', (g.r() * 0.2).toFixed(2), 'mg/L', '1', 'OK'],
          ['Arsenic', String(g.int(0, 8)), 'µg/L', '10', 'OK'],
          ['Hardness (as CaCO3)', String(g.int(90, 420)), 'mg/L', '-', ''],
        ], 19, 9, [1]);
        c.text('Safe to drink for the parameters tested:', 40, y + 30, 10, c.bold);
        boxAfter(c, ['YES', 'NO'], fit ? 'YES' : 'NO', 270, y + 30, 60, 10);
        y = para(c, fit
          ? 'All results are within EPA drinking water standards (MCLs). Test your well every year for bacteria and nitrate.'
          : 'One or more results exceed the EPA maximum contaminant level. Do not drink the water or use it for infant formula until the well has been disinfected or treated and a retest shows it is safe.', 40, y + 54, 532, 9, 13);
        underLine(c, 'Reviewed by', g.p(['M. Ostrowski, Lab Director', 'J. Peterson, QA Manager']), 40, y + 36, 240);
        return { c, key: { report_number: num, sample_date: date, laboratory_name: lab, sample_address: address, water_source: source, nitrate_mg_l: nitrate, e_coli_count: ecoli, fit_to_drink: fit } };
      },
    },
  ],
};

// ---- The set ---------------------------------------------------------------------------------------------
const KINDS = [vetInvoice, marriage, weighbridge, consent, visaLetter, water];
await writeKinds(here, KINDS, 5179, 167);
