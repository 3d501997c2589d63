// Ticked boxes: forms answer a choice by marking the box printed before an option ("☒ Home  ☐ Travel",
// "Police notified?  [X] Yes  [ ] No"). A text layer or OCR gives the mark as a word of its own ("X", "☒",
// "✓"); an empty box gives no word at all, or brackets ("[ ]", "[_]", "☐"), so the option after a mark is the one
// chosen (after its box, where a row's boxes follow their options: "PICKUP [X]  DELIVERY [_]").
import { NOTHING } from '../normalize/index.ts';
import type { Word } from '../types.ts';
import type { Candidate } from './candidate.ts';
import { type LabelHit, labelStart } from './labels.ts';
import type { Line } from './lines.ts';
import { OPTION_TRANSLATIONS } from './translations.ts';
import { fold, STOP } from './vocabulary.ts';

/** A box marked as chosen: "X", "[X]", "(x)", "☒", "✓"; OCR may glue the dash before it to it ("Course result: —[X] Passed"). */
const MARK = /^[—–-]?[[(]?[xX✓✔☒☑■✗✘][\])]?$/;
export const token = (w: Word) => fold(w.text).replace(/[^\p{L}\p{N}]/gu, '');
/** Answers to a yes/no question in the languages of the vocabulary. */
export const YES = /^(yes|si|oui|ja|sim|true)$/;
export const NO = /^(no|non|nein|nao|false)$/;

/** Words of each visual row, left to right. */
function rowsOf(lines: Line[]): Word[][] {
  const rows = new Map<number, Word[]>();
  for (const l of lines) rows.set(l.row, [...(rows.get(l.row) ?? []), ...l.words]);
  return [...rows.values()].map((ws) => ws.sort((a, b) => a.box[0] - b.box[0]));
}

/** The word at row[i] follows a mark close before it (a box's width, not a column gap). */
export const ticked = (row: Word[], i: number) => i > 0 && boxBefore(row, i)?.marked === true;

/** Rows of a choice, where a box before one of its options is marked ("In store  Online  X TV"). */
export function choiceRows(lines: Line[]): Set<number> {
  const rows = new Set<number>();
  for (const l of lines) if (l.words.some((_, i) => ticked(l.words, i))) rows.add(l.row);
  return rows;
}

/** Words joining an option's parts ("Pass with minor defects"), which a form may print otherwise ("PASS – minor defects"). */
const JOINERS = new Set(['with', 'con', 'avec', 'mit', 'com']);

/**
 * The option of several words all printed in order among `words`, others between ("PASS – minor defects recorded"
 * for "Pass with minor defects"); of several, the one saying most.
 */
export function optionSpelledOut(words: Word[], values: string[]): string | undefined {
  const tokens = words.map(token);
  let best: { option: string; n: number } | undefined;
  for (const option of values) {
    const want = fold(option).split(/[^\p{L}\p{N}]+/u).filter((w) => w && !STOP.has(w) && !JOINERS.has(w));
    if (want.length < 2) continue;
    let at = 0;
    for (const w of want) {
      at = tokens.indexOf(w, at) + 1;
      if (!at) break;
    }
    if (at && (!best || want.length > best.n)) best = { option, n: want.length };
  }
  return best?.option;
}

/**
 * Where each option of a choice is printed: its words, whether its box is marked, and whether a box on its row is
 * (the row is a choice, though the mark be on a word no option names: "X General" for an option called "Standard").
 */
export function optionsPrinted(lines: Line[], options: string[]): { option: string; words: Word[]; row: number; ticked: boolean; markedRow: boolean }[] {
  const out: { option: string; words: Word[]; row: number; ticked: boolean; markedRow: boolean }[] = [];
  const rows = rowsOf(lines);
  rows.forEach((row, r) => {
    const tokens = row.map(token);
    const markedRow = row.some((_, i) => ticked(row, i));
    for (const option of options) {
      for (const [i, n] of printedAt(tokens, option, row)) out.push({ option, words: row.slice(i, i + n), row: r, ticked: ticked(row, i), markedRow });
    }
    // A marked box before words that spell an option out with others between ("X Transfer to another NHS
    // hospital" for "Another hospital"), where no option is printed as such on the row.
    if (!markedRow || out.some((o) => o.row === r)) return;
    row.forEach((_, i) => {
      if (!ticked(row, i)) return;
      const end = row.findIndex((w, k) => k > i && MARK.test(w.text));
      const words = row.slice(i, end < 0 ? row.length : end);
      const option = optionSpelledOut(words, options);
      if (option) out.push({ option, words, row: r, ticked: true, markedRow });
    });
  });
  // A table of options, one to a row, with a column to mark the one chosen ("Premium … £49.99  X"): the
  // row whose mark stands alone at its end, when the other options' rows have none.
  const heads = out.filter((o) => rows[o.row][0] === o.words[0]);
  const marked = heads.filter((o) => {
    const row = rows[o.row];
    return row.length > o.words.length + 1 && MARK.test(row[row.length - 1].text);
  });
  if (marked.length === 1 && new Set(heads.map((o) => o.row)).size >= 2) marked[0].ticked = true;
  return out;
}

/**
 * Where an option is printed among a row's tokens: [index, token count] for each place, word by word
 * ("Red light") or with its words run together or apart otherwise ("FULLSIZE" or "Full size" for "Full-size").
 * An option that ends in a sign ("O+", "A-": blood groups, grades) is printed with it or with its word ("O NEG").
 */
