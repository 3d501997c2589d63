// Converters between the canonical field tree and each dialect of the seeds: Documind
// (`named_entities` + `required`), DocParse (`fields` with `key` and `list<object>`), Docmind skill fields
// (ordered, `isList`, `float`), and JSON Schema. Every input is validated after conversion.
import type { FieldDef, FieldType, SchemaDef } from '../types.ts';
import { SchemaValidationError, validateSchema } from './validate.ts';

export type Dialect = 'canonical' | 'documind' | 'docparse' | 'docmind' | 'jsonschema';
type Obj = Record<string, any>;
const isObject = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

// Dialects with no catalog type carry our catalog fields as an extension key, so they round-trip.
const CATALOG_KEY = 'x-catalog';

/** A converted field becomes a catalog field when its source carried the catalog extension. */
function withCatalog(field: FieldDef, source: Obj): FieldDef {
  const catalog = source[CATALOG_KEY];
  if (!isObject(catalog)) return field;
  const { values: _values, items: _items, ...rest } = field;
  return { ...rest, type: 'catalog', catalog: catalog as FieldDef['catalog'] };
}

// ── Documind: { named_entities: { name: { type, description, ... } }, required: [...] } ──

function fromDocumindEntity(name: string, e: Obj, required: boolean, path: string): FieldDef {
  if (!isObject(e)) throw new SchemaValidationError('an entity must be an object with a type', path);
  return withCatalog(documindEntity(name, e, required, path), e);
}

function documindEntity(name: string, e: Obj, required: boolean, path: string): FieldDef {
  const base = { name, ...(e.description ? { description: String(e.description) } : {}), ...(required ? { required: true } : {}) };
  const type = String(e.type ?? 'string').toLowerCase();
  if (Array.isArray(e.enum)) return { ...base, type: 'enum', values: e.enum.map(String) };
  if (type === 'object') {
    const props = e.properties ?? e.named_entities ?? {};
    const req: string[] = e.required ?? [];
    return { ...base, type: 'object', fields: Object.entries(props).map(([k, v]) => fromDocumindEntity(k, v as Obj, req.includes(k), `${path}.properties.${k}`)) };
  }
  if (type === 'array' || type === 'list') {
    const items = isObject(e.items) ? e.items : { type: 'string' };
    return { ...base, type: 'list', items: fromDocumindEntity('item', items, false, `${path}.items`) };
  }
  const map: Record<string, FieldType> = { string: 'string', text: 'string', number: 'number', float: 'number', integer: 'integer', int: 'integer', boolean: 'boolean', bool: 'boolean', date: 'date', datetime: 'date', enum: 'enum' };
  if (!map[type]) throw new SchemaValidationError(`unknown type "${e.type}"`, `${path}.type`);
  return { ...base, type: map[type], ...(map[type] === 'enum' ? { values: (e.values ?? []).map(String) } : {}) };
}

export function fromDocumind(input: Obj): SchemaDef {
  const required: string[] = Array.isArray(input.required) ? input.required : [];
  return {
    ...(input.name ? { name: String(input.name) } : {}),
    ...(input.description ? { description: String(input.description) } : {}),
    fields: Object.entries(input.named_entities ?? {}).map(([k, v]) => fromDocumindEntity(k, v as Obj, required.includes(k), `named_entities.${k}`)),
  };
}

function toDocumindEntity(f: FieldDef): Obj {
  const d = f.description ? { description: f.description } : {};
  switch (f.type) {
    case 'object':
      return { type: 'object', ...d, properties: Object.fromEntries((f.fields ?? []).map((c) => [c.name, toDocumindEntity(c)])), required: (f.fields ?? []).filter((c) => c.required).map((c) => c.name) };
    case 'list':
      return { type: 'array', ...d, items: toDocumindEntity(f.items!) };
    case 'enum':
      return { type: 'string', ...d, enum: f.values };
    case 'catalog':
      return f.fields?.length ? { ...toDocumindEntity({ ...f, type: 'object' }), [CATALOG_KEY]: f.catalog } : { type: 'string', ...d, [CATALOG_KEY]: f.catalog };
    default:
      return { type: f.type, ...d };
  }
}

export function toDocumind(schema: SchemaDef): Obj {
  return {
    named_entities: Object.fromEntries(schema.fields.map((f) => [f.name, toDocumindEntity(f)])),
    required: schema.fields.filter((f) => f.required).map((f) => f.name),
  };
}

