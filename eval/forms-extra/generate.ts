// Generates eval/forms-extra: six more kinds of form no other set has, written without reading the extractor
// (nothing under src/ was opened), to measure how the offline extractor does on kinds nobody tuned it for. Each kind
// has a folder of its own with the schema a user would write (eval/forms-extra/<kind>/{docs,key,schema.json}):
// insurance schedules, vehicle inspection certificates, library membership forms, fishing and hunting licences,
// hospital discharge summaries and parking permits, three of each — one English PDF, one PDF printed wholly in
// German, French, Dutch, Spanish, Italian or Portuguese (English field names), one English page rendered to a
// degraded image the reader OCRs. The layouts vary more than forms-fresh's: labels left with a colon, above values
// in boxed cells, as captions under filled lines, as column headings of one- and multi-row tables, in two-column
// key/value tables; crosses before or after the options; values only inside sentences; a second page. Labels use
// the wording real forms print rather than the schema's, and each page carries decoys (other dates, amounts, names
// and numbers). The keys hold what a user expects back (ISO dates, plain numbers, one of the enum's options,
// true/false, strings as printed).
// Run: npx tsx eval/forms-extra/generate.ts
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { degrees, rgb, StandardFonts, type PDFFont } from 'pdf-lib';
import type { Rng } from '../support/random.ts';
import { cents, group, ibanWithCheck, inFours, pad, plusDays, ymd } from '../support/formats.ts';
import { DATES, MONEY, someDate } from '../support/form-values.ts';
import { canvas, type Canvas } from '../support/canvas.ts';
import { cell, checkboxes, grid, table, tick, underLine } from '../support/form-blocks.ts';
import { type Kind, writeKinds } from '../support/form-set.ts';
import { boxAfter } from '../support/form-draw.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

// ---- Helpers -----------------------------------------------------------------------------------------------

/** `k` capital letters for plates and serials (no I, O or Q, which are read as digits). */
const letters = (g: Rng, k: number) => Array.from({ length: k }, () => g.p([...'ABCDEFGHJKLMNPRSTUVWXYZ'])).join('');
/** `k` capital letters and digits, as the tail of a VIN. */
const alnum = (g: Rng, k: number) => Array.from({ length: k }, () => g.p([...'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'])).join('');
/** A 17-character vehicle identification number starting with the maker's code. */
const vin = (g: Rng, wmi: string) => `${wmi}${alnum(g, 5)}${g.n(1)}${alnum(g, 2)}${g.n(6)}`;
/** The same day `n` years later (days are never past the 28th here). */
const years = (iso: string, n: number) => `${Number(iso.slice(0, 4)) + n}${iso.slice(4)}`;
/** The day before the same day a year later: the last day of a twelve-month term. */
const yearEnd = (iso: string) => plusDays(years(iso, 1), -1);
/** The first of the month a drawn date falls in. */
const firstOf = (iso: string) => `${iso.slice(0, 8)}01`;
/** A date of birth between two years. */
const bornIn = (g: Rng, a: number, b: number) => `${g.int(a, b)}-${pad(g.int(1, 12))}-${pad(g.int(1, 28))}`;
/** Dutch dates: "14-03-2025" and "14 maart 2025". */
const NL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const nlDashed = (iso: string) => { const [y, m, d] = ymd(iso); return `${pad(d)}-${pad(m)}-${y}`; };
const nlLong = (iso: string) => { const [y, m, d] = ymd(iso); return `${d} ${NL[m - 1]} ${y}`; };
/** Euro amounts with the sign first, as Dutch and Italian forms print them: "€ 1.234,56". */
const eurFirst = (v: number) => `€ ${group(v, '.', ',')}`;
/** `t` centred on the page. */
const centre = (c: Canvas, t: string, y: number, size: number, f = c.font) => c.text(t, (c.page.getWidth() - f.widthOfTextAtSize(t, size)) / 2, y, size, f);
/** Spaces a wrapped paragraph must not break at (a date or amount inside a sentence). */
const keep = (s: string) => s.replace(/ /g, '\u0001');
/** A paragraph wrapped to `w` points; returns the y under its last line. */
const para = (c: Canvas, text: string, x: number, y: number, w: number, size = 9, lead = size + 4, f = c.font, grey = false) => {
  const wide = (s: string) => f.widthOfTextAtSize(s.replace(/\u0001/g, ' '), size);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const t = line ? `${line} ${word}` : word;
    if (line && wide(t) > w) { lines.push(line); line = word; } else line = t;
  }
  if (line) lines.push(line);
  lines.forEach((l, k) => c.text(l.replace(/\u0001/g, ' '), x, y + k * lead, size, f, grey));
  return y + lines.length * lead;
};
/** A dark band with a white heading, as sections of insurers' and hospitals' forms start. */
const band = (c: Canvas, t: string, x: number, y: number, w: number, h = 16, size = 9) => {
  c.box(x, y, w, h, 0.22);
  c.page.drawText(t, { x: x + 6, y: c.height - (y + h / 2 + size * 0.36), size, font: c.bold, color: rgb(1, 1, 1) });
};
/** A bordered two-column table: labels in shaded cells on the left, values on the right. Returns the y under it. */
const kvTable = (c: Canvas, rows: [string, string][], x: number, y: number, w1: number, w2: number, h = 18, size = 9, labelFont?: PDFFont, valueFont?: PDFFont) => {
  rows.forEach(([l, v], k) => {
    const yy = y + k * h;
    c.box(x, yy, w1, h, 0.9);
    c.box(x, yy, w1, h);
    c.box(x + w1, yy, w2, h);
    c.text(l, x + 5, yy + h / 2 + 3, size - 0.5, labelFont ?? c.font);
    c.text(v, x + w1 + 6, yy + h / 2 + 3.3, size, valueFont ?? c.font);
  });
  return y + rows.length * h;
};
/** A table with ruled cells: a shaded header row, then the rows. widths per column. Returns the y under it. */
const ruled = (c: Canvas, x: number, y: number, widths: number[], header: string[], rows: string[][], h = 18, size = 9, right: number[] = [], boldLast = false) => {
  const put = (t: string, cx: number, w: number, yy: number, s: number, f: PDFFont, k: number) =>
    (right.includes(k) ? c.right(t, cx + w - 5, yy, s, f) : c.text(t, cx + 4, yy, s, f));
  let cx = x;
  widths.forEach((w, k) => { c.box(cx, y, w, h, 0.86); c.box(cx, y, w, h); put(header[k], cx, w, y + h / 2 + 2.8, 7.5, c.bold, k); cx += w; });
  rows.forEach((row, i) => {
    const yy = y + (i + 1) * h;
    const f = boldLast && i === rows.length - 1 ? c.bold : c.font;
    let cx2 = x;
    widths.forEach((w, k) => { c.box(cx2, yy, w, h); if (row[k]) put(row[k], cx2, w, yy + h / 2 + 3.3, size, f, k); cx2 += w; });
  });
  return y + (rows.length + 1) * h;
};
/** Options typed with brackets, as printed by office systems: "[X] Email   [ ] Post". */
const bracketed = (c: Canvas, options: string[], chosen: string, x: number, y: number, gap: number, size = 9, f?: PDFFont) => {
  options.forEach((o, k) => c.text(`[${o === chosen ? 'X' : ' '}] ${o}`, x + k * gap, y, size, f ?? c.font));
};
/** "Label ........ value", the value right-aligned at `x2`. */
const leader = (c: Canvas, label: string, value: string, x: number, x2: number, y: number, size = 9, f?: PDFFont) => {
  const font = f ?? c.font;
  c.text(label, x, y, size, font);
  const from = x + font.widthOfTextAtSize(label, size) + 4;
  const to = x2 - font.widthOfTextAtSize(value, size) - 4;
  const dot = c.font.widthOfTextAtSize('.', size);
  if (to > from) c.text('.'.repeat(Math.floor((to - from) / dot)), from, y, size, c.font, true);
  c.right(value, x2, y, size, font);
};
/** A small grey caption with its value under it, without a box. */
const stack = (c: Canvas, label: string, value: string, x: number, y: number, size = 11, f?: PDFFont) => {
  c.text(label, x, y, 7.5, c.font, true);
  c.text(value, x, y + 14, size, f ?? c.bold);
};
/** A dashed line to cut along. */
const cutLine = (c: Canvas, x1: number, x2: number, y: number) =>
  c.page.drawLine({ start: { x: x1, y: c.height - y }, end: { x: x2, y: c.height - y }, thickness: 0.6, dashArray: [4, 3], color: rgb(0.35, 0.35, 0.35) });
/** Bars drawn from a string of digits, as cards and permits carry them. */
const barcode = (c: Canvas, digits: string, x: number, y: number, h = 22) => {
  let bx = x;
  for (const ch of `1${digits}${[...digits].reverse().join('')}1`) {
    const d = Number(ch) || 0;
    const w = 0.8 + (d % 3) * 0.7;
    c.page.drawRectangle({ x: bx, y: c.height - y - h, width: w, height: h, color: rgb(0, 0, 0) });
    bx += w + 0.9 + (d % 2) * 0.9;
  }
};
/** A square code of dots drawn from a seed string, as permits print for wardens' scanners. */
const dotCode = (c: Canvas, seed: string, x: number, y: number, n = 17, s = 3.2) => {
  let v = [...seed].reduce((a, ch) => (a * 31 + ch.charCodeAt(0)) % 2147483647, 7);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    v = (v * 1103515245 + 12345) % 2147483648;
    const finder = (i < 5 || i >= n - 5) && (j < 5 || j >= n - 5) && !(i >= n - 5 && j >= n - 5);
    const [li, lj] = [i < 5 ? i : i - (n - 5), j < 5 ? j : j - (n - 5)];
    const on = finder ? li === 0 || li === 4 || lj === 0 || lj === 4 || (li === 2 && lj === 2) : Math.floor(v / 65536) % 2 === 0;
    if (on) c.page.drawRectangle({ x: x + j * s, y: c.height - y - (i + 1) * s, width: s, height: s, color: rgb(0, 0, 0) });
  }
};
/** A rubber stamp, tilted, in grey. */
const stamp = (c: Canvas, lines: string[], x: number, y: number, size = 10) => {
  lines.forEach((t, k) => c.page.drawText(t, { x: x + k * 3, y: c.height - y - k * (size + 3), size, font: c.bold, rotate: degrees(12), color: rgb(0.45, 0.45, 0.45) }));
};

// ---- 1. Insurance policy schedules -------------------------------------------------------------------------

