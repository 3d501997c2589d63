// Generates eval/forms-untold: six kinds of form no other set has, written blind — nothing under src/ or test/ (the
// offline extractor included) was opened, and neither the extractor nor the eval was run on the set — to measure how
// the extractor does on kinds nobody tuned it for. Each kind has a folder of its own with the schema a user would
// write (eval/forms-untold/<kind>/{docs,key,schema.json}): jury summonses, airline baggage irregularity reports, job
// offer letters, used-vehicle bills of sale, gas safety records and childcare fee statements, three of each — one
// English, one in French, Spanish, German, Italian or Portuguese (English field names), one rendered to a degraded
// image the reader OCRs. Labels as real forms print them (beside, above, in table headers, in sentences, ticked
// boxes), values as printed, with distractors (other dates, other amounts, reference numbers that are not the asked
// one); the keys hold what a user expects back (ISO dates, plain numbers, one of the enum's options, true/false).
// Run: npx tsx eval/forms-untold/generate.ts
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Rng } from '../support/random.ts';
import { cents, group, pad, plusDays, ymd } from '../support/formats.ts';
import { birthDate, DATES, MONEY, monthEnd, monthStart, someDate } from '../support/form-values.ts';
import { canvas, type Canvas } from '../support/canvas.ts';
import { cell, checkboxes, grid, headed, table, tick, underLine } from '../support/form-blocks.ts';
import { type Kind, writeKinds } from '../support/form-set.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

// ---- Helpers -----------------------------------------------------------------------------------------------

/** `k` capital letters for references (no I, O or Q, which are read as digits). */
const letters = (g: Rng, k: number) => Array.from({ length: k }, () => g.p([...'ABCDEFGHJKLMNPRSTUVWXYZ'])).join('');
/** `t` centred on the page, as official documents set their titles. */
const centre = (c: Canvas, t: string, y: number, size: number, f = c.font) => c.text(t, (c.page.getWidth() - f.widthOfTextAtSize(t, size)) / 2, y, size, f);
/** Lines of running text `step` apart; returns the y under the last. */
const lines = (c: Canvas, ts: string[], x: number, y: number, size = 9.5, step = 14) => {
  ts.forEach((t, k) => c.text(t, x, y + k * step, size));
  return y + ts.length * step;
};
/** A section heading on a light grey band, as printed administrative forms set them. */
const band = (c: Canvas, t: string, y: number, x = 40, w = 515) => {
  c.box(x, y, w, 16, 0.86);
  c.text(t, x + 6, y + 11.5, 9, c.bold);
};
/** The same day `n` years later. */
const addYears = (iso: string, n: number) => { const [y, m, d] = ymd(iso); return `${y + n}-${pad(m)}-${pad(d)}`; };
/** The day itself when a Monday, else the Monday after. */
const monday = (iso: string) => plusDays(iso, (8 - new Date(Date.parse(iso)).getUTCDay()) % 7);
/** The first of the month after `iso`. */
/** The items of `xs` in an order drawn from `g`. */
const shuffled = <T>(g: Rng, xs: T[]) => {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) { const j = g.int(0, i); [out[i], out[j]] = [out[j], out[i]]; }
  return out;
};
const nextMonthStart = (iso: string) => plusDays(monthEnd(`${iso.slice(0, 8)}01`), 1);
const DAYS: Record<string, string[]> = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
};
const dayName = (iso: string, lang = 'en') => DAYS[lang][new Date(Date.parse(iso)).getUTCDay()];
/** Small numbers in English words, as letters write them ("six months"). */
const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/** Euro amounts as printed in Italy, Germany, Portugal ("1.234,56 €") and France ("1 234,56 €"). */
const eur = MONEY.eurSuffix;
const eurFr = MONEY.eurSpace;
/** A 17-character vehicle identification number after the maker's prefix `wmi`. */
const vin = (g: Rng, wmi: string, yearCode: string) => `${wmi}${Array.from({ length: 5 }, () => g.p([...'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'])).join('')}${g.n(1)}${yearCode}${letters(g, 1)}${g.n(6)}`;
const VIN_YEAR: Record<number, string> = { 2012: 'C', 2013: 'D', 2014: 'E', 2015: 'F', 2016: 'G', 2017: 'H', 2018: 'J', 2019: 'K', 2020: 'L', 2021: 'M', 2022: 'N' };

// ---- Kinds -------------------------------------------------------------------------------------------------

