// One file of a batch: its result (once processed) and its deletion (file, pages and results).
import { batchFile } from '../../resolvers/batches.ts';
import { deleteDocument } from '../../resolvers/documents.ts';
import { NotFoundError } from '../../resolvers/errors.ts';
import { finalResults } from '../../resolvers/extractions.ts';
import type { Actor } from '../../resolvers/principal.ts';
import { getSchema } from '../../resolvers/schemas.ts';
import { json, RestError, type Route } from '../http.ts';
import { confidenceOf, fileStatus } from './present.ts';

/** The file, when it was sent in a batch of this extraction (anything else reads as not found). */
async function fileOf(actor: Actor, extractionId: string, fileId: string) {
  await getSchema(actor, extractionId);
  const file = await batchFile(actor, fileId);
  if (file.batch.schemaId !== extractionId) throw new NotFoundError('File', fileId);
  return file;
}

const resultRoute: Route = {
  method: 'GET',
  path: '/extractions/:extractionId/files/:fileId/result',
  scope: 'extractions:read',
  async handle({ params, actor }) {
    const { document, extraction } = await fileOf(actor, params.extractionId, params.fileId);
    const status = fileStatus(extraction);
    // No result yet (or ever): 409, the file exists but is not in a state that has one.
    if (status === 'failed') throw new RestError(409, `File ${document.id} failed: ${extraction?.error ?? 'unknown error'}`);
    if (!extraction || (status !== 'processed' && status !== 'needs_review')) {
      throw new RestError(409, `File ${document.id} is ${status}; its result is available once it is processed`);
    }
    return json(200, {
      file_id: document.id,
      status,
      result: finalResults(extraction) ?? {},
      confidence: confidenceOf(extraction.confidenceScores),
      model_used: extraction.model ?? extraction.provider ?? null,
    });
  },
};

const deleteRoute: Route = {
  method: 'DELETE',
  path: '/extractions/:extractionId/files/:fileId',
  scope: 'documents:write',
  async handle({ params, actor }) {
    await fileOf(actor, params.extractionId, params.fileId);
    await deleteDocument(actor, params.fileId);
    return new Response(null, { status: 204 });
  },
};

export const fileRoutes = [resultRoute, deleteRoute];
