// The blocks paper forms are built of (boxed cells, filled-in lines, key/value grids, checkbox rows, tables),
// shared by the form generators so each kind only says what it prints where.
import type { PDFFont } from 'pdf-lib';
import type { Canvas } from './canvas.ts';

/** A boxed cell: the label small and grey in its top-left corner, the value under it. */
export function cell(c: Canvas, label: string, value: string, x: number, y: number, w: number, h = 30) {
  c.box(x, y, w, h);
  c.text(label, x + 3, y + 8, 6.5, c.font, true);
  c.text(value, x + 4, y + 22, 9.5);
}
/** A filled-in line: the value on the line, the label printed small under it. */
export function underLine(c: Canvas, label: string, value: string, x: number, y: number, w: number) {
  c.text(value, x + 2, y, 10);
  c.rule(x, x + w, y + 3);
  c.text(label, x, y + 11, 6.5, c.font, true);
}
/** Key/value rows: labels at `x`, values at `vx`. */
export function grid(c: Canvas, rows: [string, string][], x: number, vx: number, y: number, step = 14, labelFont?: PDFFont) {
  rows.forEach(([l, v], k) => { c.text(l, x, y + k * step, 9, labelFont ?? c.font); c.text(v, vx, y + k * step, 9.5); });
  return y + rows.length * step;
}
/** A checkbox row: a small square per option, crossed when chosen, the option's name after it. */
export function checkboxes(c: Canvas, label: string, options: string[], chosen: string, x: number, y: number, gap = 80) {
  c.text(label, x, y, 9);
  const x0 = x + c.font.widthOfTextAtSize(label, 9) + 12;
  options.forEach((o, k) => {
    const bx = x0 + k * gap;
    c.box(bx, y - 8, 9, 9);
    if (o === chosen) c.text('X', bx + 1.8, y - 0.5, 8.5, c.bold);
    c.text(o, bx + 13, y, 9);
  });
}
/** A table: columns are [x, header, right-aligned?]; rows of cells. Returns the y under the last row. */
export function table(c: Canvas, y: number, cols: [number, string, boolean][], rows: string[][], step = 15, boldLast = false) {
  for (const [x, h, alignRight] of cols) (alignRight ? c.right(h, x, y, 8.5, c.bold) : c.text(h, x, y, 8.5, c.bold));
  c.rule(cols[0][0], cols[cols.length - 1][0], y + 5);
  y += 19;
  rows.forEach((row, i) => {
    const f = boldLast && i === rows.length - 1 ? c.bold : c.font;
    cols.forEach(([x, , alignRight], k) => { if (row[k]) (alignRight ? c.right(row[k], x, y, 9, f) : c.text(row[k], x, y, 9, f)); });
    y += step;
  });
  c.rule(cols[0][0], cols[cols.length - 1][0], y - 9);
  return y;
}

/** Headings in small print over the values under them, a rule beneath: cols are [x, heading]. */
export function headed(c: Canvas, cols: [number, string][], values: string[], y: number, x2 = 555) {
  cols.forEach(([x, l], k) => {
    c.text(l, x, y, 7, c.font, true);
    c.text(values[k], x, y + 15, 10);
  });
  c.rule(cols[0][0], x2, y + 22);
}

/** One checkbox with its text after it, crossed when `on`. */
export function tick(c: Canvas, label: string, on: boolean, x: number, y: number, size = 9) {
  c.box(x, y - 8, 9, 9);
  if (on) c.text('X', x + 1.8, y - 0.5, 8.5, c.bold);
  c.text(label, x + 14, y, size);
}
