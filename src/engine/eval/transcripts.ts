// SROIE ground-truth transcripts (`box/<id>.csv`: x1,y1,...,x4,y4,text per printed line) as pages of
// words: extraction measured apart from OCR errors (a development aid; the scoreboard reads the images).
import type { Page, Word } from '../types.ts';

export function pagesFromBoxCsv(csv: string): Page[] {
  const words: Word[] = [];
  let width = 0;
  let height = 0;
  let line = 0;
  for (const row of csv.split(/\r?\n/)) {
    const m = row.match(/^(\d+),(\d+),(\d+),(\d+),(\d+),(\d+),(\d+),(\d+),(.*)$/);
    if (!m) continue;
    const xs = [+m[1], +m[3], +m[5], +m[7]];
    const ys = [+m[2], +m[4], +m[6], +m[8]];
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    width = Math.max(width, x1);
    height = Math.max(height, y1);
    const tokens = m[9].trim().split(/\s+/).filter(Boolean);
    const chars = Math.max(1, m[9].trim().length);
    let offset = 0;
    for (const t of tokens) {
      const start = m[9].indexOf(t, offset);
      offset = start + t.length;
      const a = x0 + ((x1 - x0) * start) / chars;
      const b = x0 + ((x1 - x0) * offset) / chars;
      words.push({ id: `p1-w${words.length}`, text: t, box: [a, y0, b, y1], confidence: 95, line, block: 0 });
    }
    line++;
  }
  return [{ number: 1, width: width + 20, height: height + 20, unit: 'pt', rotation: 0, source: 'ocr', words }];
}