/** 1. Jury summonses. */
const JURY = ['Trial jury', 'Grand jury'];
const jury: Kind = {
  name: 'jury-summons',
  fields: [
    ['juror_number', 'string', 'My juror or participant number'],
    ['juror_name', 'string', 'Name of the person summoned'],
    ['court_name', 'string', 'Which court do I have to report to?'],
    ['report_date', 'date', 'Date I must report for jury service'],
    ['reply_by', 'date', 'Deadline to send back the reply form or questionnaire'],
    ['expected_days', 'integer', 'How many days the jury service is expected to last'],
    ['jury_type', 'enum', 'Trial jury or grand jury?', JURY],
    ['call_ahead', 'boolean', 'Do I have to phone or check online the evening before to confirm I am still needed?'],
  ],
  documents: [
    {
      // A US county summons: the juror ID boxed at the top right, the mailing block, a row of boxed cells (mailed, report date,
      // time, group number), ticked type of service, the questionnaire deadline and the call-in rule in numbered instructions,
      // juror pay and mileage as distractor amounts.
      make: async (g) => {
        const c = await canvas([612, 792]);
        const [court, place, address, phone, web] = g.p<[string, string, string, string, string]>([
          ['Superior Court of California, County of Sonoma', 'Hall of Justice, Jury Assembly Room', '600 Administration Drive, Santa Rosa, CA 95403', '(707) 555-0134', 'sonomacourtjury.org'],
          ['King County Superior Court', 'King County Courthouse, Room E-121', '516 Third Avenue, Seattle, WA 98104', '(206) 555-0171', 'kcjuryservice.org'],
          ['Circuit Court for Montgomery County', 'Judicial Center, Jury Office, 1st Floor', '50 Maryland Avenue, Rockville, MD 20850', '(240) 555-0118', 'mcjuryinfo.org'],
        ]);
        const [name, street, city] = g.p([['Marcus Delgado', '4418 Brookside Ct', 'Petaluma, CA 94954'], ['Jennifer Okafor', '2210 NE 65th St Apt 4', 'Seattle, WA 98115'], ['Brian Whitfield', '911 Falls Bridge Dr', 'Potomac, MD 20854']]);
        const id = g.n(9); const report = monday(someDate(g)); const reply = plusDays(report, -g.int(18, 28)); const mailed = plusDays(reply, -10); const grand = g.r() < 0.4;
        const days = grand ? g.p([10, 15, 20]) : g.int(2, 5); const call = g.r() < 0.6; c.text(court.toUpperCase(), 40, 50, 12, c.bold);
        c.text('Office of the Jury Commissioner', 40, 64, 9); c.text(`${address} · ${phone} · ${web}`, 40, 76, 8, c.font, true); cell(c, 'JUROR ID', id, 432, 84, 140);
        c.text('SUMMONS FOR JURY SERVICE', 40, 112, 18, c.bold);
        c.text('You are hereby summoned to appear for jury service as directed below. Failure to appear may be punished by a fine.', 40, 127, 8, c.font, true);
        [name, street, city].forEach((t, k) => c.text(t, 40, 155 + k * 13, 10)); cell(c, 'DATE MAILED', DATES.usSlashed(mailed), 40, 205, 125);
        cell(c, 'REPORT DATE', `${dayName(report)}, ${DATES.usSlashed(report)}`, 170, 205, 150); cell(c, 'REPORT TIME', g.p(['7:45 AM', '8:00 AM', '8:30 AM']), 325, 205, 110);
        cell(c, 'GROUP NO.', g.n(3), 440, 205, 132); cell(c, 'REPORT TO', `${place}, ${address}`, 40, 240, 532); c.text('TYPE OF SERVICE', 40, 295, 9, c.bold);
        tick(c, 'Trial (petit) jury — civil and criminal trials', !grand, 40, 313); tick(c, 'Grand jury — criminal indictments', grand, 330, 313);
        grid(c, [
          ['Expected length of service:', `${days} court days`],
          ['Juror fee:', '$15.00 per day, beginning on the second day of service'],
          ['Mileage:', '$0.34 per mile, one way'],
          ['Parking:', g.p(['Validated at the Civic Center garage', 'Free in the county lot on 2nd Street'])],
        ], 40, 190, 340, 15); band(c, 'BEFORE YOUR REPORT DATE', 410, 40, 532);
        lines(c, [
          `1. Complete the juror qualification questionnaire online at ${web}, or return the enclosed form, no later than`,
          `    ${DATES.usLong(reply)}. Requests to postpone must be made at least 5 business days before your report date.`,
          ...(call
            ? [`2. You MUST call ${phone} or check ${web} after 5:00 p.m. on the business day before your report date`, '    to confirm whether your group is still required to report.']
            : ['2. There is no need to call in before your report date. If your group is cancelled we will notify you by text message', '    or email; otherwise report as directed above.']),
          '3. Bring this summons and a photo ID. Dress appropriately for court; weapons, including pocket knives, are not permitted.',
        ], 40, 445, 9, 14);
        c.text('Employers may not dismiss or penalize an employee for serving on a jury. A certificate of attendance is given on request.', 40, 540, 8, c.font, true);
        underLine(c, 'Jury Commissioner', g.p(['Patricia Nguyen', 'Robert Calloway']), 40, 600, 220);
        c.text(`Form JS-100 (Rev. ${mailed.slice(0, 4)}) · Juror ID ${id} · Questions: ${phone}`, 40, 750, 7.5, c.font, true);
        return { c, key: { juror_number: id, juror_name: name, court_name: court, report_date: report, reply_by: reply, expected_days: days, jury_type: grand ? 'Grand jury' : 'Trial jury', call_ahead: call } };
      },
    },
    {
      // A French notification to a juror of the session of the cour d'assises: the reference and letter date at the top, the
      // surname in capitals and the first name in boxed cells, the juror's number on the session list, the opening day and the
      // questionnaire deadline in sentences, the length of the session, the call-in rule, the fine and the allowance as distractors.
      make: async (g) => {
        const c = await canvas();
        const [court, city, address, phone, town] = g.p<[string, string, string, string, string]>([
          ["Cour d'assises de la Gironde", 'Bordeaux', 'Palais de justice, 30 rue des Frères Bonie, 33000 Bordeaux', '05 47 33 90 12', '33800 Bordeaux'],
          ["Cour d'assises du Rhône", 'Lyon', 'Palais de justice, 67 rue Servient, 69003 Lyon', '04 72 60 70 12', '69007 Lyon'],
          ["Cour d'assises de la Haute-Garonne", 'Toulouse', 'Palais de justice, 2 allées Jules Guesde, 31000 Toulouse', '05 61 33 70 12', '31400 Toulouse'],
        ]);
        const [civ, first, last, home] = g.p([['Madame', 'Sophie', 'Marchand', '14 rue des Lilas'], ['Monsieur', 'Julien', 'Perrin', '3 impasse du Moulin'], ['Madame', 'Nadia', 'Haddad', '27 avenue de la Gare']]);
        const number = String(g.int(2, 40)); const report = monday(someDate(g)); const letter = plusDays(report, -g.int(20, 30)); const reply = plusDays(letter, g.int(8, 12));
        const drawn = plusDays(letter, -g.int(15, 40)); const days = g.p([8, 10, 12, 15]); const call = g.r() < 0.5;
        c.text('COUR D’APPEL — TRIBUNAL JUDICIAIRE', 40, 45, 9, c.bold); c.text(court, 40, 60, 13, c.bold); c.text('Greffe — Service des jurés', 40, 74, 9);
        c.text(address, 40, 86, 8, c.font, true); c.right(`Réf. : SJ/${report.slice(0, 4)}/${g.n(4)}`, 555, 45, 9); c.right(`${city}, le ${DATES.frLong(letter)}`, 555, 60, 9);
        [`${civ} ${first} ${last.toUpperCase()}`, home, town].forEach((t, k) => c.text(t, 330, 120 + k * 13, 10));
        centre(c, "NOTIFICATION À UN JURÉ DE LA SESSION D'ASSISES", 190, 13, c.bold); centre(c, 'Articles 266 et 267 du code de procédure pénale', 204, 8);
        cell(c, 'NOM', last.toUpperCase(), 40, 222, 170); cell(c, 'PRÉNOM', first, 215, 222, 150); cell(c, 'N° SUR LA LISTE DE SESSION', number, 370, 222, 185);
        lines(c, [
          `${civ}, j'ai l'honneur de vous informer que, par tirage au sort effectué le ${DATES.slashed(drawn)}, vous avez été désigné(e)`,
          `pour siéger en qualité de juré à la ${court}.`,
          '',
          `Vous êtes convoqué(e) à l'audience d'ouverture de la session, le ${dayName(report, 'fr')} ${DATES.frLong(report)} à 9 heures,`,
          `au ${address.replace('Palais de justice, ', 'palais de justice, ')}, salle des assises.`,
          '',
          `La durée prévisible de la session est de ${days} jours d'audience. Votre présence est requise pendant toute sa durée.`,
        ], 40, 280, 9.5, 14); band(c, 'Questionnaire', 390);
        lines(c, [
          'Vous voudrez bien compléter et signer le questionnaire ci-joint, et le retourner au greffe au plus tard',
          `le ${DATES.slashed(reply)}, accompagné de la copie d'une pièce d'identité.`,
        ], 40, 422, 9.5, 14); band(c, 'Avant chaque audience', 460);
        lines(c, call
          ? ["La veille de chaque audience, à partir de 17 heures, vous devez consulter le répondeur du service des jurés", `au ${phone}, afin de connaître l'heure à laquelle vous êtes attendu(e).`]
          : ["Aucun appel préalable n'est nécessaire : présentez-vous directement au palais de justice aux jours et heures", "indiqués par le président à l'issue de chaque audience."], 40, 492, 9.5, 14);
        band(c, 'Indemnités et obligations', 530);
        lines(c, [
          "Les jurés perçoivent une indemnité journalière de session de 91,60 € ainsi que le remboursement des frais de transport.",
          "Tout juré qui, sans motif légitime, ne se présente pas est passible d'une amende civile de 3 750 € (art. 288 CPP).",
          'Les dispenses doivent être sollicitées par écrit, avec justificatifs, auprès du président de la cour.',
        ], 40, 562, 9, 13); underLine(c, 'Le directeur de greffe', g.p(['Catherine Vasseur', 'Olivier Lemaire']), 330, 660, 225);
        c.text(`Service des jurés : ${phone} — du lundi au vendredi, de 9 h à 12 h et de 14 h à 16 h 30`, 40, 790, 8, c.font, true);
        return { c, key: { juror_number: number, juror_name: `${first} ${last}`, court_name: court, report_date: report, reply_by: reply, expected_days: days, jury_type: 'Trial jury', call_ahead: call } };
      },
    },
    {
      // A summons from the UK central summoning bureau (scanned): juror and pool numbers side by side, the court and start date
      // as "Label: value" rows, the length of service and the reply deadline in sentences, the issue date as a distractor.
      image: 0.4,
      make: async (g) => {
        const c = await canvas([595, 640]);
        const [court, address] = g.p([['The Crown Court at Leeds', '1 Oxford Row, Leeds LS1 3BG'], ['Cardiff Crown Court', 'Cathays Park, Cardiff CF10 3PG'], ['The Crown Court at Norwich', 'Bishopgate, Norwich NR3 1UR']]);
        const [name, street, town] = g.p([['Mr Daniel Hargreaves', '17 Kirkstall Avenue', 'Leeds LS5 3DD'], ['Mrs Eleri Pritchard', '42 Heol y Deri', 'Cardiff CF14 6HF'], ['Ms Hannah Lowe', '8 Unthank Road', 'Norwich NR2 2PA']]);
        const number = g.n(9); const start = monday(someDate(g)); const issued = plusDays(start, -g.int(42, 70)); const reply = plusDays(issued, 7); const days = 10;
        const call = g.r() < 0.5; c.text('Jury Central Summoning Bureau', 40, 40, 10, c.bold);
        c.text('Phoenix House, Rushton Avenue, Bradford BD3 7BH · 0300 456 1024', 40, 53, 8, c.font, true); c.text('JURY SUMMONS', 40, 88, 20, c.bold);
        cell(c, 'JUROR NUMBER', number, 330, 70, 120); cell(c, 'POOL NUMBER', `${g.n(3)}/${g.n(5)}`, 455, 70, 100);
        [name, street, town].forEach((t, k) => c.text(t, 40, 120 + k * 13, 10.5)); c.text(`Date of issue: ${DATES.ukLong(issued)}`, 330, 120, 9);
        c.text('You have been selected at random from the electoral register.', 40, 180, 10);
        grid(c, [
          ['Court:', court],
          ['Address:', address],
          ['Date:', `${dayName(start)} ${DATES.ukLong(start)}`],
          ['Time:', g.p(['9:30am', '10:00am'])],
        ], 40, 130, 205, 17, c.bold); c.text('How long will it last?', 40, 290, 11, c.bold);
        c.text(`Jury service normally lasts up to ${days} working days. You may be asked to serve longer if a trial runs over.`, 40, 306, 9.5);
        c.text('You must reply', 40, 336, 11, c.bold);
        c.text(`Reply online at gov.uk/jury-service within 7 days, by ${DATES.ukLong(reply)}, even if you cannot do jury service.`, 40, 352, 9.5);
        c.text('Before you come', 40, 382, 11, c.bold);
        lines(c, call
          ? ['Call the court after 4pm on the working day before you are due to start, to check that you are still needed.']
          : ['You do not need to contact the court before your first day. Come to the court at the time shown above.'], 40, 398, 9.5);
        c.text('What you can claim', 40, 428, 11, c.bold);
        lines(c, ['Loss of earnings up to £64.95 a day for the first 10 days, travel at 31.4p a mile and £5.71 a day for food.',
          'Bring this summons and your reply confirmation with you.'], 40, 444, 9.5);
        c.text('It is a criminal offence not to reply, or not to attend when summoned. You can be fined up to £1,000.', 40, 500, 8.5, c.bold);
        c.text(`Ref ${letters(g, 2)}${g.n(6)} · JS1`, 40, 600, 7.5, c.font, true);
        return { c, key: { juror_number: number, juror_name: name.replace(/^(Mr|Mrs|Ms) /, ''), court_name: court, report_date: start, reply_by: reply, expected_days: days, jury_type: 'Trial jury', call_ahead: call } };
      },
    },
  ],
};

