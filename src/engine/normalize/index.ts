// Literal (as printed) → parsed (normalised) for every scalar type of the schema model.
import type { FieldDef } from '../types.ts';
import { parseDate, type DateHints } from './dates.ts';
import { parseNumber } from './numbers.ts';

export { parseDate, inferDayFirst, type DateHints } from './dates.ts';
export { parseNumber } from './numbers.ts';

/** Case and accents dropped, spaces collapsed; signs and stops kept ("O-" is not "O+"). */
const asPrinted = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** Letters and digits alone. */
const fold = (s: string) => asPrinted(s).replace(/[^a-z0-9]+/g, ' ').trim();

/** "None" and its like in the languages read, folded: nothing of the kind, a no to a yes/no. */
export const NOTHING = /^(none|nil|ningun[oa]?|aucune?|keine?|nessun[oa]?|nenhuma?|geen)$/;

export function parseBoolean(literal: string): boolean | null {
  if (/^\s*[✓✔☑☒✗✘]\s*$/.test(literal)) return !/[✗✘]/.test(literal);
  if (/^\s*☐\s*$/.test(literal)) return false;
  const s = fold(literal);
  // Yes and no in the languages read: English, Spanish, French, German, Portuguese, Italian, Dutch.
  if (/^(true|yes|y|si|s|1|x|checked|verdadero|on|ok|oui|vrai|ja|wahr|sim|vero)$/.test(s)) return true;
  if (/^(false|no|n|0|unchecked|falso|off|non|faux|nein|nao|nee|onwaar)$/.test(s)) return false;
  // "Concession: None", "Exención aplicada: Ninguna": nothing of the kind, so no.
  if (NOTHING.test(s)) return false;
  // A written answer opening with its yes or no ("No hospital follow-up is needed", "Yes, booked for 4 July"): a
  // word follows, so not "No. 4411" (a number), nor a word that merely starts alike.
  if (/^(yes|si|oui|ja|sim) \p{L}/u.test(s)) return true;
  if (/^(no|not|none|non|nao|nein|nee|kein\w*|nessun\w*|ningun\w*|aucun\w*|geen) \p{L}/u.test(s)) return false;
  return null;
}

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/** 0..1 similarity of two strings by edit distance. */
export const similarity = (a: string, b: string) => (a.length || b.length ? 1 - levenshtein(a, b) / Math.max(a.length, b.length) : 1);

/** The allowed value a literal means: exact after folding case/accents, else the closest within 0.75 similarity. */
export function matchEnum(literal: string, values: string[]): string | null {
  // As printed first: folding drops signs, and "O-" is not "O+".
  const printed = values.find((v) => asPrinted(v) === asPrinted(literal));
  if (printed) return printed;
  const f = fold(literal);
  const exact = values.find((v) => fold(v) === f);
  if (exact) return exact;
  const contained = values.filter((v) => fold(v) && new RegExp(`\\b${fold(v)}\\b`).test(f));
  if (contained.length === 1) return contained[0];
  let best: { value: string; score: number } | null = null;
  for (const v of values) {
    const score = similarity(fold(v), f);
    if (!best || score > best.score) best = { value: v, score };
  }
  return best && best.score >= 0.75 ? best.value : null;
}

export function normalizeValue(field: Pick<FieldDef, 'type' | 'values'>, literal: string | null, hints: DateHints = {}): { parsed: unknown; ok: boolean } {
  if (literal == null || literal.trim() === '') return { parsed: null, ok: false };
  const text = literal.trim();
  let parsed: unknown;
  switch (field.type) {
    case 'number':
      parsed = parseNumber(text);
      break;
    case 'integer': {
      const n = parseNumber(text);
      parsed = n !== null && Number.isInteger(n) ? n : n !== null && Math.abs(n - Math.round(n)) < 1e-9 ? Math.round(n) : null;
      break;
    }
    case 'boolean':
      parsed = parseBoolean(text);
      break;
    case 'date':
      parsed = parseDate(text, hints);
      break;
    case 'enum':
      parsed = matchEnum(text, field.values ?? []);
      break;
    default:
      parsed = text.replace(/\s+/g, ' ');
  }
  return { parsed: parsed ?? null, ok: parsed !== null && parsed !== undefined };
}
