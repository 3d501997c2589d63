import { batchCounts, batchStatus, createBatch, type BatchCounts } from '../../resolvers/batches.ts';
import { NotFoundError } from "../../resolvers/errors.ts";
import { builder } from '../builder.ts';
import { UPLOAD_ERRORS } from './errors.ts';
import { ExtractInput, ExtractionStatusEnum } from './extraction.ts';
import { decodeId } from './ids.ts';
import { uploadToIncomingFile } from './upload.ts';

export const BatchCountsRef = builder.objectRef<BatchCounts>('BatchCounts').implement({
  description: "Where a batch's files are.",
  fields: (t) => ({
    files: t.exposeInt('files', { description: 'Files in the batch.' }),
    pages: t.exposeInt('pages', { description: 'Pages of those files (known once read).' }),
    pending: t.exposeInt('pending', { description: 'Extractions waiting.' }),
    processing: t.exposeInt('processing', { description: 'Extractions running.' }),
    completed: t.exposeInt('completed', { description: 'Extractions completed.' }),
    failed: t.exposeInt('failed', { description: 'Extractions failed (including files that cannot be extracted).' }),
    needsReview: t.exposeInt('needsReview', { description: 'Completed extractions waiting for review.' }),
  }),
});

builder.prismaNode('Batch', {
  description: 'Files sent together against one schema, skill or template; one extraction per file.',
  id: { field: 'id', description: 'Global id.' },
  nullable: true,
  fields: (t) => ({
    batchId: t.exposeString('id', { description: 'The raw id (UUID).' }),
    name: t.exposeString('name', { description: 'Label given at creation.' }),
    fileCount: t.exposeInt('fileCount', { description: 'Files in the batch.' }),
    config: t.expose('config', { type: 'JSON', description: 'The extraction options every file ran with.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    counts: t.field({ type: BatchCountsRef, description: 'Files by extraction status.', resolve: (b, _a, ctx) => batchCounts(ctx.actor(), b.id) }),
    status: t.field({
      type: ExtractionStatusEnum,
      description: 'PENDING until a file starts, PROCESSING while any is pending or running, then COMPLETED.',
      resolve: async (b, _a, ctx) => batchStatus(await batchCounts(ctx.actor(), b.id)) as never,
    }),
    extractions: t.prismaField({
      type: ['Extraction'],
      description: 'One extraction per file, in upload order (each has its document).',
      resolve: (query, b, _a, ctx) => ctx.db.extraction.findMany({ ...query, where: { batchId: b.id }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
    }),
  }),
});

builder.queryField('batches', (t) =>
  t.prismaConnection({
    type: 'Batch',
    cursor: 'id',
    description: 'Batches, newest first.',
    authScopes: { scope: 'extractions:read' },
    args: { createdBefore: t.arg({ type: 'DateTime', description: 'Only batches created before this instant (DocParse `before`).' }) },
    resolve: (query, _r, args, ctx) =>
      ctx.db.batch.findMany({ ...query, where: args.createdBefore ? { createdAt: { lt: args.createdBefore } } : {}, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }] }),
    totalCount: (_c, args, ctx) => ctx.db.batch.count({ where: args.createdBefore ? { createdAt: { lt: args.createdBefore } } : {} }),
  }, { description: 'A page of batches.' }, { description: 'A batch in a page.' }),
);

builder.mutationField('createBatch', (t) =>
  t.prismaField({
    type: 'Batch',
    description:
      'Stores files (multipart, streamed) and queues one extraction per file. Files that cannot be extracted are kept and fail with the reason; a file over the size limit rejects the whole batch.',
    authScopes: { scope: 'extractions:write' },
    errors: { types: [...UPLOAD_ERRORS, NotFoundError] },
    args: {
      files: t.arg({ type: ['Upload'], required: true, description: 'The files, at most DOCSIFT_MAX_BATCH_FILES.' }),
      input: t.arg({ type: ExtractInput, required: true, description: 'Schema, skill or template, and options.' }),
      name: t.arg.string({ description: 'A label.' }),
    },
    resolve: (_q, _r, args, ctx) =>
      createBatch(ctx.actor(), args.files.map(uploadToIncomingFile), {
        ...args.input,
        schemaId: args.input.schemaId ? decodeId(args.input.schemaId, 'Schema') : null,
        name: args.name,
      }),
  }),
);

