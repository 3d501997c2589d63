// Generates eval/forms-unmet: six more kinds of form no other set has, written without reading the offline extractor
// (nothing under src/ was opened, nor any test), to measure how it does on kinds of form nobody tuned it for. Each
// kind has a folder of its own with the schema a user would write (eval/forms-unmet/<kind>/{docs,key,schema.json}):
// dog licence renewals, boat mooring permits, birth certificates, pension statements, removal quotations and food
// hygiene inspection reports, three of each — 000 in English, 001 in Spanish, Portuguese, German, Dutch, French or
// Italian (English field names, the document printed wholly in that language), 002 in English rendered to a degraded
// image the reader OCRs. The layouts vary as real forms do: labels left with a colon, above values in boxed cells,
// captions under filled-in lines, column headings of one- and many-row tables, two-column key/value tables, boxes
// crossed before or after their option, values inside the sentences of letters and official decisions; labels in the
// words real forms use rather than the schema's, and decoys (other dates, amounts, names and numbers) beside the
// values asked for. The keys hold what a user expects back (ISO dates, plain numbers, one of the enum's options,
// true/false, strings as printed, null only where the document does not print the value).
// Run: npx tsx eval/forms-unmet/generate.ts
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rgb } from 'pdf-lib';
import { shuffle, type Rng } from '../support/random.ts';
import { cents, group, pad, plusDays, ymd, MONTHS } from '../support/formats.ts';
import { addYears, after, DATES, letters, MONEY, someDate } from '../support/form-values.ts';
import { canvas, type Canvas } from '../support/canvas.ts';
import { cell, checkboxes, grid, table, tick, underLine } from '../support/form-blocks.ts';
import { type Kind, writeKinds } from '../support/form-set.ts';
import { block, boxAfter, centre, footer, kv, letterhead, para, ruled, stamp } from '../support/form-draw.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

// ---- Values ------------------------------------------------------------------------------------------------

const NL_MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const ORDINALS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth', 'Eleventh', 'Twelfth', 'Thirteenth',
  'Fourteenth', 'Fifteenth', 'Sixteenth', 'Seventeenth', 'Eighteenth', 'Nineteenth', 'Twentieth', 'Twenty-first', 'Twenty-second', 'Twenty-third',
  'Twenty-fourth', 'Twenty-fifth', 'Twenty-sixth', 'Twenty-seventh', 'Twenty-eighth', 'Twenty-ninth', 'Thirtieth', 'Thirty-first'];
