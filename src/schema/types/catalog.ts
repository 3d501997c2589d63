import type { FileUpload } from 'graphql-upload-minimal';
import type { FieldDef } from '../../engine/types.ts';
import { createCatalog, getCatalog, importCatalogRecords, matchCatalog } from '../../resolvers/catalogs.ts';
import { FileTooLargeError, NotFoundError, ValidationError } from '../../resolvers/errors.ts';
import { builder } from '../builder.ts';
import { decodeId } from './ids.ts';

builder.prismaNode('Catalog', {
  description: 'A private catalog: schema fields of type catalog match extracted key values against its records.',
  id: { field: 'id', description: 'Global id.' },
  nullable: true,
  fields: (t) => ({
    catalogId: t.exposeString('id', { description: 'The raw id (UUID), as schemas reference it (`catalog.catalogId`).' }),
    name: t.exposeString('name', { description: 'Display name.' }),
    columns: t.stringList({ description: 'Column names, in order.', resolve: (c) => c.columns as string[] }),
    keyColumns: t.stringList({ description: 'Columns matched against extracted values.', resolve: (c) => c.keyColumns as string[] }),
    outputColumns: t.stringList({ description: 'Columns returned from a matched record (all when empty).', resolve: (c) => c.outputColumns as string[] }),
    recordCount: t.exposeInt('recordCount', { description: 'Records in the catalog.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'Last import.' }),
  }),
});

const CatalogFormat = builder.enumType('CatalogFormat', {
  description: 'How records are encoded.',
  values: { CSV: { value: 'csv', description: 'CSV with a header row.' }, JSON: { value: 'json', description: 'A JSON array of objects.' } } as const,
});
const ImportMode = builder.enumType('CatalogImportMode', {
  description: 'What an import does with existing records.',
  values: { REPLACE: { value: 'replace', description: 'Replace all records.' }, APPEND: { value: 'append', description: 'Add to them.' } } as const,
});

builder.queryField('catalogs', (t) =>
  t.prismaConnection({
    type: 'Catalog',
    cursor: 'id',
    description: 'Catalogs, newest first.',
    authScopes: { scope: 'schemas:read' },
    resolve: (query, _r, _a, ctx) => ctx.db.catalog.findMany({ ...query, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }] }),
    totalCount: (_c, _a, ctx) => ctx.db.catalog.count(),
  }, { description: 'A page of catalogs.' }, { description: 'A catalog in a page.' }),
);

builder.mutationField('createCatalog', (t) =>
  t.prismaField({
    type: 'Catalog',
    description: 'Creates an empty catalog.',
    authScopes: { scope: 'schemas:write' },
    errors: { types: [ValidationError] },
    args: {
      name: t.arg.string({ required: true, description: 'Display name.' }),
      columns: t.arg.stringList({ required: true, description: 'Column names.' }),
      keyColumns: t.arg.stringList({ required: true, description: 'Columns to match on.' }),
      outputColumns: t.arg.stringList({ description: 'Columns to return (default: all).' }),
    },
    resolve: (_q, _r, args, ctx) => createCatalog(ctx.actor(), args),
  }),
);

async function readText(upload: Promise<FileUpload>, maxBytes: number) {
  const file = await upload;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of file.createReadStream()) {
    size += chunk.length;
    if (size > maxBytes) throw new FileTooLargeError(file.filename, maxBytes);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

builder.mutationField('importCatalogRecords', (t) =>
  t.prismaField({
    type: 'Catalog',
    description: 'Imports records from a CSV or JSON file (upload), replacing or appending; all or nothing.',
    authScopes: { scope: 'schemas:write' },
    errors: { types: [ValidationError, NotFoundError, FileTooLargeError] },
    args: {
      catalogId: t.arg.id({ required: true, description: 'Global id of the catalog.' }),
      file: t.arg({ type: 'Upload', required: true, description: 'The records.' }),
      format: t.arg({ type: CatalogFormat, required: true, description: 'CSV or JSON.' }),
      mode: t.arg({ type: ImportMode, defaultValue: 'replace', description: 'REPLACE (default) or APPEND.' }),
    },
    resolve: async (_q, _r, args, ctx) =>
      importCatalogRecords(ctx.actor(), decodeId(args.catalogId, 'Catalog'), await readText(args.file, ctx.services.settings.maxFileBytes), { format: args.format, mode: args.mode ?? 'replace' }),
  }),
);

builder.queryField('matchCatalog', (t) =>
  t.field({
    type: 'JSON',
    description: 'Matches key values against a catalog as an extraction would: { type, matching, catalog_values, catalog_info }.',
    authScopes: { scope: 'schemas:read' },
    args: {
      catalogId: t.arg.id({ required: true, description: 'Global id of the catalog.' }),
      values: t.arg({ type: 'JSON', required: true, description: 'Key column → extracted value.' }),
      threshold: t.arg.float({ description: 'Approximate-match threshold 0..1 (default 0.8).' }),
      exactOnly: t.arg.boolean({ description: 'Only exact (normalised) matches.' }),
    },
    resolve: async (_r, args, ctx) => {
      const catalog = await getCatalog(ctx.actor(), decodeId(args.catalogId, 'Catalog'));
      const field: FieldDef = { name: 'match', type: 'catalog', catalog: { catalogId: catalog.id, threshold: args.threshold ?? undefined, method: args.exactOnly ? 'exact' : 'approximate' } };
      return matchCatalog(ctx.actor(), field, (args.values ?? {}) as Record<string, unknown>);
    },
  }),
);
