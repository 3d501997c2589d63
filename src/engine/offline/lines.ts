// Lines as the offline extractor sees them. OCR and PDF text layers split a printed row in arbitrary
// ways ("TOTAL" and "9.00" as two lines, or a whole two-column row as one): words are regrouped into
// visual rows (vertical overlap), and each row is cut into segments at wide horizontal gaps, so a
// label and its value sit in neighbouring segments of one row, and columns do not run together.
import type { Box, Page, Word } from '../types.ts';
import { fold } from './vocabulary.ts';

export interface Line {
  page: number;
  /** Index of this segment in reading order (rows top to bottom, segments left to right). */
  index: number;
  /** Index of the visual row the segment belongs to (across pages). */
  row: number;
  words: Word[];
  text: string;
  folded: string;
  box: Box;
  /** Vertical position on the page, 0 (top) .. 1 (bottom). */
  y: number;
  pageWidth: number;
  /** Median word height on the page: the text size a segment is compared with. */
  bodyHeight: number;
}

const height = (b: Box) => b[3] - b[1];
const median = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : 0);

function boxOf(words: Word[]): Box {
  return [Math.min(...words.map((w) => w.box[0])), Math.min(...words.map((w) => w.box[1])), Math.max(...words.map((w) => w.box[2])), Math.max(...words.map((w) => w.box[3]))];
}

const centreY = (w: Word) => (w.box[1] + w.box[3]) / 2;

/** `b` starts before `a` ends (by a third of the narrower word) and sits at another height: another printed line. */
function stacked(a: Word, b: Word): boolean {
  const overlap = Math.min(a.box[2], b.box[2]) - Math.max(a.box[0], b.box[0]);
  const minH = Math.min(height(a.box), height(b.box));
  return overlap > 0.3 * Math.min(a.box[2] - a.box[0], b.box[2] - b.box[0]) && Math.abs(centreY(a) - centreY(b)) > 0.35 * minH;
}

/**
 * A reader's line that holds two printed lines (a skewed scan read as one line, their words interleaved:
 * "LIGHTROOM No: 28, JALAN GALLERY ..."), split back into chains: left to right, each word follows the
 * chain whose last word sits nearest its height, unless it is stacked over that word. Words whose boxes
 * merely overlap at one height (a box drawn too wide) stay in one chain.
 */
export function splitInterleaved(words: Word[]): Word[][] {
  const sorted = [...words].sort((a, b) => a.box[0] - b.box[0]);
  if (!sorted.some((w, i) => sorted.slice(0, i).some((v) => stacked(v, w)))) return [words];
  const chains: Word[][] = [];
  for (const w of sorted) {
    let best: Word[] | undefined;
    let bestDy = Infinity;
    for (const c of chains) {
      const last = c[c.length - 1];
      const dy = Math.abs(centreY(last) - centreY(w));
      if (dy >= 0.75 * Math.min(height(w.box), height(last.box)) || stacked(last, w)) continue;
      if (dy < bestDy) [best, bestDy] = [c, dy];
    }
    if (best) best.push(w);
    else chains.push([w]);
  }
  return chains;
}

/** Groups a page's words into visual rows: a word joins the row its vertical centre falls in. */
function rowsOfPage(words: Word[]): Word[][] {
  const byLine = new Map<number, Word[]>();
  for (const w of words) byLine.set(w.line, [...(byLine.get(w.line) ?? []), w]);
  const lines = [...byLine.values()].flatMap(splitInterleaved).map((ws) => ({ words: ws, box: boxOf(ws) })).sort((a, b) => a.box[1] + a.box[3] - b.box[1] - b.box[3]);
  const rows: { words: Word[]; box: Box }[] = [];
  for (const l of lines) {
    const cy = (l.box[1] + l.box[3]) / 2;
    const row = rows.find((r) => {
      const rc = (r.box[1] + r.box[3]) / 2;
      const overlap = Math.min(r.box[3], l.box[3]) - Math.max(r.box[1], l.box[1]);
      const sideBySide = l.words.every((w) => r.words.every((v) => w.box[0] >= v.box[2] - 2 || w.box[2] <= v.box[0] + 2));
      return sideBySide && overlap > 0.5 * Math.min(height(r.box), height(l.box)) && Math.abs(rc - cy) < 0.6 * Math.max(height(r.box), height(l.box));
    });
    if (row) {
      row.words.push(...l.words);
      row.box = boxOf(row.words);
    } else rows.push({ words: [...l.words], box: l.box });
  }
  return rows.sort((a, b) => a.box[1] - b.box[1]).map((r) => r.words.sort((a, b) => a.box[0] - b.box[0]));
}

/** Cuts a row at gaps wider than about two characters' width of its text. */
function segmentsOf(row: Word[]): Word[][] {
  const h = median(row.map((w) => height(w.box))) || 10;
  const out: Word[][] = [];
  for (const w of row) {
    const last = out[out.length - 1];
    const prev = last?.[last.length - 1];
    if (prev && w.box[0] - prev.box[2] < 1.5 * h) last.push(w);
    else out.push([w]);
  }
  return out;
}

export function linesOf(pages: Page[]): Line[] {
  const out: Line[] = [];
  let rowIndex = 0;
  for (const page of pages) {
    const words = page.words.filter((w) => w.text.trim() !== '');
    const pageHeight = page.height || Math.max(1, ...words.map((w) => w.box[3]));
    const bodyHeight = median(words.map((w) => height(w.box))) || 10;
    for (const row of rowsOfPage(words)) {
      for (const seg of segmentsOf(row)) {
        const text = seg.map((w) => w.text).join(' ');
        const box = boxOf(seg);
        out.push({ page: page.number, index: out.length, row: rowIndex, words: seg, text, folded: fold(text), box, y: box[1] / pageHeight, pageWidth: page.width || box[2], bodyHeight });
      }
      rowIndex++;
    }
  }
  return out;
}

/** Mean OCR confidence of words, 0..1. */
export const wordConfidence = (words: Word[]) => (words.length ? words.reduce((a, w) => a + w.confidence, 0) / words.length / 100 : 0);

/** Probability that every word reads right, from each word's OCR confidence (text layers carry 100). */
export function readingOdds(words: Word[]): number {
  let p = 1;
  for (const w of words) p *= 1 / (1 + Math.exp(-(w.confidence - 50) / 7));
  return p;
}

/** Whole visual rows (segments joined), for readers that need a row at once: table headers and rows. */
export function rowsOf(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const l of lines) {
    const last = out[out.length - 1];
    if (last && last.row === l.row) {
      const words = [...last.words, ...l.words];
      const text = words.map((w) => w.text).join(' ');
      out[out.length - 1] = { ...last, words, text, folded: fold(text), box: boxOf(words) };
    } else out.push({ ...l, index: out.length });
  }
  return out;
}
