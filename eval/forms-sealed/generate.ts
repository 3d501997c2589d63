// Generates eval/forms-sealed: six kinds of form no other set has, written blind — nothing under src/ (the offline
// extractor included) was opened, and neither the extractor nor the eval was run on the set — to measure how the
// extractor does on kinds nobody tuned it for. Each kind has a folder of its own with the schema a user would write
// (eval/forms-sealed/<kind>/{docs,key,schema.json}): charitable donation receipts, building permits, school enrolment
// forms, property tax notices, dental treatment estimates and energy performance certificates, three of each — one
// English, one in French, Italian, Portuguese, Spanish or German (English field names), one rendered to a degraded
// image the reader OCRs. Labels as real forms print them, values as printed, with distractors (other dates, other
// amounts, reference numbers that are not the asked one); the keys hold what a user expects back (ISO dates, plain
// numbers, one of the enum's options, true/false).
// Run: npx tsx eval/forms-sealed/generate.ts
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Rng } from '../support/random.ts';
import { cents, group, pad, plusDays, ymd } from '../support/formats.ts';
import { birthDate, DATES, MONEY, someDate } from '../support/form-values.ts';
import { canvas, type Canvas } from '../support/canvas.ts';
import { cell, checkboxes, grid, headed, table, tick, underLine } from '../support/form-blocks.ts';
import { type Kind, writeKinds } from '../support/form-set.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

// ---- Helpers -----------------------------------------------------------------------------------------------

/** `k` capital letters for references (no I, O or Q, which are read as digits). */
const letters = (g: Rng, k: number) => Array.from({ length: k }, () => g.p([...'ABCDEFGHJKLMNPRSTUVWXYZ'])).join('');
/** `t` centred on the page, as official documents set their titles. */
const centre = (c: Canvas, t: string, y: number, size: number, f = c.font) => c.text(t, (c.page.getWidth() - f.widthOfTextAtSize(t, size)) / 2, y, size, f);
/** A label on the left and its value in an entry box from `vx`, as tax offices print them. */
const boxed = (c: Canvas, label: string, value: string, x: number, vx: number, y: number, w: number) => {
  c.text(label, x, y, 9);
  c.box(vx, y - 13, w, 18);
  c.text(value, vx + 6, y, 10);
};
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
/** The day itself, or the Monday after when it falls on a weekend. */
const weekday = (iso: string) => { const d = new Date(Date.parse(iso)).getUTCDay(); return d === 6 ? plusDays(iso, 2) : d === 0 ? plusDays(iso, 1) : iso; };
/** Whole amounts with a currency sign: "$184,500". */
const dollars0 = (v: number) => `$${group(v, ',', '.', 0)}`;
/** Euro amounts as Italian offices print them: "€ 1.234,56". */
const eurIt = (v: number) => `€ ${group(v, '.', ',')}`;
/** Canadian numeric dates: "2025/03/28". */
const caDate = (iso: string) => iso.replace(/-/g, '/');
/** "3rd", "5th": US grade levels. */
const ordinal = (n: number) => `${n}${n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'}`;

/** An amount in French words, as the reçu fiscal asks for it ("cent cinquante"). */
const FR_UNITS = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf'];
const FR_TENS = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'];
const frBelow100 = (n: number): string => {
  if (n < 20) return FR_UNITS[n];
  if (n < 70) {
    const t = Math.floor(n / 10);
    const u = n % 10;
    return u === 0 ? FR_TENS[t] : u === 1 ? `${FR_TENS[t]} et un` : `${FR_TENS[t]}-${FR_UNITS[u]}`;
  }
  if (n < 80) return n === 71 ? 'soixante et onze' : `soixante-${FR_UNITS[n - 60]}`;
  return n === 80 ? 'quatre-vingts' : `quatre-vingt-${FR_UNITS[n - 80]}`;
};
const frBelow1000 = (n: number) => {
  const h = Math.floor(n / 100);
  const r = n % 100;
  const hundreds = h === 0 ? '' : h === 1 ? 'cent' : `${FR_UNITS[h]} cent${r === 0 ? 's' : ''}`;
  return [hundreds, r ? frBelow100(r) : ''].filter(Boolean).join(' ');
};
const frWords = (n: number) => {
  const th = Math.floor(n / 1000);
  const r = n % 1000;
  const thousands = th === 0 ? '' : th === 1 ? 'mille' : `${frBelow1000(th).replace(/s$/, '')} mille`;
  return [thousands, r ? frBelow1000(r) : ''].filter(Boolean).join(' ') || 'zéro';
};

// ---- Kinds -------------------------------------------------------------------------------------------------

/** 1. Charitable donation receipts. */
const PAYMENT = ['Cash', 'Cheque', 'Card', 'Bank transfer', 'Direct debit'];
const donation: Kind = {
  name: 'donation-receipt',
  fields: [
    ['receipt_number', 'string', 'Receipt number'],
    ['donor_name', 'string', 'Who made the donation?'],
    ['charity_name', 'string', 'Charity or organisation that received the gift'],
    ['charity_tax_id', 'string', "The charity's registration or tax ID number"],
    ['donation_date', 'date', 'Date the donation was received'],
    ['amount', 'number', 'Amount of the gift'],
    ['payment_method', 'enum', 'How was the gift paid?', PAYMENT],
    ['benefit_received', 'boolean', 'Did the donor get any goods or services in return for the gift?'],
  ],
  documents: [
    {
      // A US charity's acknowledgment letter: letterhead, the donor's address, a "Label: value" summary of the gift, the quid-pro-quo
      // statement, the EIN only in the closing paragraph, the year's total giving as a distractor.
      make: async (g) => {
        const c = await canvas([612, 792]);
        const [charity, street, city, phone, web] = g.p<[string, string, string, string, string]>([
          ['Riverside Food Bank of Ohio', '2200 Harmon Ave', 'Columbus, OH 43223', '(614) 555-0142', 'riversidefoodbank.org'],
          ['Friends of Cedar Lake Library', '41 Library Ln', 'Ann Arbor, MI 48104', '(734) 555-0188', 'cedarlakefriends.org'],
          ['Hope Harbor Animal Rescue', '915 Shoreline Rd', 'Erie, PA 16505', '(814) 555-0163', 'hopeharborrescue.org'],
        ]);
        const ein = `${g.n(2)}-${g.n(7)}`;
        const donor = g.p(['Danielle Porter', 'Howard Lin', 'Gregory Walsh']);
        const date = someDate(g);
        const letter = plusDays(date, g.int(3, 12));
        const receipt = `${date.slice(0, 4)}-${g.n(5)}`;
        const amount = g.p([100, 250, 500, 750, 1000]);
        const check = g.n(4);
        const card = g.n(4);
        const [method, printed] = g.p<[string, string]>([['Cheque', `Check no. ${check}`], ['Card', `Credit card (Visa ending ${card})`], ['Bank transfer', 'ACH bank transfer'], ['Cash', 'Cash']]);
        const benefit = g.r() < 0.5;
        const fmv = g.p([45, 60, 85]);
        const ytd = amount + g.p([50, 100, 150, 200]);
        const signer = g.p(['Karen Mendez', 'Thomas Albright']);
        c.text(charity, 50, 60, 15, c.bold);
        c.text(`${street} · ${city} · ${phone} · ${web}`, 50, 75, 8, c.font, true);
        c.rule(50, 562, 84);
        c.text(DATES.usLong(letter), 50, 120, 10);
        [donor, `${g.int(100, 9800)} ${g.p(['Sycamore Dr', 'Beechwood Ave', 'Hillcrest Rd'])}`, g.p(['Dublin, OH 43017', 'Ypsilanti, MI 48197', 'Meadville, PA 16335'])]
          .forEach((t, k) => c.text(t, 50, 150 + k * 13, 10));
        c.text(`Dear ${donor.split(' ')[0]},`, 50, 218, 10);
        lines(c, [
          `On behalf of everyone at ${charity}, thank you for your generous gift.`,
          'Contributions like yours keep our programs running all year, and we are grateful to count you among',
          'our supporters. Please find the details of your gift below.',
        ], 50, 240, 10, 14);
        c.text('GIFT ACKNOWLEDGMENT', 50, 300, 10, c.bold);
        grid(c, [
          ['Receipt number:', receipt],
          ['Date received:', DATES.usLong(date)],
          ['Gift amount:', MONEY.usd(amount)],
          ['Payment method:', printed],
          ['Designation:', g.p(['General operating fund', 'Capital campaign', 'Where needed most'])],
          ['Appeal code:', `${g.p(['SP', 'FA', 'YE'])}${date.slice(2, 4)}-${g.n(3)}`],
        ], 50, 170, 320, 16);
        lines(c, benefit
          ? [`In exchange for your contribution you received two tickets to our Spring Benefit Dinner, with an estimated fair`,
            `market value of ${MONEY.usd(fmv)}. The tax-deductible portion of your gift is limited to ${MONEY.usd(amount - fmv)}.`]
          : ['No goods or services were provided in exchange for this contribution.'], 50, 435, 9.5, 13);
        lines(c, [
          `${charity} is a tax-exempt organization under Section 501(c)(3) of the Internal Revenue Code.`,
          `Our federal tax identification number (EIN) is ${ein}. Please keep this letter for your tax records.`,
        ], 50, 475, 9.5, 13);
        c.text(`Your total giving in ${date.slice(0, 4)} so far: ${MONEY.usd(ytd)}. Thank you for your loyal support.`, 50, 515, 9.5);
        c.text('With gratitude,', 50, 555, 10);
        c.text(signer, 50, 600, 10);
        c.text('Executive Director', 50, 613, 9, c.font, true);
        c.text(`Questions about your gift? Call ${phone} or write to giving@${web}.`, 50, 740, 7.5, c.font, true);
        return { c, key: { receipt_number: receipt, donor_name: donor, charity_name: charity, charity_tax_id: ein, donation_date: date, amount, payment_method: method, benefit_received: benefit } };
      },
    },
    {
      // A French association's tax receipt (reçu au titre des dons, Cerfa 11580): grey section bands, the sum in figures in a box
      // and in words, the date of payment on its own line, the form, nature and means of payment as checkbox rows.
      make: async (g) => {
        const c = await canvas();
        const [charity, address, city, object] = g.p<[string, string, string, string]>([
          ['Association Solidarité Mont-Blanc', '12 rue du Lac, 74000 Annecy', 'Annecy', 'Aide alimentaire et accompagnement des familles en difficulté'],
          ['Les Amis de la Bibliothèque de Nérac', '3 place de la Mairie, 47600 Nérac', 'Nérac', 'Promotion de la lecture publique et animations culturelles'],
          ['Fondation Horizon Enfance', '48 boulevard Voltaire, 75011 Paris', 'Paris', 'Soutien aux enfants hospitalisés et à leurs familles'],
        ]);
        const siren = `${g.n(3)} ${g.n(3)} ${g.n(3)}`;
        const [donor, donorAddress] = g.p([['Martine Lefèvre', '7 allée des Tilleuls, 69300 Caluire-et-Cuire'], ['Jean-Luc Moreau', '22 rue Pasteur, 33000 Bordeaux'], ['Isabelle Fournier', '15 chemin des Vignes, 84000 Avignon']]);
        const date = someDate(g);
        const issued = plusDays(date, g.int(10, 90));
        const receipt = `${date.slice(0, 4)}-${g.n(4)}`;
        const amount = g.p([40, 80, 120, 150, 250, 300, 500]);
        const [method, printed] = g.p([['Cash', 'Espèces'], ['Cheque', 'Chèque'], ['Bank transfer', 'Virement'], ['Direct debit', 'Prélèvement'], ['Card', 'Carte bancaire']]);
        const foundation = charity.startsWith('Fondation');
        c.text('Cerfa n° 11580*05', 40, 40, 7.5, c.font, true);
        cell(c, "NUMÉRO D'ORDRE DU REÇU", receipt, 405, 28, 150);
        centre(c, "Reçu au titre des dons à certains organismes d'intérêt général", 88, 13, c.bold);
        centre(c, 'Articles 200, 238 bis et 978 du code général des impôts (CGI)', 102, 8, c.font);
        band(c, 'Bénéficiaire des versements', 120);
        grid(c, [['Nom ou dénomination :', charity], ['Adresse :', address], ['N° SIREN :', siren], ['Objet :', object]], 46, 170, 152, 15);
        c.text('Cochez la case concernée :', 46, 218, 8, c.font, true);
        tick(c, `Fondation ou association reconnue d'utilité publique${foundation ? ` par décret en date du ${DATES.slashed(`${g.int(1985, 2012)}-${pad(g.int(1, 12))}-${pad(g.int(1, 28))}`)}` : ''}`, foundation, 46, 236);
        tick(c, "Œuvre ou organisme d'intérêt général", !foundation, 46, 252);
        tick(c, 'Association cultuelle ou de bienfaisance et établissement public des cultes reconnus', false, 46, 268);
        band(c, 'Donateur', 290);
        grid(c, [['Nom :', donor], ['Adresse :', donorAddress]], 46, 170, 322, 15);
        c.text("Le bénéficiaire reconnaît avoir reçu au titre des dons et versements ouvrant droit à réduction d'impôt, la somme de :", 40, 375, 9);
        c.box(40, 385, 190, 24);
        c.text(`*** ${group(amount, ' ', ',')} € ***`, 52, 401, 12, c.bold);
        c.text('Somme en toutes lettres :', 40, 430, 9);
        c.text(`${frWords(amount)} euros`, 165, 430, 10);
        c.text('Date du versement ou du don :', 40, 450, 9);
        c.text(DATES.slashed(date), 175, 450, 10);
        c.text("Le bénéficiaire certifie sur l'honneur que les dons et versements qu'il reçoit ouvrent droit à la réduction d'impôt prévue", 40, 475, 8, c.font, true);
        c.text("à l'article 200 du CGI.", 40, 485, 8, c.font, true);
        checkboxes(c, 'Forme du don :', ['Acte authentique', 'Acte sous seing privé', 'Déclaration de don manuel', 'Autres'], 'Déclaration de don manuel', 40, 512, 128);
        checkboxes(c, 'Nature du don :', ['Numéraire', 'Titres de sociétés cotés', 'Autres'], 'Numéraire', 40, 532, 128);
        c.text('En cas de don en numéraire, mode de versement du don :', 40, 556, 9);
        checkboxes(c, '', ['Espèces', 'Chèque', 'Virement', 'Prélèvement', 'Carte bancaire'], printed, 40, 574, 95);
        c.text("Le donateur n'a bénéficié d'aucune contrepartie directe ou indirecte en échange de ce don.", 40, 602, 9);
        c.text(`Pour information : ce don ouvre droit à une réduction d'impôt de 66 % de son montant, soit ${group(cents(amount * 0.66), ' ', ',')} €, dans la limite`, 40, 625, 8, c.font, true);
        c.text('de 20 % du revenu imposable.', 40, 635, 8, c.font, true);
        c.text(`Fait à ${city}, le ${DATES.frLong(issued)}`, 40, 672, 10);
        underLine(c, 'Nom, qualité et signature du président ou du trésorier', g.p(['Claire Dumont, présidente', 'Bernard Roux, trésorier']), 300, 730, 255);
        return { c, key: { receipt_number: receipt, donor_name: donor, charity_name: charity, charity_tax_id: siren, donation_date: date, amount, payment_method: method, benefit_received: false } };
      },
    },
    {
      // A Canadian official donation receipt (scanned): a grid of boxed cells — total gift, value of the advantage, eligible amount —
      // the registration number under the letterhead, a donor number at the top right.
      image: 0.45,
      make: async (g) => {
        const c = await canvas([612, 400]);
        const [charity, address, city] = g.p<[string, string, string]>([
          ['Northern Lights Hospice Society', '1180 Garden Ave, Prince George, BC V2L 3K7', 'Prince George, BC'],
          ['Bayview Community Food Centre', '85 Water St, Halifax, NS B3J 1R8', 'Halifax, NS'],
          ['Maple Valley Youth Orchestra', '402 King St W, Kitchener, ON N2G 1B6', 'Kitchener, ON'],
        ]);
        const bn = `${g.n(9)} RR0001`;
        const receipt = `R${g.n(6)}`;
        const [donor, donorAddress] = g.p([['Sandra Whitehorse', '27 Birch Cres, Prince George, BC V2M 4T1'], ['Mathieu Gagnon', '9 Rue Principale, Moncton, NB E1C 4R2'], ['Priya Raman', '1405-88 Erb St E, Waterloo, ON N2J 1L9']]);
        const date = someDate(g);
        const issued = plusDays(date, g.int(1, 40));
        const amount = g.p([150, 200, 250, 300, 500]);
        // The other two draw it or never have one; here there is always an advantage, so the kind has both answers.
        const [advantage, value] = g.p<[string, number]>([['Gala dinner ticket', 75], ['Two concert tickets', 60], ['Golf tournament green fee', 90]]);
        const [method, printed] = g.p([['Cheque', 'Cheque'], ['Card', 'Credit card'], ['Cash', 'Cash']]);
        c.text(charity, 40, 45, 14, c.bold);
        c.text(address, 40, 59, 8, c.font, true);
        c.text(`Charitable registration no. ${bn}`, 40, 73, 9, c.bold);
        c.right(`Donor no. ${g.n(6)}`, 572, 45, 9);
        centre(c, 'OFFICIAL DONATION RECEIPT FOR INCOME TAX PURPOSES', 102, 11, c.bold);
        cell(c, 'RECEIPT NO.', receipt, 40, 115, 150);
        cell(c, 'DATE RECEIPT ISSUED', DATES.usLong(issued), 195, 115, 150);
        cell(c, 'LOCATION ISSUED', city, 350, 115, 222);
        cell(c, 'DONOR NAME', donor, 40, 150, 200);
        cell(c, 'DONOR ADDRESS', donorAddress, 245, 150, 327);
        cell(c, 'DATE DONATION RECEIVED', DATES.usLong(date), 40, 185, 130);
        cell(c, 'TOTAL AMOUNT OF GIFT', MONEY.usd(amount), 175, 185, 130);
        cell(c, 'VALUE OF ADVANTAGE', MONEY.usd(value), 310, 185, 120);
        cell(c, 'ELIGIBLE AMOUNT OF GIFT', MONEY.usd(amount - value), 435, 185, 137);
        cell(c, 'DESCRIPTION OF ADVANTAGE', advantage, 40, 220, 260);
        cell(c, 'METHOD OF PAYMENT', printed, 305, 220, 267);
        c.text('Canada Revenue Agency: canada.ca/charities-giving', 40, 275, 8.5);
        underLine(c, 'Authorized signature', g.p(['Linda Okafor', 'Gordon MacRae']), 40, 320, 220);
        underLine(c, 'Title', 'Treasurer', 300, 320, 150);
        c.text('This receipt replaces any receipt previously issued for this gift. Keep it for your income tax return.', 40, 365, 7.5, c.font, true);
        return { c, key: { receipt_number: receipt, donor_name: donor, charity_name: charity, charity_tax_id: bn, donation_date: date, amount, payment_method: method, benefit_received: true } };
      },
    },
  ],
};

