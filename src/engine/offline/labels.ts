// Finding labels in lines: a label phrase matched word by word (OCR-tolerant), giving the words after it.
import { similarity } from '../normalize/index.ts';
import type { Word } from '../types.ts';
import type { Line } from './lines.ts';
import { fold, LABELS, LEGAL_FORMS, nameWords, STOP, unconfused } from './vocabulary.ts';

export interface LabelHit {
  line: Line;
  /** Index in line.words of the first word after the label. */
  after: number;
  /** 0..1 how well the label matched. */
  quality: number;
  /** Every word matched as the label says it, none by an OCR-tolerant likeness ("Supplies" for "supplier"). */
  exact: boolean;
  label: string;
}

/**
 * A label word as compared: folded, its punctuation dropped; a degree sign typed (or read) for the ordinal
 * "º" ("N°"); an English possessive is the noun ("Employer's name" labels the employer's name).
 */
const token = (s: string) => fold(s).replace(/°/g, 'º').replace(/['’]s\b/g, '').replace(/[^\p{L}\p{N}#º]/gu, '');
const clean = (w: Word) => unconfused(token(w.text));

/** The two parties of a form, one ending away from each other ("employer"/"employee", "lessor"/"lessee", "payer"/"payee"): no OCR slip. */
const PARTY_ENDING = /(er|or|ee)$/;
const counterparts = (a: string, b: string) => a !== b && PARTY_ENDING.test(a) && PARTY_ENDING.test(b) && a.replace(PARTY_ENDING, '') === b.replace(PARTY_ENDING, '');

/** A word printed cut short with a stop, three letters or more of a word at least two longer ("Ref." for "reference"). */
const shortFor = (printed: string, t: string, p: string) => /^\p{L}{3,}\.:?$/u.test(printed) && p.length - t.length >= 2 && p.startsWith(t);

/** "Number" as printed short. */
const NUMBER_SHORT = new Set(['no', 'nº', 'nr', 'num', '#']);

export function findLabels(lines: Line[], labels: string[]): LabelHit[] {
  const hits: LabelHit[] = [];
  // A stem ("diagn*") keeps its star: it matches any word it opens.
  const phrases = labels.map((l) => fold(l).split(/\s+/).map((t) => (t.endsWith('*') ? `${token(t)}*` : token(t))).filter(Boolean)).filter((p) => p.length);
  for (const line of lines) {
    const tokens = line.words.map(clean);
    // A word printing alternatives ("NIF/CIF:", "Tel/Fax") says each of them.
    const alternatives = line.words.map((w) => (w.text.includes('/') ? fold(w.text).split('/').map((p) => unconfused(token(p))) : []));
    for (const phrase of phrases) {
      for (let i = 0; i + phrase.length <= tokens.length; i++) {
        let q = 0;
        let exact = true;
        for (let k = 0; k < phrase.length; k++) {
          const t = tokens[i + k];
          const p = phrase[k];
          // Short words must match exactly; longer ones may carry an OCR slip.
          // A stem from the field's name opens the word other languages print for it ("diagn*": diagnóstico, Diagnose).
          if (p.endsWith('*')) {
            exact = false;
            // A word, not an email or a code that opens with the stem ("accounts@northwind.ca").
            q += t.startsWith(p.slice(0, -1)) && t.length > p.length && /^\p{L}[\p{L}'’-]*[.:]?$/u.test(line.words[i + k].text) ? 0.85 : 0;
            continue;
          }
          // "number" after the word it numbers is printed short as often as not ("JOB NO", "Claim Nº", "Policy #").
          const same = t === p || (phrase.length === 1 && alternatives[i + k].includes(p)) || (k > 0 && p === 'number' && NUMBER_SHORT.has(t));
          // A word cut short with a stop ("Ref.", "Reg.", "Dept.:") is the longer word it opens ("reference").
          // (Before a colon or a value with a digit: "Desc." heading a column may be a discount's.)
          if (!same && shortFor(line.words[i + k].text, t, p) && (/:$/.test(line.words[i + k].text) || /\d/.test(line.words[i + k + 1]?.text ?? ''))) {
            exact = false;
            q += 0.9;
            continue;
          }
          exact &&= same;
          // (A word of another label printed whole is that word, no slip, unless it is this one's with another ending
          // ("Totale" for "total"): "Désignation" is no "destination".)
          // (Nor is a short word with another first letter a slip of it: "Plant" is no "klant".)
          const anotherWord = (LABEL_WORDS.has(t) && t.slice(0, 4) !== p.slice(0, 4)) || (p.length < 6 && t[0] !== p[0]);
          q += same ? 1 : p.length >= 5 && t.length >= 4 && !counterparts(t, p) && !anotherWord ? (similarity(t, p) >= 0.8 ? similarity(t, p) : 0) : 0;
        }
        q /= phrase.length;
        // A word of a company's name ("Vireo Mobile Ltd", "Northern Insurance plc") labels nothing.
        const inCompanyName = () => i > 0 && LEGAL_FORMS.test(fold(line.words[i + phrase.length]?.text ?? '').replace(/[,;]$/, ''));
        if (q >= 0.8 && !inCompanyName()) hits.push({ line, after: i + phrase.length, quality: q * Math.min(1, 0.55 + 0.15 * phrase.join('').length / 3), exact, label: phrase.join(' ') });
      }
    }
  }
  // Keep the best hit per line and position.
  const best = new Map<string, LabelHit>();
  for (const h of hits) {
    const key = `${h.line.index}:${h.after}`;
    if (!best.has(key) || best.get(key)!.quality < h.quality) best.set(key, h);
  }
  return [...best.values()];
}

/** Words that say "a number" without saying of what ("No", "Nº", "Number", "#"). */
const BARE_NUMBER = new Set(['no', 'n', 'nº', 'number', 'num', 'numero', '#', 'ref']);
const LINKS = new Set(['de', 'of', 'del']);

/** A label saying only "number" ("No", "Nº", "#"; a "Ref" is a reference's): it labels any kind of number, qualified or not. */
export const saysOnlyNumber = (label: string) => label.split(' ').every((t) => BARE_NUMBER.has(token(t)) && token(t) !== 'ref');

/**
 * A bare number label qualified by a word the field does not own names another number: "PO Number",
 * "Pedido nº", "Nº de pedido", "VAT No" are not the invoice's number, "Invoice No" and "Nº factura" are.
 */
export function numberOfSomethingElse(hit: LabelHit, ownLabels: string[]): boolean {
  const phrase = hit.label.split(' ');
  if (!phrase.every((t) => BARE_NUMBER.has(t))) return false;
  const own = new Set(ownLabels.flatMap((l) => fold(l).split(/\s+/).map(token)));
  const start = labelStart(hit);
  const before = start > 0 ? clean(hit.line.words[start - 1]) : '';
  let k = hit.after;
  while (k < hit.line.words.length && LINKS.has(clean(hit.line.words[k]))) k++;
  const next = hit.line.words[k];
  // Only a word that is a label too qualifies ("Nº de pedido:"), not the value ("No. 12345").
  const after = next && (k > hit.after || /:$/.test(next.text) || hit.line.words[k + 1]?.text === ':') ? clean(next) : '';
  return [before, after].some((w) => /^\p{L}{2,}$/u.test(w) && !own.has(w));
}

/** Index in hit.line.words of the label's first word. */
export const labelStart = (hit: LabelHit) => hit.after - hit.label.split(' ').length;

/**
 * A label qualified by a bare number word ("Nº empleado", "Employee No."): it labels a number, not a name or text.
 * After a colon the word is the value ("Smoker: No").
 */
export function labelsANumber(hit: LabelHit): boolean {
  const start = labelStart(hit);
  const after = /:$/.test(hit.line.words[hit.after - 1].text) ? undefined : hit.line.words[hit.after];
  const around = [hit.line.words[start - 1], after].filter((w): w is Word => !!w).map(clean);
  return around.some((t) => BARE_NUMBER.has(t) || t === 'nr');
}

/** The code a form prints before a box's label: a letter, a number, "D.1", "A.", "12a", "6b.", "(3)". */
const BOX_CODE = /^(?:[a-z]|\(?\d{1,2}[a-z]?[.)]?|[A-Z]\.(?:\d{1,2}\.?)?)$/;

/** The label opens its segment (after a form's box code: "c Employer's name", "D.1 Make"). */
export const opensSegment = (h: LabelHit) => labelStart(h) === 0 || (labelStart(h) === 1 && BOX_CODE.test(h.line.words[0].text));

/**
 * A label where labels are printed: opening or ending its segment, ending at a colon, or inside a segment that is a
 * label of a few words ("Años de experiencia en el puesto:"). A word of the field's name inside a title or a
 * sentence ("… since the last reading.", "Current Account Statement") labels nothing.
 */
export const atEdge = (h: LabelHit) =>
  opensSegment(h) || h.after === h.line.words.length || /:$/.test(h.line.words[h.after - 1].text) || (/:$/.test(h.line.text) && h.line.words.length <= 6);

/** Words of every kind of label ("invoice", "date", "vencimiento"...). */
const LABEL_WORDS = new Set(Object.values(LABELS).flatMap((ls) => ls.flatMap((l) => fold(l).split(/\s+/))).filter((w) => w.length > 1));

/** A segment that is a label itself, not a value: it ends with a colon, or holds label words only ("Invoice date"). */
export function isLabelLine(line: Line): boolean {
  if (/\d/.test(line.text)) return false;
  if (/:$/.test(line.text)) return true;
  const tokens = line.words.map(clean).filter(Boolean);
  return tokens.length > 0 && tokens.every((t) => LABEL_WORDS.has(t));
}

/** Every word of a field's name of several is printed in the segment, in any order ("BALANCE OUTSTANDING" for outstanding_balance). */
export function printsName(line: Line, name: string): boolean {
  const words = nameWords(name).filter((w) => !STOP.has(w));
  const printed = new Set(line.folded.split(/[^\p{L}\p{N}]+/u));
  return words.length >= 2 && words.every((w) => printed.has(w));
}
