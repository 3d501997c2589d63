// The money and date formats of the form sets (eval/forms, eval/forms-heldout) and how they draw dates.
import type { Rng } from './random.ts';
import { group, MONTHS, pad, plusDays, ymd } from './formats.ts';

export const MONEY = {
  usd: (v: number) => `$${group(v, ',', '.')}`,
  gbp: (v: number) => `£${group(v, ',', '.')}`,
  eurSuffix: (v: number) => `${group(v, '.', ',')} €`,
  eurSpace: (v: number) => `${group(v, ' ', ',')} €`,
  eurCode: (v: number) => `${group(v, '.', ',')} EUR`,
  plain: (v: number) => group(v, ',', '.'),
};
export const DATES = {
  ukLong: (iso: string) => { const [y, m, d] = ymd(iso); return `${d} ${MONTHS.en[m - 1]} ${y}`; },
  usLong: (iso: string) => { const [y, m, d] = ymd(iso); return `${MONTHS.en[m - 1]} ${d}, ${y}`; },
  short: (iso: string) => { const [y, m, d] = ymd(iso); return `${pad(d)} ${MONTHS.en[m - 1].slice(0, 3).toUpperCase()} ${y}`; },
  slashed: (iso: string) => { const [y, m, d] = ymd(iso); return `${pad(d)}/${pad(m)}/${y}`; },
  dotted: (iso: string) => { const [y, m, d] = ymd(iso); return `${pad(d)}.${pad(m)}.${y}`; },
  iso: (iso: string) => iso,
  esLong: (iso: string) => { const [y, m, d] = ymd(iso); return `${d} de ${MONTHS.es[m - 1]} de ${y}`; },
  itLong: (iso: string) => { const [y, m, d] = ymd(iso); return `${d} ${MONTHS.it[m - 1]} ${y}`; },
  ptLong: (iso: string) => { const [y, m, d] = ymd(iso); return `${d} de ${MONTHS.pt[m - 1]} de ${y}`; },
  frLong: (iso: string) => { const [y, m, d] = ymd(iso); return `${d} ${MONTHS.fr[m - 1]} ${y}`; },
  deLong: (iso: string) => { const [y, m, d] = ymd(iso); return `${d}. ${MONTHS.de[m - 1]} ${y}`; },
  usSlashed: (iso: string) => { const [y, m, d] = ymd(iso); return `${pad(m)}/${pad(d)}/${y}`; },
};
/** A date of birth of an adult living today. */
export const birthDate = (g: Rng) => new Date(Date.UTC(g.int(1940, 2005), g.int(0, 11), g.int(1, 28))).toISOString().slice(0, 10);
export const someDate = (g: Rng) => new Date(Date.UTC(g.int(2023, 2025), g.int(0, 11), g.int(1, 28))).toISOString().slice(0, 10);
export const monthStart = (g: Rng) => `${g.int(2023, 2025)}-${pad(g.int(1, 12))}-01`;
export const monthEnd = (start: string) => { const [y, m] = ymd(start); return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10); };

/** `k` capital letters for codes and serials (no I, O or Q, which are read as digits). */
export const letters = (g: Rng, k: number) => Array.from({ length: k }, () => g.p([...'ABCDEFGHJKLMNPRSTUVWXYZ'])).join('');
/** A date `a`–`b` days after `iso`. */
export const after = (g: Rng, iso: string, a: number, b: number) => plusDays(iso, g.int(a, b));
/** The same day `n` years on (29 February becomes the 28th). */
export const addYears = (iso: string, n: number) => { const [y, m, d] = ymd(iso); return `${y + n}-${pad(m)}-${pad(m === 2 && d === 29 ? 28 : d)}`; };
