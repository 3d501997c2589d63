// Page text for a text-mode model call: words in reading order, one printed line per line, with layout
// hints a model can use to read forms and tables: the line's indentation and wide gaps between words
// (column breaks) kept as runs of spaces, and a blank line between blocks.
import type { Page, Word } from '../types.ts';

/** Points per character column: ~ the advance of a 10-11 pt body font. */
const COLUMN_PT = 6;
/** Most indentation kept, in characters (a right-aligned total still reads as far right). */
const MAX_INDENT = 60;

/** One printed line; `left` is the page's left text margin in points. */
function lineText(words: Word[], left: number): string {
  const sorted = [...words].sort((a, b) => a.box[0] - b.box[0]);
  let out = ' '.repeat(Math.min(MAX_INDENT, Math.max(0, Math.round((sorted[0].box[0] - left) / COLUMN_PT))));
  sorted.forEach((w, i) => {
    if (i > 0) {
      const gapPt = w.box[0] - sorted[i - 1].box[2];
      const height = Math.max(1, w.box[3] - w.box[1]);
      // A gap wider than ~1.5 letter heights is a column break: keep it visible.
      const spaces = gapPt > height * 1.5 ? Math.max(3, Math.min(20, Math.round(gapPt / COLUMN_PT))) : 1;
      out += ' '.repeat(spaces);
    }
    out += w.text;
  });
  return out.trimEnd();
}

export function pageText(page: Page): string {
  const lines = new Map<number, Word[]>();
  for (const w of page.words) lines.set(w.line, [...(lines.get(w.line) ?? []), w]);
  const left = Math.min(...page.words.map((w) => w.box[0]));
  const out: string[] = [];
  let lastBlock: number | null = null;
  for (const [, words] of [...lines.entries()].sort((a, b) => a[0] - b[0])) {
    if (lastBlock !== null && words[0].block !== lastBlock) out.push('');
    lastBlock = words[0].block;
    out.push(lineText(words, left));
  }
  return out.join('\n');
}

/** Pages grouped so that each group's text fits the budget (a page never splits). */
export function chunkPages(pages: Page[], budgetChars: number, maxPages = Infinity): Page[][] {
  const chunks: Page[][] = [];
  let current: Page[] = [];
  let size = 0;
  for (const p of pages) {
    const len = pageText(p).length + 20;
    if (current.length && (size + len > budgetChars || current.length >= maxPages)) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(p);
    size += len;
  }
  if (current.length) chunks.push(current);
  return chunks;
}
