import { NotFoundError, ValidationError } from '../../resolvers/errors.ts';
import { createSchema, deleteSchema, updateSchema } from '../../resolvers/schemas.ts';
import { builder } from '../builder.ts';
import { decodeId } from './ids.ts';

builder.prismaObject('SchemaVersion', {
  description: 'One immutable version of a stored schema.',
  fields: (t) => ({
    version: t.exposeInt('version', { description: 'Version number, from 1.' }),
    definition: t.expose('definition', { type: 'JSON', description: 'The canonical field tree (fields: name, type, description, required, values, fields, items).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When this version was made.' }),
  }),
});

builder.prismaNode('Schema', {
  description: 'A stored extraction schema; every definition change makes a new version.',
  id: { field: 'id', description: 'Global id.' },
  // Another organisation's (or a deleted) id resolves to null through node/nodes, never an error.
  nullable: true,
  fields: (t) => ({
    schemaId: t.exposeString('id', { description: 'The raw id (UUID).' }),
    name: t.exposeString('name', { description: 'Display name.' }),
    description: t.exposeString('description', { description: 'What it extracts.' }),
    currentVersion: t.exposeInt('currentVersion', { description: 'The version new extractions use.' }),
    archivedAt: t.expose('archivedAt', { type: 'DateTime', nullable: true, description: 'When it was deleted (archived); extractions keep their versions.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
    definition: t.field({
      type: 'JSON',
      description: 'The current version\'s canonical field tree.',
      resolve: async (s, _a, ctx) =>
        (await ctx.db.schemaVersion.findUniqueOrThrow({ where: { schemaId_version: { schemaId: s.id, version: s.currentVersion } } })).definition,
    }),
    versions: t.relation('versions', { description: 'Every version, oldest first.', query: { orderBy: { version: 'asc' } } }),
  }),
});

builder.queryField('schemas', (t) =>
  t.prismaConnection({
    type: 'Schema',
    cursor: 'id',
    description: 'Stored schemas, newest first.',
    authScopes: { scope: 'schemas:read' },
    args: { includeArchived: t.arg.boolean({ description: 'Include deleted (archived) schemas.' }) },
    resolve: (query, _r, args, ctx) =>
      ctx.db.schema.findMany({ ...query, where: args.includeArchived ? {} : { archivedAt: null }, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }] }),
    totalCount: (_c, args, ctx) => ctx.db.schema.count({ where: args.includeArchived ? {} : { archivedAt: null } }),
  }, { description: 'A page of schemas.' }, { description: 'A schema in a page.' }),
);

builder.mutationField('createSchema', (t) =>
  t.prismaField({
    type: 'Schema',
    description: 'Stores a schema given in any supported dialect (canonical, Documind named_entities, DocParse fields, Docmind skill fields, JSON Schema).',
    authScopes: { scope: 'schemas:write' },
    errors: { types: [ValidationError] },
    args: {
      name: t.arg.string({ required: true, description: 'Display name.' }),
      description: t.arg.string({ description: 'What it extracts.' }),
      definition: t.arg({ type: 'JSON', required: true, description: 'The field tree, in any supported dialect.' }),
    },
    resolve: (_q, _r, args, ctx) => createSchema(ctx.actor(), { ...args, definition: args.definition }),
  }),
);

builder.mutationField('updateSchema', (t) =>
  t.prismaField({
    type: 'Schema',
    description: 'Renames, redescribes or redefines a schema; a new definition makes a new version.',
    authScopes: { scope: 'schemas:write' },
    errors: { types: [ValidationError, NotFoundError] },
    args: {
      id: t.arg.id({ required: true, description: 'Global id.' }),
      name: t.arg.string({ description: 'New name.' }),
      description: t.arg.string({ description: 'New description.' }),
      definition: t.arg({ type: 'JSON', description: 'New field tree, in any supported dialect.' }),
    },
    resolve: (_q, _r, args, ctx) => updateSchema(ctx.actor(), decodeId(args.id, 'Schema'), args),
  }),
);

builder.mutationField('deleteSchema', (t) =>
  t.prismaField({
    type: 'Schema',
    description: 'Deletes (archives) a schema; extractions that used it keep their exact versions.',
    authScopes: { scope: 'schemas:write' },
    errors: { types: [NotFoundError] },
    args: { id: t.arg.id({ required: true, description: 'Global id.' }) },
    resolve: (_q, _r, args, ctx) => deleteSchema(ctx.actor(), decodeId(args.id, 'Schema')),
  }),
);