const insurance: Kind = {
  name: 'insurance-policy-schedule',
  fields: [
    ['policy_number', 'string', 'Policy number'],
    ['policyholder_name', 'string', 'Who is the policyholder?'],
    ['insurer', 'string', 'Insurance company providing the cover'],
    ['cover_start', 'date', 'Date the cover starts'],
    ['cover_end', 'date', 'When does the cover end?'],
    ['annual_premium', 'number', 'Total yearly premium including tax'],
    ['excess', 'number', 'Excess (deductible) paid on each claim'],
    ['payment_frequency', 'enum', 'Is the premium paid annually or monthly?', ['Annually', 'Monthly']],
  ],
  documents: [
    {
      // A UK broker's motor schedule: the broker's letterhead over the insurer's name, a bordered key/value table with the period
      // of insurance as one phrase, vehicle and drivers as ruled tables, an excess table whose total column is the answer, the
      // premium on dotted leaders and the way of paying crossed, with the instalments, credit charge and total payable as decoys.
      make: async (g) => {
        const c = await canvas();
        const [broker, brokerAddr, tel] = g.p([['Arden Insurance Brokers Ltd', 'Arden House, 14 Station Road, Solihull B91 3RT', '0121 555 0190'], ['Kestrel Direct Insurance Services Ltd', 'Kestrel Court, Pynes Hill, Exeter EX2 5AZ', '01392 555 274']]);
        const insurer = g.p(['Caledonian General Insurance plc', 'Mercia Mutual Insurance Society Ltd', 'Westmarch Underwriting plc']);
        const policy = `${g.p(['MP', 'MTR'])}${g.n(8)}`;
        const [title, name, other, rel, otherBorn] = g.p<[string, string, string, string, [number, number]]>([
          ['Mr', 'Daniel Okafor', 'Chiamaka Okafor', 'Spouse', [1970, 1990]], ['Ms', 'Rebecca Thornton', 'James Whitley', 'Partner', [1975, 1995]],
          ['Mr', 'Gareth Pugh', 'Owen Pugh', 'Son', [2002, 2006]], ['Mrs', 'Aisha Rahman', 'Imran Rahman', 'Spouse', [1965, 1990]]]);
        const born = bornIn(g, 1958, 1985);
        const start = someDate(g);
        const end = yearEnd(start);
        const issued = plusDays(start, -g.int(8, 24));
        const [car, year, value] = g.p<[string, number, number]>([['Ford Focus 1.0 EcoBoost Titanium 5dr', 2019, 9850], ['Volkswagen Golf 1.5 TSI Life 5dr', 2021, 16400], ['Toyota Yaris 1.5 Hybrid Icon 5dr', 2020, 12750], ['Kia Sportage 1.6 GDi 2 5dr', 2018, 11200]]);
        const reg = `${letters(g, 2)}${pad(year % 100 + g.p([0, 50]))} ${letters(g, 3)}`;
        const compulsory = g.p([250, 300, 350]);
        const voluntary = g.p([0, 100, 150, 250]);
        const excess = compulsory + voluntary;
        const premium = g.int(38000, 142000) / 100;
        const pay = g.p(['Annually', 'Monthly']);
        c.text(broker, 40, 48, 14, c.bold);
        c.text(`${brokerAddr} · ${tel}`, 40, 61, 8, c.font, true);
        c.text('MOTOR INSURANCE SCHEDULE', 40, 98, 17, c.bold);
        c.text('This schedule forms part of your policy. Please read it with your policy booklet and certificate of motor insurance.', 40, 113, 8, c.font, true);
        cell(c, 'POLICY NUMBER', policy, 405, 70, 150);
        grid(c, [['Date of issue:', DATES.slashed(issued)], ['Reason for issue:', g.p(['New business', 'Renewal'])]], 40, 125, 138, 13);
        band(c, 'POLICYHOLDER AND PERIOD OF INSURANCE', 40, 168, 515);
        let y = kvTable(c, [
          ['Policyholder', name],
          ['Address', `${g.int(3, 118)} ${g.p(['Meadow Close', 'Beech Avenue', 'Church Lane', 'Kingsley Road'])}, ${g.p(['Solihull B92 7QE', 'Redditch B97 4LP', 'Tiverton EX16 6RS'])}`],
          ['Occupation', g.p(['Quantity Surveyor', 'Dental Nurse', 'Warehouse Supervisor', 'Secondary School Teacher'])],
          ['Insurer', insurer],
          ['Period of insurance', `From 00:01 hours on ${DATES.slashed(start)} to 23:59 hours on ${DATES.slashed(end)}`],
          ['Cover', 'Comprehensive'],
          ['No claims discount', `${g.int(2, 9)} years (${g.p(['protected', 'not protected'])})`],
        ], 40, 184, 150, 365);
        band(c, 'THE INSURED VEHICLE', 40, y + 14, 515);
        y = ruled(c, 40, y + 30, [85, 215, 50, 75, 90], ['Registration', 'Make and model', 'Year', 'Value', 'Class of use'], [[reg, car, String(year), MONEY.gbp(value).replace('.00', ''), g.p(['SD&P', 'SD&P + commuting'])]]);
        band(c, 'DRIVERS', 40, y + 14, 515);
        y = ruled(c, 40, y + 30, [190, 110, 100, 115], ['Name', 'Relationship', 'Date of birth', 'Licence'], [
          [`${title} ${name}`, 'Policyholder', DATES.slashed(born), `Full UK, ${g.int(6, 30)} years`],
          [other, rel, DATES.slashed(bornIn(g, ...otherBorn)), `Full UK, ${rel === 'Son' ? g.int(1, 3) : g.int(5, 25)} years`],
        ]);
        band(c, 'EXCESSES', 40, y + 14, 515);
        y = ruled(c, 40, y + 30, [215, 100, 100, 100], ['Section', 'Compulsory', 'Voluntary', 'Total'], [
          ['Accidental damage', MONEY.gbp(compulsory), MONEY.gbp(voluntary), MONEY.gbp(excess)],
          ['Fire and theft', MONEY.gbp(compulsory), MONEY.gbp(voluntary), MONEY.gbp(excess)],
          ['Windscreen replacement', MONEY.gbp(115), MONEY.gbp(0), MONEY.gbp(115)],
        ], 18, 9, [1, 2, 3]);
        y = para(c, 'An additional excess of £250.00 applies while the vehicle is being driven by anyone aged under 25 or holding a full licence for less than two years.', 40, y + 12, 515, 7.5, 10, c.font, true);
        band(c, 'YOUR PREMIUM', 40, y + 8, 515);
        leader(c, 'Annual premium (including Insurance Premium Tax at 12%)', MONEY.gbp(premium), 40, 555, y + 40, 9.5, c.bold);
        checkboxes(c, 'How you pay:', ['Single payment by card', 'Monthly instalments by Direct Debit'], pay === 'Annually' ? 'Single payment by card' : 'Monthly instalments by Direct Debit', 40, y + 60, 150);
        y += 80;
        if (pay === 'Monthly') {
          const credit = cents(premium * 0.094);
          const deposit = cents((premium + credit) * 0.1);
          const instalment = cents((premium + credit - deposit) / 10);
          const total = cents(deposit + 10 * instalment);
          leader(c, 'Deposit', MONEY.gbp(deposit), 60, 400, y);
          leader(c, '10 monthly instalments of', MONEY.gbp(instalment), 60, 400, y + 14);
          leader(c, 'Charge for credit', MONEY.gbp(cents(total - premium)), 60, 400, y + 28);
          leader(c, 'Total amount payable', MONEY.gbp(total), 60, 400, y + 42);
          c.text('Representative APR 19.9%. Credit is provided by Premium Credit Limited.', 60, y + 56, 8, c.font, true);
        } else c.text('Paid in full. No further payments are due for this period of insurance.', 60, y, 8.5);
        c.rule(40, 555, 790);
        c.text(`${broker} is authorised and regulated by the Financial Conduct Authority, firm reference number ${g.n(6)}.`, 40, 802, 7, c.font, true);
        c.text(`Registered in England and Wales no. ${g.n(8)}. Registered office: ${brokerAddr}.  Page 1 of 1`, 40, 812, 7, c.font, true);
        return { c, key: { policy_number: policy, policyholder_name: name, insurer, cover_start: start, cover_end: end, annual_premium: premium, excess, payment_frequency: pay } };
      },
    },
    {
      // A German contents-insurance policy (Versicherungsschein Hausrat): a letter with the address window and a reference block,
      // "Label: value" contract rows, the premiums in a ruled table ending in the gross Jahresbeitrag, the excess only in a sentence,
      // the way of paying crossed; a monthly rate, the sum insured and the board's names are decoys.
      make: async (g) => {
        const c = await canvas();
        const [insurer, street, town, court, phone] = g.p([['Alsterland Versicherung AG', 'Ballindamm 40', '20095 Hamburg', 'Hamburg HRB 48213', '040'], ['Neckartal Versicherung AG', 'Königstraße 17', '70173 Stuttgart', 'Stuttgart HRB 72651', '0711']]);
        const [salutation, name, letterTo, address, place] = g.p([
          ['Frau', 'Sabine Krüger', 'Sehr geehrte Frau Krüger,', 'Lindenallee 23', '22869 Schenefeld'], ['Herrn', 'Thomas Weißenborn', 'Sehr geehrter Herr Weißenborn,', 'Am Mühlbach 7', '71634 Ludwigsburg'],
          ['Frau', 'Aylin Demir', 'Sehr geehrte Frau Demir,', 'Schillerstraße 112', '68165 Mannheim'], ['Herrn', 'Jörg Hoffmann', 'Sehr geehrter Herr Hoffmann,', 'Birkenweg 4a', '21465 Reinbek']]);
        const policy = `${g.n(2)}-${g.n(7)}-${g.n(1)}`;
        const start = firstOf(someDate(g));
        const end = years(start, 1);
        const area = g.int(48, 135);
        const sum = area * 650;
        const base = cents(sum * g.p([1.15, 1.35, 1.6]) / 1000);
        const nature = g.r() < 0.6 ? 28.4 : 0;
        const bike = g.r() < 0.5 ? 35 : 0;
        const net = cents(base + nature + bike);
        const tax = cents(net * 0.19);
        const premium = cents(net + tax);
        const excess = g.p([150, 250, 500]);
        const pay = g.p(['Annually', 'Monthly']);
        c.right(insurer, 555, 45, 13, c.bold);
        c.right(`${street} · ${town}`, 555, 58, 8);
        c.right(`Telefon ${phone} 555 ${g.n(4)} · service@${insurer.split(' ')[0].toLowerCase()}-versicherung.de`, 555, 69, 8);
        c.text(`${insurer} · ${street} · ${town}`, 50, 128, 6.5, c.font, true);
        c.rule(50, 280, 131);
        [salutation, name, address, place].forEach((t, k) => c.text(t, 50, 146 + k * 13, 10));
        grid(c, [['Versicherungsschein-Nr.', policy], ['Kundennummer', g.n(9)], ['Datum', DATES.dotted(plusDays(start, -g.int(10, 30)))], ['Ihr Ansprechpartner', g.p(['Herr Lukas Brandt', 'Frau Meike Jansen'])]], 345, 450, 146, 13);
        c.text('Versicherungsschein', 50, 240, 16, c.bold);
        c.text('Hausratversicherung – Tarif Komfort', 50, 256, 11);
        c.text(letterTo, 50, 285, 10);
        {
          const y = para(c, 'wir freuen uns, Sie bei uns versichert zu wissen. Mit diesem Versicherungsschein dokumentieren wir Ihren Versicherungsschutz. Bitte prüfen Sie die Angaben sorgfältig und teilen Sie uns Abweichungen umgehend mit.', 50, 301, 495, 10, 13.5);
          c.text('Vertragsdaten', 50, y + 14, 10.5, c.bold);
          c.rule(50, 545, y + 18);
          grid(c, [['Versicherungsnehmer/in:', name], ['Versicherungsort:', `${address}, ${place}`], ['Wohnfläche:', `${area} m²`], ['Versicherungsbeginn:', `${DATES.dotted(start)}, 0:00 Uhr`], ['Ablauf:', DATES.dotted(end)], ['Vertragsdauer:', '1 Jahr mit stillschweigender Verlängerung um jeweils ein weiteres Jahr']], 50, 190, y + 34, 14.5);
          const t = y + 34 + 6 * 14.5 + 10;
          c.text('Versicherungsumfang und Beitrag', 50, t, 10.5, c.bold);
          const rows = [['Hausrat Grunddeckung (Unterversicherungsverzicht)', MONEY.eurSuffix(sum), MONEY.eurSuffix(base)]];
          rows.push(['Elementarschäden', nature ? 'eingeschlossen' : 'nicht versichert', nature ? MONEY.eurSuffix(nature) : '–']);
          rows.push(['Fahrraddiebstahl', bike ? MONEY.eurSuffix(1000) : 'nicht versichert', bike ? MONEY.eurSuffix(bike) : '–']);
          rows.push(['Summe Nettobeitrag', '', MONEY.eurSuffix(net)], ['Versicherungsteuer 19 %', '', MONEY.eurSuffix(tax)], ['Jahresbeitrag', '', MONEY.eurSuffix(premium)]);
          const u = ruled(c, 50, t + 10, [255, 120, 120], ['Baustein', 'Versicherungssumme', 'Beitrag'], rows, 17, 9, [1, 2], true);
          const v = para(c, `Vereinbart ist eine Selbstbeteiligung von ${keep(`${excess} €`)} je Versicherungsfall. Sie gilt nicht für Schäden durch Blitzschlag und nicht für den Baustein Fahrraddiebstahl.`, 50, u + 18, 495, 9.5, 13);
          checkboxes(c, 'Zahlungsweise:', ['jährlich', 'halbjährlich', 'monatlich'], pay === 'Annually' ? 'jährlich' : 'monatlich', 50, v + 14, 85);
          const iban = inFours(ibanWithCheck('DE', `${g.n(8)}${g.n(10)}`));
          c.text(pay === 'Monthly' ? `Monatlicher Beitrag: ${MONEY.eurSuffix(cents(premium / 12))}, fällig jeweils am 1. des Monats per SEPA-Lastschrift.` : `Der Jahresbeitrag wird zum ${DATES.dotted(start)} per SEPA-Lastschrift eingezogen.`, 50, v + 34, 9.5);
          c.text(`Konto: IBAN ${iban.slice(0, 7)} **** **** **** ${iban.slice(-4)} · Mandatsreferenz ${letters(g, 2)}${g.n(9)}`, 50, v + 48, 9.5);
          c.text('Mit freundlichen Grüßen', 50, v + 80, 10);
          c.text(insurer, 50, v + 94, 10);
        }
        c.rule(50, 545, 790);
        c.text(`${insurer} · Sitz ${town.split(' ')[1]} · Registergericht ${court} · USt-IdNr. DE${g.n(9)}`, 50, 801, 7, c.font, true);
        c.text(`Vorstand: Dr. Henrik Lenz (Vorsitzender), Petra Aydin, Michael Kowalczyk · Aufsichtsratsvorsitzender: Wolfgang Brandt`, 50, 811, 7, c.font, true);
        return { c, key: { policy_number: policy, policyholder_name: name, insurer, cover_start: start, cover_end: end, annual_premium: premium, excess, payment_frequency: pay } };
      },
    },
    {
      // A US homeowners declarations page (scanned): a dark title bar, boxed cells for the policy number and the period, the named
      // insured in a tall cell beside the agent, coverage limits and a premium summary as decoy amounts, the deductible in a
      // sentence, the payment plan typed with brackets ("Full pay" is the annual plan).
      image: 0.4,
      make: async (g) => {
        const c = await canvas([612, 610]);
        const [insurer, seat, zip, area] = g.p([['Granite State Mutual Insurance Company', 'Concord, NH', '03301', '603'], ['Prairie Shield Insurance Company', 'Des Moines, IA', '50310', '515'], ['Bluewater Casualty Insurance Co.', 'Portland, ME', '04101', '207']]);
        const name = g.p(['Karen Whitaker', 'Steven Morales', 'Denise Holloway', 'Curtis Lindgren']);
        const policy = `HO3 ${g.n(3)} ${g.n(4)} ${g.n(2)}`;
        const start = someDate(g);
        const end = years(start, 1);
        const dwelling = g.int(180, 520) * 1000;
        const deductible = g.p([500, 1000, 2500]);
        const base = g.int(110000, 240000) / 100;
        const water = 68;
        const multi = cents(base * 0.08);
        const alarm = 42;
        const premium = cents(base + water - multi - alarm);
        const pay = g.p(['Annually', 'Monthly']);
        c.box(40, 40, 532, 26, 0.2);
        c.page.drawText('HOMEOWNERS POLICY DECLARATIONS', { x: 48, y: c.height - 58, size: 13, font: c.bold, color: rgb(1, 1, 1) });
        c.text(`${insurer} · Home Office: ${seat}`, 40, 80, 9, c.bold);
        c.text('This declarations page is part of your policy. Coverage applies only where a limit of liability is shown.', 40, 92, 7.5, c.font, true);
        cell(c, 'POLICY NUMBER', policy, 40, 102, 160);
        cell(c, 'POLICY PERIOD FROM', DATES.usSlashed(start), 205, 102, 120);
        cell(c, 'TO', DATES.usSlashed(end), 330, 102, 120);
        cell(c, 'FORM', 'HO 00 03', 455, 102, 117);
        c.text('12:01 A.M. standard time at the residence premises', 205, 144, 7, c.font, true);
        c.box(40, 152, 280, 62);
        c.text('NAMED INSURED AND MAILING ADDRESS', 43, 160, 6.5, c.font, true);
        [name, `${g.int(12, 980)} ${g.p(['Pleasant St', 'Birch Hill Rd', 'Elm Ct'])}`, `${seat.split(',')[0]}, ${seat.split(', ')[1]} ${zip}`].forEach((t, k) => c.text(t, 47, 175 + k * 12, 9.5));
        c.box(325, 152, 247, 62);
        c.text('AGENT', 328, 160, 6.5, c.font, true);
        [g.p(['Hollis & Grant Insurance Agency', 'Cedar Point Insurance Group']), `Agent code ${g.n(5)}`, `(${area}) 555-0${g.n(3)}`].forEach((t, k) => c.text(t, 331, 175 + k * 12, 9.5));
        c.text('SECTION I AND SECTION II COVERAGES', 40, 236, 9, c.bold);
        let y = table(c, 252, [[40, 'Coverage', false], [400, 'Limit of liability', true]], [
          ['A  Dwelling', MONEY.usd(dwelling).replace('.00', '')],
          ['B  Other structures', MONEY.usd(dwelling / 10).replace('.00', '')],
          ['C  Personal property', MONEY.usd(dwelling / 2).replace('.00', '')],
          ['D  Loss of use', MONEY.usd(dwelling / 5).replace('.00', '')],
          ['E  Personal liability (each occurrence)', '$300,000'],
          ['F  Medical payments to others (each person)', '$5,000'],
        ], 14);
        y = para(c, `Section I deductible: ${keep(MONEY.usd(deductible).replace('.00', ''))} All Perils. In case of a loss under Section I we cover only that part of the loss over the deductible stated. A separate windstorm or hail deductible of 2% of Coverage A (${MONEY.usd(dwelling * 0.02).replace('.00', '')}) applies.`, 40, y + 10, 532, 8.5, 12);
        c.text('PREMIUM SUMMARY', 40, y + 18, 9, c.bold);
        leader(c, 'Base premium', MONEY.usd(base), 40, 400, y + 34);
        leader(c, 'HO 04 95 Water back-up and sump discharge', MONEY.usd(water), 40, 400, y + 48);
        leader(c, 'Multi-policy discount', `-${MONEY.usd(multi)}`, 40, 400, y + 62);
        leader(c, 'Protective device credit', `-${MONEY.usd(alarm)}`, 40, 400, y + 76);
        leader(c, 'TOTAL ANNUAL POLICY PREMIUM', MONEY.usd(premium), 40, 400, y + 94, 9.5, c.bold);
        c.text('Payment plan:', 40, y + 118, 9);
        bracketed(c, ['Full pay', '2-pay', 'Monthly EFT'], pay === 'Annually' ? 'Full pay' : 'Monthly EFT', 110, y + 118, 80);
        c.text('MORTGAGEE', 40, y + 146, 7, c.font, true);
        c.text(`${g.p(['First Granite Savings Bank', 'Heartland Federal Credit Union'])} ISAOA/ATIMA, Loan no. ${g.n(10)}`, 40, y + 158, 9);
        c.text(`Countersigned ${DATES.usSlashed(plusDays(start, -g.int(15, 40)))}`, 40, y + 184, 8, c.font, true);
        return { c, key: { policy_number: policy, policyholder_name: name, insurer, cover_start: start, cover_end: end, annual_premium: premium, excess: deductible, payment_frequency: pay } };
      },
    },
  ],
};

