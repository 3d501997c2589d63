// Builds pages of words from a plain layout description, as a text layer would give them: each row is
// `[y, [x, text], [x, text]...]`; words get boxes from a fixed advance per character.
import type { Page, Word } from '../../../src/engine/types.ts';

const ADVANCE = 5.5;
const SIZE = 10;

export type Row = [number, ...[number, string][]];

export function pageOf(rows: Row[], confidence = 100): Page {
  const words: Word[] = [];
  rows.forEach(([y, ...cells], line) => {
    for (const [x0, text] of cells) {
      let x = x0;
      for (const t of text.split(' ')) {
        if (t) words.push({ id: `p1-w${words.length}`, text: t, box: [x, y, x + t.length * ADVANCE, y + SIZE], confidence, line, block: 0 });
        x += (t.length + 1) * ADVANCE;
      }
    }
  });
  return { number: 1, width: 595, height: 842, unit: 'pt', rotation: 0, source: 'text', words };
}

export const textOf = (page: Page) => page.words.map((w) => w.text).join(' ');
