// Amount candidates. A total is the amount its label announces (same row, or under it), low on the
// page, usually the largest amount that is not cash tendered, often printed more than once; amounts
// on rows that name something else (subtotal, tax, change, cash, rounding, quantities) are not it.
import { parseNumber } from '../normalize/index.ts';
import type { FieldDef, Word } from '../types.ts';
import { findLabels } from './labels.ts';
import { below } from './layout.ts';
import type { Line } from './lines.ts';
import type { Candidate } from './candidate.ts';
import { labelsFor, type Role } from './vocabulary.ts';

const AMOUNT = /^[^\d(-]{0,4}[(-]?\d{1,3}(?:[.,' ]?\d{3})*(?:[.,]\d{1,2})?\)?[^\d]{0,3}$|^[^\d(-]{0,4}[(-]?\d+(?:[.,]\d{1,2})?\)?[^\d]{0,3}$/;
const hasDecimals = (t: string) => /\d[.,]\d{2}\)?[^\d]{0,3}$/.test(t);
/** Rows that name an amount other than the total. */
const OTHER_AMOUNT = /\b(sub ?-?total|subtotal|qty|quantity|items?|discount|descuento|saving|disc|round(ing)?|adj|change|cambio|tender(ed)?|cash|efectivo|card|tarjeta|excl|exclusive|points?|deposit|base imponible|cuota)\b/;
const TAX_WORDS = /\b(tax|gst|vat|iva|sst|igic|impuesto)\b/;
const INCLUSIVE = /\b(incl|inclusive|including|con|inc)\b/;
const TENDERED = /\b(cash|efectivo|tender(ed)?|change|cambio|paid|pagado|card|tarjeta|visa|master(card)?)\b/;
const PAID = /\b(cash|efectivo|tender(ed)?|paid|pagado|received|recibido|entregado)\b/;
const CHANGE = /\b(change|cambio|vuelto|devuelto)\b/;
const ROUNDING = /\b(round(ing)?|redondeo)\b/;
const cents = (x: number) => Math.round(x * 100);

interface Amount {
  w: Word;
  line: Line;
  value: number;
  rowText: string;
}

function amountsOf(lines: Line[]): Amount[] {
  const rowText = new Map<number, string>();
  for (const l of lines) rowText.set(l.row, `${rowText.get(l.row) ?? ''} ${l.folded}`);
  const out: Amount[] = [];
  for (const line of lines) {
    for (const w of line.words) {
      if (!/\d/.test(w.text) || !AMOUNT.test(w.text) || /%/.test(w.text)) continue;
      const value = parseNumber(w.text);
      if (value !== null) out.push({ w, line, value, rowText: rowText.get(line.row) ?? '' });
    }
  }
  return out;
}

export function amountCandidates(lines: Line[], field: FieldDef, role: Role): Candidate[] {
  const hits = findLabels(lines, labelsFor(field.name, field.description, role));
  const all = amountsOf(lines);
  if (!all.length) return [];
  const isTotal = role === 'total';
  const otherRow = (a: Amount) => OTHER_AMOUNT.test(a.rowText) || (TAX_WORDS.test(a.rowText) && !INCLUSIVE.test(a.rowText));
  const centre = (l: Line) => (l.box[1] + l.box[3]) / 2;
  const labelOf = (a: Amount) => {
    let q = 0;
    for (const h of hits) {
      const labelEnd = h.line.words[h.after - 1]?.box[2] ?? 0;
      const rightOfLabel = a.w.box[0] >= labelEnd - 1 && a.line.page === h.line.page;
      // The first amount right of a label is its value; later ones on the row are other columns.
      const nearest = (b: Amount) => b.line.row === h.line.row && b.w.box[0] >= labelEnd - 1 && b.w.box[0] < a.w.box[0];
      const lh = h.line.box[3] - h.line.box[1] || h.line.bodyHeight;
      const drop = centre(a.line) - centre(h.line);
      if (h.line.row === a.line.row && rightOfLabel) q = Math.max(q, h.quality * (all.some(nearest) ? 0.4 : 1));
      // A value printed a little lower than its label (a taller label, a skewed scan).
      else if (rightOfLabel && drop > 0 && drop < 1.3 * lh) q = Math.max(q, 0.85 * h.quality);
      else if (below(lines, h.line).includes(a.line)) q = Math.max(q, 0.8 * h.quality);
    }
    return q;
  };
  const decimals = all.filter((a) => hasDecimals(a.w.text) && a.value > 0);
  const maxNotTendered = Math.max(0, ...decimals.filter((a) => !TENDERED.test(a.rowText)).map((a) => a.value));
  const labelled = all.map((a) => ({ a, label: labelOf(a) }));
  const lowestLabelled = labelled.filter((x) => x.label > 0 && !otherRow(x.a)).sort((x, y) => y.a.line.box[1] - x.a.line.box[1] || y.a.line.page - x.a.line.page)[0];
  // Arithmetic the document itself asserts: tendered − change, and labelled total + rounding.
  const agreed = new Map<number, number>();
  const agree = (v: number, rule: number) => agreed.set(v, (agreed.get(v) ?? 0) | rule);
  if (isTotal) {
    const paid = decimals.filter((a) => PAID.test(a.rowText) && !CHANGE.test(a.rowText));
    const change = all.filter((a) => CHANGE.test(a.rowText) && a.value >= 0);
    for (const p of paid) for (const c of change) if (c.line.box[1] > p.line.box[1] || c.line.page > p.line.page) agree(cents(p.value - c.value), 1);
    const rounding = all.filter((a) => ROUNDING.test(a.rowText) && Math.abs(a.value) < 1 && a.value !== 0);
    for (const { a, label } of labelled) if (label > 0 && !otherRow(a)) for (const r of rounding) agree(cents(a.value + r.value), 2);
    // Invoices: subtotal + tax.
    const subtotals = decimals.filter((a) => /\b(sub ?-?total|base imponible|net amount|importe neto)\b/.test(a.rowText));
    const taxes = decimals.filter((a) => TAX_WORDS.test(a.rowText) && !INCLUSIVE.test(a.rowText) && !subtotals.includes(a));
    for (const st of subtotals) for (const t of taxes) agree(cents(st.value + t.value), 4);
  }
  return labelled.map(({ a, label }) => {
    let score = 0.1;
    let support = 0;
    const idLike = /\d{5,}/.test(a.w.text.replace(/[.,]/g, '')) && !hasDecimals(a.w.text);
    if (isTotal) {
      score += 0.45 * label * (otherRow(a) ? 0.3 : 1);
      if (hasDecimals(a.w.text)) score += 0.1;
      score += 0.08 * a.line.y;
      if (a.value === maxNotTendered) score += 0.15;
      if (decimals.some((b) => b !== a && b.value === a.value)) score += 0.07;
      if (decimals.some((b) => b !== a && b.value === a.value && b.line.row !== a.line.row)) support += 0.5;
      if (lowestLabelled?.a === a) score += 0.05;
      const rules = agreed.get(cents(a.value)) ?? 0;
      const checks = (rules & 1) + ((rules >> 1) & 1) + ((rules >> 2) & 1);
      if (a.value > 0) score += 0.2 * checks;
      if (a.value > 0) support += checks;
      if (a.value <= 0) score -= 0.3;
    } else {
      score += 0.6 * label;
      if (hasDecimals(a.w.text)) score += 0.1;
    }
    if (idLike) score -= 0.3;
    return { words: [a.w], literal: a.w.text, score, support };
  });
}
