// The sum a document's totals block asserts: the amount before tax plus its tax, or its taxes when it
// prints several apart (Canada's GST and QST, two VAT rates), is the total, give or take its rounding.
// Amounts in cents.

/** Tax rows taken together at most: more combinations would start to match totals by chance. */
const MAX_TAX_ROWS = 4;

export interface TaxedSum<T> {
  cents: number;
  subtotal: T;
  taxes: T[];
}

/** Every non-empty combination of the first MAX_TAX_ROWS items, at most one per row. */
function combinations<T>(items: T[], rowOf: (x: T) => number): T[][] {
  const head = items.slice(0, MAX_TAX_ROWS);
  const out: T[][] = [];
  for (let mask = 1; mask < 1 << head.length; mask++) {
    const pick = head.filter((_, i) => mask & (1 << i));
    if (new Set(pick.map(rowOf)).size === pick.length) out.push(pick);
  }
  return out;
}

/**
 * Each amount before tax plus each combination of tax rows, and that sum with each rounding applied
 * (rounding lands on 5 cents: a rounding amount whose sign the reader lost still says which way).
 */
export function taxedSums<T>(subtotals: T[], taxes: T[], centsOf: (x: T) => number, rowOf: (x: T) => number, roundings: number[] = []): TaxedSum<T>[] {
  const out: TaxedSum<T>[] = [];
  for (const subtotal of subtotals) {
    for (const picked of combinations(taxes, rowOf)) {
      const sum = centsOf(subtotal) + picked.reduce((n, t) => n + centsOf(t), 0);
      out.push({ cents: sum, subtotal, taxes: picked });
      for (const r of roundings) {
        const [signed, flipped] = [sum + r, sum - r];
        out.push({ cents: signed % 5 !== 0 && flipped % 5 === 0 ? flipped : signed, subtotal, taxes: picked });
      }
    }
  }
  return out;
}