// ---- 2. Vehicle inspection certificates --------------------------------------------------------------------

const RESULTS = ['Pass', 'Pass with minor defects', 'Fail'];
const inspection: Kind = {
  name: 'vehicle-inspection-certificate',
  fields: [
    ['registration_number', 'string', 'Vehicle registration number'],
    ['vin', 'string', 'VIN / chassis number'],
    ['inspection_date', 'date', 'Date of the inspection'],
    ['next_inspection_due', 'date', 'When must the vehicle next be inspected?'],
    ['odometer_reading', 'integer', 'Odometer reading at the inspection'],
    ['result', 'enum', 'Outcome of the inspection', RESULTS],
    ['testing_station', 'string', 'Name of the test centre'],
  ],
  documents: [
    {
      // A UK MOT test certificate: small grey captions over bold values in two columns, no boxes; the odometer history lists the
      // readings of earlier years, the earliest date to retest early is a decoy, the result a word with minor defects listed.
      make: async (g) => {
        const c = await canvas();
        const [make, model, wmi] = g.p([['VAUXHALL', 'CORSA', 'W0L'], ['FORD', 'FIESTA', 'WF0'], ['VOLKSWAGEN', 'GOLF', 'WVW'], ['TOYOTA', 'AURIS', 'SB1'], ['NISSAN', 'QASHQAI', 'SJN'], ['HONDA', 'JAZZ', 'JHM']]);
        const reg = `${letters(g, 2)}${g.p(['14', '15', '16', '17', '64', '65', '66', '67'])} ${letters(g, 3)}`;
        const id = vin(g, wmi);
        const date = someDate(g);
        const expiry = yearEnd(date);
        const miles = g.int(24000, 118000);
        const history = [miles];
        for (let k = 0; k < 3; k++) history.push(history[k] - g.int(5200, 11800));
        const result = g.p(['Pass', 'Pass with minor defects']);
        const [station, stationAddr] = g.p([['Moorside Garage Services', 'Unit 4, Mill Lane, Stockport SK5 6BD'], ['Castle Street Motors', '88 Castle Street, Shrewsbury SY1 2BQ'], ['Riverside MOT Centre', '2 Wharf Road, Newark NG24 1HT'], ['A1 Autocare Ltd', 'Great North Road, Stevenage SG1 2AW']]);
        c.text('MOT test certificate', 40, 55, 20, c.bold);
        c.text('Driver and Vehicle Standards Agency', 40, 72, 9, c.font, true);
        c.right(`Test number ${g.n(4)} ${g.n(4)} ${g.n(4)}`, 555, 55, 10, c.bold);
        c.rule(40, 555, 86);
        stack(c, 'Registration number', reg, 40, 110, 14);
        stack(c, 'Country of registration', 'GB', 320, 110);
        stack(c, 'Make', make, 40, 148);
        stack(c, 'Model', model, 320, 148);
        stack(c, 'Vehicle identification number', id, 40, 186);
        stack(c, 'Colour', g.p(['SILVER', 'BLUE', 'BLACK', 'WHITE', 'RED']), 320, 186);
        stack(c, 'Date of test', DATES.ukLong(date), 40, 224);
        stack(c, 'Expiry date', DATES.ukLong(expiry), 320, 224);
        stack(c, 'Testing location', station, 40, 262);
        c.text(stationAddr, 40, 290, 8.5);
        stack(c, 'Inspector name', g.p(['D. Whitaker', 'S. Kaur', 'M. Hughes']), 320, 262);
        c.text('Odometer reading history', 40, 322, 9, c.bold);
        history.forEach((m, k) => c.text(`${DATES.ukLong(plusDays(date, -365 * k - (k ? g.int(-12, 12) : 0)))}: ${group(m, ',', '.', 0)} miles`, 40, 338 + k * 13, k ? 9 : 9.5, k ? c.font : c.bold));
        c.text('Result', 320, 322, 9, c.bold);
        c.text(result === 'Pass' ? 'PASS' : 'PASS – minor defects recorded', 320, 340, 12, c.bold);
        c.rule(40, 555, 400);
        c.text('Repair as soon as possible (minor defects)', 40, 420, 10, c.bold);
        const minors = result === 'Pass' ? ['None'] : [g.p(['Nearside rear brake disc slightly pitted (1.1.14 (a) (ii))', 'Offside front suspension pin or bush has slight play (5.3.4 (a) (i))']), g.p(['Registration plate lamp inoperative in the case of multiple lamps (4.7.1 (b) (i))', 'Exhaust has a minor leak of exhaust gases (6.1.2 (a))'])];
        minors.forEach((t, k) => c.text(t, 52, 436 + k * 13, 9));
        const a = 450 + minors.length * 13;
        c.text('Monitor and repair if necessary (advisories)', 40, a, 10, c.bold);
        [g.p(['Nearside front tyre worn close to legal limit (5.2.3 (e))', 'Offside rear tyre slightly damaged/cracking (5.2.3 (d) (ii))']), 'Oil leak, but not excessive (8.4.1 (a) (i))'].forEach((t, k) => c.text(t, 52, a + 16 + k * 13, 9));
        c.rule(40, 555, a + 60);
        para(c, `To preserve the anniversary of the expiry date, the earliest you can present your vehicle for test is ${keep(DATES.ukLong(plusDays(expiry, -30)))}. Check the MOT history of this vehicle at www.gov.uk/check-mot-history.`, 40, a + 78, 515, 8.5, 12);
        c.text('This document is not evidence that the vehicle is roadworthy at any time other than the time of the test.', 40, a + 112, 7.5, c.font, true);
        c.text('VT20', 530, 812, 7, c.font, true);
        return { c, key: { registration_number: reg, vin: id, inspection_date: date, next_inspection_due: expiry, odometer_reading: miles, result, testing_station: station } };
      },
    },
    {
      // A French roadworthiness report (procès-verbal de contrôle technique): vehicle and centre in two bordered key/value tables
      // with typewriter values, the test date and mileage among decoy dates and an earlier mileage, the result as options with
      // their box after, the defects in a ruled table, the deadline in a sentence (next test or counter-inspection).
      make: async (g) => {
        const c = await canvas();
        const mono = await c.pdf.embedFont(StandardFonts.Courier);
        const [centre0, agr, town, addr] = g.p([['Contrôle Technique des Brotteaux', 'S069F123', 'Lyon', '47 rue Juliette Récamier, 69006 Lyon'], ['Auto Bilan Armorique', 'S029G045', 'Brest', '12 rue de Gouesnou, 29200 Brest'], ['CT Express Val de Loire', 'S037T211', 'Tours', '5 avenue du Grand Sud, 37170 Chambray-lès-Tours']]);
        const [make, model, wmi] = g.p([['PEUGEOT', '308', 'VF3'], ['RENAULT', 'CLIO', 'VF1'], ['CITROEN', 'C3', 'VF7'], ['DACIA', 'SANDERO', 'UU1']]);
        const reg = `${letters(g, 2)}-${g.n(3)}-${letters(g, 2)}`;
        const id = vin(g, wmi);
        const date = someDate(g);
        const km = g.int(42000, 215000);
        const before = km - g.int(14000, 31000);
        const result = g.p(RESULTS);
        const due = result === 'Fail' ? plusDays(date, 61) : plusDays(years(date, 2), -1);
        const inspector = g.p(['M. Julien Garnier', 'Mme Sandrine Lefèvre', 'M. Karim Benali']);
        centre(c, 'PROCÈS-VERBAL DE CONTRÔLE TECHNIQUE', 52, 15, c.bold);
        centre(c, 'Contrôle technique périodique des véhicules légers (arrêté du 18 juin 1991 modifié)', 67, 8.5);
        c.text(`N° de PV : ${g.n(2)}${letters(g, 1)}${g.n(8)}`, 40, 92, 9);
        c.right(`Date et heure du contrôle : ${DATES.slashed(date)} à ${g.int(8, 17)}h${pad(g.p([0, 15, 30, 45]))}`, 555, 92, 9);
        c.text('VÉHICULE', 40, 120, 10, c.bold);
        kvTable(c, [
          ['Immatriculation', reg], ['Date de 1re immatriculation', DATES.slashed(`${g.int(2010, 2019)}-${pad(g.int(1, 12))}-${pad(g.int(1, 28))}`)], ['Marque', make], ['Dénomination commerciale', model],
          ['N° d\'identification (VIN)', id], ['Énergie', g.p(['GO (gazole)', 'ES (essence)'])], ['Kilométrage relevé', `${group(km, ' ', ',', 0)} km`],
        ], 40, 128, 170, 345, 17, 8.5, c.bold, mono);
        c.text(`Kilométrage lors du précédent contrôle : ${group(before, ' ', ',', 0)} km`, 40, 262, 8.5, c.font, true);
        c.text('CENTRE DE CONTRÔLE', 40, 292, 10, c.bold);
        kvTable(c, [['Centre', centre0], ['N° d\'agrément', agr], ['Adresse', addr], ['Contrôleur', inspector], ['N° agrément contrôleur', `${letters(g, 1)}0${g.n(2)}${letters(g, 1)}${g.n(3)}`]], 40, 300, 170, 345, 17, 8.5, c.bold, mono);
        const o = 125;
        c.text('RÉSULTAT DU CONTRÔLE', 40, o + 295, 10, c.bold);
        const options = ['Favorable', 'Défavorable pour défaillance(s) majeure(s)', 'Défavorable pour défaillance(s) critique(s)'];
        options.forEach((t, k) => boxAfter(c, [t], result === 'Fail' ? options[1] : options[0], 40, o + 313 + k * 16, 0, 9.5));
        const defects = result === 'Pass' ? [] : [['1.1.14.a.2', 'Disque de frein légèrement usé (AV G)', 'Mineure'], ['4.1.1.a.2', 'Feu de croisement : réglage légèrement incorrect', 'Mineure']];
        if (result === 'Fail') defects.push(['5.2.3.e.1', 'Pneumatique : profondeur de sculpture insuffisante (AR D)', 'Majeure']);
        c.text('DÉFAILLANCES CONSTATÉES', 40, o + 380, 10, c.bold);
        const y = defects.length
          ? ruled(c, 40, o + 388, [90, 330, 95], ['Code', 'Libellé', 'Type'], defects)
          : (c.text('Aucune défaillance constatée.', 40, o + 400, 9.5), o + 410);
        const text = result === 'Fail'
          ? `Le véhicule doit être présenté à une contre-visite portant sur les défaillances majeures avant le ${keep(DATES.slashed(due))}. Passé ce délai, un nouveau contrôle complet sera exigé.`
          : `Le prochain contrôle technique périodique devra être effectué au plus tard le ${keep(DATES.slashed(due))}.`;
        const v = para(c, text, 40, y + 22, 515, 10, 14, c.bold);
        c.text(`Fait à ${town}, le ${DATES.frLong(date)}`, 40, v + 20, 9.5);
        underLine(c, 'Signature du contrôleur', inspector, 330, v + 60, 225);
        c.text(`Montant de la prestation : ${MONEY.eurSpace(g.p([69, 74.9, 79, 85]))} TTC`, 40, v + 60, 9);
        c.text('Ce procès-verbal doit être conservé avec le certificat d\'immatriculation et présenté lors de tout contrôle.', 40, 800, 7.5, c.font, true);
        return { c, key: { registration_number: reg, vin: id, inspection_date: date, next_inspection_due: due, odometer_reading: km, result, testing_station: centre0 } };
      },
    },
    {
      // An Irish-style car test report (scanned): the vehicle as a one-row table with column headings, each test area's outcome in a
      // multi-row table, the overall result large in a box, the retest deadline beside it; an earlier certificate date is a decoy.
      image: -0.45,
      make: async (g) => {
        const c = await canvas([595, 560]);
        const [make, model, wmi] = g.p([['SKODA', 'OCTAVIA', 'TMB'], ['HYUNDAI', 'TUCSON', 'KMH'], ['KIA', 'SPORTAGE', 'U5Y'], ['TOYOTA', 'COROLLA', 'SB1']]);
        const reg = `${g.p(['141', '152', '161', '172', '181'])}-${g.p(['D', 'C', 'G', 'KE', 'WX'])}-${g.int(1200, 39999)}`;
        const id = vin(g, wmi);
        const date = someDate(g);
        const km = g.int(61000, 236000);
        const station = g.p(['Deansgrange Test Centre', 'Little Island Test Centre', 'Athlone Test Centre', 'Ballinasloe Test Centre']);
        const retest = plusDays(date, 21);
        c.text('NATIONAL VEHICLE INSPECTION SERVICE', 40, 45, 14, c.bold);
        c.text(`${station} · Customer line 01 555 ${g.n(4)}`, 40, 59, 8.5, c.font, true);
        c.text('VEHICLE INSPECTION REPORT', 40, 88, 12, c.bold);
        c.right(`Report no. ${g.n(9)}`, 555, 88, 9);
        c.right(`Test date ${DATES.slashed(date)}`, 555, 101, 9);
        ruled(c, 40, 112, [75, 80, 70, 170, 120], ['REG. NO.', 'MAKE', 'MODEL', 'CHASSIS NO.', 'ODOMETER (KM)'], [[reg, make, model, id, group(km, ',', '.', 0)]], 19, 9.5);
        const areas: [string, string][] = [['Wheels and tyres', 'FAIL'], ['Steering and suspension', 'PASS'], ['Braking equipment', g.p(['PASS', 'ADVISORY'])], ['Lighting and electrical', 'FAIL'], ['Exhaust emissions', 'PASS'], ['Chassis and underbody', g.p(['PASS', 'ADVISORY'])]];
        ruled(c, 40, 170, [220, 80], ['TEST AREA', 'OUTCOME'], areas, 16, 9);
        c.box(370, 170, 185, 112);
        c.text('OVERALL RESULT', 380, 186, 8, c.font, true);
        c.text('FAIL', 380, 222, 26, c.bold);
        c.text('Re-test must be completed by', 380, 248, 8, c.font, true);
        c.text(DATES.slashed(retest), 380, 266, 13, c.bold);
        c.text('Defects found', 40, 310, 9.5, c.bold);
        ['1.1.3  Tyre tread depth below 1.6 mm, rear right', '4.2.1  Headlamp aim incorrect, dipped beam, left', '8.1.1  Number plate lamp inoperative'].forEach((t, k) => c.text(t, 40, 326 + k * 13, 9));
        c.text(`Previous certificate valid to: ${DATES.slashed(plusDays(date, g.int(3, 20)))}`, 40, 380, 8.5);
        c.text(`Fee paid: €${g.p(['55.00', '55.00', '28.00'])}   Re-test fee: €28.00 (free if only visual items)`, 40, 394, 8.5);
        para(c, 'The vehicle may not be driven on a public road without a valid certificate of roadworthiness. Book your re-test at any test centre, quoting the report number.', 40, 420, 515, 8, 11, c.font, true);
        underLine(c, 'Vehicle inspector', g.p(['C. Brennan', 'P. Daly', 'N. Ó Súilleabháin']), 40, 480, 180);
        return { c, key: { registration_number: reg, vin: id, inspection_date: date, next_inspection_due: retest, odometer_reading: km, result: 'Fail', testing_station: station } };
      },
    },
  ],
};

