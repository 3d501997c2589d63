// Offline schema proposals: from a document's label/value pairs and tables, or from a description sentence.
import { parseDate, parseNumber } from '../normalize/index.ts';
import type { FieldDef, FieldType, Page, SchemaDef } from '../types.ts';
import { linesOf, rowsOf } from './lines.ts';
import { fold, LABELS, nameWords, roleOf } from './vocabulary.ts';

const snake = (s: string) =>
  fold(s)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 60) || 'field';

function typeFromValue(value: string): FieldType {
  if (parseDate(value) && /\d/.test(value)) return 'date';
  if (/^[^\d]{0,4}[-(]?\d[\d.,\s]*\)?[^\d]{0,4}$/.test(value.trim()) && parseNumber(value) !== null) return /[.,]\d{1,2}\b/.test(value) || /[€$£]|rm|eur|usd/i.test(value) ? 'number' : 'string';
  return 'string';
}

export function typeFromName(name: string, description = ''): FieldType {
  const role = roleOf(name, description);
  if (['total', 'balance', 'paid', 'subtotal', 'tax', 'amount', 'unitPrice'].includes(role)) return 'number';
  if (role === 'quantity') return 'integer';
  if (role === 'date' || role === 'dueDate') return 'date';
  if (/\b(is|has|paid|approved|signed)\b/.test(nameWords(name).join(' '))) return 'boolean';
  if (/\b(count|number of|num of|cantidad de)\b/.test(fold(`${name} ${description}`))) return 'integer';
  return 'string';
}

export function proposeSchemaFromDocument(pages: Page[]): SchemaDef {
  const lines = linesOf(pages);
  const fields: FieldDef[] = [];
  const seen = new Set<string>();
  const add = (f: FieldDef) => {
    if (seen.has(f.name)) return;
    seen.add(f.name);
    fields.push(f);
  };
  // Table: a line with several known column labels.
  const columnWords = [...LABELS.description, ...LABELS.quantity, ...LABELS.unitPrice, ...LABELS.amount];
  const header = rowsOf(lines).find((l) => columnWords.filter((c) => new RegExp(`\\b${c}\\b`).test(l.folded)).length >= 2);
  for (const line of lines) {
    if (line.row === header?.row) continue;
    // "Label: value" pairs.
    const m = line.text.match(/^\s*([\p{L}][\p{L}\s.#º/]{1,40}?)\s*[:：]\s*(\S.*)$/u);
    if (!m) continue;
    const label = m[1].trim();
    const value = m[2].trim();
    const type = typeFromValue(value) === 'string' ? typeFromName(label) : typeFromValue(value);
    add({ name: snake(label), type, description: `${label} (as labelled in the document)`, required: false });
  }
  if (header) {
    // One column per segment of the header row ("Unit price" is one column).
    const children: FieldDef[] = lines
      .filter((l) => l.row === header.row)
      .map((l) => l.text.replace(/[^\p{L}\p{N} ]/gu, ''))
      .filter((t) => t.length > 1)
      .map((t) => ({ name: snake(t), type: typeFromName(t), description: `Column ${t}` }));
    const unique = children.filter((c, i) => children.findIndex((d) => d.name === c.name) === i);
    if (unique.length) add({ name: 'line_items', type: 'list', description: 'Rows of the table', items: { name: 'item', type: 'object', fields: unique } });
  }
  if (!fields.length) add({ name: 'text', type: 'string', description: 'The document text' });
  return { fields };
}

export function proposeSchemaFromDescription(name: string, description: string): SchemaDef {
  const cleaned = description.replace(/^\s*(extract|get|find|capture|obtain|extraer|obtener)\s*(the|el|la|los|las)?\s*/i, '');
  const parts = cleaned
    .split(/,|;|\band\b|\by\b|\bas well as\b|\n/i)
    .map((p) => p.replace(/^\s*(the|a|an|el|la|los|las|its)\s+/i, '').replace(/[.]+$/, '').trim())
    .filter((p) => p.length > 1);
  const fields: FieldDef[] = [];
  for (const part of parts) {
    // "effective dates" → one date field each for a plural of dates.
    const fieldName = snake(part);
    if (fields.some((f) => f.name === fieldName)) continue;
    fields.push({ name: fieldName, type: typeFromName(part), description: part, required: false });
  }
  return { name, description, fields: fields.length ? fields : [{ name: 'value', type: 'string', description }] };
}
