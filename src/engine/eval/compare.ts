// SROIE-style comparison: text ignoring whitespace and case; numbers as numbers; dates parsed first.
import { parseDate, parseNumber } from '../normalize/index.ts';
import type { FieldType } from '../types.ts';

const compact = (s: string) => s.replace(/\s+/g, '').toLowerCase();

export function sameValue(type: FieldType, expected: unknown, actual: unknown): boolean {
  if (expected === null || expected === undefined || expected === '') return actual === null || actual === undefined || actual === '';
  if (actual === null || actual === undefined) return false;
  if (type === 'number' || type === 'integer') {
    const e = typeof expected === 'number' ? expected : parseNumber(String(expected));
    const a = typeof actual === 'number' ? actual : parseNumber(String(actual));
    return e !== null && a !== null && Math.abs(e - a) < 0.005;
  }
  if (type === 'date') {
    const e = parseDate(String(expected)) ?? String(expected);
    return e === (parseDate(String(actual)) ?? String(actual));
  }
  if (type === 'list' || type === 'object') return JSON.stringify(expected) === JSON.stringify(actual);
  return compact(String(expected)) === compact(String(actual));
}