/** 2. Airline baggage irregularity reports (PIR). */
const PROBLEM = ['Delayed', 'Damaged', 'Missing contents'];
const baggage: Kind = {
  name: 'baggage-irregularity-report',
  fields: [
    ['file_reference', 'string', 'Baggage file reference (PIR number)'],
    ['passenger_name', 'string', 'Passenger name'],
    ['flight_number', 'string', 'Flight on which the problem happened'],
    ['flight_date', 'date', 'Date of that flight'],
    ['bag_tag_number', 'string', 'Tag number of the bag concerned'],
    ['problem', 'enum', 'What happened to the bag?', PROBLEM],
    ['bags_checked', 'integer', 'How many bags were checked in'],
    ['delivery_requested', 'boolean', 'Will the airline deliver the bag to the passenger once it is found?'],
  ],
  documents: [
    {
      // A UK airline's passenger copy of the PIR: the file reference boxed, "Label: value" rows with the booking reference and
      // frequent-flyer number as distractors, the flight and a return flight, a bag table (one received, one not), ticked type
      // and delivery instructions, the interim-expense limit and claim deadline as distractor amounts and days.
      make: async (g) => {
        const c = await canvas();
        const [airline, code, station, from] = g.p<[string, string, string, string]>([['Northwind Airlines', 'NW', 'MAN', 'Amsterdam (AMS)'], ['Bluecrest Air', 'BQ', 'EDI', 'Dublin (DUB)'], ['Coastline Airways', 'CL', 'BHX', 'Lisbon (LIS)']]);
        const [title, first, last] = g.p([['Mr', 'James', 'Carter'], ['Ms', 'Olivia', 'Brennan'], ['Dr', 'Samir', 'Kapoor']]); const ref = `${station}${code}${g.n(5)}`;
        const date = someDate(g); const flight = `${code}${g.int(100, 1999)}`; const back = `${code}${g.int(100, 1999)}`; const bags = g.int(1, 3);
        const tags = Array.from({ length: bags }, () => `${code}${g.n(6)}`); const lost = g.int(0, bags - 1); const problem = g.p(['Delayed', 'Delayed', 'Damaged']);
        const deliver = problem === 'Delayed' && g.r() < 0.75; const to = station === 'MAN' ? 'Manchester (MAN)' : station === 'EDI' ? 'Edinburgh (EDI)' : 'Birmingham (BHX)';
        c.text(airline, 40, 50, 16, c.bold); c.text('Baggage Services', 40, 64, 9, c.font, true); cell(c, 'FILE REFERENCE', ref, 405, 38, 150);
        c.text('PROPERTY IRREGULARITY REPORT', 40, 100, 14, c.bold);
        c.text('Passenger copy — keep this report. Quote your file reference in all correspondence.', 40, 114, 8, c.font, true);
        grid(c, [
          ['Passenger name:', `${title} ${first} ${last}`],
          ['Booking reference:', letters(g, 6)],
          ['Frequent flyer no.:', `${code} ${g.n(9)}`],
          ['Mobile:', `07${g.n(3)} ${g.n(6)}`],
          ['Permanent address:', g.p(['22 Ashfield Road, Stockport SK4 2DN', '9 Leith Walk, Edinburgh EH6 8LN', '61 Wake Green Road, Birmingham B13 9HG'])],
        ], 40, 160, 140, 15); c.text('FLIGHT', 40, 230, 9, c.bold);
        const y = table(c, 248, [[40, 'Flight', false], [120, 'Date', false], [220, 'From', false], [360, 'To', false], [555, 'Class', true]], [[flight, DATES.short(date), from, to, 'Economy']]);
        c.text(`Onward / return booking: ${back} on ${DATES.short(plusDays(date, g.int(5, 12)))}`, 40, y + 2, 8.5, c.font, true); c.text('BAGGAGE', 40, y + 30, 9, c.bold);
        c.text(`Bags checked in: ${bags}     Bags received: ${problem === 'Delayed' ? bags - 1 : bags}`, 300, y + 30, 9);
        const y2 = table(c, y + 48, [[40, 'Tag number', false], [150, 'Colour / type', false], [300, 'Brand', false], [555, 'Status', true]],
          tags.map((t, k) => [t, g.p(['BK 22 — black hard case', 'BU 02 — blue soft bag', 'RD 22 — red hard case', 'GY 25 — grey trolley']), g.p(['Samsonite', 'Antler', 'American Tourister', 'Unknown']),
            k === lost ? (problem === 'Delayed' ? 'NOT RECEIVED' : 'DAMAGED') : 'Received']));
        checkboxes(c, 'Irregularity:', ['Delayed', 'Damaged', 'Pilfered'], problem, 40, y2 + 20, 90);
        if (problem === 'Damaged') c.text(`Damage: ${g.p(['wheel housing broken', 'shell cracked at corner', 'handle torn off'])}. Bag returned to passenger.`, 40, y2 + 38, 9);
        c.text('Delivery when located:', 40, y2 + 62, 9, c.bold); tick(c, 'Deliver to the permanent address above', deliver, 40, y2 + 80);
        tick(c, 'Passenger will collect from the airport', problem === 'Delayed' && !deliver, 260, y2 + 80);
        if (problem !== 'Delayed') c.text('Not applicable — no bag outstanding.', 40, y2 + 98, 8.5, c.font, true);
        lines(c, [
          `Reasonable interim expenses (toiletries, essential clothing) up to £${g.p([75, 100, 150])} may be claimed with receipts.`,
          'Written claims must reach us within 7 days for damage, or within 21 days of delivery for delayed baggage.',
          `Track your bag online with your file reference ${ref} and your surname.`,
        ], 40, y2 + 125, 8.5, 12); grid(c, [['Report date:', DATES.short(plusDays(date, g.int(0, 1)))], ['Agent:', `${letters(g, 2)}${g.n(3)}`]], 40, 120, y2 + 175, 14);
        return { c, key: { file_reference: ref, passenger_name: `${first} ${last}`, flight_number: flight, flight_date: date, bag_tag_number: tags[lost], problem, bags_checked: bags, delivery_requested: deliver } };
      },
    },
    {
      // A Spanish parte de irregularidad de equipaje: the expediente number at the top right, surnames and first name in boxed
      // cells, flight data as headed columns, the type of incident and home delivery as ticked boxes, the number of pieces in a
      // sentence, missing items or damage in a table, an advance for first necessities and the report date as distractors.
      make: async (g) => {
        const c = await canvas(); const [station, city] = g.p<[string, string]>([['MAD', 'Madrid'], ['BCN', 'Barcelona'], ['AGP', 'Málaga']]);
        const [nombre, apellidos] = g.p([['Lucía', 'García López'], ['Javier', 'Romero Sanz'], ['Marta', 'Iglesias Peña']]); const ref = `${station}SR${g.n(5)}`;
        const date = someDate(g); const flight = `SR${g.int(3000, 3999)}`; const from = g.p(['París-Orly (ORY)', 'Roma-Fiumicino (FCO)', 'Bruselas (BRU)']);
        const bags = g.int(1, 3); const tag = `SR${g.n(6)}`; const problem = g.p(PROBLEM); const deliver = problem === 'Delayed' && g.r() < 0.7;
        const ES: Record<string, string> = { Delayed: 'Retraso (equipaje no recibido)', Damaged: 'Equipaje dañado', 'Missing contents': 'Falta de contenido' };
        c.text('AEROLÍNEAS SIERRA', 40, 50, 16, c.bold); c.text(`Servicio de Atención al Equipaje — Aeropuerto de ${city}`, 40, 64, 9, c.font, true);
        c.right('Nº de expediente', 555, 40, 8, c.font); c.right(ref, 555, 56, 13, c.bold); centre(c, 'PARTE DE IRREGULARIDAD DE EQUIPAJE (PIR)', 100, 13, c.bold);
        cell(c, 'APELLIDOS', apellidos.toUpperCase(), 40, 120, 230); cell(c, 'NOMBRE', nombre, 275, 120, 130); cell(c, 'LOCALIZADOR', letters(g, 6), 410, 120, 145);
        cell(c, 'DOMICILIO', g.p(['C/ Alcalá 214, 3º B, 28028 Madrid', 'Carrer de Mallorca 402, 08013 Barcelona', 'Av. de Andalucía 18, 29007 Málaga']), 40, 155, 330);
        cell(c, 'TELÉFONO', `+34 6${g.n(2)} ${g.n(3)} ${g.n(3)}`, 375, 155, 180);
        headed(c, [[40, 'VUELO'], [130, 'FECHA'], [230, 'ORIGEN'], [400, 'DESTINO']], [flight, DATES.slashed(date), from, `${city} (${station})`], 210);
        c.text(`El pasajero declara haber facturado ${bags} ${bags === 1 ? 'bulto' : 'bultos'} en total, con destino final ${city}.`, 40, 260, 9.5);
        cell(c, 'Nº DE ETIQUETA DEL EQUIPAJE AFECTADO', tag, 40, 275, 230);
        cell(c, 'DESCRIPCIÓN', g.p(['Maleta rígida negra, ruedas', 'Bolsa de viaje azul', 'Maleta gris mediana']), 275, 275, 280);
        c.text('TIPO DE INCIDENCIA', 40, 330, 9, c.bold); PROBLEM.forEach((p, k) => tick(c, ES[p], p === problem, 40 + k * 175, 348));
        const items = problem === 'Missing contents'
          ? [['Perfume', '1', '65,00 €'], ['Auriculares inalámbricos', '1', '129,00 €']]
          : problem === 'Damaged' ? [['Asa rota', '—', 'Reparación'], ['Carcasa rajada', '—', 'Reparación']] : [['Ropa y calzado', '—', '—']];
        const y = table(c, 378, [[40, 'Artículo / daño', false], [330, 'Cantidad', false], [555, 'Valor declarado', true]], items);
        c.text('¿Desea que se le entregue el equipaje en su domicilio cuando sea localizado?', 40, y + 12, 9.5); tick(c, 'Sí', deliver, 40, y + 30);
        tick(c, 'No', problem === 'Delayed' && !deliver, 100, y + 30); tick(c, 'No procede', problem !== 'Delayed', 160, y + 30);
        lines(c, [
          `Se entrega al pasajero un anticipo para gastos de primera necesidad de ${eur(g.p([50, 75, 100]))}.`,
          'Las reclamaciones deben presentarse por escrito en un plazo de 7 días (daños) o de 21 días (retraso) desde la entrega.',
          'Conserve este parte y las etiquetas de su equipaje. Consulte el estado de su expediente en sierra-equipajes.es.',
        ], 40, y + 58, 8.5, 12); grid(c, [['Fecha del parte:', DATES.slashed(plusDays(date, g.int(0, 1)))], ['Agente:', `${letters(g, 3)}${g.n(2)}`]], 40, 140, y + 110, 15);
        underLine(c, 'Firma del pasajero', '', 330, y + 140, 225);
        return { c, key: { file_reference: ref, passenger_name: `${nombre} ${apellidos}`, flight_number: flight, flight_date: date, bag_tag_number: tag, problem, bags_checked: bags, delivery_requested: deliver } };
      },
    },
    {
      // A ground handler's baggage report (scanned): the file number beside the title, passenger and flight as headed columns,
      // the connecting flight as a distractor in the routing, pieces checked, the nature of the report in capitals, forwarding yes/no.
      image: -0.45,
      make: async (g) => {
        const c = await canvas([595, 600]); const [airline, code] = g.p<[string, string]>([['Coastline Airways', 'CL'], ['Northwind Airlines', 'NW']]);
        const [first, last] = g.p([['Grace', 'Whitaker'], ['Tom', 'Ellison'], ['Aisha', 'Rahman']]); const ref = `LGW${code}${g.n(5)}`; const date = someDate(g);
        const first1 = `${code}${g.int(100, 999)}`; const flight = `${code}${g.int(1000, 1999)}`; const bags = g.int(1, 2); const tag = `${code}${g.n(6)}`;
        const problem = g.p(PROBLEM); const deliver = problem === 'Delayed';
        const nature = ({ Delayed: 'DELAYED — BAG NOT ARRIVED', Damaged: 'DAMAGED ON ARRIVAL', 'Missing contents': 'PILFERAGE — CONTENTS MISSING' } as Record<string, string>)[problem];
        c.text('SkyPort Ground Services Ltd', 40, 40, 12, c.bold); c.text(`London Gatwick · Baggage Office, South Terminal · acting for ${airline}`, 40, 54, 8, c.font, true);
        c.text('BAGGAGE REPORT', 40, 88, 16, c.bold); c.right(`File no. ${ref}`, 555, 88, 12, c.bold);
        headed(c, [[40, 'PASSENGER'], [230, 'FLIGHT'], [330, 'FLIGHT DATE'], [450, 'PIECES CHECKED']], [`${last.toUpperCase()}, ${first}`, flight, DATES.short(date), String(bags)], 115);
        c.text(`Routing: ${g.p(['Faro', 'Malaga', 'Nice'])} ${first1} ${DATES.short(plusDays(date, -1))} — ${flight} ${DATES.short(date)} London Gatwick`, 40, 160, 9);
        headed(c, [[40, 'BAG TAG'], [230, 'BAG TYPE'], [450, 'WEIGHT']], [tag, g.p(['Black upright, 4 wheels', 'Green holdall', 'Silver hard case']), `${g.int(14, 23)} kg`], 180);
        c.text('Nature of report:', 40, 228, 9.5, c.bold); c.text(nature, 140, 228, 10.5, c.bold);
        c.text(problem === 'Delayed' ? 'Bag traced on WorldTracer. Passenger advised of delay.' : problem === 'Damaged' ? 'Zip torn and frame bent. Passenger keeps bag.' : 'Passenger reports a camera and a watch missing from the bag.', 40, 245, 9.5);
        c.text('Forward bag to passenger when located:', 40, 275, 9.5); c.text(deliver ? 'YES — courier to home address' : 'NO', 240, 275, 10, c.bold);
        c.text(`Delivery address: ${g.p(['5 Priory Lane, Reigate RH2 7AL', '33 Queens Road, Brighton BN1 3XE'])}`, 40, 292, 9.5);
        c.text(`Contact: 07${g.n(3)} ${g.n(6)}`, 40, 309, 9.5);
        lines(c, ['Compensation is assessed by the airline under the Montreal Convention (limit 1,288 SDR).',
          `Send receipts and claim form to claims@${airline.split(' ')[0].toLowerCase()}air.co.uk quoting ${ref}.`], 40, 345, 8.5, 12);
        grid(c, [['Reported:', `${DATES.short(date)} ${g.int(10, 23)}:${pad(g.int(0, 59))}`], ['Handled by:', `${g.p(['K. Osei', 'L. Martin'])} (agent ${g.n(4)})`]], 40, 120, 395, 15);
        return { c, key: { file_reference: ref, passenger_name: `${first} ${last}`, flight_number: flight, flight_date: date, bag_tag_number: tag, problem, bags_checked: bags, delivery_requested: deliver } };
      },
    },
  ],
};

