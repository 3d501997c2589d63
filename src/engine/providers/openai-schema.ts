// Schema proposals from a model (structured output), validated against our schema model.
import OpenAI from 'openai';
import { validateSchema } from '../schema/validate.ts';
import type { SchemaDef } from '../types.ts';
import { classify } from './openai.ts';

const SCALARS = ['string', 'number', 'integer', 'boolean', 'date'];
const field = (types: string[], nested: boolean): Record<string, unknown> => ({
  type: 'object',
  properties: {
    name: { type: 'string', description: 'snake_case field name' },
    type: { type: 'string', enum: types },
    description: { type: 'string' },
    required: { type: 'boolean' },
    ...(nested ? { item_fields: { type: 'array', description: 'For type list: the columns of each row; else empty', items: field(SCALARS, false) } } : {}),
  },
  required: ['name', 'type', 'description', 'required', ...(nested ? ['item_fields'] : [])],
  additionalProperties: false,
});

const RESPONSE_SCHEMA = {
  type: 'object',
  properties: { fields: { type: 'array', items: field([...SCALARS, 'list'], true) } },
  required: ['fields'],
  additionalProperties: false,
};

interface Proposed {
  name: string;
  type: string;
  description: string;
  required: boolean;
  item_fields?: Omit<Proposed, 'item_fields'>[];
}

export async function proposeSchemaWithModel(
  options: { baseURL: string; apiKey?: string; model: string },
  source: { documentText: string } | { name: string; description: string },
): Promise<SchemaDef> {
  const client = new OpenAI({ baseURL: options.baseURL, apiKey: options.apiKey || 'not-needed', maxRetries: 1 });
  const ask =
    'documentText' in source
      ? `Propose the fields worth extracting from documents like this one (labels and values, and tables as lists).\n\n${source.documentText.slice(0, 24_000)}`
      : `Propose the fields for a schema named "${source.name}": ${source.description}`;
  let content: string;
  try {
    const completion = await client.chat.completions.create({
      model: options.model,
      temperature: 0,
      messages: [
        { role: 'system', content: 'You design extraction schemas for business documents. Use snake_case names and the most specific type.' },
        { role: 'user', content: ask },
      ],
      response_format: { type: 'json_schema', json_schema: { name: 'schema_proposal', strict: true, schema: RESPONSE_SCHEMA } },
    });
    content = completion.choices[0]?.message?.content ?? '';
  } catch (error) {
    throw classify(error);
  }
  const proposed = (JSON.parse(content) as { fields: Proposed[] }).fields;
  return validateSchema({
    ...('name' in source ? { name: source.name, description: source.description } : {}),
    fields: proposed.map((f) =>
      f.type === 'list'
        ? { name: f.name, type: 'list', description: f.description, required: f.required, items: { name: 'item', type: 'object', fields: (f.item_fields ?? []).map(({ name, type, description }) => ({ name, type, description })) } }
        : { name: f.name, type: f.type, description: f.description, required: f.required },
    ),
  });
}