// ── DocParse: { name, description, fields: [{ key, type: 'string' | 'list<object>' ..., fields }] } ──

function fromDocParseField(f: Obj, path: string): FieldDef {
  if (!isObject(f) || typeof f.key !== 'string') throw new SchemaValidationError('a field needs a key', `${path}.key`);
  const base = { name: f.key, ...(f.description ? { description: String(f.description) } : {}), ...(f.required ? { required: true } : {}) };
  const type = String(f.type ?? 'string').toLowerCase().replace(/\s+/g, '');
  const list = type.match(/^list<(.+)>$/);
  const scalar = (t: string, p: string): FieldDef => {
    const map: Record<string, FieldType> = { string: 'string', number: 'number', integer: 'integer', boolean: 'boolean', date: 'date', enum: 'enum' };
    if (t === 'object') return { name: 'item', type: 'object', fields: (f.fields ?? []).map((c: Obj, i: number) => fromDocParseField(c, `${path}.fields[${i}]`)) };
    if (!map[t]) throw new SchemaValidationError(`unknown type "${f.type}"`, p);
    return { name: 'item', type: map[t], ...(map[t] === 'enum' ? { values: f.values ?? f.options ?? [] } : {}) };
  };
  if (list) return { ...base, type: 'list', items: scalar(list[1], `${path}.type`) };
  const one = scalar(type, `${path}.type`);
  return withCatalog({ ...one, ...base }, f);
}

export function fromDocParse(input: Obj): SchemaDef {
  return {
    ...(input.name ? { name: String(input.name) } : {}),
    ...(input.description ? { description: String(input.description) } : {}),
    fields: (input.fields as Obj[]).map((f, i) => fromDocParseField(f, `fields[${i}]`)),
  };
}

function toDocParseField(f: FieldDef): Obj {
  const d = { ...(f.description ? { description: f.description } : {}), ...(f.required ? { required: true } : {}) };
  if (f.type === 'list') {
    const item = f.items!;
    return item.type === 'object'
      ? { key: f.name, type: 'list<object>', ...d, fields: (item.fields ?? []).map(toDocParseField) }
      : { key: f.name, type: `list<${item.type}>`, ...d, ...(item.values ? { values: item.values } : {}) };
  }
  if (f.type === 'object') return { key: f.name, type: 'object', ...d, fields: (f.fields ?? []).map(toDocParseField) };
  if (f.type === 'enum') return { key: f.name, type: 'enum', ...d, values: f.values };
  if (f.type === 'catalog') {
    return f.fields?.length ? { key: f.name, type: 'object', ...d, fields: f.fields.map(toDocParseField), [CATALOG_KEY]: f.catalog } : { key: f.name, type: 'string', ...d, [CATALOG_KEY]: f.catalog };
  }
  return { key: f.name, type: f.type, ...d };
}

export function toDocParse(schema: SchemaDef): Obj {
  return { ...(schema.name ? { name: schema.name } : {}), ...(schema.description ? { description: schema.description } : {}), fields: schema.fields.map(toDocParseField) };
}

// ── Docmind skill fields: [{ name, order, type: string|integer|float|date|boolean|object|catalog, isList, fields }] ──

function fromDocmindField(f: Obj, path: string): FieldDef {
  if (!isObject(f) || typeof f.name !== 'string') throw new SchemaValidationError('a field needs a name', `${path}.name`);
  const map: Record<string, FieldType> = { string: 'string', text: 'string', integer: 'integer', int: 'integer', float: 'number', number: 'number', date: 'date', boolean: 'boolean', object: 'object', catalog: 'catalog', enum: 'enum', list: 'list' };
  const type = map[String(f.type ?? 'string').toLowerCase()];
  if (!type) throw new SchemaValidationError(`unknown type "${f.type}"`, `${path}.type`);
  const children = f.fields ?? f.subfields;
  const base: FieldDef = {
    name: f.name,
    type,
    ...(f.description ? { description: String(f.description) } : {}),
    ...(f.required ? { required: true } : {}),
    ...(type === 'enum' ? { values: f.values ?? f.options } : {}),
    ...(type === 'object' || (type === 'catalog' && Array.isArray(children)) ? { fields: sortByOrder(children ?? []).map((c: Obj, i: number) => fromDocmindField(c, `${path}.fields[${i}]`)) } : {}),
    ...(type === 'catalog' ? { catalog: f.catalog ?? (f.catalogId ? { catalogId: f.catalogId, threshold: f.threshold } : undefined) } : {}),
    ...(type === 'list' ? { items: f.items } : {}),
  };
  if (!f.isList || type === 'list') return base;
  const { name, description, required, ...element } = base;
  return { name, type: 'list', ...(description ? { description } : {}), ...(required ? { required } : {}), items: { ...element, name: 'item' } };
}