// ---- 3. Library membership forms ---------------------------------------------------------------------------

const CATEGORIES = ['Adult', 'Child', 'Senior', 'Student'];
const library: Kind = {
  name: 'library-membership-form',
  fields: [
    ['applicant_name', 'string', 'Full name of the new member'],
    ['card_number', 'string', 'Library card number'],
    ['date_of_birth', 'date', "Member's date of birth"],
    ['membership_category', 'enum', 'Which membership category?', CATEGORIES],
    ['annual_fee', 'number', 'How much is the yearly subscription?'],
    ['branch', 'string', 'Home branch'],
    ['card_expiry', 'date', 'When does the card expire?'],
    ['email_notices', 'boolean', 'Does the member want notices sent by email?'],
  ],
  documents: [
    {
      // A US county library card application: values on filled lines with captions under them, the card type crossed before its
      // name, non-resident fees in a multi-row table, the notice method as typed brackets, the home branch after a colon, and the
      // card number, issue and expiry dates and fee in a staff-use box at the foot; the guardian is a decoy name for a child.
      make: async (g) => {
        const c = await canvas([612, 792]);
        const [lib, county, branches, area, towns] = g.p<[string, string, string[], string, string[]]>([
          ['Maple County Public Library', 'Maple County', ['Main Library', 'Eastgate Branch', 'Riverside Branch', 'Oak Hill Branch'], '(614)', ['Delaware, OH 43015', 'Marion, OH 43302', 'Westerville, OH 43081']],
          ['Tri-Valley Regional Library', 'Tri-Valley', ['Central Library', 'North Fork Branch', 'Cedar Creek Branch', 'Millbrook Branch'], '(530)', ['Auburn, CA 95603', 'Grass Valley, CA 95945', 'Nevada City, CA 95959']]]);
        const category = g.p(CATEGORIES);
        const [name, guardian] = category === 'Child' ? g.p([['Sophia Ramirez', 'Elena Ramirez'], ['Mason Clarke', 'Derek Clarke']]) : [g.p(['Jessica Moreno', 'Tyrone Jackson', 'Emily Nguyen', 'Harold Fenwick']), ''];
        const dob = category === 'Child' ? bornIn(g, 2012, 2018) : category === 'Senior' ? bornIn(g, 1942, 1960) : category === 'Student' ? bornIn(g, 2001, 2006) : bornIn(g, 1965, 1998);
        const fees: Record<string, number> = { Adult: 45, Senior: 25, Student: 25, Child: 10 };
        const fee = fees[category];
        const branch = g.p(branches);
        const applied = someDate(g);
        const expiry = years(applied, 1);
        const card = `2 ${g.n(4)} ${g.n(5)} ${g.n(4)}`;
        const notice = g.p(['Email', 'Text message', 'Phone call', 'Mail']);
        const first = name.split(' ')[0].toLowerCase();
        c.text(lib, 40, 48, 16, c.bold);
        c.text(`Serving ${county} since 1912 · ${area} 555-0${g.n(3)} · ask@${lib.split(' ')[0].toLowerCase()}library.org`, 40, 62, 8, c.font, true);
        c.text('Library Card Application', 40, 95, 14, c.bold);
        para(c, `Please print clearly. Bring a photo ID and proof of address. ${county} residents receive a card at no charge; non-residents pay the annual fee shown below.`, 40, 111, 532, 8.5, 11);
        underLine(c, 'Name (first, middle initial, last)', name, 40, 162, 300);
        underLine(c, 'Birthdate (mm/dd/yyyy)', DATES.usSlashed(dob), 370, 162, 202);
        underLine(c, 'Street address', `${g.int(100, 9800)} ${g.p(['Walnut Grove Dr', 'Country Club Rd', 'Hickory Ln'])}`, 40, 197, 300);
        underLine(c, 'City, State, ZIP', g.p(towns), 370, 197, 202);
        underLine(c, 'Phone', `${area} 555-${g.n(4)}`, 40, 232, 150);
        underLine(c, 'Email address', `${first}.${g.n(3)}@${g.p(['gmail.com', 'yahoo.com', 'outlook.com'])}`, 220, 232, 352);
        checkboxes(c, 'Residency:', [`${county} resident (free)`, 'Non-resident (annual fee)'], 'Non-resident (annual fee)', 40, 270, 170);
        checkboxes(c, 'Card type:', ['Adult', 'Senior (62+)', 'Student', 'Child (under 18)'], { Adult: 'Adult', Senior: 'Senior (62+)', Student: 'Student', Child: 'Child (under 18)' }[category]!, 40, 292, 95);
        c.text('NON-RESIDENT ANNUAL FEES', 40, 322, 8.5, c.bold);
        const y = ruled(c, 40, 330, [110, 80, 300], ['Card type', 'Fee per year', 'Notes'], [
          ['Adult', MONEY.usd(45), 'Ages 18 to 61'], ['Senior (62+)', MONEY.usd(25), 'Proof of age required'], ['Student', MONEY.usd(25), 'Current student ID, any college or high school'], ['Child (under 18)', MONEY.usd(10), 'Parent or guardian must sign below'],
        ], 15, 8.5, [1]) + 6;
        c.text('Send me notices about holds and due dates by (check one):', 40, y + 8, 9);
        bracketed(c, ['Email', 'Text message', 'Phone call', 'Mail'], notice, 60, y + 23, 110);
        grid(c, [['Preferred pickup location:', branch]], 40, 170, y + 45, 14);
        c.text('PARENT OR GUARDIAN (required for applicants under 18)', 40, y + 72, 8.5, c.bold);
        underLine(c, 'Parent/guardian name', guardian, 40, y + 98, 250);
        underLine(c, 'Parent/guardian signature', '', 320, y + 98, 252);
        para(c, 'I agree to follow the policies of the library and to pay for any materials that are lost or damaged while checked out on this card. I will report a lost or stolen card promptly.', 40, y + 124, 532, 8, 10.5, c.font, true);
        underLine(c, 'Applicant signature', '', 40, y + 168, 250);
        underLine(c, 'Date', DATES.usSlashed(applied), 320, y + 168, 120);
        const s = y + 196;
        c.box(40, s, 532, 78, 0.93);
        c.box(40, s, 532, 78);
        c.text('STAFF USE ONLY', 48, s + 13, 8, c.bold);
        barcode(c, card.replace(/ /g, ''), 48, s + 20, 20);
        c.text(card, 48, s + 56, 10);
        grid(c, [['Card no.:', card], ['Issued:', DATES.usSlashed(applied)]], 250, 310, s + 28, 15);
        grid(c, [['Expires:', DATES.usSlashed(expiry)], ['Fee collected:', MONEY.usd(fee)], ['Staff:', g.p(['JK', 'MP', 'AL'])]], 420, 490, s + 28, 15);
        return { c, key: { applicant_name: name, card_number: card, date_of_birth: dob, membership_category: category, annual_fee: fee, branch, card_expiry: expiry, email_notices: notice === 'Email' } };
      },
    },
    {
      // A Dutch library sign-up form (aanmeldformulier): boxed cells with the label above, the subscriptions as a ruled table with a
      // "kies" column crossed, the branch after a colon, yes/no with the box after the word, the end date only in a sentence, the
      // card number in a staff box, a SEPA mandate with an account holder who may not be the member.
      make: async (g) => {
        const c = await canvas();
        const [lib, branches, street, town] = g.p<[string, string[], string, string]>([['Bibliotheek Lingestroom', ['Tiel', 'Culemborg', 'Geldermalsen', 'Zaltbommel'], 'Westluidensestraat 6', '4001 NE Tiel'], ['Bibliotheek Eemvallei', ['Amersfoort Centrum', 'Leusden', 'Soest', 'Baarn'], 'Smallepad 11', '3811 MG Amersfoort']]);
        const category = g.p(CATEGORIES);
        const printed = { Adult: 'Volwassenen', Child: 'Jeugd', Senior: '65-plus', Student: 'Student' }[category]!;
        const fees: Record<string, number> = { Adult: 58.5, Child: 0, Senior: 49, Student: 32 };
        const fee = fees[category];
        const [name, parent] = category === 'Child' ? g.p([['Noor Jansen', 'Marieke Jansen'], ['Finn Visser', 'Joost Visser']]) : [g.p(['Sanne de Vries', 'Daan Bakker', 'Fatima El Amrani', 'Willem van Dijk']), ''];
        const dob = category === 'Child' ? bornIn(g, 2010, 2018) : category === 'Senior' ? bornIn(g, 1940, 1958) : category === 'Student' ? bornIn(g, 2001, 2006) : bornIn(g, 1966, 1999);
        const branch = g.p(branches);
        const start = someDate(g);
        const end = yearEnd(start);
        const card = `20${g.n(2)} ${g.n(4)} ${g.n(4)} ${g.n(2)}`;
        const mail = g.r() < 0.5;
        const first = name.split(' ')[0].toLowerCase();
        c.text(lib, 40, 50, 18, c.bold);
        c.text(`${street} · ${town} · 0344 555 ${g.n(3)} · www.${lib.split(' ')[1].toLowerCase()}.nl`, 40, 65, 8, c.font, true);
        c.text('Aanmeldformulier lidmaatschap', 40, 100, 14, c.bold);
        c.text('Vul het formulier in met blokletters en lever het in bij de balie, samen met een geldig legitimatiebewijs.', 40, 115, 8.5);
        c.text('1. Persoonsgegevens', 40, 142, 10, c.bold);
        cell(c, 'VOORNAAM EN ACHTERNAAM', name, 40, 150, 330);
        cell(c, 'GEBOORTEDATUM (DD-MM-JJJJ)', nlDashed(dob), 375, 150, 180);
        cell(c, 'STRAAT EN HUISNUMMER', `${g.p(['Kerkstraat', 'Molenweg', 'Lindelaan', 'Populierenhof'])} ${g.int(2, 140)}`, 40, 185, 330);
        cell(c, 'POSTCODE EN WOONPLAATS', `${town.slice(0, 2)}${g.n(2)} ${letters(g, 2)} ${town.split(' ').slice(2).join(' ')}`, 375, 185, 180);
        cell(c, 'TELEFOONNUMMER', `06-${g.n(8)}`, 40, 220, 160);
        cell(c, 'E-MAILADRES', `${first}${g.n(2)}@${g.p(['ziggo.nl', 'kpnmail.nl', 'gmail.com'])}`, 205, 220, 350);
        c.text('2. Abonnement', 40, 280, 10, c.bold);
        const y = ruled(c, 40, 288, [120, 250, 90, 55], ['Abonnement', 'Voor wie', 'Per jaar', 'Kies'], [
          ['Jeugd', 't/m 17 jaar (gratis)', eurFirst(0), ''], ['Volwassenen', 'vanaf 18 jaar', eurFirst(58.5), ''], ['65-plus', 'vanaf 65 jaar', eurFirst(49), ''], ['Student', 'mbo, hbo of wo, op vertoon van collegekaart', eurFirst(32), ''],
        ].map((r) => (r[0] === printed ? [...r.slice(0, 3), 'X'] : r)), 18, 9, [2]);
        grid(c, [['Mijn vaste vestiging:', branch]], 40, 160, y + 20, 14, c.bold);
        c.text('Ik ontvang berichten over reserveringen en de uitleentermijn per e-mail:', 40, y + 42, 9);
        boxAfter(c, ['ja', 'nee'], mail ? 'ja' : 'nee', 370, y + 42, 50);
        c.text('3. Machtiging (SEPA)', 40, y + 75, 10, c.bold);
        let m = y + 85;
        if (fee) {
          m = kvTable(c, [['Naam rekeninghouder', name], ['IBAN', inFours(ibanWithCheck('NL', `${g.p(['INGB', 'RABO', 'ABNA'])}0${g.n(9)}`))], ['Bedrag per jaar', eurFirst(fee)]], 40, m, 160, 355, 18, 9);
          para(c, `Door ondertekening geeft u toestemming aan ${lib} om jaarlijks de contributie van uw rekening af te schrijven. Incassant-ID NL${g.n(2)}ZZZ${g.n(12)}.`, 40, m + 14, 515, 8, 10.5, c.font, true);
        } else {
          c.text('Niet van toepassing: het jeugdabonnement is gratis.', 40, m + 8, 9);
          underLine(c, 'Naam ouder/verzorger', parent, 40, m + 40, 250);
        }
        const s = m + 60;
        para(c, `Uw lidmaatschap gaat in op ${keep(nlLong(start))} en loopt tot en met ${keep(nlLong(end))}. Daarna wordt het steeds met een jaar verlengd, tenzij u uiterlijk een maand voor de einddatum opzegt.`, 40, s, 515, 9.5, 13);
        underLine(c, 'Plaats en datum', `${town.split(' ').slice(2).join(' ')}, ${nlDashed(start)}`, 40, s + 60, 220);
        underLine(c, 'Handtekening', '', 320, s + 60, 235);
        c.box(40, s + 90, 515, 46, 0.93);
        c.box(40, s + 90, 515, 46);
        c.text('Voor intern gebruik', 48, s + 103, 8, c.bold);
        grid(c, [['Pasnummer:', card]], 48, 120, s + 122, 14);
        grid(c, [['Ingevoerd door:', g.p(['MvB', 'LdG', 'KS'])]], 360, 440, s + 122, 14);
        return { c, key: { applicant_name: name, card_number: card, date_of_birth: dob, membership_category: category, annual_fee: fee, branch, card_expiry: end, email_notices: mail } };
      },
    },
    {
      // A UK university's external borrower application (scanned): personal details in a bordered key/value table, the categories
      // as ticked lines with their fees, a refundable deposit as a decoy amount, the home library after a colon, email reminders as
      // words each followed by a box, the expiry inside a sentence and the borrower number in an office box.
      image: 0.35,
      make: async (g) => {
        const c = await canvas([595, 580]);
        const uni = g.p(['University of Fenwick', 'Kellerton University', 'Abbotsmoor University']);
        const branch = g.p(['Main Library', 'Science Library', 'Law Library', 'Medical Library']);
        const category = g.p(['Adult', 'Senior', 'Student']);
        const fees: Record<string, number> = { Adult: 85, Senior: 45, Student: 30 };
        const fee = fees[category];
        const name = g.p(['Alistair Munro', 'Bethany Clarke', 'Yusuf Adeyemi', 'Margaret Ellison']);
        const dob = category === 'Senior' ? bornIn(g, 1944, 1962) : category === 'Student' ? bornIn(g, 2000, 2006) : bornIn(g, 1968, 1997);
        const applied = someDate(g);
        const expiry = years(applied, 1);
        const card = `EXT${g.n(6)}`;
        const mail = g.r() < 0.5;
        c.text(`${uni} Library`, 40, 45, 16, c.bold);
        c.text('Library Services · Membership & Access Desk · 01632 555 0' + g.n(2), 40, 59, 8, c.font, true);
        c.text('EXTERNAL BORROWER APPLICATION', 40, 88, 12, c.bold);
        kvTable(c, [['Name', name], ['Date of birth', DATES.slashed(dob)], ['Home address', `${g.int(2, 90)} ${g.p(['Laurel Grove', 'Victoria Terrace', 'Station Road'])}, ${g.p(['Harrogate HG1 4PL', 'Durham DH1 3EE', 'Lancaster LA1 5QT'])}`], ['Telephone', `07${g.n(3)} ${g.n(6)}`], ['Email', `${name.split(' ')[0].toLowerCase()}.${name.split(' ')[1].toLowerCase()}@${g.p(['btinternet.com', 'gmail.com'])}`]], 40, 100, 130, 385, 19, 9.5);
        c.text('Membership category (tick one)', 40, 218, 9.5, c.bold);
        const labels: Record<string, string> = { Adult: 'Adult – private reader, £85.00 a year', Senior: 'Senior citizen (60 and over), £45.00 a year', Student: 'Student registered at another institution, £30.00 a year' };
        ['Adult', 'Senior', 'Student'].forEach((k, i) => tick(c, labels[k], k === category, 50, 236 + i * 16));
        tick(c, 'Child under 16 (reference only, with an adult member), no charge', false, 50, 284);
        c.text('A refundable deposit of £50.00 is taken from all external borrowers and returned when the card is handed back.', 40, 306, 8, c.font, true);
        grid(c, [['Library you will mostly use:', branch]], 40, 190, 332, 14, c.bold);
        c.text('Email me when items are due back or ready to collect:', 40, 356, 9);
        boxAfter(c, ['Yes', 'No'], mail ? 'Yes' : 'No', 300, 356, 50);
        para(c, `External membership runs for one year from the date it is approved. This card will expire on ${keep(DATES.ukLong(expiry))} and may be renewed at the Access Desk.`, 40, 384, 515, 9.5, 13);
        underLine(c, 'Signature of applicant', '', 40, 440, 230);
        underLine(c, 'Date', DATES.slashed(applied), 320, 440, 130);
        c.box(40, 470, 515, 58);
        c.text('FOR OFFICE USE', 48, 484, 8, c.bold);
        grid(c, [['Borrower no.', card], ['Approved by', g.p(['R. Singh', 'L. Moffat', 'H. Evans'])]], 48, 130, 500, 15);
        grid(c, [['Fee received', MONEY.gbp(fee)], ['Deposit received', MONEY.gbp(50)]], 300, 400, 500, 15);
        return { c, key: { applicant_name: name, card_number: card, date_of_birth: dob, membership_category: category, annual_fee: fee, branch, card_expiry: expiry, email_notices: mail } };
      },
    },
  ],
};

