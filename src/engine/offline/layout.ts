// Where a label's value sits: right of it in its segment (after a colon), in the next segment of its
// row, or in the row below, under the label (label-above-value layouts and table-like headers).
import type { Word } from '../types.ts';
import type { LabelHit } from './labels.ts';
import type { Line } from './lines.ts';

const PUNCT = /^[:#.\-–=|*>]+$/;

/** Nothing but an aside in parentheses ("(print name)", "(DD/MM/YYYY)"): the label's own qualifier, no value. */
export const asideOnly = (ws: Word[]) => ws.length > 0 && /^\(/.test(ws[0].text) && /\):?$/.test(ws[ws.length - 1].text) && ws.slice(0, -1).every((w) => !/\)/.test(w.text));

/** Words a label may hold after the first: letters and the marks of "No.", "Reg.", "Nº", "#". */
const LABEL_WORD = /^[\p{L}][\p{L}.'’ºª°/&-]*\.?$|^(#|nº|n°)$/u;

/**
 * Where the next label starts in `words`, from `from` on: a few words ending at a colon after a value ending in a
 * digit or an email ("+1 416 618 3361 Email: …", "GB 113 6928 39 Company Reg No: …"); -1 for none.
 */
export function nextLabelAt(words: Word[], from: number): number {
  for (let j = from; j < words.length; j++) {
    if (!/\p{L}.*:$/u.test(words[j].text)) continue;
    let start = j;
    while (start > from && j - start < 3 && LABEL_WORD.test(words[start - 1].text)) start--;
    if (start > 0 && start >= from && /[\d@]/.test(words[start - 1].text) && LABEL_WORD.test(words[j].text.replace(/:$/, ''))) return start;
  }
  return -1;
}

/** Words after a label in its own segment, separators dropped, up to the next label printed in it. */
export function afterLabel(hit: LabelHit): Word[] {
  let rest = hit.line.words.slice(hit.after);
  if (asideOnly(rest)) return [];
  // The label's own qualifier up to its colon ("Bank account (IBAN): ...", "Amount (EUR): ...").
  const colon = rest.findIndex((w) => /:$/.test(w.text));
  if (colon >= 0 && colon < 3 && /^\(/.test(rest[0].text) && /\):$/.test(rest[colon].text)) rest = rest.slice(colon + 1);
  // The label printed again in another language ("Invoice No. / Rechnungsnr.:"), up to its colon, is no value;
  // with no colon, a few words without digits ending the segment are that label too.
  if (rest.length && /^[/|]$/.test(rest[0].text)) {
    const end = rest.findIndex((w) => /:$/.test(w.text));
    if (end >= 0 && end <= 4) rest = rest.slice(end + 1);
    else if (rest.length <= 4 && rest.every((w) => !/\d/.test(w.text))) rest = [];
  }
  // A blank left to fill in ("Shipper's signature ________"): the words before it are the label's, no value is printed.
  if (rest.some((w) => /^_{3,}$/.test(w.text))) return [];
  // The label goes on to its colon ("Période de facturation : du …" matched by "période"): those words are the label's.
  const ends = rest.findIndex((w) => /:$/.test(w.text));
  if (ends >= 0 && ends < 3 && rest.slice(0, ends + 1).every((w) => !/\d/.test(w.text))) rest = rest.slice(ends + 1);
  while (rest.length && PUNCT.test(rest[0].text)) rest.shift();
  if (rest.length && /^[:#]/.test(rest[0].text)) rest[0] = { ...rest[0], text: rest[0].text.replace(/^[:#]+/, '') };
  const next = nextLabelAt(rest, 1);
  if (next > 0) rest = rest.slice(0, next);
  return rest.filter((w) => w.text.trim() !== '');
}

/**
 * A segment that is a printed rule or a box's border as OCR reads it ("—]—[—]o]]—", "--------"): fewer than
 * two of five of its glyphs are letters or digits. No value sits in it, and a row of them is no row of values.
 */
export function ruleOnly(line: Line): boolean {
  const glyphs = line.text.replace(/\s/g, '');
  return glyphs.length > 0 && (glyphs.match(/[\p{L}\p{N}]/gu)?.length ?? 0) < 0.4 * glyphs.length;
}

/** Segments of the same row right of `line`, nearest first. */
export function rightOf(lines: Line[], line: Line): Line[] {
  return lines.filter((l) => l.row === line.row && l.box[0] >= line.box[2] - 2).sort((a, b) => a.box[0] - b.box[0]);
}

/**
 * Segments of the first row below `line` that overlap it horizontally (within a few line heights). A row
 * holding only another column's text, set between this column's rows, is passed over.
 */
export function below(lines: Line[], line: Line, x0 = line.box[0], x1 = line.box[2]): Line[] {
  const h = line.box[3] - line.box[1] || line.bodyHeight;
  const next = lines.find((l) => l.page === line.page && l.row > line.row && l.box[1] >= line.box[1] + 0.5 * h && l.box[2] > x0 - 2 * h && l.box[0] < x1 + 2 * h && !ruleOnly(l));
  if (!next || next.box[1] - line.box[3] > 2.5 * h) return [];
  return lines.filter((l) => l.row === next.row && l.box[2] > x0 - 2 * h && l.box[0] < x1 + 2 * h);
}

/** Segments of the nearest row above `line` that overlap it horizontally (within a couple of line heights). */
export function above(lines: Line[], line: Line, x0 = line.box[0], x1 = line.box[2]): Line[] {
  const h = line.box[3] - line.box[1] || line.bodyHeight;
  const prev = [...lines].reverse().find((l) => l.page === line.page && l.row < line.row && l.box[3] <= line.box[3] - 0.5 * h && !ruleOnly(l));
  if (!prev || line.box[1] - prev.box[3] > 2.5 * h) return [];
  return lines.filter((l) => l.row === prev.row && l.box[2] > x0 - 2 * h && l.box[0] < x1 + 2 * h);
}

/** A few words without a colon or a digit, but for a section's number ("3. EMERGENCY CONTACT", "B) Vehicle"). */
const headingLike = (l: Line) => {
  const text = l.text.replace(/^(\d{1,2}|[A-Z]|[IVX]{1,4})[.)]\s+/, '');
  return text.split(/\s+/).length <= 5 && !/[:@\d]/.test(text) && /\p{L}{2,}/u.test(text);
};

/**
 * The heading of the block `line` sits in ("Sender", "BILL TO", "Beneficiary"): the nearest line above it in its
 * column, a few words without a colon or a digit, alone in its row or beside the headings of blocks printed side by
 * side ("PICK-UP" | "RETURN DUE": two or three, in capitals); lines in `notHeadings` (labels) are passed over.
 */
export function blockHeading(lines: Line[], line: Line, notHeadings: Set<Line> = new Set()): Line | undefined {
  const h = line.bodyHeight;
  for (let i = line.index - 1; i >= 0; i--) {
    const l = lines[i];
    if (l.page !== line.page || line.box[1] - l.box[3] > 14 * h) return undefined;
    if (l.row === line.row || notHeadings.has(l) || Math.abs(l.box[0] - line.box[0]) >= 2 * h) continue;
    let [a, b] = [i, i];
    while (lines[a - 1]?.row === l.row) a--;
    while (lines[b + 1]?.row === l.row) b++;
    const row = lines.slice(a, b + 1);
    const besideHeadings = row.length <= 3 && row.every((o) => headingLike(o) && !/\p{Ll}/u.test(o.text));
    if ((row.length === 1 || besideHeadings) && headingLike(l)) return l;
  }
  return undefined;
}

export interface Placed {
  words: Word[];
  /** How the value relates to its label: 1 same segment or a near cell of its row, less for a far cell, 0.8 below, 0.6-0.8 above. */
  placement: number;
}

const height = (l: Line) => l.box[3] - l.box[1] || l.bodyHeight;

/** The line right under `label`, in its column, sits nearer it than `over` (printed right over it) does: the label heads a cell, no caption. */
export const headsNearer = (lines: Line[], label: Line, over: Line) => {
  const under = below(lines, label, label.box[0], label.box[2]).filter((l) => l.box[0] < label.box[2] && l.box[2] > label.box[0]);
  return under.some((l) => l.box[1] - label.box[3] < label.box[1] - over.box[3]);
};

/** A label printed in smaller type than the value under it: a form's boxed cell ("GROSS WEIGHT (KG)" over "57.0"), not a table's header. */
export const smallPrint = (label: Line, value: Line) => height(label) < 0.85 * height(value);
/** A segment's words, separators at its ends dropped (one between words stays: "1 June 2024 - 1 July 2024"). */
const valueWords = (l: Line | undefined) => {
  const ws = l?.words ?? [];
  let [a, b] = [0, ws.length];
  while (a < b && PUNCT.test(ws[a].text)) a++;
  while (b > a && PUNCT.test(ws[b - 1].text)) b--;
  return ws.slice(a, b);
};

/**
 * A table's header row (four or more headings, no digit, no colon) over a row of as many cells: the heading
 * beside the label heads the next column ("Flight  Date  From  To" over "LH1288  25 MAY 2023  MUC  LIS").
 */
function headerRow(lines: Line[], label: Line, underLine: Line | undefined, right: Line): boolean {
  // The label's own cell under it, a column's left edge (not a value of the next column).
  if (!underLine || Math.abs(underLine.box[0] - label.box[0]) > 2 * label.bodyHeight) return false;
  const headings = lines.filter((l) => l.row === label.row);
  const cells = lines.filter((l) => l.row === underLine.row);
  // Three segments side by side may be a name, a label and its value (a statement's address block beside its details).
  if (headings.length < 4 || cells.length < 3 || headings.some((l) => /[\d:]/.test(l.text))) return false;
  // Headings in capitals or in smaller print than the cells under them head columns, whatever the cells hold; so do
  // five or more (labels beside their values make two or four segments of a row).
  if (headings.length >= 5 || headings.every((l) => !/\p{Ll}/u.test(l.text) || smallPrint(l, underLine))) return true;
  // Rows of labels beside their values ("Patient name  Thomas Brennan" over "Date of birth  1 June 1988"): the row
  // below is a label without a digit under this one, a value with digits under its neighbour.
  const underRight = cells.find((l) => Math.abs(l.box[0] - right.box[0]) <= 2 * label.bodyHeight);
  return !(!/\d/.test(underLine.text) && underRight && /\d/.test(underRight.text));
}

/** Of segments `ls`, the one that is no label whose left edge is nearest `x`. */
export const nearestAt = (ls: Line[], x: number, isLabel: (l: Line) => boolean) =>
  ls.filter((l) => !isLabel(l)).sort((a, b) => Math.abs(a.box[0] - x) - Math.abs(b.box[0] - x))[0];

/**
 * The values a label may announce, wherever the layout puts them: after it in its segment (then nothing
 * else), in the next cell of its row (less sure the farther it is: another column's text sits there too),
 * under it, or above it when the label is a caption printed under its value. A neighbour that is itself a
 * label announces its own value, not this one's.
 */
export function valuesOf(lines: Line[], hit: LabelHit, isLabel: (l: Line) => boolean): Placed[] {
  const labelWords = hit.line.words.slice(0, hit.after);
  const x0 = labelWords[0].box[0];
  const x1 = labelWords[labelWords.length - 1].box[2];
  const nearest = (ls: Line[]) => nearestAt(ls, x0, isLabel);
  const underLine = nearest(below(lines, hit.line, x0, x1));
  const own = afterLabel(hit);
  // A boxed cell's label goes on after the words matched ("SHIPPER'S NAME AND ADDRESS" over the name): in small
  // print, with no colon and no digit, the rest is the label's too and the value is under it.
  const cellLabel = !!underLine && smallPrint(hit.line, underLine) && !/:/.test(hit.line.text) && !own.some((w) => /\d/.test(w.text));
  if (own.length && !cellLabel) return [{ words: own, placement: 1 }];
  const out: Placed[] = [];
  const h = height(hit.line);
  const right = rightOf(lines, hit.line)[0];
  // A row of boxed cells, each label in small print over its value: the small print beside the label is the
  // next cell's label, not this one's value.
  const nextCellLabel = !!right && !!underLine && smallPrint(hit.line, underLine) && smallPrint(right, underLine) && !/\d/.test(right.text);
  // A cell opening with a label of its own ("Species: X Dog") holds that label's value.
  const ownLabel = (l: Line) => /^\p{L}[\p{L} .'’/-]{1,30}:\s/u.test(l.text);
  if (right && !nextCellLabel && !headerRow(lines, hit.line, underLine, right) && !/:$/.test(right.text) && !isLabel(right) && !ownLabel(right) && valueWords(right).length) {
    const gap = (right.box[0] - hit.line.box[2]) / hit.line.bodyHeight;
    out.push({ words: valueWords(right), placement: gap <= 8 ? 1 : Math.max(0.6, 1 - 0.02 * (gap - 8)) });
  }
  // Under the label: the segment of the next row whose left edge is nearest the label's.
  const under = valueWords(underLine);
  if (under.length) out.push({ words: under, placement: 0.8 });
  // A caption: the label alone in its segment, its value above it (surer when the caption is the smaller print).
  const alone = (hit.after === hit.line.words.length || asideOnly(hit.line.words.slice(hit.after))) && labelWords[0] === hit.line.words[0];
  // Not when a value sits right under the label, nearer than the line over it: then the label heads that value's cell.
  const overLine = alone ? nearest(above(lines, hit.line, x0, x1)) : undefined;
  const over = overLine && !headsNearer(lines, hit.line, overLine) ? overLine : undefined;
  if (over && valueWords(over).length) out.push({ words: valueWords(over), placement: h < 0.85 * height(over) ? 0.8 : 0.6 });
  return out;
}
