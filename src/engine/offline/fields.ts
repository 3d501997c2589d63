// Candidates for one field and their evidence, by what the field is about (its role) and its type.
// Each finder returns candidates with a raw evidence score; the best wins, and calibrate() turns its
// score, its margin over the runner-up and the words' OCR confidence into a probability.
import { parseBoolean, parseDate, parseNumber } from '../normalize/index.ts';
import type { FieldDef, Word } from '../types.ts';
import { amountCandidates } from './amounts.ts';
import { balanceCandidates } from './balance.ts';
import { bestOf, type Candidate, lineOf, MIN_SCORE, rowOf } from './candidate.ts';
import { choiceRows, optionSpelledOut, optionsPrinted, printedAt, tickedAnswers, token } from './checkboxes.ts';
import { asksPercent, countedThing, inOtherUnit, PERCENT, unitCandidates, unitOf } from './units.ts';
import { asksYear, yearCandidates } from './year.ts';
import { atEdge, findLabels, isLabelLine, type LabelHit, labelsANumber, labelStart, numberOfSomethingElse, opensSegment, saysOnlyNumber } from './labels.ts';
import { above, below, blockHeading, headsNearer, nearestAt, valuesOf } from './layout.ts';
import { readingOdds, type Line } from './lines.ts';
import { addressCandidates, companyCandidates } from './parties.ts';
import { addressee, asksPersonName, FULL_NAME, givenAndFamily, NAME_ALONE, namesSomeone, presentedName } from './person.ts';
import { asksTitle, titleCandidates, titleNumberLabels } from './title.ts';
import { asksTown, townOf } from './town.ts';
import { BARE_HEAD, describedLabels, distinctWords, fold, LABELS, LEGAL_FORMS, labelsFor, nameWords, roleOf, SHIP_TO, SOLD_BY, STOP, translatedLabels, type Role } from './vocabulary.ts';
import { NAME_TRANSLATIONS } from './translations.ts';

export type { Candidate } from './candidate.ts';

