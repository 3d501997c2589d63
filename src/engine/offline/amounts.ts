// Amount candidates. A total is the amount its label announces (same row, or under it), low on the
// page, usually the largest amount that is not cash tendered, often printed more than once; amounts
// on rows that name something else (subtotal, tax, change, cash, rounding, quantities) are not it, nor
// are those of a tax summary table printed after the totals. The receipt's own arithmetic (tendered −
// change, total ± rounding, subtotal + tax) confirms the one that is. An invoice that prints a payment
// already made tells its total from the balance due by total − paid = balance.
import { parseDate, parseNumber, similarity } from '../normalize/index.ts';
import type { FieldDef, Word } from '../types.ts';
import { taxedSums } from './arithmetic.ts';
import { atEdge, findLabels, type LabelHit, labelStart, printsName } from './labels.ts';
import { asideOnly, below, headsNearer, smallPrint } from './layout.ts';
import type { Line } from './lines.ts';
import { bestOf, type Candidate } from './candidate.ts';
import { AFTER_DISCOUNT, distinctWords, fold, LABELS, labelsFor, nameWords, translatedLabels, unconfused, type Role } from './vocabulary.ts';

const AMOUNT = /^[^\d(-]{0,4}[(-]?\d{1,3}(?:[.,' ]?\d{3})*(?:[.,]\d{1,2})?\)?[^\d]{0,3}$|^[^\d(-]{0,4}[(-]?\d+(?:[.,]\d{1,2})?\)?[^\d]{0,3}$/;
/** Words between a label and an amount in its own segment that make them parts of a sentence. */
const SENTENCE_GAP = 8;
/** A rate's unit printed on its amount ("$54.99/DAY", "€18/giorno"). */
const PER_UNIT = /\/\p{L}{1,8}\.?$/u;
const hasDecimals = (t: string) => /\d[.,]\d{2}\)?[^\d]{0,3}$/.test(t);
/**
 * How a shop receipt in French, German, Italian, Portuguese or Malay (and Australian English) says it was paid and
 * what was given back: cash handed over, card, change.
 */
const PAID_IN_CASH = 'gegeben|bar|bargeld|especes|contanti|contante|numerario|dinheiro|tunai';
const PAID_BY_CARD = 'karte|ec-karte|girocard|cb|carte|carte bancaire|bancomat|pagamento elettronico|multibanco|eftpos';
const CHANGE_GIVEN = 'ruckgeld|wechselgeld|rendu|monnaie|resto|troco|baki';
/** Rows that name an amount other than the total (besides the amount before tax and the taxes). */
const OTHER_AMOUNT = new RegExp(`\\b(qty|quantity|items?|discount|descuento|saving|disc|round(ing)?|adj|change|cambio|tender(ed)?|cash|efectivo|card|tarjeta|points?|deposit|cuota|acompte|anzahlung|acconto|sinal|${PAID_IN_CASH}|${PAID_BY_CARD}|${CHANGE_GIVEN})\\b`);
const TAX_WORDS = /\b(tax|gst|vat|iva|sst|igic|impuesto|hst|pst|qst|tps|tvh|tvq|tva|mwst|ust|mehrwertsteuer|umsatzsteuer)\b/;
/**
 * Rows of the amount before tax: a subtotal, a net total, a row that says only "Net" and its amount, or a
 * total that names the tax only to say it is left out ("Total excl. VAT", "Total sem IVA", "Montant HT").
 */
const BEFORE_TAX_ROW =
  /^net [^a-z]*$|\b(sub ?-?total|subtotale?|sous ?-?total|base imponible|imponibile|net amount|(total|importe|valor) (neto|i?liquido)|(total|montant) ht|hors taxes?|netto\w*|zwischensumme|excl\w*|exclusive|excluding|(before|without|sin|sem|senza|sans|hors|ohne|vor|antes de) (tax|taxes|vat|gst|sst|iva|igic|impuestos?|tva|mwst|ust|steuern?|imposta|imposto))\b/;
const TO_PAY = /\b(to pay|a payer|a pagar|zu zahlen|da pagare|a pagare|payable)\b/;
const INCLUSIVE = /\b(incl\w*|inclusive|including|con|inc)\b/;
const TENDERED = new RegExp(`\\b(cash|efectivo|tender(ed)?|change|cambio|paid|pagado|card|tarjeta|visa|master(card)?|${PAID_IN_CASH}|${PAID_BY_CARD}|${CHANGE_GIVEN})\\b`);
const PAID = new RegExp(`\\b(cash|efectivo|tender(ed)?|paid|pagado|received|recibido|entregado|${PAID_IN_CASH})\\b`);
const CHANGE = new RegExp(`\\b(change|cambio|vuelto|devuelto|${CHANGE_GIVEN})\\b`);
const ROUNDING = /\b(round(ing)?|redondeo|penggenapan|pembundaran)\b/;
/** A tip or gratuity written in after the amount (restaurant card slips): amount + tip is what was charged. */
const TIP = /\b(tips?|gratuity|propina|pourboire|trinkgeld|mancia|fooi)\b/;
/** Headings of the tax summary table some receipts print under the totals ("GST SUMMARY"). */
const SUMMARY_HEADINGS = ['summary', 'resumen', 'sumario'];
const cents = (x: number) => Math.round(x * 100);
/**
 * Rows of a payment already made (invoices), and of what is left to pay after it. Italy's split payment
 * ("IVA in scissione dei pagamenti") is one: the public buyer pays the VAT to the state, not to the seller.
 */
const PAYMENT_MADE = /\b(paid|payments?|received|deposit|prepaid|prepayment|advance|pagado|a cuenta|anticipo|entregado|acompte|verse|deja paye|anzahlung|bezahlt|gezahlt|acconto|versato|gia pagato|valor pago|pago|recebido|sinal|scissione dei pagamenti|split payment)\b/;
const BALANCE = /\b(balance|outstanding|remaining|due|to pay|saldo|pendiente|a pagar|reste a payer|restant du|solde|restbetrag|offene[rn]? betrag|noch zu zahlen|da pagare|a pagare|residuo|em divida)\b/;

/**
 * How much a label says what the field asks for, among labels of one kind ("Subtotal", "Net amount",
 * "Total neto"): the share of the name's words it prints, or less surely the share of its own words the
 * description uses (for names that say nothing). A prefix counts: "net" in "neto".
 */
function labelShare(name: string, description = ''): (label: string) => number {
  const long = (ws: string[]) => ws.filter((w) => w.length >= 3);
  // A name asking for the amount after a discount ("total_after_discount") asks for the net one.
  const own = long([...nameWords(name), ...(AFTER_DISCOUNT.test(nameWords(name).join(' ')) ? ['net'] : [])]);
  const described = long(fold(description).split(/[^a-z]+/));
  const alike = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);
  return (label) => {
    const words = long(label.split(' '));
    const byName = own.length ? own.filter((w) => words.some((l) => alike(l, w))).length / own.length : 0;
    const byDescription = words.length ? words.filter((l) => described.some((w) => alike(l, w))).length / words.length : 0;
    return Math.max(byName, 0.8 * byDescription);
  };
}
/** The particular taxes a field names ("gst_amount", "IVA repercutido"); none for a tax in general. */
function taxNames(field: FieldDef): string[] {
  const text = `${nameWords(field.name).join(' ')} ${fold(field.description ?? '')}`;
  return [...new Set([...text.matchAll(new RegExp(TAX_WORDS.source, 'g'))].map((m) => m[0]).filter((t) => t !== 'tax'))];
}

/** A total field as no schema names it: the document's total, looked for as any total is. */
export const TOTAL_FIELD: FieldDef = { name: 'total_amount', type: 'number' };
export const CURRENCY_CODES = /\b(myr|usd|eur|gbp|sgd|aud|cad|chf|jpy|cny|inr|idr|php|thb|mxn|cop|ars|clp|pen|brl)\b/g;

/** Real words one letter away from a payment word: a service charge is no change. */
const NEAR_MISSES = new Set(['charge', 'charges', 'chance', 'orange', 'founding', 'sounding']);

/** The word list of a row names a kind of amount, allowing one OCR slip in words of five letters or more. */
function names(rowText: string, re: RegExp, words: string[]): boolean {
  if (re.test(rowText)) return true;
  const tokens = rowText.split(/[^a-z]+/).filter((t) => t.length >= 4 && !NEAR_MISSES.has(t));
  return tokens.some((t) => words.some((w) => w.length >= 5 && similarity(t, w) >= 0.8));
}

/** A row that gives the change (OCR-tolerant, on folded text). */
export const isChangeRow = (rowText: string) => names(rowText, CHANGE, ['change', 'cambio', 'ruckgeld', 'wechselgeld']);

interface Amount {
  /** The words of the amount: one, or two when OCR split it at the decimal point ("39." "80"). */
  words: Word[];
  text: string;
  line: Line;
  value: number;
  /** Folded text of the amount's row, and of the row above when its own has no words (a label printed above). */
  rowText: string;
  /** The row holds no words, only amounts: its label, if any, is printed above. */
  bare: boolean;
  /** The amount is all its segment holds (a cell of a row of boxed cells). */
  alone?: boolean;
}

/** A sign printed apart from the amount ("-RM 0.02", "- 0.02"). */
const signedBefore = (line: Line, w: Word) => {
  const prev = line.words[line.words.indexOf(w) - 1];
  return !!prev && /^-\D{0,3}$/.test(prev.text);
};

/** Words before a label that make it another amount of its kind than the one a plain name asks for. */
const ANOTHER_OF_KIND = /^(additional|extra|further|other|optional|voluntary|previous|prior|last|next|late|adicional|otro|otra|anterior|supplementaire|autre|precedent|zusatzliche?r?|weitere?r?|vorherige?r?|aggiuntiv[oa]|ulteriore|precedente)$/;

/** Units of a measured quantity printed after it (distance, weight, volume, energy, area). */
const MEASURE_UNIT = /^(km|kms|mi|miles|kg|kgs|t|l|kwh|mwh|m3|m³|m2|m²)$/;

/**
 * The width of one character of a word: a monospaced print (thermal receipts) sets a space as wide as a
 * digit, wider than the 0.6 of the text's height a proportional font gives it.
 */
const charWidth = (w: Word) => (w.box[2] - w.box[0]) / Math.max(1, w.text.length);

/**
 * The words of an amount whose thousands are grouped with spaces ("1 234 567,89 €", "2 100.00"), from
 * words[i] on, or null. Not two cells of a table row: the words are one space apart, not a column gap, and
 * a count times a price that the row prints ("2 100.00 200.00") is two columns. With a decimal point, only
 * on a document that does not group thousands with commas (`pointGroupedWithSpaces`). A whole
 * quantity grouped so ends at its unit ("109 092 km").
 */
function spaceGroups(words: Word[], i: number, pointGroupedWithSpaces: boolean, row: Word[]): Word[] | null {
  if (!/^[^\d\s]{0,3}[(-]?[1-9]\d{0,2}$/.test(words[i].text)) return null;
  const out = [words[i]];
  for (let k = i + 1; k < words.length; k++) {
    // A whole quantity grouped so, in the unit after it: "109 092 km", "1 250 kg".
    if (out.length >= 2 && MEASURE_UNIT.test(fold(words[k].text).replace(/[.,:;)]+$/, ''))) return out;
    const prev = out[out.length - 1];
    if (words[k].box[0] - prev.box[2] > Math.max(0.6 * (prev.box[3] - prev.box[1]), 1.8 * charWidth(words[k]))) return null;
    out.push(words[k]);
    const m = words[k].text.match(/^\d{3}([.,])\d{2}\)?[^\d]{0,3}$/);
    if (m) {
      if (m[1] === '.' && !pointGroupedWithSpaces) return null;
      const product = cents(Number(parseNumber(out[0].text.replace(/^\D+/, ''))) * Number(parseNumber(words[k].text)));
      if (out.length === 2 && row.some((w) => w.box[0] > words[k].box[2] && parseNumber(w.text) !== null && cents(parseNumber(w.text)!) === product)) return null;
      return out;
    }
    if (!/^\d{3}$/.test(words[k].text)) return null;
  }
  return null;
}

/** The word between a rate and the amount it is taken on: "23% on €4,377.81", "20 % sur 1 000,00". */
const RATE_BASE = /^(on|of|sur|auf|von|sobre|su)$/;

/** Units of time after a count: "30 days net" is a payment term, no amount. */
const DURATION = /^(days?|dias?|jours?|tagen?|giorni|giorno|weeks?|semanas?|semaines?|wochen?|settimane?|months?|meses?|mois|monate?n?|mesi)\b/;

/**
 * Words of a line that are part of a date ("Nov" "25," "2025") or a count of days: numbers without cents
 * there are no amounts ("Payment due Nov 25, 2025" pays no 25).
 */
function datedWords(line: Line): Set<Word> {
  const out = new Set<Word>();
  const ws = line.words;
  for (let i = 0; i < ws.length; i++) {
    if (/^\d{1,4}$/.test(ws[i].text) && DURATION.test(fold(ws[i + 1]?.text ?? ''))) out.add(ws[i]);
    for (let n = 2; n <= 4 && i + n <= ws.length; n++) {
      const span = ws.slice(i, i + n);
      const text = span.map((w) => w.text).join(' ');
      // The tightest window: dropping an edge word must lose the date.
      if (!/\d/.test(text) || !parseDate(text) || parseDate(span.slice(1).map((w) => w.text).join(' ')) || parseDate(span.slice(0, -1).map((w) => w.text).join(' '))) continue;
      span.forEach((w) => out.add(w));
    }
  }
  return out;
}

/** Whether words[i] is one of three or more bare groups of digits in a row ("900 555 303"). */
function inDigitRun(words: Word[], i: number): boolean {
  const group = (w?: Word) => !!w && /^\d{2,4}$/.test(w.text);
  if (!group(words[i])) return false;
  let [a, b] = [i, i];
  while (group(words[a - 1])) a--;
  while (group(words[b + 1])) b++;
  return b - a + 1 >= 3;
}

/** Units of a count or a time printed after a whole number ("1 hr", "2 pcs", "3 x"). */
const QUANTITY_UNIT = /^(hr|hrs|hour|hours|h|min|mins|minutes|pcs|pc|pieces|units|x|days|nights|horas|heures|stunden|std|ore|stuck|uds|unidades)$/;

function amountsOf(lines: Line[]): Amount[] {
  const rowText = new Map<number, string>();
  for (const l of lines) rowText.set(l.row, `${rowText.get(l.row) ?? ''} ${unconfused(l.folded)}`.trim());
  // Currency codes are no words, nor a rate's unit: "MYR 9.00" under "TOTAL" is still the total's value, "$54.99/DAY" under "RATE" the rate's.
  const bare = (row: number) => !/[a-z]{3,}/.test((rowText.get(row) ?? '').replace(CURRENCY_CODES, ' ').replace(/(\d)\/[a-z]{1,8}\b/g, '$1'));
  const textOfRow = (row: number) => (!bare(row) || !rowText.has(row - 1) ? rowText.get(row)! : `${rowText.get(row - 1)} ${rowText.get(row)}`);
  const out: Amount[] = [];
  // One document, one convention: "2 100.00" is one amount only where no amount groups with commas ("2,100.00").
  const pointGroupedWithSpaces = !lines.some((l) => l.words.some((w) => /^\D{0,3}\d{1,3}(,\d{3})+\.\d{2}\b/.test(w.text)));
  const rowWords = new Map<number, Word[]>();
  for (const l of lines) rowWords.set(l.row, [...(rowWords.get(l.row) ?? []), ...l.words]);
  for (const line of lines) {
    const grouped = new Set<Word>();
    const dated = /\d/.test(line.text) && /\p{L}/u.test(line.text) ? datedWords(line) : new Set<Word>();
    line.words.forEach((w, i) => {
      if (grouped.has(w) || (dated.has(w) && !hasDecimals(w.text))) return;
      const next = line.words[i + 1];
      // "6 377,40 €": thousands grouped with spaces, which a reader gives as one word per group.
      const groups = spaceGroups(line.words, i, pointGroupedWithSpaces, rowWords.get(line.row)!);
      if (groups) {
        const text = groups.map((g) => g.text).join('');
        const value = parseNumber(text);
        if (value !== null) {
          groups.forEach((g) => grouped.add(g));
          out.push({ words: groups, text: groups.map((g) => g.text).join(' '), line, value: signedBefore(line, w) ? -Math.abs(value) : value, rowText: textOfRow(line.row), bare: bare(line.row) });
          return;
        }
      }
      // "39." "80": one amount the reader cut at its decimal point.
      if (next && /^\d{1,4}[.,]$/.test(w.text) && /^\d{2}$/.test(next.text)) {
        const text = `${w.text}${next.text}`;
        out.push({ words: [w, next], text, line, value: parseNumber(text)!, rowText: textOfRow(line.row), bare: bare(line.row) });
        return;
      }
      // A rate is no amount, its "%" printed apart or not ("TVA 20 %"); nor the base a rate is taken on ("VAT (23% on €4,377.81)").
      // Nor a whole number with letters glued to it: a code or a formula ("Tax code 1257L", "Meter M-420245", "(as NO3)").
      if (!/\d/.test(w.text) || !AMOUNT.test(w.text.replace(PER_UNIT, '')) || /%/.test(w.text) || /^%/.test(next?.text ?? '') || /^\(?(\d+[A-Za-z]|[A-Za-z]-\d+|[A-Za-z]{2,}\d+)\)?$/.test(w.text)) return;
      // Nor a group of a number printed in groups ("900 555 303", "0161 496 0000"): a phone or an account number.
      if (inDigitRun(line.words, i)) return;
      // Nor a note's or a box's number in parentheses ("GROSS (1)", "Section (3)"): a sum in brackets has its cents.
      if (/^\(\d{1,2}\)$/.test(w.text)) return;
      // A whole number of hours or pieces is a quantity, no money ("Labour (1 hr)", "2 pcs").
      if (/^\(?\d+$/.test(w.text) && QUANTITY_UNIT.test(fold(next?.text ?? '').replace(/[^a-z]/g, ''))) return;
      if (/%/.test(line.text) && RATE_BASE.test(fold(line.words[i - 1]?.text ?? ''))) return;
      const value = parseNumber(w.text);
      if (value === null) return;
      out.push({ words: [w], text: w.text, line, value: signedBefore(line, w) ? -Math.abs(value) : value, rowText: textOfRow(line.row), bare: bare(line.row) });
    });
  }
  // Beside its words, a currency code or sign at most.
  // Alone in its segment but for a currency or a unit, or an aside in parentheses ("6,3 (Aprobado)").
  for (const a of out) a.alone = a.line.words.every((w) => a.words.includes(w) || (!/\d/.test(w.text) && (w.text.length <= 3 || /^\(\p{L}+\)$/u.test(w.text))));
  return out;
}

/**
 * Where the tax summary table starts on each page: amounts from there down are its own totals. Only a
 * summary printed after the total or the payment lines counts ("ORDER SUMMARY" heading an invoice's
 * totals block does not).
 */
function summaryTops(lines: Line[], totalLabels: Line[]): Map<number, number> {
  const tops = new Map<number, number>();
  for (const h of findLabels(lines, SUMMARY_HEADINGS)) {
    // A summary of something else than tax ("LOAN SUMMARY", "ACCOUNT SUMMARY") holds the document's own figures.
    if (h.line.words.length > 1 && !TAX_WORDS.test(h.line.folded)) continue;
    const top = h.line.box[1];
    if (!totalLabels.some((l) => l.page === h.line.page && l.box[3] <= top)) continue;
    if (top < (tops.get(h.line.page) ?? Infinity)) tops.set(h.line.page, top);
  }
  return tops;
}

/** The amount a token reads as once its one letter or symbol among digits ("E7.10", "&7.10") is taken for the digit `proven` accepts. */
export function repairedByArithmetic(text: string, proven: (value: number) => boolean): { text: string; value: number } | null {
  // Its decimal mark lost ("326571" read for "3 265,71"): the last two digits are the cents.
  const lost = text.match(/^[^\d(-]{0,3}(\d{3,})[^\d]{0,3}$/);
  if (lost) {
    const value = Number(lost[1]) / 100;
    return proven(value) ? { text: value.toFixed(2), value } : null;
  }
  const m = text.match(/^(.*?)(\d*)([A-Za-z&$£€¥§#@])(\d*[.,]\d{2})$/);
  if (!m || (!m[2] && /[A-Za-z]$/.test(m[1]))) return null;
  const found: { text: string; value: number }[] = [];
  for (let d = 0; d <= 9; d++) {
    const digits = `${m[2]}${d}${m[4]}`;
    const value = parseNumber(digits);
    if (value !== null && value > 0 && proven(value)) found.push({ text: digits, value });
  }
  return found.length === 1 ? found[0] : null;
}

/** A column heading alone in its segment, but for an aside ("Mark (%)", "Amount (EUR)"), without a colon. */
const headingAlone = (h: LabelHit) => (h.after === h.line.words.length || asideOnly(h.line.words.slice(h.after))) && !/:/.test(h.line.text);
/** A table cell holding a number: a few words, one with a digit (not a sentence that mentions one). */
const numberCell = (l: Line) => l.words.length <= 3 && /\d/.test(l.text);

export function amountCandidates(lines: Line[], field: FieldDef, role: Role): Candidate[] {
  const hits = findLabels(lines, labelsFor(field.name, field.description, role));
  // A rate per day or per hour is no total.
  const all = amountsOf(lines).filter((a) => !(['total', 'balance'].includes(role) && PER_UNIT.test(a.text)));
  if (!all.length) return [];
  // What is left to pay is the total until a payment is printed: it is looked for as the total is.
  const isTotal = role === 'total' || role === 'balance';
  const nameShare = labelShare(field.name, field.description);
  const summaryTop = summaryTops(lines, [...hits.map((h) => h.line), ...lines.filter((l) => TENDERED.test(l.folded))]);
  const inSummary = (a: Amount) => a.line.box[1] >= (summaryTop.get(a.line.page) ?? Infinity);
  const otherRow = (a: Amount) => OTHER_AMOUNT.test(a.rowText) || BEFORE_TAX_ROW.test(a.rowText) || (TAX_WORDS.test(a.rowText) && !INCLUSIVE.test(a.rowText)) || (isTotal && inSummary(a));
  const centre = (l: Line) => (l.box[1] + l.box[3]) / 2;
  const x0 = (a: Amount) => a.words[0].box[0];
  // A field naming one of several amounts of a kind ("closing_balance", "gross_pay") by a word no label of
  // the vocabulary holds: the label that prints that word is its own, one qualified by another word
  // ("Opening balance") is another amount's.
  const distinct = distinctWords(field.name);
  const translated = new Set(translatedLabels(field.name).map((l) => fold(l).split(/\s+/).map((t) => t.replace(/[^\p{L}\p{N}#º]/gu, '')).join(' ')));
  // Or every word of a name of several printed in the label's segment ("Outstanding principal balance", "BALANCE
  // OUTSTANDING" for outstanding_balance), though each word is the vocabulary's.
  const printsWhole = (h: LabelHit) => printsName(h.line, field.name);
  const saysOwn = (h: LabelHit) => translated.has(h.label) || distinct.some((w) => h.label.split(' ').some((l) => l.startsWith(w) || w.startsWith(l))) || printsWhole(h);
  const ownPrinted = hits.some(saysOwn);
  const particular = (h: LabelHit) => {
    // "An additional excess of £250.00", "Previous balance": another amount of the kind, unless the name says so.
    const qualifier = fold(h.line.words[labelStart(h) - 1]?.text ?? '').replace(/[^a-z]/g, '');
    if (ANOTHER_OF_KIND.test(qualifier) && !nameWords(field.name).includes(qualifier)) return 0.5;
    if (!distinct.length && !ownPrinted) return 1;
    if (saysOwn(h)) return 1.2;
    // Its own label printed, the other labels of the kind ("Balance carried forward") give other amounts.
    if (ownPrinted) return 0.6;
    const before = fold(h.line.words[labelStart(h) - 1]?.text ?? '').replace(/[^a-z]/g, '');
    return before.length >= 3 && !distinct.includes(before) ? 0.5 : 1;
  };
  /** A segment of the label's row printed after the label and before the amount's end. */
  const segmentBetween = (h: LabelHit, a: Amount) => {
    const labelEnd = h.line.words[h.after - 1]?.box[2] ?? 0;
    return lines.some((l) => l.row === h.line.row && l.page === h.line.page && l !== h.line && l.box[0] >= labelEnd - 1 && l.box[0] <= a.words[a.words.length - 1].box[2]);
  };
  const labelOf = (a: Amount) => {
    let q = 0;
    for (const h of hits) {
      // A word of the field's name inside a sentence ("… since the last reading.") labels no amount but the one after it.
      const inSentence = !LABELS[role].includes(h.label) && !atEdge(h);
      const labelEnd = h.line.words[h.after - 1]?.box[2] ?? 0;
      const rightOfLabel = x0(a) >= labelEnd - 1 && a.line.page === h.line.page;
      // The first amount right of a label is its value; later ones on the row are other columns.
      // (A bare number before a money amount — a count, a speck read as a digit — does not count.)
      const nearest = (b: Amount) => b.line.row === h.line.row && x0(b) >= labelEnd - 1 && x0(b) < x0(a) && (hasDecimals(b.text) || !hasDecimals(a.text));
      const lh = h.line.box[3] - h.line.box[1] || h.line.bodyHeight;
      const drop = centre(a.line) - centre(h.line);
      // Among labels of one kind ("Subtotal", "Net amount", "Total neto"), the one that says the field's own name.
      // A field the vocabulary knows nothing of reads the label's whole segment ("Current reading" for "Current (latest) meter reading").
      const share = nameShare(role === 'generic' ? fold(h.line.text).replace(/[^a-z ]/g, ' ').trim() : h.label);
      const quality = (isTotal ? h.quality : h.quality * (1 + 0.2 * share)) * particular(h);
      // A number before the label's colon is the label's own ("Extension de garantie (3 ans supplémentaires) :").
      const beforeColon = a.line === h.line && a.line.words.slice(a.line.words.indexOf(a.words[a.words.length - 1]) + 1).some((w) => /:$/.test(w.text));
      // An amount far on in a sentence the label opens ("Payments received after 5:00 p.m. … A late fee of $25.00") is the sentence's.
      const farOn = a.line === h.line && a.line.words.indexOf(a.words[0]) - h.after >= SENTENCE_GAP;
      if (h.line.row === a.line.row && rightOfLabel) q = beforeColon || farOn ? q : Math.max(q, quality * (all.some(nearest) ? 0.4 : 1));
      else if (inSentence) continue;
      // A value printed a little lower than its label (a taller label, a skewed scan).
      // (Not one under another segment of the label's row: that heads its own cell.)
      else if (a.bare && rightOfLabel && drop > 0 && drop < 1.3 * lh && !segmentBetween(h, a)) q = Math.max(q, 0.85 * quality);
      // Under the label, unless the amount's own row names it otherwise; or alone in its cell under a label in small print (a form's boxed cell).
      else if (a.bare && below(lines, h.line).includes(a.line)) q = Math.max(q, 0.8 * quality);
      // Alone in a boxed cell under its label in small print, though the row holds other cells' words; printed
      // anywhere along the cell (right-aligned under a label in its corner).
      else if (a.alone && smallPrint(h.line, a.line) && below(lines, h.line, h.line.box[0], h.line.box[2] + 12 * lh).includes(a.line)) q = Math.max(q, 0.8 * quality);
      // A column's heading over a one-row table ("RESULT" over "122" beside the test's name, "Mark (%)" over "31"), for
      // a field the vocabulary knows nothing of: the heading alone in its segment but for an aside, the amount alone in
      // its cell under it, no cell with a number under that (a column of many rows is a list: its first row is not the
      // document's value; a note printed under the table is no row).
      else if (role === 'generic' && a.alone && headingAlone(h) && below(lines, h.line).includes(a.line) && !below(lines, a.line).some(numberCell)) q = Math.max(q, 0.7 * quality);
      // A caption: the label in small print right under the amount (a form's filled-in line, "£850" over "Rent per calendar month"),
      // nearer it than the value printed under the label is (then the label heads that value's cell).
      else if (a.alone && smallPrint(h.line, a.line) && below(lines, a.line).includes(h.line) && !headsNearer(lines, h.line, a.line)) q = Math.max(q, 0.75 * quality);
    }
    return q;
  };
  // A credit note reverses an invoice: the amounts its total labels announce are printed negative ("Total credit
  // £-2,011.70"), and so are its amount before tax and its tax. Its amounts are then weighed by their size.
  const totalHits = role === 'total' ? hits : findLabels(lines, labelsFor(TOTAL_FIELD.name, undefined, 'total'));
  const announced = all.filter((a) => hasDecimals(a.text) && !otherRow(a) && totalHits.some((h) => h.line.row === a.line.row && h.line.page === a.line.page && x0(a) >= (h.line.words[h.after - 1]?.box[2] ?? 0) - 1));
  const sign = announced.length && announced.every((a) => a.value < 0) ? -1 : 1;
  const size = (a: Amount) => sign * a.value;
  const decimals = all.filter((a) => hasDecimals(a.text) && size(a) > 0);
  const maxNotTendered = Math.max(0, ...decimals.filter((a) => !TENDERED.test(a.rowText) && !(isTotal && inSummary(a))).map(size));
  const labelled = all.map((a) => ({ a, label: labelOf(a) }));
  const totals = labelled.filter((x) => x.label > 0 && !otherRow(x.a));
  const lowestLabelled = [...totals].sort((x, y) => y.a.line.box[1] - x.a.line.box[1] || y.a.line.page - x.a.line.page)[0];
  // Arithmetic the document itself asserts: tendered − change, and labelled total + rounding.
  const agreed = new Map<number, number>();
  const agree = (v: number, rule: number) => agreed.set(v, (agreed.get(v) ?? 0) | rule);
  /** Totals printed before rounding: the rounded one printed after them is the amount due. */
  const unrounded = new Set<Amount>();
  /** The invoice's total and its balance after a payment, when the document's arithmetic tells them apart. */
  const settled = new Map<Amount, 'total' | 'balance'>();
  /** An unlabelled amount printed after the rounding line that is exactly a labelled total + rounding: the total due, its label lost. */
  const roundedLabel = new Map<Amount, number>();
  const rounding = all.filter((a) => names(a.rowText, ROUNDING, ['rounding', 'redondeo']) && Math.abs(a.value) < 1 && a.value !== 0 && hasDecimals(a.text));
  // The amount before tax and the taxes of the totals block (not those of a tax summary printed under it).
  const subtotals = decimals.filter((a) => BEFORE_TAX_ROW.test(a.rowText) && !inSummary(a));
  const taxes = decimals.filter((a) => TAX_WORDS.test(a.rowText) && !INCLUSIVE.test(a.rowText) && !subtotals.includes(a) && !inSummary(a));
  const sumsOf = (before: Amount[], tax: Amount[]) => taxedSums(before, tax, (a) => cents(a.value), (a) => a.line.row, rounding.map((r) => cents(r.value)));
  const after = (a: Amount, b: Amount) => a.line.page > b.line.page || (a.line.page === b.line.page && a.line.row > b.line.row);
  const isChange = (a: Amount) => isChangeRow(a.rowText);
  /**
   * A payment already made (printed as a deduction, "-500.00", or not), the total printed before it on no
   * row of another kind (a balance field's labels need not name it) and the balance after it: total − paid = balance.
   */
  const settlements = () =>
    all
      .filter((p) => hasDecimals(p.text) && p.value !== 0 && PAYMENT_MADE.test(p.rowText) && !isChange(p))
      .flatMap((payment) =>
        all
          .filter((b) => after(b, payment) && b.value >= 0 && BALANCE.test(b.rowText))
          .flatMap((balance) =>
            decimals
              .filter((t) => after(payment, t) && t.value > balance.value && !otherRow(t) && cents(t.value) - cents(Math.abs(payment.value)) === cents(balance.value))
              .map((total) => ({ total, payment, balance })),
          ),
      );
  if (isTotal) {
    const change = all.filter((a) => isChange(a) && a.value >= 0);
    // Tendered: a row that says so, or the amount printed just above the change.
    const totalRow = (a: Amount) => totals.some((x) => x.a.line.row === a.line.row);
    const paid = decimals.filter((a) => !isChange(a) && (PAID.test(a.rowText) || (!totalRow(a) && change.some((c) => after(c, a) && !all.some((b) => after(c, b) && after(b, a) && b.line.row !== a.line.row)))));
    // No change given says only that the tender was exact: it confirms nothing unless the row says it was paid.
    for (const p of paid) for (const c of change) if (after(c, p) && p.value > c.value && (c.value > 0 || PAID.test(p.rowText))) agree(cents(p.value - c.value), 1);
    for (const r of rounding) {
      const before = totals.filter((x) => !after(x.a, r));
      const later = totals.filter((x) => after(x.a, r));
      let paired = false;
      for (const b of before) {
        for (const l of later) {
          if (Math.abs(cents(Math.abs(b.a.value - l.a.value)) - cents(Math.abs(r.value))) > 0) continue;
          agree(cents(l.a.value), 2);
          unrounded.add(b.a);
          paired = true;
        }
      }
      if (paired) continue;
      // The rounding amount misread: the first amount after it that is the labelled total rounded to 5 cents.
      const rounded = all.find((l) => after(l, r) && size(l) > 0 && hasDecimals(l.text) && cents(l.value) % 5 === 0 && (l.bare || !otherRow(l)) && before.some((b) => b.a.value !== l.value && Math.abs(cents(b.a.value - l.value)) < 5));
      if (rounded) {
        agree(cents(rounded.value), 2);
        for (const b of before) if (cents(b.a.value + r.value) === cents(rounded.value)) roundedLabel.set(rounded, Math.max(roundedLabel.get(rounded) ?? 0, b.label));
        for (const b of before) if (Math.abs(cents(b.a.value - rounded.value)) < 5 && b.a.value !== rounded.value) unrounded.add(b.a);
      } else for (const b of before) agree(cents(b.a.value + r.value), 2);
    }
    // A tip added under the amount: the total printed after it is the amount + tip, the amount before it no longer the total.
    for (const t of decimals.filter((a) => TIP.test(a.rowText))) {
      for (const b of totals) {
        if (after(b.a, t)) continue;
        for (const l of totals) {
          if (!after(l.a, t) || cents(b.a.value + t.value) !== cents(l.a.value)) continue;
          agree(cents(l.a.value), 2);
          unrounded.add(b.a);
        }
      }
    }
    // A payment already made: the total is then the larger amount, the balance what is left to pay.
    for (const { total, balance } of settlements()) {
      settled.set(total, 'total');
      settled.set(balance, 'balance');
      agree(cents(role === 'balance' ? balance.value : total.value), 8);
    }
    // The amount before tax + its tax (or taxes), and + rounding when the receipt rounds.
    for (const sum of sumsOf(subtotals, taxes)) agree(sum.cents, 4);
    // A row of the tax summary ("SR 6% 35.00 2.10"): its amount before tax + its tax.
    const summaryRows = new Map<number, Amount[]>();
    for (const a of decimals) if (inSummary(a)) summaryRows.set(a.line.row, [...(summaryRows.get(a.line.row) ?? []), a]);
    for (const row of summaryRows.values()) {
      const [net, tax] = row.sort((a, b) => x0(a) - x0(b)).slice(-2);
      if (tax && size(tax) < 0.3 * size(net)) for (const sum of sumsOf([net], [tax])) agree(sum.cents, 4);
    }
  }
  // The amount before tax and the tax: the document's sum (before tax + taxes = its total) proves each one
  // in it read right; a tax field that names no one tax asks for the taxes together.
  const total = role === 'subtotal' || role === 'tax' ? bestOf(amountCandidates(lines, TOTAL_FIELD, 'total')) : undefined;
  const totalCents = total ? cents(parseNumber(total.literal) ?? NaN) : NaN;
  const matching = (before: Amount[], tax: Amount[]) => sumsOf(before, tax).filter((sum) => sum.cents === totalCents);
  /** An amount read another way (a lost decimal mark) makes the sum as read back. */
  const makesSum = (a: Amount) => (role === 'subtotal' ? matching([a], taxes) : matching(subtotals, [a, ...taxes]).filter((sum) => sum.taxes.includes(a))).length > 0;
  const proven = new Set<Amount>();
  const together: Candidate[] = [];
  const ownTaxes = taxNames(field);
  const namesOwn = (a: Amount) => !ownTaxes.length || ownTaxes.some((t) => new RegExp(`\\b${t}\\b`).test(a.rowText));
  for (const sum of matching(subtotals, taxes)) {
    for (const a of [sum.subtotal, ...sum.taxes]) proven.add(a);
    if (role !== 'tax' || sum.taxes.length < 2 || !sum.taxes.every(namesOwn)) continue;
    // Surer than the surest of its parts would be alone (0.2 + 0.6 × label).
    const label = Math.max(...labelled.filter((x) => sum.taxes.includes(x.a)).map((x) => x.label));
    const taxCents = sum.taxes.reduce((n, t) => n + cents(t.value), 0);
    together.push({ words: sum.taxes.flatMap((t) => t.words), literal: (taxCents / 100).toFixed(2), score: 0.3 + 0.6 * label, support: 1 });
  }
  // The payment, proven by total − paid = the balance printed after it.
  if (role === 'paid') for (const { payment } of settlements()) proven.add(payment);
  // A labelled amount with one letter where a digit belongs ("E7.10"), or its decimal mark lost ("326571"):
  // the reading the document's arithmetic proves is read back in, and only then.
  if (isTotal || role === 'subtotal' || role === 'tax') {
    const documentHasCents = decimals.length > 0;
    for (const x of labelled) {
      if (!(x.label > 0) || (isTotal && otherRow(x.a)) || (!documentHasCents && !hasDecimals(x.a.text))) continue;
      const fixed = repairedByArithmetic(x.a.text, (v) => (isTotal ? agreed.has(cents(v)) : makesSum({ ...x.a, value: v })));
      if (!fixed) continue;
      x.a = { ...x.a, text: fixed.text, value: fixed.value };
      if (!isTotal) proven.add(x.a);
    }
  }
  // The total printed twice and read two ways, one digit apart ("57.80" and "67.80"), neither confirmed by
  // the arithmetic: one amount, whose surer reading takes the evidence of both. (Amounts cents apart are a
  // total and its rounding, not a misreading.)
  const digitsOf = (a: Amount) => a.text.replace(/\D/g, '');
  const oneDigitApart = (a: Amount, b: Amount) => {
    const [x, y] = [digitsOf(a), digitsOf(b)];
    return x.length === y.length && [...x].filter((c, i) => c !== y[i]).length === 1;
  };
  const sureness = (a: Amount) => Math.min(...a.words.map((w) => w.confidence));
  const scored = labelled.map(({ a, label }) => {
    let score = 0.1;
    let support = 0;
    const idLike = /\d{5,}/.test(a.text.replace(/[.,]/g, '')) && !hasDecimals(a.text);
    if (isTotal) {
      score += 0.45 * Math.max(label * (otherRow(a) ? 0.3 : 1), roundedLabel.get(a) ?? 0);
      if (hasDecimals(a.text)) score += 0.1;
      score += 0.08 * a.line.y;
      if (size(a) === maxNotTendered) score += 0.15;
      const twins = decimals.filter((b) => b !== a && b.value === a.value && !inSummary(b));
      if (twins.length) score += 0.07;
      if (twins.some((b) => b.line.row !== a.line.row)) support += 0.5;
      if (lowestLabelled?.a === a) score += 0.05;
      if (unrounded.has(a)) score -= 0.2;
      const rules = agreed.get(cents(a.value)) ?? 0;
      const checks = (rules & 1) + ((rules >> 1) & 1) + ((rules >> 2) & 1) + ((rules >> 3) & 1);
      // The other one of a settled pair: the balance is no invoice total, the total no balance left.
      if (settled.has(a) && settled.get(a) !== role) score -= 0.5;
      if (size(a) > 0) score += 0.2 * checks;
      if (size(a) > 0) support += checks;
      if (size(a) <= 0) score -= 0.3;
    } else {
      score += 0.6 * label;
      if (hasDecimals(a.text)) score += 0.1;
      // A deduction ("Discount -100.00") is no amount before tax.
      if (role === 'subtotal' && size(a) < 0) score -= 0.3;
      if (role === 'tax' && BEFORE_TAX_ROW.test(a.rowText)) score -= 0.3;
      // The net to pay ("Net à payer") is the total, not a net amount before tax.
      if (role === 'subtotal' && TO_PAY.test(a.rowText)) score -= 0.5;
      if (proven.has(a)) support = 1;
    }
    if (idLike) score -= 0.3;
    return { a, label, words: a.words, literal: a.text, score, support };
  });
  if (isTotal) {
    const readTwice = scored.filter((x) => x.label > 0 && !otherRow(x.a) && hasDecimals(x.a.text) && size(x.a) > 0);
    for (const x of readTwice) {
      const rival = readTwice.find((y) => y !== x && y.a.line.row !== x.a.line.row && oneDigitApart(x.a, y.a) && Math.abs(x.a.value - y.a.value) >= 0.1 && !x.support && !y.support);
      if (rival && sureness(x.a) > sureness(rival.a) && rival.score > x.score) [x.score, rival.score] = [rival.score, x.score];
    }
  }
  // A payment is printed as a deduction ("-500.00", "(500.00)"): the amount paid is its size.
  const unsigned = (t: string) => (role === 'paid' ? t.replace(/^([^\d(-]{0,4})[(-]\s*/, '$1').replace(/\)([^\d]{0,3})$/, '$1') : t);
  return [...scored.map(({ words, literal, score, support }) => ({ words, literal: unsigned(literal), score, support })), ...together];
}
