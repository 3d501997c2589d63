// Schema generation: from a sample document (POST /schema/{document_id} → {"schema": ...}) and from a
// description (POST /schema/generate-dynamic-schema/ → the schema itself), both in Documind's format.
import { toDocumind } from '../../engine/schema/index.ts';
import { generateSchemaFromDescription, generateSchemaFromDocument } from '../../resolvers/schema-generation.ts';
import { json, readJson, RestError, type Route } from '../http.ts';

const fromDescription: Route = {
  method: 'POST',
  path: '/schema/generate-dynamic-schema',
  scope: 'schemas:write',
  async handle({ request, actor, services }) {
    const body = await readJson(request, services.settings.maxJsonBodyBytes);
    const name = body.schema_name;
    const description = body.schema_description;
    if (typeof name !== 'string' || !name.trim()) throw new RestError(400, 'schema_name is required');
    if (typeof description !== 'string' || !description.trim()) throw new RestError(400, 'schema_description is required');
    const { schema } = await generateSchemaFromDescription(actor, name, description);
    return json(200, toDocumind(schema));
  },
};

const fromDocument: Route = {
  method: 'POST',
  path: '/schema/:documentId',
  scope: 'schemas:write',
  async handle({ params, actor }) {
    const { schema } = await generateSchemaFromDocument(actor, params.documentId);
    return json(200, { document_id: params.documentId, schema: toDocumind(schema) });
  },
};

// The literal path first: it would otherwise read as a document id.
export const schemaRoutes = [fromDescription, fromDocument];
