// Batches of one extraction: POST (multipart, 202 with file and page counts), GET one with a row per
// file, GET the list (created_at descending, `before` cursor).
import { batchCounts, batchFiles, createBatch, getBatch, listBatches, renameBatch } from '../../resolvers/batches.ts';
import { FileTooLargeError, NotFoundError, TooManyFilesError } from '../../resolvers/errors.ts';
import type { Actor } from '../../resolvers/principal.ts';
import { getSchema } from '../../resolvers/schemas.ts';
import { dateParam, intParam, json, RestError, type Route } from '../http.ts';
import { parseMultipart } from '../multipart.ts';
import { fileStatus, presentBatch } from './present.ts';

const size = (bytes: number) => (bytes >= 1048576 ? `${Math.round(bytes / 1048576)} MB` : bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} bytes`);

/** The batch, when it belongs to this extraction (anything else reads as not found). */
export async function batchOf(actor: Actor, extractionId: string, batchId: string) {
  await getSchema(actor, extractionId);
  const batch = await getBatch(actor, batchId);
  if (batch.schemaId !== extractionId) throw new NotFoundError('Batch', batchId);
  return batch;
}

const createBatchRoute: Route = {
  method: 'POST',
  path: '/extractions/:extractionId/batches',
  scope: 'extractions:write',
  async handle({ request, params, actor, services }) {
    const { settings } = services;
    const body = parseMultipart(request, { fileField: 'files', maxFileBytes: settings.docparseMaxFileBytes });
    let batch;
    try {
      await getSchema(actor, params.extractionId);
      batch = await createBatch(actor, body.files, { schemaId: params.extractionId }, {
        maxFiles: settings.docparseMaxBatchFiles,
        maxFileBytes: settings.docparseMaxFileBytes,
        countPagesNow: true,
      });
    } catch (error) {
      body.discard();
      if (body.failure) throw body.failure;
      // DocParse's own words for its two limits.
      if (error instanceof FileTooLargeError) throw new RestError(413, `File too large (${size(error.limitBytes)} limit).`);
      if (error instanceof TooManyFilesError) throw new RestError(413, `Too many files (${error.limit} per batch limit).`);
      throw error;
    }
    // Text fields are complete once the files are read: the name may follow them in the body.
    const name = body.fields.name?.trim();
    if (name) batch = Object.assign(await renameBatch(actor, batch.id, name), { documents: batch.documents });
    const { documents } = batch;
    const counts = await batchCounts(actor, batch.id);
    return json(202, { batch: { ...presentBatch(batch, counts), file_count: documents.length, page_count: documents.reduce((n, d) => n + (d.pageCount ?? 0), 0) } });
  },
};

const getBatchRoute: Route = {
  method: 'GET',
  path: '/extractions/:extractionId/batches/:batchId',
  scope: 'extractions:read',
  async handle({ params, actor }) {
    const batch = await batchOf(actor, params.extractionId, params.batchId);
    const [counts, files] = await Promise.all([batchCounts(actor, batch.id), batchFiles(actor, batch.id)]);
    return json(200, {
      batch: presentBatch(batch, counts),
      files: files.map(({ document, extraction }) => {
        const status = fileStatus(extraction);
        return {
          id: document.id,
          file_name: document.filename,
          status,
          page_count: document.pageCount ?? 0,
          ...(status === 'failed' ? { error: extraction?.error ?? 'Extraction failed' } : {}),
        };
      }),
    });
  },
};

const listBatchesRoute: Route = {
  method: 'GET',
  path: '/extractions/:extractionId/batches',
  scope: 'extractions:read',
  async handle({ params, query, actor }) {
    await getSchema(actor, params.extractionId);
    const limit = intParam(query, 'limit', 20, { min: 1, max: 100 });
    const before = dateParam(query, 'before');
    // One more than asked tells whether another page follows.
    const rows = await listBatches(actor, { schemaId: params.extractionId, before, limit: limit + 1 });
    const page = rows.slice(0, limit);
    const batches = await Promise.all(page.map(async (b) => presentBatch(b, await batchCounts(actor, b.id))));
    const hasMore = rows.length > limit;
    return json(200, { batches, has_more: hasMore, next_before: hasMore ? batches[batches.length - 1].created_at : null });
  },
};

export const batchRoutes = [createBatchRoute, getBatchRoute, listBatchesRoute];
