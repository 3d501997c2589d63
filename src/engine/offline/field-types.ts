// The type a proposed field gets: from the words naming it ("total_amount" is a number, "due_date" a date),
// or from a value printed under its label ("8 June 2023" a date, "€2,046.06" an amount, "8" a count).
import { parseDate, parseNumber } from '../normalize/index.ts';
import type { FieldType } from '../types.ts';
import { fold, nameWords, roleOf } from './vocabulary.ts';

export function typeFromName(name: string, description = ''): FieldType {
  const role = roleOf(name, description);
  if (['total', 'balance', 'paid', 'subtotal', 'tax', 'amount', 'unitPrice'].includes(role)) return 'number';
  if (role === 'quantity') return 'integer';
  if (role === 'date' || role === 'dueDate') return 'date';
  if (/\b(is|has|paid|approved|signed)\b/.test(nameWords(name).join(' '))) return 'boolean';
  if (/\b(count|(number|num|no)\.? of|cantidad de)\b/.test(fold(`${name} ${description}`))) return 'integer';
  return 'string';
}

/** Yes/no answers and ticked boxes in the languages of the vocabulary. */
const YES_NO = /^(yes|no|si|sí|oui|non|ja|nein|sim|nao|não|true|false|[xX✓✔☒☑☐✗✘])$/i;
/** A code's label ("Account No", "Seat", "PO #", "HS code"): its digits name something, they count nothing. */
const CODE_LABEL = /\b(no|nº|n°|nr|num|number|numero|#|id|code|codigo|ref|reference|referencia|account|cuenta|phone|tel|telefono|fax|zip|postcode|postal|cp|seat|gate|row|section|room|flight|vuelo|order|pedido|invoice|factura|iban|swift|bic|nif|cif|vat|policy|poliza|plate|matricula|serial|lot|batch|ticket|booking|reserva)\b/;
/** A number alone, with a currency or unit around it: "€2,046.06", "USD 12,229.30", "114.8 kg", "15%", "(45.00)". */
const NUMBER = /^(?:[A-Z]{3}\s|RM\s?|[^\p{L}\d\s]{1,3}\s?)?[-(]?\d[\d.,' ]*\)?\s*(?:%|[\p{L}€$£¥.]{0,4})$/u;
/** A day and month printed without the year, as statements list them ("01 FEB", "12 Mar."). */
const DAY_MONTH = /^\d{1,2}\.?\s?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|ene|abr|ago|dic|janv|fevr|mars|avr|mai|juin|juil|aout|déc|mrz|okt|dez|gen|mag|giu|lug|set|ott)[a-z]*\.?$/;
const MONEY = /[€$£¥%]|^([A-Z]{3}\s|RM\s?)\d|\d\s[A-Z]{3}$/;

/** What a printed value is: a date, an amount, a whole number (a count, not a code), a yes/no, or text. */
export function typeFromValue(value: string, label = ''): FieldType {
  const v = value.trim();
  if (YES_NO.test(v)) return 'boolean';
  if (/@/.test(v)) return 'string';
  if (v.length <= 32 && /\d/.test(v) && parseDate(v) && v.replace(/[\p{L}\d]+/gu, 'w').split(/\s+/).length <= 4) return 'date';
  if (DAY_MONTH.test(fold(v))) return 'date';
  if (!NUMBER.test(v) || parseNumber(v) === null) return 'string';
  const named = typeFromName(label);
  if (named === 'integer' || named === 'number') return /^\d+$/.test(v) && named === 'integer' ? 'integer' : 'number';
  if (MONEY.test(v)) return 'number';
  // Digits under a code's label, or with a leading zero, are an identifier.
  if (CODE_LABEL.test(fold(label)) || /^0\d/.test(v)) return 'string';
  if (/^\d{1,4}$/.test(v)) return 'integer';
  return /[.,]\d{1,3}\b/.test(v) || /^\d{1,3}([,.' ]\d{3})+$/.test(v) || /\p{L}/u.test(v) ? 'number' : 'string';
}