/** 3. Job offer letters. */
const CONTRACT = ['Permanent', 'Fixed-term'];
const offer: Kind = {
  name: 'job-offer-letter',
  fields: [
    ['candidate_name', 'string', 'Name of the person being offered the job'],
    ['employer_name', 'string', 'Company making the offer'],
    ['job_title', 'string', 'Job title offered'],
    ['start_date', 'date', 'Proposed first day of work'],
    ['annual_salary', 'number', 'Gross annual base salary'],
    ['contract_type', 'enum', 'Is the contract permanent or fixed-term?', CONTRACT],
    ['probation_months', 'integer', 'Length of the probation period in months'],
    ['accept_by', 'date', 'Deadline to accept the offer'],
  ],
  documents: [
    {
      // A UK offer letter, all prose: the interview and letter dates, salary per annum with a joining bonus and pension as
      // distractors, probation in words, the end of a fixed term as a second date, the acceptance deadline in the closing paragraph.
      make: async (g) => {
        const c = await canvas();
        const [employer, address] = g.p<[string, string]>([['Harbourline Logistics Ltd', '4 Quayside, Newcastle upon Tyne NE1 3DX'], ['Brightwater Software Ltd', '120 Deansgate, Manchester M3 2QJ'], ['Fenwick & Hale Consulting LLP', '18 Queen Square, Bristol BS1 4NH']]);
        const [title, first, last] = g.p([['Ms', 'Rebecca', 'Thornton'], ['Mr', 'Adebayo', 'Okonjo'], ['Mr', 'Callum', 'Fraser']]);
        const role = g.p(['Senior Data Analyst', 'Marketing Manager', 'Quality Assurance Engineer', 'Payroll Officer']); const salary = g.p([38500, 42000, 46750, 52000]);
        const start = monday(someDate(g)); const letter = plusDays(start, -g.int(25, 40)); const interview = plusDays(letter, -g.int(4, 10));
        const accept = plusDays(letter, g.int(7, 14)); const fixed = g.r() < 0.4; const end = plusDays(addYears(start, 1), -1); const probation = g.p([3, 6]);
        const manager = g.p(['Helen Ashworth', 'David Kerr']); c.text(employer, 40, 55, 15, c.bold); c.text(address, 40, 70, 8.5, c.font, true); c.rule(40, 555, 80);
        [`${title} ${first} ${last}`, g.p(['12 Elm Grove', 'Flat 6, 31 Carlton Road', '77 Station Street']), g.p(['Gateshead NE8 1AB', 'Salford M6 5FQ', 'Bath BA2 3DJ'])].forEach((t, k) => c.text(t, 40, 110 + k * 13, 10));
        c.right(DATES.ukLong(letter), 555, 110, 10); c.text('PRIVATE AND CONFIDENTIAL', 40, 170, 9, c.bold); c.text(`Dear ${title} ${last},`, 40, 195, 10);
        c.text(`Offer of employment — ${role}`, 40, 215, 11, c.bold);
        lines(c, [
          `Thank you for attending the interview on ${DATES.ukLong(interview)}. I am delighted to offer you the position of ${role}`,
          `with ${employer}, on the terms set out below and in the enclosed statement of main terms.`,
          '',
          `Your employment will begin on ${dayName(start)} ${DATES.ukLong(start)}.`,
          fixed ? `This is a fixed-term appointment for twelve months, ending on ${DATES.ukLong(end)}.` : 'This is a permanent, full-time position.',
          `Your starting salary will be £${group(salary, ',', '.', 0)} per annum, paid monthly in arrears on the last working day of each month.`,
          `In addition you will receive a one-off joining bonus of £${group(g.p([1500, 2000, 2500]), ',', '.', 0)}, payable with your first salary.`,
          '',
          `The first ${WORDS[probation]} months of your employment will be a probationary period, during which either party may end`,
          "the employment by giving one week's notice. After it, the notice period is one month on either side.",
          '',
          `You will be entitled to 25 days' holiday a year plus bank holidays, and to join the company pension scheme, to which we`,
          `contribute ${g.p([5, 6, 8])}% of your basic salary. Salaries are reviewed each April.`,
          '',
          'This offer is conditional on satisfactory references and proof of your right to work in the UK.',
          `Please confirm your acceptance by signing and returning the enclosed copy of this letter by ${DATES.ukLong(accept)}.`,
          'If we have not heard from you by then, the offer will lapse.',
        ], 40, 240, 9.5, 14); c.text('Yours sincerely,', 40, 500, 10); c.text(manager, 40, 545, 10); c.text('Head of People', 40, 558, 9, c.font, true); c.rule(40, 555, 600);
        c.text(`I accept the offer of employment as ${role} on the terms above.`, 40, 620, 9.5); underLine(c, 'Signed', '', 40, 660, 220);
        underLine(c, 'Date', '', 320, 660, 150);
        return { c, key: { candidate_name: `${first} ${last}`, employer_name: employer, job_title: role, start_date: start, annual_salary: salary, contract_type: fixed ? 'Fixed-term' : 'Permanent', probation_months: probation, accept_by: accept } };
      },
    },
    {
      // A German offer (Vertragsangebot): the sender line and address field, the terms as a "Label: value" table with the monthly
      // gross beside the annual as a distractor, befristet/unbefristet, Probezeit, the interview date and the reply deadline in prose.
      make: async (g) => {
        const c = await canvas();
        const [employer, street, city] = g.p<[string, string, string]>([['Nordlicht Medizintechnik GmbH', 'Hafenstraße 18', '24103 Kiel'], ['Brenner & Vogt Maschinenbau GmbH', 'Industriestraße 42', '73033 Göppingen'], ['Isarwerk Digital GmbH', 'Landsberger Straße 110', '80339 München']]);
        const [anrede, first, last] = g.p([['Herrn', 'Tobias', 'Brandt'], ['Frau', 'Miriam', 'Schäfer'], ['Herrn', 'Lukas', 'Wagner']]);
        const role = g.p(['Softwareentwickler (m/w/d)', 'Projektingenieur (m/w/d)', 'Sachbearbeiter Einkauf (m/w/d)']); const monthly = g.p([3950, 4250, 4875, 5200]);
        const salary = monthly * 12; const start = nextMonthStart(someDate(g)); const letter = plusDays(start, -g.int(30, 50));
        const interview = plusDays(letter, -g.int(3, 9)); const accept = plusDays(letter, g.int(10, 16)); const fixed = g.r() < 0.4; const probation = g.p([3, 6]);
        c.text(`${employer} · ${street} · ${city}`, 40, 60, 7, c.font, true); c.rule(40, 280, 63);
        [anrede, `${first} ${last}`, g.p(['Lindenweg 7', 'Bahnhofstraße 23', 'Am Sportplatz 4']), g.p(['24114 Kiel', '73037 Göppingen', '81373 München'])].forEach((t, k) => c.text(t, 40, 80 + k * 13, 10));
        c.text(employer, 350, 60, 10, c.bold); lines(c, [street, city, 'Personalabteilung', `Tel. 0${g.int(30, 899)} ${g.n(6)}`], 350, 74, 8.5, 11);
        grid(c, [['Ihr Zeichen:', '—'], ['Unser Zeichen:', `PA-${g.n(4)}`], ['Datum:', DATES.dotted(letter)]], 350, 430, 140, 12);
        c.text(`Ihr Vertragsangebot als ${role}`, 40, 200, 11, c.bold); c.text(`${anrede === 'Herrn' ? 'Sehr geehrter Herr' : 'Sehr geehrte Frau'} ${last},`, 40, 225, 10);
        lines(c, [
          `vielen Dank für das angenehme Gespräch am ${DATES.dotted(interview)}. Wir freuen uns, Ihnen die Position`,
          `${role} anbieten zu können. Die wesentlichen Vertragsbedingungen haben wir für Sie zusammengefasst:`,
        ], 40, 245, 9.5, 14);
        const y = table(c, 290, [[40, 'Vertragsbestandteil', false], [220, 'Regelung', false], [555, '', true]], [
          ['Position', role, ''],
          ['Eintrittsdatum', DATES.dotted(start), ''],
          ['Vertragsart', fixed ? `befristet bis ${DATES.dotted(plusDays(addYears(start, 2), -1))} (§ 14 Abs. 2 TzBfG)` : 'unbefristet', ''],
          ['Probezeit', `${probation} Monate`, ''],
          ['Wochenarbeitszeit', `${g.p([38, 39, 40])} Stunden, Gleitzeit`, ''],
          ['Bruttomonatsgehalt', `${eur(monthly)}`, ''],
          ['Jahresbruttogehalt', `${eur(salary)} (zahlbar in 12 gleichen Monatsraten)`, ''],
          ['Urlaub', `${g.p([28, 30])} Arbeitstage pro Kalenderjahr`, ''],
          ['Sonstiges', `Jobticket, betriebliche Altersvorsorge (Arbeitgeberzuschuss ${g.p([15, 20])} %)`, ''],
        ], 17);
        lines(c, [
          'Den ausführlichen Arbeitsvertrag erhalten Sie nach Ihrer Zusage. Bitte senden Sie uns das beigefügte Exemplar dieses',
          `Angebots bis spätestens ${DATES.deLong(accept)} unterschrieben zurück; danach verliert das Angebot seine Gültigkeit.`,
          '',
          'Wir freuen uns auf die Zusammenarbeit.',
          '',
          'Mit freundlichen Grüßen',
        ], 40, y + 15, 9.5, 14); c.text(g.p(['Sabine Krüger', 'Michael Hoffmann']), 40, y + 130, 10); c.text('Leitung Personal', 40, y + 143, 9, c.font, true);
        c.text(`${employer} · Sitz ${city.slice(6)} · Amtsgericht ${city.slice(6)} HRB ${g.n(5)} · Geschäftsführung: ${g.p(['Dr. Jens Albers', 'Katrin Roth'])}`, 40, 800, 7, c.font, true);
        return { c, key: { candidate_name: `${first} ${last}`, employer_name: employer, job_title: role, start_date: start, annual_salary: salary, contract_type: fixed ? 'Fixed-term' : 'Permanent', probation_months: probation, accept_by: accept } };
      },
    },
    {
      // A US offer letter (scanned): a short greeting, then a summary of terms in boxed cells — status, salary with the per-period
      // amount, introductory period — the sign-on bonus and relocation as distractor amounts, the expiry of the offer in a sentence.
      image: 0.5,
      make: async (g) => {
        const c = await canvas([612, 640]);
        const [employer, city] = g.p<[string, string]>([['Cascade Health Partners, Inc.', 'Portland, OR'], ['Lone Star Analytics LLC', 'Austin, TX'], ['Blue Ridge Outdoor Co.', 'Asheville, NC']]);
        const [first, last] = g.p([['Maya', 'Richardson'], ['Carlos', 'Mendoza'], ['Ethan', 'Brooks']]);
        const role = g.p(['Staff Accountant', 'Customer Success Manager', 'Senior UX Designer']); const salary = g.p([68000, 74500, 84000, 92000]);
        const start = monday(someDate(g)); const letter = plusDays(start, -g.int(20, 35)); const accept = plusDays(letter, g.int(5, 10)); const fixed = g.r() < 0.35;
        const probation = g.p([3, 6]); c.text(employer, 40, 45, 14, c.bold); c.text(`${city} · Human Resources`, 40, 59, 8.5, c.font, true);
        c.right(DATES.usLong(letter), 572, 45, 10); c.text(`Dear ${first},`, 40, 95, 10);
        lines(c, [`We are pleased to offer you employment with ${employer}. The main terms of our offer are summarized below.`], 40, 113, 9.5);
        cell(c, 'POSITION', role, 40, 130, 260); cell(c, 'REPORTS TO', g.p(['Director of Finance', 'VP, Customer Operations', 'Head of Design']), 305, 130, 267);
        cell(c, 'START DATE', DATES.usLong(start), 40, 165, 160);
        cell(c, 'EMPLOYMENT STATUS', fixed ? `Temporary, full-time — ends ${DATES.usSlashed(plusDays(start, 182))}` : 'Regular, full-time (permanent)', 205, 165, 367);
        cell(c, 'ANNUAL BASE SALARY', MONEY.usd(salary), 40, 200, 160); cell(c, 'PER PAY PERIOD (26 PER YEAR)', MONEY.usd(cents(salary / 26)), 205, 200, 180);
        cell(c, 'INTRODUCTORY PERIOD', `${probation} months`, 390, 200, 182); cell(c, 'SIGN-ON BONUS', MONEY.usd(g.p([2500, 5000])), 40, 235, 160);
        cell(c, 'RELOCATION ALLOWANCE', fixed ? 'None' : MONEY.usd(g.p([3000, 4500])), 205, 235, 180); cell(c, 'PTO', `${g.p([15, 18, 20])} days per year`, 390, 235, 182);
        lines(c, [
          'You will be eligible for medical, dental and vision coverage from the first of the month after your start date, and for the',
          '401(k) plan with a company match of up to 4% of salary. This offer is contingent on a background check and on proof of',
          'your eligibility to work in the United States.',
        ], 40, 295, 9, 13); c.text(`This offer will expire at 5:00 p.m. on ${DATES.usLong(accept)}. To accept, sign below and return this letter.`, 40, 350, 9.5, c.bold);
        c.text('Sincerely,', 40, 385, 10); c.text(g.p(['Angela Torres, HR Business Partner', 'Mark Sullivan, Talent Acquisition Lead']), 40, 420, 10);
        underLine(c, 'Accepted by', `${first} ${last}`, 40, 480, 240); underLine(c, 'Date', '', 330, 480, 140);
        return { c, key: { candidate_name: `${first} ${last}`, employer_name: employer, job_title: role, start_date: start, annual_salary: salary, contract_type: fixed ? 'Fixed-term' : 'Permanent', probation_months: probation, accept_by: accept } };
      },
    },
  ],
};

