// Dates as printed → ISO yyyy-mm-dd. English, Spanish, German, French, Portuguese, Italian and Dutch month names; numeric dates with day/month order
// from a hint (the document's other dates or its locale), else unambiguous reading, else day first.

const MONTHS: Record<string, number> = {};
const names: [number, string[]][] = [
  // English, Spanish; then German, French, Portuguese, Italian, Dutch (accents folded: "März" → marz, "août" → aout).
  [1, ['january', 'jan', 'enero', 'ene', 'januar', 'janner', 'janvier', 'janv', 'janeiro', 'gennaio', 'gen', 'januari']],
  [2, ['february', 'feb', 'febrero', 'februar', 'fevrier', 'fevr', 'fev', 'fevereiro', 'febbraio', 'februari']],
  [3, ['march', 'mar', 'marzo', 'marz', 'maerz', 'mars', 'marco', 'maart', 'mrt']],
  [4, ['april', 'apr', 'abril', 'abr', 'avril', 'avr', 'aprile']],
  [5, ['may', 'mayo', 'mai', 'maio', 'maggio', 'mag', 'mei']],
  [6, ['june', 'jun', 'junio', 'juni', 'juin', 'junho', 'giugno', 'giu']],
  [7, ['july', 'jul', 'julio', 'juli', 'juillet', 'juil', 'julho', 'luglio', 'lug']],
  [8, ['august', 'aug', 'agosto', 'ago', 'aout', 'augustus']],
  [9, ['september', 'sep', 'sept', 'septiembre', 'setiembre', 'set', 'septembre', 'setembro', 'settembre']],
  [10, ['october', 'oct', 'octubre', 'oktober', 'okt', 'octobre', 'outubro', 'out', 'ottobre', 'ott']],
  [11, ['november', 'nov', 'noviembre', 'novembre', 'novembro']],
  [12, ['december', 'dec', 'diciembre', 'dic', 'dezember', 'dez', 'decembre', 'dezembro']],
];
for (const [n, list] of names) for (const name of list) MONTHS[name] = n;

const pad = (n: number) => String(n).padStart(2, '0');

function fullYear(y: number, raw: string) {
  if (raw.length <= 2) return y < 70 ? 2000 + y : 1900 + y;
  return y;
}

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1000 || y > 2999) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const strip = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

export interface DateHints {
  /** true: 15/06/2024 is 15 June; false: 06/15/2024 is June 15. */
  dayFirst?: boolean;
  locale?: string;
}

/** Finds a date inside free text; returns the ISO date or null. */
export function parseDate(literal: string, hints: DateHints = {}): string | null {
  const s = strip(literal)
    .replace(/(\d)(st|nd|rd|th|º|o|er)\b/g, '$1')
    .replace(/(\d)\s+of\s+/g, '$1 ');
  // ISO-like: 2024-06-15, 2024/06/15, 2024.06.15, 2024-06-15T10:00:00Z
  let m = s.match(/\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:\b|(?=t\d))/);
  if (m) return iso(+m[1], +m[2], +m[3]);
  // Month names: 15 de junio de 2024, 15 June 2024, 15-Jun-24, June 15, 2024, jun 15 2024
  // ("de" a word of its own: "20 december 2025" is no "20 de cember").
  m = s.match(/\b(\d{1,2})(?:\s*de\b)?[\s\-./,]*([a-z]{3,10})\b\.?(?:\s*de(?:l)?)?[\s\-./,]*(\d{4}|\d{2})\b/);
  if (m && MONTHS[m[2]]) return iso(fullYear(+m[3], m[3]), MONTHS[m[2]], +m[1]);
  m = s.match(/\b([a-z]{3,10})\.?[\s\-./]*(\d{1,2})\b,?[\s\-./]*(\d{4}|\d{2})\b/);
  if (m && MONTHS[m[1]]) return iso(fullYear(+m[3], m[3]), MONTHS[m[1]], +m[2]);
  // Numeric: 15/06/2024, 06-15-2024, 15.06.24, 15062024 is not accepted (ambiguous with ids)
  m = s.match(/\b(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4}|\d{2})\b/);
  if (m) {
    const a = +m[1];
    const b = +m[2];
    const y = fullYear(+m[3], m[3]);
    const dayFirst = a > 12 ? true : b > 12 ? false : (hints.dayFirst ?? !/^en-us/i.test(hints.locale ?? ''));
    return dayFirst ? iso(y, b, a) : iso(y, a, b);
  }
  return null;
}

/** A United States address: "City, ST 12345" (a state's postal code and a ZIP code). */
const US_ADDRESS = /\p{L},\s*(A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[TA]|W[AVIY])\s+\d{5}(?:-\d{4})?\b/u;

/** A postcode before its city ("20121 Milano", "75015 Paris"), as Europe prints addresses. */
const POSTCODE_FIRST = /\b\d{5}\s+\p{Lu}\p{Ll}{2,}/u;

/** Dates written with the month's name, month first ("Aug 31, 2025") or day first ("31 Aug 2025", "31 de agosto de 2025"). */
const MONTH_FIRST = /\b([a-z]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+\d{4}\b/g;
const DAY_FIRST = /(?<![\d.,])\b(\d{1,2})(?:st|nd|rd|th|er)?\.?\s+(?:de\s+)?([a-z]{3,10})\.?,?\s+(?:de\s+)?\d{4}\b/g;

/**
 * Day/month order from a document's dates: any unambiguous one decides; with none, the order its dates
 * written with a month's name follow (a card printing "Aug 31, 2025" writes "11/07/1961" month first too);
 * with none of those either, a United States address says month first (a US lab's "03/10/2025" is March 10)
 * unless an address printed the European way is there too (an Italian invoice to a customer in Chicago);
 * anything else is left to the language.
 */
export function inferDayFirst(literals: string[]): boolean | undefined {
  let votes = 0;
  let named = 0;
  for (const l of literals) {
    const s = strip(l);
    for (const m of s.matchAll(/\b(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4}|\d{2})\b/g)) {
      if (+m[1] > 12 && +m[2] <= 12) votes++;
      else if (+m[2] > 12 && +m[1] <= 12) votes--;
    }
    for (const m of s.matchAll(MONTH_FIRST)) if (MONTHS[m[1]]) named--;
    for (const m of s.matchAll(DAY_FIRST)) if (MONTHS[m[2]]) named++;
  }
  if (votes === 0) votes = named;
  if (votes === 0 && literals.some((l) => US_ADDRESS.test(l)) && !literals.some((l) => POSTCODE_FIRST.test(l))) return false;
  return votes > 0 ? true : votes < 0 ? false : undefined;
}