/** 2. Building permits. */
const WORK = ['New building', 'Addition', 'Alteration', 'Demolition', 'Change of use'];
const permit: Kind = {
  name: 'building-permit',
  fields: [
    ['permit_number', 'string', 'Building permit number'],
    ['issue_date', 'date', 'When was the permit issued?'],
    ['owner_name', 'string', 'Owner of the property'],
    ['site_address', 'string', 'Address where the work will be carried out'],
    ['work_type', 'enum', 'Type of work permitted', WORK],
    ['estimated_cost', 'number', 'Estimated cost of the building work'],
    ['fees_paid', 'number', 'Total permit fees paid'],
    ['commence_by', 'date', 'Last day to start the work before the permit lapses'],
  ],
  documents: [
    {
      // A US city permit card: the number boxed at the top right, a grid of boxed cells (issued, applied, expires if not started),
      // owner and contractor, the kind of work as ticked boxes, a fee table with the total paid in bold.
      make: async (g) => {
        const c = await canvas([612, 792]);
        const issue = someDate(g);
        const applied = plusDays(issue, -g.int(10, 45));
        const commence = plusDays(issue, 180);
        const number = `BLD${issue.slice(2, 4)}-${g.n(5)}`;
        const owner = g.p(['Kevin Johansson', 'Laura Bennett', 'Samuel Ortiz']);
        const address = `${g.int(1100, 2900)} ${g.p(['Birchwood Ln', 'Larpenteur Ave E', 'County Rd B E'])}`;
        const [type, printed, description, cost] = g.p<[string, string, string, number]>([
          ['New building', 'New construction', 'New single-family dwelling, 2 stories, 2,140 sq ft, attached 2-car garage', g.int(320, 480) * 1000],
          ['Addition', 'Addition', 'One-story rear addition, 320 sq ft: bedroom and bathroom', g.int(60, 140) * 1000],
          ['Alteration', 'Alteration / remodel', 'Kitchen remodel; remove load-bearing wall and install new LVL beam', g.int(25, 80) * 1000],
          ['Demolition', 'Demolition', 'Demolition of detached garage and removal of concrete slab', g.int(8, 20) * 1000],
        ]);
        const fee = cents(150 + cost * 0.008);
        const review = cents(fee * 0.65);
        const surcharge = cents(cost * 0.0005);
        const tech = cents(fee * 0.04);
        const total = cents(fee + review + surcharge + tech);
        c.text('CITY OF MAPLEWOOD', 40, 50, 14, c.bold);
        c.text('Community Development · Building Safety Division', 40, 63, 8.5, c.font, true);
        c.text('1830 County Road B East · Maplewood, MN 55109 · (651) 555-0160', 40, 74, 8, c.font, true);
        cell(c, 'PERMIT NO.', number, 412, 40, 160);
        c.text('BUILDING PERMIT', 40, 112, 20, c.bold);
        c.text('This permit must be posted at the job site, visible from the street, until the final inspection is approved.', 40, 127, 8, c.font, true);
        cell(c, 'DATE ISSUED', DATES.usSlashed(issue), 40, 140, 130);
        cell(c, 'APPLICATION NO.', `APP-${g.n(6)}`, 175, 140, 130);
        cell(c, 'APPLICATION DATE', DATES.usSlashed(applied), 310, 140, 120);
        cell(c, 'EXPIRES IF WORK NOT STARTED BY', DATES.usSlashed(commence), 435, 140, 137);
        cell(c, 'JOB ADDRESS', address, 40, 175, 260);
        cell(c, 'PARCEL ID', `${g.n(2)}.${g.n(2)}.${g.n(2)}.${g.n(2)}.${g.n(4)}`, 305, 175, 140);
        cell(c, 'ZONING', 'R-1 Single dwelling', 450, 175, 122);
        cell(c, 'OWNER', owner, 40, 210, 260);
        cell(c, 'OWNER PHONE', `(651) 555-${g.n(4)}`, 305, 210, 267);
        cell(c, 'CONTRACTOR', g.p(['North Star Builders LLC', 'Lakeside Remodeling Inc.', 'Ramsey Home Construction']), 40, 245, 260);
        cell(c, 'CONTRACTOR LICENSE NO.', `BC${g.n(6)}`, 305, 245, 267);
        c.text('TYPE OF WORK', 40, 300, 9, c.bold);
        const kinds: [string, number, number][] = [['New construction', 40, 318], ['Addition', 175, 318], ['Alteration / remodel', 290, 318], ['Demolition', 430, 318], ['Repair', 40, 336], ['Change of occupancy', 175, 336]];
        for (const [label, x, y] of kinds) tick(c, label, label === printed, x, y);
        cell(c, 'DESCRIPTION OF WORK', description, 40, 350, 532);
        cell(c, 'VALUATION OF WORK', MONEY.usd(cost), 40, 385, 170);
        cell(c, 'OCCUPANCY GROUP', type === 'New building' || type === 'Addition' ? 'R-3' : 'R-3 / U', 215, 385, 120);
        cell(c, 'CONSTRUCTION TYPE', 'V-B', 340, 385, 232);
        c.text('FEES', 40, 440, 9, c.bold);
        const y = table(c, 460, [[40, 'Fee', false], [330, 'Basis', false], [572, 'Amount', true]], [
          ['Building permit fee', 'Valuation table', MONEY.usd(fee)],
          ['Plan review fee', '65% of permit fee', MONEY.usd(review)],
          ['State surcharge', '0.0005 x valuation', MONEY.usd(surcharge)],
          ['Technology fee', '4% of permit fee', MONEY.usd(tech)],
          ['TOTAL FEES PAID', '', MONEY.usd(total)],
        ], 15, true);
        c.text(`Receipt no. ${g.n(7)} · Paid ${DATES.usSlashed(issue)}`, 40, y + 8, 8, c.font, true);
        c.text('REQUIRED INSPECTIONS: Footings · Foundation · Framing · Insulation · Final', 40, y + 30, 8.5);
        c.text('Call (651) 555-0161 at least 24 hours in advance to schedule an inspection.', 40, y + 43, 8, c.font, true);
        underLine(c, 'Building Official', g.p(['Dale Kowalski', 'Renee Fischer']), 40, y + 100, 220);
        underLine(c, 'Date', DATES.usSlashed(issue), 320, y + 100, 120);
        return { c, key: { permit_number: number, issue_date: issue, owner_name: owner, site_address: address, work_type: type, estimated_cost: cost, fees_paid: total, commence_by: commence } };
      },
    },
    {
      // An Italian municipality's building permit (permesso di costruire): a centred title with its number, the recitals in prose,
      // the holder and site as "Label: value" rows, ticked kind of work, the contributions paid in a table, the start deadline in
      // the conditions, the date of issue only beside the place at the foot.
      make: async (g) => {
        const c = await canvas();
        const [comune, province, abbr, cap] = g.p<[string, string, string, string]>([['Imola', 'Bologna', 'BO', '40026'], ['Chiavari', 'Genova', 'GE', '16043'], ['Bassano del Grappa', 'Vicenza', 'VI', '36061']]);
        const issue = someDate(g);
        const applied = plusDays(issue, -g.int(40, 110));
        const commence = addYears(issue, 1);
        const number = `${g.int(12, 180)}/${issue.slice(0, 4)}`;
        const [title, owner] = g.p([['Sig.ra', 'Giulia Ferri'], ['Sig.', 'Marco Bellini'], ['Sig.', 'Paolo Conti']]);
        const fiscal = `${letters(g, 6)}${g.n(2)}${letters(g, 1)}${g.n(2)}${letters(g, 1)}${g.n(3)}${letters(g, 1)}`;
        const address = `${g.p(['Via dei Mille', 'Via Garibaldi', 'Viale Marconi'])} ${g.int(2, 120)}, ${cap} ${comune} (${abbr})`;
        const [type, printed, description, cost] = g.p<[string, string, string, number]>([
          ['New building', 'Nuova costruzione', 'costruzione di un edificio residenziale unifamiliare di due piani fuori terra con autorimessa', g.int(180, 320) * 1000],
          ['Addition', 'Ampliamento', 'ampliamento del fabbricato residenziale esistente con un nuovo vano soggiorno al piano terra', g.int(40, 110) * 1000],
          ['Alteration', 'Ristrutturazione edilizia', 'ristrutturazione edilizia con modifica della distribuzione interna e dei prospetti', g.int(60, 150) * 1000],
          ['Change of use', "Mutamento di destinazione d'uso", "mutamento di destinazione d'uso da ufficio ad abitazione, con opere interne", g.int(30, 90) * 1000],
        ]);
        const primary = cents(cost * 0.011 + g.int(0, 300));
        const secondary = cents(cost * 0.014 + g.int(0, 300));
        const construction = cents(cost * 0.03);
        const office = g.p([100, 150, 200]);
        const total = cents(primary + secondary + construction + office);
        c.text(`COMUNE DI ${comune.toUpperCase()}`, 40, 50, 15, c.bold);
        c.text(`Provincia di ${province}`, 40, 64, 9, c.font, true);
        c.text("Area Servizi Tecnici — Sportello Unico per l'Edilizia (SUE)", 40, 76, 8, c.font, true);
        c.right(`Prot. n. ${g.n(5)} del ${DATES.slashed(plusDays(issue, -g.int(1, 5)))}`, 555, 50, 9);
        centre(c, 'PERMESSO DI COSTRUIRE', 120, 16, c.bold);
        centre(c, `N. ${number}`, 138, 12, c.bold);
        centre(c, '(art. 10 e seguenti del D.P.R. 6 giugno 2001, n. 380)', 152, 8, c.font);
        c.text('IL RESPONSABILE DEL SERVIZIO', 40, 185, 10, c.bold);
        lines(c, [
          `Vista la domanda presentata in data ${DATES.slashed(applied)}, prot. n. ${g.n(5)}, per il rilascio del permesso di costruire`,
          `relativo alle opere descritte di seguito; visti gli elaborati progettuali a firma del tecnico incaricato, ${g.p(['Geom. Luca Fabbri', 'Arch. Silvia Mancini', 'Ing. Davide Greco'])};`,
          'visto il parere favorevole della Commissione per la qualità architettonica e il paesaggio; accertato il versamento',
          'del contributo di costruzione e dei diritti dovuti, come da prospetto sotto riportato;',
        ], 40, 205, 9, 13);
        centre(c, 'RILASCIA', 270, 11, c.bold);
        grid(c, [
          ['Titolare:', `${title} ${owner}`],
          ['Codice fiscale:', fiscal],
          ['In qualità di:', 'proprietario'],
          ["Ubicazione dell'intervento:", address],
          ['Dati catastali:', `Catasto Fabbricati, foglio ${g.int(3, 60)}, mappale ${g.int(20, 900)}, sub. ${g.int(1, 12)}`],
        ], 40, 180, 295, 16);
        c.text('Tipo di intervento:', 40, 390, 9);
        const kinds: [string, number, number][] = [['Nuova costruzione', 40, 408], ['Ampliamento', 190, 408], ['Ristrutturazione edilizia', 330, 408], ['Demolizione', 40, 425], ["Mutamento di destinazione d'uso", 190, 425]];
        for (const [label, x, y] of kinds) tick(c, label, label === printed, x, y);
        c.text('Descrizione delle opere:', 40, 450, 9);
        c.text(description, 40, 464, 9.5);
        grid(c, [['Importo presunto dei lavori:', eurIt(cost)], ['Superficie utile lorda:', `${g.int(25, 220)} m²`]], 40, 180, 488, 15);
        c.text('CONTRIBUTO DI COSTRUZIONE E DIRITTI VERSATI', 40, 535, 9, c.bold);
        const y = table(c, 553, [[40, 'Voce', false], [330, 'Estremi del versamento', false], [555, 'Importo', true]], [
          ['Oneri di urbanizzazione primaria', `PagoPA IUV ${g.n(9)}`, eurIt(primary)],
          ['Oneri di urbanizzazione secondaria', `PagoPA IUV ${g.n(9)}`, eurIt(secondary)],
          ['Quota sul costo di costruzione', `PagoPA IUV ${g.n(9)}`, eurIt(construction)],
          ['Diritti di segreteria', `PagoPA IUV ${g.n(9)}`, eurIt(office)],
          ['TOTALE VERSATO', '', eurIt(total)],
        ], 15, true);
        lines(c, [
          `- i lavori devono avere inizio entro un anno dal rilascio del presente permesso, e quindi entro il ${DATES.slashed(commence)};`,
          '- i lavori devono essere ultimati entro tre anni dal loro inizio, salvo proroga motivata;',
          "- l'inizio dei lavori va comunicato allo Sportello Unico con almeno cinque giorni di anticipo.",
        ], 40, y + 8, 9, 13);
        c.text(`${comune}, ${DATES.itLong(issue)}`, 40, y + 65, 10);
        underLine(c, 'Il Responsabile del Servizio', g.p(['Ing. Roberto Galli', 'Arch. Maria Rinaldi']), 330, y + 100, 225);
        return { c, key: { permit_number: number, issue_date: issue, owner_name: owner, site_address: address, work_type: type, estimated_cost: cost, fees_paid: total, commence_by: commence } };
      },
    },
    {
      // An Australian (Victorian) building permit (scanned): grey headings over values with rules beneath, the nature of the work
      // as ticked boxes, cost, levy and fees side by side, commencement and completion deadlines as sentences.
      image: -0.4,
      make: async (g) => {
        const c = await canvas([595, 600]);
        const issue = someDate(g);
        const commence = addYears(issue, 1);
        const complete = addYears(issue, 3);
        const number = `${g.n(5)}/${issue.slice(2, 4)}`;
        const owner = g.p(['Nathan Cooper', 'Mei Ling Tan', 'Siobhan Fraser']);
        const address = `${g.int(2, 140)} ${g.p(['Sturt Street', 'Doveton Street North', 'Wendouree Parade'])}, ${g.p(['Ballarat Central', 'Lake Wendouree', 'Alfredton'])} VIC 3350`;
        const [type, description, cost, fee, cls] = g.p<[string, string, number, number, string]>([
          ['New building', 'Construction of a single dwelling and attached garage', g.int(380, 560) * 1000, g.p([2650, 2900, 3150]), 'Class 1a and 10a'],
          ['Addition', 'Addition to the existing dwelling (rear family room and deck)', g.int(70, 160) * 1000, g.p([1650, 1850]), 'Class 1a'],
          ['Alteration', 'Internal alterations to the existing dwelling (wet areas)', g.int(35, 90) * 1000, g.p([980, 1150]), 'Class 1a'],
          ['Demolition', 'Demolition of the existing dwelling and outbuildings', g.int(18, 40) * 1000, g.p([780, 880]), 'Class 1a and 10a'],
        ]);
        const levy = cents(cost * 0.00128);
        const total = cents(levy + fee);
        c.text('Form 2 · Building Act 1993 · Building Regulations 2018 · Regulation 37(1)', 40, 40, 7.5, c.font, true);
        c.text('BUILDING PERMIT', 40, 65, 16, c.bold);
        c.right(`Permit No. ${number}`, 555, 65, 10, c.bold);
        c.text('Goldfields Building Surveying Pty Ltd · 22 Camp Street, Ballarat VIC 3350 · (03) 5355 0142', 40, 79, 8, c.font, true);
        headed(c, [[40, 'OWNER'], [300, 'ADDRESS FOR SERVING DOCUMENTS']], [owner, `PO Box ${g.int(100, 999)}, Ballarat VIC 3353`], 105);
        headed(c, [[40, 'PROPERTY ADDRESS'], [400, 'LOT / PLAN']], [address, `Lot ${g.int(1, 40)} LP${g.n(6)}`], 145);
        headed(c, [[40, 'MUNICIPAL DISTRICT'], [300, 'BUILDER (REGISTERED PRACTITIONER)']], ['City of Ballarat', `${g.p(['Eureka Homes Pty Ltd', 'Sovereign Builders'])} DB-U ${g.n(5)}`], 185);
        c.text('NATURE OF BUILDING WORK', 40, 232, 8.5, c.bold);
        const kinds: [string, number][] = [['New building', 40], ['Addition', 160], ['Alteration', 270], ['Demolition', 380]];
        for (const [label, x] of kinds) tick(c, label, label === type, x, 250);
        c.text(`Description: ${description}`, 40, 270, 9.5);
        headed(c, [[40, 'COST OF BUILDING WORK'], [190, 'BUILDING PERMIT LEVY'], [340, 'PERMIT FEE'], [450, 'TOTAL FEES PAID']], [MONEY.usd(cost), MONEY.usd(levy), MONEY.usd(fee), MONEY.usd(total)], 292);
        headed(c, [[40, 'DATE OF ISSUE'], [190, 'BUILDING CLASSIFICATION'], [340, 'STAGE OF WORK PERMITTED']], [DATES.slashed(issue), cls, 'Whole of building work'], 332);
        c.text('COMMENCEMENT AND COMPLETION', 40, 380, 8.5, c.bold);
        c.text(`This building work must be commenced by ${DATES.slashed(commence)}.`, 40, 398, 9.5);
        c.text(`This building work must be completed by ${DATES.slashed(complete)}.`, 40, 413, 9.5);
        c.text('If the work is not commenced by the date above this permit will lapse, unless an extension of time is granted.', 40, 428, 8, c.font, true);
        c.text('MANDATORY INSPECTIONS', 40, 455, 8.5, c.bold);
        c.text('Notify the relevant building surveyor at: pre-slab · frame · final.', 40, 471, 9);
        underLine(c, 'Relevant building surveyor', `${g.p(['Andrew Pollard', 'Jenny Vu'])} (BS-U ${g.n(4)})`, 40, 525, 250);
        underLine(c, 'Signature', '', 330, 525, 150);
        c.text('A copy of this permit must be given to the council within 7 days of issue.', 40, 570, 7.5, c.font, true);
        return { c, key: { permit_number: number, issue_date: issue, owner_name: owner, site_address: address, work_type: type, estimated_cost: cost, fees_paid: total, commence_by: commence } };
      },
    },
  ],
};

