// One canonical field tree, converted in and out of every dialect of the seeds, validated with paths.
import { describe, expect, it } from 'vitest';
import {
  detectDialect,
  fromDocmind,
  fromDocParse,
  fromDocumind,
  fromJsonSchema,
  SchemaValidationError,
  toCanonical,
  toDocmind,
  toDocParse,
  toDocumind,
  toJsonSchema,
  toModelJsonSchema,
  validateSchema,
} from '../../../src/engine/schema/index.ts';
import type { SchemaDef } from '../../../src/engine/types.ts';

const INVOICE: SchemaDef = {
  fields: [
    { name: 'invoice_number', type: 'string', required: true, description: 'Invoice number' },
    { name: 'issue_date', type: 'date' },
    { name: 'total_amount', type: 'number', required: true },
    { name: 'paid', type: 'boolean' },
    { name: 'currency', type: 'enum', values: ['EUR', 'USD'] },
    { name: 'customer', type: 'object', fields: [{ name: 'name', type: 'string' }, { name: 'dni', type: 'string' }] },
    { name: 'line_items', type: 'list', items: { name: 'item', type: 'object', fields: [{ name: 'description', type: 'string' }, { name: 'qty', type: 'integer' }, { name: 'unit_price', type: 'number' }] } },
    { name: 'tags', type: 'list', items: { name: 'item', type: 'string' } },
    { name: 'status', type: 'list', items: { name: 'item', type: 'enum', values: ['open', 'closed'] } },
    { name: 'supplier', type: 'catalog', catalog: { catalogId: 'cat_suppliers', threshold: 0.8 } },
    { name: 'product', type: 'catalog', catalog: { catalogId: 'cat_products' }, fields: [{ name: 'code', type: 'string' }, { name: 'name', type: 'string' }] },
  ],
};

