// Money and numbers as printed → numbers: `€1,250.00`, `1.250,00 €`, `RM 9.00`, `(1,200.00)` → -1200,
// `1 234,5`, `-12.5%`. The decimal separator is the last of `.`/`,` followed by 1-2 digits (or 3+ when the
// other separator also appears before it).

export function parseNumber(literal: string): number | null {
  let s = literal.trim();
  if (!s) return null;
  const negative = /^\(.*\)$/.test(s) || /^-|-$|^[^\d]*-\s*\d/.test(s) || /\bCR\b|\bDR\b/.test(s) && /\bCR\b/.test(s);
  s = s.replace(/[^\d.,'\s]/g, ' ').trim();
  // Keep the first number-looking run (digits with separators and single spaces between groups).
  const run = s.match(/[.,]?\d[\d.,'\u00a0 ]*\d|[.,]?\d/);
  if (!run) return null;
  let n = run[0].replace(/[\s\u00a0']/g, (c, i, str) => (/\d{3}/.test(str.slice(i + 1, i + 4)) ? '' : c)).replace(/\s.*$/, '');
  const lastDot = n.lastIndexOf('.');
  const lastComma = n.lastIndexOf(',');
  const decimalAt = Math.max(lastDot, lastComma);
  if (decimalAt >= 0) {
    const sep = n[decimalAt];
    const other = sep === '.' ? ',' : '.';
    const digitsAfter = n.length - decimalAt - 1;
    const sepCount = n.split(sep).length - 1;
    const intPart = n.slice(0, decimalAt);
    // 1,250 (thousands) vs 12,50 (decimal): three digits after a lone separator read as thousands, unless
    // what precedes it cannot be a thousands group (0.125, .5, 1234.567).
    const isDecimal = n.includes(other)
      ? decimalAt > n.lastIndexOf(other)
      : sepCount === 1 && (digitsAfter !== 3 || intPart === '' || intPart === '0' || intPart.length > 3);
    n = isDecimal ? n.slice(0, decimalAt).replace(/[.,]/g, '') + '.' + n.slice(decimalAt + 1) : n.replace(/[.,]/g, '');
  }
  const value = Number(n);
  if (!Number.isFinite(value)) return null;
  return negative ? -value : value;
}