/** 4. Used-vehicle bills of sale. */
const vehicle: Kind = {
  name: 'vehicle-bill-of-sale',
  fields: [
    ['vin', 'string', 'Vehicle identification number (VIN)'],
    ['seller_name', 'string', 'Name of the seller'],
    ['buyer_name', 'string', 'Name of the buyer'],
    ['sale_date', 'date', 'Date the vehicle was sold'],
    ['sale_price', 'number', 'Price paid for the vehicle'],
    ['odometer_reading', 'integer', 'Odometer reading at the time of sale'],
    ['model_year', 'integer', 'Model year of the vehicle'],
    ['sold_as_is', 'boolean', 'Was the vehicle sold as-is, with no warranty from the seller?'],
  ],
  documents: [
    {
      // A US state-style bill of sale: vehicle cells (year, make, model, VIN, title and plate numbers as distractors), seller and
      // buyer cells, the price and date in a sentence, the odometer with its ticked certification, ticked as-is or warranty, a
      // notary block dated later.
      make: async (g) => {
        const c = await canvas([612, 792]); const year = g.int(2012, 2021);
        const [make, model, body, wmi] = g.p<[string, string, string, string]>([['Honda', 'Accord EX', '4-door sedan', '1HG'], ['Ford', 'F-150 XLT', 'Pickup', '1FT'], ['Toyota', 'RAV4 LE', 'SUV', 'JTM']]);
        const id = vin(g, wmi, VIN_YEAR[year]); const seller = g.p(['Raymond Castillo', 'Diane Mercer', 'Kevin Tran']);
        const buyer = g.p(['Alicia Moreno', 'Jordan Fields', 'Priya Shah']); const date = someDate(g); const price = g.p([6450, 8900, 12750, 15300, 18990]);
        const miles = g.int(38000, 164000); const asIs = g.r() < 0.65; c.text('STATE OF TEXAS', 40, 45, 9, c.bold); c.text('MOTOR VEHICLE BILL OF SALE', 40, 68, 18, c.bold);
        c.text('Keep this bill of sale with the title (Form 130-U) when applying for title and registration.', 40, 82, 8, c.font, true);
        band(c, 'VEHICLE INFORMATION', 95, 40, 532); cell(c, 'YEAR', String(year), 40, 118, 70); cell(c, 'MAKE', make, 115, 118, 120); cell(c, 'MODEL', model, 240, 118, 150);
        cell(c, 'BODY STYLE', body, 395, 118, 90); cell(c, 'COLOR', g.p(['Silver', 'White', 'Dark blue', 'Black']), 490, 118, 82);
        cell(c, 'VEHICLE IDENTIFICATION NUMBER', id, 40, 153, 260); cell(c, 'TITLE NUMBER', g.n(11), 305, 153, 140);
        cell(c, 'LICENSE PLATE', `${letters(g, 3)}-${g.n(4)}`, 450, 153, 122); band(c, 'SELLER AND BUYER', 200, 40, 532);
        cell(c, "SELLER'S PRINTED NAME", seller, 40, 223, 250);
        cell(c, "SELLER'S ADDRESS", `${g.int(100, 9900)} ${g.p(['Pecan St', 'Oak Hollow Dr', 'W Alabama St'])}, ${g.p(['Austin', 'San Marcos', 'Houston'])}, TX`, 295, 223, 277);
        cell(c, "BUYER'S PRINTED NAME", buyer, 40, 258, 250);
        cell(c, "BUYER'S ADDRESS", `${g.int(100, 9900)} ${g.p(['Cedar Park Blvd', 'Riverbend Dr', 'Lamar Ave'])}, ${g.p(['Round Rock', 'Kyle', 'Pasadena'])}, TX`, 295, 258, 277);
        band(c, 'SALE', 305, 40, 532);
        lines(c, [
          `For the sum of ${MONEY.usd(price)}, the receipt of which is hereby acknowledged, the seller named above sells and transfers`,
          `the vehicle described above to the buyer on ${DATES.usLong(date)}, and certifies that the vehicle is free of all liens and`,
          'encumbrances and that the seller has the right to sell it.',
        ], 40, 338, 9.5, 14); band(c, 'ODOMETER DISCLOSURE STATEMENT', 395, 40, 532);
        c.text('Federal and state law require that you state the mileage upon transfer of ownership.', 40, 425, 8.5, c.font, true);
        cell(c, 'ODOMETER READING (NO TENTHS)', `${group(miles, ',', '.', 0)} miles`, 40, 435, 200); tick(c, 'Reflects the actual mileage', true, 255, 445, 8.5);
        tick(c, 'Exceeds its mechanical limits', false, 255, 460, 8.5); tick(c, 'Is NOT the actual mileage', false, 420, 445, 8.5);
        c.text('WARNING — odometer discrepancy', 434, 458, 7, c.font, true); band(c, 'CONDITION OF SALE', 485, 40, 532);
        tick(c, 'The vehicle is sold AS IS. The seller makes no warranty, express or implied.', asIs, 40, 520);
        tick(c, 'The vehicle is sold with the following warranty:', !asIs, 40, 538);
        if (!asIs) c.text(`${g.p([30, 60, 90])}-day powertrain warranty (engine and transmission), parts and labor.`, 290, 538, 9);
        underLine(c, 'Seller signature', '', 40, 600, 240); underLine(c, 'Buyer signature', '', 330, 600, 240);
        c.text(`Subscribed and sworn to before me on ${DATES.usLong(plusDays(date, g.int(1, 4)))}.`, 40, 650, 9);
        underLine(c, 'Notary Public, State of Texas', g.p(['Linda Pruitt', 'Oscar Villarreal']), 40, 695, 240);
        c.text(`Commission expires ${DATES.usSlashed(`${g.int(2026, 2029)}-${pad(g.int(1, 12))}-${pad(g.int(1, 28))}`)}`, 330, 695, 9);
        return { c, key: { vin: id, seller_name: seller, buyer_name: buyer, sale_date: date, sale_price: price, odometer_reading: miles, model_year: year, sold_as_is: asIs } };
      },
    },
    {
      // An Italian private deed of sale (scrittura privata): the parties in prose with birth dates and tax codes as distractors,
      // vehicle data as "Label: value" rows with the first registration date, the price in figures and words, the as-is (visto e
      // piaciuto) or warranty clause, the deadline for the transfer of ownership, place and date at the foot.
      make: async (g) => {
        const c = await canvas(); const year = g.int(2013, 2021);
        const [make, model, wmi] = g.p<[string, string, string]>([['Fiat', 'Panda 1.2 Easy', 'ZFA'], ['Volkswagen', 'Golf 1.6 TDI', 'WVW'], ['Renault', 'Clio 0.9 TCe', 'VF1']]);
        const id = vin(g, wmi, VIN_YEAR[year]); const [seller, sellerBorn] = g.p([['Andrea Rossi', 'Torino'], ['Giovanna Esposito', 'Napoli'], ['Franco Martini', 'Bologna']]);
        const [buyer, buyerBorn] = g.p([['Chiara Colombo', 'Milano'], ['Stefano Ricci', 'Firenze'], ['Elena Barbieri', 'Verona']]); const date = someDate(g);
        const [price, words] = g.p<[number, string]>([[4800, 'quattromilaottocento'], [6500, 'seimilacinquecento'], [9200, 'novemiladuecento'], [11900, 'undicimilanovecento']]);
        const km = g.int(42000, 178000); const asIs = g.r() < 0.6; const city = g.p(['Torino', 'Bologna', 'Padova']);
        const cf = () => `${letters(g, 6)}${g.n(2)}${letters(g, 1)}${g.n(2)}${letters(g, 1)}${g.n(3)}${letters(g, 1)}`;
        centre(c, 'SCRITTURA PRIVATA DI COMPRAVENDITA', 60, 14, c.bold); centre(c, 'DI AUTOVEICOLO USATO TRA PRIVATI', 77, 12, c.bold);
        lines(c, [
          'Con la presente scrittura privata, da valere ad ogni effetto di legge, tra:',
          `- il/la Sig./Sig.ra ${seller}, nato/a a ${sellerBorn} il ${DATES.slashed(birthDate(g))}, C.F. ${cf()},`,
          `  residente in ${g.p(['Via Roma 14', 'Corso Francia 201', 'Via Emilia 88'])}, ${city}, di seguito denominato/a «Venditore»;`,
          `- il/la Sig./Sig.ra ${buyer}, nato/a a ${buyerBorn} il ${DATES.slashed(birthDate(g))}, C.F. ${cf()},`,
          `  residente in ${g.p(['Via Dante 3', 'Viale Piave 57', 'Piazza Garibaldi 9'])}, ${city}, di seguito denominato/a «Acquirente»;`,
          'si conviene e si stipula quanto segue.',
        ], 40, 115, 9.5, 14); c.text('1. Oggetto', 40, 215, 10, c.bold);
        c.text("Il Venditore vende all'Acquirente, che accetta, il seguente autoveicolo di sua esclusiva proprietà:", 40, 231, 9.5);
        grid(c, [
          ['Marca e modello:', `${make} ${model}`],
          ['Targa:', `${letters(g, 2)} ${g.n(3)} ${letters(g, 2)}`],
          ['Numero di telaio (VIN):', id],
          ['Anno di fabbricazione:', String(year)],
          ['Data di prima immatricolazione:', DATES.slashed(`${year + g.int(0, 1)}-${pad(g.int(1, 12))}-${pad(g.int(1, 28))}`)],
          ['Chilometri percorsi:', `${group(km, '.', ',', 0)} km`],
          ['Colore:', g.p(['grigio metallizzato', 'bianco', 'rosso'])],
        ], 60, 230, 252, 15); c.text('2. Prezzo', 40, 375, 10, c.bold);
        lines(c, [
          `Il prezzo della vendita è convenuto in ${eur(price)} (euro ${words}/00), che il Venditore dichiara di aver ricevuto`,
          `in data odierna mediante ${g.p(['bonifico bancario', 'assegno circolare'])}, rilasciandone con la firma del presente atto ampia quietanza.`,
        ], 40, 391, 9.5, 14); c.text('3. Garanzia', 40, 435, 10, c.bold);
        lines(c, asIs
          ? ["L'Acquirente dichiara di aver visionato e provato il veicolo e di accettarlo nello stato di fatto in cui si trova, «visto e", 'piaciuto», rinunciando a qualsiasi garanzia per vizi, anche occulti, nei confronti del Venditore.']
          : [`Il Venditore garantisce il buon funzionamento del motore e del cambio per ${g.p([3, 6])} mesi dalla consegna, e dichiara che il`, 'veicolo non presenta vizi occulti a lui noti.'], 40, 451, 9.5, 14);
        c.text('4. Passaggio di proprietà', 40, 495, 10, c.bold);
        lines(c, ["Le parti si impegnano a trascrivere il passaggio di proprietà al PRA entro 60 giorni dall'autentica delle firme; le spese",
          "sono a carico dell'Acquirente. Dalla consegna, l'Acquirente risponde di ogni infrazione commessa con il veicolo."], 40, 511, 9.5, 14);
        c.text(`Letto, confermato e sottoscritto. ${city}, ${DATES.itLong(date)}`, 40, 570, 10); underLine(c, 'Il Venditore', '', 40, 630, 220);
        underLine(c, "L'Acquirente", '', 330, 630, 220);
        return { c, key: { vin: id, seller_name: seller, buyer_name: buyer, sale_date: date, sale_price: price, odometer_reading: km, model_year: year, sold_as_is: asIs } };
      },
    },
    {
      // A UK trader's vehicle sale receipt (scanned): vehicle "Label: value" rows with the MOT expiry as a distractor date, the
      // agreed price with a deposit and balance (paid on different days) beside it, sold as seen or with a warranty.
      image: -0.35,
      make: async (g) => {
        const c = await canvas([595, 620]); const year = g.int(2012, 2020);
        const [make, model, wmi] = g.p<[string, string, string]>([['Vauxhall', 'Corsa 1.4 SE', 'W0L'], ['Ford', 'Focus 1.0 Zetec', 'WF0'], ['Nissan', 'Qashqai 1.5 dCi', 'SJN']]);
        const id = vin(g, wmi, VIN_YEAR[year]);
        const [trader, addr] = g.p<[string, string]>([['Pennine Motors', 'Unit 4, Mill Lane, Huddersfield HD1 6QL'], ['Severnside Car Sales', '88 Bath Road, Worcester WR5 3EP']]);
        const buyer = g.p(['Gemma Holloway', 'Rhys Morgan', 'Imran Qureshi']); const date = someDate(g); const price = g.p([3995, 5495, 6750, 8250]);
        const deposit = g.p([250, 500]); const miles = g.int(41000, 128000); const asIs = g.r() < 0.5; c.text(trader, 40, 45, 15, c.bold);
        c.text(addr, 40, 59, 8.5, c.font, true); c.right('VEHICLE SALE RECEIPT', 555, 45, 12, c.bold); c.right(`Receipt no. ${g.n(5)}`, 555, 59, 9);
        grid(c, [['Sold to:', buyer], ['Address:', g.p(['14 Heaton Road, Halifax HX1 3QB', '2 Orchard Close, Malvern WR14 2NE'])], ['Date of sale:', DATES.slashed(date)]], 40, 130, 95, 15, c.bold);
        c.text('VEHICLE', 40, 160, 10, c.bold);
        grid(c, [
          ['Registration:', `${letters(g, 2)}${String(year).slice(2)} ${letters(g, 3)}`],
          ['Make / model:', `${make} ${model}`],
          ['Year of manufacture:', String(year)],
          ['VIN / chassis no.:', id],
          ['Recorded mileage:', `${group(miles, ',', '.', 0)} miles`],
          ['MOT expiry:', DATES.slashed(plusDays(date, g.int(60, 300)))],
        ], 40, 160, 178, 15); c.text('PAYMENT', 330, 160, 10, c.bold);
        grid(c, [
          ['Agreed price:', MONEY.gbp(price)],
          [`Deposit (${DATES.slashed(plusDays(date, -g.int(2, 6)))}):`, MONEY.gbp(deposit)],
          ['Balance on collection:', MONEY.gbp(price - deposit)],
          ['Paid by:', g.p(['Bank transfer', 'Debit card'])],
        ], 330, 450, 178, 15); c.rule(40, 555, 285);
        lines(c, asIs
          ? ['The vehicle is sold as seen, tried and approved, with no warranty given or implied.', 'The buyer has inspected and test-driven the vehicle and accepts its condition.']
          : [`The vehicle is sold with a ${g.p([3, 6])}-month warranty covering the engine and gearbox (claims limit £1,000).`, 'The buyer has inspected and test-driven the vehicle.'], 40, 305, 9.5, 14);
        c.text('Received in full, with thanks. V5C new keeper slip handed to the buyer.', 40, 350, 9.5);
        underLine(c, 'For the seller', g.p(['A. Whitworth', 'S. Patel']), 40, 410, 200); underLine(c, 'Buyer', buyer, 330, 410, 200);
        c.text('This receipt does not affect your statutory rights.', 40, 560, 7.5, c.font, true);
        return { c, key: { vin: id, seller_name: trader, buyer_name: buyer, sale_date: date, sale_price: price, odometer_reading: miles, model_year: year, sold_as_is: asIs } };
      },
    },
  ],
};