// ---- 4. Fishing and hunting licences -----------------------------------------------------------------------

const licence: Kind = {
  name: 'fishing-or-hunting-licence',
  fields: [
    ['licence_number', 'string', 'Licence number'],
    ['holder_name', 'string', 'Name of the licence holder'],
    ['licence_type', 'enum', 'Is it a fishing or a hunting licence?', ['Fishing', 'Hunting']],
    ['valid_from', 'date', 'First day the licence is valid'],
    ['valid_until', 'date', 'Expiry date of the licence'],
    ['fee_paid', 'number', 'Amount paid for the licence'],
    ['issuing_authority', 'string', 'Authority that issued the licence'],
    ['concession', 'boolean', 'Was it issued at a reduced (concession) rate?'],
  ],
  documents: [
    {
      // An English rod fishing licence confirmation: a framed card with a dark band, "Label: value" rows and the validity as one
      // sentence, then a receipt as a ruled one-row table with the concession named in a column; purchase date, order reference and
      // close-season dates are decoys.
      make: async (g) => {
        const c = await canvas([595, 720]);
        const [kind, full, reduced] = g.p<[string, number, number]>([['Trout and coarse, up to 2 rods', 35.8, 23.8], ['Trout and coarse, up to 3 rods', 53, 35.33], ['Salmon and sea trout', 94.4, 62.95]]);
        const concession = g.r() < 0.5;
        const reason = concession ? g.p(['Senior (66 and over)', 'Disabled (Blue Badge or PIP)']) : 'None';
        const fee = concession ? reduced : full;
        const name = g.p(['Graham Ashworth', 'Nicola Brent', 'Stuart Pennington', 'Karen Lowe', 'Dev Chaudhry']);
        const dob = reason.startsWith('Senior') ? bornIn(g, 1940, 1957) : bornIn(g, 1960, 2003);
        const number = `${g.n(4)}-${g.n(4)}-${g.n(6)}-${letters(g, 3)}${g.n(4)}`;
        const start = someDate(g);
        const end = yearEnd(start);
        const bought = plusDays(start, -g.int(0, 9));
        c.text('Environment Agency', 40, 48, 15, c.bold);
        c.text('Licensing Team · PO Box 432, Richard Fairclough House, Warrington WA4 1HT · 0344 555 0172', 40, 62, 8, c.font, true);
        c.text('Your fishing licence', 40, 98, 14, c.bold);
        para(c, `Thank you for buying your licence on ${keep(DATES.ukLong(bought))}. Carry it with you whenever you fish – a water bailiff or police officer may ask to see it. Your licence details are below.`, 40, 114, 515, 9, 12);
        c.box(40, 150, 515, 200);
        c.box(44, 154, 507, 192);
        band(c, 'ROD FISHING LICENCE  ·  ENGLAND', 44, 154, 507, 22, 11);
        grid(c, [['Licence number:', number], ['Licensee:', name], ['Date of birth:', DATES.slashed(dob)], ['Licence type:', `${kind}, 12 months`], ['Concession:', reason]], 58, 170, 198, 17, c.bold);
        para(c, `This licence is valid from 00:01 on ${keep(DATES.ukLong(start))} until 23:59 on ${keep(DATES.ukLong(end))}.`, 58, 292, 480, 10, 13, c.bold);
        c.text('It is not transferable and covers the use of rods in England only (including the Border Esk).', 58, 326, 8, c.font, true);
        c.text('RECEIPT', 40, 380, 10, c.bold);
        let y = ruled(c, 40, 388, [200, 150, 90, 75], ['Item', 'Concession', 'Full price', 'Paid'], [[`Rod licence: ${kind.toLowerCase()}`, reason, MONEY.gbp(full), MONEY.gbp(fee)]], 19, 9, [2, 3]);
        grid(c, [['Order reference:', `EA-${g.n(9)}`], ['Payment method:', g.p(['Visa debit ending 4417', 'Mastercard ending 0923', 'Paid at Post Office counter'])]], 40, 150, y + 20, 14);
        c.text('Before you go fishing', 40, y + 64, 10, c.bold);
        y = para(c, 'The coarse fish close season on rivers runs from 15 March to 15 June inclusive. You also need permission from whoever owns the fishing rights. Juniors aged 13 to 16 need a free junior licence; children under 13 do not need one.', 40, y + 80, 515, 8.5, 11.5);
        c.text(`Report your catch of salmon and sea trout by 1 January ${Number(end.slice(0, 4)) + 1} even if you caught nothing.`, 40, y + 6, 8.5);
        c.text('Environment Agency · www.gov.uk/fishing-licences · Issued under the Salmon and Freshwater Fisheries Act 1975', 40, 700, 7, c.font, true);
        return { c, key: { licence_number: number, holder_name: name, licence_type: 'Fishing', valid_from: start, valid_until: end, fee_paid: fee, issuing_authority: 'Environment Agency', concession } };
      },
    },
    {
      // A Spanish regional hunting licence (licencia de caza): the regional government's name at the top, the licence number in a box,
      // the holder in boxed cells, the class crossed, the validity as "desde … hasta …", the fee and any exemption on dotted leaders;
      // the payment form number, the hunter's compulsory insurance and the signing official are decoys.
      make: async (g) => {
        const c = await canvas();
        const [authority, dept, service, city, prefix, towns] = g.p<[string, string, string, string, string, string[]]>([
          ['Junta de Castilla y León', 'Consejería de Medio Ambiente, Vivienda y Ordenación del Territorio', 'Servicio Territorial de Medio Ambiente de Burgos', 'Burgos', 'CL', ['Lerma', 'Aranda de Duero', 'Briviesca']],
          ['Junta de Extremadura', 'Consejería de Gestión Forestal y Mundo Rural', 'Dirección General de Gestión Forestal, Caza y Pesca', 'Mérida', 'EX', ['Zafra', 'Don Benito', 'Trujillo']],
          ['Gobierno de Aragón', 'Departamento de Medio Ambiente y Turismo', 'Servicio Provincial de Huesca', 'Huesca', 'AR', ['Jaca', 'Barbastro', 'Monzón']]]);
        const [name, dni] = [g.p(['Javier Martín Sáez', 'Rocío Gallego Pardo', 'Francisco Javier Ortega Gil', 'Manuel Herrero Peña']), `${g.n(8)}${letters(g, 1)}`];
        const cls = g.p(['A', 'B']);
        const base = cls === 'A' ? 21.35 : 10.68;
        const concession = g.r() < 0.5;
        const [reason, fee] = concession ? g.p<[string, number]>([['Exención: titular mayor de 65 años', 0], ['Bonificación del 50 % (familia numerosa)', cents(base / 2)]]) : ['Ninguna', base];
        const dob = reason.startsWith('Exención') ? bornIn(g, 1945, 1959) : bornIn(g, 1962, 2004);
        const number = `${prefix}-${g.n(4)}-${g.n(6)}`;
        const issued = someDate(g);
        const start = plusDays(issued, g.int(0, 5));
        const end = yearEnd(start);
        c.text(authority.toUpperCase(), 40, 50, 14, c.bold);
        c.text(dept, 40, 63, 8, c.font, true);
        c.text(service, 40, 73, 8, c.font, true);
        c.text('LICENCIA DE CAZA', 40, 110, 18, c.bold);
        c.text('Documento acreditativo de la habilitación para el ejercicio de la caza', 40, 125, 8.5);
        cell(c, 'Nº DE LICENCIA', number, 395, 95, 160, 34);
        c.text('DATOS DEL TITULAR', 40, 158, 9.5, c.bold);
        cell(c, 'NOMBRE Y APELLIDOS', name, 40, 165, 300);
        cell(c, 'DNI / NIE', dni, 345, 165, 100);
        cell(c, 'FECHA DE NACIMIENTO', DATES.slashed(dob), 450, 165, 105);
        cell(c, 'DOMICILIO', `C/ ${g.p(['Real', 'de la Fuente', 'San Roque', 'Mayor'])}, ${g.int(1, 60)}`, 40, 200, 300);
        cell(c, 'MUNICIPIO', g.p(towns), 345, 200, 210);
        c.text('CLASE DE LICENCIA', 40, 258, 9.5, c.bold);
        tick(c, 'Clase A: caza con armas de fuego', cls === 'A', 40, 276);
        tick(c, 'Clase B: caza con otros medios (arco, aves de cetrería, perros, hurones)', cls === 'B', 40, 293);
        c.text('PERÍODO DE VALIDEZ', 40, 322, 9.5, c.bold);
        c.text(`Desde el ${DATES.slashed(start)} hasta el ${DATES.slashed(end)}`, 40, 340, 11, c.bold);
        c.text('(un año a partir de la fecha de inicio de validez)', 40, 353, 8, c.font, true);
        c.text('LIQUIDACIÓN DE LA TASA', 40, 385, 9.5, c.bold);
        leader(c, `Tasa por expedición de licencia de caza, clase ${cls}, un año`, MONEY.eurSuffix(base), 40, 555, 402);
        leader(c, `Exención o bonificación aplicada: ${reason}`, concession ? `-${MONEY.eurSuffix(cents(base - fee))}` : MONEY.eurSuffix(0), 40, 555, 417);
        leader(c, 'Importe abonado', MONEY.eurSuffix(fee), 40, 555, 434, 9.5, c.bold);
        c.text(`Abonado mediante modelo 046, justificante nº 046${g.n(10)}, el ${DATES.slashed(issued)}.`, 40, 452, 8.5);
        para(c, `El titular declara tener suscrito el seguro obligatorio de responsabilidad civil del cazador (póliza nº ${g.n(8)} de ${g.p(['Mutuasport Seguros', 'Federación de Caza Seguros', 'Caja Rural Seguros'])}), que deberá llevar consigo junto con esta licencia y el DNI durante la acción de cazar.`, 40, 480, 515, 8.5, 11.5);
        c.text(`${city}, ${DATES.esLong(issued)}`, 40, 540, 10);
        const [head, signer] = g.p([['El Jefe del Servicio', 'Fdo.: Luis Arranz Peña'], ['La Jefa del Servicio', 'Fdo.: María Isabel Cordero Vidal']]);
        underLine(c, head, signer, 320, 600, 235);
        c.text(`${authority} · ${dept}`, 40, 800, 7, c.font, true);
        return { c, key: { licence_number: number, holder_name: name, licence_type: 'Hunting', valid_from: start, valid_until: end, fee_paid: fee, issuing_authority: authority, concession } };
      },
    },
    {
      // A US state licence printed at a sporting-goods counter (scanned): all capitals, a two-column block with the holder's
      // description, a one-row table with the item, its validity and fee, a reduced-fee line; the agent, customer number and sale
      // time are decoys. Fishing or hunting is drawn.
      image: -0.4,
      make: async (g) => {
        const c = await canvas([612, 450]);
        const [state, agency, short] = g.p([['STATE OF VERMONT', 'Vermont Fish & Wildlife Department', 'VT'], ['STATE OF MONTANA', 'Montana Fish, Wildlife & Parks', 'MT'], ['STATE OF WISCONSIN', 'Wisconsin Department of Natural Resources', 'WI']]);
        const type = g.p(['Fishing', 'Hunting']);
        const concession = g.r() < 0.5;
        const item = `RESIDENT ${concession ? 'SENIOR ' : ''}${type === 'Fishing' ? 'FISHING' : 'HUNTING'} LICENSE`;
        const fee = type === 'Fishing' ? (concession ? 9 : 28) : (concession ? 12 : 26);
        const [name, sex] = g.p([['DALE R HENDRICKS', 'M'], ['SUSAN M KOWALCZYK', 'F'], ['BRANDON T MILLER', 'M'], ['GLORIA A ESTES', 'F']]);
        const dob = concession ? bornIn(g, 1942, 1958) : bornIn(g, 1965, 2004);
        const number = `${short}${g.n(9)}`;
        const start = someDate(g);
        const end = yearEnd(start);
        const sold = `${DATES.usSlashed(start)} ${pad(g.int(6, 11))}:${pad(g.int(0, 59))} AM`;
        c.text(state, 40, 42, 9, c.bold);
        c.text(agency.toUpperCase(), 40, 58, 13, c.bold);
        c.text(`${start.slice(0, 4)} ${type === 'Fishing' ? 'FISHING' : 'HUNTING'} LICENSE`, 40, 80, 15, c.bold);
        c.right(`LICENSE # ${number}`, 572, 80, 10, c.bold);
        grid(c, [['LICENSEE:', name], ['DATE OF BIRTH:', DATES.usSlashed(dob)], ['ADDRESS:', `${g.int(12, 4800)} ${g.p(['RIVER RD', 'MAPLE ST', 'COUNTY HWY K', 'RIDGE LN'])}`], ['CUSTOMER ID:', g.n(10)]], 40, 140, 112, 15);
        grid(c, [['SEX:', sex], ['HEIGHT:', `${g.int(5, 6)}'${g.int(0, 11)}"`], ['WEIGHT:', `${g.int(120, 240)} LB`], ['EYES:', g.p(['BRN', 'BLU', 'GRN', 'HAZ'])]], 400, 470, 112, 15);
        ruled(c, 40, 185, [250, 95, 95, 92], ['PRIVILEGE', 'VALID FROM', 'VALID THROUGH', 'FEE'], [[item, DATES.usSlashed(start), DATES.usSlashed(end), MONEY.usd(fee)]], 20, 9.5, [3]);
        c.text(`REDUCED FEE: ${concession ? 'YES - SENIOR 65+' : 'NO'}`, 40, 248, 9.5);
        c.text(`AMOUNT PAID: ${MONEY.usd(fee)}`, 40, 264, 9.5, c.bold);
        c.text(`SOLD BY AGENT ${g.n(4)} ${g.p(["HANK'S BAIT & TACKLE", 'NORTHWOODS OUTFITTERS', 'VALLEY HARDWARE'])} ON ${sold}`, 40, 290, 8.5);
        para(c, `THIS LICENSE MUST BE CARRIED WHILE ${type === 'Fishing' ? 'FISHING' : 'HUNTING'} AND SHOWN ON REQUEST TO ANY WARDEN OR LAW ENFORCEMENT OFFICER. NOT TRANSFERABLE. A DUPLICATE COSTS $5.00. SEASON DATES AND BAG LIMITS ARE IN THE CURRENT DIGEST.`, 40, 318, 532, 8, 11);
        underLine(c, 'LICENSEE SIGNATURE', '', 40, 400, 250);
        barcode(c, number.slice(2), 360, 380, 26);
        return { c, key: { licence_number: number, holder_name: name, licence_type: type, valid_from: start, valid_until: end, fee_paid: fee, issuing_authority: agency.toUpperCase(), concession } };
      },
    },
  ],
};

