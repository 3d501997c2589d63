// Builds pages of words from a plain layout description, as a text layer would give them: each row is
// `[y, [x, text], [x, text]...]`; words get boxes from a fixed advance per character. And runs the offline
// extractor over one such page.
import { createOfflineProvider } from '../../../src/engine/offline/index.ts';
import { runExtraction } from '../../../src/engine/pipeline.ts';
import type { FieldDef, Page, Word } from '../../../src/engine/types.ts';

const ADVANCE = 5.5;
const SIZE = 10;

/** A row: its top y, then cells `[x, text]`, or `[x, text, size]` for print of another size than the body's. */
export type Row = [number, ...([number, string] | [number, string, number])[]];

export function pageOf(rows: Row[], confidence = 100): Page {
  const words: Word[] = [];
  rows.forEach(([y, ...cells], line) => {
    for (const [x0, text, size = SIZE] of cells) {
      let x = x0;
      const advance = (ADVANCE * size) / SIZE;
      for (const t of text.split(' ')) {
        if (t) words.push({ id: `p1-w${words.length}`, text: t, box: [x, y, x + t.length * advance, y + size], confidence, line, block: 0 });
        x += (t.length + 1) * advance;
      }
    }
  });
  return { number: 1, width: 595, height: 842, unit: 'pt', rotation: 0, source: 'text', words };
}

export const textOf = (page: Page) => page.words.map((w) => w.text).join(' ');

/** The offline extraction's whole output for `fields` on one page (values and their confidence). */
export const run = (fields: FieldDef[], page: Page) => runExtraction(createOfflineProvider(), { schema: { fields }, pages: [page], text: textOf(page), mode: 'advanced' });

/** The values alone. */
export const extract = async (fields: FieldDef[], page: Page) => (await run(fields, page)).results;