/** 3. School enrolment forms. */
const LUNCH = ['School meals', 'Packed lunch', 'Home for lunch'];
const school: Kind = {
  name: 'school-enrolment',
  fields: [
    ['pupil_name', 'string', 'Full name of the child'],
    ['school_name', 'string', 'Which school is the child enrolling at?'],
    ['date_of_birth', 'date', "Child's date of birth"],
    ['grade', 'integer', 'Year group or grade the child is joining (number only)'],
    ['start_date', 'date', 'First day the child will attend'],
    ['parent_name', 'string', 'Parent or guardian who filled in the form'],
    ['lunch', 'enum', 'Lunch arrangement', LUNCH],
    ['medical_needs', 'boolean', 'Has the child any allergies or medical conditions?'],
  ],
  documents: [
    {
      // A UK council's in-year admission form: lettered sections of boxed cells, the child's surname and forenames in separate cells,
      // the previous school and a sibling already at the school as distractors, lunch and health as checkbox rows.
      make: async (g) => {
        const c = await canvas();
        const Y = g.int(2023, 2025);
        const year = g.int(1, 6);
        const [surname, forenames, gender, siblingName] = g.p([['Bennett', 'Oliver James', 'Male', 'Isla'], ['Okonkwo', 'Grace Adaeze', 'Female', 'Daniel'], ['Harper', 'Ruby Ellen', 'Female', 'Freddie']]);
        const [parentFirst, relation] = g.p([['Rachel', 'Mother'], ['Daniel', 'Father'], ['Helen', 'Mother']]);
        const parent = `${parentFirst} ${surname}`;
        const month = g.int(1, 12);
        const dob = `${month >= 9 ? Y - year - 5 : Y - year - 4}-${pad(month)}-${pad(g.int(1, 28))}`;
        const startMonth = g.p([10, 11, 1, 2, 3, 4, 5]);
        const start = weekday(`${startMonth >= 9 ? Y : Y + 1}-${pad(startMonth)}-${pad(g.int(1, 28))}`);
        const received = plusDays(start, -g.int(12, 30));
        const school = g.p(["St Anne's C of E Primary School", 'Hollybrook Primary Academy', 'Westfield Community Primary School']);
        const previous = g.p(['Greenacres Primary School, Leeds', 'Oakfield Junior School, Bristol', 'Marsh Lane Primary, Norwich']);
        const sibYear = year < 6 ? year + 1 : year - 1;
        const [lunch, printed] = g.p([['School meals', 'School dinners'], ['Packed lunch', 'Packed lunch'], ['Home for lunch', 'Goes home for lunch']]);
        const medical = g.r() < 0.5;
        c.text('Westbrook Borough Council', 40, 45, 14, c.bold);
        c.text("Children's Services · School Admissions · Civic Centre, Westbrook WB1 2AA · admissions@westbrook.gov.uk", 40, 59, 8, c.font, true);
        c.box(405, 75, 150, 42);
        c.text('FOR OFFICE USE ONLY', 410, 85, 6.5, c.font, true);
        c.text(`Ref: IY/${Y}/${g.n(4)}`, 410, 98, 8.5);
        c.text(`Received: ${DATES.slashed(received)}`, 410, 110, 8.5);
        c.text('IN-YEAR SCHOOL ADMISSION', 40, 92, 14, c.bold);
        c.text('APPLICATION FORM', 40, 108, 14, c.bold);
        c.text('Please complete in black ink. Use one form for each child.', 40, 122, 8, c.font, true);
        c.text("SECTION A — CHILD'S DETAILS", 40, 145, 9.5, c.bold);
        cell(c, 'LEGAL SURNAME', surname, 40, 152, 150);
        cell(c, 'LEGAL FORENAME(S)', forenames, 195, 152, 180);
        cell(c, 'DATE OF BIRTH', DATES.slashed(dob), 380, 152, 90);
        cell(c, 'GENDER', gender, 475, 152, 80);
        cell(c, 'HOME ADDRESS', `${g.int(2, 120)} ${g.p(['Linden Road', 'Foxglove Close', 'Station Avenue'])}, Westbrook WB${g.int(2, 9)} ${g.int(1, 9)}${letters(g, 2)}`, 40, 187, 330);
        cell(c, 'DATE MOVED TO THIS ADDRESS', DATES.slashed(plusDays(received, -g.int(10, 60))), 375, 187, 180);
        cell(c, 'CURRENT / LAST SCHOOL ATTENDED', previous, 40, 222, 330);
        cell(c, 'CURRENT YEAR GROUP', `Year ${year}`, 375, 222, 180);
        c.text('SECTION B — SCHOOL REQUESTED', 40, 275, 9.5, c.bold);
        cell(c, 'SCHOOL NAME', school, 40, 282, 290);
        cell(c, 'YEAR GROUP', `Year ${year}`, 335, 282, 90);
        cell(c, 'PREFERRED START DATE', DATES.slashed(start), 430, 282, 125);
        cell(c, 'REASON FOR APPLICATION', g.p(['Family has moved into the area', 'Change of address within the borough']), 40, 317, 515);
        c.text('SECTION C — PARENT / CARER COMPLETING THIS FORM', 40, 370, 9.5, c.bold);
        cell(c, 'NAME', parent, 40, 377, 200);
        cell(c, 'RELATIONSHIP TO CHILD', relation, 245, 377, 120);
        cell(c, 'PARENTAL RESPONSIBILITY', 'Yes', 370, 377, 185);
        cell(c, 'TELEPHONE', `07${g.n(3)} ${g.n(6)}`, 40, 412, 200);
        cell(c, 'EMAIL', `${parentFirst.toLowerCase()}.${surname.toLowerCase()}@${g.p(['gmail.com', 'outlook.com'])}`, 245, 412, 310);
        c.text('SECTION D — BROTHERS OR SISTERS ALREADY AT THE SCHOOL', 40, 465, 9.5, c.bold);
        const sibMonth = g.int(1, 12);
        const sibDob = `${sibMonth >= 9 ? Y - sibYear - 5 : Y - sibYear - 4}-${pad(sibMonth)}-${pad(g.int(1, 28))}`;
        const y = table(c, 485, [[40, 'Name', false], [250, 'Date of birth', false], [380, 'Year group', false], [555, 'Lives at same address', true]],
          [[`${siblingName} ${surname}`, DATES.slashed(sibDob), `Year ${sibYear}`, 'Yes']]);
        c.text('SECTION E — LUNCH AND HEALTH', 40, y + 15, 9.5, c.bold);
        checkboxes(c, 'At lunchtime my child will have:', ['School dinners', 'Packed lunch', 'Goes home for lunch'], printed, 40, y + 37, 100);
        checkboxes(c, 'Does your child have any medical needs or allergies?', ['Yes', 'No'], medical ? 'Yes' : 'No', 40, y + 58, 50);
        cell(c, 'IF YES, PLEASE GIVE DETAILS', medical ? g.p(['Peanut allergy — carries an adrenaline pen', 'Asthma — uses a blue inhaler', 'Type 1 diabetes']) : '', 40, y + 68, 515);
        c.text('I confirm that the information on this form is correct. I understand that a place may be withdrawn if it is not.', 40, y + 122, 8.5);
        underLine(c, 'Signature of parent / carer', '', 40, y + 165, 220);
        underLine(c, 'Date', DATES.slashed(plusDays(received, -g.int(1, 3))), 300, y + 165, 120);
        return { c, key: { pupil_name: `${forenames} ${surname}`, school_name: school, date_of_birth: dob, grade: year, start_date: start, parent_name: parent, lunch, medical_needs: medical } };
      },
    },
    {
      // A Portuguese school-cluster enrolment form (boletim de matrícula): numbered sections with rules, "Label: value" rows, the
      // school year as a checkbox row, the start in words, an emergency contact and the social-support band as distractors.
      make: async (g) => {
        const c = await canvas();
        const Y = g.int(2023, 2025);
        const grade = g.int(1, 4);
        const dob = `${Y - grade - 5}-${pad(g.int(1, 12))}-${pad(g.int(1, 28))}`;
        const start = weekday(`${Y}-09-${pad(g.int(10, 16))}`);
        const signed = `${Y}-${pad(g.int(5, 7))}-${pad(g.int(1, 28))}`;
        const [cluster, school, city, area] = g.p<[string, string, string, string]>([
          ['Agrupamento de Escolas de Benfica', 'Escola Básica Jorge Barradas', 'Lisboa', '21'],
          ['Agrupamento de Escolas Rodrigues de Freitas', 'Escola Básica da Fontinha', 'Porto', '22'],
          ['Agrupamento de Escolas de Alcochete', 'Escola Básica do Valbom', 'Alcochete', '21'],
        ]);
        const [name, sex, parent, relation, emergency] = g.p([
          ['Tomás Ferreira Gonçalves', 'Masculino', 'Ana Paula Ferreira', 'Mãe', 'Joaquim Gonçalves (avô)'],
          ['Beatriz Sousa Carvalho', 'Feminino', 'Ricardo Carvalho', 'Pai', 'Lurdes Sousa (avó)'],
          ['Diogo Martins Pinto', 'Masculino', 'Sofia Martins', 'Mãe', 'Helena Pinto (tia)'],
        ]);
        const [lunch, printed] = g.p([['School meals', 'Almoça no refeitório da escola'], ['Packed lunch', 'Traz refeição de casa'], ['Home for lunch', 'Almoça em casa']]);
        const medical = g.r() < 0.5;
        c.text(cluster, 40, 45, 13, c.bold);
        c.text(`Código ${g.n(6)} · Tel. ${area}${g.n(1)} ${g.n(3)} ${g.n(3)} · secretaria@ae${city.toLowerCase().slice(0, 4)}.pt`, 40, 59, 8, c.font, true);
        c.text('BOLETIM DE MATRÍCULA', 40, 95, 15, c.bold);
        c.text(`Ano letivo ${Y}/${Y + 1} · 1.º Ciclo do Ensino Básico`, 40, 112, 10);
        c.right(`N.º de processo: ${g.n(5)}`, 555, 95, 10, c.bold);
        c.text('1. IDENTIFICAÇÃO DO ALUNO', 40, 145, 10, c.bold);
        c.rule(40, 555, 149);
        grid(c, [
          ['Nome completo:', name],
          ['Data de nascimento:', DATES.slashed(dob)],
          ['Sexo:', sex],
          ['Naturalidade:', city],
          ['N.º do Cartão de Cidadão:', g.n(8)],
          ['NIF:', g.n(9)],
          ['Morada:', `${g.p(['Rua das Flores', 'Avenida da Liberdade', 'Travessa do Carmo'])}, ${g.int(2, 180)}, ${g.int(1, 4)}.º ${g.p(['Esq.', 'Dto.'])}, ${city}`],
        ], 40, 180, 167, 16);
        c.text('2. DADOS DA MATRÍCULA', 40, 295, 10, c.bold);
        c.rule(40, 555, 299);
        grid(c, [['Estabelecimento de ensino pretendido:', school]], 40, 215, 317);
        checkboxes(c, 'Ano de escolaridade:', ['1.º ano', '2.º ano', '3.º ano', '4.º ano'], `${grade}.º ano`, 40, 337, 70);
        grid(c, [['Início das atividades letivas:', DATES.ptLong(start)], ['Regime de frequência:', 'Tempo inteiro'], ['Turma:', 'a atribuir']], 40, 215, 357, 16);
        c.text('3. ENCARREGADO DE EDUCAÇÃO', 40, 420, 10, c.bold);
        c.rule(40, 555, 424);
        grid(c, [
          ['Nome:', parent],
          ['Parentesco:', relation],
          ['Telemóvel:', `9${g.n(2)} ${g.n(3)} ${g.n(3)}`],
          ['Correio eletrónico:', `${parent.split(' ')[0].toLowerCase()}.${parent.split(' ').slice(-1)[0].toLowerCase()}@${g.p(['gmail.com', 'sapo.pt'])}`],
          ['Contacto de urgência:', `${emergency} · 9${g.n(2)} ${g.n(3)} ${g.n(3)}`],
        ], 40, 180, 442, 16);
        c.text('4. REFEIÇÕES', 40, 540, 10, c.bold);
        c.rule(40, 555, 544);
        const meals: [string, number][] = [['Almoça no refeitório da escola', 40], ['Traz refeição de casa', 230], ['Almoça em casa', 400]];
        for (const [label, x] of meals) tick(c, label, label === printed, x, 562);
        c.text('5. SAÚDE', 40, 592, 10, c.bold);
        c.rule(40, 555, 596);
        checkboxes(c, 'O aluno tem alergias, doença crónica ou outra necessidade de saúde?', ['Sim', 'Não'], medical ? 'Sim' : 'Não', 40, 614, 45);
        grid(c, [['Se sim, indique:', medical ? g.p(['Alergia a frutos secos', 'Asma (usa inalador)', 'Intolerância à lactose']) : '—']], 40, 180, 632);
        checkboxes(c, 'Escalão da Ação Social Escolar:', ['A', 'B', 'C', 'Sem escalão'], g.p(['A', 'B', 'Sem escalão']), 40, 656, 45);
        c.text(`${city}, ${DATES.ptLong(signed)}`, 40, 700, 10);
        underLine(c, 'O(A) Encarregado(a) de Educação', parent, 300, 750, 255);
        return { c, key: { pupil_name: name, school_name: school, date_of_birth: dob, grade, start_date: start, parent_name: parent, lunch, medical_needs: medical } };
      },
    },
    {
      // A US school district's enrollment form (scanned): values on filled lines with labels under them, two guardians and an
      // emergency contact, the grade as an ordinal, the printed name of the guardian who signs at the foot.
      image: 0.35,
      make: async (g) => {
        const c = await canvas([612, 600]);
        const Y = g.int(2023, 2025);
        const grade = g.int(1, 8);
        const month = g.int(1, 12);
        const dob = `${month >= 9 ? Y - grade - 6 : Y - grade - 5}-${pad(month)}-${pad(g.int(1, 28))}`;
        const start = weekday(`${Y}-08-${pad(g.int(12, 28))}`);
        const signed = plusDays(start, -g.int(5, 40));
        const lastAttended = plusDays(start, -g.int(60, 90));
        const school = grade <= 5 ? g.p(['Lincoln Elementary School', 'Sierra Oaks Elementary School']) : 'Maple Grove Middle School';
        const [name, p1, r1, p2, r2] = g.p([
          ['Ethan Michael Ramirez', 'Sofia Ramirez', 'Mother', 'Carlos Ramirez', 'Father'],
          ['Ava Grace Thompson', 'Derek Thompson', 'Father', 'Melissa Thompson', 'Mother'],
          ['Jayden Lee Morris', 'Keisha Morris', 'Mother', 'Andre Morris', 'Father'],
        ]);
        const [lunch, printed] = g.p([['School meals', 'School lunch program'], ['Packed lunch', 'Brings lunch from home']]);
        const medical = g.r() < 0.5;
        c.text('MAPLE GROVE UNIFIED SCHOOL DISTRICT', 40, 45, 14, c.bold);
        c.text('1450 District Way, Maple Grove, CA 95608 · Enrollment Center (916) 555-0119', 40, 59, 8, c.font, true);
        c.text('STUDENT ENROLLMENT FORM', 40, 85, 13, c.bold);
        c.right(`${Y}–${Y + 1} School Year`, 572, 85, 10, c.bold);
        c.text('STUDENT', 40, 108, 9, c.bold);
        underLine(c, 'Student legal name (first, middle, last)', name, 40, 135, 300);
        underLine(c, 'Date of birth (mm/dd/yyyy)', DATES.usSlashed(dob), 370, 135, 202);
        underLine(c, 'School', school, 40, 170, 250);
        underLine(c, 'Grade entering', ordinal(grade), 310, 170, 100);
        underLine(c, 'First day of attendance', DATES.usSlashed(start), 430, 170, 142);
        underLine(c, 'Previous school', g.p(['Riverside Elementary, Sacramento CA', 'Oak Park Academy, Reno NV']), 40, 205, 300);
        underLine(c, 'Last date attended', DATES.usSlashed(lastAttended), 370, 205, 202);
        underLine(c, 'Home address', `${g.int(100, 9900)} ${g.p(['Foothill Blvd', 'Sunrise Ave', 'Elm Creek Ct'])}, Maple Grove, CA 956${g.n(2)}`, 40, 240, 532);
        c.text('PARENTS / GUARDIANS', 40, 270, 9, c.bold);
        underLine(c, 'Parent/guardian 1 name', p1, 40, 297, 220);
        underLine(c, 'Relationship', r1, 280, 297, 110);
        underLine(c, 'Cell phone', `(916) 555-${g.n(4)}`, 410, 297, 162);
        underLine(c, 'Parent/guardian 2 name', p2, 40, 332, 220);
        underLine(c, 'Relationship', r2, 280, 332, 110);
        underLine(c, 'Cell phone', `(916) 555-${g.n(4)}`, 410, 332, 162);
        underLine(c, 'Emergency contact (other than parents)', g.p(['Gloria Washington', 'Frank Delgado']), 40, 367, 220);
        underLine(c, 'Relationship', g.p(['Grandmother', 'Neighbor']), 280, 367, 110);
        underLine(c, 'Phone', `(916) 555-${g.n(4)}`, 410, 367, 162);
        c.text('LUNCH AND HEALTH', 40, 397, 9, c.bold);
        checkboxes(c, 'Lunch:', ['School lunch program', 'Brings lunch from home'], printed, 40, 417, 130);
        checkboxes(c, 'Does the student have allergies, asthma, diabetes, seizures or other health conditions?', ['Yes', 'No'], medical ? 'Yes' : 'No', 40, 437, 45);
        underLine(c, 'If yes, describe', medical ? g.p(['Severe shellfish allergy, EpiPen in backpack', 'Mild asthma, inhaler as needed']) : '', 40, 467, 532);
        c.text('I certify that the information above is true and that I am the parent or legal guardian of this student.', 40, 495, 8, c.font, true);
        underLine(c, 'Signature of parent/guardian completing this form', '', 40, 535, 250);
        underLine(c, 'Printed name', p1, 310, 535, 160);
        underLine(c, 'Date', DATES.usSlashed(signed), 490, 535, 82);
        return { c, key: { pupil_name: name, school_name: school, date_of_birth: dob, grade, start_date: start, parent_name: p1, lunch, medical_needs: medical } };
      },
    },
  ],
};

