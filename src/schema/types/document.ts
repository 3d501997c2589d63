import { deleteDocument, documentWhere, uploadDocumentBase64, uploadDocuments } from '../../resolvers/documents.ts';
import { NotFoundError, ValidationError } from '../../resolvers/errors.ts';
import { builder } from '../builder.ts';
import { UPLOAD_ERRORS } from './errors.ts';
import { dbFor, decodeId } from './ids.ts';
import { SortDirection } from './sorting.ts';
import { uploadToIncomingFile } from './upload.ts';

export const DocumentRef = builder.prismaNode('Document', {
  description: 'An uploaded file. Its bytes are downloadable at `downloadUrl` with the same API key.',
  id: { field: 'id', description: 'Global id.' },
  // Another organisation's (or a deleted) id resolves to null through node/nodes, never an error.
  nullable: true,
  fields: (t) => ({
    documentId: t.exposeString('id', { description: 'The raw id (UUID), as the REST dialects report it.' }),
    filename: t.exposeString('filename', { description: 'Original filename.' }),
    mimeType: t.exposeString('mimeType', { description: 'Type sniffed from the bytes (never from the extension).' }),
    extractable: t.exposeBoolean('extractable', { description: 'PDF, JPEG, PNG, TIFF or BMP: can be extracted.' }),
    size: t.exposeInt('size', { description: 'Size in bytes.' }),
    sha256: t.exposeString('sha256', { description: 'SHA-256 of the bytes, hex.' }),
    pageCount: t.exposeInt('pageCount', { nullable: true, description: 'Number of pages; null when unknown or unreadable.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was uploaded.' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', description: "When it and its data are purged (the organisation's retention)." }),
    uploadedBy: t.prismaField({
      type: 'User',
      nullable: true,
      description: 'Who uploaded it.',
      resolve: (query, doc, _a, ctx) => (doc.uploadedById ? ctx.db.user.findUnique({ ...query, where: { id: doc.uploadedById } }) : null),
    }),
    downloadUrl: t.string({ description: 'Path of the original bytes (GET with the API key; served as an attachment).', resolve: (doc) => `/documents/${doc.id}/download` }),
  }),
});

const DocumentOrderField = builder.enumType('DocumentOrderField', {
  description: 'What documents can be sorted by.',
  values: {
    CREATED_AT: { value: 'createdAt', description: 'Upload time.' },
    FILENAME: { value: 'filename', description: 'Original filename.' },
    SIZE: { value: 'size', description: 'Size in bytes.' },
  } as const,
});

const DocumentOrder = builder.inputType('DocumentOrder', {
  description: 'Sort order of a document list.',
  fields: (t) => ({
    field: t.field({ type: DocumentOrderField, required: true, description: 'Sort key.' }),
    direction: t.field({ type: SortDirection, required: true, description: 'Direction.' }),
  }),
});

const DocumentFilter = builder.inputType('DocumentFilter', {
  description: 'Filters of a document list; all given ones must match.',
  fields: (t) => ({
    filename: t.string({ description: 'Exact original filename.' }),
    filenameContains: t.string({ description: 'Part of the original filename.' }),
    mimeType: t.string({ description: 'Exact sniffed MIME type, e.g. application/pdf.' }),
    createdAfter: t.field({ type: 'DateTime', description: 'Uploaded at or after.' }),
    createdBefore: t.field({ type: 'DateTime', description: 'Uploaded at or before.' }),
  }),
});

builder.queryField('documents', (t) =>
  t.prismaConnection({
    type: 'Document',
    cursor: 'id',
    description: "The organisation's documents, newest first unless ordered otherwise.",
    authScopes: { scope: 'documents:read' },
    args: {
      filter: t.arg({ type: DocumentFilter, description: 'Filters.' }),
      orderBy: t.arg({ type: DocumentOrder, description: 'Sort order (ties broken by id).' }),
      organizationId: t.arg.id({ description: "Global admins only: list another organisation's documents." }),
    },
    resolve: (query, _r, args, ctx) =>
      dbFor(ctx, args.organizationId).document.findMany({
        ...query,
        where: documentWhere(args.filter),
        orderBy: [{ [args.orderBy?.field ?? 'createdAt']: args.orderBy?.direction ?? 'desc' }, { id: 'asc' }],
      }),
    totalCount: (_c, args, ctx) => dbFor(ctx, args.organizationId).document.count({ where: documentWhere(args.filter) }),
  }, { description: 'A page of documents.' }, { description: 'A document in a page.' }),
);

builder.queryField('document', (t) =>
  t.prismaField({
    type: 'Document',
    nullable: true,
    description: 'One document by global id; null when it does not exist or is not yours.',
    authScopes: { scope: 'documents:read' },
    args: { id: t.arg.id({ required: true, description: 'Global id.' }) },
    resolve: async (query, _r, args, ctx) => {
      try {
        return await ctx.db.document.findUnique({ ...query, where: { id: decodeId(args.id, 'Document') } });
      } catch (e) {
        if (e instanceof NotFoundError) return null;
        throw e;
      }
    },
  }),
);

builder.mutationField('uploadDocuments', (t) =>
  t.prismaField({
    type: ['Document'],
    description:
      'Uploads files (GraphQL multipart request spec), streamed to storage. Atomic: if any file is rejected, none is stored.',
    authScopes: { scope: 'documents:write' },
    errors: { types: UPLOAD_ERRORS },
    args: { files: t.arg({ type: ['Upload'], required: true, description: 'The files, at most DOCSIFT_MAX_FILES_PER_REQUEST.' }) },
    resolve: async (_q, _r, args, ctx) => uploadDocuments(ctx.actor(), args.files.map(uploadToIncomingFile)),
  }),
);

builder.mutationField('uploadDocumentBase64', (t) =>
  t.prismaField({
    type: 'Document',
    description: 'Uploads one file sent as base64 inside the request (for clients that cannot do multipart).',
    authScopes: { scope: 'documents:write' },
    errors: { types: UPLOAD_ERRORS },
    args: {
      filename: t.arg.string({ required: true, description: 'Original filename.' }),
      base64: t.arg.string({ required: true, description: 'The bytes, base64 (a data: URL is accepted too).' }),
    },
    resolve: (_q, _r, args, ctx) => uploadDocumentBase64(ctx.actor(), args),
  }),
);

builder.mutationField('deleteDocument', (t) =>
  t.prismaField({
    type: 'Document',
    description: 'Deletes a document with its pages and extractions; returns what was deleted.',
    authScopes: { scope: 'documents:write' },
    errors: { types: [NotFoundError, ValidationError] },
    args: { id: t.arg.id({ required: true, description: 'Global id.' }) },
    resolve: (_q, _r, args, ctx) => deleteDocument(ctx.actor(), decodeId(args.id, 'Document')),
  }),
);