const sortByOrder = (list: Obj[]) => [...list].sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity));

export function fromDocmind(input: Obj | Obj[]): SchemaDef {
  const list = Array.isArray(input) ? input : input.fields;
  return {
    ...(!Array.isArray(input) && input.name ? { name: String(input.name) } : {}),
    ...(!Array.isArray(input) && input.description ? { description: String(input.description) } : {}),
    fields: sortByOrder(list).map((f, i) => fromDocmindField(f, `fields[${i}]`)),
  };
}

function toDocmindField(f: FieldDef, order: number): Obj {
  const d = { ...(f.description ? { description: f.description } : {}), ...(f.required ? { required: true } : {}) };
  const t = (x: FieldDef) => (x.type === 'number' ? 'float' : x.type);
  if (f.type === 'list') {
    const item = f.items!;
    return { name: f.name, order, type: t(item), isList: true, ...d, ...(item.values ? { values: item.values } : {}), ...(item.fields ? { fields: item.fields.map((c, i) => toDocmindField(c, i + 1)) } : {}) };
  }
  return {
    name: f.name,
    order,
    type: t(f),
    isList: false,
    ...d,
    ...(f.values ? { values: f.values } : {}),
    ...(f.fields ? { fields: f.fields.map((c, i) => toDocmindField(c, i + 1)) } : {}),
    ...(f.catalog ? { catalog: f.catalog } : {}),
  };
}

export function toDocmind(schema: SchemaDef): Obj {
  return { ...(schema.name ? { name: schema.name } : {}), ...(schema.description ? { description: schema.description } : {}), fields: schema.fields.map((f, i) => toDocmindField(f, i + 1)) };
}

// ── JSON Schema (draft 2020-12 object schema) ──

