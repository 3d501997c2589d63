// Where a label's value sits: right of it in its segment (after a colon), in the next segment of its
// row, or in the row below, under the label (label-above-value layouts and table-like headers).
import type { Word } from '../types.ts';
import type { LabelHit } from './labels.ts';
import type { Line } from './lines.ts';

const PUNCT = /^[:#.\-–=|*>]+$/;

/** Words after a label in its own segment, separators dropped. */
export function afterLabel(hit: LabelHit): Word[] {
  const rest = hit.line.words.slice(hit.after);
  while (rest.length && PUNCT.test(rest[0].text)) rest.shift();
  if (rest.length && /^[:#]/.test(rest[0].text)) rest[0] = { ...rest[0], text: rest[0].text.replace(/^[:#]+/, '') };
  return rest.filter((w) => w.text.trim() !== '');
}

/** Segments of the same row right of `line`, nearest first. */
export function rightOf(lines: Line[], line: Line): Line[] {
  return lines.filter((l) => l.row === line.row && l.box[0] >= line.box[2] - 2).sort((a, b) => a.box[0] - b.box[0]);
}

/** Segments of the first row below `line` that overlap it horizontally (within a few line heights). */
export function below(lines: Line[], line: Line, x0 = line.box[0], x1 = line.box[2]): Line[] {
  const h = line.box[3] - line.box[1] || line.bodyHeight;
  const next = lines.find((l) => l.page === line.page && l.row > line.row && l.box[1] >= line.box[1] + 0.5 * h);
  if (!next || next.box[1] - line.box[3] > 2.5 * h) return [];
  return lines.filter((l) => l.row === next.row && l.box[2] > x0 - 2 * h && l.box[0] < x1 + 2 * h);
}

export interface Placed {
  words: Word[];
  /** How the value relates to its label: 1 same segment or row, 0.8 below. */
  placement: number;
}

/** The value a label announces, wherever the layout puts it. */
export function valueOf(lines: Line[], hit: LabelHit): Placed | null {
  const own = afterLabel(hit);
  if (own.length) return { words: own, placement: 1 };
  const right = rightOf(lines, hit.line)[0];
  // A neighbour that is itself a label ("Date:") means the values sit on the row below.
  if (right && !/:$/.test(right.text)) {
    const words = right.words.filter((w) => !PUNCT.test(w.text));
    if (words.length) return { words, placement: 1 };
  }
  const labelWords = hit.line.words.slice(0, hit.after);
  const x0 = labelWords[0].box[0];
  // Under the label: the segment of the next row whose left edge is nearest the label's.
  const under = below(lines, hit.line, x0, labelWords[labelWords.length - 1].box[2]).sort((a, b) => Math.abs(a.box[0] - x0) - Math.abs(b.box[0] - x0))[0];
  const words = (under?.words ?? []).filter((w) => !PUNCT.test(w.text));
  return words.length ? { words, placement: 0.8 } : null;
}