/** 4. Property tax notices. */
const CLASSES = ['Residential', 'Commercial', 'Agricultural', 'Vacant land'];
const propertyTax: Kind = {
  name: 'property-tax-notice',
  fields: [
    ['parcel_number', 'string', 'Parcel, roll or cadastral reference of the property'],
    ['tax_year', 'integer', 'Which year is the tax for?'],
    ['owner_name', 'string', 'Property owner named on the notice'],
    ['assessed_value', 'number', 'Assessed value of the property'],
    ['total_tax', 'number', 'Total tax for the year'],
    ['first_due_date', 'date', 'Due date of the first (or only) instalment'],
    ['property_class', 'enum', 'How is the property classified?', CLASSES],
    ['notice_date', 'date', 'Date the notice was issued'],
  ],
  documents: [
    {
      // A US county real estate tax bill (tax year one year, payable the next): parcel and bill date boxed at the right, market and
      // assessed values in a table, an exemption and the taxable value, the levies by mills, first and second half stubs.
      make: async (g) => {
        const c = await canvas([612, 792]);
        const taxYear = g.int(2022, 2024);
        const payable = taxYear + 1;
        const notice = `${payable}-01-${pad(g.int(5, 20))}`;
        const firstDue = `${payable}-02-${pad(g.int(14, 28))}`;
        const secondDue = `${payable}-07-${pad(g.int(10, 25))}`;
        const [county, office] = g.p([['LICKING COUNTY TREASURER', '20 S 2nd St, Newark, OH 43055'], ['WAYNE COUNTY TREASURER', '428 W Liberty St, Wooster, OH 44691'], ['GREENE COUNTY TREASURER', '15 Greene St, Xenia, OH 45385']]);
        const parcel = `${g.n(3)}-${g.n(6)}-${g.n(2)}.${g.n(3)}`;
        const owner = g.p(['Douglas Whitaker', 'Teresa Novak', 'Andre Simmons']);
        const [cls, printed] = g.p([['Residential', 'R — RESIDENTIAL · 510 ONE-FAMILY DWELLING'], ['Commercial', 'C — COMMERCIAL · 447 OFFICE BUILDING'], ['Agricultural', 'A — AGRICULTURAL · 111 CAUV WITH BUILDINGS']]);
        const land = g.int(20, 90) * 1000 + g.int(0, 9) * 100;
        const building = g.int(90, 320) * 1000 + g.int(0, 9) * 100;
        const land35 = Math.round(land * 0.35);
        const building35 = Math.round(building * 0.35);
        const assessed = land35 + building35;
        const exemption = cls === 'Residential' ? 8750 : 0;
        const taxable = assessed - exemption;
        const levies: [string, number][] = [['County general fund', 2.3], ['Developmental disabilities', 3.1], [g.p(['Licking Valley Local SD', 'Triway Local SD', 'Xenia Community City SD']), g.p([38.4, 42.75, 46.2])], ['Township', g.p([4.5, 6.25])], ['Public library', 1]];
        const amounts = levies.map(([, mills]) => cents((taxable * mills) / 1000));
        const total = cents(amounts.reduce((a, b) => a + b, 0));
        const first = cents(total / 2);
        const second = cents(total - first);
        const whole = (v: number) => group(v, ',', '.', 0);
        c.text(county, 40, 45, 14, c.bold);
        c.text(`${office} · (740) 555-0121 · Office hours 8:00 AM – 4:30 PM`, 40, 59, 8, c.font, true);
        c.text(`${taxYear} REAL ESTATE TAX BILL`, 40, 92, 15, c.bold);
        c.text(`TAX YEAR ${taxYear} · PAYABLE IN ${payable}`, 40, 107, 9, c.font, true);
        cell(c, 'PARCEL NUMBER', parcel, 400, 70, 172);
        cell(c, 'BILL DATE', DATES.usSlashed(notice), 400, 105, 80);
        cell(c, 'TAX DISTRICT', `${g.n(3)} ${g.p(['TWP', 'VILLAGE'])}`, 485, 105, 87);
        c.text('OWNER / MAILING ADDRESS', 40, 140, 6.5, c.font, true);
        [owner, `${g.int(100, 9800)} ${g.p(['Hollow Rd', 'Church St', 'State Route 16'])}`, g.p(['Granville, OH 43023', 'Orrville, OH 44667', 'Cedarville, OH 45314'])].forEach((t, k) => c.text(t, 40, 153 + k * 13, 10));
        c.text('PROPERTY LOCATION', 40, 205, 6.5, c.font, true);
        c.text(`${g.int(100, 9800)} ${g.p(['Hollow Rd', 'Church St', 'Township Rd 222'])}`, 40, 218, 10);
        c.text('LEGAL DESCRIPTION', 40, 235, 6.5, c.font, true);
        c.text(`LOT ${g.int(1, 90)} ${g.p(['WILLOW RUN SUBD', 'EASTGATE ADD', 'SEC 14 T2 R12'])} ${group(g.int(18, 480) / 100, ',', '.', 2)} AC`, 40, 248, 9);
        cell(c, 'CLASS', printed, 300, 195, 272);
        c.text('VALUATION', 40, 282, 9, c.bold);
        const y = table(c, 300, [[40, '', false], [300, 'Land', true], [430, 'Building', true], [572, 'Total', true]], [
          ['Market value (100%)', whole(land), whole(building), whole(land + building)],
          ['Assessed value (35%)', whole(land35), whole(building35), whole(assessed)],
        ]);
        grid(c, [['Less homestead exemption:', whole(exemption)], ['Net taxable value:', whole(taxable)]], 300, 480, y + 8, 15);
        c.text('CHARGES', 40, y + 50, 9, c.bold);
        const y2 = table(c, y + 68, [[40, 'Taxing authority', false], [360, 'Rate (mills)', true], [572, 'Tax', true]],
          [...levies.map(([name, mills], k) => [name, group(mills, ',', '.', 2), MONEY.usd(amounts[k])]), ['TOTAL ANNUAL TAX', '', MONEY.usd(total)]], 15, true);
        c.text('Special assessments: $0.00 · Prior year delinquent balance: $0.00', 40, y2 + 8, 8, c.font, true);
        for (const [x, head, due, amount] of [[40, 'FIRST HALF', firstDue, first], [317, 'SECOND HALF', secondDue, second]] as [number, string, string, number][]) {
          c.box(x, y2 + 25, 255, 62);
          c.text(head, x + 8, y2 + 41, 9, c.bold);
          grid(c, [['Due date:', DATES.usSlashed(due)], ['Amount due:', MONEY.usd(amount)]], x + 8, x + 90, y2 + 59, 15);
        }
        c.text('Pay the full year by the first-half due date, or each half by its own due date. A 10% penalty applies after a due date.', 40, y2 + 105, 7.5, c.font, true);
        return { c, key: { parcel_number: parcel, tax_year: taxYear, owner_name: owner, assessed_value: assessed, total_tax: total, first_due_date: firstDue, property_class: cls, notice_date: notice } };
      },
    },
    {
      // A Spanish town hall's property tax notice (IBI): labels on the left with values in entry boxes, the cadastral values and
      // the quota in boxed cells, the instalments charged to the account in a table with dates in words.
      make: async (g) => {
        const c = await canvas();
        const year = g.int(2023, 2025);
        const notice = `${year}-${pad(g.int(3, 5))}-${pad(g.int(1, 28))}`;
        const first = weekday(`${year}-06-${pad(g.int(1, 5))}`);
        const second = weekday(`${year}-10-${pad(g.int(1, 5))}`);
        const [council, city, province, cp] = g.p<[string, string, string, string]>([['Ayuntamiento de Valdemoro', 'Valdemoro', 'Madrid', '28340'], ['Ayuntamiento de Alcalá de Guadaíra', 'Alcalá de Guadaíra', 'Sevilla', '41500'], ['Ayuntamiento de Ponferrada', 'Ponferrada', 'León', '24401']]);
        const owner = g.p(['Antonio Martínez López', 'Carmen Ruiz Delgado', 'Javier Navarro Sanz']);
        const reference = `${g.n(7)}${letters(g, 2)}${g.n(4)}${letters(g, 1)}${g.n(4)}${letters(g, 2)}`;
        const [cls, use] = g.p([['Residential', 'Residencial'], ['Commercial', 'Comercial'], ['Vacant land', 'Suelo sin edificar']]);
        const soil = cents(g.int(15000, 60000) + g.int(0, 99) / 100);
        const building = cls === 'Vacant land' ? 0 : cents(g.int(30000, 120000) + g.int(0, 99) / 100);
        const value = cents(soil + building);
        const base = cents(value * g.p([0.9, 0.92, 0.95]));
        const rate = cls === 'Commercial' ? g.p([0.62, 0.7]) : g.p([0.456, 0.5, 0.52]);
        const gross = cents((base * rate) / 100);
        const discount = cents(gross * 0.05);
        const total = cents(gross - discount);
        const half = cents(total / 2);
        const eur = MONEY.eurSuffix;
        c.text(council, 40, 45, 14, c.bold);
        c.text('Servicio de Gestión Tributaria y Recaudación', 40, 59, 8.5, c.font, true);
        c.text(`Plaza Mayor, 1 · ${cp} ${city} (${province}) · CIF P${g.n(7)}${letters(g, 1)}`, 40, 70, 8, c.font, true);
        centre(c, 'IMPUESTO SOBRE BIENES INMUEBLES', 108, 14, c.bold);
        centre(c, `Naturaleza urbana · Ejercicio ${year} · Notificación de la liquidación`, 123, 9, c.font);
        boxed(c, 'Titular (sujeto pasivo)', owner, 40, 190, 160, 365);
        boxed(c, 'NIF', `${g.n(8)}${letters(g, 1)}`, 40, 190, 184, 120);
        boxed(c, 'Domicilio fiscal', `${g.p(['C/ Real', 'Avda. de España', 'C/ del Carmen'])}, ${g.int(2, 90)}, ${cp} ${city}`, 40, 190, 208, 365);
        boxed(c, 'Referencia catastral', reference, 40, 190, 232, 200);
        boxed(c, 'Ubicación del inmueble', `${g.p(['C/ Las Eras', 'C/ San Isidro', 'Pol. Ind. El Prado'])}, ${g.int(1, 60)}${cls === 'Vacant land' ? ' (solar)' : ''}`, 40, 190, 256, 365);
        boxed(c, 'Uso catastral', use, 40, 190, 280, 200);
        boxed(c, 'N.º de recibo', g.n(10), 40, 190, 304, 200);
        boxed(c, 'Fecha de emisión', DATES.slashed(notice), 40, 190, 328, 120);
        c.text('ELEMENTOS TRIBUTARIOS', 40, 365, 9, c.bold);
        cell(c, 'VALOR CATASTRAL SUELO', eur(soil), 40, 373, 170);
        cell(c, 'VALOR CATASTRAL CONSTRUCCIÓN', eur(building), 215, 373, 170);
        cell(c, 'VALOR CATASTRAL TOTAL', eur(value), 390, 373, 165);
        cell(c, 'BASE LIQUIDABLE', eur(base), 40, 408, 170);
        cell(c, 'TIPO DE GRAVAMEN', `${group(rate, '.', ',', 3)} %`, 215, 408, 170);
        cell(c, 'CUOTA ÍNTEGRA', eur(gross), 390, 408, 165);
        cell(c, 'BONIFICACIÓN DOMICILIACIÓN (5 %)', `- ${eur(discount)}`, 40, 443, 170);
        cell(c, 'IMPORTE TOTAL (CUOTA LÍQUIDA)', eur(total), 215, 443, 340);
        c.text('PAGO FRACCIONADO — CARGO EN CUENTA', 40, 500, 9, c.bold);
        const account = `ES** **** **** **** **** ${g.n(4)}`;
        const y = table(c, 518, [[40, 'Plazo', false], [170, 'Fecha de cargo', false], [340, 'Cuenta', false], [555, 'Importe', true]], [
          ['1.er plazo (50 %)', DATES.esLong(first), account, eur(half)],
          ['2.º plazo (50 %)', DATES.esLong(second), account, eur(cents(total - half))],
        ]);
        lines(c, [
          'Si el cargo del primer plazo resultara impagado, podrá abonar el importe total en cualquier entidad colaboradora',
          'hasta el final del periodo voluntario, sin perder la bonificación.',
          'Contra esta liquidación puede interponerse recurso de reposición en el plazo de un mes desde el día siguiente',
          'al de su notificación (art. 14 del Texto Refundido de la Ley Reguladora de las Haciendas Locales).',
        ], 40, y + 10, 8, 11);
        return { c, key: { parcel_number: reference, tax_year: year, owner_name: owner, assessed_value: value, total_tax: total, first_due_date: first, property_class: cls, notice_date: notice } };
      },
    },
    {
      // An Ontario municipality's property tax notice (scanned): grey headings over values, the assessment with the previous year's
      // beside it, levies by rate, three instalments with due dates as 2025/03/28.
      image: -0.45,
      make: async (g) => {
        const c = await canvas([612, 520]);
        const year = g.int(2023, 2025);
        const notice = `${year}-${pad(g.int(1, 2))}-${pad(g.int(5, 25))}`;
        const dues = [3, 6, 9].map((m) => `${year}-${pad(m)}-${pad(g.p([15, 28, 30]))}`);
        const [town, office] = g.p([['Township of Pine Ridge', '12 Main Street, Pine Ridge, ON K0K 2B0'], ['Town of Elmcrest', '300 Queen Street, Elmcrest, ON N0G 1R0'], ['Municipality of North Haldane', '45 Mill Road, Caledon Falls, ON N0A 1C0']]);
        const roll = `${g.n(4)} ${g.n(3)} ${g.n(3)} ${g.n(5)} 0000`;
        const owner = g.p(['Brian Mitchell', 'Hélène Tremblay', 'Darnell Price']);
        const [cls, printed, factor] = g.p<[string, string, number]>([['Residential', 'RT — Residential', 1], ['Commercial', 'CT — Commercial', 1.85]]);
        const assessed = g.int(180, 720) * 1000;
        const previous = assessed - g.int(5, 40) * 1000;
        const rates: [string, number][] = [['Municipal', cents(0.6123 * factor * 10000) / 10000], ['County', cents(0.3411 * factor * 10000) / 10000], ['Education', cls === 'Commercial' ? 0.88 : 0.153]];
        const amounts = rates.map(([, r]) => cents((assessed * r) / 100));
        const total = cents(amounts.reduce((a, b) => a + b, 0));
        const part = cents(total / 3);
        c.text(town, 40, 45, 14, c.bold);
        c.text(`Tax Department · ${office} · 613-555-0177`, 40, 59, 8, c.font, true);
        c.text(`${year} PROPERTY TAX NOTICE`, 40, 85, 13, c.bold);
        headed(c, [[40, 'ROLL NUMBER'], [250, 'DATE OF ISSUE'], [420, 'TAX YEAR']], [roll, DATES.usLong(notice), String(year)], 110, 572);
        headed(c, [[40, 'OWNER'], [250, 'PROPERTY ADDRESS'], [420, 'PROPERTY CLASS']], [owner, `${g.int(10, 980)} ${g.p(['Concession Rd 4', 'Lakeshore Dr', 'Victoria St'])}`, printed], 150, 572);
        headed(c, [[40, 'ASSESSED VALUE (CVA)'], [250, 'PREVIOUS YEAR ASSESSMENT'], [420, 'BALANCE FORWARD']], [dollars0(assessed), dollars0(previous), '$0.00'], 190, 572);
        const y = table(c, 245, [[40, 'Levy', false], [330, 'Tax rate (%)', true], [572, 'Amount', true]],
          [...rates.map(([name, r], k) => [name, group(r, ',', '.', 6), MONEY.usd(amounts[k])]), [`TOTAL ${year} TAXES`, '', MONEY.usd(total)]], 15, true);
        c.text('INSTALMENTS', 40, y + 15, 9, c.bold);
        const y2 = table(c, y + 33, [[40, 'Instalment', false], [250, 'Due date', false], [572, 'Amount due', true]],
          [['1st instalment', caDate(dues[0]), MONEY.usd(part)], ['2nd instalment', caDate(dues[1]), MONEY.usd(part)], ['Final instalment', caDate(dues[2]), MONEY.usd(cents(total - 2 * part))]]);
        c.text('A penalty of 1.25% is added on the first day of default and on the first day of each month after. Post-dated cheques accepted.', 40, y2 + 10, 7.5, c.font, true);
        c.text('Assessment questions: call the assessment office at 1-866-555-0199.', 40, y2 + 22, 7.5, c.font, true);
        return { c, key: { parcel_number: roll, tax_year: year, owner_name: owner, assessed_value: assessed, total_tax: total, first_due_date: dues[0], property_class: cls, notice_date: notice } };
      },
    },
  ],
};