/** 5. Gas safety records. */
type Appliance = [string, string, string, string];
const APPLIANCES: Appliance[] = [
  ['Kitchen', 'Combi boiler', 'Worcester Bosch Greenstar 30i', 'Room sealed'],
  ['Kitchen', 'Hob', 'Hotpoint HAG60', 'Flueless'],
  ['Lounge', 'Gas fire', 'Valor Dream', 'Open flue'],
  ['Airing cupboard', 'System boiler', 'Vaillant ecoTEC 415', 'Room sealed'],
  ['Kitchen', 'Cooker', 'Belling 60GT', 'Flueless'],
];
const gas: Kind = {
  name: 'gas-safety-record',
  fields: [
    ['record_number', 'string', 'Certificate or record serial number'],
    ['property_address', 'string', 'Address of the property that was checked'],
    ['inspection_date', 'date', 'Date of the gas safety inspection'],
    ['next_due', 'date', 'When is the next gas safety check due?'],
    ['engineer_name', 'string', 'Name of the engineer who did the check'],
    ['engineer_registration', 'string', "Engineer's own registration or licence number"],
    ['appliances_inspected', 'integer', 'How many gas appliances were inspected?'],
    ['all_safe', 'boolean', 'Were all appliances found safe to use?'],
  ],
  documents: [
    {
      // A UK landlord gas safety record: the business registration (a distractor) beside the engineer's licence number in cells,
      // landlord and job addresses, the appliance table with a "Safe to use" column, defects, the count of appliances tested,
      // the next check due in a cell, the alarm test and issue date as distractors.
      make: async (g) => {
        const c = await canvas();
        const [company, companyAddr] = g.p<[string, string]>([['Hearth & Home Heating Ltd', '7 Canal Wharf, Leeds LS11 5PS'], ['Allied Boiler Services', '41 Gloucester Road, Bristol BS7 8AD']]);
        const record = `LGSR-${g.n(6)}`; const engineer = g.p(['Gary Whitmore', 'Paul Jennings', 'Rhiannon Hughes']); const licence = g.n(7);
        const address = g.p(['Flat 2, 19 Beeston Road, Leeds LS11 8ND', '56 Ashley Down Road, Bristol BS7 9JW', '3 Cardigan Terrace, Leeds LS6 1LJ']);
        const date = someDate(g); const next = plusDays(addYears(date, 1), -1); const n = g.int(2, 4); const list = shuffled(g, APPLIANCES).slice(0, n);
        const safe = g.r() < 0.6; const bad = g.int(0, n - 1); c.text(company, 40, 45, 13, c.bold);
        c.text(`${companyAddr} · Gas Safe Register business no. ${g.n(6)}`, 40, 58, 8, c.font, true); c.text('LANDLORD GAS SAFETY RECORD', 40, 88, 15, c.bold);
        c.text('Gas Safety (Installation and Use) Regulations 1998, Regulation 36', 40, 101, 8, c.font, true); cell(c, 'RECORD NO.', record, 425, 75, 130);
        cell(c, 'ENGINEER NAME', engineer, 40, 115, 170); cell(c, 'GAS SAFE LICENCE NO.', licence, 215, 115, 120);
        cell(c, 'DATE OF INSPECTION', DATES.slashed(date), 340, 115, 105); cell(c, 'NEXT CHECK DUE BY', DATES.slashed(next), 450, 115, 105);
        cell(c, 'LANDLORD / AGENT', `${g.p(['Oakfield Lettings', 'Mr D. Ambrose'])}, ${g.p(['12 Park Square, Leeds LS1 2NE', 'PO Box 118, Bristol BS99 1AA'])}`, 40, 150, 250);
        cell(c, 'INSTALLATION ADDRESS (JOB ADDRESS)', address, 295, 150, 260); c.text('APPLIANCE DETAILS AND CHECKS', 40, 205, 9, c.bold);
        const y = table(c, 223, [[40, 'No.', false], [60, 'Location', false], [130, 'Appliance', false], [210, 'Make / model', false], [360, 'Flue', false], [422, 'Flue test', false], [468, 'Pressure', false], [555, 'Safe to use', true]],
          list.map(([loc, type, mm, flue], k) => [String(k + 1), loc, type, mm, flue, flue === 'Flueless' ? 'N/A' : 'Pass', `${g.int(18, 21)} mbar`, !safe && k === bad ? 'NO' : 'YES']));
        c.text(`Number of appliances tested: ${n}`, 40, y + 5, 9.5, c.bold); c.text('DEFECTS IDENTIFIED AND REMEDIAL ACTION', 40, y + 35, 9, c.bold);
        c.box(40, y + 43, 515, 40);
        c.text(safe ? 'None. All appliances and installation pipework satisfactory at the time of the check.'
          : `Appliance ${bad + 1}: ${list[bad][1].toLowerCase()} — spillage test failed. AT RISK: turned off with the responsible person's permission; warning label attached.`, 46, y + 58, 8.5);
        grid(c, [
          ['Gas installation pipework visual inspection:', 'Satisfactory'],
          ['Emergency control accessible:', 'Yes'],
          ['Gas tightness test:', 'Pass'],
          ['CO alarm fitted and tested:', `Yes — tested ${DATES.slashed(date)}, alarm expiry ${DATES.slashed(addYears(date, g.int(3, 6)))}`],
        ], 40, 250, y + 100, 15); underLine(c, 'Engineer signature', engineer, 40, y + 190, 220);
        underLine(c, 'Copy given to tenant on', DATES.slashed(plusDays(date, g.int(1, 10))), 330, y + 190, 150);
        c.text('Landlords must keep this record for 2 years and have every gas appliance and flue checked every 12 months.', 40, 800, 7.5, c.font, true);
        return { c, key: { record_number: record, property_address: address, inspection_date: date, next_due: next, engineer_name: engineer, engineer_registration: licence, appliances_inspected: n, all_safe: safe } };
      },
    },
    {
      // A Portuguese gas installation inspection report: the inspecting body's recognition number (a distractor) under the
      // letterhead, the report number boxed, "Label: valor" rows, the appliances table with conforme / não conforme, the result as
      // ticked boxes, the next inspection in a cell and the technician's DGEG licence in the signature block.
      make: async (g) => {
        const c = await canvas(); const report = `IG-${g.int(2023, 2025)}/${g.n(5)}`; const date = someDate(g); const issued = plusDays(date, g.int(1, 6));
        const next = addYears(date, 5);
        const address = g.p(['Rua de Cedofeita, 215, 2.º Esq., 4050-180 Porto', 'Avenida de Roma, 48, 5.º Dto., 1700-348 Lisboa', 'Rua Ferreira Borges, 102, 1.º, 3000-180 Coimbra']);
        const tech = g.p(['Rui Almeida', 'Sandra Pinto', 'Nuno Carvalho']); const licence = `TG-${g.n(5)}`;
        const apps = [['Esquentador', 'Vulcano WTD 11', 'Cozinha'], ['Fogão', 'Meireles G 2540', 'Cozinha'], ['Caldeira mural', 'Junkers Cerapur', 'Lavandaria'], ['Placa de encastrar', 'Teka EFX 60', 'Cozinha']];
        const n = g.int(2, 4); const list = apps.slice(0, n); const safe = g.r() < 0.55; const bad = g.int(0, n - 1);
        c.text('GASINSPE — Inspeções Técnicas, Lda.', 40, 50, 13, c.bold);
        c.text(`Entidade inspetora de gás reconhecida pela DGEG — Reconhecimento n.º ${g.int(10, 60)}/IG · NIF ${g.n(9)}`, 40, 63, 8, c.font, true);
        cell(c, 'RELATÓRIO N.º', report, 420, 35, 135); centre(c, 'RELATÓRIO DE INSPEÇÃO DE INSTALAÇÃO DE GÁS', 100, 13, c.bold);
        centre(c, 'Decreto-Lei n.º 97/2017, de 10 de agosto', 114, 8); band(c, '1. Identificação da instalação', 130);
        grid(c, [
          ['Local da instalação:', address],
          ['Proprietário:', g.p(['Maria Helena Sousa', 'Imobiliária Douro, Lda.', 'José Manuel Faria'])],
          ['Tipo de gás:', g.p(['Gás natural', 'GPL (propano canalizado)'])],
          ['Tipo de inspeção:', g.p(['Periódica', 'Periódica (fogo arrendado)'])],
          ['Data da inspeção:', DATES.slashed(date)],
          ['Data de emissão do relatório:', DATES.slashed(issued)],
        ], 46, 200, 162, 15); band(c, '2. Aparelhos de queima inspecionados', 260);
        const y = table(c, 295, [[46, 'Aparelho', false], [180, 'Marca / modelo', false], [330, 'Localização', false], [430, 'Exaustão', false], [555, 'Estado', true]],
          list.map(([a, m, l], k) => [a, m, l, a.startsWith('Fog') || a.startsWith('Placa') ? '—' : 'Conduta', !safe && k === bad ? 'Não conforme' : 'Conforme']));
        band(c, '3. Resultado da inspeção', y + 10); tick(c, 'Instalação sem defeitos — aprovada', safe, 46, y + 45);
        tick(c, 'Instalação com defeitos não críticos — a corrigir no prazo indicado', false, 46, y + 62);
        tick(c, 'Instalação com defeitos críticos — interrupção do abastecimento', !safe, 46, y + 79);
        if (!safe) c.text(`Defeito: ${list[bad][0].toLowerCase()} com deficiente evacuação dos produtos de combustão (CO ambiente ${g.int(40, 90)} ppm).`, 46, y + 97, 9);
        cell(c, 'PRÓXIMA INSPEÇÃO PERIÓDICA ATÉ', DATES.slashed(next), 46, y + 115, 200); cell(c, 'TAXA DE INSPEÇÃO', eur(g.p([85, 95, 110])), 251, y + 115, 130);
        band(c, '4. Técnico responsável', y + 165);
        grid(c, [['Técnico de gás:', tech], ['Licença DGEG n.º:', licence], ['Contacto:', `22 ${g.n(3)} ${g.n(4)}`]], 46, 200, y + 197, 15);
        underLine(c, 'Assinatura do técnico', '', 330, y + 240, 225);
        return { c, key: { record_number: report, property_address: address, inspection_date: date, next_due: next, engineer_name: tech, engineer_registration: licence, appliances_inspected: n, all_safe: safe } };
      },
    },
    {
      // A homeowner gas safety certificate from a sole trader (scanned): headings over values with rules, the serial number, a
      // short appliance table, the verdict and the next check in sentences, the engineer's Gas Safe ID beside the name.
      image: 0.35,
      make: async (g) => {
        const c = await canvas([595, 600]); const serial = `${letters(g, 2)}${g.n(7)}`; const engineer = g.p(['Martin Doyle', 'Karen Fletcher', 'Hassan Ali']);
        const id = g.n(7); const address = g.p(['27 Willow Crescent, Norwich NR4 7HQ', '104 Stanley Road, Liverpool L20 3DW', '9 Meadow View, Exeter EX2 5TP']);
        const date = someDate(g); const next = addYears(date, 1); const n = g.int(1, 3); const from = g.int(0, 1); const list = APPLIANCES.slice(from, from + n);
        const count = list.length; const safe = g.r() < 0.5; c.text(`${engineer.split(' ')[1]} Gas & Plumbing`, 40, 42, 13, c.bold);
        c.text(`${engineer} · Gas Safe ID ${id} · Tel. 07${g.n(3)} ${g.n(6)}`, 40, 56, 8.5, c.font, true); c.text('GAS SAFETY CERTIFICATE', 40, 90, 15, c.bold);
        c.right(`Serial no. ${serial}`, 555, 90, 11, c.bold); headed(c, [[40, 'PROPERTY ADDRESS'], [370, 'DATE OF VISIT']], [address, DATES.ukLong(date)], 112);
        headed(c, [[40, 'CUSTOMER'], [370, 'INVOICE NO.']], [g.p(['Mrs J. Pearce', 'Mr T. Lloyd', 'Ms A. Kowalczyk']), `INV ${g.n(4)}`], 152);
        const y = table(c, 200, [[40, 'Location', false], [140, 'Appliance', false], [260, 'Make / model', false], [430, 'CO/CO2 ratio', false], [555, 'Safe', true]],
          list.map(([loc, type, mm], k) => [loc, type, mm, `0.00${g.int(1, 9)}`, !safe && k === count - 1 ? 'No' : 'Yes']));
        c.text(safe ? `${count === 1 ? 'The appliance inspected was' : count === 2 ? 'Both appliances inspected were' : `All ${WORDS[count]} appliances inspected were`} found safe to use at the time of the visit.`
          : `${count === 1 ? 'The appliance' : `Of the ${WORDS[count]} appliances inspected, the ${list[count - 1][1].toLowerCase()}`} was found UNSAFE and has been disconnected.`, 40, y + 8, 9.5, c.bold);
        c.text(`We recommend your next gas safety check on or before ${DATES.ukLong(next)}.`, 40, y + 28, 9.5);
        c.text(`Boiler serviced: ${g.p(['yes', 'no'])} · Next boiler service reminder: ${DATES.ukLong(plusDays(next, 30))}`, 40, y + 46, 9);
        underLine(c, 'Engineer', engineer, 40, y + 100, 200); underLine(c, 'Customer signature', '', 330, y + 100, 200);
        c.text('Gas Safe Register: 0800 408 5500 · gassaferegister.co.uk', 40, 570, 7.5, c.font, true);
        return { c, key: { record_number: serial, property_address: address, inspection_date: date, next_due: next, engineer_name: engineer, engineer_registration: id, appliances_inspected: count, all_safe: safe } };
      },
    },
  ],
};