const joinText = (words: Word[]) => words.map((w) => w.text).join(' ');
/** A money amount as printed: grouped thousands and two decimals. */
const MONEY = /^[^\d]{0,3}\d{1,3}(?:[.,' ]\d{3})*[.,]\d{2}[^\d]{0,3}$/;
const CURRENCY_SIGN = /[$€£¥₹]/;
const NUMERIC_ROLES: Role[] = ['total', 'balance', 'paid', 'subtotal', 'tax', 'amount', 'unitPrice', 'quantity'];

function labelHits(lines: Line[], field: FieldDef, role: Role) {
  return findLabels(lines, labelsFor(field.name, field.description, role));
}

// ── dates ──

/** A deadline said in a sentence: "Zahlbar ohne Abzug bis zum", "Merci de régler ... avant le", "please pay by". */
const DEADLINE_BEFORE = /\b(by|before|until|no later than|bis|bis zum|bis spatestens|spatestens (bis|am)|avant|avant le|au plus tard le|entro|entro il|entro e non oltre il|antes de|antes del|hasta|hasta el|ate|ate ao|ate a)$/;
const PAYMENT_WORDS = /\b(pay\w*|zahl\w*|uberweis\w*|regl\w*|regler|paie\w*|virement|pag\w*|vers\w*|bonifico|transfer\w*|abon\w*)\b/;

/**
 * Words naming a kind of date other than the document's own (a birth, a delivery, a deadline, a period's ends, the day it
 * was printed), or another time of the same kind ("PREVIOUS INSPECTION" beside "DATE OF VISIT", "Next service").
 */
const OTHER_DATE = /\b(due|vencim|expir|valid|until|hasta|birth|nacimiento|period|periodo|from|desde|delivery|entrega|falligkeit|zahlbar|echeance|scadenza|order ?date|fecha (del? )?pedido|bestelldatum|date de (la )?commande|data (dell.)?ordine|data da encomenda|printed|impreso|imprime|gedruckt|stampato|impresso|previous|prev(?![a-z])|prior|last|former|next|anterior|precedent|derni|prochain|vorherig|letzte|nachste|ultim|proxim|prossim)\w*/g;

/** A date of birth asked, in the languages of the vocabulary. */
const BIRTH = /\b(birth|born|dob|nacimiento|naissance|geburt\w*|nascita|nascimento)\b/;
/** Words of a document recording a birth ("CERTIFICATE OF LIVE BIRTH", "Entry of birth", "Geburtsurkunde", "Acta de nacimiento"). */
const BIRTH_RECORD = /(certif|certid|regist|entry|record|acta|acte|atto|urkunde)/;
/** Kinds of date that may lie decades back: a document's own date before 1990 is likely a misread, a birth date is not. */
const LONG_AGO = new RegExp(`${BIRTH.source}|\\b(founded|incorporat\\w*|established)\\b`);

/** What a description says happened on the date, as a form captions it: "due back" of "Date the equipment is due back". */
const happened = (description = '') => /^date (?:the |a |an )?[\p{L} ]*? (?:is|are|was|were) ([\p{L}]+(?: [\p{L}]+){0,2})[.?]?$/u.exec(fold(description))?.slice(1) ?? [];

/** Whether a date is printed on the label's row after the label and before `word`, not as the start of a range to it. */
function dateBetween(lines: Line[], h: LabelHit, word: Word): boolean {
  const from = h.line.words[h.after - 1]?.box[2] ?? h.line.box[0];
  const between = lines.filter((l) => l.row === h.line.row && l.page === h.line.page).flatMap((l) => l.words).filter((w) => w.box[0] >= from && w.box[2] <= word.box[0]);
  if (between.some((w) => RANGE_JOINER.test(fold(w.text)))) return false;
  return between.some((w, k) => /\d/.test(w.text) && [1, 2, 3].some((n) => k + n <= between.length && parseDate(joinText(between.slice(k, k + n))) !== null));
}

function dateCandidates(lines: Line[], field: FieldDef, role: Role, others: Set<string>): Candidate[] {
  // A label after a word another field is named by is that field's ("Previous reading:" for previous_reading, not reading_date).
  const hits = findLabels(lines, [...labelsFor(field.name, field.description, role), ...happened(field.description)]).filter((h) => !others.has(wordBefore(h)));
  const own = fieldWords(field).filter((w) => w.length >= 3);
  // The kind asked, in the field's words or in the words other languages print for them ("Fecha de nacimiento" for date_of_birth).
  const kind = [...own, ...translatedLabels(field.name).flatMap((l) => l.split(/\s+/)).filter((w) => w.length >= 3 && !STOP.has(w) && !LABELS.date.includes(w))];
  const asked = kind.length ? new RegExp(`^(${kind.map((w) => w.slice(0, 5).replace(/[^\p{L}]/gu, '')).filter(Boolean).join('|')})`, 'u') : /^$^/;
  // A field naming its kind of date ("date_of_birth", "checkOut") is labelled surer by a label saying that kind
  // ("Date of birth", "DOB") than by a bare "Date", which may be any other date's.
  const generic = new Set(LABELS[role].map((l) => fold(l)));
  // "Date of the receipt" is the document's own date, no kind of its own: only a description's own words say a kind.
  const specific = distinctWords(field.name).length > 0 || describedLabels(field.description, false).length > 0;
  // Unless the block's heading says the kind: "Date / time:" under "RETURN DUE" is the return date.
  // A stem ("vacci*" in "DATE VACCINATED" for next_vaccination_due) says less than a word of the name printed whole.
  const strength = (h: LabelHit) => ((specific && generic.has(h.label) && !headingSays(lines, h.line, unsaidBy(field, h.label))) || h.label.endsWith('*') ? 0.7 : 1);
  const strongest = (hs: LabelHit[]) => Math.max(0, ...hs.map(strength));
  const side = rangeSide(field);
  // What a deadline is for, by the stems of the name's own words ("accep" of acceptance_deadline: "To accept the award, … by 31 July").
  const deadlineStems = distinctWords(field.name).filter((w) => w.length >= 5).map((w) => w.slice(0, 5));
  const deadlineFor = deadlineStems.length ? new RegExp(`\\b(${deadlineStems.join('|')})`) : /$^/;
  // A birth certificate or register entry (its title says so) is written in the year of the birth it records.
  const birthRecord = lines.slice(0, 6).some((l) => BIRTH.test(l.folded) && BIRTH_RECORD.test(l.folded) && !/\d/.test(l.text));
  const newestYear = Math.max(0, ...lines.flatMap((l) => [...l.text.matchAll(/\b(19|20)\d{2}\b/g)].map((m) => +m[0])).filter((y) => y <= new Date().getUTCFullYear() + 2));
  const out: (Candidate & { iso: string; line: Line; at: number; told: boolean })[] = [];
  for (const line of lines) {
    for (let i = 0; i < line.words.length; i++) {
      for (let n = 1; n <= 6 && i + n <= line.words.length; n++) {
        const words = line.words.slice(i, i + n);
        const text = joinText(words);
        const iso = /\d/.test(text) ? parseDate(text) : null;
        if (!iso) continue;
        // The tightest window: dropping an edge word must lose the date.
        if (n > 1 && (parseDate(joinText(words.slice(1))) || parseDate(joinText(words.slice(0, -1))))) continue;
        // (The first date right of a label is its value: a later one on the row is another column's, "Date paid: 08/21/2025   September 6, 2028".)
        const sameRow = strongest(hits.filter((h) => h.line.row === line.row && (h.line !== line || i >= h.after - 1) && h.line.box[0] <= words[0].box[0] && !dateBetween(lines, h, words[0])));
        // Under a column's heading with more dates under it, a date is a row of a table ("Fecha" over each day's), not the document's.
        const listed = below(lines, line, words[0].box[0], words[words.length - 1].box[2]).some((l) => /\d/.test(l.text) && parseDate(l.text) !== null);
        const under = sameRow || listed ? 0 : strongest(hits.filter((h) => below(lines, h.line).includes(line)));
        // Labels printed alone right over the date (a box heading) or right under it (a caption).
        const x0 = words[0].box[0];
        const x1 = words[words.length - 1].box[2];
        // A caption that holds the field's label is one, whatever else it says ("Date of loss (DD/MM/YYYY)").
        // (A heading holds no value of its own: "Prev. expiration: 09/06/2025" over the date is a row, no heading.)
        const aligned = (ls: Line[]) => ls.filter((l) => (isLabelLine(l) || (hits.some((h) => h.line === l) && !/\d/.test(l.text))) && l.box[0] < x1 && l.box[2] > x0);
        // (Not the heading of the next cell down, nearer the value under it: "PAYMENT DUE DATE" under the statement's date.)
        const caption = below(lines, line, x0, x1).filter((l) => (isLabelLine(l) || hits.some((h) => h.line === l)) && l.box[0] < x1 && l.box[2] > x0 && !headsNearer(lines, l, line));
        // The caption that says more of the field's name is surer ("Date of loss" over a bare "Date").
        const captionQuality = Math.max(0, ...hits.filter((h) => caption.includes(h.line)).map((h) => h.quality * strength(h)));
        const captioned = !sameRow && !under && captionQuality > 0;
        const before = fold(line.words.slice(Math.max(0, i - 4), i).map((w) => w.text).join(' ')).replace(/[^a-z ]/g, '').trim();
        const inSentence = role === 'dueDate' && DEADLINE_BEFORE.test(before) && (PAYMENT_WORDS.test(line.folded) || deadlineFor.test(line.folded));
        // A sentence saying a period starts or ends on the date ("It begins on 24 September 2024", "finalizarán el 28 de junio").
        const told = side ? (side === 'start' ? STARTS : ENDS).test(before) : false;
        const labelled = sameRow ? sameRow : under ? 0.8 * under : captioned ? 0.8 * (0.5 + 0.5 * Math.min(1, captionQuality)) : inSentence ? 0.9 : 0;
        // (Labelled on its row, the date is said by the words before it: a sentence going on after it, "… valid until
        // 10/01/2025. … Delivery is usually …", speaks of other things.)
        const rowWords = lines.filter((l) => l.row === line.row && l.page === line.page).flatMap((l) => (sameRow ? l.words.filter((w) => w.box[0] <= x1) : l.words));
        const rowText = [fold(joinText(rowWords)), ...[...caption, ...aligned(above(lines, line, x0, x1))].map((l) => l.folded)].join(' ');
        // A word naming another kind of date, unless it is the kind the field asks for ("date_of_birth", "deliveryDate");
        // the date of the order an invoice bills is another date too ("Order Date" beside "Invoice Date").
        // A field asking for a side of a period is asked for the dates "from", "until" and "period" print.
        const otherDate = [...rowText.matchAll(OTHER_DATE)].some((m) => !asked.test(m[0]) && !(side && RANGE_WORD.test(m[0])));
        let score = 0.4 + 0.35 * Math.max(labelled, told ? 0.7 : 0) + 0.1 * (1 - line.y);
        if (role === 'dueDate') score = 0.2 + 0.6 * labelled;
        else if (otherDate) score -= 0.3;
        const year = +iso.slice(0, 4);
        // (Years ahead are a misread for the document's own date, not for a date of a kind its name says: an expiry,
        // a retirement, a maturity may lie decades ahead.)
        if ((year < 1990 && !LONG_AGO.test(own.join(' '))) || (year > new Date().getUTCFullYear() + 2 && (!specific || BIRTH.test(own.join(' '))))) score -= 0.3;
        // Someone is born years before the document that names them: no date of birth falls in its own year or later
        // (but on the record of the birth itself).
        if (BIRTH.test(own.join(' ')) && year >= newestYear - 1 && !birthRecord) score -= 0.3;
        // A date the reader itself doubts is weak evidence, whatever its label: another printing may read right.
        const doubt = Math.min(...words.map((w) => w.confidence)) / 100;
        if (doubt < 0.5) score *= 0.5 + doubt;
        out.push({ words, literal: text.replace(/^[^\d\p{L}]+|[^\d\p{L}]+$/gu, ''), score, iso, line, at: i, told });
      }
    }
  }
  // The same date printed twice agrees with itself.
  for (const c of out) {
    if (!out.some((d) => d !== c && d.iso === c.iso && d.words[0] !== c.words[0])) continue;
    c.score += 0.05;
    c.support = 1;
  }
  // A period printed as a range ("1 March 2024 to 31 March 2024", "01.12.2023 bis 31.12.2023", "del … al …"):
  // a field asking for its end takes the second date, one asking for its start the first.
  // The two dates may sit in two cells of one row ("or from 11/05/2025" | "to 24/05/2025"). A field asking for a
  // side of a period is asked for a range's date: where the document prints a range, its other dates are another's.
  if (side) {
    // Between the dates: the joiner, then maybe the hour and "on" ("from 00:01 on 10 March 2023 until 23:59 on 9 March 2024").
    const between = (gap: Word[]) => gap.length >= 1 && gap.length <= 5 && RANGE_JOINER.test(fold(gap[0].text)) && gap.slice(1).every((w) => RANGE_FILLER.test(fold(w.text)));
    const joined = (d: (typeof out)[number], c: (typeof out)[number]) =>
      d.line === c.line
        ? d.at + d.words.length < c.at && between(c.line.words.slice(d.at + d.words.length, c.at))
        : c.at === 1 && RANGE_JOINER.test(fold(c.line.words[0].text)) && c.line.index === d.line.index + 1 && c.line.row === d.line.row && d.at + d.words.length === d.line.words.length;
    const ranged = new Set<Candidate>();
    for (const c of out) {
      const first = out.find((d) => joined(d, c));
      if (!first) continue;
      (side === 'end' ? c : first).score += 0.1;
      (side === 'end' ? first : c).score -= 0.1;
      ranged.add(c).add(first);
    }
    // A date a sentence says the period starts or ends on is as sure a side as a range's.
    if (ranged.size) for (const c of out) if (!ranged.has(c) && !c.told) c.score -= 0.2;
    for (const c of out) if (c.told) c.score += 0.1;
    // Dates labelled alike ("On hire" | "Expected off hire"): a period ends after it starts, so the tie goes to the
    // latest for its end. (Not the earliest for its start: the document's own date comes before both.)
    const top = Math.max(...out.map((c) => c.score));
    const tied = out.filter((c) => c.score >= top - 1e-9).sort((a, b) => a.iso.localeCompare(b.iso));
    if (side === 'end' && new Set(tied.map((c) => c.iso)).size > 1) tied[tied.length - 1].score += 0.01;
  }
  return out;
}

/** Words before a date saying something starts or ends on it, in the languages of the vocabulary (folded). */
const STARTS = /\b(begins?|starts?|commences?|starting|beginning|comenzar\w*|comienza\w*|empieza\w*|empezar\w*|inicia\w*|commence\w*|debute\w*|beginnt|beginnen|inizi\w*|comeca\w*|comecar\w*|start date|fecha de inicio|date de debut)( on| el| le| am| il| em| from)?$/;
const ENDS = /\b(ends?|ending|finishes|concludes|end date|finaliza\w*|termina\w*|acaba\w*|finit|finira|terminera|se termine|endet|enden|finisce|finiranno|terminer\w*|fecha de fin\w*|date de fin)( on| el| le| am| il| em| is)?$/;

/** Words of OTHER_DATE that say a period's sides. */
const RANGE_WORD = /^(until|hasta|period|periodo|from|desde)/;
/** Words joining the two dates of a range. */
const RANGE_JOINER = /^(to|until|till|through|thru|-|–|—|bis|au|al|a|hasta|ate|fino|tot|jusqu.?(au|a)|to:)$/;
/** What may follow the joiner before the second date: its hour, "on", an article ("hasta el", "tot en met"). */
const RANGE_FILLER = /^(on|at|the|hours?|hrs?|h|am|pm|midnight|noon|el|le|la|las|al|il|o|a|as|ao|um|uhr|ore|alle|en|met|op|\d{1,2}[:.h]\d{2}h?,?)$/;
/** The end of a period the field asks for ("statement_period_end", "valid_until", "Last day of ..."), or its start. */
function rangeSide(field: FieldDef): 'start' | 'end' | null {
  const name = ` ${nameWords(field.name).join(' ')} `;
  const text = `${name} ${fold(field.description ?? '')}`;
  if (/ (end|ending|ends|to|until|till|through|last|final|fin|hasta|bis|ende|al) /.test(name) || /\b(end|ending|until|last day|final day)\b/.test(text)) return 'end';
  if (/ (start|starting|starts|from|begin\w*|first|inicio|desde|debut|von|beginn) /.test(name) || /\b(start|starting|beginning|first day)\b/.test(text)) return 'start';
  return null;
}

// ── patterns and labelled text ──

const PATTERNS: Partial<Record<Role, RegExp>> = {
  email: /[\w.+-]+@[\w-]+(\.[\w-]+)+/,
  // Not the digits of a code glued to letters ("A-2020-3133").
  // An area code in parentheses first ("(02) 9876 5432") whole.
  phone: /(?<![\p{L}\d][-/]?)(\+?\(?\d[\d\s().-]{7,}\d)/u,
  // The check digits as OCR may read them ("ESO7", "ES0S"): repaired and verified by repairIban.
  iban: /\b[A-Z]{2}[\dOQDSILBZG]{2,3}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?\b/,
  // VAT-style numbers with a country prefix, and hyphenated ones ("12-3456789").
  // Canada's Business Number with its program account ("123456789 RT0001") first: whole, not its nine digits.
  // The United Kingdom's VAT number printed in its groups ("GB 123 4567 89") whole too.
  taxId: /\b\d{9} ?RT ?\d{4}\b|\bGB ?\d{3} ?\d{4} ?\d{2}(?: ?\d{3})?\b|\b\d{2,3}-\d{6,8}\b|\b(?:[A-Z]{2})?[A-Z0-9]?\d{6,11}[A-Z0-9-]{0,3}\b/,
  currency: /\b(EUR|USD|GBP|MYR|RM|MXN|COP|ARS|CLP|PEN|JPY|CNY|CHF|CAD|AUD|INR)\b|[€$£¥]/,
};

/** Digits OCR may read as letters in an IBAN's check number. */
const CHECK_DIGIT_READINGS: Record<string, string[]> = { O: ['0'], Q: ['0'], D: ['0'], S: ['5', '8'], I: ['1'], L: ['1'], B: ['8'], Z: ['2'], G: ['6'] };
const ibanValid = (iban: string) => BigInt(`${iban.slice(4)}${iban.slice(0, 4)}`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55))) % 97n === 1n;

/** An IBAN whose check number verifies, its check digits read back from their lookalikes (one stray character dropped). */
export function repairIban(printed: string): string | null {
  const compact = printed.replace(/\s/g, '').toUpperCase();
  const readings = (c: string) => (/\d/.test(c) ? [c] : CHECK_DIGIT_READINGS[c] ?? []);
  for (const t of [compact, ...[2, 3, 4].map((k) => compact.slice(0, k) + compact.slice(k + 1))]) {
    if (!/^[A-Z]{2}..[A-Z0-9]{10,30}$/.test(t)) continue;
    for (const a of readings(t[2])) {
      for (const b of readings(t[3])) {
        const fixed = `${t.slice(0, 2)}${a}${b}${t.slice(4)}`;
        if (ibanValid(fixed)) return fixed.replace(/(.{4})/g, '$1 ').trim();
      }
    }
  }
  return null;
}

/**
 * An email whose "@" OCR read as a letter and a space ("billing Otallerespgarcia.es", "contacte
 * imprimerie-garnier.fr": the wide glyph read as the round letter it holds, ending the word), or null.
 */
export function repairEmail(printed: string, labelled = true): string | null {
  const text = printed.trim();
  // A web address is no email: "www.shop.com" holds no lost "@".
  if (text.includes('@') || /^(www\.|https?:)/i.test(text)) return null;
  // The round capital or symbol it is read as; a lower-case "a" or "e" ending a word only where a label says
  // an email is printed ("Online shop.com" is a sentence).
  const glyph = labelled ? '(?:\\s*[O0Q©®@]\\s*|[ae]\\s+)' : '(?:\\s*[O0Q©®@]\\s*)';
  const m = text.match(new RegExp(`^([\\w.+-]+?)${glyph}([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,})$`));
  return m ? `${m[1]}@${m[2]}` : null;
}

/** A number printed in groups of digits ("51 824 753 556", "123 456 789"): a tax number only where a label says so. */
const SPACED_NUMBER = /\b\d{2,3}(?: \d{3}){2,3}\b/;

/**
 * The customer's block: the rows under a customer label, in its column. A tax number printed there is the
 * customer's own (European invoices print both parties' VAT numbers), not the issuer's.
 */
function customerBlock(lines: Line[]): Set<Line> {
  const block = new Set<Line>();
  for (const h of findLabels(lines, LABELS.customer)) {
    let cur = h.line;
    for (let k = 0; k < 6; k++) {
      const next = below(lines, cur, h.line.box[0], h.line.box[2])[0];
      if (!next) break;
      block.add(next);
      cur = next;
    }
  }
  return block;
}

/** A field about the customer's own details ("customer_email", "Tax number of the buyer"). */
const ABOUT_CUSTOMER = /\b(customer|client|buyer|bill(ed)? to|cliente|comprador|destinatari[oa]|acheteur|kunde\w*|empfanger|adquirente)\b/;

/** The customer's block, where the issuer's details are not, unless the field asks for the customer's. */
const aboutCustomer = (field: FieldDef) => ABOUT_CUSTOMER.test(fold(`${field.name.replace(/[_-]/g, ' ')} ${field.description ?? ''}`));
const customers = (lines: Line[], field: FieldDef) => (aboutCustomer(field) ? new Set<Line>() : customerBlock(lines));

function patternCandidates(lines: Line[], field: FieldDef, role: Role, re: RegExp): Candidate[] {
  const hits = labelHits(lines, field, role);
  const out: Candidate[] = [];
  const customersBlock = role === 'taxId' ? customers(lines, field) : new Set<Line>();
  // A number on a row another identifier's label names ("Order Number 955-5157895-7055182", "PO Box 660111") is
  // that identifier, not an unlabelled phone or tax number.
  const otherRoles: Role[] = role === 'phone' ? ['orderNumber', 'taxId'] : role === 'taxId' ? ['orderNumber', 'phone'] : [];
  const otherLabels = otherRoles.length ? [...otherRoles.flatMap((r) => LABELS[r]), ...BANK_ACCOUNT] : [];
  const otherRows = new Set(findLabels(lines, otherLabels).map((h) => h.line.row));
  const every = new RegExp(re.source, `${re.flags}g`);
  const ownSaid = hits.some((h) => !LABELS[role].includes(h.label));
  // Labels heading a cell, with the words printed under them. A heading ends its segment: "Phone: +1 416 924 3662"
  // holds its own value, it heads nothing under it.
  const headings = new Map(hits.filter((h) => h.after === h.line.words.length).map((h) => [h, new Set(below(lines, h.line, h.line.words[labelStart(h)].box[0], h.line.box[2]).flatMap((l) => l.words))]));
  for (const line of lines) {
    const labelledRow = hits.some((h) => h.line.row === line.row);
    let found: RegExpMatchArray[] = [...line.text.matchAll(every)];
    let spaced = false;
    if (!found.length && role === 'taxId' && labelledRow) [found, spaced] = [[...line.text.matchAll(new RegExp(SPACED_NUMBER.source, 'g'))].slice(0, 1), true];
    // The first word of each match ("… no. 80138650. VAT GB832512949": two numbers, each after its own label).
    const firstWords = found.map((m) => line.words[line.text.slice(0, m.index).split(' ').length - 1]);
    for (const [k, m] of found.entries()) {
      let literal = m[0].trim();
      // A phone number is no date, nor the digits of an account number ("IBAN GB46 MIDL 9555 0381 1779 12").
      // Nor are two numbers joined by a spaced dash ("14 Sep 2024 - 14 Oct"): a range.
      if (role === 'phone' && (parseDate(literal) || insideIban(line.text, m.index ?? 0) || / [-–] /.test(literal))) continue;
      const words = line.words.filter((w) => m[0].includes(w.text) || w.text.includes(m[0]));
      // Several on a row: a label labels the match after it, up to the next match.
      const x = firstWords[k]?.box[0] ?? 0;
      const rowHits = hits.filter((h) => h.line.row === line.row);
      const end = (h: LabelHit) => h.line.words[h.after - 1]?.box[2] ?? 0;
      const sameRow = found.length < 2 ? rowHits : rowHits.filter((h) => end(h) <= x + 1 && !firstWords.some((w, j) => j !== k && w && w.box[0] >= end(h) - 1 && w.box[0] < x));
      // Or the label of a cell heading it, printed over it ("IBAN DO BENEFICIÁRIO" over the IBAN): a little less sure.
      const over = sameRow.length ? [] : [...headings].filter(([h, under]) => h.line.row !== line.row && under.has(firstWords[k])).map(([h]) => h);
      const ownHits = sameRow.length ? sameRow : over;
      // A label saying the field's own words ("Beneficiary IBAN" for payee_iban) printed anywhere makes a generic one ("Account IBAN:") another's likelier.
      const labelled = (!ownHits.length ? 0 : ownSaid && ownHits.every((h) => LABELS[role].includes(h.label)) ? 0.7 : 1) * (sameRow.length ? 1 : 0.8);
      // A company's registration number is asked for as a tax number only where no tax number is labelled as one.
      const registrationOnly = role === 'taxId' && labelled && ownHits.every((h) => REGISTRATION_LABEL.test(h.label));
      // The tail of a phone number printed bare ("07823 354853") is no tax number.
      const inPhone = role === 'taxId' && !labelled && (line.text.match(PATTERNS.phone!)?.[0].length ?? 0) > m[0].length && line.text.match(PATTERNS.phone!)![0].includes(m[0]);
      const elsewhere = !labelled && (otherRows.has(line.row) || inPhone);
      // A labelled value in the block whose heading says the rest of the field's name ("Recipient" for recipient_phone).
      const headed = labelled && ownHits.some((h) => headingSays(lines, h.line, unsaidBy(field, h.label).filter((w) => !LABELS[role].includes(w)))) ? 0.05 : 0;
      let score = 0.45 + 0.35 * labelled + headed - (registrationOnly ? 0.1 : 0) - (spaced ? 0.1 : 0) - (customersBlock.has(line) ? 0.3 : 0) - (elsewhere ? 0.3 : 0);
      let support = 0;
      if (role === 'iban') {
        // The check number verifies the whole IBAN; one that fails is a misread (or no IBAN).
        const valid = repairIban(literal);
        if (valid) [literal, support] = [valid, 1];
        else score -= 0.3;
      }
      out.push({ words: words.length ? words : line.words, literal, score, support });
    }
  }
  return out;
}

const IDENTIFIERS: Role[] = ['documentNumber', 'orderNumber'];
/** Labels of a company's registration (not tax) number: "Company Reg No", "Co. No.", "SIRET", "ROC". */
const REGISTRATION_LABEL = /^(co |company )?(reg|regn|registration)( no| number)?$|^company (no|number)$|^(siret|siren|roc|ssm)$/;
/** What follows "Customer" in a service line's name, not a customer's. */
const SERVICE_LINE = /^(service|services|care|support|hotline|helpline)\b/;
/** Labels of a bank account's own numbers, printed beside or instead of an IBAN. */
const BANK_ACCOUNT = ['account number', 'account no', 'sort code', 'bsb', 'kontonummer', 'numero de cuenta', 'numero de compte', 'numero di conto', 'numero de conta'];
/** One token of capitals and digits holding a digit ("PED-6200", "INV/2024/17"): a code, not a name. */
const CODE = /^[A-Z0-9][A-Z0-9\-/.#]*\d[A-Z0-9\-/.#]*$/;
/** A short capitalised code opening an identifier, not a "number" word ("No", "Nr", "Ref"). */
const SERIES = /^(?!(NO|NR|NUM|REF|N)$)(?:[A-Z]{2,4}|[A-Z]{1,3}-[A-Z]{1,3})$/;

/** The words open with a date: some first words parse as one, and without the first word they do not. */
const startsWithDate = (words: Word[]) =>
  words.slice(0, 6).some((_, k) => parseDate(joinText(words.slice(0, k + 1))) !== null && parseDate(joinText(words.slice(1, k + 1))) === null);

/** The words of a field's name and of its description ("supplier", "vendor", "the", "order"...). */
const fieldWords = (field: FieldDef) => [...nameWords(field.name), ...fold(field.description ?? '').split(/[^a-z]+/)];

/** Height of the tallest of `words` (0 for none). */
const tallest = (words: Word[]) => Math.max(0, ...words.map((w) => w.box[3] - w.box[1]));


/** Position `at` of `text` lies inside an IBAN printed there. */
const insideIban = (text: string, at: number) => [...text.matchAll(new RegExp(PATTERNS.iban!.source, 'g'))].some((m) => at >= m.index! && at < m.index! + m[0].length);

/** A value up to the first word that is `mark` (a separator set apart by spaces), when at least `min` words come before it. */
function upTo(c: Candidate, mark: RegExp, min = 1): Candidate {
  const at = c.words.findIndex((w) => mark.test(w.text));
  if (at < min) return c;
  const words = c.words.slice(0, at);
  return { ...c, words, literal: joinText(words) };
}
/** An em or en dash set apart ("Siobhan Murphy — Current Account"); a separator of contact details ("· 01225 653736"). */
const DASH = /^[—–]$/;
const SEPARATOR = /^[·|•]$/;

/** A block headed "NAME AND ADDRESS" (of a sender, an employer…) in the languages of the vocabulary. */
const NAME_AND_ADDRESS = /\b(name|nombre|nom|nome) (and|y|et|und|e|&) (address|direccion|domicilio|adresse|anschrift|indirizzo|endereco)\b/;

/**
 * The address of a block headed "SHIPPER'S NAME AND ADDRESS": the lines under the name, its first line (the
 * name is no address). The heading says whose where the field's name does ("shipper" of shipper_address).
 */
function addressUnderName(lines: Line[], field: FieldDef, labels: string[]): Candidate[] {
  const whose = distinctWords(field.name);
  const out: Candidate[] = [];
  for (const h of findLabels(lines, labels)) {
    if (!NAME_AND_ADDRESS.test(h.line.folded) || (whose.length && !whose.some((w) => h.line.folded.includes(w)))) continue;
    const x = h.line.box[0];
    const name = nearestAt(below(lines, h.line, x, h.line.box[2]), x, isLabelLine);
    const block: Line[] = [];
    for (let prev = name, n = 0; prev && n < 4; n++) {
      const next = nearestAt(below(lines, prev, prev.box[0], prev.box[2]), x, isLabelLine);
      if (!next || !/\p{L}{2,}/u.test(next.text)) break;
      block.push(next);
      prev = next;
    }
    if (block.length) out.push({ words: block.flatMap((l) => l.words), literal: block.map((l) => l.text).join(', '), score: 0.66 });
  }
  return out;
}

/** Labels of a company's registered address in the languages of the vocabulary. */
const REGISTERED_OFFICE = ['registered office', 'registered address', 'head office', 'domicilio social', 'sede social', 'siege social', 'sede legale', 'firmensitz', 'sitz der gesellschaft'];

/** Words before a document's label that make it another document's ("sur facture", "against invoice", "zur Rechnung"). */
const REFERS_TO = /^(sur|against|regarding|re|zu|zur|zum|auf|sulla|alla|relativa|relative|referente)$/;

/** No other segment shares `line`'s row. */
const aloneInRow = (lines: Line[], line: Line) => lines[line.index - 1]?.row !== line.row && lines[line.index + 1]?.row !== line.row;

/** Every one of `words` in capitals (or none a letter). */
const capitals = (words: Word[]) => words.every((w) => !/\p{Ll}/u.test(w.text));

/** A word saying "number" after a label word ("Ticket No", "R.O. NUMBER", "Employee ID"): the label goes on to a number. */
const NUMBER_WORD = /^(no|nr|num|number|numero|id|code|ref)$/;

/** A person's title before a name ("Dr.", "Mrs", "Prof.", "Herr", "Dott.ssa"). */
const PERSONAL_TITLE = /^(dr|dra|mr|mrs|ms|miss|mx|prof|sr|sra|srta|herr|frau|mme|mlle|dott|dottssa|sig|sigra)\.?\s/i;

/** Small words a surname may open with ("van Dijk", "de la Cruz", "dos Santos"). */
const NAME_PARTICLE = /^(van|von|de|da|di|du|del|della|der|den|dos|das|le|la|el|al|bin|binti|ten|ter|zu|mac)\s/;

/** Words joining two headings in one ("and", "y", "et", "und", "e", "&"). */
const CONJUNCTION = /^(and|y|e|et|und|&)$/;

/** Words of the field's name a label leaves unsaid ("recipient" of recipient_name labelled "Name"). */
const unsaidBy = (field: FieldDef, label: string) => nameWords(field.name).filter((w) => !label.split(' ').includes(w) && !STOP.has(w));

/**
 * The heading of the block `line` sits in says every one of `words` ("Recipient" over "Name:" and "Phone:", "PICK-UP"
 * over "Date:" for pickup_date), or says them in another language ("CONTACTO DE EMERGENCIA" for emergency contact).
 */
function headingSays(lines: Line[], line: Line, words: string[]): boolean {
  const heading = words.length ? blockHeading(lines, line) : undefined;
  if (!heading) return false;
  const said = fold(heading.text).split(/[^\p{L}]+/u);
  const joined = said.slice(1).map((w, k) => `${said[k]}${w}`);
  if (words.every((w) => said.includes(w) || joined.includes(w))) return true;
  const text = ` ${said.join(' ')} `;
  return translatedLabels(words.join(' ')).some((l) => text.includes(` ${l} `));
}

const MONEY_ROLES: Role[] = ['total', 'amount', 'subtotal', 'tax', 'balance', 'paid', 'unitPrice'];

/** A field whose name or description asks a time: a date, a day, a period, when ("valid_until", "When was it issued?"). */
const asksTime = (field: FieldDef) => /\b(date|dates|day|days|when|period|time|until|from|since|expiry|expires|valid|year|month|dob|birth)\b/.test(fieldWords(field).join(' '));

/** Words naming the document's issuer in a field's name ("issuer_address", "store_address"): its address heads the page. */
const ISSUER_WORD = new RegExp(`^(${LABELS.company.filter((l) => !l.includes(' ')).join('|')}|issuer|company|business|store|shop|merchant|office)$`);

/** Captions of blanks a form leaves to fill in by hand. */
const BLANK_CAPTION = /^(signature|signed|sign here|initials|stamp|date|date signed|name|full name|nombre|nom|nome|signature and date|firma|fecha|signature du client|unterschrift|datum|firma del cliente|assinatura|data)$/;

/** Words of a segment that make it a sentence rather than a label and its value. */
const SENTENCE_WORDS = 8;

/**
 * An identifier in a sentence ends at its comma ("n.º de expediente 5225823, ha obtenido"), or at the parenthesis
 * closing the aside it was given in ("…, passport number N82937492) has").
 */
function identifierEnd(text: string): string {
  const cut = text.replace(/[,;]$/, '');
  return cut.includes('(') ? cut : cut.replace(/\)[,;.]?$/, '');
}

/** Kinds of value a label's last word says plainly: a word of another field's name before it labels that kind. */
const OTHER_KINDS: Role[] = ['address', 'date', 'phone', 'email'];

/** Words outside parentheses (an aside may run over several words). */
function outsideAsides(words: Word[]): Word[] {
  let depth = 0;
  return words.filter((w) => {
    if (w.text.startsWith('(')) depth++;
    const outside = depth === 0;
    if (w.text.endsWith(')') && depth > 0) depth--;
    return outside;
  });
}

/** Values after the field's labels; labels in `exact` count only as printed, never as an OCR-tolerant likeness. */
function labelledText(lines: Line[], field: FieldDef, role: Role, labels = labelsFor(field.name, field.description, role), exact = new Set<string>(), others = new Set<string>()): (Candidate & { headed?: boolean })[] {
  const out: (Candidate & { headed?: boolean })[] = [];
  const asksNumber = nameWords(field.name).some((w) => /^(number|no|nr|num|numero|id|code|ref|reference)$/.test(w));
  // The description names another kind of thing than the name's role (an "item" described "Vehicle or device being repaired").
  const describedOtherwise = !!field.description && describedLabels(field.description).length > 0 && roleOf('x', field.description) !== role;
  const hits = findLabels(lines, labels);
  const choices = choiceRows(lines);
  // The field's whole name printed as a label ("Beneficiary BIC", "VAT Reg No:") says more than one word of it
  // ("Beneficiary name") or a label of its kind ("Invoice No."): where it opens its segment or ends at a colon.
  const whole = nameWords(field.name);
  const wholeLabel = whole.join(' ');
  const asLabel = (h: LabelHit) => h.after === h.label.split(' ').length || /:$/.test(h.line.words[h.after - 1].text);
  const wholePrinted = whole.length > 1 && hits.some((h) => h.exact && h.label === wholeLabel && asLabel(h));
  for (const h of hits) {
    if (wholePrinted && h.label !== wholeLabel && (whole.includes(h.label) || LABELS[role].includes(h.label))) continue;
    if (exact.has(h.label) && !h.exact) continue;
    if (IDENTIFIERS.includes(role) && numberOfSomethingElse(h, labels)) continue;
    // A document the label refers to ("Sur facture n° F2023…" on a credit note, "Against invoice no."): another's number.
    if (IDENTIFIERS.includes(role) && REFERS_TO.test(fold(h.line.words[labelStart(h) - 1]?.text ?? ''))) continue;
    // A word with a comma after it, running on in small letters ("… naar de loshaven, onderworpen aan"), is a sentence's.
    if (/,$/.test(h.line.words[h.after - 1].text) && /^\p{Ll}/u.test(h.line.words[h.after]?.text ?? '')) continue;
    // "No" before words in lower case is a no ("No refunds or exchanges"), not a number.
    if (IDENTIFIERS.includes(role) && /^(no|n)$/.test(h.label) && /^\p{Ll}{2,}/u.test(h.line.words[h.after]?.text ?? '')) continue;
    // "PO Box 660111" is a postal address, not a purchase order.
    if (role === 'orderNumber' && /^box\b/i.test(h.line.words[h.after]?.text ?? '')) continue;
    // "Patient name:" names the patient: a bare "name" after a word another field of the schema names is that field's.
    // So does a bare "name" after an organisation's word ("STORE NAME") for a person's name.
    const whose = wordBefore(h);
    if (NAME_ALONE.includes(h.label) && (others.has(whose) || (whose && asksPersonName(field) && roleOf(whose) === 'company'))) continue;
    // An option on a row of boxes to tick ("In store" beside "X TV") labels nothing: the row's first segment asks.
    if (field.type !== 'boolean' && choices.has(h.line.row) && h.line.words.length <= 3 && lines.some((l) => l.row === h.line.row && l.box[0] < h.line.box[0])) continue;
    const fromName = !LABELS[role].includes(h.label);
    // A word of the field's name inside a title or a phrase ("Current Account Statement", "Your account summary"
    // for "account_holder") labels nothing: such a word labels where it opens or ends its segment ("Full name of
    // claimant", "SERVICE PERIOD", "D.1 Make") or ends at a colon.
    // (But for a number the field's whole name gives inside a sentence: "…, passport number N82937492) has accepted".)
    // (Or as other languages print it: "con pasaporte n.º RH6661385 y".)
    const namesItsNumber = IDENTIFIERS.includes(role) && h.exact && whole.length >= 2 && (h.label === wholeLabel || (NAME_TRANSLATIONS[wholeLabel] ?? []).includes(h.label)) && /\d/.test(h.line.words[h.after]?.text ?? '');
    if (fromName && !atEdge(h) && !namesItsNumber) continue;
    // So does any label in the middle of a sentence ("Your product is covered by our 24-month limited warranty"), but
    // for a number it gives ("con n.º de expediente 5225823, ha obtenido"); a name opens with no figure ("valid from 00:01 on").
    const next = h.line.words[h.after]?.text ?? '';
    const goesOnInSentence = /^\p{Ll}/u.test(next) || (/^\d/.test(next) && (role === 'company' || asksPersonName(field)));
    if (!IDENTIFIERS.includes(role) && !atEdge(h) && h.line.words.length >= SENTENCE_WORDS && goesOnInSentence && /^\p{L}/u.test(h.line.words[labelStart(h) - 1].text)) continue;
    // Nor does one ending a sentence ("… is a defined contribution (money purchase) scheme."): the line under it goes on with the text.
    if (h.after === h.line.words.length && /\.$/.test(h.line.words[h.after - 1].text) && h.line.words.length >= SENTENCE_WORDS) continue;
    // A question ("Return old parts to customer?") is answered yes or no, not by the customer's name.
    if (field.type !== 'boolean' && /\?$/.test(h.line.words[h.after - 1].text)) continue;
    // A heading in large print that opens with the name's word ("GUEST FOLIO" for "guestName") titles the page, labels
    // nothing; a symbol far larger than the words after it ("℞ Lisinopril 10 mg") labels them.
    const [labelHeight, afterHeight] = [tallest(h.line.words.slice(0, h.after)), tallest(h.line.words.slice(h.after))];
    if (fromName && !/:/.test(h.line.text) && afterHeight >= 1.25 * h.line.bodyHeight && labelHeight < 1.5 * afterHeight) continue;
    // "Nº empleado" gives the employee's number, not the name a field of text asks for.
    if (!IDENTIFIERS.includes(role) && !asksNumber && labelsANumber(h)) continue;
    // Lower-case words after it, no colon between, go on with the label ("Account name"): its value is elsewhere.
    const rest = h.line.words.slice(h.after);
    // So does a conjunction ("PUESTO Y DISPONIBILIDAD", "Name and address"): a heading of two things, not a value.
    // So do words in the label's capitals before a box's instructions in parentheses ("FATHER'S CURRENT LEGAL NAME
    // (First, Middle, Last)"): one heading, its value in the box under it.
    const aside = rest.findIndex((w) => /^\(/.test(w.text));
    const headingGoesOn = aside > 0 && capitals(h.line.words.slice(labelStart(h), h.after)) && rest.slice(0, aside).every((w) => /^\p{Lu}[\p{Lu}'’.-]*$/u.test(w.text));
    // A word of the name before a word of another kind of value, that value after them ("Home address 54 Victoria
    // Terrace" for a home branch), labels that value. (Under "Doctor's address" the block opens with the doctor's name.)
    const beside = () => (rest.length > 1 ? rest.slice(1) : (lines.find((l) => l.row === h.line.row && l.page === h.line.page && l.box[0] > h.line.box[2])?.words ?? []));
    const nextRole = fromName && rest.length > 0 && !/:$/.test(h.line.words[h.after - 1].text) ? roleOf(fold(rest[0].text).replace(/[^\p{L}]/gu, '')) : 'generic';
    if (OTHER_KINDS.includes(nextRole) && nextRole !== role && beside().some((w) => /\d/.test(w.text))) continue;
    // (An aside in parentheses over several words is passed over: "Room hire (exclusive use, 12.00 noon to midnight)".)
    const said = outsideAsides(rest);
    const goesOn = fromName && rest.length > 0 && !/:/.test(h.line.text) && ((said.length > 0 && said.every((w) => /^\p{Ll}/u.test(w.text))) || rest.every((w) => /^\p{Ll}/u.test(w.text) || /^\(.*\)$/.test(w.text)) || CONJUNCTION.test(fold(rest[0].text)) || headingGoesOn);
    // ... to a number of it ("Employee's social security number"): that labels the person's number, not their name.
    if (goesOn && !IDENTIFIERS.includes(role) && !asksNumber && /^(number|no|nr|num|numero|id|code|#)$/.test(fold(rest[rest.length - 1].text).replace(/[^a-z#]/g, ''))) continue;
    // A bare "Name" or "Date" from the field's name ("test_name") may be anyone's or anything's: a label that says whose is surer.
    // The block's heading may say the rest of the name: "Name:" under "Recipient" is the recipient's name.
    const headed = fromName && headingSays(lines, h.line, unsaidBy(field, h.label));
    // A word ending a longer label ("Años de experiencia en el puesto:") names what that label is about, less surely the field's.
    const tail = fromName && labelStart(h) >= 2 && !opensSegment(h) ? 0.85 : 1;
    // A kind's label ("DESCRIPTION" for an "item") is less sure when the description says in other words what is asked
    // ("Vehicle or device being repaired").
    const otherwise = !fromName && describedOtherwise ? 0.8 : 1;
    const quality = tail * otherwise * (headed ? Math.min(1, h.quality + 0.1) : fromName && BARE_HEAD.test(h.label) ? 0.7 * h.quality : h.quality);
    // A cell's label going on in words ("TICKET HOLDER" over a name) names another thing than the number the field asks.
    // In the label's own capitals or small letters: a code printed after a label is set apart ("Booking reference TRAMRD").
    const namesAnother = IDENTIFIERS.includes(role) && fromName && rest.length > 0 && !/:/.test(h.line.text) && capitals(rest) === capitals(h.line.words.slice(0, h.after)) && rest.every((w) => /^\p{L}+$/u.test(w.text) && !NUMBER_WORD.test(fold(w.text)));
    if (namesAnother) continue;
    // A heading in capitals going on in capitals, alone in its row ("CUSTOMER CONCERN" over the customer's words), names
    // another thing than the party or person asked: its rest is no name.
    const headsAnother = !IDENTIFIERS.includes(role) && rest.length > 0 && !/:/.test(h.line.text) && capitals(h.line.words) && rest.every((w) => /^\p{Lu}{3,}$/u.test(w.text)) && aloneInRow(lines, h.line) && h.line.words.length <= 4;
    if (headsAnother) continue;
    // A word of the name going on in small letters ("Packing tape 48mm" for a packing slip's number) is a phrase, no label.
    if (IDENTIFIERS.includes(role) && fromName && !/:/.test(h.line.text) && /^\p{Ll}{2,}$/u.test(rest[0]?.text ?? '') && !NUMBER_WORD.test(rest[0].text)) continue;
    for (const placed of valuesOf(lines, goesOn ? { ...h, after: h.line.words.length } : h, isLabelLine)) {
      let words = placed.words;
      // A cell under a heading that opens with the heading's own word ("ANIMAL NAME" under "ANIMAL") is a label again.
      if (placed.placement < 1 && words.length <= 4 && !/\d/.test(joinText(words)) && fold(words[0].text).replace(/['’]s$/, '').replace(/[^\p{L}]/gu, '') === h.label.split(' ')[0]) continue;
      // A word of the name in a title printed far larger than the text under it ("ATESTADO MÉDICO"), alone in its row, labels nothing.
      if (fromName && !afterHeight && labelHeight >= 1.6 * h.line.bodyHeight && labelHeight >= 1.4 * tallest(words) && aloneInRow(lines, h.line)) continue;
      let score = 0.3 + 0.45 * quality * placed.placement;
      if (IDENTIFIERS.includes(role)) {
        // A sentence under or beside a heading ("Traffic Management Act 2004 — detected by ...") holds no identifier of it.
        if (placed.placement < 1 && words.length > 6) continue;
        // A date is no identifier: "factura" in "Fecha factura: 2 de enero de 2023" labels the date. A date
        // printed after the number ("Fattura n. 2025-477 del 20 aprile 2023") leaves the number one.
        if (startsWithDate(words)) continue;
        // Identifiers are one token with a digit, and not a money amount ("TOTAL FACTURA 1.234,50").
        const first = words.findIndex((w) => /\d/.test(w.text) && !MONEY.test(w.text));
        // A series code printed apart before the number ("FT 2024A1/513", "PO 963391") is part of it.
        const series = first > 0 && SERIES.test(words[first - 1].text) ? [words[first - 1]] : [];
        // A code printed in groups ("1Z 599 A67 60 7751 6236", "77 610 587 B") is whole: the value is nothing but short groups of capitals and digits.
        const rest = first >= 0 ? words.slice(first + 1) : [];
        // So is a registration plate's group of letters after a group of letters and digits ("KX79 MVP", "AB12 CDE").
        const plate = rest.length === 1 && /^(?=.*[A-Z])(?=.*\d)[A-Z\d]{2,5}$/.test(words[first].text) && /^[A-Z]{2,3}$/.test(rest[0].text);
        // So is a check letter printed apart after it ("M206856 W").
        const checkLetter = rest.length === 1 && /^[A-Z]$/.test(rest[0].text) && /\d{4,}$/.test(words[first].text);
        const grouped = plate || checkLetter || (rest.length > 0 && rest.every((w) => /^[A-Z0-9]{1,5}$/.test(w.text)) && joinText(rest).replace(/\D/g, '').length >= 0.6 * joinText(rest).replace(/\s/g, '').length);
        // A code of capitals alone ("Booking reference: TRAMRD", a record locator) where the field's own name labels it.
        const letterCode = first < 0 && fromName && words.length <= 2 && /^[A-Z]{5,10}$/.test(words[0].text);
        words = first >= 0 ? [...series, words[first], ...(grouped ? rest : [])] : letterCode ? [words[0]] : [];
        if (words.length && /^[A-Z0-9][A-Z0-9\-/.]{2,}$/i.test(words[words.length - 1].text)) score += 0.1;
      }
      // The caption of a blank to fill in beside the label's ("Name (capitals) | Signature | Date") is no value.
      if (!words.length || BLANK_CAPTION.test(fold(joinText(words)).replace(/[^\p{L} ]/gu, '').trim())) continue;
      // A phrase going on to a colon is the rest of a label ("asignatura que se indica la siguiente calificación:").
      if (/:$/.test(words[words.length - 1].text) && !IDENTIFIERS.includes(role)) continue;
      const literal = joinText(words).replace(/^[:#\s]+/, '');
      out.push({ words, literal: IDENTIFIERS.includes(role) ? identifierEnd(literal) : literal, score, headed });
    }
  }
  return out;
}

/** The options printed among `words`; an option inside a longer one printed there is that one's ("Premium Economy", not "Economy"). */
function optionsIn(words: Word[], values: string[]): { option: string; words: Word[] }[] {
  const tokens = words.map(token);
  const found = values.flatMap((option) => printedAt(tokens, option, words).map(([i, n]) => ({ option, words: words.slice(i, i + n) })));
  return found.filter((f) => !found.some((o) => o.words.length > f.words.length && f.words.every((w) => o.words.includes(w))));
}

function enumCandidates(lines: Line[], field: FieldDef, role: Role): Candidate[] {
  const out: Candidate[] = [];
  const values = field.values ?? [];
  // A heading spelling the options' initials ("M/F" over "M", "Y/N") labels the field as its name would.
  const initials = values.map((v) => fold(v)[0]);
  const byInitials = values.length >= 2 && values.length <= 4 && new Set(initials).size === values.length && initials.every((i) => /\p{L}/u.test(i ?? '')) ? [initials.join('/')] : [];
  for (const c of [...labelledText(lines, field, role), ...(byInitials.length ? labelledText(lines, field, role, byInitials) : [])]) {
    // An option printed by its initial under or after the field's label ("FLAG" over "H" for High), when no other option shares it.
    const initial = /^\p{L}$/u.test(c.literal) ? fold(c.literal) : '';
    const options = values.filter((v) => initial && fold(v).startsWith(initial));
    if (options.length === 1) out.push({ words: c.words, literal: options[0], score: c.score - 0.1 });
    // One option among the words the field's label gives ("Vehicle group: D — Intermediate", "CAR CLASS" over "FULLSIZE").
    const inside = optionsIn(c.words, values);
    // An option of several words spelled out in the cell says more than a shorter one inside it ("Pass" of "PASS – minor defects").
    const spelled = optionSpelledOut(c.words, values);
    if (spelled && !inside.some((o) => o.option === spelled)) out.push({ words: c.words, literal: spelled, score: c.score + 0.1 });
    else if (inside.length && inside.every((o) => o.option === inside[0].option)) out.push({ words: inside[0].words, literal: inside[0].option, score: c.score + 0.1 });
  }
  for (const line of lines) for (const o of optionsIn(line.words, values)) out.push({ words: o.words, literal: o.option, score: 0.5 });
  // A form's row of boxes: the option whose box is marked is the one chosen, the others printed beside it are not.
  const printed = optionsPrinted(lines, field.values ?? []);
  const marked = new Set(printed.filter((p) => p.ticked || p.markedRow).map((p) => p.row));
  if (!marked.size) return out;
  const choices = printed.filter((p) => marked.has(p.row)).map((p) => ({ words: p.words, literal: p.option, score: p.ticked ? 0.85 : 0.1 }));
  const onChoiceRow = new Set(choices.flatMap((c) => c.words));
  return [...out.filter((c) => !c.words.some((w) => onChoiceRow.has(w))), ...choices];
}

/** A separator set apart between the parts of a line ("Nordlicht Software GmbH · Hafenstraße 12 · 20457 Hamburg"). */
const PART_SEPARATOR = /\s+[·•|–-]\s+/;

/**
 * The addressee of a letter-style invoice (DIN 5008 and the like): the first line under the issuer's return
 * address printed in one line over the envelope window ("Nordlicht Software GmbH · Hafenstraße 12 · 20457 Hamburg").
 */
function windowAddressee(lines: Line[], company: Candidate): Candidate[] {
  const compact = (t: string) => fold(t).replace(/[^\p{L}\p{N}]/gu, '');
  const name = compact(company.literal);
  const out: Candidate[] = [];
  for (const line of lines) {
    const parts = line.text.split(PART_SEPARATOR);
    if (parts.length < 3 || compact(parts[0]) !== name) continue;
    const next = below(lines, line).sort((a, b) => Math.abs(a.box[0] - line.box[0]) - Math.abs(b.box[0] - line.box[0]))[0];
    if (next && !isLabelLine(next) && /\p{L}{3,}/u.test(next.text)) out.push({ words: next.words, literal: next.text, score: 0.6 });
  }
  return out;
}

export interface FieldContext {
  company?: Candidate;
  /** No sibling field is the total, so a bare "amount" is the document's amount to pay, not a line's. */
  amountIsTotal?: boolean;
  /** The fields asked beside this one (a label naming another of them is that one's). */
  siblings?: FieldDef[];
}

/** Text that is another field's name, or the words it ends with ("Reference range" of reference_range, "Flag" of result_flag): that field's label. */
function labelsASibling(literal: string, field: FieldDef, siblings: FieldDef[]): boolean {
  const words = fold(literal).split(/[^\p{L}]+/u).filter(Boolean);
  if (!words.length || words.length > 3 || /\d/.test(literal)) return false;
  return siblings.some((f) => f !== field && nameWords(f.name).slice(-words.length).join(' ') === words.join(' '));
}

/** Words the schema's other fields are named by, and this one is not ("patient" of patient_name beside doctor_name). */
const siblingWords = (field: FieldDef, siblings: FieldDef[] = []) =>
  new Set(siblings.filter((f) => f !== field).flatMap((f) => nameWords(f.name)).filter((w) => !STOP.has(w) && !BARE_HEAD.test(w) && !nameWords(field.name).includes(w)));

/** The word printed right before a label, folded, letters only. */
const wordBefore = (h: LabelHit) => fold(h.line.words[labelStart(h) - 1]?.text ?? '').replace(/[^\p{L}]/gu, '');

/** A yes/no question whether the document says a thing at all ("Does the certificate state a diagnosis?", "diagnosis_given"). */
const asksPresence = (field: FieldDef) =>
  /^(does|do|did|is|are|was|were|has|have)\b.*\b(state|states|stated|give|gives|given|show|shows|shown|include|includes|included|mention|mentions|mentioned|list|lists|listed|record|records|recorded)\b/.test(fold(field.description ?? '')) ||
  /^(given|stated|shown|included|mentioned|listed|recorded)$/.test(nameWords(field.name).at(-1) ?? '');

/** Words of a yes/no field's name that say what happened to the thing, not the thing ("paid" of deposit_paid). */
const PREDICATE = /^(paid|accepted|arranged|allowed|given|returned|signed|filed|issued|received|required|included|enabled|active|applied|attached|confirmed|approved|agreed|booked|wanted|taken|made|used|done)$/;
/** A yes/no asking whether a bill is paid in full ("paid_in_full", "Has the invoice been fully paid?"). */
const asksPaidInFull = (field: FieldDef) => /\b(paid in full|in full|fully paid|settled|paid off)\b/.test(fieldWords(field).join(' '));

/** "Balance due £252.00" says a bill is not paid in full, "Balance due £0.00" that it is: the balance its own label prints. */
function paidInFull(lines: Line[]): Candidate[] {
  const balance = bestOf(amountCandidates(lines, { name: 'balance_due', type: 'number' }, 'balance').filter((c) => c.score >= 0.45));
  const value = balance ? parseNumber(balance.literal) : null;
  return balance && value !== null && value >= 0 ? [{ words: balance.words, literal: value === 0 ? 'true' : 'false', score: 0.5 }] : [];
}

/** A sentence that denies the thing, or offers it (an invitation is no answer that it is so). */
const DENIED = /\b(not|no|none|never|without|pending|outstanding|unpaid|isn t|aren t|wasn t|non|nicht|kein\w*|sin|sans|pas|aucun\w*|nessun\w*|nao|nenhum\w*|en attente|ausstehend|pendiente|in attesa|niet|geen|openstaand)\b/;
const OFFERED = /\b(set up|sign up|enrol|enroll|apply|you can|you may|if you|why not|ask us|would you like|request)\b/;

/**
 * A yes/no the document answers only in its text: the line mentioning the thing asked (the name's words but what
 * happened to it, or what other languages print for them) says yes unless it denies or offers it. Weak evidence
 * (reviewed), read only where no label answers.
 */
function mentioned(lines: Line[], field: FieldDef): Candidate[] {
  const words = nameWords(field.name).filter((w) => w.length >= 3 && !STOP.has(w) && !PREDICATE.test(w));
  const terms = [...words.map((w) => w.slice(0, Math.max(4, Math.min(6, w.length - 2)))), ...translatedLabels(field.name).map((t) => fold(t))];
  if (!terms.length) return [];
  // A term opens a word of the line ("renew" in "renewable", "direct debit" in "by direct debit").
  const spaced = (t: string) => ` ${t.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  const says = (l: Line) => terms.some((t) => spaced(l.folded).includes(spaced(t).trimEnd()));
  const line = lines.find(says);
  if (!line) return [];
  const text = line.folded.replace(/[’']/g, ' ');
  return [{ words: line.words, literal: DENIED.test(text) || OFFERED.test(text) ? 'false' : 'true', score: 0.35 }];
}

/** Types whose answer is of their own kind, whatever the words say ("Was it issued at a reduced rate?" asks yes or no, no date). */
const ANSWERED_BY_TYPE: FieldDef['type'][] = ['string', 'date', 'boolean', 'enum'];

/** A field asking where an event takes place ("venue", "Venue of the event"). */
const asksVenue = (field: FieldDef) => nameWords(field.name).includes('venue') || /^(the )?venue\b/.test(fold(field.description ?? ''));
/** Words naming a kind of venue, in the vocabulary's languages. */
const VENUE_NOUN = /^(arena|stadium|stadion|estadio|stade|stadio|theatre|theater|teatro|auditorium|auditorio|hall|halle|sala|salle|centre|center|centro|club|pavilion|pabellon|palais|palacio|palazzo|ballroom|amphitheatre|forum|dome|ground|park)$/;

/** Parts of lines (between "·", "|" or commas) whose last word names a kind of venue ("Harborview Arena"). */
function venueCandidates(lines: Line[]): Candidate[] {
  return lines.flatMap((line) =>
    line.text
      .split(PART_SEPARATOR)
      .flatMap((part) => part.split(/,\s+/))
      .filter((part) => {
        const words = part.split(/\s+/);
        const last = words[words.length - 1];
        // (A name: the noun capitalised too, "Location de la salle" is a line of a bill.)
        return words.length >= 2 && words.length <= 5 && /^\p{Lu}/u.test(part) && /^\p{Lu}/u.test(last) && VENUE_NOUN.test(fold(last).replace(/[^\p{L}]/gu, ''));
      })
      .map((part) => {
        const printed = new Set(part.split(/\s+/));
        return { words: line.words.filter((w) => printed.has(w.text)), literal: part, score: 0.35 };
      }),
  );
}

/**
 * A street read alone ("8, rue des Carmes") goes on with the line printed under it where that one opens with a postcode
 * ("31000 Toulouse"): the address's town is there.
 */
function withPostcodeLine(lines: Line[], c: Candidate): Candidate {
  if (!c.words.length || !/^\d{1,4}\b/.test(c.literal) || /\d{4,}/.test(c.literal)) return c;
  const line = lineOf(c, lines);
  const h = line ? line.box[3] - line.box[1] || line.bodyHeight : 0;
  const next = line && below(lines, line, c.words[0].box[0], c.words[c.words.length - 1].box[2]).find((l) => Math.abs(l.box[0] - c.words[0].box[0]) < 2 * h);
  if (!next || !/^\d{4,5}$/.test(next.words[0].text) || next.words.length < 2) return c;
  return { ...c, words: [...c.words, ...next.words], literal: `${c.literal}, ${next.text}` };
}

export function candidatesFor(lines: Line[], field: FieldDef, ctx: FieldContext): { role: Role; candidates: Candidate[] } {
  // A quantity in a unit its name carries ("data_used_gb", described "How much data was used?") is no money.
  const named = unitOf(field) && MONEY_ROLES.includes(roleOf(field.name, field.description)) ? roleOf(field.name) : roleOf(field.name, field.description);
  const role = named === 'amount' && ctx.amountIsTotal ? 'total' : named;
  const person = asksPersonName(field);
  const t = field.type;
  let candidates: Candidate[];
  if (asksYear(field) && t !== 'date') {
    candidates = yearCandidates(lines, field);
  } else if ((t === 'number' || t === 'integer') && asksPercent(field)) {
    // A percentage is no amount of money: the number printed with "%", surer on a row its label names.
    const rows = new Set(labelHits(lines, field, role).map((h) => h.line.row));
    // A rate printed with three decimals ("1,850 %") reads as thousands; no rate of interest or tax is a thousand per cent.
    const asRate = (text: string) => text.replace(/^(\d{1,3})[.,](\d{3})$/, (_, a: string, b: string) => `${a}.${b.replace(/0+$/, '') || '0'}`);
    candidates = unitCandidates(lines, field, PERCENT).map((c) => ({ ...c, literal: asRate(c.literal), score: c.score + (c.words.some((w) => lines.some((l) => rows.has(l.row) && l.words.includes(w))) ? 0.25 : 0) }));
  } else if (t === 'number' || t === 'integer' || (NUMERIC_ROLES.includes(role) && !ANSWERED_BY_TYPE.includes(t))) {
    candidates = role === 'balance' ? balanceCandidates(lines, field) : amountCandidates(lines, field, role);
    // A quantity in the unit its name carries ("term_months"): the number printed with that unit.
    const unit = unitOf(field);
    // (Nor is money, "$644.00" on the row of "Vessel length", a quantity in a unit.)
    if (unit) candidates = [...candidates.map((c) => (inOtherUnit(lines, c.words, unit) || CURRENCY_SIGN.test(c.literal) ? { ...c, score: c.score - 0.4 } : c)), ...unitCandidates(lines, field, unit)];
    // A count ("How many guests are expected?"): the number printed before what it counts ("for 140 guests"); money
    // ("£54.00", "95,00 €") is no count.
    const counted = countedThing(field);
    if (counted) candidates = [...candidates.map((c) => (CURRENCY_SIGN.test(c.literal) || MONEY.test(c.literal.replace(/\s/g, '')) ? { ...c, score: c.score - 0.4 } : c)), ...unitCandidates(lines, field, counted, true)];
  } else if (t === 'date' || ((role === 'date' || role === 'dueDate') && !ANSWERED_BY_TYPE.includes(t))) {
    // (Words its description uses are its own: "Current reading" labels the date "of the current reading".)
    const said = new Set(fieldWords(field));
    candidates = dateCandidates(lines, field, role, new Set([...siblingWords(field, ctx.siblings)].filter((w) => !said.has(w))));
  } else if (t === 'enum') {
    candidates = enumCandidates(lines, field, role);
  } else if (t === 'boolean') {
    // A yes/no question on a form is answered by the box ticked after it; a written answer ("Yes") after its label otherwise.
    // A word written after the label answers only when it reads as yes or no; where a box is ticked, the options
    // printed beside it ("X Accepted  Declined") are no written answer.
    const ticks = tickedAnswers(lines, labelHits(lines, field, role));
    const tickedRows = new Set(ticks.map((c) => rowOf(c, lines)));
    const written = labelledText(lines, field, role).filter((c) => !tickedRows.has(rowOf(c, lines)));
    // "Does the certificate state a diagnosis?" is answered by the diagnosis printed under its label, and no by none.
    const presence = asksPresence(field);
    const stated = (c: Candidate) => presence && /\p{L}{3,}/u.test(c.literal) && !/:$/.test(c.literal);
    // (That a label is followed by words says the thing is there, not what they say of it: "Packing service: Full
    // packing by our crew" over a box ticked for "Customer packs". Reviewed.)
    candidates = [...ticks, ...written.map((c) => (parseBoolean(c.literal) !== null ? c : stated(c) ? { ...c, literal: 'true', ceiling: STATED } : { ...c, score: c.score - 0.3 }))];
    if (presence && !candidates.some((c) => c.score >= MIN_SCORE)) candidates.push({ words: [], literal: 'false', score: MIN_SCORE });
    // No label answers: what the text says of the thing asked ("Deposit of $1,000.00 received", "Set up a Direct Debit").
    // Whether the bill is paid in full, with no label answering: what it prints as left to pay says so.
    if (!candidates.some((c) => c.score >= MIN_SCORE) && asksPaidInFull(field)) candidates.push(...paidInFull(lines));
    if (!candidates.some((c) => c.score >= MIN_SCORE)) candidates.push(...mentioned(lines, field));
  } else if (role === 'company') {
    // A labelled value that is a number ("Company No: 123456-X") is an identifier, not the name.
    const named = labelledText(lines, field, role).filter((c) => !/\d{5,}/.test(c.literal.replace(/[\s.-]/g, '')));
    // A label printing the field's own name ("Shipper", "Consignee") says more than the generic "From" or where a name sits.
    // So does a generic label the field's name or description says ("Vendor" for a supplier described "Vendor / supplier").
    // Printed as such: "Supplier" is a likeness of "Supplies" in a name ("Northwind Supplies Inc").
    const said = ` ${fieldWords(field).join(' ')} `;
    const saidGeneric = LABELS[role].filter((l) => l !== 'from' && said.includes(` ${l} `));
    // A bare "Name" of "lab_name" is anyone's name: not the issuer's own label.
    const ownLabels = [...labelsFor(field.name, field.description, role).filter((l) => !LABELS[role].includes(l) && !BARE_HEAD.test(l)), ...saidGeneric, ...SOLD_BY];
    const own = ownLabels.length ? labelledText(lines, field, role, ownLabels, new Set(saidGeneric)).filter((c) => !/\d{5,}/.test(c.literal.replace(/[\s.-]/g, ''))) : [];
    const ownWords = new Set(own.map((c) => c.words[0]));
    // The name printed under the field's own label ("PURCHASED FROM" for a retailer) is surer than the one heading the page.
    // The organisation heading the page, for a field its name says is some other one ("operator_name" described
    // "Food business operator (owner or company)", "awarding_body") with no label of its own printed: a guess by place.
    // (A word of the name the description repeats: "field_a" described "Vendor name" says nothing of its own.)
    const described = fold(field.description ?? '');
    const guessed = !own.length && roleOf(field.name) === 'generic' && distinctWords(field.name).some((w) => !BARE_HEAD.test(w) && described.includes(w));
    const unlabelled = companyCandidates(lines).map((c) => (own.length ? { ...c, score: c.score - 0.1 } : guessed ? { ...c, ceiling: HEADING_GUESS } : c));
    candidates = [...named.filter((c) => !ownWords.has(c.words[0])).map((c) => ({ ...c, score: c.score - 0.15 })), ...own.map((c) => ({ ...c, score: c.score + 0.15 })), ...unlabelled];
  } else if (role === 'customer') {
    // The party goods are shipped to is the customer when no Bill-to is printed; a Bill-to party wins when both are.
    // A name introduces nothing: "Spettabile cliente, Vi addebitiamo quanto segue:" is a sentence, not the customer.
    // Nor is a customer number ("Kundennr.: 10234", "Cod. cliente: 80869").
    // Nor a code printed after a label that names the customer's order ("Pedido cliente: PED-6200"), nor the
    // ship-to heading printed beside a billing one ("Billing Address   Shipping Address").
    // Nor the service line a bill prints ("Customer service 1-800-555-6476", "Client services"), nor a phrase
    // in lower case going on from the label ("Customer charge"): a name has a capital or a digit.
    const billTo = labelledText(lines, field, role).filter((c) => !/:$/.test(c.literal) && /\p{L}{2,}/u.test(c.literal) && !CODE.test(c.literal) && !SHIP_TO.includes(fold(c.literal).replace(/[^\p{L} ]/gu, '').trim()) && !SERVICE_LINE.test(fold(c.literal)) && /[\p{Lu}\d]/u.test(c.literal));
    candidates = billTo.length ? billTo : labelledText(lines, field, role, SHIP_TO).map((c) => ({ ...c, score: c.score - 0.1 }));
    // (The issuer as the schema's own field found it, or as it heads the page where the schema asks none; a date and a
    // signature over "Unterschrift des Empfängers" name no recipient.)
    if (!candidates.some((c) => !startsWithDate(c.words))) {
      const issuer = ctx.company ?? bestOf(companyCandidates(lines));
      if (issuer) candidates = [...candidates, ...windowAddressee(lines, issuer)];
    }
  } else if (role === 'address') {
    // An address its own label names ("Address of the property" for "property_address"), besides the issuer's.
    const ownLabels = labelsFor(field.name, field.description, role).filter((l) => !LABELS[role].includes(l));
    // An address has a number; a place its own label names may not ("Location: London Road (northbound), Hartwell"): weaker.
    const own = ownLabels.length ? [...labelledText(lines, field, role, ownLabels), ...addressUnderName(lines, field, ownLabels)].map((c) => (/\d/.test(c.literal) ? c : { ...c, score: c.score - 0.15 })) : [];
    // The issuer's registered office, printed in a footer, is the issuer's address wherever its name heads the page.
    // (Up to the separator before its phone or email: "… Bath BA1 5LD · 01225 653736 · studio@…".)
    const office = aboutCustomer(field) ? [] : labelledText(lines, field, role, REGISTERED_OFFICE).map((c) => upTo(c, SEPARATOR)).filter((c) => /\d/.test(c.literal));
    // Where the field names a place of its own ("location", "property_address") and its label gives one, the address
    // heading the page is the issuer's, another one.
    const ownPlace = own.length > 0 && nameWords(field.name).some((w) => !STOP.has(w) && !LABELS[role].includes(w) && !ISSUER_WORD.test(w));
    const issuers = addressCandidates(lines, ctx.company).map((c) => (ownPlace ? { ...c, score: c.score - 0.15 } : c));
    candidates = [...issuers, ...own.map((c) => ({ ...c, score: c.score + 0.1 })), ...office];
  } else if (PATTERNS[role]) {
    candidates = patternCandidates(lines, field, role, PATTERNS[role]!);
    // A labelled value without the value's shape ("billing Otallerespgarcia.es") is likely a misread: weak evidence.
    // (Also beside shapes that fail their check: capitals read as a misread IBAN, "BILL THIS MONTH".)
    if (!candidates.some((c) => c.score >= MIN_SCORE)) {
      candidates = [...candidates, ...labelledText(lines, field, role).map((c) => {
        const email = role === 'email' ? repairEmail(c.literal) : null;
        return { ...c, literal: email ?? c.literal, score: c.score * 0.6 };
      })];
      // A line that is an email once its "@" is read back ("accounts Qhollybrook.co.uk"), unlabelled: weaker still.
      if (role === 'email') {
        const customersBlock = customers(lines, field);
        for (const line of lines) {
          const email = repairEmail(line.text, false);
          if (email && !candidates.some((c) => c.literal === email)) candidates.push({ words: line.words, literal: email, score: 0.35 - (customersBlock.has(line) ? 0.2 : 0) });
        }
      }
    }
  } else {
    // A number of something the vocabulary does not know ("seat_number", "ticket_number") is labelled by its own
    // words, not by an invoice's ("Invoice No.", "Ref"); what it is, the name says, or the description when the name
    // says nothing ("field_a").
    const own = IDENTIFIERS.includes(role) && distinctWords(roleOf(field.name) === 'generic' ? (field.description ?? '') : field.name).length > 0;
    // (Whose name the description says is the field's own: "Name of the student receiving the award" beside student_id.)
    const describedAs = /^name of (?:the |a |an )?(\p{L}+)/u.exec(fold(field.description ?? ''))?.[1];
    const others = new Set([...siblingWords(field, ctx.siblings)].filter((w) => w !== describedAs));
    const labelled = labelledText(lines, field, role, own ? labelsFor(field.name, field.description, role).filter((l) => !LABELS[role].includes(l) || saysOnlyNumber(l)) : undefined, undefined, others);
    candidates = labelled;
    // No label of its own: the document's number as its title names it ("Lieferschein-Nr.", "PCN number").
    if (role === 'documentNumber' && !candidates.some((c) => c.score >= 0.3)) candidates = [...candidates, ...labelledText(lines, field, role, titleNumberLabels(lines, field)).filter((c) => /\d/.test(c.literal)).map((c) => ({ ...c, score: c.score - 0.05 }))];
    if (person) {
      const named = (labels: string[]) => labelledText(lines, field, role, labels, undefined, others);
      // A name under a heading that says whose ("Name:" under "EMERGENCY CONTACT") makes the full names of other blocks another's.
      const headedName = named(NAME_ALONE).filter((c) => c.headed);
      const whose = [...labelled, ...headedName].some((c) => c.headed) ? 0.15 : 0;
      candidates = [...candidates, ...headedName, ...named(FULL_NAME).map((c) => ({ ...c, score: c.score - 0.05 - whose })), ...givenAndFamily(lines, named).map((c) => ({ ...c, score: c.score - whose }))];
    }
    // A sentence is no one's name ("Give blood. Save lives." under "BLOOD DONOR"): a word in small letters ends at a stop.
    // Nor is text opening with a word in small letters ("must complete online enrolment…" after "The student"), but a
    // particle of a surname ("van Dijk"); nor a number ("Student ID: 65163121"), before a letter's addressee is looked for.
    if (person) candidates = candidates.filter((c) => !/(^|\s)\p{Ll}{3,}[.!](\s|$)/u.test(c.literal) && !(/^\p{Ll}/u.test(c.literal) && !NAME_PARTICLE.test(c.literal)) && !/\d{2}/.test(c.literal));
    // No label gives the person's name: the one the letter is addressed to may be them.
    if (person && !candidates.some((c) => c.score >= 0.3)) candidates = [...candidates, ...addressee(lines), ...presentedName(lines)];
    // No label gives the show's or the course's name: the title printed large at the top may be it.
    if (asksTitle(field) && !candidates.some((c) => c.score >= 0.3)) candidates = [...candidates, ...titleCandidates(lines)];
    // No label gives the venue: a part of a line named as one ("HARBORVIEW ARENA · SEATTLE, WA"), a guess reviewed.
    if (asksVenue(field) && !candidates.some((c) => c.score >= 0.3)) candidates = [...candidates, ...venueCandidates(lines)];
  }
  // An organisation's name opens with no person's title ("Dr. Rui Tavares" signs for the clinic, he is not it), unless
  // its legal form says it is one ("MR D.I.Y. (JOHOR) SDN BHD").
  if (role === 'company') candidates = candidates.filter((c) => !PERSONAL_TITLE.test(c.literal) || LEGAL_FORMS.test(fold(c.literal)));
  // A name is no amount of money nor a date ("£17,000.00" beside "Borrower", "March 27, 2023" under a certificate's issuer).
  if (t === 'string' && (role === 'company' || role === 'customer' || person)) {
    candidates = candidates.filter((c) => /\p{L}{2,}/u.test(c.literal) && !MONEY.test(c.literal.replace(/\s/g, '')) && !(parseDate(c.literal) && c.literal.split(/\s+/).length <= 4));
  }
  // A heading of another field's cell read as this one's value ("Reference range" for the unit, "Flag" for the range) is a label.
  if (t === 'string') candidates = candidates.filter((c) => !labelsASibling(c.literal, field, ctx.siblings ?? []));
  // Nor is a person's name a street's ("1762 Maple Ave" under "Full name" over "Street address"): no name opens with a number.
  // (Nor holds a number, "July 2025" under "When registered", nor opens with an article: "The Copper Kettle Café".)
  if (t === 'string' && person) candidates = candidates.filter((c) => !/^\d/.test(c.literal.trim()) && !/\d{2}/.test(c.literal) && !/^the\s/i.test(c.literal.trim()));
  // A short word in small letters alone ("we", "of") is a scrap of a sentence or of OCR, no text a field asks for.
  if (t === 'string') candidates = candidates.filter((c) => !/^\p{Ll}{1,3}$/u.test(c.literal.trim()));
  // Text that asks no time ("issuing_authority", "Who issued the licence?") is no date alone ("3 March 2023" beside "Issued by").
  if (t === 'string' && !asksTime(field)) candidates = candidates.filter((c) => !(parseDate(c.literal) && c.literal.split(/\s+/).length <= 4));
  // A person's name ends at a dash set apart ("Siobhan Murphy — Current Account"): what follows describes, it is no name.
  if (t === 'string' && (person || (role === 'generic' && namesSomeone(field)))) candidates = candidates.map((c) => upTo(c, DASH, 2));
  // A name ends where an aside describing its bearer opens ("Bolt (hond, Border Collie, reu)": the patient's name is Bolt).
  if (t === 'string' && role !== 'company' && nameWords(field.name).includes('name')) candidates = candidates.map((c) => (/\(.*,.*\)$/.test(c.literal) ? upTo(c, /^\(/) : c));
  // A town asked for is the town of the address printed for it.
  if (t === 'string' && asksTown(field)) candidates = candidates.map((c) => townOf(withPostcodeLine(lines, c)));
  // The customer is not the issuer: a value that is the issuer's name belongs to the other party.
  if (role === 'customer' && ctx.company) {
    const issuer = new Set(ctx.company.words);
    candidates = candidates.map((c) => (c.words.some((w) => issuer.has(w)) ? { ...c, score: c.score - 0.3 } : c));
  }
  return { role, candidates };
}

// Calibration, fitted by hand to the dev receipts read by OCR and to text-layer invoices: the chance
// the chosen span is the right one grows with its evidence score, its margin over the runner-up and the
// independent checks it passed; the chance it reads right is the words' OCR odds raised to a power
// (long values need every word right). A value read by OCR that no check confirms is capped: a
// confidently misread glyph looks just like a right one. Caps measured on the dev receipts with the
// cleaned-up OCR: dates that parse with evidence, 33 of 33 right (before the cleanup ~88%); names, 18 of
// 19 at 80+ ('TED HENG' for 'TEO HENG' at 91.5 under the old cap) — a name has no check digit or sum.

/** The most a yes read from words printed after the label (no yes, no box) is trusted. */
const STATED = 0.78;

/** The most an organisation's name heading the page is trusted for a field naming another kind of organisation. */
const HEADING_GUESS = 0.75;

/** Per kind of value: [intercept, evidence score, margin, support, OCR odds exponent, cap when unconfirmed OCR]. */
const CALIBRATION: Record<string, [number, number, number, number, number, number]> = {
  total: [-4.6, 5, 5, 1.5, 1, 0.88],
  date: [-4, 6, 4, 1, 1.5, 0.93],
  company: [-3, 6, 5, 0, 1, 0.89],
  address: [-4, 6, 5, 0, 2, 0.9],
  other: [-4, 6, 6, 1, 1, 0.9],
};

/** Probability the best candidate is right: the span is the right one, and it reads right. */
export function calibrate(role: Role, best: Candidate, runnerUp: Candidate | undefined): number {
  const [a, b, c, d, k, cap] = CALIBRATION[role === 'balance' ? 'total' : role] ?? CALIBRATION.other;
  const margin = runnerUp ? Math.max(0, best.score - runnerUp.score) : 0.4;
  const support = best.support ?? 0;
  const span = 1 / (1 + Math.exp(-(a + b * best.score + c * Math.min(margin, 0.4) + d * support)));
  // A check passed (the document's sum, a check number, the value printed twice alike) answers the reader's
  // doubt about the glyphs: a misread value would not pass it.
  const p = span * (support >= 1 ? 1 : readingOdds(best.words) ** k);
  const ocr = best.words.some((w) => w.confidence < 100);
  return Math.min(best.ceiling ?? 1, ocr && support === 0 ? Math.min(cap, p) : p);
}
