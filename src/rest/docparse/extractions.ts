// POST /extractions: a DocParse "extraction" is our stored schema (its `fields` with `key`/`type`/
// `list<object>` are read by the schema dialects); files are later sent to it in batches.
import { createSchema } from '../../resolvers/schemas.ts';
import { isoSeconds, json, readJson, RestError, type Route } from '../http.ts';

/** DocParse's language names; an OCR code (eng, spa, spa+eng) passes through as is. */
const LANGUAGES: Record<string, string> = { english: 'eng', spanish: 'spa', 'multi-lingual': 'spa+eng', multilingual: 'spa+eng' };

function languageOf(value: unknown): string | null {
  if (value == null) return null;
  if (typeof value !== 'string') throw new RestError(400, 'language must be a string');
  // Anything else is checked as an OCR code by createSchema (400 if it is not one).
  return LANGUAGES[value.trim().toLowerCase()] ?? value;
}

export const createExtractionRoute: Route = {
  method: 'POST',
  path: '/extractions',
  scope: 'schemas:write',
  async handle({ request, actor, services }) {
    const body = await readJson(request, services.settings.maxJsonBodyBytes);
    const { name, description, fields } = body;
    if (typeof name !== 'string' || !name.trim()) throw new RestError(400, 'name is required');
    if (description != null && typeof description !== 'string') throw new RestError(400, 'description must be a string');
    if (!Array.isArray(fields) || fields.length === 0) throw new RestError(400, 'fields must be a non-empty array');
    const schema = await createSchema(actor, {
      name,
      description: description ?? null,
      definition: { name, ...(description ? { description } : {}), fields },
      language: languageOf(body.language),
    });
    return json(201, { extraction: { id: schema.id, name: schema.name, status: 'ready', created_at: isoSeconds(schema.createdAt) } });
  },
};