export function printedAt(tokens: string[], option: string, words: Word[]): [number, number][] {
  // Or as other languages print it ("Cão" for Dog, "jährlich" for Annually).
  const translated = (OPTION_TRANSLATIONS[fold(option).trim()] ?? []).flatMap((t) => printedAs(tokens, t.replace(/[^\p{L}\p{N}]/gu, ''), undefined, words));
  return [...printedAs(tokens, fold(option).replace(/[^\p{L}\p{N}]/gu, ''), /^[\p{L}\p{N}]+([+-])$/u.exec(option.trim())?.[1], words), ...translated];
}

function printedAs(tokens: string[], want: string, sign: string | undefined, words: Word[]): [number, number][] {
  if (!want) return [];
  const at: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    let run = '';
    for (let j = i; j < tokens.length && run.length < want.length; j++) {
      run += tokens[j];
      if (!want.startsWith(run)) break;
      if (run !== want || !tokens[i] || !tokens[j]) continue;
      // Printed without a sign ("BLOOD GROUP B"), it may be either; printed with the other sign, it is not this option.
      const other = sign === '+' ? NEGATIVE : POSITIVE;
      if (sign && (sign === '+' ? POSITIVE : NEGATIVE).test(tokens[j + 1] ?? '')) at.push([i, j - i + 2]);
      else if (!sign || !(/[+-]$/.test(words[j].text.trim()) || other.test(tokens[j + 1] ?? '')) || words[j].text.trim().endsWith(sign)) at.push([i, j - i + 1]);
    }
  }
  return at;
}

/** A sign written out ("O NEG", "Rh positivo"). */
const POSITIVE = /^(pos|positive|positiv|positivo|positif)$/;
const NEGATIVE = /^(neg|negative|negativ|negativo|negatif)$/;

/**
 * A yes/no question answered by a ticked box after its label: the marked answer ("[X] No"), or a mark
 * printed right before the label itself ("[X] Police report filed"), which says yes.
 */
export function tickedAnswers(lines: Line[], hits: LabelHit[]): Candidate[] {
  const out: Candidate[] = [];
  const rows = rowsOf(lines);
  for (const h of hits) {
    const row = rows.find((ws) => ws.includes(h.line.words[0]));
    if (!row) continue;
    const start = row.indexOf(h.line.words[h.after - 1]) + 1;
    // The label's own first word: "[X] Accepted" after "Collision Damage Waiver (…):" in one segment.
    const first = row.indexOf(h.line.words[labelStart(h)]);
    const score = 0.3 + 0.5 * h.quality;
    for (let i = start; i < row.length; i++) {
      const t = token(row[i]);
      // (Nothing of the kind ticked, "Refills: [X] None  1  2  3", is a no.)
      if ((YES.test(t) || NO.test(t) || NOTHING.test(t)) && ticked(row, i)) {
        out.push({ words: [row[i - 1], row[i]], literal: YES.test(t) ? 'true' : 'false', score });
        break;
      }
    }
    // The label's own box, marked or left empty: before it ("[ ] Email  [X] Text message"), or after it where the row's
    // boxes follow their options ("CUSTOMER PICKUP [X]  DELIVERY [_]").
    const last = row.indexOf(h.line.words[h.after - 1]);
    const box = boxesFollow(row) ? boxAfter(row, last) : first > 0 ? boxBefore(row, first) : null;
    if (box) out.push({ words: box.words, literal: String(box.marked), score: score - 0.1 });
  }
  return out;
}

/** An empty box as one word: "☐", "[ ]", "[_]", "( )". */
const EMPTY = /^(☐|\[[\s_]*\]|\([\s_]*\))$/;
/** `b` follows `a` close (a box's width, not a column gap). */
const near = (a: Word, b: Word) => b.box[0] - a.box[2] < 2.5 * (b.box[3] - b.box[1]);

/** A box of one or two words ("[", "]") ending at row[i]. */
function boxEndingAt(row: Word[], i: number): { words: Word[]; marked: boolean } | null {
  const w = row[i];
  if (!w) return null;
  if (MARK.test(w.text)) return { words: [w], marked: true };
  if (EMPTY.test(w.text)) return { words: [w], marked: false };
  if (w.text === ']' && row[i - 1]?.text === '[') return { words: [row[i - 1], w], marked: false };
  return null;
}

/** The box printed right before row[i]. */
function boxBefore(row: Word[], i: number) {
  const box = boxEndingAt(row, i - 1);
  return box && near(box.words[box.words.length - 1], row[i]) ? box : null;
}

/** A box of one or two words ("[", "]") starting at row[i]. */
function boxStartingAt(row: Word[], i: number): { words: Word[]; marked: boolean } | null {
  if (row[i]?.text === '[' && row[i + 1]?.text === ']') return { words: [row[i], row[i + 1]], marked: false };
  const box = boxEndingAt(row, i);
  return box?.words.length === 1 ? box : null;
}

/** The box printed right after row[i]. */
function boxAfter(row: Word[], i: number) {
  const next = row[i + 1];
  return next && near(row[i], next) ? boxStartingAt(row, i + 1) : null;
}

/** The row's boxes follow their options: it ends with a box and does not open with one. */
const boxesFollow = (row: Word[]) => !!boxEndingAt(row, row.length - 1) && !boxStartingAt(row, 0);
