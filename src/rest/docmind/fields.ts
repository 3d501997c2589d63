// Docmind's `fields`: the skill's fields in order, each `{name, order, type, value}`, where value is
// `{literal, parsed}` (plus `word_ids`, `id`, `type` in /detailed), a list of sub-fields for objects,
// a list of rows for lists, or the catalog match for catalog fields.
import { createHash } from 'node:crypto';
import type { FieldDef, FieldValue, SchemaDef } from '../../engine/types.ts';
import { METODO } from './vocabulary.ts';

type Obj = Record<string, unknown>;

interface Source {
  extractionId: string;
  schema: SchemaDef;
  /** Leaf values by path (`total`, `items[0].qty`). */
  leaves: Map<string, FieldValue>;
  /** Reviewed results when reviewed, else results: what the values are now. */
  current: Obj;
  detailed: boolean;
}

/** Docmind's type names: float for numbers, catalog for catalog fields; enums are strings. */
export function docmindType(f: FieldDef): string {
  const t = f.type === 'list' ? (f.items?.type ?? 'string') : f.type;
  return t === 'number' ? 'float' : t === 'enum' ? 'string' : t === 'list' ? 'object' : t;
}

/** A stable id per field of an extraction (Docmind's field-uuid): derived, so it never changes between reads. */
function fieldId(extractionId: string, path: string) {
  const h = createHash('sha1').update(`${extractionId}:${path}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function at(value: unknown, path: string): unknown {
  const parts = path.match(/[^.[\]]+/g) ?? [];
  let node: unknown = value;
  for (const p of parts) node = node == null ? undefined : (node as Obj)[/^\d+$/.test(p) ? Number(p) : p];
  return node;
}

function leaf(src: Source, f: FieldDef, path: string) {
  const found = src.leaves.get(path);
  const now = at(src.current, path) ?? null;
  const changed = found ? JSON.stringify(found.parsed ?? null) !== JSON.stringify(now) : now !== null;
  // A reviewer's correction replaces the value; it was typed, not read, so it has no words.
  const literal = changed ? (now === null ? null : String(now)) : (found?.literal ?? null);
  const value: Obj = { literal, parsed: now };
  if (src.detailed) Object.assign(value, { word_ids: changed ? [] : (found?.wordIds ?? []), id: fieldId(src.extractionId, path), type: docmindType(f) });
  return value;
}

function catalogValue(src: Source, f: FieldDef) {
  const match = src.current[f.name] as Obj | undefined;
  if (!match || match.type !== 'catalog') {
    return { type: 'catalog', matching: { status: 'not_found', method: 'exacta', score: 0, threshold_used: null, extracted_values: {}, catalog_record_id: null, key_columns: [] }, catalog_values: {} };
  }
  const matching = match.matching as Obj;
  return { ...match, matching: { ...matching, method: METODO[matching.method as keyof typeof METODO] ?? matching.method } };
}

function valueOf(src: Source, f: FieldDef, path: string): unknown {
  if (f.type === 'catalog') return catalogValue(src, f);
  if (f.type === 'object') return (f.fields ?? []).map((c, i) => entry(src, c, i + 1, `${path}.${c.name}`));
  if (f.type === 'list') {
    const rows = at(src.current, path);
    const items = Array.isArray(rows) ? rows : [];
    const item = f.items!;
    // Rows of an object list are dictionaries of sub-field values; rows of a scalar list are values.
    return items.map((_, i) =>
      item.type === 'object' ? Object.fromEntries((item.fields ?? []).map((c) => [c.name, valueOf(src, c, `${path}[${i}].${c.name}`)])) : valueOf(src, item, `${path}[${i}]`),
    );
  }
  return leaf(src, f, path);
}

function entry(src: Source, f: FieldDef, order: number, path: string) {
  return { name: f.name, order, type: docmindType(f), value: valueOf(src, f, path) };
}

export function docmindFields(input: { extractionId: string; schema: SchemaDef; fields: FieldValue[] | null; current: Obj | null; detailed: boolean }) {
  const src: Source = {
    extractionId: input.extractionId,
    schema: input.schema,
    leaves: new Map((input.fields ?? []).map((v) => [v.path, v])),
    current: input.current ?? {},
    detailed: input.detailed,
  };
  return (input.schema.fields ?? []).map((f, i) => entry(src, f, i + 1, f.name));
}