describe('schema dialects round-trip through the canonical tree', () => {
  it.each([
    ['Documind named_entities', toDocumind, fromDocumind, 'documind'],
    ['DocParse fields', toDocParse, fromDocParse, 'docparse'],
    ['Docmind skill fields', toDocmind, fromDocmind, 'docmind'],
    ['JSON Schema', toJsonSchema, fromJsonSchema, 'jsonschema'],
  ] as const)('%s', (_name, out, back, dialect) => {
    const converted = out(INVOICE) as any;
    expect(detectDialect(converted)).toBe(dialect);
    expect(validateSchema(back(converted))).toEqual(INVOICE);
    expect(toCanonical(converted)).toEqual(INVOICE);
  });

  it('round-trips twice without drift (dialect → canonical → dialect is stable)', () => {
    for (const [out, back] of [[toDocumind, fromDocumind], [toDocParse, fromDocParse], [toDocmind, fromDocmind], [toJsonSchema, fromJsonSchema]] as const) {
      const once = out(INVOICE) as any;
      expect(out(validateSchema(back(once)))).toEqual(once);
    }
  });

  it('reads Documind nested objects and arrays', () => {
    const schema = toCanonical({
      named_entities: {
        vendor: { type: 'object', properties: { name: { type: 'string' }, tax_id: { type: 'string' } }, required: ['name'] },
        line_items: { type: 'array', description: 'Rows', items: { type: 'object', properties: { description: { type: 'string' }, amount: { type: 'number' } } } },
        emails: { type: 'array', items: { type: 'string' } },
        kind: { type: 'string', enum: ['invoice', 'receipt'] },
      },
      required: ['vendor', 'line_items'],
    });
    expect(schema.fields).toEqual([
      { name: 'vendor', type: 'object', required: true, fields: [{ name: 'name', type: 'string', required: true }, { name: 'tax_id', type: 'string' }] },
      { name: 'line_items', type: 'list', description: 'Rows', required: true, items: { name: 'item', type: 'object', fields: [{ name: 'description', type: 'string' }, { name: 'amount', type: 'number' }] } },
      { name: 'emails', type: 'list', items: { name: 'item', type: 'string' } },
      { name: 'kind', type: 'enum', values: ['invoice', 'receipt'] },
    ]);
  });

  it('reads JSON Schema with $defs references and nullable unions', () => {
    const schema = toCanonical({
      type: 'object',
      $defs: { money: { type: ['number', 'null'], description: 'Amount' }, row: { type: 'object', properties: { sku: { type: 'string' } }, required: ['sku'], additionalProperties: false } },
      properties: {
        total: { $ref: '#/$defs/money' },
        due: { anyOf: [{ type: 'string', format: 'date' }, { type: 'null' }] },
        rows: { type: 'array', items: { $ref: '#/$defs/row' } },
      },
      required: ['total'],
    });
    expect(schema.fields).toEqual([
      { name: 'total', type: 'number', description: 'Amount', required: true },
      { name: 'due', type: 'date' },
      { name: 'rows', type: 'list', items: { name: 'item', type: 'object', fields: [{ name: 'sku', type: 'string', required: true }] } },
    ]);
    expect(() => toCanonical({ type: 'object', properties: { a: { $ref: '#/$defs/nope' } } })).toThrow(SchemaValidationError);
    expect(toCanonical({ $schema: 'https://json-schema.org/draft/2020-12/schema', properties: { a: { type: 'integer' } } }).fields).toEqual([{ name: 'a', type: 'integer' }]);
  });

  it('reads the seeds\' own examples', () => {
    expect(toCanonical({ named_entities: { policy_number: { type: 'string', description: 'Insurance policy number' }, coverage_amount: { type: 'number', description: 'Total coverage in USD' } }, required: ['policy_number'] })).toEqual({
      fields: [
        { name: 'policy_number', type: 'string', description: 'Insurance policy number', required: true },
        { name: 'coverage_amount', type: 'number', description: 'Total coverage in USD' },
      ],
    });
    const docparse = toCanonical({
      name: 'Invoice extractor',
      fields: [
        { key: 'invoice_number', type: 'string' },
        { key: 'line_items', type: 'list<object>', fields: [{ key: 'description', type: 'string' }, { key: 'qty', type: 'number' }] },
      ],
    });
    expect(docparse.fields[1]).toEqual({ name: 'line_items', type: 'list', items: { name: 'item', type: 'object', fields: [{ name: 'description', type: 'string' }, { name: 'qty', type: 'number' }] } });
    // Docmind: ordered by `order`, float is a number, isList makes a list.
    const docmind = toCanonical([
      { name: 'monto_total', order: 2, type: 'float' },
      { name: 'numero_factura', order: 1, type: 'string' },
      { name: 'items', order: 3, type: 'object', isList: true, fields: [{ name: 'Cantidad', order: 1, type: 'integer' }] },
    ]);
    expect(docmind.fields.map((f) => [f.name, f.type])).toEqual([['numero_factura', 'string'], ['monto_total', 'number'], ['items', 'list']]);
  });

  it('rejects bad schemas with the exact path of the bad field', () => {
    const cases: [unknown, string][] = [
      [{ fields: [] }, 'fields'],
      [{ fields: [{ name: 'a', type: 'strnig' }] }, 'fields[0].type'],
      [{ fields: [{ name: 'a', type: 'enum' }] }, 'fields[0].values'],
      [{ fields: [{ name: 'a', type: 'list', items: { type: 'object', fields: [{ name: 'b', type: 'nope' }] } }] }, 'fields[0].items.fields[0].type'],
      [{ fields: [{ name: 'a', type: 'string' }, { name: 'a', type: 'number' }] }, 'fields[1].name'],
      [{ named_entities: { a: { type: 'weird' } } }, 'named_entities.a.type'],
      [{ fields: [{ key: 'x', type: 'list<wat>' }] }, 'fields[0].type'],
      [{ fields: [{ name: 'a', type: 'object', fields: [{ name: 'b', type: 'string' }, { name: 'c', type: 'list', items: { type: 'object', fields: [{ name: 'd', type: 'bad' }] } }] }] }, 'fields[0].fields[1].items.fields[0].type'],
      [{ fields: [{ name: 'a', type: 'list' }] }, 'fields[0].items'],
      [{ fields: [{ name: 'a', type: 'list', items: { type: 'list', items: { type: 'string' } } }] }, 'fields[0].items.type'],
      [{ fields: [{ name: 'a', type: 'object', fields: [] }] }, 'fields[0].fields'],
      [{ fields: [{ name: 'a', type: 'catalog' }] }, 'fields[0].catalog'],
      [{ fields: [{ name: '', type: 'string' }] }, 'fields[0].name'],
      [{ fields: [{ name: 'a', type: 'string', required: 'yes' }] }, 'fields[0].required'],
      [{ named_entities: { a: { type: 'object', properties: { b: { type: 'mystery' } } } } }, 'named_entities.a.properties.b.type'],
      [{ type: 'object', properties: { a: { type: 'object', properties: { b: { type: 'tuple' } } } } }, 'properties.a.properties.b.type'],
      [[{ name: 'a', order: 1, type: 'money' }], 'fields[0].type'],
      [42, 'schema'],
    ];
    for (const [input, path] of cases) {
      try {
        toCanonical(input);
        throw new Error(`accepted ${JSON.stringify(input)}`);
      } catch (e) {
        expect(e).toBeInstanceOf(SchemaValidationError);
        expect((e as SchemaValidationError).path).toBe(path);
      }
    }
  });

  it('gives the model a strict schema asking for values as printed', () => {
    const s = toModelJsonSchema(INVOICE) as any;
    expect(s.additionalProperties).toBe(false);
    expect(s.required).toEqual(INVOICE.fields.map((f) => f.name));
    expect(s.properties.total_amount.type).toEqual(['string', 'null']);
    expect(s.properties.line_items.items.required).toEqual(['description', 'qty', 'unit_price']);
    expect(s.properties.currency.description).toMatch(/One of: EUR, USD/);
  });
});
