// Reading order for words from any source: group into lines (vertical overlap), lines into blocks
// (vertical gaps and column breaks), then number words in order. Ids are stable for a given page.
import type { Box, Word } from '../types.ts';

export interface RawWord {
  text: string;
  box: Box;
  confidence: number;
}

const height = (b: Box) => b[3] - b[1];
const centerY = (b: Box) => (b[1] + b[3]) / 2;

/** Two boxes sit on one line when their vertical extents overlap by most of the smaller height. */
function sameLine(a: Box, b: Box) {
  const overlap = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
  return overlap > 0.5 * Math.min(height(a), height(b));
}

export function layoutWords(pageNumber: number, raw: RawWord[]): Word[] {
  const words = raw.filter((w) => w.text.trim() !== '').sort((a, b) => centerY(a.box) - centerY(b.box) || a.box[0] - b.box[0]);
  const lines: RawWord[][] = [];
  for (const w of words) {
    // Compare with the last few lines only: lines are built top-down.
    const line = lines.slice(-3).reverse().find((l) => sameLine(l[l.length - 1].box, w.box) || sameLine(l[0].box, w.box));
    if (line) line.push(w);
    else lines.push([w]);
  }
  for (const l of lines) l.sort((a, b) => a.box[0] - b.box[0]);
  lines.sort((a, b) => Math.min(...a.map((w) => w.box[1])) - Math.min(...b.map((w) => w.box[1])));

  const out: Word[] = [];
  let block = 0;
  let previous: { bottom: number; height: number } | null = null;
  lines.forEach((line, lineIndex) => {
    const top = Math.min(...line.map((w) => w.box[1]));
    const bottom = Math.max(...line.map((w) => w.box[3]));
    const h = bottom - top;
    if (previous && top - previous.bottom > 1.2 * Math.max(h, previous.height)) block++;
    previous = { bottom, height: h };
    for (const w of line) {
      out.push({ id: `p${pageNumber}-w${out.length}`, text: w.text, box: w.box.map((v) => Math.round(v * 100) / 100) as Box, confidence: w.confidence, line: lineIndex, block });
    }
  });
  return out;
}

export function pageText(words: Word[]): string {
  const lines: string[][] = [];
  for (const w of words) (lines[w.line] ??= []).push(w.text);
  return lines.filter(Boolean).map((l) => l.join(' ')).join('\n');
}
