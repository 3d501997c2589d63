// Grounding: find the page words a value came from. Tolerant to OCR noise (edit similarity for text,
// confusable letters for digits), to values split over several words or glued to a label in one word,
// and to normalised forms (1250 vs 1,250.00, 2024-06-15 vs 15/06/2024). When a value occurs several times,
// the occurrence next to an anchor (the row's other values) or after the field's label wins.
import { parseDate, parseNumber, similarity } from '../normalize/index.ts';
import type { Box, FieldType, Page, Word } from '../types.ts';

export interface Grounding {
  wordIds: string[];
  page: number | null;
  box: Box | null;
  /** 0..1 how well the words match the value; 0 when ungrounded. */
  quality: number;
  /** Mean OCR confidence (0-100) of the words. */
  wordConfidence: number | null;
  /** How many places in the document match as well (1: the value is unambiguous). */
  occurrences?: number;
}

export interface GroundHints {
  /** Prefer the occurrence closest to this place (e.g. the same table row as a sibling value). */
  near?: { page: number; box: Box };
  /** The field's name or label: prefer an occurrence printed after it on the same line. */
  label?: string;
}

export const NOT_GROUNDED: Grounding = { wordIds: [], page: null, box: null, quality: 0, wordConfidence: null };
/** Below this, a window of words is not the value. */
export const MIN_QUALITY = 0.7;
/** Occurrences this close to the best score count as the same value printed again. */
const TIE = 0.03;

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const compact = (s: string) => fold(s).replace(/[^\p{L}\p{N}]/gu, '');
/** Letters OCR reads in place of digits. */
const CONFUSABLE: Record<string, string> = { o: '0', d: '0', q: '0', i: '1', l: '1', '|': '1', z: '2', s: '5', b: '8', g: '9' };
const asDigits = (s: string) => [...s].map((c) => CONFUSABLE[c] ?? c).join('');

export function unionBox(words: Word[]): Box {
  return [Math.min(...words.map((w) => w.box[0])), Math.min(...words.map((w) => w.box[1])), Math.max(...words.map((w) => w.box[2])), Math.max(...words.map((w) => w.box[3]))];
}

const meanConfidence = (words: Word[]) => words.reduce((a, w) => a + w.confidence, 0) / words.length;

/** The grounding of words a provider already named (the offline provider knows them). */
export function groundingOf(pages: Page[], wordIds: string[], quality = 1): Grounding {
  const byId = new Map(pages.flatMap((p) => p.words.map((w) => [w.id, { w, page: p.number }] as const)));
  const found = wordIds.map((id) => byId.get(id)).filter((x): x is { w: Word; page: number } => !!x);
  if (!found.length) return NOT_GROUNDED;
  const page = found[0].page;
  const words = found.filter((f) => f.page === page).map((f) => f.w);
  return { wordIds: words.map((w) => w.id), page, box: unionBox(words), quality, wordConfidence: meanConfidence(words) };
}

const numeric = (type: FieldType) => type === 'number' || type === 'integer';
const HAS_DIGIT = /\d/;