// ---- 5. Hospital discharge summaries -----------------------------------------------------------------------

const DESTINATIONS = ['Home', 'Care home', 'Another hospital', 'Rehabilitation unit'];
const discharge: Kind = {
  name: 'hospital-discharge-summary',
  fields: [
    ['patient_name', 'string', 'Patient name'],
    ['hospital_number', 'string', "Patient's hospital or medical record number"],
    ['admission_date', 'date', 'Date the patient was admitted'],
    ['discharge_date', 'date', 'Date of discharge'],
    ['responsible_consultant', 'string', 'Consultant or attending physician in charge'],
    ['primary_diagnosis', 'string', 'Main diagnosis'],
    ['discharge_destination', 'enum', 'Where was the patient discharged to?', DESTINATIONS],
    ['follow_up_arranged', 'boolean', 'Has a follow-up appointment been arranged?'],
  ],
  documents: [
    {
      // A UK NHS discharge summary on two pages: a shaded patient banner, the stay as a one-row table with column headings, the
      // diagnoses as "Label: value" with comorbidities and a procedure date as decoys, medicines in a multi-row table; on page 2 the
      // destination crossed before its wording and the follow-up in a sentence, the summary's author and the GP as decoy names.
      make: async (g) => {
        const c = await canvas();
        const [hospital, trust, addr] = g.p([["St Aldhelm's Hospital", 'Wessex Coast NHS Foundation Trust', 'Lansdowne Road, Weymouth DT4 9QA'], ['Royal Pennine Infirmary', 'Calder Valley Hospitals NHS Trust', 'Acre Street, Huddersfield HD3 3EA']]);
        const [specialty, consultant, diagnosis, procedure, ward] = g.p([
          ['General Surgery', 'Mr Alan Pryce', 'Acute appendicitis', 'Laparoscopic appendicectomy', 'Ward 12 (Surgical)'],
          ['Respiratory Medicine', 'Dr Fiona McLeod', 'Community-acquired pneumonia', '', 'Ward 7 (Respiratory)'],
          ['Cardiology', 'Dr Rajiv Menon', 'Non-ST elevation myocardial infarction', 'Coronary angiography and stent to LAD', 'Coronary Care Unit'],
          ['Trauma and Orthopaedics', 'Miss Helen Achebe', 'Fracture of neck of right femur', 'Right hip hemiarthroplasty', 'Ward 20 (Orthopaedic)']]);
        const name = g.p(['Grace Okonkwo', 'Peter Lindqvist', 'Margaret Doyle', 'Ahmed Siddiqui']);
        const mrn = `${g.p(['RA', 'K'])}${g.n(7)}`;
        const admitted = someDate(g);
        const stay = g.int(2, 12);
        const discharged = plusDays(admitted, stay);
        const destination = g.p(DESTINATIONS);
        const follow = g.r() < 0.5;
        const author = g.p(['Dr Sarah Lim (FY2)', 'Dr Tom Bradshaw (CT1)', 'Dr Nadia Qureshi (FY1)']);
        const gp = g.p(['Dr P. Mahmood, Harbourside Surgery', 'Dr J. Ellis, Fountain Medical Centre']);
        const bannerRows: [string, string][] = [['Name:', name], ['Date of birth:', DATES.slashed(bornIn(g, 1936, 1990))], ['NHS number:', `${g.n(3)} ${g.n(3)} ${g.n(4)}`], ['Hospital no.:', mrn]];
        const banner = (y: number) => {
          c.box(40, y, 515, 36, 0.9);
          c.box(40, y, 515, 36);
          grid(c, bannerRows.slice(0, 2), 48, 110, y + 14, 14, c.bold);
          grid(c, bannerRows.slice(2), 300, 375, y + 14, 14, c.bold);
        };
        c.right(trust, 555, 40, 11, c.bold);
        c.right(`${hospital} · ${addr} · Switchboard 01${g.n(3)} 555${g.n(3)}`, 555, 53, 7.5);
        c.text('INPATIENT DISCHARGE SUMMARY', 40, 85, 15, c.bold);
        c.text(`To: ${gp}`, 40, 100, 8.5, c.font, true);
        banner(108);
        c.text('ADMISSION DETAILS', 40, 166, 9.5, c.bold);
        let y = ruled(c, 40, 173, [85, 85, 70, 135, 140], ['Admitted', 'Discharged', 'Length of stay', 'Ward', 'Specialty'], [[DATES.slashed(admitted), DATES.slashed(discharged), `${stay} days`, ward, specialty]]);
        grid(c, [['Method of admission:', g.p(['Emergency, via Emergency Department', 'Emergency, GP referral'])], ['Responsible consultant:', consultant]], 40, 165, y + 16, 14);
        c.text('DIAGNOSES', 40, y + 56, 9.5, c.bold);
        c.rule(40, 555, y + 60);
        grid(c, [['Primary diagnosis:', diagnosis], ['Comorbidities:', g.p(['Type 2 diabetes mellitus; hypertension', 'Chronic obstructive pulmonary disease', 'Atrial fibrillation; osteoarthritis of both knees'])], ['Procedures:', procedure ? `${procedure} (${DATES.slashed(plusDays(admitted, 1))})` : 'None']], 40, 150, y + 76, 15, c.bold);
        c.text('CLINICAL SUMMARY', 40, y + 136, 9.5, c.bold);
        c.rule(40, 555, y + 140);
        y = para(c, `${name.split(' ')[0]} presented with a short history of worsening symptoms and was admitted under the ${specialty.toLowerCase()} team. Treatment was started on the day of admission and progress was steady. Inflammatory markers were falling by day ${Math.max(2, stay - 1)} and observations have been within normal limits for over 24 hours. Mobilising independently on the ward with the physiotherapists. Bloods on the day of discharge were satisfactory.`, 40, y + 156, 515, 9, 12.5);
        c.text('MEDICATIONS ON DISCHARGE', 40, y + 14, 9.5, c.bold);
        const [antibiotic, abDose, abTimes] = g.p([['Co-amoxiclav', '625 mg', 'Three times a day'], ['Doxycycline', '100 mg', 'Once a day'], ['Clarithromycin', '500 mg', 'Twice a day']]);
        const [clot, clotDose, clotRoute, clotTimes] = g.p([['Enoxaparin', '40 mg', 'Subcutaneous', 'Once a day'], ['Apixaban', '2.5 mg', 'Oral', 'Twice a day']]);
        ruled(c, 40, y + 21, [160, 70, 60, 120, 105], ['Medicine', 'Dose', 'Route', 'Frequency', 'Duration'], [
          [antibiotic, abDose, 'Oral', abTimes, `${g.int(3, 7)} days`],
          ['Paracetamol', '1 g', 'Oral', 'Four times a day', 'As required'],
          [clot, clotDose, clotRoute, clotTimes, `${g.int(10, 28)} days`],
          ['Omeprazole', '20 mg', 'Oral', 'Once a day', 'Continue'],
        ], 16, 8.5);
        c.text('Continued overleaf', 555 - c.font.widthOfTextAtSize('Continued overleaf', 8), 800, 8, c.font, true);
        c.text('Page 1 of 2', 40, 800, 8, c.font, true);
        c.newPage();
        c.right(trust, 555, 40, 9, c.bold);
        c.text('INPATIENT DISCHARGE SUMMARY (continued)', 40, 62, 11, c.bold);
        banner(72);
        c.text('DISCHARGE ARRANGEMENTS', 40, 134, 9.5, c.bold);
        c.rule(40, 555, 138);
        c.text('Discharged to:', 40, 156, 9);
        const wording = ['Usual place of residence (home)', 'Nursing or residential care home', 'Transfer to another NHS hospital', 'Intermediate care / rehabilitation unit'];
        wording.forEach((w, k) => tick(c, w, DESTINATIONS[k] === destination, 130, 156 + k * 16));
        y = para(c, follow
          ? `Follow-up: an outpatient appointment has been booked in the ${specialty} clinic for ${keep(DATES.ukLong(plusDays(discharged, g.int(28, 56))))}; the letter has been given to the patient.`
          : 'Follow-up: no hospital follow-up is needed. The patient has been advised to see the GP if symptoms return.', 40, 236, 515, 9.5, 13);
        c.text('Actions for GP', 40, y + 14, 9.5, c.bold);
        para(c, `Please check renal function and full blood count in 1 to 2 weeks. Stop the antibiotic on completion of the course. Fit note issued for ${g.int(2, 4)} weeks.`, 40, y + 30, 515, 9, 12.5);
        c.text('Information given to patient: verbal and written advice; copy of this summary.', 40, y + 70, 9);
        grid(c, [['Summary completed by:', author], ['Date completed:', DATES.slashed(discharged)], ['Bleep:', g.n(4)]], 40, 160, y + 110, 14);
        c.text('Page 2 of 2', 40, 800, 8, c.font, true);
        return { c, key: { patient_name: name, hospital_number: mrn, admission_date: admitted, discharge_date: discharged, responsible_consultant: consultant, primary_diagnosis: diagnosis, discharge_destination: destination, follow_up_arranged: follow } };
      },
    },
    {
      // An Italian hospital discharge letter (lettera di dimissione): the ward and its director in the header, the patient in
      // "Label: value" rows, admission and discharge dates only in the opening sentence, the diagnosis under a heading, therapy as a
      // list, the discharge mode as options each followed by a typed bracket, the check-up in a sentence, two signatures.
      make: async (g) => {
        const c = await canvas();
        const [hospital, site, city, area] = g.p([['Azienda Ospedaliera Santa Caterina', 'Presidio Ospedaliero di Treviglio', 'Treviglio', '0363'], ['Azienda Sanitaria Locale Valle del Tanaro', 'Ospedale Civile di Alba', 'Alba', '0173']]);
        const [unit, doctor, diagnosis, director, reason, therapy] = g.p<[string, string, string, string, string, string[]]>([
          ['U.O.C. Cardiologia', 'Dott.ssa Elena Marchetti', 'Scompenso cardiaco acuto in cardiopatia ipertensiva', 'Prof. Alberto Ghezzi', 'dispnea ingravescente ed edemi declivi',
            ['Furosemide 25 mg: 1 cp al mattino', 'Bisoprololo 2,5 mg: 1 cp alle ore 8', 'Ramipril 5 mg: 1 cp alle ore 20', 'Pantoprazolo 20 mg: 1 cp a digiuno']],
          ['U.O.C. Medicina Interna', 'Dott. Paolo Ferraris', 'Polmonite lobare destra', 'Dott. Sergio Lanza', 'febbre, tosse produttiva e astenia',
            ['Amoxicillina/acido clavulanico 1 g: 1 cp ogni 8 ore per 5 giorni', 'Paracetamolo 1000 mg: 1 cp al bisogno, massimo 3 al giorno', 'Pantoprazolo 20 mg: 1 cp a digiuno']],
          ['U.O.C. Ortopedia e Traumatologia', 'Dott. Marco Venturi', 'Frattura pertrocanterica del femore sinistro', 'Prof. Giorgio Bellini', "dolore all'anca sinistra dopo caduta accidentale",
            ['Enoxaparina 4000 UI: 1 fl sottocute alle ore 20 per 30 giorni', 'Paracetamolo 1000 mg: 1 cp ogni 8 ore', 'Colecalciferolo 25.000 UI: 1 flaconcino al mese']],
          ['U.O.C. Chirurgia Generale', 'Dott.ssa Giulia Neri', 'Colecistite acuta litiasica', 'Dott. Franco Rinaldi', "dolore all'ipocondrio destro e febbre",
            ['Paracetamolo 1000 mg: 1 cp al bisogno', 'Enoxaparina 4000 UI: 1 fl sottocute alle ore 20 per 10 giorni', 'Dieta ipolipidica per 4 settimane']]]);
        const [sex, name] = g.p([['M', 'Giovanni Bianchi'], ['F', 'Anna Maria Ferri'], ['M', 'Luca Moretti'], ['F', 'Rosa Esposito']]);
        const a = sex === 'F' ? 'a' : 'o';
        const admitted = someDate(g);
        const discharged = plusDays(admitted, g.int(3, 14));
        const number = `${admitted.slice(0, 4)}/${g.n(6)}`;
        const destination = g.p(DESTINATIONS);
        const follow = g.r() < 0.5;
        c.text(hospital, 40, 48, 13, c.bold);
        c.text(site, 40, 61, 9);
        c.right(unit, 555, 48, 10, c.bold);
        c.right(`Direttore: ${director}`, 555, 61, 8.5);
        c.right(`Tel. reparto ${area} ${g.n(6)} · Fax ${area} ${g.n(6)}`, 555, 73, 8, c.font);
        c.rule(40, 555, 82);
        c.text('Al Medico di Medicina Generale', 330, 105, 9);
        c.text(g.p(['Dott. Renato Colombo', 'Dott.ssa Silvia Greco']), 330, 118, 9, c.bold);
        c.text('LETTERA DI DIMISSIONE', 40, 150, 15, c.bold);
        grid(c, [['Paziente:', name], [sex === 'F' ? 'Nata il:' : 'Nato il:', DATES.slashed(bornIn(g, 1935, 1975))], ['Codice fiscale:', `${letters(g, 6)}${g.n(2)}${letters(g, 1)}${g.n(2)}${letters(g, 1)}${g.n(3)}${letters(g, 1)}`], ['N. nosologico:', number]], 40, 135, 175, 14);
        let y = para(c, `Gentile Collega, in data ${keep(DATES.slashed(discharged))} dimettiamo ${sex === 'F' ? 'la Sig.ra' : 'il Sig.'} ${keep(name)}, ricoverat${a} presso il nostro reparto dal ${keep(DATES.slashed(admitted))} per ${reason}. Durante la degenza ${sex === 'F' ? 'la paziente' : 'il paziente'} è stat${a} sottopost${a} agli accertamenti e alle terapie riportati di seguito, con progressivo miglioramento del quadro clinico.`, 40, 248, 515, 9.5, 13.5);
        c.text('Diagnosi principale alla dimissione', 40, y + 14, 10, c.bold);
        c.text(diagnosis, 40, y + 30, 10);
        c.text('Diagnosi secondarie', 40, y + 52, 10, c.bold);
        c.text(g.p(['Diabete mellito di tipo 2; insufficienza renale cronica (stadio 3a)', 'Ipertensione arteriosa; dislipidemia', 'Fibrillazione atriale permanente in terapia anticoagulante']), 40, y + 68, 10);
        c.text('Terapia consigliata', 40, y + 92, 10, c.bold);
        therapy.forEach((t, k) => c.text(`•  ${t}`, 48, y + 108 + k * 13, 9.5));
        y += 170;
        c.text('Modalità di dimissione', 40, y, 10, c.bold);
        const wording = ['Dimissione ordinaria al domicilio', 'Trasferimento in RSA (residenza sanitaria assistenziale)', 'Trasferimento ad altro istituto per acuti', 'Trasferimento in struttura di riabilitazione'];
        wording.forEach((w, k) => c.text(`${w}  [${DESTINATIONS[k] === destination ? 'X' : ' '}]`, 48, y + 16 + k * 14, 9.5));
        y = para(c, follow
          ? `Controlli: è stata prenotata una visita di controllo presso il nostro ambulatorio per il giorno ${keep(DATES.slashed(plusDays(discharged, g.int(20, 45))))} alle ore ${g.int(8, 12)}:${g.p(['00', '30'])}; ${sex === 'F' ? 'la paziente' : 'il paziente'} porterà con sé la presente lettera.`
          : `Controlli: non sono previsti controlli presso il nostro ambulatorio; si affida ${sex === 'F' ? 'la paziente' : 'il paziente'} al Medico curante per il monitoraggio clinico ed ematochimico.`, 40, y + 84, 515, 9.5, 13.5);
        c.text(`${city}, ${DATES.itLong(discharged)}`, 40, y + 20, 9.5);
        underLine(c, 'Il Medico referente', doctor, 40, y + 70, 200);
        underLine(c, 'Il Direttore della U.O.C.', director, 330, y + 70, 200);
        c.text(`${hospital} · ${site} · P. IVA ${g.n(11)}`, 40, 805, 7, c.font, true);
        return { c, key: { patient_name: name, hospital_number: number, admission_date: admitted, discharge_date: discharged, responsible_consultant: doctor, primary_diagnosis: diagnosis, discharge_destination: destination, follow_up_arranged: follow } };
      },
    },
    {
      // An Australian discharge summary (scanned): boxed cells with the label above, "separation" for discharge, the diagnoses in a
      // multi-row table with codes (the principal row is the answer), the destination as "Label: value" in Australian wording,
      // the follow-up in a sentence; the Medicare number and the registrar are decoys.
      image: 0.5,
      make: async (g) => {
        const c = await canvas([595, 530]);
        const [hospital, district] = g.p([['Southbank District Hospital', 'Riverlands Local Health District'], ['Kingfisher Coast Hospital', 'Coastal Plains Local Health District']]);
        const consultant = g.p(['Dr Priya Natarajan', 'Dr Hamish Gillespie', 'A/Prof Leanne Cho']);
        const [diagnosis, code] = g.p([['Cellulitis of left lower limb', 'L03.11'], ['Exacerbation of chronic obstructive pulmonary disease', 'J44.1'], ['Fracture of distal radius, right', 'S52.50'], ['Urinary tract infection, site not specified', 'N39.0']]);
        const name = g.p(['Colin Fairweather', 'Mei Ling Tan', 'Bronwyn McKenzie', 'Stavros Papadakis']);
        const mrn = `${g.n(8)}`;
        const admitted = someDate(g);
        const discharged = plusDays(admitted, g.int(1, 9));
        const destination = g.p(DESTINATIONS);
        const follow = g.r() < 0.5;
        const wording: Record<string, string> = { Home: 'Usual residence', 'Care home': 'Residential aged care facility', 'Another hospital': 'Transferred to another acute hospital', 'Rehabilitation unit': 'Inpatient rehabilitation unit' };
        c.text(hospital, 40, 45, 15, c.bold);
        c.text(`${district} · NSW Health`, 40, 59, 8.5, c.font, true);
        c.text('DISCHARGE SUMMARY', 40, 88, 13, c.bold);
        c.right(`Printed ${DATES.slashed(discharged)}`, 555, 88, 8);
        cell(c, 'PATIENT', name, 40, 100, 220);
        cell(c, 'MRN', mrn, 265, 100, 110);
        cell(c, 'MEDICARE NO.', `${g.n(4)} ${g.n(5)} ${g.int(1, 5)}`, 380, 100, 175);
        cell(c, 'DATE OF ADMISSION', DATES.slashed(admitted), 40, 135, 130);
        cell(c, 'DATE OF SEPARATION', DATES.slashed(discharged), 175, 135, 130);
        cell(c, 'TREATING CONSULTANT (AMO)', consultant, 310, 135, 245);
        c.text('DIAGNOSES', 40, 190, 9.5, c.bold);
        let y = ruled(c, 40, 197, [90, 335, 90], ['Type', 'Diagnosis', 'ICD-10-AM'], [
          ['Principal', diagnosis, code],
          ['Additional', ...g.p([['Type 2 diabetes mellitus', 'E11.9'], ['Hypertension', 'I10']])],
          ['Additional', ...g.p([['Chronic kidney disease, stage 3', 'N18.3'], ['Atrial fibrillation', 'I48.9']])],
        ], 17, 9);
        c.text('Discharge destination:', 40, y + 22, 9.5, c.bold);
        c.text(wording[destination], 160, y + 22, 9.5);
        y = para(c, follow
          ? `Follow-up: outpatient clinic appointment booked for ${keep(DATES.slashed(plusDays(discharged, g.int(10, 30))))} at ${g.int(9, 15)}:${g.p(['00', '30'])}. Appointment letter posted to the patient.`
          : 'Follow-up: no hospital follow-up required. Patient to see their GP as needed.', 40, y + 42, 515, 9.5, 13);
        c.text('Medications changed', 40, y + 16, 9.5, c.bold);
        ['NEW  Cephalexin 500 mg orally four times a day for 5 days', `CEASED  Ibuprofen 400 mg (acute kidney injury risk)`, 'CHANGED  Metformin 1 g twice daily (was 500 mg)'].forEach((t, k) => c.text(t, 40, y + 32 + k * 13, 9));
        c.text('Summary written by', 40, y + 90, 8, c.font, true);
        c.text(`${g.p(['Dr Josh Whitfield', 'Dr Anika Rao'])}, Medical Registrar`, 40, y + 103, 9.5);
        c.text(`GP: ${g.p(['Dr Karen Ho, Bridge Street Medical', 'Dr Luke Barnes, Harbour View Family Practice'])}`, 300, y + 103, 9.5);
        return { c, key: { patient_name: name, hospital_number: mrn, admission_date: admitted, discharge_date: discharged, responsible_consultant: consultant, primary_diagnosis: diagnosis, discharge_destination: destination, follow_up_arranged: follow } };
      },
    },
  ],
};