const IT_YEARS: Record<number, string> = { 2023: 'duemilaventitré', 2024: 'duemilaventiquattro', 2025: 'duemilaventicinque', 2026: 'duemilaventisei' };
/** More printed date formats than form-values has. */
const D = {
  ...DATES,
  nlLong: (iso: string) => { const [y, m, d] = ymd(iso); return `${d} ${NL_MONTHS[m - 1]} ${y}`; },
  dashed: (iso: string) => { const [y, m, d] = ymd(iso); return `${pad(d)}-${pad(m)}-${y}`; },
  usShort: (iso: string) => { const [y, m, d] = ymd(iso); return `${MONTHS.en[m - 1].slice(0, 3)} ${d}, ${y}`; },
  ukShort: (iso: string) => { const [y, m, d] = ymd(iso); return `${d} ${MONTHS.en[m - 1].slice(0, 3)} ${y}`; },
  /** As registers of births write them: "Fourteenth March 2024". */
  words: (iso: string) => { const [y, m, d] = ymd(iso); return `${ORDINALS[d - 1]} ${MONTHS.en[m - 1]} ${y}`; },
  /** "the 3rd day of May 2025". */
  nth: (iso: string) => { const [y, m, d] = ymd(iso); const s = d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'; return `${d}${s} day of ${MONTHS.en[m - 1]} ${y}`; },
};
/** More money formats: "€ 1.234,56" (Dutch, Italian), "NZ$1,234.56", "A$". */
const M = {
  ...MONEY,
  eurPrefix: (v: number) => `€ ${group(v, '.', ',')}`,
  nzd: (v: number) => `NZ$${group(v, ',', '.')}`,
  aud: (v: number) => `$${group(v, ',', '.')}`,
};
/** A day of the year `a`–`b` years before `iso`'s (a parent's or an animal's date of birth). */
const yearsBefore = (g: Rng, iso: string, a: number, b: number) => new Date(Date.UTC(ymd(iso)[0] - g.int(a, b), g.int(0, 11), g.int(1, 28))).toISOString().slice(0, 10);
/** The first day of the month after `iso`. */
const nextMonthStart = (iso: string) => { const [y, m] = ymd(iso); return m === 12 ? `${y + 1}-01-01` : `${y}-${pad(m + 1)}-01`; };
/** A date of birth of someone still working: 25 to 60 in 2025. */
const workerBirth = (g: Rng) => new Date(Date.UTC(g.int(1966, 2000), g.int(0, 11), g.int(1, 28))).toISOString().slice(0, 10);
/** `xs` in an order drawn from `g` (Fisher-Yates). */
/** An hour and minute as US forms print them: "9:05 AM". */
const usClock = (h: number, m: string) => `${((h + 11) % 12) + 1}:${m} ${h < 12 ? 'AM' : 'PM'}`;
/** A length in metres as feet and inches: "31 ft 0 in". */
const feet = (m: number) => { const inches = Math.round(m / 0.0254); return `${Math.floor(inches / 12)} ft ${inches % 12} in`; };

// ---- Layout helpers ----------------------------------------------------------------------------------------

/** A register row: ruled columns [width, heading] whose headings and cells wrap over several lines; returns the y under it. */
const register = (c: Canvas, x: number, y: number, cols: [number, string][], cells: string[][], headH: number, rowH: number, size = 8.5) => {
  // Each cell's lines wrap to its column, as a registrar's hand fills the narrow columns of the register.
  let cx = x;
  cols.forEach(([w, head], k) => {
    c.box(cx, y, w, headH, 0.92);
    c.box(cx, y, w, headH);
    c.box(cx, y + headH, w, rowH);
    para(c, head, cx + 3, y + 9, w - 6, 6.5, 8);
    let ty = y + headH + 14;
    for (const t of cells[k]) ty = para(c, t, cx + 4, ty, w - 8, size, size + 3.5);
    cx += w;
  });
  return y + headH + rowH;
};
/** A frame round the whole page, as certificates and licences have. */
const frame = (c: Canvas, inset: number, width = 1.2) => {
  const w = c.page.getWidth();
  c.page.drawRectangle({ x: inset, y: inset, width: w - 2 * inset, height: c.height - 2 * inset, borderWidth: width, borderColor: rgb(0.3, 0.3, 0.3) });
};

// ---- Kinds -------------------------------------------------------------------------------------------------

/** 1. Dog licence renewals. */
const SEXES = ['Male', 'Female'];
const dogLicence: Kind = {
  name: 'dog-licence-renewal',
  fields: [
    ['licence_number', 'string', 'Dog licence number'],
    ['owner_name', 'string', 'Name of the dog owner (licence holder)'],
    ['dog_name', 'string', "Dog's name"],
    ['breed', 'string', 'Breed of the dog'],
    ['sex', 'enum', 'Sex of the dog', SEXES],
    ['microchip_number', 'string', 'Microchip number'],
    ['neutered', 'boolean', 'Is the dog spayed or neutered?'],
    ['expiry_date', 'date', 'Date the renewed licence expires'],
    ['fee_paid', 'number', 'Licence fee paid'],
  ],
  documents: [
    {
      // A US county's renewal receipt: "Label: value" rows in two columns with the tag number and the old expiration as
      // decoys, the dog in a one-row table with abbreviated headings (S/N, M/F), the term as boxes crossed before their
      // option, the county's whole fee schedule as a table of decoy amounts, the new expiration in a boxed cell.
      make: async (g) => {
        const c = await canvas([612, 792]);
        const owner = g.p(['Karen Whitfield', 'Marcus Delgado', 'Jennifer Okafor', 'Douglas Reinholt']);
        const [dog, breed, colour, sex] = g.p([['Biscuit', 'Labrador Retriever Mix', 'Yellow', 'Female'], ['Duke', 'German Shepherd', 'Black/Tan', 'Male'], ['Pepper', 'Miniature Schnauzer', 'Salt & Pepper', 'Female'], ['Tucker', 'Boxer', 'Fawn/White', 'Male']]);
        const neutered = g.r() < 0.6;
        const chip = `985${g.n(12)}`;
        const num = `DL-${g.n(6)}`;
        const term = g.p([1, 3]);
        const paid = someDate(g);
        const oldExpiry = after(g, paid, 3, 25);
        const expiry = addYears(oldExpiry, term);
        const schedule: Record<number, [number, number]> = { 1: [15, 40], 3: [40, 110] };
        const fee = schedule[term][neutered ? 0 : 1];
        const rabies = plusDays(paid, -g.int(40, 300));
        c.text('PINE HOLLOW COUNTY', 40, 48, 16, c.bold);
        c.text('Department of Animal Services · 4100 Industrial Blvd, Cedar Falls, OR 97321 · (541) 555-0147', 40, 62, 8, c.font, true);
        c.rule(40, 572, 70);
        c.text('DOG LICENSE RENEWAL - RECEIPT', 40, 96, 13, c.bold);
        c.right(`Receipt # R${g.n(7)}`, 572, 96, 9);
        grid(c, [['Owner:', owner], ['Address:', `${g.int(120, 9800)} ${g.p(['NW Walnut Blvd', 'SE Lincoln St', 'Oak Creek Dr'])}`], ['City/ZIP:', 'Cedar Falls, OR 97321'], ['Phone:', `(541) 555-${g.n(4)}`]], 40, 105, 122, 15, c.bold);
        grid(c, [['License No.:', num], ['Tag No.:', g.n(5)], ['Account:', `A-${g.n(5)}`], ['Prev. expiration:', D.usSlashed(oldExpiry)]], 340, 440, 122, 15, c.bold);
        c.text('ANIMAL', 40, 200, 9, c.bold);
        let y = ruled(c, 40, 206, [[80, "Dog's name"], [150, 'Breed'], [85, 'Color'], [40, 'M/F'], [45, 'S/N'], [132, 'Microchip #']],
          [[dog, breed, colour, sex === 'Male' ? 'M' : 'F', neutered ? 'Y' : 'N', chip]], 20, 9);
        c.text(`Rabies vaccination: certificate ${g.n(6)}, given ${D.usSlashed(rabies)}, expires ${D.usSlashed(addYears(rabies, 3))} (Dr. ${g.p(['A. Nguyen', 'S. Patel', 'L. Carver'])}, Riverbend Veterinary Clinic).`, 40, y + 14, 8, c.font, true);
        checkboxes(c, 'License term:', ['1 year', '3 years'], term === 1 ? '1 year' : '3 years', 40, y + 42, 80);
        c.text('FEE SCHEDULE', 40, y + 72, 9, c.bold);
        y = table(c, y + 88, [[40, 'Term', false], [330, 'Spayed/Neutered', true], [450, 'Unaltered', true]], [
          ['1-year license', M.usd(15), M.usd(40)],
          ['3-year license (rabies valid for full term)', M.usd(40), M.usd(110)],
          ['Late fee (renewed after expiration)', M.usd(10), M.usd(10)],
          ['Replacement tag', M.usd(5), M.usd(5)],
        ], 15);
        y = grid(c, [['Amount paid:', M.usd(fee)], ['Payment:', `Check #${g.int(1001, 4999)}`], ['Date paid:', D.usSlashed(paid)], ['Clerk:', g.p(['TMB', 'JRS', 'KLW'])]], 40, 140, y + 14, 15, c.bold);
        c.box(340, y - 62, 232, 50, 0.94);
        c.box(340, y - 62, 232, 50);
        c.text('LICENSE VALID THROUGH', 348, y - 48, 7.5, c.bold);
        c.text(D.usLong(expiry), 348, y - 26, 15, c.bold);
        para(c, 'Your dog must wear its license tag at all times when off your property. Licenses are not transferable. Report a change of address or ownership within 30 days. A dog license renewal notice is mailed 30 days before the license expires.', 40, y + 20, 532, 8, 11);
        footer(c, 'Pine Hollow County Code 6.04.030 · Keep this receipt for your records.', 760, 40);
        return { c, key: { licence_number: num, owner_name: owner, dog_name: dog, breed, sex, microchip_number: chip, neutered, expiry_date: expiry, fee_paid: fee } };
      },
    },
    {
      // A Spanish town hall's decision renewing a licence to keep a dangerous-breed dog (resolución de renovación): the
      // owner, the licence number, its new end and the fee only in the sentences of the recitals and the operative part,
      // the application, the first issue and the insurance cover as decoys, the dog in boxed cells, the neutering as
      // boxes after Sí / No.
      make: async (g) => {
        const c = await canvas();
        const [owner, female] = g.p<[string, boolean]>([['María José Sánchez Ruiz', true], ['Antonio Jiménez Herrero', false], ['Laura Martín Cabrera', true], ['Francisco Javier Ortega Gil', false]]);
        const [dog, breed, sexEs] = g.p([['Thor', 'American Staffordshire Terrier', 'Macho'], ['Luna', 'Rottweiler', 'Hembra'], ['Kira', 'Dogo Argentino', 'Hembra'], ['Rocky', 'Pit Bull Terrier', 'Macho']]);
        const sex = sexEs === 'Macho' ? 'Male' : 'Female';
        const neutered = g.r() < 0.5;
        const chip = `724${g.n(12)}`;
        const applied = someDate(g);
        const resolved = after(g, applied, 12, 40);
        const expiry = addYears(resolved, 5);
        const first = addYears(plusDays(resolved, -g.int(10, 60)), -5);
        const num = `PPP-${first.slice(0, 4)}/${g.n(4)}`;
        const fee = g.p([29.85, 35.2, 42.6]);
        const es = (v: number) => `${group(v, '.', ',')} €`;
        const don = female ? 'D.ª' : 'D.';
        letterhead(c, 'AYUNTAMIENTO DE GETAFE', ['Concejalía de Salud, Consumo y Bienestar Animal · Plaza de la Constitución, 1 · 28901 Getafe (Madrid) · Tel. 91 555 70 00'], 50, 55, 15, 545);
        c.text(`Expediente: ${first.slice(0, 4)}/SAL/${g.n(5)}`, 50, 100, 8.5, c.font, true);
        c.right(`Registro de salida n.º ${g.n(6)}`, 545, 100, 8.5);
        centre(c, 'RESOLUCIÓN DE RENOVACIÓN DE LICENCIA ADMINISTRATIVA', 128, 12, c.bold);
        centre(c, 'PARA LA TENENCIA DE ANIMALES POTENCIALMENTE PELIGROSOS', 143, 12, c.bold);
        c.text('ANTECEDENTES', 50, 172, 9.5, c.bold);
        let y = para(c, `Con fecha ${D.esLong(applied)}, ${don} ${owner}, con DNI ${g.n(8)}${letters(g, 1)} y domicilio en calle ${g.p(['Madrid', 'Toledo', 'Leganés', 'Ramón y Cajal'])}, ${g.int(2, 90)}, de esta localidad, solicita la renovación de la licencia administrativa para la tenencia de animales potencialmente peligrosos n.º ${num}, expedida por este Ayuntamiento el ${D.esLong(first)}, aportando certificado de capacidad física y aptitud psicológica, certificado de antecedentes penales y póliza de seguro de responsabilidad civil n.º ${g.n(9)}, con una cobertura de 120.000 €.`, 50, 190, 495, 9.5, 13.5);
        c.text('DATOS DEL ANIMAL', 50, y + 12, 9.5, c.bold);
        cell(c, 'NOMBRE', dog, 50, y + 20, 110);
        cell(c, 'RAZA', breed, 160, y + 20, 190);
        cell(c, 'SEXO', sexEs, 350, y + 20, 70);
        cell(c, 'FECHA DE NACIMIENTO', D.slashed(yearsBefore(g, applied, 2, 8)), 420, y + 20, 125);
        cell(c, 'N.º DE IDENTIFICACIÓN (MICROCHIP)', chip, 50, y + 50, 190);
        cell(c, 'N.º REGISTRO MUNICIPAL', `RMAPP-${g.n(4)}`, 240, y + 50, 130);
        c.box(370, y + 50, 175, 30);
        c.text('ESTERILIZADO', 373, y + 58, 6.5, c.font, true);
        boxAfter(c, ['Sí', 'No'], neutered ? 'Sí' : 'No', 378, y + 73, 50, 9.5);
        y = para(c, 'Visto el informe favorable del Servicio de Salud Pública y de conformidad con la Ley 50/1999, de 23 de diciembre, sobre el Régimen Jurídico de la Tenencia de Animales Potencialmente Peligrosos, y el Real Decreto 287/2002, en uso de las atribuciones que me han sido delegadas,', 50, y + 102, 495, 9.5, 13.5);
        c.text('RESUELVO', 50, y + 10, 9.5, c.bold);
        y = para(c, `PRIMERO.- Renovar a ${don} ${owner} la licencia administrativa n.º ${num} para la tenencia del animal arriba identificado, por un nuevo periodo de cinco años, con validez hasta el ${D.esLong(expiry)}. La licencia perderá su vigencia en el momento en que su titular deje de cumplir cualquiera de los requisitos exigidos.`, 50, y + 28, 495, 9.5, 13.5);
        y = para(c, `SEGUNDO.- Consta abonada la tasa por renovación de la licencia, por importe de ${es(fee)}, mediante autoliquidación n.º ${g.n(12)}.`, 50, y + 4, 495, 9.5, 13.5);
        y = para(c, 'TERCERO.- Anotar la renovación en el Registro Municipal de Animales Potencialmente Peligrosos y notificar la presente resolución a la persona interesada, con indicación de los recursos que procedan.', 50, y + 4, 495, 9.5, 13.5);
        c.text(`Getafe, ${D.esLong(resolved)}`, 50, y + 16, 9.5);
        c.text('LA CONCEJALA DELEGADA DE SALUD', 320, y + 46, 8.5, c.bold);
        c.text(g.p(['Fdo.: Elena Robles Marín', 'Fdo.: Carmen Villalba Ríos']), 320, y + 86, 9.5);
        footer(c, 'Contra esta resolución, que pone fin a la vía administrativa, podrá interponerse recurso potestativo de reposición en el plazo de un mes.', c.height - 30, 50);
        return { c, key: { licence_number: num, owner_name: owner, dog_name: dog, breed, sex, microchip_number: chip, neutered, expiry_date: expiry, fee_paid: fee } };
      },
    },
    {
      // An Irish county council's annual dog licence (scanned): each value on a filled-in line with its caption under it,
      // the licence type as boxes after Annual / Lifetime, the licence being renewed and the dog warden's phone as
      // decoys; neutering is not asked, so the key holds null for it.
      image: 0.45,
      make: async (g) => {
        const c = await canvas([595, 470]);
        const owner = g.p(['Siobhan Gallagher', 'Declan Murphy', 'Aoife Kavanagh', 'Brendan Nolan']);
        const [dog, breed, colour, sex] = g.p([['Bailey', 'Border Collie', 'Black and white', 'Male'], ['Molly', 'Cocker Spaniel', 'Golden', 'Female'], ['Rex', 'Jack Russell Terrier', 'White and tan', 'Male'], ['Daisy', 'Springer Spaniel', 'Liver and white', 'Female']]);
        const chip = `372${g.n(12)}`;
        const num = `L${g.n(7)}`;
        const issued = someDate(g);
        const expiry = plusDays(addYears(issued, 1), -1);
        frame(c, 14);
        c.text('KILBRENNAN COUNTY COUNCIL', 36, 48, 14, c.bold);
        c.text('Veterinary & Dog Control Section · County Buildings, Kilbrennan · Dog Warden 0906 555 214', 36, 61, 7.5, c.font, true);
        c.text('DOG LICENCE', 36, 90, 16, c.bold);
        c.text('Control of Dogs Acts 1986 to 2014', 36, 102, 8, c.font, true);
        c.box(400, 74, 160, 36);
        c.text('Licence No.', 406, 85, 7, c.font, true);
        c.text(num, 406, 103, 13, c.bold);
        underLine(c, 'Name of licence holder', owner, 36, 140, 300);
        underLine(c, 'Address', `${g.int(2, 60)} ${g.p(['Church Street', 'Abbey Road', 'Ashgrove Park'])}, Kilbrennan`, 350, 140, 210);
        underLine(c, 'Breed', breed, 36, 180, 170);
        underLine(c, 'Colour', colour, 220, 180, 130);
        underLine(c, 'Sex', sex, 364, 180, 70);
        underLine(c, 'Name of dog', dog, 448, 180, 112);
        underLine(c, 'Microchip number', chip, 36, 220, 200);
        underLine(c, 'Renewal of licence no.', `L${g.n(7)}`, 250, 220, 130);
        underLine(c, 'Fee paid', '€20.00', 394, 220, 166);
        c.text('Licence type:', 36, 258, 9.5, c.bold);
        boxAfter(c, ['Annual', 'Lifetime (life of the dog)'], 'Annual', 120, 258, 90, 9.5);
        underLine(c, 'Date of issue', D.slashed(issued), 36, 300, 160);
        underLine(c, 'Date of expiry', D.slashed(expiry), 220, 300, 160);
        underLine(c, 'Issued by', g.p(['A. Fitzgerald', 'M. Doyle']), 404, 300, 156);
        para(c, 'This licence is valid for twelve months from the date of issue and is not transferable. The dog must wear a collar showing the name and address of its owner. It is an offence to keep a dog without a current licence (on-the-spot fine €100).', 36, 345, 523, 8, 11);
        c.text('Retain this licence. Produce it on request to a dog warden or a member of An Garda Síochána.', 36, 420, 7.5, c.font, true);
        return { c, key: { licence_number: num, owner_name: owner, dog_name: dog, breed, sex, microchip_number: chip, neutered: null, expiry_date: expiry, fee_paid: 20 } };
      },
    },
  ],
};

/** 2. Boat mooring permits. */
const MOORINGS = ['Swing mooring', 'Pontoon berth', 'Pile mooring', 'Dry stack'];
const mooring: Kind = {
  name: 'boat-mooring-permit',
  fields: [
    ['permit_number', 'string', 'Mooring permit or licence number'],
    ['holder_name', 'string', 'Name of the permit holder (boat owner)'],
    ['vessel_name', 'string', 'Name of the boat'],
    ['mooring_number', 'string', 'Mooring, berth or buoy number'],
    ['mooring_type', 'enum', 'Type of mooring', MOORINGS],
    ['length_overall_m', 'number', 'Length overall of the boat in metres'],
    ['valid_until', 'date', 'Date the permit expires'],
    ['fee_total', 'number', 'Total fee charged for the permit'],
    ['liveaboard', 'boolean', 'Is the holder allowed to live aboard?'],
  ],
  documents: [
    {
      // A UK harbour authority's annual mooring licence: two-column tables of shaded labels for the licence and the
      // vessel (beam, draught and the length in feet as decoys), the period as a range, a ruled table of charges with
      // harbour dues and VAT, living aboard ruled out only in a numbered condition.
      make: async (g) => {
        const c = await canvas();
        const holder = g.p(['Richard Pengelly', 'Alison Trevaskis', 'Martin Haines', 'Fiona Carthew']);
        const [vessel, type, loa, beam, draught] = g.p<[string, string, number, number, number]>([
          ['Sea Swallow', 'Sailing yacht (Westerly Centaur)', 7.92, 2.59, 0.91], ['Kittiwake II', 'Motor cruiser (Fairline Targa 34)', 10.6, 3.4, 0.95],
          ['Morwenna', 'Gaff cutter', 9.14, 2.9, 1.5], ['Blue Heron', 'Sailing yacht (Beneteau Oceanis 31)', 9.45, 3.25, 1.9]]);
        const [mtype, printed, rate] = g.p<[string, string, number]>([['Swing mooring', 'Swing mooring (single buoy, 1.5 t sinker)', 64.5], ['Pile mooring', 'Fore-and-aft pile mooring', 79]]);
        const moorNo = `${g.p(['A', 'B', 'C', 'K'])}${g.int(1, 60)}`;
        const year = g.int(2024, 2026);
        const until = `${year + 1}-03-31`;
        const issued = `${year}-03-${pad(g.int(2, 27))}`;
        const num = `DHA/ML/${String(year).slice(2)}/${g.n(4)}`;
        const licence = cents(loa * rate);
        const dues = cents(loa * 21.4);
        const vat = cents((licence + dues) * 0.2);
        const total = cents(licence + dues + vat);
        letterhead(c, 'Dartmere Harbour Authority', ['Harbour Office, The Quay, Dartmere, Devon TQ6 9PS · Tel. 01803 555 240 · VHF Ch 11 · moorings@dartmereharbour.gov.uk'], 50, 55, 16, 545);
        c.text('ANNUAL MOORING LICENCE', 50, 108, 14, c.bold);
        c.right(`Issued ${D.ukLong(issued)}`, 545, 108, 9);
        c.text('Licence', 50, 132, 9.5, c.bold);
        let y = kv(c, [
          ['Licence no.', num],
          ['Licensee', holder],
          ['Mooring no.', moorNo],
          ['Type of mooring', printed],
          ['Licence period', `1 April ${year} to 31 March ${year + 1}`],
          ['Customer account', `ACC${g.n(5)}`],
        ], 50, 140, 150, 345, 19);
        c.text('Vessel particulars', 50, y + 22, 9.5, c.bold);
        y = kv(c, [
          ['Name of vessel', vessel],
          ['Type', type],
          ['Length overall (LOA)', `${loa.toFixed(2)} m (${feet(loa)})`],
          ['Beam / draught', `${beam.toFixed(2)} m / ${draught.toFixed(2)} m`],
          ['Sail or registration no.', `${g.p(['GBR', 'SSR'])} ${g.n(5)}`],
        ], 50, y + 30, 150, 345, 19);
        c.text('Charges', 50, y + 22, 9.5, c.bold);
        y = ruled(c, 50, y + 30, [[275, 'Item'], [80, 'Rate'], [60, 'Metres'], [80, 'Amount £']], [
          [`Mooring licence fee ${year}/${String(year + 1).slice(2)}`, `£${rate.toFixed(2)}/m`, loa.toFixed(2), M.plain(licence)],
          ['Harbour dues (annual)', '£21.40/m', loa.toFixed(2), M.plain(dues)],
          ['VAT at 20%', '', '', M.plain(vat)],
          ['Total payable', '', '', M.plain(total)],
        ], 18, 9, [1, 2, 3]);
        c.text('Conditions of licence', 50, y + 24, 9.5, c.bold);
        y = para(c, '1. The licence is personal to the licensee and to the vessel named above and may not be sublet or transferred. 2. The mooring tackle is inspected by the Authority every two years; the licensee must report any damage at once. 3. A change of vessel requires the written consent of the Harbour Master.', 50, y + 40, 495, 8.5, 12);
        y = para(c, '4. The vessel shall not be used as a residence: living aboard the vessel on the mooring is not permitted under this licence. 5. Third-party insurance of at least £3,000,000 must be held throughout the licence period.', 50, y + 2, 495, 8.5, 12);
        underLine(c, 'Harbour Master', g.p(['Capt. J. Tremayne', 'Capt. S. Rowe']), 50, y + 45, 200);
        stamp(c, 'PAID', 430, y + 35, 16, -6);
        footer(c, 'Dartmere Harbour Authority is a Trust Port constituted under the Dartmere Harbour Revision Order 1991. VAT reg. GB 431 8890 15.', c.height - 30, 50);
        return { c, key: { permit_number: num, holder_name: holder, vessel_name: vessel, mooring_number: moorNo, mooring_type: mtype, length_overall_m: loa, valid_until: until, fee_total: total, liveaboard: false } };
      },
    },
    {
      // A Portuguese marina's annual berth contract (contrato de amarração): "Etiqueta: valor" rows, the berth type as a
      // row of boxes after their options, beam and draught beside the length, the signing date as a decoy, the total
      // with 23% VAT in a ruled table, living aboard as boxes after Sim / Não.
      make: async (g) => {
        const c = await canvas();
        const holder = g.p(['Joaquim Manuel Ferreira', 'Ana Rita Sousa Lopes', 'Hans-Peter Vogel', 'Rui Miguel Antunes']);
        const [vessel, type, loa, beam, draught] = g.p<[string, string, number, number, number]>([
          ['Maré Alta', 'Veleiro (Jeanneau Sun Odyssey 36i)', 10.94, 3.48, 1.9], ['Gaivota', 'Lancha a motor (Quicksilver 805)', 7.95, 2.55, 0.6],
          ['Estrela do Mar', 'Veleiro (Bavaria 40 Cruiser)', 12.35, 3.96, 1.95], ['Boa Onda', 'Catamarã (Lagoon 380)', 11.55, 6.53, 1.15]]);
        const [mtype, printed] = g.p([['Pontoon berth', 'Pontão'], ['Swing mooring', 'Bóia']]);
        const berth = mtype === 'Pontoon berth' ? `${g.p(['B', 'C', 'D'])}-${g.int(1, 48)}` : `F${g.int(1, 30)}`;
        const year = g.int(2024, 2026);
        const signed = `${year - 1}-12-${pad(g.int(2, 20))}`;
        const num = `MVN-${year}/${g.n(4)}`;
        const live = g.r() < 0.5;
        const fare = mtype === 'Pontoon berth' ? cents(Math.ceil(loa) * g.p([285, 310])) : cents(Math.ceil(loa) * 140);
        const power = mtype === 'Pontoon berth' ? 240 : 0;
        const liveFee = live ? 600 : 0;
        const net = cents(fare + power + liveFee);
        const vat = cents(net * 0.23);
        const total = cents(net + vat);
        const pt = (v: number) => `${group(v, '.', ',')} €`;
        letterhead(c, 'Marina de Vila Nova do Sado', ['Doca de Recreio, Av. Luísa Todi, 2900-461 Setúbal · Tel. 265 555 120 · Canal VHF 09 · NIPC 5' + g.n(8)], 50, 55, 15, 545);
        centre(c, 'CONTRATO DE AMARRAÇÃO ANUAL', 110, 14, c.bold);
        centre(c, `Contrato n.º ${num}`, 126, 10);
        c.text('1. Titular', 50, 160, 10, c.bold);
        let y = grid(c, [['Nome:', holder], ['NIF:', g.n(9)], ['Morada:', `${g.p(['Rua da Liberdade', 'Travessa do Carmo', 'Av. da República'])}, ${g.int(3, 180)}, ${g.p(['1250-140 Lisboa', '2900-520 Setúbal', '4050-212 Porto'])}`], ['Telemóvel:', `9${g.p(['1', '3', '6'])} ${g.n(3)} ${g.n(4)}`]], 60, 160, 178, 15);
        c.text('2. Embarcação', 50, y + 14, 10, c.bold);
        y = grid(c, [['Nome:', vessel], ['Tipo:', type], ['Matrícula:', `${g.p(['SB', 'LX', 'PM'])}-${g.n(4)}-${g.p(['ER', 'RL'])}`], ['Comprimento fora a fora:', `${group(loa, '.', ',')} m`], ['Boca:', `${group(beam, '.', ',')} m`], ['Calado:', `${group(draught, '.', ',')} m`]], 60, 190, y + 32, 15);
        c.text('3. Lugar de amarração', 50, y + 14, 10, c.bold);
        y = grid(c, [['Lugar n.º:', berth], ['Período:', `de ${D.slashed(`${year}-01-01`)} a ${D.slashed(`${year}-12-31`)}`]], 60, 190, y + 32, 15);
        c.text('Tipo de lugar:', 60, y + 6, 9);
        boxAfter(c, ['Pontão', 'Bóia', 'Estacas', 'Parque a seco'], printed, 190, y + 6, 85, 9);
        c.text('Permanência a bordo (habitação):', 60, y + 26, 9);
        boxAfter(c, ['Sim', 'Não'], live ? 'Sim' : 'Não', 220, y + 26, 50, 9);
        c.text('4. Preço', 50, y + 54, 10, c.bold);
        y = ruled(c, 60, y + 62, [[300, 'Descrição'], [80, 'Quant.'], [105, 'Valor']], [
          [`Tarifa anual de amarração (${Math.ceil(loa)} m)`, '1', pt(fare)],
          ...(power ? [['Avença de eletricidade e água', '1', pt(power)]] : []),
          ...(live ? [['Suplemento de permanência a bordo', '1', pt(liveFee)]] : []),
          ['Subtotal', '', pt(net)],
          ['IVA 23%', '', pt(vat)],
          ['Total a pagar', '', pt(total)],
        ], 18, 9, [2]);
        y = para(c, 'O pagamento é efetuado de uma só vez até 15 de janeiro ou em duas prestações semestrais. O titular obriga-se a manter em vigor um seguro de responsabilidade civil da embarcação e a cumprir o Regulamento de Exploração da Marina.', 50, y + 16, 495, 8.5, 12);
        c.text(`Setúbal, ${D.ptLong(signed)}`, 50, y + 14, 9.5);
        underLine(c, 'Pela Marina', '', 50, y + 70, 200);
        underLine(c, 'O Titular', '', 345, y + 70, 200);
        return { c, key: { permit_number: num, holder_name: holder, vessel_name: vessel, mooring_number: berth, mooring_type: mtype, length_overall_m: loa, valid_until: `${year}-12-31`, fee_total: total, liveaboard: live } };
      },
    },
    {
      // A New Zealand regional council's mooring licence renewal (scanned): labels above values in boxed cells, the
      // mooring type as boxes crossed before their option, the largest vessel the mooring takes as a decoy length, a
      // safety levy and GST in the charges, living aboard as a single box.
      image: -0.5,
      make: async (g) => {
        const c = await canvas([595, 640]);
        const holder = g.p(['Grant McAllister', 'Hannah Te Paa', 'Stuart Blackwood', 'Leanne Fraser']);
        const [vessel, loa] = g.p<[string, number]>([['Kotare', 9.8], ['Second Wind', 11.3], ['Tui Bird', 8.5], ['Southerly Buster', 12.2]]);
        const [mtype, area] = g.p([['Swing mooring', 'Opua'], ['Swing mooring', 'Russell'], ['Pile mooring', 'Whangarei Town Basin']]);
        const moorNo = `${area.slice(0, 2).toUpperCase()}${g.int(100, 480)}`;
        const num = `ML${g.n(5)}`;
        const start = `${g.int(2024, 2025)}-07-01`;
        const until = `${Number(start.slice(0, 4)) + 1}-06-30`;
        const live = g.r() < 0.4;
        const base = g.p([385, 420, 465]);
        const levy = 95;
        const net = base + levy;
        const gst = cents(net * 0.15);
        const total = cents(net + gst);
        const invoiced = plusDays(start, -g.int(20, 45));
        c.text('NORTHLAND REGIONAL COUNCIL', 36, 45, 14, c.bold);
        c.text('Te Kaunihera a Rohe o Te Taitokerau · Harbourmaster · 36 Water Street, Whangarei 0110 · 0800 555 766', 36, 58, 7.5, c.font, true);
        c.text('MOORING LICENCE - ANNUAL RENEWAL', 36, 88, 13, c.bold);
        c.right(`Tax invoice ${g.n(7)} · ${D.slashed(invoiced)}`, 559, 88, 8.5);
        cell(c, 'LICENCE NUMBER', num, 36, 100, 130);
        cell(c, 'LICENCE HOLDER', holder, 166, 100, 230);
        cell(c, 'CUSTOMER NO.', g.n(6), 396, 100, 163);
        cell(c, 'MOORING AREA', area, 36, 130, 180);
        cell(c, 'MOORING NO.', moorNo, 216, 130, 110);
        cell(c, 'LICENCE PERIOD', `${D.slashed(start)} - ${D.slashed(until)}`, 326, 130, 233);
        cell(c, 'VESSEL NAME', vessel, 36, 160, 180);
        cell(c, 'VESSEL LENGTH (LOA)', `${loa.toFixed(1)} m`, 216, 160, 110);
        cell(c, 'MAX. VESSEL LENGTH FOR THIS MOORING', `${(Math.ceil(loa) + 2).toFixed(1)} m`, 326, 160, 233);
        c.text('Mooring type:', 36, 215, 9.5, c.bold);
        tick(c, 'Swing', mtype === 'Swing mooring', 120, 215, 9.5);
        tick(c, 'Pile', mtype === 'Pile mooring', 190, 215, 9.5);
        tick(c, 'Marina berth (not licensed by Council)', false, 250, 215, 9.5);
        tick(c, 'Residential use of vessel approved (liveaboard)', live, 36, 240, 9.5);
        c.text(`Last mooring inspection: ${D.slashed(plusDays(start, -g.int(100, 500)))}    Next due: ${D.slashed(plusDays(start, g.int(200, 600)))}`, 36, 262, 8.5, c.font, true);
        let y = table(c, 295, [[36, 'Charges', false], [420, 'Excl. GST', true], [559, 'Incl. GST', true]], [
          ['Mooring licence fee', M.plain(base), M.plain(cents(base * 1.15))],
          ['Navigation safety levy', M.plain(levy), M.plain(cents(levy * 1.15))],
          ['TOTAL DUE', M.plain(net), M.plain(total)],
        ], 17, true);
        c.text(`GST (15%) included: ${M.nzd(gst)}    GST No. 11-${g.n(3)}-${g.n(3)}`, 36, y + 6, 8.5);
        c.text('Payment due:', 36, y + 30, 9.5, c.bold);
        c.text(D.slashed(plusDays(start, -1)), 110, y + 30, 9.5);
        y = para(c, 'Your licence renews on payment. Mooring owners must keep the mooring in good repair and have it inspected every two years by an approved contractor. Licences are not transferable without the Harbourmaster\'s consent.', 36, y + 56, 523, 8.5, 12);
        c.text('Pay by internet banking to 02-0800-0555766-00, reference your licence number.', 36, y + 10, 8.5, c.font, true);
        return { c, key: { permit_number: num, holder_name: holder, vessel_name: vessel, mooring_number: moorNo, mooring_type: mtype, length_overall_m: loa, valid_until: until, fee_total: total, liveaboard: live } };
      },
    },
  ],
};

/** 3. Birth certificates. */
const birth: Kind = {
  name: 'birth-certificate',
  fields: [
    ['registration_number', 'string', 'Birth registration or register entry number'],
    ['child_name', 'string', "Child's full name"],
    ['date_of_birth', 'date', 'Date of birth'],
    ['place_of_birth', 'string', 'Town or city where the child was born'],
    ['sex', 'enum', 'Sex', SEXES],
    ['mother_name', 'string', "Mother's full name"],
    ['father_name', 'string', "Father's full name"],
    ['registration_date', 'date', 'Date the birth was registered'],
  ],
  documents: [
    {
      // An English certified copy of an entry of birth, landscape: one register row under numbered column headings that
      // wrap, the dates written in words ("Fourteenth March 2024"), the place as hospital and town, the entry number in
      // the "No." column, the mother's maiden name, the certificate's serial and the date it was certified as decoys.
      make: async (g) => {
        const c = await canvas([842, 595]);
        const [first, middle, surname, sex] = g.p([['Oliver', 'James', 'Hartley', 'Male'], ['Amelia', 'Rose', 'Whitworth', 'Female'], ['Isla', 'Grace', 'Pemberton', 'Female'], ['Noah', 'Alexander', 'Brennan', 'Male']]);
        const child = `${first} ${middle} ${surname}`;
        const [district, sub, hospital, town] = g.p([['Manchester', 'Manchester South', 'Wythenshawe Hospital', 'Manchester'], ['Leeds', 'Leeds', "St James's University Hospital", 'Leeds'], ['Bristol', 'Bristol', 'Southmead Hospital', 'Bristol'], ['Nottingham', 'Nottingham', 'City Hospital', 'Nottingham']]);
        const dob = someDate(g);
        const registered = after(g, dob, 6, 40);
        const certified = after(g, registered, 20, 200);
        const entry = String(g.int(12, 480));
        const fatherGiven = g.p(['Daniel Mark', 'Thomas', 'Christopher John']);
        const father = `${fatherGiven} ${surname}`;
        const motherFirst = g.p(['Emma Louise', 'Sarah', 'Rebecca Jane']);
        const maiden = g.p(['WALKER', 'O\'CONNOR', 'SINGH', 'PRICE']);
        const mother = `${motherFirst} ${surname}`;
        frame(c, 12, 2);
        centre(c, 'CERTIFIED COPY OF AN ENTRY OF BIRTH', 48, 15, c.bold);
        centre(c, 'GIVEN AT THE GENERAL REGISTER OFFICE', 62, 8.5);
        c.text(`Application Number ${g.n(7)}-${g.n(1)}`, 640, 84, 8, c.font, true);
        c.text('REGISTRATION DISTRICT', 30, 96, 8.5, c.font, true);
        c.text(district, 150, 96, 11, c.bold);
        c.rule(30, 812, 103);
        c.text(`${dob.slice(0, 4)}  BIRTH in the Sub-district of ${sub} in the ${g.p(['City', 'County'])} of ${district}`, 30, 120, 10);
        register(c, 30, 130, [
          [34, 'No.'], [86, '1. When and where born'], [86, '2. Name and surname'], [38, '3. Sex'], [84, '4. Name and surname of father'],
          [96, '5. Name, surname and maiden surname of mother'], [70, '6. Occupation of father'], [90, '7. Signature, description and residence of informant'],
          [76, '8. When registered'], [66, '9. Signature of registrar'], [56, '10. Name entered after registration'],
        ], [
          [entry], [D.words(dob).split(' ')[0], D.words(dob).split(' ').slice(1).join(' '), hospital, town], [`${first} ${middle}`, surname], [sex === 'Male' ? 'Boy' : 'Girl'],
          [fatherGiven, surname],
          [motherFirst, surname, `formerly ${maiden}`], [g.p(['Electrician', 'Teacher', 'Software developer'])],
          [`${fatherGiven.split(' ')[0]} ${surname}`, 'Father', `${g.int(2, 90)} ${g.p(['Moor Lane', 'Albert Road', 'The Crescent'])}`, town], [D.words(registered).split(' ')[0], D.words(registered).split(' ').slice(1).join(' ')],
          [g.p(['K. Ashworth', 'P. Mensah', 'D. Hollis']), 'Registrar'], [''],
        ], 42, 92, 8.5);
        para(c, `CERTIFIED to be a true copy of an entry in the certified copy of a Register of Births in the District above mentioned. Given at the GENERAL REGISTER OFFICE, under the Seal of the said Office, the ${D.nth(certified)}.`, 30, 300, 560, 9, 13);
        c.text(`B${letters(g, 3)} ${g.n(6)}`, 30, 360, 12, c.bold);
        stamp(c, 'GENERAL REGISTER OFFICE', 620, 340, 10, 0);
        para(c, 'CAUTION: THERE ARE OFFENCES RELATING TO FALSIFYING OR ALTERING A CERTIFICATE AND USING OR POSSESSING A FALSE CERTIFICATE. © CROWN COPYRIGHT. WARNING: A CERTIFICATE IS NOT EVIDENCE OF IDENTITY.', 30, 540, 780, 7.5, 10);
        return { c, key: { registration_number: entry, child_name: child, date_of_birth: dob, place_of_birth: town, sex, mother_name: mother, father_name: father, registration_date: registered } };
      },
    },
    {
      // A German register office's birth certificate (Geburtsurkunde): the labels at the left without colons, the names
      // split into Familienname and Vornamen, the mother's birth name as a decoy, the date of issue as the only other date;
      // the certificate does not print when the birth was registered, so the key holds null for it.
      make: async (g) => {
        const c = await canvas();
        const [given, surname, sexDe] = g.p([['Lena Marie', 'Schneider', 'weiblich'], ['Jonas Maximilian', 'Becker', 'männlich'], ['Emilia Sophie', 'Wagner', 'weiblich'], ['Paul Alexander', 'Hoffmann', 'männlich']]);
        const [office, town] = g.p([['Standesamt Köln', 'Köln'], ['Standesamt Freiburg im Breisgau', 'Freiburg im Breisgau'], ['Standesamt Münster', 'Münster']]);
        const dob = someDate(g);
        const issued = after(g, dob, 8, 60);
        const reg = `G ${g.int(120, 4800)}/${dob.slice(0, 4)}`;
        const motherGiven = g.p(['Katrin', 'Julia Anna', 'Sabine']);
        const birthName = g.p(['Hofmann', 'Krüger', 'Yilmaz', 'Schäfer']);
        const fatherGiven = g.p(['Thomas Andreas', 'Stefan', 'Michael']);
        frame(c, 30, 0.8);
        c.text(office, 60, 80, 11);
        centre(c, 'Geburtsurkunde', 130, 22, c.bold);
        c.text('Registernummer', 60, 160, 9.5, c.font, true);
        c.text(reg, 200, 160, 10.5);
        c.rule(60, 535, 172);
        c.text('Angaben zum Kind', 60, 195, 10, c.bold);
        let y = grid(c, [['Familienname', surname], ['Vornamen', given], ['Geschlecht', sexDe], ['Geburtstag', D.dotted(dob)], ['Geburtsort', town]], 60, 200, 218, 20);
        c.rule(60, 535, y - 6);
        c.text('Angaben zu den Eltern', 60, y + 16, 10, c.bold);
        c.text('Mutter', 60, y + 38, 9.5, c.bold);
        y = grid(c, [['Familienname', surname], ['Geburtsname', birthName], ['Vornamen', motherGiven]], 60, 200, y + 58, 20);
        c.text('Vater', 60, y + 4, 9.5, c.bold);
        y = grid(c, [['Familienname', surname], ['Vornamen', fatherGiven]], 60, 200, y + 24, 20);
        c.rule(60, 535, y - 6);
        c.text('Datum', 60, y + 22, 9, c.font, true);
        c.text(`${town}, ${D.dotted(issued)}`, 200, y + 22, 10);
        c.text('Die Standesbeamtin', 330, y + 70, 9);
        c.text(g.p(['Müller', 'Schulz', 'Neumann']), 330, y + 110, 10);
        stamp(c, office.toUpperCase(), 90, y + 100, 9, 0);
        footer(c, `Gebührenbescheid-Nr. ${g.n(6)} · Gebühr 12,00 EUR · Seite 1 von 1`, c.height - 45, 60);
        return { c, key: { registration_number: reg, child_name: `${given} ${surname}`, date_of_birth: dob, place_of_birth: town, sex: sexDe === 'weiblich' ? 'Female' : 'Male', mother_name: `${motherGiven} ${surname}`, father_name: `${fatherGiven} ${surname}`, registration_date: null } };
      },
    },
    {
      // A US state certificate of live birth (scanned): numbered boxes with the labels above, the time of birth, the
      // county, the mother's name before marriage and the parents' dates of birth as decoys, the state file number apart
      // from the local one, "date filed" for the registration and the issue date at the foot.
      image: 0.4,
      make: async (g) => {
        const c = await canvas([612, 700]);
        const [first, middle, last, sex] = g.p([['Ethan', 'Michael', 'Kowalski', 'Male'], ['Sophia', 'Grace', 'Lindqvist', 'Female'], ['Mason', 'Lee', 'Whitaker', 'Male'], ['Ava', 'Marie', 'Delgado', 'Female']]);
        const child = `${first} ${middle} ${last}`;
        const [facility, city, county] = g.p([['Providence St. Vincent Medical Center', 'Portland', 'Washington'], ['Sacred Heart Medical Center', 'Eugene', 'Lane'], ['Salem Hospital', 'Salem', 'Marion']]);
        const dob = someDate(g);
        const filed = after(g, dob, 3, 20);
        const issued = after(g, filed, 10, 600);
        const stateNo = `${dob.slice(0, 4)}-${g.n(6)}`;
        const motherFirst = g.p(['Jessica Anne', 'Rachel Lynn', 'Maria Elena']);
        const motherMaiden = g.p(['Miller', 'Johnson', 'Ramirez']);
        const father = `${g.p(['Daniel Robert', 'Kevin James', 'Andrew Scott'])} ${last}`;
        const mother = `${motherFirst} ${last}`;
        const hh = g.int(0, 23);
        frame(c, 16, 1.5);
        centre(c, 'STATE OF OREGON', 46, 13, c.bold);
        centre(c, 'CERTIFICATE OF LIVE BIRTH', 64, 15, c.bold);
        centre(c, 'Oregon Health Authority · Center for Health Statistics', 77, 8);
        cell(c, 'LOCAL FILE NUMBER', `${g.n(3)}-${g.n(4)}`, 36, 92, 180);
        cell(c, 'STATE FILE NUMBER', stateNo, 396, 92, 180);
        cell(c, "1. CHILD'S NAME (First, Middle, Last, Suffix)", child, 36, 130, 360, 32);
        cell(c, '2. TIME OF BIRTH (24 hr)', `${pad(hh)}${pad(g.int(0, 59))}`, 396, 130, 180, 32);
        cell(c, '3. SEX', sex, 36, 162, 120, 32);
        cell(c, '4. DATE OF BIRTH (Month, Day, Year)', D.usLong(dob), 156, 162, 240, 32);
        cell(c, '5a. COUNTY OF BIRTH', county, 396, 162, 180, 32);
        cell(c, '5b. CITY, TOWN OR LOCATION OF BIRTH', city, 36, 194, 240, 32);
        cell(c, '5c. FACILITY NAME (if not institution, give street and number)', facility, 276, 194, 300, 32);
        cell(c, "6a. MOTHER'S CURRENT LEGAL NAME (First, Middle, Last)", mother, 36, 236, 360, 32);
        cell(c, '6b. DATE OF BIRTH (Mo/Day/Yr)', D.usSlashed(yearsBefore(g, dob, 22, 40)), 396, 236, 180, 32);
        cell(c, "6c. MOTHER'S NAME PRIOR TO FIRST MARRIAGE", `${motherFirst} ${motherMaiden}`, 36, 268, 360, 32);
        cell(c, '6d. BIRTHPLACE (State or foreign country)', g.p(['Washington', 'California', 'Oregon']), 396, 268, 180, 32);
        cell(c, "7a. FATHER'S CURRENT LEGAL NAME (First, Middle, Last)", father, 36, 310, 360, 32);
        cell(c, '7b. DATE OF BIRTH (Mo/Day/Yr)', D.usSlashed(yearsBefore(g, dob, 24, 44)), 396, 310, 180, 32);
        cell(c, '8. CERTIFIER (Name and title)', `${g.p(['L. Park', 'R. Ochoa', 'H. Brandt'])}, MD`, 36, 352, 240, 32);
        cell(c, '9. DATE CERTIFIED', D.usSlashed(plusDays(dob, g.int(0, 2))), 276, 352, 120, 32);
        cell(c, '10. DATE FILED BY REGISTRAR', D.usSlashed(filed), 396, 352, 180, 32);
        para(c, 'This is to certify that this is a true and correct copy of the official record filed with the Oregon Center for Health Statistics. This copy is valid only when printed on security paper bearing the raised seal of the State of Oregon.', 36, 420, 540, 8.5, 12);
        c.text(`DATE ISSUED: ${D.usSlashed(issued)}`, 36, 480, 9.5, c.bold);
        underLine(c, 'State Registrar', g.p(['Jennifer A. Woodward', 'Karen L. Hsu']), 356, 520, 220);
        c.text(`Certificate No. ${g.n(8)}`, 36, 650, 8, c.font, true);
        return { c, key: { registration_number: stateNo, child_name: child, date_of_birth: dob, place_of_birth: city, sex, mother_name: mother, father_name: father, registration_date: filed } };
      },
    },
  ],
};

/** 4. Pension statements. */
const PENSION_TYPES = ['Defined contribution', 'Defined benefit'];
const pension: Kind = {
  name: 'pension-statement',
  fields: [
    ['member_name', 'string', 'Name of the scheme member'],
    ['member_number', 'string', 'Member, plan or account number'],
    ['scheme_name', 'string', 'Name of the pension scheme or plan'],
    ['statement_date', 'date', 'Date of the statement (the date the figures are at)'],
    ['pension_type', 'enum', 'Is it a defined contribution (pension pot) or a defined benefit (salary-related) pension?', PENSION_TYPES],
    ['fund_value', 'number', 'Current value of the pension pot'],
    ['projected_annual_pension', 'number', 'Estimated yearly pension at retirement'],
    ['retirement_date', 'date', 'Date the pension is expected to start'],
  ],
  documents: [
    {
      // A UK workplace pension's annual statement: a two-column table of the plan at a glance (the date joined and the
      // date of birth as decoys), a one-row table of the year's movements whose first and last columns are both values,
      // the projection and the tax-free cash alternative inside sentences, the kind of plan in a sentence.
      make: async (g) => {
        const c = await canvas();
        const [title, first, last] = g.p([['Mrs', 'Joanne', 'Pickering'], ['Mr', 'Callum', 'Fraser'], ['Ms', 'Aisha', 'Rahman'], ['Mr', 'Gareth', 'Llewellyn']]);
        const member = `${first} ${last}`;
        const plan = g.p(['Caledonian Retail Group Pension Plan', 'Hartwell Engineering Workplace Pension', 'Northgate Housing Group Retirement Plan']);
        const number = `PP${g.n(8)}`;
        const year = g.int(2024, 2025);
        const date = `${year}-04-05`;
        const dob = workerBirth(g);
        const retire = addYears(dob, 67);
        const joined = `${g.int(2012, year - 2)}-${pad(g.int(1, 12))}-01`;
        const start = cents(g.int(6000, 140000) + g.int(0, 99) / 100);
        const you = cents(g.int(1200, 4800) + g.int(0, 99) / 100);
        const employer = cents(you * g.p([0.75, 1, 1.5]));
        const growth = cents(start * g.int(2, 9) / 100);
        const charges = cents((start + growth) * 0.0045);
        const value = cents(start + you + employer + growth - charges);
        const annual = Math.round((value + (you + employer) * Math.max(1, 67 - (year - Number(dob.slice(0, 4))))) * 0.045 / 10) * 10;
        const cash = Math.round(annual * 5.4 / 10) * 10;
        const reduced = Math.round(annual * 0.75 / 10) * 10;
        letterhead(c, 'Evergreen Life & Pensions', ['Evergreen House, 30 Castle Street, Edinburgh EH2 3HT · 0345 555 0210 · evergreenpensions.co.uk'], 50, 55, 16, 545);
        const [town, district] = g.p([['Bradford', 'BD9'], ['Harrogate', 'HG2'], ['Perth', 'PH1']]);
        [`${title} ${member}`, `${g.int(3, 90)} ${g.p(['Beech Grove', 'Kirkgate', 'Heaton Road'])}`, town, `${district} ${g.int(1, 9)}${letters(g, 2)}`].forEach((t, k) => c.text(t, 50, 115 + k * 13, 10));
        c.text('Your annual pension statement', 50, 200, 15, c.bold);
        c.text('Your plan at a glance', 50, 226, 10, c.bold);
        let y = kv(c, [
          ['Plan', plan],
          ['Plan number', number],
          ['Statement date', D.ukLong(date)],
          ['Date you joined', D.ukLong(joined)],
          ['Your date of birth', D.ukLong(dob)],
          ['Selected retirement date', D.ukLong(retire)],
          ['Investment fund', g.p(['Evergreen Lifestyle Growth Fund', 'Evergreen Global Equity Index Fund'])],
        ], 50, 234, 160, 335, 19);
        c.text('What your plan was worth', 50, y + 26, 10, c.bold);
        y = ruled(c, 50, y + 34, [[90, `Value at ${D.ukShort(`${year - 1}-04-05`)}`], [66, 'You paid in'], [80, 'Employer paid in'], [80, 'Investment growth'], [64, 'Charges'], [115, `Value at ${D.ukShort(date)}`]],
          [[M.gbp(start), M.gbp(you), M.gbp(employer), M.gbp(growth), `-${M.gbp(charges)}`, M.gbp(value)]], 22, 8, [0, 1, 2, 3, 4, 5]);
        c.text('What you might get', 50, y + 30, 10, c.bold);
        y = para(c, `If you and your employer keep paying in at the current rate, we estimate that you could get a pension of ${M.gbp(annual).replace('.00', '')} a year from ${D.ukLong(retire)}, when you will be 67. This figure is in today's money and is not guaranteed.`, 50, y + 48, 495, 10, 14);
        y = para(c, `Or you could take a tax-free lump sum of ${M.gbp(cash).replace('.00', '')} and a smaller pension of ${M.gbp(reduced).replace('.00', '')} a year. Your State Pension is not included.`, 50, y + 6, 495, 10, 14);
        y = para(c, `About your plan: ${plan} is a defined contribution (money purchase) scheme. What you get depends on how much is paid in, how the investments perform and how you choose to take your money.`, 50, y + 6, 495, 10, 14);
        c.text(`Total contributions this year: ${M.gbp(cents(you + employer))}`, 50, y + 14, 9, c.font, true);
        footer(c, 'Evergreen Life & Pensions Ltd is authorised by the Prudential Regulation Authority and regulated by the FCA and the PRA. Registered in Scotland No. SC214470.', c.height - 30, 50);
        return { c, key: { member_name: member, member_number: number, scheme_name: plan, statement_date: date, pension_type: 'Defined contribution', fund_value: value, projected_annual_pension: annual, retirement_date: retire } };
      },
    },
    {
      // A Dutch industry fund's uniform pension overview (Uniform Pensioenoverzicht), a salary-related (middelloon)
      // scheme: the person in "Label: waarde" rows, what has been built up so far beside what can be reached in a ruled
      // table, the state pension's start and the partner's pension as decoys; a defined benefit scheme has no pot, so
      // the key holds null for its value.
      make: async (g) => {
        const c = await canvas();
        const [first, last, salut] = g.p([['Jeroen', 'Bakker', 'De heer'], ['Marieke', 'de Vries', 'Mevrouw'], ['Sander', 'van Dijk', 'De heer'], ['Femke', 'Jansen', 'Mevrouw']]);
        const member = `${first} ${last}`;
        const fund = g.p(['Stichting Pensioenfonds Metaal & Techniek Rijnmond', 'Stichting Pensioenfonds Zorg & Welzijn Oost', 'Stichting Bedrijfstakpensioenfonds Bouw & Infra']);
        const number = g.n(9);
        const year = g.int(2024, 2025);
        const date = `${year}-01-01`;
        const dob = workerBirth(g);
        const retire = nextMonthStart(addYears(dob, 68));
        const aow = plusDays(addYears(dob, 67), 92);
        const built = g.int(2400, 14000);
        const reach = Math.round(built * (1.4 + g.r() * 1.6));
        const partner = Math.round(reach * 0.7);
        const employer = g.p(['Van Leeuwen Installatietechniek B.V.', 'Zorggroep De Linde', 'Bouwbedrijf Kuipers B.V.']);
        const eur = (v: number) => `€ ${group(v, '.', ',', 0)}`;
        letterhead(c, fund, ['Postbus 4120, 3006 AC Rotterdam · Telefoon 010 555 92 00 · www.pensioenfonds.nl'], 50, 55, 13, 545);
        [`${salut} ${first.slice(0, 1)}. ${last}`, `${g.p(['Kerkstraat', 'Molenweg', 'Lindelaan'])} ${g.int(2, 140)}`, g.p(['3011 AB  ROTTERDAM', '7511 JE  ENSCHEDE', '5611 AZ  EINDHOVEN'])].forEach((t, k) => c.text(t, 50, 110 + k * 13, 10));
        c.text(`Uniform Pensioenoverzicht ${year}`, 50, 185, 15, c.bold);
        c.text(`Uw pensioen bij ${fund.replace('Stichting ', '')}, overzicht per ${D.nlLong(date)}`, 50, 202, 9.5, c.font, true);
        let y = grid(c, [['Naam:', member], ['Geboortedatum:', D.dashed(dob)], ['Pensioennummer:', number], ['Werkgever:', employer], ['In deelneming sinds:', D.dashed(`${g.int(Math.max(2000, ymd(dob)[0] + 21), year - 2)}-${pad(g.int(1, 12))}-01`)]], 50, 180, 228, 15);
        c.text('Hoe ben ik verzekerd?', 50, y + 16, 11, c.bold);
        y = para(c, 'U bouwt pensioen op in een middelloonregeling. Dat is een uitkeringsovereenkomst: elk jaar bouwt u een vast percentage van uw pensioengevende salaris op. Het pensioen is bruto en kan nog worden verhoogd of verlaagd.', 50, y + 34, 495, 9.5, 13.5);
        c.text('Wat krijg ik als ik met pensioen ga?', 50, y + 16, 11, c.bold);
        y = ruled(c, 50, y + 26, [[150, 'Vanaf'], [165, `Opgebouwd tot ${D.nlLong(date)}`], [180, 'Te bereiken tot uw pensioen']], [
          [`${D.nlLong(retire)} (68 jaar)`, `${eur(built)} bruto per jaar`, `${eur(reach)} bruto per jaar`],
        ], 22, 9);
        y = para(c, `Uw pensioen gaat in op ${D.nlLong(retire)}. Van de overheid ontvangt u daarnaast AOW vanaf ${D.nlLong(aow)}. Het te bereiken pensioen geldt als u tot uw pensioendatum bij dezelfde werkgever blijft werken en uw salaris gelijk blijft.`, 50, y + 16, 495, 9.5, 13.5);
        c.text('Wat krijgt mijn partner als ik overlijd?', 50, y + 16, 11, c.bold);
        y = para(c, `Uw partner krijgt een partnerpensioen van ${eur(partner)} bruto per jaar, zolang uw partner leeft. Uw kinderen tot 21 jaar krijgen een wezenpensioen.`, 50, y + 34, 495, 9.5, 13.5);
        c.text('Hoe zeker is mijn pensioen?', 50, y + 16, 11, c.bold);
        y = para(c, `Op ${D.nlLong(plusDays(date, -1))} was de beleidsdekkingsgraad ${group(g.int(1080, 1260) / 10, '.', ',', 1)}%. Uw pensioen is in ${year - 1} met ${group(g.int(5, 38) / 10, '.', ',', 1)}% verhoogd.`, 50, y + 34, 495, 9.5, 13.5);
        footer(c, `Kijk voor al uw pensioenen op www.mijnpensioenoverzicht.nl · Dit overzicht is gemaakt op basis van de gegevens die wij op ${D.nlLong(date)} van uw werkgever hadden.`, c.height - 30, 50);
        return { c, key: { member_name: member, member_number: number, scheme_name: fund, statement_date: date, pension_type: 'Defined benefit', fund_value: null, projected_annual_pension: reach, retirement_date: retire } };
      },
    },
    {
      // A US 401(k) quarterly statement (scanned): "Label: value" rows for the plan and participant, the quarter's
      // movements in a one-row table beside the vested balance, the lifetime income illustration as a one-row table of
      // projected balance, monthly and annual income, the kind of plan in the small print.
      image: -0.4,
      make: async (g) => {
        const c = await canvas([612, 720]);
        const member = g.p(['Melissa Tran', 'Kevin Brooks', 'Danielle Ortiz', 'Bryan Schaefer']);
        const plan = g.p(['Brightwater Foods 401(k) Savings Plan', 'Keystone Logistics 401(k) Retirement Plan', 'Summit Dental Partners 401(k) Plan']);
        const account = g.n(8);
        const year = g.int(2024, 2025);
        const [qStart, qEnd, quarter] = g.p<[string, string, number]>([['01-01', '03-31', 1], ['04-01', '06-30', 2], ['07-01', '09-30', 3]]);
        const date = `${year}-${qEnd}`;
        const periodStart = `${year}-${qStart}`;
        const dob = workerBirth(g);
        const retire = nextMonthStart(addYears(dob, 67));
        const begin = cents(g.int(12000, 260000) + g.int(0, 99) / 100);
        const yours = cents(g.int(900, 4200) + g.int(0, 99) / 100);
        const match = cents(yours * g.p([0.5, 0.6, 1]));
        const gain = cents(begin * (g.int(-30, 60) / 1000));
        const fees = cents(g.int(600, 3500) / 100);
        const end = cents(begin + yours + match + gain - fees);
        const vested = cents(end - match * g.p([0, 2, 4]));
        const projected = Math.round(end * (1.8 + g.r() * 2.5) / 100) * 100;
        const monthly = cents(projected * 0.0052);
        const annual = cents(monthly * 12);
        c.text('SUMMIT RETIREMENT SERVICES', 40, 45, 14, c.bold);
        c.text('PO Box 55190, Boston, MA 02205 · 1-800-555-0401 · summitretire.com', 40, 58, 8, c.font, true);
        c.text('QUARTERLY RETIREMENT ACCOUNT STATEMENT', 40, 88, 12, c.bold);
        let y = grid(c, [['Participant:', member], ['Account number:', account], ['SSN:', `XXX-XX-${g.n(4)}`], ['Plan:', plan]], 40, 140, 112, 15, c.bold);
        grid(c, [['Statement date:', D.usSlashed(date)], ['Statement period:', `${D.usSlashed(periodStart)} - ${D.usSlashed(date)}`], ['Date of birth:', D.usSlashed(dob)]], 360, 450, 112, 15, c.bold);
        c.text('YOUR ACCOUNT THIS QUARTER', 40, y + 20, 9.5, c.bold);
        y = ruled(c, 40, y + 28, [[92, 'Beginning balance'], [80, 'Your contrib.'], [80, 'Employer match'], [86, 'Gain/loss'], [70, 'Fees'], [124, 'Ending balance']],
          [[M.usd(begin), M.usd(yours), M.usd(match), `${gain < 0 ? '-' : ''}${M.usd(Math.abs(gain))}`, `-${M.usd(fees)}`, M.usd(end)]], 22, 9, [0, 1, 2, 3, 4, 5]);
        c.text(`Vested balance: ${M.usd(vested)}    Year-to-date contributions: ${M.usd(cents((yours + match) * quarter))}`, 40, y + 16, 9);
        c.text('LIFETIME INCOME ILLUSTRATION', 40, y + 46, 9.5, c.bold);
        y = ruled(c, 40, y + 54, [[120, 'Assumed start date'], [70, 'At age'], [120, 'Projected balance'], [110, 'Monthly income'], [112, 'Annual income']],
          [[D.usSlashed(retire), '67', M.usd(projected), M.usd(monthly), M.usd(annual)]], 22, 9, [2, 3, 4]);
        y = para(c, 'The illustration assumes you keep contributing at your current rate until the assumed start date, a 5% annual return and a single life annuity. Income is shown in today\'s dollars and is not guaranteed.', 40, y + 16, 532, 8, 11);
        c.text('INVESTMENTS', 40, y + 16, 9.5, c.bold);
        table(c, y + 32, [[40, 'Fund', false], [400, 'Units', true], [480, 'Price', true], [572, 'Balance', true]], [
          [`Target Date ${Math.round(ymd(retire)[0] / 5) * 5} Fund`, group(cents(end * 0.7 / 31.42), ',', '.', 3), '31.42', M.usd(cents(end * 0.7))],
          ['S&P 500 Index Fund', group(cents(end * 0.3 / 118.07), ',', '.', 3), '118.07', M.usd(cents(end - cents(end * 0.7)))],
        ], 15);
        para(c, `${plan} is a defined contribution plan under section 401(k) of the Internal Revenue Code. Review your statement and report any discrepancy within 90 days.`, 40, 660, 532, 7.5, 10);
        return { c, key: { member_name: member, member_number: account, scheme_name: plan, statement_date: date, pension_type: 'Defined contribution', fund_value: end, projected_annual_pension: annual, retirement_date: retire } };
      },
    },
  ],
};

/** 5. Removal quotations. */
const removal: Kind = {
  name: 'removal-quotation',
  fields: [
    ['quote_number', 'string', 'Quotation number'],
    ['customer_name', 'string', 'Name of the customer'],
    ['moving_date', 'date', 'Planned moving day (when the goods are loaded)'],
    ['origin_city', 'string', 'Town or city the move starts from'],
    ['destination_city', 'string', 'Town or city the goods are delivered to'],
    ['volume_m3', 'number', 'Estimated volume of the goods in cubic metres'],
    ['total_price', 'number', 'Total price quoted, including tax'],
    ['packing_included', 'boolean', 'Will the removal company pack the goods?'],
    ['valid_until', 'date', 'Date the quotation is valid until'],
  ],
  documents: [
    {
      // A UK removal firm's quotation: "Label: value" rows of the move (the survey date and the access notes as decoys,
      // the volume in cubic feet with metres in brackets), the packing options as boxes crossed before them, a ruled
      // table of charges with transit cover and VAT, the deposit and the validity in sentences.
      make: async (g) => {
        const c = await canvas();
        const [title, first, last] = g.p([['Mrs', 'Helen', 'Ashby'], ['Mr', 'Robert', 'Kinsella'], ['Dr', 'Priya', 'Raman'], ['Mr', 'Owen', 'Pritchard']]);
        const customer = `${first} ${last}`;
        const [fromStreet, fromTown, fromPost] = g.p([['14 Valley Drive', 'Harrogate', 'HG2 0JL'], ['7 Clarendon Road', 'Cheltenham', 'GL52 2BN'], ['31 Hamilton Avenue', 'Reading', 'RG4 8QP']]);
        const [toStreet, toTown, toPost] = g.p([['2 Orchard Close', 'York', 'YO24 1EP'], ['56 Wellington Street', 'Bath', 'BA1 5QR'], ['11 Ferndale Road', 'Norwich', 'NR2 3HB'], ['The Old Forge, Main Street', 'Kendal', 'LA9 4LD']]);
        const cuft = g.int(10, 28) * 50;
        const m3 = Math.round(cuft * 0.0283168 * 10) / 10;
        const quoted = someDate(g);
        const survey = plusDays(quoted, -g.int(2, 9));
        const move = after(g, quoted, 20, 70);
        const valid = plusDays(quoted, 28);
        const num = `Q${quoted.slice(2, 4)}-${g.n(4)}`;
        const packing = g.r() < 0.5;
        const removalFee = cents(cuft * g.p([1.6, 1.8, 2.05]));
        const packFee = packing ? cents(cuft * 0.45) : 0;
        const materials = packing ? 0 : g.p([65, 85, 110]);
        const cover = g.p([35, 45]);
        const net = cents(removalFee + packFee + materials + cover);
        const vat = cents(net * 0.2);
        const total = cents(net + vat);
        letterhead(c, 'Hargreaves & Sons Removals Ltd', ['Unit 4, Station Yard, Knaresborough HG5 8DA · 01423 555 712 · quotes@hargreavesremovals.co.uk · Members of the British Association of Removers'], 50, 55, 16, 545);
        [`${title} ${customer}`, fromStreet, `${fromTown} ${fromPost}`].forEach((t, k) => c.text(t, 50, 110 + k * 13, 10));
        c.right(D.ukLong(quoted), 545, 110, 9.5);
        c.text(`REMOVAL QUOTATION  No. ${num}`, 50, 175, 13, c.bold);
        c.text(`Dear ${title} ${last},`, 50, 198, 10);
        let y = para(c, `Thank you for letting our surveyor visit you on ${D.ukLong(survey)}. We are pleased to quote as follows for your removal.`, 50, 216, 495, 10, 14);
        y = grid(c, [
          ['Customer:', customer],
          ['Moving from:', `${fromStreet}, ${fromTown} ${fromPost}`],
          ['Moving to:', `${toStreet}, ${toTown} ${toPost}`],
          ['Removal date:', `${D.ukLong(move)} (loading from 8.00 am)`],
          ['Estimated volume:', `${cuft} cu ft (${m3.toFixed(1)} m³), 1 x 7.5 t van and 3 crew`],
          ['Access:', `${g.p(['Driveway parking', 'Parking suspension needed at delivery', 'Narrow lane, shuttle van may be needed'])}`],
        ], 50, 160, y + 12, 16, c.bold);
        c.text('Packing service:', 50, y + 16, 9, c.bold);
        tick(c, 'Full packing by our crew the day before the move', packing, 160, y + 16);
        tick(c, 'Customer packs (cartons and tape supplied)', !packing, 160, y + 32);
        y = ruled(c, 50, y + 48, [[385, 'Description'], [110, 'Amount £']], [
          ['Removal: loading, transport and unloading, furniture placed in rooms', M.plain(removalFee)],
          ...(packing ? [['Full packing service including materials', M.plain(packFee)]] : [['Packing materials (40 cartons, paper, tape)', M.plain(materials)]]),
          ['Goods in transit cover up to £40,000', M.plain(cover)],
          ['Subtotal', M.plain(net)],
          ['VAT at 20%', M.plain(vat)],
          ['Total including VAT', M.plain(total)],
        ], 18, 9, [1]);
        y = para(c, `To confirm the booking we ask for a deposit of £100.00, with the balance due three working days before the removal. This quotation is valid until ${D.ukLong(valid)}; after that date we will be happy to review it.`, 50, y + 20, 495, 10, 14);
        c.text('Yours sincerely,', 50, y + 14, 10);
        c.text(g.p(['Mark Hargreaves', 'Janet Hargreaves']), 50, y + 50, 10, c.bold);
        c.text('Removals Estimator', 50, y + 63, 9);
        footer(c, 'All removals are carried out under the BAR Terms and Conditions, a copy of which is enclosed. Registered in England No. 04417261.', c.height - 30, 50);
        return { c, key: { quote_number: num, customer_name: customer, moving_date: move, origin_city: fromTown, destination_city: toTown, volume_m3: m3, total_price: total, packing_included: packing, valid_until: valid } };
      },
    },
    {
      // A French removal firm's estimate (devis de déménagement): addresses in boxed blocks with floors and lifts, the
      // loading and delivery dates in cells side by side, the service formula as a row of crossed boxes, the declared
      // value and the deposit as decoy amounts, the validity in a sentence.
      make: async (g) => {
        const c = await canvas();
        const customer = g.p(['Julien Girard', 'Claire Moreau', 'Nicolas Lefèvre', 'Sophie Bernard']);
        const [fromStreet, fromCity] = g.p([['12, rue Paul Bert', '69003 Lyon'], ['45, avenue Jean Médecin', '06000 Nice'], ['8, rue des Carmes', '31000 Toulouse']]);
        const [toStreet, toCity, km] = g.p<[string, string, number]>([['3, allée des Tilleuls', '35000 Rennes', 720], ['27, rue Nationale', '59800 Lille', 980], ['14, quai de la Fosse', '44000 Nantes', 690]]);
        const m3 = g.int(18, 48);
        const made = someDate(g);
        const loading = after(g, made, 20, 60);
        const delivery = plusDays(loading, 1);
        const valid = plusDays(made, g.p([30, 60, 90]));
        const num = `D${made.slice(0, 4)}-${g.n(4)}`;
        const [formula, packing] = g.p<[string, boolean]>([['Économique', false], ['Luxe', true]]);
        const base = cents(m3 * (packing ? 78 : 52) + km * 1.1);
        const insurance = cents(g.p([30000, 40000, 50000]) * 0.004);
        const net = cents(base + insurance);
        const vat = cents(net * 0.2);
        const total = cents(net + vat);
        const declared = Math.round(insurance / 0.004);
        const fr = M.eurSpace;
        letterhead(c, 'Déménagements Rhône-Atlantique', ['SARL au capital de 80 000 € · 14, rue de l\'Industrie, 69200 Vénissieux · 04 72 55 18 90 · contact@demenagements-ra.fr', `SIRET ${g.n(14)} · Licence de transport n° 2019/84/${g.n(7)}`], 40, 50, 16, 555);
        c.text('DEVIS DE DÉMÉNAGEMENT', 40, 112, 15, c.bold);
        c.right(`N° ${num}`, 555, 112, 11, c.bold);
        c.text(`Établi le ${D.slashed(made)} après visite technique`, 40, 126, 8.5, c.font, true);
        block(c, 'CLIENT', [customer, `Tél. 06 ${g.n(2)} ${g.n(2)} ${g.n(2)} ${g.n(2)}`, `${customer.split(' ')[0].toLowerCase()}.${customer.split(' ')[1].toLowerCase().replace(/[èé]/g, 'e')}@mail.fr`], 40, 138, 515, 54);
        block(c, 'ADRESSE DE CHARGEMENT', [fromStreet, fromCity, `${g.int(1, 6)}e étage, ${g.p(['avec ascenseur', 'sans ascenseur'])}`, `Portage : ${g.int(5, 30)} m`], 40, 198, 255, 70);
        block(c, 'ADRESSE DE LIVRAISON', [toStreet, toCity, g.p(['Rez-de-chaussée', '2e étage, avec ascenseur', 'Maison individuelle']), `Portage : ${g.int(5, 30)} m`], 300, 198, 255, 70);
        cell(c, 'DATE DE CHARGEMENT', D.slashed(loading), 40, 274, 130);
        cell(c, 'DATE DE LIVRAISON', D.slashed(delivery), 170, 274, 125);
        cell(c, 'VOLUME ESTIMÉ', `${m3} m³`, 300, 274, 125);
        cell(c, 'DISTANCE', `${km} km`, 425, 274, 130);
        c.text('Formule :', 40, 330, 10, c.bold);
        ['Économique', 'Standard', 'Luxe'].forEach((o, k) => tick(c, o, o === formula, 110 + k * 110, 330, 10));
        para(c, 'Économique : emballage et déballage par le client, cartons fournis. Standard : emballage du fragile par nos soins. Luxe : emballage et déballage de tous vos biens par nos soins, démontage et remontage du mobilier.', 40, 348, 515, 8, 11);
        let y = ruled(c, 40, 380, [[330, 'Désignation'], [90, 'Quantité'], [95, 'Montant HT']], [
          [`Déménagement formule ${formula}, ${km} km`, `${m3} m³`, fr(base)],
          [`Assurance ad valorem (valeur déclarée ${fr(declared)})`, '1', fr(insurance)],
          ['Total HT', '', fr(net)],
          ['TVA 20 %', '', fr(vat)],
          ['Total TTC', '', fr(total)],
        ], 19, 9, [1, 2]);
        y = para(c, `Un acompte de 30 %, soit ${fr(cents(total * 0.3))}, est demandé à la signature ; le solde est payable à la livraison. Ce devis est valable jusqu'au ${D.slashed(valid)}. Pour l'accepter, merci de nous le retourner daté et signé avec la mention « bon pour accord ».`, 40, y + 20, 515, 9.5, 13.5);
        c.text(`Fait à Vénissieux, le ${D.frLong(made)}`, 40, y + 14, 9.5);
        underLine(c, "Pour l'entreprise", g.p(['Karim Benali', 'Isabelle Roche']), 40, y + 70, 220);
        underLine(c, 'Bon pour accord - date et signature du client', '', 335, y + 70, 220);
        footer(c, 'Conditions générales de vente au verso · Déclaration de valeur obligatoire · Médiateur : CMFM, 65 rue Lamartine, 75009 Paris', c.height - 30, 40);
        return { c, key: { quote_number: num, customer_name: customer, moving_date: loading, origin_city: fromCity.replace(/^\d+ /, ''), destination_city: toCity.replace(/^\d+ /, ''), volume_m3: m3, total_price: total, packing_included: packing, valid_until: valid } };
      },
    },
    {
      // An Australian removalist's interstate quote (scanned): the move as a one-row table under column headings, the
      // volume as the total of a many-row inventory by room, packing as boxes after Yes / No, GST in the price table,
      // the date quoted and the date the price is held to as the decoys around the validity.
      image: 0.5,
      make: async (g) => {
        const c = await canvas([595, 780]);
        const customer = g.p(['Liam Carter', 'Chloe Nguyen', 'Jack Thompson', 'Olivia Hart']);
        const [from, to, dist] = g.p<[string, string, number]>([['Brisbane', 'Melbourne', 1690], ['Sydney', 'Adelaide', 1370], ['Canberra', 'Brisbane', 1200], ['Melbourne', 'Perth', 3410]]);
        const rooms: [string, string, number][] = [['Lounge', 'Sofa, TV unit, bookcase', g.int(50, 80) / 10], ['Dining / kitchen', 'Table and 6 chairs, fridge', g.int(30, 55) / 10], ['Main bedroom', 'Queen bed, wardrobe, drawers', g.int(40, 60) / 10], ['Bedroom 2', 'Single bed, desk', g.int(20, 40) / 10], ['Garage / outdoor', 'Mower, bikes, tools', g.int(15, 50) / 10], ['Cartons (est.)', `${g.int(4, 9) * 10} cartons`, g.int(20, 45) / 10]];
        const m3 = Math.round(rooms.reduce((a, [, , v]) => a + v, 0) * 10) / 10;
        const quoted = someDate(g);
        const move = after(g, quoted, 14, 50);
        const valid = plusDays(quoted, 30);
        const num = `SCR-${g.n(5)}`;
        const packing = g.r() < 0.5;
        const linehaul = cents(m3 * g.p([165, 180, 195]) + dist * 0.6);
        const packFee = packing ? cents(g.int(6, 10) * 2 * 75) : 0;
        const insurance = cents(g.p([25000, 40000]) * 0.015);
        const net = cents(linehaul + packFee + insurance);
        const gst = cents(net * 0.1);
        const total = cents(net + gst);
        c.text('SOUTHERN CROSS REMOVALS', 36, 45, 15, c.bold);
        c.text('Southern Cross Removals Pty Ltd · ABN 41 ' + g.n(3) + ' ' + g.n(3) + ' ' + g.n(3) + ' · 1300 555 418 · moves@southerncross.com.au', 36, 58, 7.5, c.font, true);
        c.text('INTERSTATE REMOVAL QUOTE', 36, 90, 13, c.bold);
        grid(c, [['Quote no.:', num], ['Date quoted:', D.slashed(quoted)], ['Customer:', customer], ['Mobile:', `04${g.n(2)} ${g.n(3)} ${g.n(3)}`]], 340, 420, 80, 14, c.bold);
        let y = ruled(c, 36, 150, [[100, 'Move date'], [110, 'Moving from'], [110, 'Moving to'], [80, 'Distance'], [123, 'Vehicle']],
          [[D.slashed(move), from, to, `${group(dist, ',', '.', 0)} km`, 'Shared backload truck']], 20, 9);
        c.text('INVENTORY SUMMARY', 36, y + 24, 9.5, c.bold);
        y = table(c, y + 40, [[36, 'Room', false], [250, 'Items', false], [559, 'Volume (m³)', true]], [
          ...rooms.map(([room, items, v]) => [room, items, v.toFixed(1)]),
          ['TOTAL ESTIMATED VOLUME', '', m3.toFixed(1)],
        ], 15, true);
        c.text('Packing service:', 36, y + 14, 9.5, c.bold);
        boxAfter(c, ['Yes', 'No'], packing ? 'Yes' : 'No', 140, y + 14, 55, 9.5);
        c.text(packing ? '(2 packers the day before uplift)' : '(customer packs; cartons sold separately)', 260, y + 14, 8.5, c.font, true);
        y = table(c, y + 40, [[36, 'Charges', false], [559, 'Amount', true]], [
          [`Interstate linehaul, ${m3.toFixed(1)} m³`, M.aud(linehaul)],
          ...(packing ? [['Packing service', M.aud(packFee)]] : []),
          [`Transit insurance (cover ${M.aud(insurance / 0.015).replace('.00', '')})`, M.aud(insurance)],
          ['Subtotal', M.aud(net)],
          ['GST 10%', M.aud(gst)],
          ['TOTAL (incl. GST)', M.aud(total)],
        ], 15, true);
        y = para(c, `This quote is valid until ${D.slashed(valid)}. A 20% deposit secures your move date. Delivery is usually 5 to 9 days after uplift on a shared load; a dedicated truck can be quoted on request.`, 36, y + 12, 523, 9, 13);
        underLine(c, 'Move consultant', g.p(['Ben Russo', 'Tegan Walsh']), 36, y + 50, 200);
        underLine(c, 'Customer acceptance', '', 300, y + 50, 259);
        return { c, key: { quote_number: num, customer_name: customer, moving_date: move, origin_city: from, destination_city: to, volume_m3: m3, total_price: total, packing_included: packing, valid_until: valid } };
      },
    },
  ],
};

/** 6. Food hygiene inspection reports. */
const INSPECTIONS = ['Routine', 'Follow-up', 'Complaint'];
const CONTRAVENTIONS: [string, string][] = [
  ['Kitchen', 'Wash hand basin obstructed and without soap or paper towels'],
  ['Walk-in chiller', 'Raw meat stored above ready-to-eat foods'],
  ['Food room', 'Build-up of grease and debris behind cooking equipment'],
  ['Records', 'Food safety management system (SFBB) diary not kept up to date'],
  ['Dry store', 'Evidence of mouse droppings; pest control contract not renewed'],
  ['Kitchen', 'Chopping boards worn and deeply scored, cannot be cleaned'],
  ['Staff', 'No food hygiene training records for two food handlers'],
];
const food: Kind = {
  name: 'food-hygiene-inspection',
  fields: [
    ['report_number', 'string', 'Inspection report number'],
    ['establishment_name', 'string', 'Name of the food business inspected'],
    ['operator_name', 'string', 'Food business operator (owner or company)'],
    ['inspection_date', 'date', 'Date of the inspection'],
    ['inspection_type', 'enum', 'Why was the inspection carried out?', INSPECTIONS],
    ['inspector_name', 'string', 'Officer who carried out the inspection'],
    ['violations_count', 'number', 'How many contraventions or non-compliances were found?'],
    ['follow_up_required', 'boolean', 'Is a revisit or follow-up inspection required?'],
  ],
  documents: [
    {
      // An English district council's inspection report: boxed cells with the labels above, the reason for the visit as
      // boxes crossed before the council's words for it, the contraventions as numbered rows of a ruled table with their
      // deadlines, the hygiene rating and the last inspection as decoys, the officer and the person seen on lines.
      make: async (g) => {
        const c = await canvas();
        const [premises, operator, person] = g.p([['The Copper Kettle Café', 'Copper Kettle (Ludlow) Ltd', 'Sandra Price'], ['Golden Dragon Takeaway', 'Mr Wei Chen', 'Li Na Chen'], ['Marlowe Street Bakery', 'Marlowe Bakeries Ltd', 'Tom Evans'], ['The Fox & Hounds', 'Greenleaf Inns plc', 'Gary Whitlock']]);
        const date = someDate(g);
        const last = plusDays(date, -g.int(300, 700));
        const [type, printed] = g.p([['Routine', 'Programmed inspection'], ['Follow-up', 'Revisit'], ['Complaint', 'Complaint investigation']]);
        const n = g.int(2, 5);
        const picked = shuffle(g, CONTRAVENTIONS).slice(0, n);
        const revisit = n >= 3 || g.r() < 0.4;
        const rating = n >= 4 ? 2 : n === 3 ? 3 : 4;
        const num = `EH/FH/${date.slice(0, 4)}/${g.n(5)}`;
        const officer = g.p(['Sarah Whitfield', 'David Okonkwo', 'Rhiannon Lewis']);
        letterhead(c, 'South Shropshire District Council', ['Environmental Health · Food & Safety Team · Stone House, Corve Street, Ludlow SY8 1DG · 01584 555 310'], 40, 50, 15, 555);
        c.text('FOOD HYGIENE INSPECTION REPORT', 40, 100, 14, c.bold);
        c.right('Regulation (EC) 852/2004 as retained', 555, 100, 7.5);
        cell(c, 'REPORT REF.', num, 40, 112, 150);
        cell(c, 'DATE OF VISIT', D.slashed(date), 190, 112, 100);
        cell(c, 'TIME', `${pad(g.int(9, 15))}:${g.p(['00', '15', '30', '45'])}`, 290, 112, 60);
        cell(c, 'PREVIOUS INSPECTION', D.slashed(last), 350, 112, 100);
        cell(c, 'PREMISES ID', `FP${g.n(6)}`, 450, 112, 105);
        cell(c, 'NAME OF PREMISES', premises, 40, 142, 255);
        cell(c, 'FOOD BUSINESS OPERATOR', operator, 295, 142, 260);
        cell(c, 'ADDRESS OF PREMISES', `${g.int(2, 80)} ${g.p(['Broad Street', 'Corve Street', 'Mill Street'])}, Ludlow SY8 ${g.int(1, 3)}${letters(g, 2)}`, 40, 172, 515);
        c.text('Reason for visit:', 40, 225, 9.5, c.bold);
        ['Programmed inspection', 'Revisit', 'Complaint investigation'].forEach((o, k) => tick(c, o, o === printed, 140 + k * 135, 225));
        c.text('MATTERS REQUIRING ATTENTION (contraventions of food hygiene law)', 40, 255, 9, c.bold);
        let y = ruled(c, 40, 262, [[30, 'No.'], [85, 'Area'], [285, 'Contravention observed'], [115, 'Complete by']],
          picked.map(([area, text], k) => [String(k + 1), area, text, D.slashed(plusDays(date, [7, 14, 28, 28, 56][k]))]), 20, 8.2);
        c.text('Food hygiene rating awarded at this visit:', 40, y + 24, 9.5);
        c.box(245, y + 11, 22, 18);
        c.text(String(rating), 252, y + 25, 12, c.bold);
        c.text('(0 to 5)', 274, y + 24, 8, c.font, true);
        c.text('Revisit:', 40, y + 50, 9.5, c.bold);
        tick(c, `A revisit will be made on or after ${D.slashed(plusDays(date, 28))} to check the work above`, revisit, 90, y + 50);
        tick(c, 'No revisit planned; the matters will be checked at the next programmed inspection', !revisit, 90, y + 66);
        y = para(c, 'This report is not a formal notice. Failure to carry out the work listed may lead to formal action. If you disagree with the rating you may appeal within 21 days of being notified of it.', 40, y + 92, 515, 8, 11);
        underLine(c, 'Authorised officer (Environmental Health)', officer, 40, y + 40, 220);
        underLine(c, 'Person seen / in charge at the time of the visit', person, 335, y + 40, 220);
        return { c, key: { report_number: num, establishment_name: premises, operator_name: operator, inspection_date: date, inspection_type: type, inspector_name: officer, violations_count: n, follow_up_required: revisit } };
      },
    },
    {
      // An Italian health authority's inspection record (verbale di ispezione): the day and month in the opening sentence
      // with the year in words, the inspector, the premises, its operator and the legal representative (a decoy name)
      // inside the sentence, the reason as crossed boxes, the non-compliances numbered, the follow-up in a sentence.
      make: async (g) => {
        const c = await canvas();
        const [premises, kindIt, operator, rep] = g.p([['Trattoria Da Gino', 'esercizio di somministrazione di alimenti e bevande', 'Rossi Gino & C. s.n.c.', 'Anna Rossi'], ['Pasticceria La Mimosa', 'laboratorio di pasticceria con vendita', 'La Mimosa S.r.l.', 'Paolo Ferraris'], ['Pizzeria Il Vesuvio', 'esercizio di somministrazione (pizzeria)', 'Esposito Ciro', 'Ciro Esposito']]);
        const date = someDate(g);
        const [y0, m0, d0] = ymd(date);
        const [type, printed] = g.p([['Routine', 'controllo ufficiale programmato'], ['Complaint', 'su segnalazione / esposto'], ['Follow-up', 'verifica ottemperanza a prescrizioni']]);
        const items = [
          'piano di autocontrollo HACCP non aggiornato e registrazioni delle temperature incomplete',
          'presenza di alimenti privi di etichettatura o documentazione di rintracciabilità nella cella frigorifera',
          'pareti e soffitto del locale cucina con tracce di muffa e intonaco scrostato',
          'lavello lavamani privo di comando non manuale e di asciugamani monouso',
          'zanzariere assenti alle finestre del laboratorio',
        ];
        const n = g.int(1, 4);
        const found = items.slice(0, n);
        const follow = g.r() < 0.6;
        const num = `${g.int(100, 990)}/${y0}/SIAN`;
        const inspector = g.p(['Marco Bellini', 'Giulia Ferri', 'Alessandro Conti']);
        letterhead(c, 'ASL Città di Torino', ['Dipartimento di Prevenzione · S.C. Igiene degli Alimenti e della Nutrizione (SIAN) · Via della Consolata 10, 10122 Torino'], 50, 55, 15, 545);
        centre(c, `VERBALE DI ISPEZIONE N. ${num}`, 108, 13, c.bold);
        centre(c, 'ai sensi del Regolamento (UE) 2017/625', 122, 8.5);
        let y = para(c, `L'anno ${IT_YEARS[y0]}, addì ${d0} del mese di ${MONTHS.it[m0 - 1]}, alle ore ${g.int(9, 12)}.${g.p(['00', '15', '30', '45'])}, il sottoscritto ${inspector}, Tecnico della Prevenzione in servizio presso il SIAN dell'ASL Città di Torino, si è recato presso l'${kindIt} denominato «${premises}», sito in Torino, ${g.p(['via Nizza', 'corso Vittorio Emanuele II', 'via Po'])} ${g.int(2, 180)}, gestito da ${operator} (P. IVA ${g.n(11)}), alla presenza del legale rappresentante sig./sig.ra ${rep}, nato/a il ${D.slashed(`${g.int(1955, 1990)}-${pad(g.int(1, 12))}-${pad(g.int(1, 28))}`)}.`, 50, 150, 495, 10, 14.5);
        c.text('Motivo del sopralluogo:', 50, y + 12, 10, c.bold);
        ['controllo ufficiale programmato', 'su segnalazione / esposto', 'verifica ottemperanza a prescrizioni'].forEach((o, k) => tick(c, o, o === printed, 60, y + 32 + k * 17));
        y = para(c, `Nel corso del sopralluogo, effettuato in tutti i locali dell'attività, sono state rilevate le seguenti non conformità:`, 50, y + 90, 495, 10, 14.5);
        found.forEach((t, k) => { y = para(c, `${k + 1}) ${t};`, 65, y + 4, 480, 10, 14.5); });
        y = para(c, follow
          ? `Si prescrive la risoluzione delle non conformità entro ${g.p([15, 30, 45])} giorni dalla data del presente verbale. Sarà effettuato un successivo sopralluogo di verifica dell'ottemperanza alle prescrizioni.`
          : 'Le non conformità rilevate sono di lieve entità; il legale rappresentante si impegna a risolverle. Non si ritiene necessario un ulteriore sopralluogo, fatti salvi i controlli programmati.', 50, y + 10, 495, 10, 14.5);
        y = para(c, `Del che si è redatto il presente verbale in duplice copia, una delle quali viene consegnata alla parte. Prossimo campionamento programmato: ${D.slashed(plusDays(date, g.int(120, 300)))}.`, 50, y + 6, 495, 10, 14.5);
        c.text('Letto, confermato e sottoscritto.', 50, y + 14, 10);
        underLine(c, 'Il Tecnico della Prevenzione', inspector, 50, y + 70, 210);
        underLine(c, 'La parte (legale rappresentante)', rep, 335, y + 70, 210);
        footer(c, "Avverso il presente verbale è ammesso ricorso secondo le modalità previste dalla normativa vigente. Informativa privacy ai sensi del Reg. (UE) 2016/679.", c.height - 30, 50);
        return { c, key: { report_number: num, establishment_name: premises, operator_name: operator, inspection_date: date, inspection_type: type, inspector_name: inspector, violations_count: n, follow_up_required: follow } };
      },
    },
    {
      // A US county health department's food establishment inspection report (scanned): "LABEL: value" rows in two
      // columns, the permit holder beside the person in charge, the time in and out and the permit number as decoys, the
      // score, the total and the repeat violations in a box, a ruled table of violations, the follow-up as boxes after.
      image: -0.45,
      make: async (g) => {
        const c = await canvas([612, 792]);
        const [premises, operator, pic] = g.p([['Lucky Star Noodle House', 'LSN Restaurant Group LLC', 'Jimmy Huang'], ["Rosita's Taqueria", 'Rosa M. Villanueva', 'Hector Villanueva'], ['Bayou Grill & Oyster Bar', 'Gulf Coast Eateries Inc.', 'Marcy Boudreaux'], ['Sunrise Donut Shop', 'Sok Family Enterprises LLC', 'Dara Sok']]);
        const date = someDate(g);
        const [type, printed] = g.p([['Routine', 'ROUTINE'], ['Follow-up', 'REINSPECTION'], ['Complaint', 'COMPLAINT']]);
        const codes: [string, string, string, number][] = [
          ['3-501.16', 'TCS food held cold above 41F in prep cooler (48F)', 'P', 4],
          ['2-301.14', 'Employee did not wash hands before putting on gloves', 'P', 4],
          ['4-601.11', 'Build-up on slicer and can opener blade', 'PF', 2],
          ['6-501.12', 'Floor under fryers not clean', 'C', 1],
          ['3-302.11', 'Raw shell eggs stored over produce in walk-in', 'P', 4],
          ['5-205.11', 'Handwashing sink used to store utensils', 'PF', 2],
          ['6-303.11', 'Lighting inadequate in dry storage', 'C', 1],
        ];
        const n = g.int(2, 6);
        const found = shuffle(g, codes).slice(0, n);
        const score = 100 - found.reduce((a, [, , , p]) => a + p, 0);
        const followUp = found.some(([, , k]) => k === 'P') && g.r() < 0.8;
        const num = `${date.slice(2, 4)}-${g.n(6)}`;
        const inspector = g.p(['Rosa Alvarez', 'Tyler Brooks', 'Naomi Fischer']);
        const hh = g.int(9, 15);
        c.text('RIVER VALLEY COUNTY HEALTH DEPARTMENT', 40, 45, 13.5, c.bold);
        c.text('Environmental Health Division · 800 N. Main St, Suite 210, Riverton, TX 75480 · (903) 555-0172', 40, 58, 8, c.font, true);
        c.text('FOOD ESTABLISHMENT INSPECTION REPORT', 40, 88, 12.5, c.bold);
        grid(c, [['REPORT NO.:', num], ['ESTABLISHMENT:', premises], ['PERMIT HOLDER:', operator], ['PERSON IN CHARGE:', pic], ['ADDRESS:', `${g.int(100, 4999)} ${g.p(['W Ferguson Rd', 'S Jefferson Ave', 'Loop 286'])}, Riverton`]], 40, 150, 112, 15, c.bold);
        grid(c, [['DATE:', D.usSlashed(date)], ['TIME IN:', usClock(hh, g.p(['05', '20', '40']))], ['TIME OUT:', usClock(hh + 1, g.p(['10', '35', '55']))], ['PERMIT #:', `FP-${g.n(5)}`], ['TYPE:', printed]], 390, 460, 112, 15, c.bold);
        c.box(40, 200, 532, 34, 0.94);
        c.box(40, 200, 532, 34);
        c.text(`SCORE: ${score}`, 50, 222, 13, c.bold);
        c.text(`TOTAL VIOLATIONS: ${n}`, 200, 222, 11, c.bold);
        c.text(`REPEAT VIOLATIONS: ${g.int(0, Math.min(2, n - 1))}`, 400, 222, 10);
        let y = ruled(c, 40, 250, [[30, 'Item'], [62, 'Code'], [300, 'Observation'], [50, 'Type'], [45, 'Pts'], [45, 'COS']],
          found.map(([code, text, k, p], i) => [String(i + 1), code, text, k, String(p), g.r() < 0.4 ? 'Y' : '']), 19, 8.2, [4]);
        c.text('P = Priority, PF = Priority Foundation, C = Core. COS = corrected on site.', 40, y + 12, 7.5, c.font, true);
        c.text('FOLLOW-UP INSPECTION REQUIRED:', 40, y + 40, 10, c.bold);
        boxAfter(c, ['YES', 'NO'], followUp ? 'YES' : 'NO', 240, y + 40, 60, 10);
        if (followUp) c.text(`Priority items must be corrected within 10 days (by ${D.usSlashed(plusDays(date, 10))}).`, 40, y + 58, 9);
        y = para(c, 'Inspection report posted in public view as required. The permit holder acknowledges receipt of this report; signing it does not mean agreement with the findings.', 40, y + 86, 532, 8.5, 12);
        underLine(c, 'Received by (person in charge)', pic, 40, y + 40, 220);
        underLine(c, 'Inspector (REHS)', inspector, 340, y + 40, 232);
        return { c, key: { report_number: num, establishment_name: premises, operator_name: operator, inspection_date: date, inspection_type: type, inspector_name: inspector, violations_count: n, follow_up_required: followUp } };
      },
    },
  ],
};

// ---- The set ---------------------------------------------------------------------------------------------
const KINDS = [dogLicence, mooring, birth, pension, removal, food];
await writeKinds(here, KINDS, 6421, 173);