/** Per-word forms computed once per page, not once per leaf and window. */
interface WordForms {
  compact: string[];
  /** The compact form with OCR-confusable letters read as digits. */
  digits: string[];
  /** The word split at label punctuation ("Paid:Yes" → paid, yes). */
  parts: string[][];
}
const formsCache = new WeakMap<Page, WordForms>();
function formsOf(page: Page): WordForms {
  let forms = formsCache.get(page);
  if (!forms) {
    const compacts = page.words.map((w) => compact(w.text));
    forms = { compact: compacts, digits: compacts.map(asDigits), parts: page.words.map((w) => fold(w.text).split(/[:=#/|]+/).map(compact)) };
    formsCache.set(page, forms);
  }
  return forms;
}

interface Target {
  type: FieldType;
  literal: string;
  compact: string;
  bigrams: Set<string>;
  digits: string;
  number: number | null;
  /** The number's digits without leading/trailing zeros (1,250.00 and 1250 share "125"). */
  significant: string;
  date: string | null;
}

function sharesBigram(word: string, bigrams: Set<string>): boolean {
  if (word.length < 2) return true;
  for (let k = 0; k + 1 < word.length; k++) if (bigrams.has(word.slice(k, k + 2))) return true;
  return false;
}

const significant = (digits: string) => digits.replace(/^0+/, '').replace(/0+$/, '');

/** How well the window (its compacted text `text`, its printed words) matches the value, 0..1. */
function matchScore(t: Target, text: string, digits: string, window: () => Word[], parts: string[] | null): number {
  if (text === t.compact) return 1;
  if (numeric(t.type) || t.type === 'date') {
    if (!HAS_DIGIT.test(text)) return 0;
    // Digits must agree: a near miss (1,260.00 for 1,250.00) is another value, not OCR noise.
    if (text.length === t.compact.length && digits === t.digits) return 0.92;
    // The same number or date in another form; parsing only windows that can be it (same significant
    // digits for a number; the day and the year's last digits for a date).
    if (t.number !== null && t.significant && text.includes(t.significant[0]) && significant(text.replace(/\D/g, '')) === t.significant) {
      const b = parseNumber(window().map((w) => w.text).join(' '));
      if (b !== null && Math.abs(t.number - b) < 0.005) return 0.95;
    } else if (t.date !== null && text.includes(String(+t.date.slice(8))) && text.includes(t.date.slice(2, 4))) {
      if (t.date === parseDate(window().map((w) => w.text).join(' '))) return 0.95;
    }
    // Glued to a currency or label ("RM9.00", "Total:1,250.00"), but not part of a longer number.
    const at = parts && t.compact.length >= 2 ? text.indexOf(t.compact) : -1;
    if (at >= 0 && !HAS_DIGIT.test(text[at - 1] ?? '') && !HAS_DIGIT.test(text[at + t.compact.length] ?? '')) return 0.9;
    return 0;
  }
  // Glued to a label by punctuation in one word ("Paid:Yes"), not a piece of a longer word ("Subtotal").
  if (parts && parts.includes(t.compact)) return 0.9;
  // Short text must match exactly: two letters are not evidence.
  if (t.compact.length <= 3) return 0;
  // similarity ≥ MIN_QUALITY allows at most `maxEdits`; two cheap necessary conditions come first:
  // lengths within that many, and enough shared bigrams (one edit breaks at most two of them).
  const longest = Math.max(text.length, t.compact.length);
  const maxEdits = Math.floor((1 - MIN_QUALITY) * longest + 1e-9);
  if (Math.abs(text.length - t.compact.length) > maxEdits) return 0;
  const needed = t.compact.length - 1 - 2 * maxEdits;
  if (needed > 0) {
    let shared = 0;
    for (let k = 0; k + 1 < text.length && shared < needed; k++) if (t.bigrams.has(text.slice(k, k + 2))) shared++;
    if (shared < needed) return 0;
  }
  return similarity(text, t.compact);
}

interface Candidate {
  words: Word[];
  page: number;
  score: number;
}

function distance(c: Candidate, near: { page: number; box: Box }): number {
  if (c.page !== near.page) return 1e9 + Math.abs(c.page - near.page);
  const box = unionBox(c.words);
  const dy = Math.abs((box[1] + box[3]) / 2 - (near.box[1] + near.box[3]) / 2);
  const dx = Math.abs((box[0] + box[2]) / 2 - (near.box[0] + near.box[2]) / 2);
  // Rows matter more than columns: a row's values share a baseline.
  return dy * 4 + dx;
}

function labelled(c: Candidate, pages: Page[], label: string): boolean {
  const labelWords = fold(label).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3);
  if (!labelWords.length) return false;
  const page = pages.find((p) => p.number === c.page)!;
  const first = page.words.indexOf(c.words[0]);
  const before = page.words.slice(Math.max(0, first - 6), first).filter((w) => w.line === c.words[0].line);
  return before.some((w) => labelWords.some((l) => similarity(compact(w.text), l) >= 0.8 || compact(w.text).startsWith(l)));
}

export function ground(literal: string | null, type: FieldType, pages: Page[], hints: GroundHints = {}): Grounding {
  if (!literal || !literal.trim()) return NOT_GROUNDED;
  const target = compact(literal);
  if (!target) return NOT_GROUNDED;
  const t: Target = {
    type,
    literal,
    compact: target,
    bigrams: new Set(Array.from({ length: Math.max(0, target.length - 1) }, (_, k) => target.slice(k, k + 2))),
    digits: asDigits(target),
    number: numeric(type) ? parseNumber(literal) : null,
    significant: significant(literal.replace(/\D/g, '')),
    date: type === 'date' ? parseDate(literal) : null,
  };
  const tokens = literal.trim().split(/\s+/).length;
  // Numbers are printed in at most a few words ("RM 1 250.00"); dates in up to six ("15 de junio de 2024").
  const maxWords = numeric(type) ? Math.min(tokens + 2, 4) : type === 'date' ? Math.max(tokens + 2, 6) : Math.min(tokens + 3, 40);
  const candidates: Candidate[] = [];
  for (const page of pages) {
    const words = page.words;
    const forms = formsOf(page);
    for (let i = 0; i < words.length; i++) {
      // A number's window starts with digits (a currency word before it adds nothing); a text value's
      // first word shares a bigram with it unless OCR garbled all of it (then it is not this value).
      if (numeric(type) && !HAS_DIGIT.test(forms.compact[i])) continue;
      if (!numeric(type) && type !== 'date' && !sharesBigram(forms.compact[i], t.bigrams)) continue;
      let best: Candidate | null = null;
      let text = '';
      let digits = '';
      for (let n = 1; n <= maxWords && i + n <= words.length; n++) {
        // A value does not span unrelated blocks.
        if (n > 1 && words[i + n - 1].block !== words[i].block) break;
        text += forms.compact[i + n - 1];
        digits += forms.digits[i + n - 1];
        if (n > 1 && text.length > target.length * 1.6 + 4) break;
        const score = matchScore(t, text, digits, () => words.slice(i, i + n), n === 1 ? forms.parts[i] : null);
        if (score >= MIN_QUALITY && (!best || score > best.score + 1e-9)) best = { words: words.slice(i, i + n), page: page.number, score };
        if (score === 1) break;
      }
      if (best) candidates.push(best);
    }
  }
  if (!candidates.length) return NOT_GROUNDED;
  // A window that only adds words around a match as good ("Total 1,250.00" around "1,250.00") is not the value.
  const minimal = candidates.filter((c) => !candidates.some((d) => d !== c && d.words.length < c.words.length && d.words.every((w) => c.words.includes(w)) && d.score >= c.score - TIE));
  const top = Math.max(...candidates.map((c) => c.score));
  const tied = minimal.filter((c) => c.score >= top - TIE);
  let chosen = tied[0];
  if (tied.length > 1 && hints.near) chosen = tied.reduce((a, b) => (distance(b, hints.near!) < distance(a, hints.near!) ? b : a));
  else if (tied.length > 1 && hints.label) chosen = tied.find((c) => labelled(c, pages, hints.label!)) ?? tied[0];
  return { wordIds: chosen.words.map((w) => w.id), page: chosen.page, box: unionBox(chosen.words), quality: chosen.score, wordConfidence: meanConfidence(chosen.words), occurrences: tied.length };
}
