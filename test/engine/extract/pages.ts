// Pages built from known words for grounding tests: one text line per string, words left to right,
// with an optional per-word OCR confidence.
import type { Box, Page } from '../../../src/engine/types.ts';

export function page(number: number, lines: string[], options: { confidence?: number; block?: (line: number) => number } = {}): Page {
  let i = 0;
  return {
    number,
    width: 595,
    height: 842,
    unit: 'pt',
    rotation: 0,
    source: options.confidence === undefined ? 'text' : 'ocr',
    words: lines.flatMap((line, l) =>
      line.split(' ').map((text, k) => ({
        id: `p${number}-w${i++}`,
        text,
        box: [50 + k * 80, 50 + l * 20, 120 + k * 80, 62 + l * 20] as Box,
        confidence: options.confidence ?? 100,
        line: l,
        block: options.block?.(l) ?? 0,
      })),
    ),
  };
}

/** The printed text of grounded words. */
export const wordsOf = (pages: Page[], ids: string[]) => ids.map((id) => pages.flatMap((p) => p.words).find((w) => w.id === id)!.text).join(' ');