/** Follows a local `$ref` (`#/$defs/x`, `#/definitions/x`) and unwraps `anyOf`/`oneOf` [T, null] (nullable T). */
function resolveJson(p: Obj, root: Obj, path: string, depth = 0): Obj {
  if (depth > 20) throw new SchemaValidationError('$ref cycle', path);
  if (typeof p.$ref === 'string') {
    const m = p.$ref.match(/^#\/(\$defs|definitions)\/(.+)$/);
    const target = m ? root[m[1]]?.[decodeURIComponent(m[2])] : undefined;
    if (!isObject(target)) throw new SchemaValidationError(`cannot resolve $ref "${p.$ref}" (only local #/$defs refs)`, `${path}.$ref`);
    const { $ref: _ref, ...rest } = p;
    return resolveJson({ ...target, ...rest }, root, path, depth + 1);
  }
  const union = p.anyOf ?? p.oneOf;
  if (Array.isArray(union)) {
    const branches = union.filter((b: unknown) => !(isObject(b) && b.type === 'null'));
    if (branches.length !== 1 || !isObject(branches[0])) throw new SchemaValidationError('unions other than "T or null" are not supported', `${path}.${p.anyOf ? 'anyOf' : 'oneOf'}`);
    const { anyOf: _a, oneOf: _o, ...rest } = p;
    return resolveJson({ ...branches[0], ...rest }, root, path, depth + 1);
  }
  return p;
}

function fromJsonProperty(name: string, input: Obj, required: boolean, path: string, root: Obj): FieldDef {
  if (!isObject(input)) throw new SchemaValidationError('a property must be an object', path);
  const p = resolveJson(input, root, path);
  return withCatalog(jsonProperty(name, p, required, path, root), p);
}

function jsonProperty(name: string, p: Obj, required: boolean, path: string, root: Obj): FieldDef {
  const types = (Array.isArray(p.type) ? p.type : [p.type]).filter((t: unknown) => t !== 'null');
  const type = types[0] ?? (p.enum ? 'string' : p.properties ? 'object' : p.items ? 'array' : 'string');
  const base = { name, ...(p.description ? { description: String(p.description) } : {}), ...(required ? { required: true } : {}) };
  if (Array.isArray(p.enum)) return { ...base, type: 'enum', values: p.enum.filter((v: unknown) => v !== null).map(String) };
  if (type === 'object') {
    const req: string[] = p.required ?? [];
    return { ...base, type: 'object', fields: Object.entries(p.properties ?? {}).map(([k, v]) => fromJsonProperty(k, v as Obj, req.includes(k), `${path}.properties.${k}`, root)) };
  }
  if (type === 'array') return { ...base, type: 'list', items: fromJsonProperty('item', p.items ?? { type: 'string' }, false, `${path}.items`, root) };
  if (type === 'string' && (p.format === 'date' || p.format === 'date-time')) return { ...base, type: 'date' };
  const map: Record<string, FieldType> = { string: 'string', number: 'number', integer: 'integer', boolean: 'boolean' };
  if (!map[type]) throw new SchemaValidationError(`unsupported type "${type}"`, `${path}.type`);
  return { ...base, type: map[type] };
}

export function fromJsonSchema(input: Obj): SchemaDef {
  const req: string[] = input.required ?? [];
  return {
    ...(input.title ? { name: String(input.title) } : {}),
    ...(input.description ? { description: String(input.description) } : {}),
    fields: Object.entries(input.properties ?? {}).map(([k, v]) => fromJsonProperty(k, v as Obj, req.includes(k), `properties.${k}`, input)),
  };
}

function toJsonProperty(f: FieldDef): Obj {
  const d = f.description ? { description: f.description } : {};
  switch (f.type) {
    case 'object':
      return { type: 'object', ...d, properties: Object.fromEntries((f.fields ?? []).map((c) => [c.name, toJsonProperty(c)])), required: (f.fields ?? []).filter((c) => c.required).map((c) => c.name), additionalProperties: false };
    case 'list':
      return { type: 'array', ...d, items: toJsonProperty(f.items!) };
    case 'enum':
      return { type: 'string', ...d, enum: f.values };
    case 'date':
      return { type: 'string', format: 'date', ...d };
    case 'catalog':
      return f.fields?.length ? { ...toJsonProperty({ ...f, type: 'object' }), [CATALOG_KEY]: f.catalog } : { type: 'string', ...d, [CATALOG_KEY]: f.catalog };
    default:
      return { type: f.type, ...d };
  }
}

export function toJsonSchema(schema: SchemaDef): Obj {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    ...(schema.name ? { title: schema.name } : {}),
    ...(schema.description ? { description: schema.description } : {}),
    properties: Object.fromEntries(schema.fields.map((f) => [f.name, toJsonProperty(f)])),
    required: schema.fields.filter((f) => f.required).map((f) => f.name),
    additionalProperties: false,
  };
}

// ── Detection ──

export function detectDialect(input: unknown): Dialect {
  if (Array.isArray(input)) return 'docmind';
  if (!isObject(input)) throw new SchemaValidationError('a schema must be an object', 'schema');
  if (isObject(input.named_entities)) return 'documind';
  // JSON Schema: an object schema; `type` is sometimes left out next to `properties`.
  if ((input.type === 'object' || input.type === undefined) && isObject(input.properties)) return 'jsonschema';
  if (Array.isArray(input.fields)) {
    const fields = input.fields as Obj[];
    if (fields.some((f) => isObject(f) && 'key' in f)) return 'docparse';
    if (fields.some((f) => isObject(f) && ('order' in f || 'isList' in f || f.type === 'float'))) return 'docmind';
    return 'canonical';
  }
  throw new SchemaValidationError('unrecognised schema: expected fields, named_entities or a JSON Schema object', 'schema');
}

/** Any supported dialect → the validated canonical tree. */
export function toCanonical(input: unknown): SchemaDef {
  const dialect = detectDialect(input);
  const converted =
    dialect === 'documind' ? fromDocumind(input as Obj)
    : dialect === 'docparse' ? fromDocParse(input as Obj)
    : dialect === 'docmind' ? fromDocmind(input as Obj)
    : dialect === 'jsonschema' ? fromJsonSchema(input as Obj)
    : (input as SchemaDef);
  return validateSchema(converted);
}