// ---- 6. Parking permits ------------------------------------------------------------------------------------

const parking: Kind = {
  name: 'parking-permit',
  fields: [
    ['permit_number', 'string', 'Permit number'],
    ['holder_name', 'string', 'Name of the permit holder'],
    ['vehicle_registration', 'string', 'Registration of the vehicle on the permit'],
    ['zone', 'string', 'Which parking zone is the permit for?'],
    ['permit_type', 'enum', 'Type of permit', ['Resident', 'Business', 'Visitor']],
    ['expiry_date', 'date', 'Until when is the permit valid?'],
    ['fee', 'number', 'Price paid for the permit'],
  ],
  documents: [
    {
      // A UK council letter with the permit printed below a cut line: address block and references, the validity and charge only in
      // sentences, the emissions bands as a decoy table of prices; the permit card with the zone large under a caption, "VRM" for
      // the plate and the expiry date.
      make: async (g) => {
        const c = await canvas();
        const [council, office] = g.p([['Ashcombe Borough Council', 'Parking Services, Civic Centre, Ashcombe AC1 2PS'], ['Harrowfield District Council', 'Parking Team, Town Hall, Market Square, Harrowfield HF3 1AA']]);
        const [title, name, surname] = g.p([['Ms', 'Priya Patel', 'Patel'], ['Mr', 'Oliver Grant', 'Grant'], ['Mrs', 'Helen Carstairs', 'Carstairs'], ['Mr', 'Tomasz Nowak', 'Nowak']]);
        const type = g.p(['Resident', 'Business']);
        const zone = g.p(['K', 'D', 'F2', 'CA', 'H']);
        const reg = `${letters(g, 2)}${g.p(['17', '19', '20', '68', '70', '71'])} ${letters(g, 3)}`;
        const number = `${type === 'Resident' ? 'RP' : 'BP'}${g.n(6)}`;
        const start = firstOf(someDate(g));
        const end = yearEnd(start);
        const bands: [string, string, number][] = [['A–B', 'up to 110 g/km', 45], ['C–D', '111 to 150 g/km', 95], ['E–F', '151 to 185 g/km', 140], ['G', 'over 185 g/km', 190]];
        const band0 = g.p(bands);
        const fee = type === 'Resident' ? band0[2] : 475;
        const co2 = band0[1].includes('up') ? g.int(92, 110) : band0[1].includes('over') ? g.int(186, 230) : g.int(Number(band0[1].split(' ')[0]), Number(band0[1].split(' ')[2]));
        c.right(council, 555, 45, 13, c.bold);
        c.right(office, 555, 58, 8);
        c.right(`parking@${council.split(' ')[0].toLowerCase()}.gov.uk · 01${g.n(3)} 555 ${g.n(3)}`, 555, 69, 8);
        [`${title} ${name}`, `${g.int(2, 140)} ${g.p(['Albion Street', 'Cromwell Terrace', 'Orchard Rise'])}`, council.split(' ')[0], `${g.p(['AC', 'HF'])}${g.int(1, 9)} ${g.int(1, 9)}${letters(g, 2)}`].forEach((t, k) => c.text(t, 50, 120 + k * 13, 10));
        grid(c, [['Our ref:', `PP/${g.n(7)}`], ['Date:', DATES.ukLong(plusDays(start, -g.int(5, 14)))]], 360, 410, 120, 13);
        c.text(`Dear ${title} ${surname}`, 50, 200, 10);
        c.text(`Your ${type.toLowerCase()} parking permit`, 50, 222, 12, c.bold);
        let y = para(c, type === 'Resident'
          ? `Thank you for your application. Your vehicle is in emissions band ${band0[0]} (${co2} g/km), so the charge for a twelve-month resident permit is ${keep(MONEY.gbp(fee))}, which we have received.`
          : `Thank you for your application. The charge for a twelve-month business permit is ${keep(MONEY.gbp(fee))} whatever the vehicle's emissions, and we have received your payment.`, 50, 242, 495, 10, 14);
        y = para(c, `Your permit is valid from ${keep(DATES.ukLong(start))} until ${keep(DATES.ukLong(end))}. Display it clearly on the inside of the windscreen, on the passenger side, whenever the vehicle is parked in the zone during controlled hours (Monday to Saturday, 8am to 6.30pm).`, 50, y + 8, 495, 10, 14);
        c.text('Resident permit charges for twelve months', 50, y + 18, 9, c.bold);
        y = table(c, y + 34, [[50, 'Band', false], [110, 'CO2 emissions', false], [300, 'Charge', true]], bands.map(([b, e, p]) => [b, e, MONEY.gbp(p)]), 13);
        c.text('A second permit at the same address costs an extra £50.00. Visitor vouchers are £2.40 for a day.', 50, y, 8, c.font, true);
        c.text('Yours sincerely', 50, y + 30, 10);
        c.text(g.p(['Janet Oduya', 'Martin Sheldrake']), 50, y + 58, 10);
        c.text('Parking Services Manager', 50, y + 71, 9);
        cutLine(c, 30, 565, 600);
        c.text('Cut along the dotted line', 470, 596, 6.5, c.font, true);
        c.box(120, 620, 355, 180);
        c.box(120, 620, 355, 30, 0.22);
        c.page.drawText(`${council.toUpperCase()} · ${type.toUpperCase()} PERMIT`, { x: 128, y: c.height - 640, size: 10, font: c.bold, color: rgb(1, 1, 1) });
        c.text('ZONE', 135, 668, 8, c.font, true);
        c.text(zone, 135, 712, 40, c.bold);
        grid(c, [['Permit no.', number], ['VRM', reg], ['Expires', DATES.slashed(end)]], 255, 320, 676, 20);
        dotCode(c, number, 400, 730, 17, 3.2);
        c.text('Not valid in pay and display bays. Not transferable.', 135, 788, 7, c.font, true);
        return { c, key: { permit_number: number, holder_name: name, vehicle_registration: reg, zone, permit_type: type, expiry_date: end, fee } };
      },
    },
    {
      // A Portuguese municipal parking company's permit notice (comprovativo de emissão de dístico): the permit number boxed at the
      // top right, holder and vehicle in a bordered key/value table, the type crossed, validity as "de … a …", the fee by the
      // order of the permit in the household with the other orders' fees as decoys; process number and dates as decoys.
      make: async (g) => {
        const c = await canvas();
        const [company, city, street, phone] = g.p([['Braga Mobilidade, E.M.', 'Braga', 'Avenida da Liberdade 522, 4710-249 Braga', '253'], ['Coimbra Estaciona, E.M.', 'Coimbra', 'Rua da Sofia 95, 3000-389 Coimbra', '239'], ['Setúbal Parques, E.M.', 'Setúbal', 'Praça do Bocage 12, 2900-276 Setúbal', '265']]);
        const name = g.p(['Ana Rita Carvalho', 'João Pedro Santos', 'Mariana Lopes Ferreira', 'Rui Manuel Teixeira']);
        const type = g.p(['Resident', 'Business']);
        const reg = g.r() < 0.5 ? `${letters(g, 2)}-${g.n(2)}-${letters(g, 2)}` : `${g.n(2)}-${letters(g, 2)}-${g.n(2)}`;
        const zone = `${g.int(1, 9)}${g.p(['A', 'B', 'C'])}`;
        const number = `D-${g.n(2)}${letters(g, 1)}-${g.n(6)}`;
        const start = someDate(g);
        const end = yearEnd(start);
        const order = g.int(1, 3);
        const fees = type === 'Resident' ? [12, 30, 120] : [60, 150, 300];
        const fee = fees[order - 1];
        c.text(company, 40, 50, 14, c.bold);
        c.text(`${street} · NIPC 50${g.n(7)} · Linha de apoio ${phone} ${g.n(3)} ${g.n(3)}`, 40, 64, 8, c.font, true);
        cell(c, 'N.º DO DÍSTICO', number, 405, 80, 150, 34);
        c.text('Comprovativo de emissão de dístico', 40, 104, 15, c.bold);
        grid(c, [['N.º de processo:', `${start.slice(0, 4)}/${g.n(5)}`], ['Data do pedido:', DATES.slashed(plusDays(start, -g.int(6, 20)))]], 40, 140, 132, 13);
        c.text('Tipo de dístico', 40, 175, 10, c.bold);
        checkboxes(c, '', ['Residente', 'Comerciante', 'Visitante'], type === 'Resident' ? 'Residente' : 'Comerciante', 40, 192, 100);
        c.text('Dados do titular e do veículo', 40, 222, 10, c.bold);
        const y = kvTable(c, [
          ['Titular', name], ['NIF', g.n(9)], ['Morada', `Rua ${g.p(['de São Vicente', 'do Raio', 'Direita', 'das Flores'])}, ${g.int(2, 180)}, ${city}`],
          ['Matrícula', reg], ['Marca / modelo', g.p(['Renault Clio', 'Peugeot 208', 'Seat Ibiza', 'Fiat 500'])], ['Zona de estacionamento', `Zona ${zone}`], ['Período de validade', `de ${DATES.slashed(start)} a ${DATES.slashed(end)}`],
        ], 40, 230, 160, 355, 19, 9.5);
        c.text('Taxa', 40, y + 28, 10, c.bold);
        c.text(`Ordem do dístico no agregado: ${order}.º`, 40, y + 44, 9.5);
        const t = ruled(c, 40, y + 54, [160, 120], ['Dístico', 'Taxa anual'], fees.map((f, k) => [`${k + 1}.º dístico`, MONEY.eurSuffix(f)]), 17, 9, [1]);
        c.text(`Valor pago: ${MONEY.eurSuffix(fee)}`, 360, y + 88, 12, c.bold);
        const paid = plusDays(start, -g.int(1, 5));
        c.text(`Pago por referência Multibanco em ${DATES.slashed(paid)}.`, 360, y + 104, 8, c.font, true);
        para(c, 'O dístico deve ser colocado no para-brisas, de forma visível do exterior. Só é válido na zona nele indicada e para o veículo com a matrícula registada. A sua utilização indevida implica a anulação do dístico.', 40, t + 22, 515, 8.5, 11.5);
        c.text(`${city}, ${DATES.ptLong(plusDays(start, -g.int(1, 4)))}`, 40, t + 76, 9.5);
        underLine(c, 'O Conselho de Administração', '', 320, t + 116, 235);
        stamp(c, [company.toUpperCase(), `PAGO ${DATES.dotted(paid)}`], 340, t + 190, 11);
        return { c, key: { permit_number: number, holder_name: name, vehicle_registration: reg, zone, permit_type: type, expiry_date: end, fee } };
      },
    },
    {
      // A US city permit and receipt (scanned): headings above values in a one-row ruled table (permit, zone, plate, state,
      // expiry), the holder in a "Label: value" block, the amount paid on a receipt line; the replacement fee, the fine for parking
      // without a permit and the issue date are decoys.
      image: -0.5,
      make: async (g) => {
        const c = await canvas([612, 500]);
        const [city, dept, state] = g.p([['CITY OF BROOKFIELD', 'Department of Transportation · Parking Permits Office', 'WI'], ['CITY OF MARLOW HEIGHTS', 'Traffic, Parking & Transportation', 'MD'], ['CITY OF NEW HARBOR', 'Office of Parking Management', 'CT']]);
        const type = g.p(['Resident', 'Business']);
        const name = g.p(['Brian Kowalski', 'Latoya Simmons', 'Erin McAllister', 'Hector Villanueva']);
        const plate = `${g.int(1, 9)}${letters(g, 3)}${g.n(3)}`;
        const zone = String(g.int(2, 28));
        const number = `${g.n(6)}`;
        const issued = someDate(g);
        const end = `${issued.slice(0, 4)}-12-31`;
        const fee = type === 'Resident' ? g.p([25, 35, 40]) : g.p([150, 180]);
        c.text(city, 40, 45, 15, c.bold);
        c.text(dept, 40, 59, 9, c.font, true);
        c.text(`${type.toUpperCase()} PARKING PERMIT`, 40, 90, 13, c.bold);
        c.right(`Issued ${DATES.usSlashed(issued)}`, 572, 90, 9);
        ruled(c, 40, 104, [120, 80, 130, 60, 142], ['PERMIT NO.', 'ZONE', 'LICENSE PLATE', 'STATE', 'EXPIRES'], [[number, zone, plate, state, DATES.usSlashed(end)]], 22, 12);
        grid(c, [['Permit holder:', name], ['Address:', `${g.int(10, 990)} ${g.p(['Linden Ave', 'Howard St', 'Prospect Pl'])}, Apt ${g.int(1, 12)}`], ['Vehicle:', `${g.p(['2019', '2021', '2016'])} ${g.p(['Honda Civic', 'Subaru Outback', 'Ford Escape'])}`]], 40, 130, 172, 15);
        c.text('RECEIPT', 40, 236, 10, c.bold);
        c.rule(40, 572, 240);
        leader(c, `${type} permit, calendar year ${issued.slice(0, 4)}`, MONEY.usd(fee), 40, 400, 256);
        leader(c, 'Amount paid', MONEY.usd(fee), 40, 400, 272, 10, c.bold);
        c.text(`Paid by ${g.p(['VISA ****', 'MC ****', 'check #'])}${g.n(4)} · Transaction ${g.n(8)}`, 40, 290, 8.5, c.font, true);
        para(c, `Hang this permit from the rear-view mirror facing out. It is valid only in the zone shown, for the plate shown. Lost or stolen permits may be replaced for $10.00 with a police report. Vehicles parked in a permit zone without a valid permit are subject to a $40.00 citation.`, 40, 318, 532, 8.5, 11.5);
        c.box(40, 380, 230, 90);
        c.text(`ZONE ${zone}`, 52, 420, 28, c.bold);
        c.text(`EXP ${DATES.usSlashed(end)}`, 52, 452, 11, c.bold);
        barcode(c, number, 300, 400, 34);
        return { c, key: { permit_number: number, holder_name: name, vehicle_registration: plate, zone, permit_type: type, expiry_date: end, fee } };
      },
    },
  ],
};

// ---- The set -----------------------------------------------------------------------------------------------
const KINDS = [insurance, inspection, library, licence, discharge, parking];
await writeKinds(here, KINDS, 8263, 197);
