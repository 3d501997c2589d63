// The labels a document prints and the values beside them, found from its layout alone (no schema): what a
// schema proposed from a sample document is made of. A label is "Label: value" in one segment (several in a
// footer line), a label ending in a colon with its value in the next cell or under it, a key/value block read by
// its alignment, a cell heading in capitals or small print over its value, a caption under it, a short label
// beside a number, date, code or email, or a question or label before boxes to tick (a choice).
import { parseDate } from '../normalize/index.ts';
import type { Word } from '../types.ts';
import { isLabelLine, type LabelHit } from './labels.ts';
import type { Line } from './lines.ts';
import { blockHeading, nextLabelAt, smallPrint, valuesOf, type Placed } from './layout.ts';
import { typeFromValue } from './field-types.ts';
import { CURRENCY_CODES } from './amounts.ts';
import { COMPANY_MARKERS, fold, LEGAL_FORMS } from './vocabulary.ts';

export interface PrintedPair {
  /** The label as printed, its colon dropped. */
  label: string;
  line: Line;
  value: Word[];
  /** The heading of the block the label sits in ("Beneficiary", "BILL TO"), to tell repeated labels apart. */
  section?: string;
  /** The options of a choice printed after the label as boxes to tick ("[] Auto [X] Home", "X Yes  No"). */
  options?: string[];
}

/** A box to tick as printed or read by OCR: "[X]", "[ ]", "[]", "[_]", "[|", "☐", "☒". */
const BOX = /\[\s*[xX✓✔_|]?\s*\]?|[☐☒☑□■]/g;

/**
 * The options of a choice printed as boxes to tick ("[] Auto [X] Home [] Travel"): the words after each box, up to
 * four and to a capital starting the text after the last option; null for fewer than two boxes.
 */
function boxedOptions(value: string): string[] | null {
  const parts = value.split(BOX);
  if (parts.length < 3) return null;
  const options = parts.slice(1).map((part) => {
    const words = part.replace(/^[\s—–-]+/, '').split(/\s+/).filter(Boolean);
    const end = words.findIndex((w, i) => i > 0 && /^\p{Lu}/u.test(w));
    return words.slice(0, Math.min(4, end < 0 ? words.length : end)).join(' ').replace(/[\s.,;:—–-]+$/, '');
  });
  return options.length >= 2 && options.every((o) => /\p{L}{2,}/u.test(o)) ? [...new Set(options)] : null;
}

/** The choice printed after a label in its row: boxes to tick, or options in cells of their own, one marked "X". */
function choiceAfter(lines: Line[], line: Line, after: number): string[] | undefined {
  const cells = lines.filter((l) => l.row === line.row && l.box[0] > line.box[0]);
  const text = [...line.words.slice(after).map((w) => w.text), ...cells.map((l) => l.text)].join(' ');
  const boxed = boxedOptions(text);
  if (boxed) return boxed;
  // "Type of claim:  Auto  Home  Travel  X Health": short cells, no digit, one opening with a mark.
  const options = [line.words.slice(after).map((w) => w.text).join(' '), ...cells.map((l) => l.text)].filter(Boolean);
  if (options.length < 2 || options.some((o) => /\d/.test(o) || o.split(' ').length > 4) || options.filter((o) => MARKED.test(o)).length !== 1) return undefined;
  return options.map((o) => o.replace(MARKED, ''));
}
const MARKED = /^[xX✓✔☒☑■]\s+/;

