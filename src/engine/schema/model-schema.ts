// What a model is asked to fill: the schema as strict JSON Schema (OpenAI structured outputs: every
// property required, nullable, no extra properties). Every leaf is a string holding the value AS PRINTED
// in the document, so it can be grounded to the page words; docsift parses it itself.
import type { FieldDef, SchemaDef } from '../types.ts';

function property(f: FieldDef): Record<string, unknown> {
  const hint = [f.description, f.type === 'enum' ? `One of: ${f.values?.join(', ')}.` : '', `(${f.type}, copy it exactly as printed)`].filter(Boolean).join(' ');
  if (f.type === 'object' || (f.type === 'catalog' && f.fields?.length)) {
    return { type: ['object', 'null'], description: f.description ?? '', properties: Object.fromEntries((f.fields ?? []).map((c) => [c.name, property(c)])), required: (f.fields ?? []).map((c) => c.name), additionalProperties: false };
  }
  if (f.type === 'list') {
    const items = property(f.items!);
    return { type: 'array', description: f.description ?? '', items: { ...items, type: (items.type as string[]).filter((t) => t !== 'null') } };
  }
  return { type: ['string', 'null'], description: hint };
}

export function toModelJsonSchema(schema: SchemaDef): Record<string, unknown> {
  return {
    type: 'object',
    properties: Object.fromEntries(schema.fields.map((f) => [f.name, property(f)])),
    required: schema.fields.map((f) => f.name),
    additionalProperties: false,
  };
}