/** 5. Dental treatment estimates. */
const TREATMENTS = ['Filling', 'Root canal', 'Crown', 'Bridge', 'Implant', 'Denture', 'Orthodontics'];
const dental: Kind = {
  name: 'dental-estimate',
  fields: [
    ['patient_name', 'string', 'Patient name'],
    ['estimate_date', 'date', 'Date of the estimate'],
    ['dentist_name', 'string', 'Which dentist prepared the estimate?'],
    ['treatment_type', 'enum', 'Main treatment proposed', TREATMENTS],
    ['total_cost', 'number', 'Total estimated cost of the treatment'],
    ['patient_share', 'number', 'How much is the patient expected to pay out of pocket?'],
    ['appointments', 'integer', 'Number of appointments planned'],
    ['valid_until', 'date', 'Until when is the quote valid?'],
  ],
  documents: [
    {
      // A UK private practice's treatment plan: "Label: value" patient rows in bold labels, the treatment as a table with visits per
      // line, totals at the right with or without an insurance contribution, a deposit as a distractor, validity in words.
      make: async (g) => {
        const c = await canvas();
        const [practice, address] = g.p([['Harbourside Dental Care', '3 Quay Parade, Swansea SA1 1UR · 01792 555 014'], ['Elm Tree Dental Practice', '41 High Street, Marlow SL7 1AU · 01628 555 207']]);
        const dentist = g.p(['Dr Sarah Quinn', 'Dr Tomasz Nowak']);
        const patient = g.p(['Eleanor Whitby', 'Gareth Price', 'Amira Haddad']);
        const date = someDate(g);
        const valid = plusDays(date, 90);
        const [tooth, fdi] = g.p([['UR6', '16'], ['LL6', '36'], ['UL5', '25'], ['LR7', '47']]);
        const [type, rows] = g.p<[string, [string, string, number, number][]]>([
          ['Root canal', [['', 'Periapical radiograph', 0, 18], [`${tooth} (${fdi})`, 'Root canal treatment — molar, two visits', 2, g.int(58, 72) * 10], [`${tooth} (${fdi})`, 'Composite core restoration', 1, 95]]],
          ['Crown', [['', 'Periapical radiograph', 0, 18], [`${tooth} (${fdi})`, 'Porcelain-bonded crown (preparation and fit)', 2, g.int(55, 68) * 10]]],
          ['Implant', [['', 'CBCT scan', 1, 150], [`${tooth} (${fdi})`, 'Implant placement with healing abutment', 1, g.int(180, 220) * 10], [`${tooth} (${fdi})`, 'Abutment and implant-retained crown', 2, g.int(90, 110) * 10]]],
          ['Filling', [['', 'Bitewing radiographs x2', 0, 30], [`${tooth} (${fdi})`, 'White composite filling, two surfaces', 1, g.int(12, 18) * 10]]],
        ]);
        const hygiene = g.r() < 0.5;
        const all: [string, string, number, number][] = hygiene ? [...rows, ['', 'Hygienist appointment (scale and polish)', 1, 65]] : rows;
        const total = cents(all.reduce((a, r) => a + r[3], 0));
        const visits = all.reduce((a, r) => a + r[2], 0);
        const insured = g.r() < 0.6;
        const insurance = insured ? cents(Math.min(total * 0.5, g.p([400, 500, 750]))) : 0;
        const patientShare = cents(total - insurance);
        c.text(practice, 40, 50, 14, c.bold);
        c.text(address, 40, 64, 8, c.font, true);
        c.text('TREATMENT PLAN AND ESTIMATE', 40, 100, 14, c.bold);
        c.text('Private treatment', 40, 114, 9, c.font, true);
        grid(c, [
          ['Patient:', patient],
          ['Date of birth:', DATES.slashed(birthDate(g))],
          ['Patient no.:', `P${g.n(5)}`],
          ['Date of plan:', DATES.ukLong(date)],
          ['Treating dentist:', dentist],
          ['GDC number:', g.n(6)],
        ], 40, 150, 140, 16, c.bold);
        const y = table(c, 255, [[40, 'Tooth', false], [110, 'Treatment', false], [440, 'Visits', true], [555, 'Fee', true]],
          all.map(([t, what, v, fee]) => [t, what, v ? String(v) : '—', MONEY.gbp(fee)]));
        grid(c, [
          ['Total estimated cost:', MONEY.gbp(total)],
          ['Less insurance contribution (est.):', insured ? `- ${MONEY.gbp(insurance)}` : 'None'],
          ['Amount payable by you:', MONEY.gbp(patientShare)],
        ], 290, 470, y + 10, 16);
        grid(c, [
          ['Estimated number of appointments:', String(visits)],
          ['Deposit to book first appointment:', MONEY.gbp(cents(Math.round(patientShare * 0.3)))],
          ['This estimate is valid until:', DATES.ukLong(valid)],
        ], 40, 230, y + 80, 16);
        lines(c, [
          'If further treatment becomes necessary we will discuss it with you and give you a revised estimate before we start.',
          'Fees for treatment already carried out are payable at each visit. Cancellations with less than 24 hours notice may be charged.',
        ], 40, y + 145, 8, 11);
        underLine(c, 'Patient signature (I accept this plan)', '', 40, y + 205, 220);
        underLine(c, 'Date', '', 320, y + 205, 120);
        return { c, key: { patient_name: patient, estimate_date: date, dentist_name: dentist, treatment_type: type, total_cost: total, patient_share: patientShare, appointments: visits, valid_until: valid } };
      },
    },
    {
      // A German practice's cost plan for dentures (Heil- und Kostenplan / Kostenvoranschlag) as a letter: address window, date and
      // insurance at the right, the work as a table, fee, laboratory, total, fixed subsidy and own share right-aligned, sessions and
      // validity as "Label: value" rows, a planned start date as a distractor.
      make: async (g) => {
        const c = await canvas();
        const [practice, dentist, address, phone, town] = g.p<[string, string, string, string, string]>([
          ['Zahnarztpraxis am Stadtpark', 'Dr. med. dent. Katrin Vogel', 'Parkstraße 14 · 79098 Freiburg im Breisgau', '0761 555 1402', `791${g.int(0, 1)}${g.int(0, 9)} Freiburg im Breisgau`],
          ['Zahnärzte am Marktplatz', 'Dr. med. dent. Florian Brandt', 'Marktplatz 3 · 93047 Regensburg', '0941 555 3310', `930${g.p(['49', '51', '55', '59'])} Regensburg`],
        ]);
        const [salutation, patient, street] = g.p([['Herrn', 'Jonas Becker', 'Lindenweg 7'], ['Frau', 'Sabine Krüger', 'Am Anger 22'], ['Herrn', 'Matthias Wolff', 'Schillerstraße 41']]);
        const date = someDate(g);
        const valid = plusDays(date, 182);
        const sessions = g.int(3, 6);
        const tooth = g.p(['36', '46', '26', '15']);
        const [type, items, labour] = g.p<[string, [string, string, number][], number]>([
          ['Crown', [[tooth, 'Vollkeramikkrone (Zirkon), Präparation und Eingliederung', g.int(520, 640)], [tooth, 'Provisorische Krone', g.int(60, 90)], ['', 'Abformung und Bissregistrierung', g.int(45, 70)]], g.int(380, 520)],
          ['Bridge', [[`${tooth}–${String(Number(tooth) + 2)}`, 'Dreigliedrige Brücke (Vollkeramik), Präparation von zwei Pfeilerzähnen', g.int(980, 1240)], ['', 'Provisorische Brücke', g.int(140, 190)]], g.int(820, 1100)],
          ['Implant', [[tooth, 'Implantat einschließlich Freilegung', g.int(1400, 1750)], [tooth, 'Implantatgetragene Krone mit Abutment', g.int(620, 780)], ['', 'Digitale Volumentomographie (DVT)', g.int(140, 180)]], g.int(600, 850)],
          ['Denture', [['UK', 'Teilprothese mit Modellgussbasis (Unterkiefer)', g.int(520, 690)], ['UK', 'Klammern und Funktionsabformung', g.int(110, 160)]], g.int(650, 900)],
        ]);
        const fee = cents(items.reduce((a, [, , v]) => a + v, 0));
        const lab = cents(labour + g.int(0, 99) / 100);
        const total = cents(fee + lab);
        const bonus = g.p([60, 70, 75]);
        const subsidy = type === 'Implant' ? cents(g.int(380, 520) * (bonus / 60)) : cents(g.int(250, 480) * (bonus / 60));
        const own = cents(total - subsidy);
        const eur = MONEY.eurSuffix;
        c.text(practice, 40, 50, 14, c.bold);
        c.text(dentist, 40, 64, 10);
        c.text(`${address} · Tel. ${phone}`, 40, 77, 8, c.font, true);
        c.text(`${practice} · ${address}`, 40, 122, 6.5, c.font, true);
        [salutation, patient, street, town].forEach((t, k) => c.text(t, 40, 137 + k * 13, 10));
        grid(c, [
          ['Datum:', DATES.dotted(date)],
          ['Patienten-Nr.:', g.n(5)],
          ['Krankenkasse:', g.p(['AOK Bayern', 'Techniker Krankenkasse', 'Barmer'])],
          ['Versicherten-Nr.:', `${letters(g, 1)}${g.n(9)}`],
        ], 340, 430, 137, 14);
        c.text('Heil- und Kostenplan / Kostenvoranschlag Zahnersatz', 40, 222, 13, c.bold);
        c.text(`für ${salutation} ${patient}, geb. ${DATES.dotted(birthDate(g))}`, 40, 238, 10);
        lines(c, [
          'gerne übersenden wir Ihnen die voraussichtlichen Kosten der geplanten Behandlung. Bitte reichen Sie den Plan vor',
          'Behandlungsbeginn bei Ihrer Krankenkasse zur Genehmigung ein und senden Sie uns die genehmigte Fassung zurück.',
        ], 40, 262, 9.5, 13);
        const y = table(c, 305, [[40, 'Zahn', false], [100, 'Leistung', false], [555, 'Betrag', true]], items.map(([t, what, v]) => [t, what, eur(v)]));
        const totals: [string, string, boolean][] = [
          ['Zahnärztliches Honorar (GOZ/BEMA)', eur(fee), false],
          ['Material- und Laborkosten (geschätzt)', eur(lab), false],
          ['Gesamtkosten', eur(total), true],
          [`abzüglich Festzuschuss der Krankenkasse (Bonus ${bonus} %)`, `- ${eur(subsidy)}`, false],
          ['Voraussichtlicher Eigenanteil', eur(own), true],
        ];
        totals.forEach(([label, v, strong], k) => {
          c.text(label, 230, y + 12 + k * 16, 9, strong ? c.bold : c.font);
          c.right(v, 555, y + 12 + k * 16, 9.5, strong ? c.bold : c.font);
        });
        grid(c, [
          ['Geplante Behandlungssitzungen:', String(sessions)],
          ['Voraussichtlicher Behandlungsbeginn:', DATES.dotted(plusDays(date, g.int(21, 60)))],
          ['Dieser Kostenvoranschlag ist gültig bis:', DATES.dotted(valid)],
        ], 40, 250, y + 110, 16);
        c.text('Die Laborkosten sind geschätzt; abgerechnet werden die tatsächlich entstandenen Kosten.', 40, y + 170, 8, c.font, true);
        c.text('Mit freundlichen Grüßen', 40, y + 205, 10);
        c.text(dentist, 40, y + 245, 10);
        return { c, key: { patient_name: patient, estimate_date: date, dentist_name: dentist, treatment_type: type, total_cost: total, patient_share: own, appointments: sessions, valid_until: valid } };
      },
    },
    {
      // A US practice's pre-treatment estimate (scanned): patient and insurance side by side, procedure codes in a table with the fee,
      // the insurer's and the patient's portion per line and totals, planned visits and the validity in a sentence.
      image: 0.5,
      make: async (g) => {
        const c = await canvas([612, 500]);
        const [practice, address] = g.p([['Sunridge Family Dentistry', '2870 E Camelback Rd, Suite 110, Phoenix, AZ 85016 · (602) 555-0184'], ['Lakeview Dental Group', '615 N Lake Shore Dr, Chicago, IL 60611 · (312) 555-0126']]);
        const dentist = g.p(['Dr. Michael Tran, DDS', 'Dr. Alicia Romero, DMD']);
        const patient = g.p(['Jessica Palmer', 'Robert Chen', 'Tamika Howard']);
        const date = someDate(g);
        const valid = plusDays(date, 180);
        const tooth = String(g.p([3, 14, 19, 30]));
        const [type, procedures, visits] = g.p<[string, [string, string, string, number, number][], number]>([
          ['Crown', [['D0220', tooth, 'Intraoral periapical, first film', 38, 1], ['D2740', tooth, 'Crown, porcelain/ceramic', g.int(1150, 1450), 0.5]], 2],
          ['Root canal', [['D0220', tooth, 'Intraoral periapical, first film', 38, 1], ['D3330', tooth, 'Endodontic therapy, molar', g.int(1050, 1300), 0.8], ['D2950', tooth, 'Core buildup, including any pins', g.int(260, 340), 0.5]], 3],
          ['Implant', [['D0367', '', 'Cone beam CT, both jaws', 325, 0.5], ['D6010', tooth, 'Surgical placement of implant body', g.int(2100, 2500), 0.5], ['D6057', tooth, 'Custom fabricated abutment', g.int(650, 800), 0.5], ['D6065', tooth, 'Implant supported crown, porcelain', g.int(1300, 1550), 0.5]], 5],
          ['Orthodontics', [['D8080', '', 'Comprehensive orthodontic treatment, adolescent', g.int(5400, 6400), 0.5], ['D8680', '', 'Orthodontic retention (retainers)', 450, 0.5]], 24],
        ]);
        const rows = procedures.map(([code, t, what, fee, share]) => {
          const insurer = cents(fee * share);
          return [code, t, what, fee, insurer, cents(fee - insurer)] as [string, string, string, number, number, number];
        });
        const total = cents(rows.reduce((a, r) => a + r[3], 0));
        const insurer = cents(rows.reduce((a, r) => a + r[4], 0));
        const own = cents(total - insurer);
        c.text(practice, 40, 45, 14, c.bold);
        c.text(address, 40, 59, 8, c.font, true);
        c.text('PRE-TREATMENT ESTIMATE', 40, 87, 13, c.bold);
        c.right(`Date: ${DATES.usSlashed(date)}`, 572, 87, 10);
        grid(c, [['Patient:', patient], ['Date of birth:', DATES.usSlashed(birthDate(g))], ['Provider:', dentist]], 40, 120, 112, 14);
        grid(c, [['Insurance:', g.p(['Delta Dental PPO', 'MetLife PDP Plus'])], ['Subscriber ID:', g.n(11)], ['Group no.:', g.n(6)]], 330, 410, 112, 14);
        const y = table(c, 170, [[40, 'Code', false], [85, 'Tooth', false], [125, 'Description', false], [410, 'Fee', true], [490, 'Est. Ins.', true], [572, 'Est. Patient', true]],
          [...rows.map(([code, t, what, fee, ins, pt]) => [code, t, what, MONEY.usd(fee), MONEY.usd(ins), MONEY.usd(pt)]), ['', '', 'TOTAL', MONEY.usd(total), MONEY.usd(insurer), MONEY.usd(own)]], 15, true);
        grid(c, [['Planned visits:', String(visits)], ['Annual maximum remaining:', MONEY.usd(g.p([1000, 1250, 1500]))], ['Deductible remaining:', MONEY.usd(g.p([0, 50]))]], 40, 190, y + 12, 15);
        c.text(`This estimate is valid through ${DATES.usSlashed(valid)}. Insurance amounts are estimates only and are not a guarantee of payment.`, 40, y + 70, 8, c.font, true);
        underLine(c, 'Patient / guardian signature', '', 40, y + 120, 240);
        underLine(c, 'Date', '', 320, y + 120, 120);
        return { c, key: { patient_name: patient, estimate_date: date, dentist_name: dentist, treatment_type: type, total_cost: total, patient_share: own, appointments: visits, valid_until: valid } };
      },
    },
  ],
};