/** Words a label may hold: letters, and the marks of "No.", "Nº", "#", "(EUR)", "D.O.B.", "Name/Surname". */
const LABEL_WORD = /^[(¿]?[\p{L}][\p{L}.'’ºª°/&()-]*[.)]?[:：?]?$|^(#|nº|n°|no\.?|&|\/|-|–)$/iu;
const MAX_LABEL_WORDS = 6;
const MAX_QUESTION_WORDS = 12;
const text = (ws: Word[]) => ws.map((w) => w.text).join(' ');

/** A form's box code before a label: a capital with a dot and its number ("A.", "D.1", "P.3"). */
const BOX_CODE = /^[A-Z]\.(\d{1,2}\.?)?$/;

/** A rate a label prints beside its name ("VAT 20%", "IVA (21%)", "GST @ 6%"): the label's, not a value. */
const RATE = /^[(@]?\d{1,2}([.,]\d{1,3})?\s?%\)?:?$/;

/** Printed as a label could be: a few words, no digit but one rate, not a sentence. */
export function labelLike(words: Word[]): boolean {
  // A form's box code before the label ("D.1 Make", "E. Vehicle identification number") is the box's, not a digit of the label.
  if (words.length > 1 && BOX_CODE.test(words[0].text)) words = words.slice(1);
  // A rate printed apart from its sign ("TVA 20 % :") is one rate.
  words = words.flatMap((w, i) => (words[i + 1]?.text.startsWith('%') && /^\d{1,2}([.,]\d{1,3})?$/.test(w.text) ? [] : w.text.startsWith('%') && /^\d/.test(words[i - 1]?.text ?? '') ? [{ ...w, text: `${words[i - 1].text}${w.text}` }] : [w]));
  if (!words.length || words.length > MAX_LABEL_WORDS || words.filter((w) => RATE.test(w.text)).length > 1) return false;
  const t = text(words);
  return t.length <= 48 && /\p{L}{2,}/u.test(t) && words.every((w) => LABEL_WORD.test(w.text) || RATE.test(w.text) || w.text === '@') && !(words.length >= 3 && /\p{Ll}{4,}\.$/u.test(t));
}

/** The label's words as a name: its rate, colon and the separators at its ends dropped. */
const labelText = (words: Word[]) =>
  text(words.filter((w, i) => !RATE.test(w.text) && w.text !== '@' && !(i === 0 && words.length > 1 && BOX_CODE.test(w.text))))
    .replace(/\s*[:：]$/, '')
    .replace(/\s*\(?\d{1,2}([.,]\d{1,3})?\s?%\)?/g, '')
    .replace(/^[\s\-–/&]+|[\s\-–/&]+$/g, '')
    .trim();

/** One code with digits in it ("832645949RT0001", "B-12345678"). */
const IDENTIFIER = /^(?=\S*\d{4})[\p{Lu}\d][\p{Lu}\d./-]{3,}$/u;

/** "Tel. +1 416 259 6589", "E-mail info@x.com": words of the vocabulary's labels, then a phone, an email, a date or an amount. */
function knownLabelEnd(line: Line): number {
  for (let k = Math.min(3, line.words.length - 1); k >= 1; k--) {
    const label = line.words.slice(0, k);
    const rest = text(line.words.slice(k));
    // A currency's code before an amount ("EUR 18 220,14") is the amount's, no label.
    if (!isLabelLine({ ...line, words: label, text: text(label) }) || !fold(text(label)).replace(CURRENCY_CODES, '').replace(/[\s.]/g, '')) continue;
    if (/@/.test(rest) || (/^[+(]?\d/.test(rest) && typeFromValue(rest) !== 'string') || PHONE.test(rest) || IDENTIFIER.test(rest)) return k;
  }
  return -1;
}

/** Where a segment's colon label ends: the index after the word carrying its colon ("Amount:" or "Amount :"). */
function colonLabelEnd(line: Line): number {
  const k = line.words.findIndex((w, i) => /[:：]$/.test(w.text) && (/\p{L}/u.test(w.text) || i > 0));
  if (k >= 0 && k < MAX_LABEL_WORDS) {
    const label = line.words.slice(0, k + 1).filter((w) => !/^[:：]$/.test(w.text));
    return labelLike(label) ? k + 1 : -1;
  }
  // A question answered after it ("Are you willing to relocate?  [ ] Yes  [X] No").
  const q = line.words.findIndex((w) => /\p{L}\?$/u.test(w.text));
  return q >= 0 && q < MAX_QUESTION_WORDS && line.words.slice(0, q + 1).every((w) => LABEL_WORD.test(w.text)) ? q + 1 : -1;
}
/**
 * Where labels start and end in one segment: the first at its start (a colon label or a label word before a
 * phone, email or code), and more after a value ending in a digit or an email, each ending at its colon
 * ("Tel. +1 416 618 3361 Email: accounts@x.ca", "VAT Reg No: GB 113 6928 39 Company Reg No: 18659638").
 */
function labelSpans(line: Line): { start: number; after: number }[] {
  const colon = colonLabelEnd(line);
  const first = colon > 0 ? colon : knownLabelEnd(line);
  if (first <= 0) return [];
  const spans = [{ start: 0, after: first }];
  for (let start = nextLabelAt(line.words, first + 1); start > 0; start = nextLabelAt(line.words, spans[spans.length - 1].after + 1)) {
    const after = line.words.findIndex((w, k) => k >= start && /:$/.test(w.text)) + 1;
    spans.push({ start, after });
  }
  return spans;
}

const lower = (l: Line) => /\p{Ll}/u.test(l.text);
const upper = (l: Line) => /\p{Lu}/u.test(l.text) && !lower(l);
/** A value with a shape of its own: a date, an amount, a count, a yes/no or an email; not a name or an address. */
const shaped = (l: Line) => /@/.test(l.text) || typeFromValue(l.text) !== 'string' || IDENTIFIER.test(l.text) || PHONE.test(l.text) || CODE_GROUPS.test(l.text) || (l.text.length <= 48 && !!parseDate(l.text));
/** A code printed in groups of capitals and digits ("GB11 NWBK 5535 7433 3504 28", "1Z 599 A67 60 7751 6236"). */
const CODE_GROUPS = /^(?=(?:\D*\d){5})[\p{Lu}\d]+( [\p{Lu}\d]+)+$/u;

/** A phone number as printed: digits in groups, a leading "+" or area code in brackets. */
const PHONE = /^\+?[\d() .-]{7,}$/;

/**
 * A heading over a cell, without a colon: in smaller print than the cell, in capitals over a cell that is not,
 * in the words of the vocabulary's labels ("Bill to" over a name), or in capitals over a value with a shape of its
 * own; not a company's name over its street.
 */
const headsCell = (label: Line, value: Line) =>
  !isLabelLine(value) && !/:$/.test(value.text) && !titles(label, value) && (smallPrint(label, value) || (upper(label) && !upper(value)) || isLabelLine(label) || (shaped(value) && upper(label)));

/** Printed larger than the line under it: a title over the page ("AIR WAYBILL" over "Not negotiable"), no cell's heading. */
const titles = (label: Line, value: Line) => label.box[3] - label.box[1] > 1.25 * (value.box[3] - value.box[1]);

/** A caption in small print right under `line`, with no value beside it, says `line` is a value ("Sofia Lindqvist" over "Signature"). */
const captioned = (lines: Line[], line: Line) =>
  lines.some(
    (l) =>
      l.row > line.row && l.page === line.page && l.box[1] - line.box[3] < 0.5 * line.bodyHeight && Math.abs(l.box[0] - line.box[0]) < line.bodyHeight && smallPrint(l, line) && labelLike(l.words) &&
      !lines.some((o) => o.row === l.row && o.box[0] > l.box[2] && shaped(o)),
  );

/** An organisation's name is no label ("Cascade Outdoor Gear Inc" over its street). */
const namesOrganisation = (l: Line) => LEGAL_FORMS.test(l.folded) || COMPANY_MARKERS.test(l.folded);

/** The value placed surest: the next cell far right of a label yields to the cell under it ("Bill to:" over the customer). */
const bestPlaced = (placed: Placed[]) => placed.reduce<Placed | undefined>((a, p) => (!a || p.placement > a.placement ? p : a), undefined);

function hitOf(line: Line, after: number): LabelHit {
  return { line, after, quality: 1, exact: true, label: text(line.words.slice(0, after)) };
}

/** The head of a page where titles are printed (a share of its height). */
const TITLE_ZONE = 0.2;

/** Rows of a key/value block in a row, at least three, label under label and value under value. */
const MIN_BLOCK_ROWS = 3;

/**
 * Labels of key/value blocks: three or more rows close under each other, each a short label without a colon and
 * the value right of it, the labels starting at one x and the values at another ("Account name  Margaret Ellison"
 * over "Sort code  03-57-99" over "IBAN  GB11 …"). The alignment says they are pairs, whatever a value looks like,
 * when most values look unlike labels (a grid of headings does not).
 */
function blockLabels(lines: Line[], rows: Map<number, Line[]>): Map<Line, Line> {
  const out = new Map<Line, Line>();
  const pairs = lines
    .map((l) => {
      const row = rows.get(l.row)!;
      const right = row[row.indexOf(l) + 1];
      return right && labelLike(l.words) && !/:/.test(l.text) ? { label: l, value: right } : undefined;
    })
    .filter((p): p is { label: Line; value: Line } => !!p);
  const near = (a: number, b: number, h: number) => Math.abs(a - b) <= h / 3;
  for (const p of pairs) {
    if (out.has(p.label)) continue;
    const h = p.label.bodyHeight;
    const block = [p];
    for (const q of pairs) {
      const last = block[block.length - 1];
      if (q.label.row <= last.label.row || q.label.page !== last.label.page) continue;
      if (q.label.box[1] - last.label.box[3] > 1.5 * h) break;
      if (near(q.label.box[0], p.label.box[0], h) && near(q.value.box[0], p.value.box[0], h)) block.push(q);
    }
    // Most values unlike labels, or all printed otherwise than their labels (in capitals, larger): not a grid of headings.
    const values = block.filter((b) => !labelLike(b.value.words)).length;
    const contrast = block.every((b) => !lower(b.value) && lower(b.label)) || block.every((b) => smallPrint(b.label, b.value));
    if (block.length >= MIN_BLOCK_ROWS && (values >= block.length / 2 || contrast)) for (const b of block) out.set(b.label, b.value);
  }
  return out;
}

/** Every label/value pair printed, in reading order; segments in `skip` (a table's) are neither. */
export function printedPairs(lines: Line[], skip: Set<Line> = new Set()): PrintedPair[] {
  /** Labels found; `cell`: the value's segment when the layout that found the label says where it is. */
  const found: { line: Line; after: number; start?: number; end?: number; cell?: Line }[] = [];
  /** Cells under a heading found: values, whatever they look like. */
  const cells = new Set<Line>();
  const rows = new Map<number, Line[]>();
  for (const l of lines) rows.set(l.row, [...(rows.get(l.row) ?? []), l]);
  const block = blockLabels(lines, rows);
  for (const line of lines) {
    if (skip.has(line)) continue;
    if (block.has(line)) {
      found.push({ line, after: line.words.length, cell: block.get(line) });
      cells.add(block.get(line)!);
      continue;
    }
    const spans = labelSpans(line);
    if (spans.length) {
      spans.forEach((span, k) => found.push({ line, ...span, end: spans[k + 1]?.start }));
      continue;
    }
    // Print larger than the body's at the head of the page is a title ("Invoice", "BOARDING PASS"), no label.
    if (cells.has(line) || !labelLike(line.words) || namesOrganisation(line) || (line.y < TITLE_ZONE && line.box[3] - line.box[1] > 1.3 * line.bodyHeight)) continue;
    const row = rows.get(line.row)!;
    const at = row.indexOf(line);
    // A label before a choice printed in its row ("CLAIM TYPE  [] Auto  [X] Home").
    if (row[at + 1] && choiceAfter(lines, line, line.words.length)) {
      found.push({ line, after: line.words.length, cell: row[at + 1] });
      continue;
    }
    const [left, right, next] = [row[at - 1], row[at + 1], row[at + 2]];
    // A short label and the value beside it, the last of its row or before another label ("Invoice No.  INV-88741"
    // right of an address); not one cell of a row of numbers, nor the value of a label left of it.
    if (right && !captioned(lines, line) && (shaped(right) || (isLabelLine(line) && !labelLike(right.words))) && line.words.length <= 4 && (!next || labelLike(next.words)) && (!left || (!shaped(left) && !/:$/.test(left.text) && !cells.has(left)))) {
      found.push({ line, after: line.words.length, cell: right });
      continue;
    }
    // Otherwise only first in its row, in a row of headings, or in the words of the vocabulary's labels ("Bill to"
    // right of the issuer's block): a cell right of a label is its value.
    if (at > 0 && !isLabelLine(line) && !row.every((l) => labelLike(l.words) && !/:/.test(l.text))) continue;
    const under = lines.find((l) => l.row > line.row && l.page === line.page && l.box[1] - line.box[3] < 1.5 * line.bodyHeight && Math.abs(l.box[0] - line.box[0]) < 1.5 * line.bodyHeight);
    const over = lines.findLast((l) => l.row < line.row && l.page === line.page && line.box[1] - l.box[3] < 1.5 * line.bodyHeight && Math.abs(l.box[0] - line.box[0]) < 1.5 * line.bodyHeight);
    const heads = !!under && !skip.has(under) && headsCell(line, under);
    // A caption in small print under its value ("FAC-2025-3132" over "Invoice #"); between two values, it
    // captions the one it sits closer to.
    const captions = !!over && !skip.has(over) && smallPrint(line, over) && !isLabelLine(over) && !/:$/.test(over.text) && !(upper(over) && labelLike(over.words));
    if (captions && (!heads || line.box[1] - over!.box[3] < under!.box[1] - line.box[3])) {
      found.push({ line, after: line.words.length, cell: over });
      cells.add(over!);
    } else if (heads) {
      found.push({ line, after: line.words.length });
      cells.add(under!);
    }
  }
  const labels = new Set(found.map((f) => f.line));
  const isLabel = (l: Line) => labels.has(l) || isLabelLine(l);
  const out: PrintedPair[] = [];
  const used = new Set<Word>();
  for (const { line, after, start = 0, end, cell } of found) {
    // A label with another after it in its segment: its value ends where the next label starts.
    const value = (cell ? cell.words : start > 0 || end ? line.words.slice(after, end) : bestPlaced(valuesOf(lines, hitOf(line, after), isLabel))?.words)?.filter((w) => !used.has(w));
    if (!value?.length || value.every((w) => !/[\p{L}\p{N}]/u.test(w.text))) continue;
    for (const w of value) used.add(w);
    const label = labelText(line.words.slice(start, after));
    if (!label) continue;
    out.push({ label, line, value, section: blockHeading(lines, line, labels)?.text, options: choiceAfter(lines, line, after) });
  }
  return out;
}
