// The PDF text layer as words with boxes. pdfjs gives runs of text (about one per line); each run is
// split into words by measured glyph widths (canvas measureText with the run's font), which matches
// pdftotext's word boxes far better than splitting by character count (see shared notes).
import { createCanvas } from '@napi-rs/canvas';
import { Util, type PDFPageProxy } from './pdfjs.ts';
import type { Box } from '../types.ts';
import type { RawWord } from './layout.ts';

/** Confidence given to text-layer words: the text is exact, not recognised. */
export const TEXT_LAYER_CONFIDENCE = 100;

const measure = createCanvas(1, 1).getContext('2d');

/** Ascender / descender (em) of the standard 14 families, from their AFM files. */
const STANDARD_METRICS: Record<string, [number, number]> = {
  'sans-serif': [0.718, -0.207],
  serif: [0.683, -0.217],
  monospace: [0.629, -0.157],
};

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
}

function glyphWidths(text: string, fontFamily: string): number[] {
  measure.font = `100px ${fontFamily || 'sans-serif'}`;
  return [...text].map((ch) => measure.measureText(ch).width || 50);
}

export async function textLayerWords(page: PDFPageProxy): Promise<{ words: RawWord[]; width: number; height: number; rotation: number }> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const styles = content.styles as Record<string, { ascent?: number; descent?: number; fontFamily?: string }>;
  const words: RawWord[] = [];
  for (const raw of content.items) {
    const item = raw as TextItem;
    if (!item.str || !item.str.trim() || !item.transform) continue;
    const m = Util.transform(viewport.transform, item.transform) as number[];
    const fontSize = Math.hypot(m[2], m[3]) || Math.hypot(m[0], m[1]);
    // Unit vector along the text direction (in viewport space), and the "up" vector.
    const len = Math.hypot(m[0], m[1]) || 1;
    const dir = [m[0] / len, m[1] / len];
    const up = [m[2] / (Math.hypot(m[2], m[3]) || 1), m[3] / (Math.hypot(m[2], m[3]) || 1)];
    const style = styles[item.fontName] ?? {};
    // Standard 14 fonts without metrics report NaN: use their AFM ascender/descender (as poppler does).
    const fallback = STANDARD_METRICS[style.fontFamily ?? ''] ?? STANDARD_METRICS['sans-serif'];
    const ascent = Number.isFinite(style.ascent) && style.ascent ? style.ascent! : fallback[0];
    const descent = Number.isFinite(style.descent) && style.descent ? style.descent! : fallback[1];
    const runWidth = item.width * (viewport.scale ?? 1);
    const widths = glyphWidths(item.str, style.fontFamily ?? '');
    const total = widths.reduce((a, b) => a + b, 0) || 1;
    const chars = [...item.str];
    let offset = 0;
    let start = -1;
    const flush = (endIndex: number, endOffset: number, startOffset: number) => {
      const text = chars.slice(start, endIndex).join('');
      const x0 = (startOffset / total) * runWidth;
      const x1 = (endOffset / total) * runWidth;
      // Corners of the word's rectangle: along the baseline from x0 to x1, from descent to ascent
      // ("up" is the glyphs' up direction in viewport space, whatever the page or text rotation).
      const corners = [
        [x0, descent],
        [x1, descent],
        [x0, ascent],
        [x1, ascent],
      ].map(([a, h]) => [m[4] + dir[0] * a + up[0] * h * fontSize, m[5] + dir[1] * a + up[1] * h * fontSize]);
      const xs = corners.map((c) => c[0]);
      const ys = corners.map((c) => c[1]);
      words.push({ text, box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] as Box, confidence: TEXT_LAYER_CONFIDENCE });
    };
    let startOffset = 0;
    chars.forEach((ch, i) => {
      if (/\s/.test(ch)) {
        if (start >= 0) flush(i, offset, startOffset);
        start = -1;
      } else if (start < 0) {
        start = i;
        startOffset = offset;
      }
      offset += widths[i];
    });
    if (start >= 0) flush(chars.length, offset, startOffset);
  }
  return { words, width: viewport.width, height: viewport.height, rotation: viewport.rotation };
}
