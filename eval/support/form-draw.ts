// Drawing helpers the blind form sets share (eval/forms-novel, eval/forms-unmet; eval/forms-extra its option boxes):
// centred titles, wrapped running text, key/value tables, boxed blocks, option boxes, ruled tables, stamps,
// letterheads and footers.
import { degrees, rgb, type PDFFont } from 'pdf-lib';
import type { Canvas } from './canvas.ts';

/** `t` centred between `x1` and `x2` (the page by default). */
export const centre = (c: Canvas, t: string, y: number, size: number, f?: PDFFont, x1 = 0, x2 = c.page.getWidth()) => {
  const font = f ?? c.font;
  c.text(t, x1 + (x2 - x1 - font.widthOfTextAtSize(t, size)) / 2, y, size, font);
};
/** Running text wrapped to `width` from `x`; returns the y under its last line. */
export const para = (c: Canvas, t: string, x: number, y: number, width: number, size = 9.5, lead = size * 1.45, f?: PDFFont) => {
  const font = f ?? c.font;
  let line = '';
  for (const w of t.split(' ')) {
    const next = line ? `${line} ${w}` : w;
    if (font.widthOfTextAtSize(next, size) > width && line) { c.text(line, x, y, size, font); y += lead; line = w; } else line = next;
  }
  if (line) { c.text(line, x, y, size, font); y += lead; }
  return y;
};
/** A bordered two-column table: labels in shaded cells on the left, values on the right; returns the y under it. */
export const kv = (c: Canvas, rows: [string, string][], x: number, y: number, lw: number, vw: number, h = 18, size = 9) => {
  rows.forEach(([l, v], k) => {
    const top = y + k * h;
    c.box(x, top, lw, h, 0.9);
    c.box(x, top, lw, h);
    c.box(x + lw, top, vw, h);
    c.text(l, x + 5, top + h / 2 + size / 2.8, size - 0.5, c.font);
    c.text(v, x + lw + 6, top + h / 2 + size / 2.8, size + 0.5, c.font);
  });
  return y + rows.length * h;
};
/** A boxed cell holding several lines (an address block): the label small in the corner, the lines under it. */
export const block = (c: Canvas, label: string, lines: string[], x: number, y: number, w: number, h: number, size = 9) => {
  c.box(x, y, w, h);
  c.text(label, x + 4, y + 9, 6.5, c.font, true);
  lines.forEach((t, k) => c.text(t, x + 6, y + 22 + k * (size + 3), size, k === 0 ? c.bold : c.font));
};
/** Options each followed by its box, the chosen one crossed: "Prepaid [X]  Collect [ ]", "Sim [ ]  Não [X]". */
export const boxAfter = (c: Canvas, options: string[], chosen: string, x: number, y: number, gap: number, size = 9) => {
  options.forEach((o, k) => {
    const ox = x + k * gap;
    c.text(o, ox, y, size);
    const bx = ox + c.font.widthOfTextAtSize(o, size) + 5;
    c.box(bx, y - 8, 9, 9);
    if (o === chosen) c.text('X', bx + 1.8, y - 0.5, 8.5, c.bold);
  });
};
/** A fully ruled table: columns are [width, heading]; shaded heading row, then the rows; returns the y under it. */
export const ruled = (c: Canvas, x: number, y: number, cols: [number, string][], rows: string[][], h = 17, size = 8.5, right: number[] = []) => {
  const all = [cols.map(([, t]) => t), ...rows];
  all.forEach((row, r) => {
    let cx = x;
    cols.forEach(([w], k) => {
      if (r === 0) c.box(cx, y, w, h, 0.88);
      c.box(cx, y + r * h, w, h);
      const t = row[k] ?? '';
      const f = r === 0 ? c.bold : c.font;
      const s = r === 0 ? size - 0.5 : size;
      if (right.includes(k) && r > 0) c.right(t, cx + w - 5, y + r * h + h / 2 + s / 2.8, s, f);
      else c.text(t, cx + 5, y + r * h + h / 2 + s / 2.8, s, f);
      cx += w;
    });
  });
  return y + all.length * h;
};
/** A rubber stamp: bold capitals in a frame, turned by `angle` degrees. */
export const stamp = (c: Canvas, t: string, x: number, y: number, size = 14, angle = 8) => {
  const w = c.bold.widthOfTextAtSize(t, size);
  const yy = c.height - y;
  const grey = rgb(0.35, 0.35, 0.35);
  c.page.drawRectangle({ x: x - 6, y: yy - 6, width: w + 12, height: size + 10, borderWidth: 1.5, borderColor: grey, rotate: degrees(angle) });
  c.page.drawText(t, { x, y: yy, size, font: c.bold, color: grey, rotate: degrees(angle) });
};
/** A letterhead: the issuer's name large, its details small and grey under it, a rule beneath. */
export const letterhead = (c: Canvas, name: string, lines: string[], x = 50, y = 55, size = 16, x2 = c.page.getWidth() - 50) => {
  c.text(name, x, y, size, c.bold);
  lines.forEach((t, k) => c.text(t, x, y + 14 + k * 10, 7.5, c.font, true));
  c.rule(x, x2, y + 18 + lines.length * 10);
  return y + 18 + lines.length * 10;
};
/** A footer line in small grey print at the page's foot. */
export const footer = (c: Canvas, t: string, y = c.height - 28, x = 50) => c.text(t, x, y, 6.5, c.font, true);
