// The canonical field tree, validated with the exact path of the first problem.
import type { FieldDef, FieldType, SchemaDef } from '../types.ts';

export const FIELD_TYPES: FieldType[] = ['string', 'number', 'integer', 'boolean', 'date', 'enum', 'object', 'list', 'catalog'];
const NAME = /^[\p{L}_][\p{L}\p{N}_ -]{0,99}$/u;

export class SchemaValidationError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(`${path}: ${message}`);
    this.name = 'SchemaValidationError';
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function validateField(input: unknown, path: string, inList = false): FieldDef {
  if (!isObject(input)) throw new SchemaValidationError('a field must be an object', path);
  const { name, type, description, required, values, fields, items, catalog } = input;
  if (!inList && (typeof name !== 'string' || !NAME.test(name))) {
    throw new SchemaValidationError('name must be text of letters, digits, _ - or spaces (at most 100), starting with a letter or _', `${path}.name`);
  }
  if (typeof type !== 'string' || !FIELD_TYPES.includes(type as FieldType)) {
    throw new SchemaValidationError(`type must be one of ${FIELD_TYPES.join(', ')}`, `${path}.type`);
  }
  if (description !== undefined && description !== null && typeof description !== 'string') throw new SchemaValidationError('description must be text', `${path}.description`);
  if (required !== undefined && required !== null && typeof required !== 'boolean') throw new SchemaValidationError('required must be true or false', `${path}.required`);
  const field: FieldDef = { name: typeof name === 'string' ? name : '', type: type as FieldType };
  if (typeof description === 'string' && description) field.description = description;
  if (required) field.required = true;
  if (type === 'enum') {
    if (!Array.isArray(values) || values.length === 0 || values.some((v) => typeof v !== 'string')) {
      throw new SchemaValidationError('an enum needs values: a non-empty list of text', `${path}.values`);
    }
    field.values = values as string[];
  }
  if (type === 'object') {
    if (!Array.isArray(fields) || fields.length === 0) throw new SchemaValidationError('an object needs fields: a non-empty list', `${path}.fields`);
    field.fields = validateFields(fields, `${path}.fields`);
  }
  if (type === 'list') {
    if (!isObject(items)) throw new SchemaValidationError('a list needs items: the element field (a scalar, an enum or an object)', `${path}.items`);
    if (items.type === 'list') throw new SchemaValidationError('lists of lists are not supported', `${path}.items.type`);
    field.items = validateField({ ...items, name: typeof items.name === 'string' && items.name ? items.name : 'item' }, `${path}.items`, true);
  }
  if (type === 'catalog') {
    if (!isObject(catalog) || typeof catalog.catalogId !== 'string') throw new SchemaValidationError('a catalog field needs catalog.catalogId', `${path}.catalog`);
    field.catalog = catalog as FieldDef['catalog'];
    if (Array.isArray(fields)) field.fields = validateFields(fields, `${path}.fields`);
  }
  return field;
}

function validateFields(list: unknown[], path: string): FieldDef[] {
  const out = list.map((f, i) => validateField(f, `${path}[${i}]`));
  const seen = new Set<string>();
  out.forEach((f, i) => {
    if (seen.has(f.name)) throw new SchemaValidationError(`duplicate field name "${f.name}"`, `${path}[${i}].name`);
    seen.add(f.name);
  });
  return out;
}

export function validateSchema(input: unknown): SchemaDef {
  if (!isObject(input)) throw new SchemaValidationError('a schema must be an object with fields', 'schema');
  if (!Array.isArray(input.fields) || input.fields.length === 0) throw new SchemaValidationError('fields must be a non-empty list', 'fields');
  const schema: SchemaDef = { fields: validateFields(input.fields, 'fields') };
  if (typeof input.name === 'string' && input.name) schema.name = input.name;
  if (typeof input.description === 'string' && input.description) schema.description = input.description;
  return schema;
}

/** Visits every leaf (scalar or catalog) with its dotted path; lists use `[]`. */
export function leaves(fields: FieldDef[], prefix = ''): { path: string; field: FieldDef }[] {
  return fields.flatMap((f) => {
    const path = prefix ? `${prefix}.${f.name}` : f.name;
    if (f.type === 'object') return leaves(f.fields ?? [], path);
    if (f.type === 'list') return f.items?.type === 'object' ? leaves(f.items.fields ?? [], `${path}[]`) : [{ path: `${path}[]`, field: f.items! }];
    return [{ path, field: f }];
  });
}