/** 6. Childcare fee statements. */
const PAYMENTS = ['Direct debit', 'Bank transfer', 'Card', 'Childcare vouchers', 'Cash'];
const childcare: Kind = {
  name: 'childcare-fee-statement',
  fields: [
    ['statement_number', 'string', 'Invoice or statement number'],
    ['child_name', 'string', 'Name of the child'],
    ['provider_name', 'string', 'Nursery or childcare provider'],
    ['period_start', 'date', 'First day of the period the statement covers'],
    ['amount_due', 'number', 'Total amount I have to pay'],
    ['due_date', 'date', 'Date payment is due'],
    ['funding_deducted', 'boolean', 'Has government-funded childcare or a subsidy been deducted from the fees?'],
    ['payment_method', 'enum', 'How will the fees be paid?', PAYMENTS],
  ],
  documents: [
    {
      // A UK day nursery invoice: invoice number and date at the top right, the child's date of birth and room as distractors, the
      // billing period, a charges table with the funded-hours deduction (or none), last month's payment as a distractor amount, the
      // amount due in bold, the due date and how to pay in the notes.
      make: async (g) => {
        const c = await canvas();
        const [provider, addr, home] = g.p<[string, string, string]>([['Little Acorns Day Nursery', '2 Church Walk, Harrogate HG1 2RR', '7 Kent Road, Harrogate HG1 2ET'], ['Sunflower House Nursery', '58 Hills Road, Cambridge CB2 1LA', '19 Mill Road, Cambridge CB1 2AD'], ['Treetops Childcare', '11 Victoria Street, St Albans AL1 3JB', '33 Hatfield Road, St Albans AL1 4JE']]);
        const [first, last] = g.p([['Amelia', 'Hughes'], ['Oscar', 'Bradley'], ['Isla', 'Mensah']]); const start = monthStart(g); const end = monthEnd(start);
        const invoiceDate = plusDays(start, -g.int(4, 9)); const due = plusDays(start, g.int(4, 9)); const number = `INV-${start.slice(0, 4)}-${g.n(4)}`;
        const funded = g.r() < 0.6; const days = g.int(8, 18); const rate = g.p([62.5, 68, 72.75]); const fees = cents(days * rate);
        const meals = cents(days * g.p([4.5, 5, 5.5])); const fundedHours = funded ? g.p([60, 90, 120]) : 0; const fundedRate = g.p([5.85, 6.2, 6.45]);
        const deduction = cents(fundedHours * fundedRate); const late = g.r() < 0.4 ? 15 : 0; const total = cents(fees + meals + late - deduction);
        const method = g.p(['Direct debit', 'Bank transfer', 'Childcare vouchers']); c.text(provider, 40, 50, 16, c.bold);
        c.text(`${addr} · Ofsted URN EY${g.n(6)}`, 40, 64, 8, c.font, true); c.right('INVOICE', 555, 50, 16, c.bold);
        grid(c, [['Invoice no.', number], ['Invoice date', DATES.slashed(invoiceDate)], ['Account ref.', `FAM${g.n(4)}`]], 390, 460, 80, 14);
        c.text('Bill to', 40, 100, 8, c.font, true);
        lines(c, [`${g.p(['Mr & Mrs', 'Ms', 'Mr'])} ${last}`, home], 40, 113, 10, 13);
        grid(c, [['Child:', `${first} ${last}`], ['Date of birth:', DATES.slashed(`${Number(start.slice(0, 4)) - g.int(2, 3)}-${pad(g.int(1, 12))}-${pad(g.int(1, 28))}`)], ['Room:', g.p(['Caterpillars (2–3 yrs)', 'Owls (3–4 yrs)'])], ['Period:', `${DATES.ukLong(start)} to ${DATES.ukLong(end)}`]], 40, 120, 160, 15);
        const rows = [
          [`Full-day sessions (8am–6pm)`, String(days), MONEY.gbp(rate), MONEY.gbp(fees)],
          ['Meals and consumables', String(days), MONEY.gbp(cents(meals / days)), MONEY.gbp(meals)],
          ...(late ? [['Late collection fee', '1', MONEY.gbp(15), MONEY.gbp(15)]] : []),
          ...(funded ? [['Less: government-funded hours (30 hours entitlement)', `${fundedHours} hrs`, MONEY.gbp(fundedRate), `-${MONEY.gbp(deduction)}`]] : []),
          ['AMOUNT DUE', '', '', MONEY.gbp(total)],
        ]; const y = table(c, 240, [[40, 'Description', false], [340, 'Qty', false], [450, 'Rate', true], [555, 'Amount', true]], rows, 17, true);
        if (!funded) c.text('No funded hours have been claimed for this child this term.', 40, y + 2, 8.5, c.font, true); c.text('Account history', 40, y + 30, 9, c.bold);
        grid(c, [['Balance brought forward', '£0.00'], [`Payment received ${DATES.slashed(plusDays(start, -g.int(20, 26)))}`, MONEY.gbp(cents(total + g.int(-60, 60)))]], 40, 250, y + 46, 14);
        c.text('How to pay', 40, y + 90, 9, c.bold);
        lines(c, method === 'Direct debit'
          ? [`Your Direct Debit of ${MONEY.gbp(total)} will be collected on or just after ${DATES.ukLong(due)}. No action is needed.`]
          : method === 'Bank transfer'
            ? [`Please pay by bank transfer by ${DATES.ukLong(due)} to sort code 40-${g.n(2)}-${g.n(2)}, account ${g.n(8)}, quoting ${number}.`]
            : [`Payment by childcare vouchers: please ask your voucher provider to pay ${MONEY.gbp(total)} by ${DATES.ukLong(due)}, quoting ${number}.`],
        40, y + 106, 9.5, 14);
        c.text('Fees are payable monthly in advance. A late payment charge of £20 applies to invoices unpaid after 14 days.', 40, y + 130, 8, c.font, true);
        return { c, key: { statement_number: number, child_name: `${first} ${last}`, provider_name: provider, period_start: start, amount_due: total, due_date: due, funding_deducted: funded, payment_method: method } };
      },
    },
    {
      // A French crèche invoice: the family's CAF number and counted income as distractors, the hourly rate in a table of hours,
      // a municipal aid line or none, the amount to pay in a box, the deadline and the means of payment as ticked boxes.
      make: async (g) => {
        const c = await canvas();
        const [provider, addr, town] = g.p<[string, string, string]>([['Crèche Les Petits Loups', '8 rue Jean Moulin, 35000 Rennes', '35200 Rennes'], ['Multi-accueil Les Lucioles', '21 avenue Foch, 54000 Nancy', '54100 Nancy'], ['Crèche Pirouette', '4 place du Marché, 37000 Tours', '37100 Tours']]);
        const [first, last] = g.p([['Léa', 'Dubois'], ['Noah', 'Lefebvre'], ['Inès', 'Mercier']]); const start = monthStart(g); const end = monthEnd(start);
        const issued = plusDays(end, g.int(2, 6)); const due = plusDays(issued, g.int(10, 20)); const number = `${start.slice(0, 4)}-${start.slice(5, 7)}-${g.n(4)}`;
        const income = g.p([2450, 3250, 4180, 5600]); const rate = Math.round(income * 0.619) / 1000; const hours = g.p([80, 120, 150, 170]); const extra = g.int(0, 9);
        const base = cents(cents(hours * rate) + cents(extra * rate)); const aid = g.r() < 0.5 ? cents(hours * g.p([0.3, 0.4, 0.5])) : 0; const total = cents(base - aid);
        const [method, printed] = g.p([['Direct debit', 'Prélèvement automatique'], ['Bank transfer', 'Virement'], ['Card', 'Carte bancaire'], ['Childcare vouchers', 'CESU'], ['Cash', 'Espèces']]);
        c.text(provider, 40, 50, 15, c.bold); c.text(`${addr} · Établissement d'accueil du jeune enfant`, 40, 64, 8, c.font, true);
        cell(c, 'FACTURE N°', number, 420, 38, 135); c.text(`Famille ${last.toUpperCase()}`, 330, 100, 10, c.bold);
        lines(c, [g.p(['12 rue de Brest', '5 allée des Cerisiers', '40 boulevard Béranger']), town], 330, 114, 10, 13);
        grid(c, [
          ['Enfant :', `${first} ${last.toUpperCase()}`],
          ['Période facturée :', `du ${DATES.slashed(start)} au ${DATES.slashed(end)}`],
          ["Date d'émission :", DATES.slashed(issued)],
          ['N° allocataire CAF :', g.n(7)],
          ['Ressources mensuelles retenues :', eurFr(income)],
          ['Taux horaire (barème CNAF) :', `${group(rate, ' ', ',', 3)} €`],
        ], 40, 210, 160, 15);
        const rows = [
          ['Heures contractualisées', `${hours} h`, `${group(rate, ' ', ',', 3)} €`, eurFr(cents(hours * rate))],
          ['Heures complémentaires', `${extra} h`, `${group(rate, ' ', ',', 3)} €`, eurFr(cents(extra * rate))],
          ['Repas et couches', '—', 'inclus', eurFr(0)],
          ...(aid ? [["Déduction aide de la Ville (Pass petite enfance)", '', '', `-${eurFr(aid)}`]] : []),
          ['TOTAL', '', '', eurFr(total)],
        ]; const y = table(c, 270, [[40, 'Désignation', false], [300, 'Quantité', false], [430, 'Prix unitaire', true], [555, 'Montant', true]], rows, 17, true);
        c.text('Montant à payer', 40, y + 20, 10, c.bold); c.box(160, y + 6, 140, 22); c.text(eurFr(total), 170, y + 21, 12, c.bold);
        c.text(`À régler avant le ${DATES.slashed(due)}`, 320, y + 20, 10);
        checkboxes(c, 'Mode de règlement :', ['Prélèvement automatique', 'Virement', 'Carte bancaire'], printed, 40, y + 55, 125);
        checkboxes(c, '', ['CESU', 'Espèces', 'Chèque'], printed, 40 + c.font.widthOfTextAtSize('Mode de règlement :', 9), y + 72, 125);
        lines(c, [
          'La participation familiale couvre la prise en charge de l’enfant pendant son temps de présence, y compris les repas et',
          'les soins d’hygiène. Toute heure commencée est due. Pour toute question : accueil.petiteenfance@ville.fr',
        ], 40, y + 105, 8, 11);
        return { c, key: { statement_number: number, child_name: `${first} ${last}`, provider_name: provider, period_start: start, amount_due: total, due_date: due, funding_deducted: aid > 0, payment_method: method } };
      },
    },
    {
      // An Australian early-learning statement of account (scanned): statement number and date in cells, a fortnight of session
      // dates, full fee less the Child Care Subsidy (or "not applied"), the gap fee, and how and when it will be taken.
      image: -0.5,
      make: async (g) => {
        const c = await canvas([595, 640]);
        const [provider, addr] = g.p<[string, string]>([['Sunbeam Early Learning Centre', '14 Grey Street, Glen Waverley VIC 3150'], ['Wattle Tree Kids Childcare', '203 Oxley Road, Graceville QLD 4075']]);
        const [first, last] = g.p([['Charlotte', 'Nguyen'], ['Harrison', 'Kelly'], ['Zara', 'Petrovic']]); const start = monday(someDate(g)); const end = plusDays(start, 13);
        const statementDate = plusDays(end, 1); const due = plusDays(statementDate, g.int(3, 7)); const number = `ST-${g.n(6)}`;
        const days = g.p([[0, 2, 7, 9], [0, 1, 2, 7, 8, 9], [1, 3, 8, 10]]); const fee = g.p([128, 135, 142]); const full = fee * days.length; const funded = g.r() < 0.65;
        const pct = g.p([50, 72, 85, 90]); const ccs = funded ? cents(((full * pct) / 100) * 0.95) : 0; const gap = cents(full - ccs);
        const [method, how] = g.p([['Direct debit', `Your gap fee will be direct debited from account ending ${g.n(3)} on ${DATES.slashed(due)}.`], ['Card', `Please pay by credit card at reception or online by ${DATES.slashed(due)}.`], ['Bank transfer', `Please pay by EFT (BSB 063-${g.n(3)}, account ${g.n(8)}) by ${DATES.slashed(due)}.`]]);
        c.text(provider, 40, 42, 14, c.bold); c.text(`${addr} · ABN ${g.n(2)} ${g.n(3)} ${g.n(3)} ${g.n(3)}`, 40, 56, 8, c.font, true);
        c.text('STATEMENT OF ACCOUNT', 40, 85, 14, c.bold); cell(c, 'STATEMENT NO.', number, 330, 70, 110);
        cell(c, 'STATEMENT DATE', DATES.slashed(statementDate), 445, 70, 110);
        headed(c, [[40, 'CHILD'], [230, 'CRN'], [370, 'BILLING PERIOD']], [`${first} ${last}`, `${g.n(9)}${letters(g, 1)}`, `${DATES.slashed(start)} – ${DATES.slashed(end)}`], 115);
        const y = table(c, 160, [[40, 'Session date', false], [200, 'Session', false], [430, 'Hours', true], [555, 'Fee', true]],
          days.map((d) => [DATES.slashed(plusDays(start, d)), 'Long day care 6:30am–6:30pm', '12.0', MONEY.usd(fee)]), 14);
        grid(c, [
          ['Total fees charged', MONEY.usd(full)],
          [funded ? `Less Child Care Subsidy (CCS ${pct}%, 5% withheld)` : 'Child Care Subsidy', funded ? `-${MONEY.usd(ccs)}` : 'Not applied — awaiting Centrelink assessment'],
          ['Gap fee payable', MONEY.usd(gap)],
        ], 40, 330, y + 10, 16, c.bold); c.text(how, 40, y + 75, 9.5);
        c.text(`Previous statement ${DATES.slashed(plusDays(start, -1))}: ${MONEY.usd(cents(gap + g.int(-40, 40)))} paid in full.`, 40, y + 95, 9);
        c.text('Absences are charged at the full daily fee. CCS is paid directly to the service and passed on as a fee reduction.', 40, y + 125, 8, c.font, true);
        return { c, key: { statement_number: number, child_name: `${first} ${last}`, provider_name: provider, period_start: start, amount_due: gap, due_date: due, funding_deducted: funded, payment_method: method } };
      },
    },
  ],
};

// ---- The set ---------------------------------------------------------------------------------------------
const KINDS = [jury, baggage, offer, vehicle, gas, childcare];
await writeKinds(here, KINDS, 9250, 173);