/** 6. Energy performance certificates. */
const RATINGS = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
const PROPERTY_TYPES = ['House', 'Flat', 'Bungalow', 'Maisonette'];
/** The SAP band of a score, as UK certificates print it. */
const sapBand = (s: number) => (s >= 92 ? 'A' : s >= 81 ? 'B' : s >= 69 ? 'C' : s >= 55 ? 'D' : s >= 39 ? 'E' : s >= 21 ? 'F' : 'G');
const SAP_RANGES = ['92+', '81-91', '69-80', '55-68', '39-54', '21-38', '1-20'];
/** A UK rating chart: a band per letter growing in width, the current and potential scores in columns at the right. */
const sapChart = (c: Canvas, y: number, current: number, potential: number, heads: [string, string]) => {
  c.text(heads[0], 385, y - 5, 8, c.bold);
  c.text(heads[1], 455, y - 5, 8, c.bold);
  RATINGS.forEach((letter, k) => {
    const top = y + k * 18;
    const w = 120 + k * 30;
    c.box(40, top, w, 15, 0.9 - k * 0.06);
    c.text(SAP_RANGES[k], 45, top + 11, 8);
    c.text(letter, 40 + w - 12, top + 11.5, 10, c.bold);
    if (sapBand(current) === letter) c.text(`${current} ${letter}`, 390, top + 11.5, 10, c.bold);
    if (sapBand(potential) === letter) c.text(`${potential} ${letter}`, 460, top + 11.5, 10, c.bold);
  });
  return y + RATINGS.length * 18;
};
const epc: Kind = {
  name: 'energy-certificate',
  fields: [
    ['certificate_number', 'string', 'Certificate number'],
    ['energy_rating', 'enum', 'What is the current energy rating?', RATINGS],
    ['property_type', 'enum', 'Type of property', PROPERTY_TYPES],
    ['floor_area', 'number', 'Total floor area in square metres'],
    ['energy_use', 'number', 'Primary energy use in kWh per square metre per year'],
    ['assessment_date', 'date', 'When was the property assessed?'],
    ['valid_until', 'date', 'Date the certificate expires'],
    ['assessor_name', 'string', 'Name of the energy assessor'],
  ],
  documents: [
    {
      // A UK energy performance certificate (current style): the rating, expiry and number in a grey box at the top right, type and
      // area as "Label value" rows, the banded chart with current and potential scores, primary energy in a sentence, savings table,
      // the assessor's contact rows with the dates of assessment and of the certificate.
      make: async (g) => {
        const c = await canvas();
        const [street, town, postcode] = g.p([['14 Station Road', 'Harrogate', 'HG1 1TE'], ['Flat 3, 27 Albert Street', 'Lincoln', 'LN1 1RA'], ['6 Meadow Close', 'Kendal', 'LA9 7DP']]);
        const [type, printed] = street.startsWith('Flat') ? g.p([['Flat', 'Top-floor flat'], ['Flat', 'Ground-floor flat']]) : g.p([['House', 'Semi-detached house'], ['House', 'Mid-terrace house'], ['Bungalow', 'Detached bungalow'], ['Maisonette', 'Maisonette']]);
        const number = `${g.n(4)}-${g.n(4)}-${g.n(4)}-${g.n(4)}-${g.n(4)}`;
        const score = g.int(30, 85);
        const potential = Math.min(score + g.int(8, 25), 92);
        const area = g.int(45, 140);
        const use = Math.round(420 - score * 3.6 + g.int(-15, 15));
        const assessed = someDate(g);
        const issued = plusDays(assessed, g.int(1, 6));
        const valid = plusDays(addYears(issued, 10), -1);
        const assessor = g.p(['Peter Hollingworth', 'Nadia Rahman', 'Stuart McLeod']);
        const [scheme, prefix] = g.p([['Northgate Accreditation Ltd', 'NGA'], ['EcoCert Assessors Ltd', 'ECA']]);
        c.text('Energy performance certificate (EPC)', 40, 55, 18, c.bold);
        [street, town, postcode].forEach((t, k) => c.text(t, 40, 95 + k * 14, 10.5));
        c.box(330, 80, 225, 80, 0.92);
        c.text('Energy rating', 340, 95, 8, c.font, true);
        c.text(sapBand(score), 345, 135, 30, c.bold);
        c.text('Valid until:', 395, 100, 8.5, c.bold);
        c.text(DATES.ukLong(valid), 395, 113, 9.5);
        c.text('Certificate number:', 395, 133, 8.5, c.bold);
        c.text(number, 395, 146, 9);
        grid(c, [['Property type', printed], ['Total floor area', `${area} square metres`]], 40, 180, 190, 16, c.bold);
        c.text('Rules on letting this property', 40, 235, 10, c.bold);
        c.text('Properties can be let if they have an energy rating from A to E.', 40, 250, 9);
        c.text('Energy rating and score', 40, 282, 12, c.bold);
        c.text(`This property's current energy rating is ${sapBand(score)}. It has the potential to be ${sapBand(potential)}.`, 40, 298, 9.5);
        const y = sapChart(c, 322, score, potential, ['Current', 'Potential']);
        c.text('The graph shows this property’s current and potential energy rating.', 40, y + 12, 8, c.font, true);
        c.text('Primary energy use', 40, y + 40, 11, c.bold);
        c.text(`The primary energy use for this property per year is ${use} kilowatt hours per square metre (kWh/m2).`, 40, y + 56, 9.5);
        c.text(`This property produces ${group(area * use * 0.00021, ',', '.', 1)} tonnes of CO2 a year. It could produce ${group(area * use * 0.00014, ',', '.', 1)} tonnes.`, 40, y + 72, 9.5);
        c.text('Changes you could make', 40, y + 100, 11, c.bold);
        const y2 = table(c, y + 118, [[40, 'Step', false], [300, 'Typical installation cost', false], [555, 'Typical yearly saving', true]], [
          ['1. Cavity wall insulation', '£500 - £1,500', `£${g.int(90, 220)}`],
          ['2. Floor insulation (solid floor)', '£5,000 - £10,000', `£${g.int(40, 90)}`],
          ['3. Solar photovoltaic panels', '£3,500 - £5,500', `£${g.int(280, 420)}`],
        ]);
        c.text('Who to contact about this certificate', 40, y2 + 15, 11, c.bold);
        grid(c, [
          ["Assessor's name", assessor],
          ['Telephone', `01${g.n(3)} ${g.n(6)}`],
          ['Email', `${assessor.split(' ')[0].toLowerCase()}@${g.p(['homeenergysurveys.co.uk', 'epc-direct.co.uk'])}`],
          ['Accreditation scheme', scheme],
          ['Assessor ID', `${prefix}${g.n(6)}`],
          ['Date of assessment', DATES.ukLong(assessed)],
          ['Date of certificate', DATES.ukLong(issued)],
          ['Type of assessment', 'RdSAP'],
        ], 40, 200, y2 + 33, 14, c.bold);
        return { c, key: { certificate_number: number, energy_rating: sapBand(score), property_type: type, floor_area: area, energy_use: use, assessment_date: assessed, valid_until: valid, assessor_name: assessor } };
      },
    },
    {
      // A French energy diagnosis (DPE): number and dates at the top right, "Label : valeur" rows with the visit date among them, the
      // A–G chart with the consumption and emissions boxed in the row of the class, a greenhouse-gas class that can differ, costs.
      make: async (g) => {
        const c = await canvas();
        const ENERGY: [number, number][] = [[40, 70], [71, 110], [111, 180], [181, 250], [251, 330], [331, 420], [421, 520]];
        const GAS: [number, number][] = [[2, 6], [7, 11], [12, 30], [31, 50], [51, 70], [71, 100], [101, 130]];
        const RANGES = ['70 et moins', '71 à 110', '111 à 180', '181 à 250', '251 à 330', '331 à 420', '421 et plus'];
        const [type, printed] = g.p([['House', 'Maison individuelle'], ['Flat', 'Appartement']]);
        const visit = someDate(g);
        const issued = plusDays(visit, g.int(2, 12));
        const valid = plusDays(addYears(issued, 10), -1);
        const number = `${issued.slice(2, 4)}${g.n(2)}E${g.n(7)}${letters(g, 1)}`;
        const k = g.int(1, 6);
        const rating = RATINGS[k];
        const use = g.int(ENERGY[k][0], ENERGY[k][1]);
        const gk = g.int(Math.max(0, k - 3), k);
        const gas = g.int(GAS[gk][0], GAS[gk][1]);
        const area = type === 'Flat' ? g.int(280, 950) / 10 : g.int(700, 1600) / 10;
        const low = Math.round((area * use * 0.09) / 10) * 10;
        const high = Math.round((low * 1.35) / 10) * 10;
        const [address, owner] = g.p([['18 rue des Carmes, 45000 Orléans', 'SCI Les Carmes'], ['5 impasse des Mimosas, 34000 Montpellier', 'M. Olivier Lambert'], ['62 avenue Jean Jaurès, 63000 Clermont-Ferrand', 'Mme Chantal Perrot']]);
        const assessor = g.p(['Thomas Girard', 'Élodie Marchal', 'Karim Benali']);
        c.text('DPE', 40, 55, 24, c.bold);
        c.text('Diagnostic de performance énergétique (logement)', 40, 75, 12, c.bold);
        grid(c, [['N° :', number], ['Établi le :', DATES.slashed(issued)], ["Valable jusqu'au :", DATES.slashed(valid)]], 380, 460, 45, 14);
        c.text("Ce document vous permet de savoir si votre logement est économe en énergie et préserve le climat. Il vous donne", 40, 100, 8, c.font, true);
        c.text("également des pistes pour améliorer ses performances et réduire vos factures.", 40, 110, 8, c.font, true);
        grid(c, [
          ['Adresse :', address],
          ['Type de bien :', printed],
          ['Année de construction :', String(g.int(1950, 2005))],
          ['Surface habitable :', `${group(area, ' ', ',', 1)} m²`],
          ['Propriétaire :', owner],
          ['Date de visite :', DATES.slashed(visit)],
        ], 40, 170, 135, 15);
        c.text('Performance énergétique et climatique', 40, 240, 12, c.bold);
        c.text('logement extrêmement performant', 40, 258, 7.5, c.font, true);
        RATINGS.forEach((letter, j) => {
          const top = 265 + j * 20;
          const w = 90 + j * 28;
          c.box(40, top, w, 17, 0.9 - j * 0.06);
          c.text(letter, 46, top + 12.5, 11, c.bold);
          c.text(RANGES[j], 62, top + 12, 7.5);
          if (j === k) {
            c.box(300, top - 2, 230, 21);
            c.text(`${use} kWh/m²/an`, 308, top + 12.5, 11, c.bold);
            c.text(`${gas}* kg CO2/m²/an`, 420, top + 12.5, 10);
          }
        });
        c.text('logement extrêmement peu performant', 40, 413, 7.5, c.font, true);
        c.text('consommation (énergie primaire)          * dont émissions de gaz à effet de serre', 300, 413, 7, c.font, true);
        c.text(`Émissions de gaz à effet de serre : ${gas} kg CO2/m²/an, soit la classe ${RATINGS[gk]} sur l'échelle climat.`, 40, 440, 9);
        c.text("Estimation des coûts annuels d'énergie du logement", 40, 472, 11, c.bold);
        c.text(`entre ${group(low, ' ', ',', 0)} € et ${group(high, ' ', ',', 0)} € par an`, 40, 490, 10);
        c.text('Prix moyens des énergies indexés au 1er janvier 2021 (abonnements compris)', 40, 503, 7.5, c.font, true);
        c.text('Les travaux essentiels', 40, 535, 11, c.bold);
        const y = table(c, 553, [[40, 'Lot', false], [250, 'Description', false], [555, 'Montant estimé', true]], [
          ['Murs', 'Isolation des murs par l’extérieur', `${group(g.int(12, 24) * 1000, ' ', ',', 0)} à ${group(g.int(25, 32) * 1000, ' ', ',', 0)} €`],
          ['Chauffage', 'Pompe à chaleur air/eau', `${group(g.int(9, 12) * 1000, ' ', ',', 0)} à ${group(g.int(13, 16) * 1000, ' ', ',', 0)} €`],
        ]);
        c.text('Informations diagnostiqueur', 40, y + 15, 11, c.bold);
        grid(c, [
          ['Diagnostiqueur :', assessor],
          ['Société :', g.p(['Diag Habitat Conseil', 'Cabinet Expertise Logement'])],
          ['N° de certification :', `C${g.n(5)}`],
          ['Organisme de certification :', g.p(['Bureau Certif Habitat', 'Certi-Diag France'])],
          ['Téléphone :', `0${g.int(1, 5)} ${g.n(2)} ${g.n(2)} ${g.n(2)} ${g.n(2)}`],
        ], 40, 190, y + 33, 14);
        return { c, key: { certificate_number: number, energy_rating: rating, property_type: type, floor_area: area, energy_use: use, assessment_date: visit, valid_until: valid, assessor_name: assessor } };
      },
    },
    {
      // An older-style UK energy performance certificate (scanned): the address at the left and "Label: value" rows at the right with
      // three dates, a three-year cost table, the rating chart, a features table and primary energy in a line, the assessor's
      // name among "About this document" rows with the employer as a distractor.
      image: -0.35,
      make: async (g) => {
        const c = await canvas([595, 760]);
        const [street, town, postcode] = g.p([['22 Ashby Road', 'Loughborough', 'LE11 3AB'], ['Flat 9, Harbour View', 'Plymouth', 'PL1 3DE'], ['3 Church Lane', 'Ludlow', 'SY8 1AP']]);
        const [type, printed] = street.startsWith('Flat') ? g.p([['Flat', 'Mid-floor flat'], ['Maisonette', 'Maisonette']]) : g.p([['House', 'Detached house'], ['House', 'End-terrace house'], ['Bungalow', 'Semi-detached bungalow']]);
        const number = `${g.n(4)}-${g.n(4)}-${g.n(4)}-${g.n(4)}-${g.n(4)}`;
        const score = g.int(25, 80);
        const potential = Math.min(score + g.int(10, 30), 92);
        const area = g.int(40, 130);
        const use = Math.round(440 - score * 3.7 + g.int(-15, 15));
        const assessed = someDate(g);
        const issued = plusDays(assessed, g.int(1, 5));
        const valid = plusDays(addYears(issued, 10), -1);
        const assessor = g.p(['Colin Atherton', 'Fiona Gallagher', 'Imran Siddiqui']);
        const heating = g.int(1800, 3600);
        const lighting = g.int(180, 320);
        const water = g.int(280, 520);
        c.text('Energy Performance Certificate', 40, 45, 16, c.bold);
        c.right('Existing dwelling', 555, 45, 9, c.bold);
        [street, town, postcode].forEach((t, k) => c.text(t, 40, 80 + k * 14, 10));
        grid(c, [
          ['Dwelling type:', printed],
          ['Date of assessment:', DATES.ukLong(assessed)],
          ['Date of certificate:', DATES.ukLong(issued)],
          ['Valid until:', DATES.ukLong(valid)],
          ['Reference number:', number],
          ['Type of assessment:', 'RdSAP, existing dwelling'],
          ['Total floor area:', `${area} m²`],
        ], 250, 360, 80, 14);
        c.text('Estimated energy costs of dwelling for 3 years:', 40, 195, 9.5, c.bold);
        c.right(MONEY.gbp(heating + lighting + water).replace('.00', ''), 555, 195, 10, c.bold);
        const y = table(c, 215, [[40, '', false], [300, 'Current costs', true], [420, 'Potential costs', true], [555, 'Potential future savings', true]], [
          ['Lighting', `£${lighting} over 3 years`, `£${Math.round(lighting * 0.6)} over 3 years`, ''],
          ['Heating', `£${group(heating, ',', '.', 0)} over 3 years`, `£${group(Math.round(heating * 0.7), ',', '.', 0)} over 3 years`, ''],
          ['Hot water', `£${water} over 3 years`, `£${Math.round(water * 0.75)} over 3 years`, ''],
          ['Totals', '', '', `£${group(Math.round(lighting * 0.4 + heating * 0.3 + water * 0.25), ',', '.', 0)}`],
        ]);
        c.text('Energy Efficiency Rating', 40, y + 15, 11, c.bold);
        c.text('Very energy efficient - lower running costs', 40, y + 30, 7.5, c.font, true);
        const y2 = sapChart(c, y + 38, score, potential, ['Current', 'Potential']);
        c.text('Not energy efficient - higher running costs', 40, y2 + 10, 7.5, c.font, true);
        c.text("Summary of this home's energy performance related features", 40, y2 + 38, 10, c.bold);
        const [walls, wallRating] = g.p([['Cavity wall, as built, insulated (assumed)', 'Good'], ['Solid brick, as built, no insulation (assumed)', 'Very poor']]);
        const y3 = table(c, y2 + 56, [[40, 'Element', false], [150, 'Description', false], [555, 'Energy efficiency', true]], [
          ['Walls', walls, wallRating],
          ['Roof', `Pitched, ${g.p([100, 150, 270])} mm loft insulation`, g.p(['Average', 'Good'])],
          ['Main heating', 'Boiler and radiators, mains gas', 'Good'],
        ], 14);
        c.text(`Current primary energy use per square metre of floor area: ${use} kWh/m² per year`, 40, y3 + 5, 9.5);
        c.text('About this document', 40, y3 + 32, 10, c.bold);
        grid(c, [
          ["Assessor's accreditation number:", `${letters(g, 4)}${g.n(6)}`],
          ["Assessor's name:", assessor],
          ['Phone number:', `01${g.n(3)} ${g.n(6)}`],
          ['Employer/Trading name:', g.p(['Midshires Property Surveys Ltd', 'GreenKey Energy Assessments'])],
          ['Related party disclosure:', 'No related party'],
        ], 40, 210, y3 + 50, 14);
        return { c, key: { certificate_number: number, energy_rating: sapBand(score), property_type: type, floor_area: area, energy_use: use, assessment_date: assessed, valid_until: valid, assessor_name: assessor } };
      },
    },
  ],
};

// ---- The set ---------------------------------------------------------------------------------------------
const KINDS = [donation, permit, school, propertyTax, dental, epc];
await writeKinds(here, KINDS, 7817, 211);
