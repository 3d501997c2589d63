import { NotFoundError, ValidationError } from '../../resolvers/errors.ts';
import { generateSchemaFromDescription, generateSchemaFromDocument } from '../../resolvers/schema-generation.ts';
import type { SchemaDef } from '../../engine/types.ts';
import { builder } from '../builder.ts';
import { decodeId } from './ids.ts';

const GeneratedSchema = builder.objectRef<{ schema: SchemaDef; source: string }>('GeneratedSchema').implement({
  description: 'A proposed schema, ready to store (createSchema) or use (extractDocument) unchanged.',
  fields: (t) => ({
    schema: t.field({ type: 'JSON', description: 'The canonical field tree.', resolve: (g) => g.schema }),
    source: t.exposeString('source', { description: '`model` (the configured model) or `offline` (layout and naming heuristics).' }),
  }),
});

builder.mutationField('generateSchemaFromDocument', (t) =>
  t.field({
    type: GeneratedSchema,
    description: "Proposes a schema from a sample document's label/value pairs and tables.",
    authScopes: { scope: 'schemas:write' },
    errors: { types: [NotFoundError, ValidationError] },
    args: { documentId: t.arg.id({ required: true, description: 'Global id of the sample document.' }) },
    resolve: (_r, args, ctx) => generateSchemaFromDocument(ctx.actor(), decodeId(args.documentId, 'Document')),
  }),
);

builder.mutationField('generateSchemaFromDescription', (t) =>
  t.field({
    type: GeneratedSchema,
    description: 'Proposes a schema from a name and a sentence describing what to extract.',
    authScopes: { scope: 'schemas:write' },
    errors: { types: [ValidationError] },
    args: {
      name: t.arg.string({ required: true, description: 'Schema name.' }),
      description: t.arg.string({ required: true, description: 'What to extract, e.g. "policy number, coverage amount and effective dates".' }),
    },
    resolve: (_r, args, ctx) => generateSchemaFromDescription(ctx.actor(), args.name, args.description),
  }),
);
