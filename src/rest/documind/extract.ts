// POST /extract/{document_id}: synchronous. Runs the extraction through the queue like every other door
// and answers once it has finished, with `results`, `needs_review` and `needs_review_metadata`.
import { awaitExtraction, extractDocument } from '../../resolvers/extractions.ts';
import type { ExtractionMode } from '../../engine/types.ts';
import { json, readJson, RestError, type Route } from '../http.ts';
import { reviewMetadata, statusOf } from './present.ts';

const MODES = ['basic', 'advanced', 'vlm'];

/** Documind's rule: `extraction_mode: "vlm"` is VLM; a named `model` alone is Basic; otherwise Advanced. */
function modeOf(body: Record<string, unknown>): ExtractionMode {
  const given = body.extraction_mode;
  if (given != null) {
    if (typeof given !== 'string' || !MODES.includes(given)) throw new RestError(400, `extraction_mode must be one of ${MODES.join(', ')}`);
    return given as ExtractionMode;
  }
  return body.model != null && body.review_threshold == null ? 'basic' : 'advanced';
}

const optionalString = (body: Record<string, unknown>, key: string) => {
  const v = body[key];
  if (v == null) return null;
  if (typeof v !== 'string') throw new RestError(400, `${key} must be a string`);
  return v;
};

export const extractRoute: Route = {
  method: 'POST',
  path: '/extract/:documentId',
  scope: 'extractions:write',
  async handle({ request, params, actor, services }) {
    const body = await readJson(request, services.settings.maxJsonBodyBytes);
    if (body.schema == null) throw new RestError(400, 'schema is required');
    const threshold = body.review_threshold;
    if (threshold != null && typeof threshold !== 'number') throw new RestError(400, 'review_threshold must be a number from 0 to 100');
    const created = await extractDocument(actor, params.documentId, {
      schema: body.schema,
      mode: modeOf(body),
      model: optionalString(body, 'model'),
      prompt: optionalString(body, 'prompt'),
      reviewThreshold: (threshold as number | undefined) ?? null,
    });
    const row = await awaitExtraction(actor, created.id, services.settings.syncExtractTimeoutMs);
    if (row.status === 'FAILED') throw new RestError(422, `Extraction failed: ${row.error ?? 'unknown error'}`);
    if (row.status !== 'COMPLETED') {
      throw new RestError(504, `Extraction ${row.id} is still ${row.status.toLowerCase()}; poll /data/extractions?document_id=${row.documentId}`);
    }
    return json(200, {
      extraction_id: row.id,
      document_id: row.documentId,
      status: statusOf(row),
      results: row.results ?? {},
      // Basic mode never flags (Documind: "Always False for Basic mode").
      needs_review: row.mode === 'basic' ? false : row.needsReview,
      needs_review_metadata: reviewMetadata(row) ?? null,
    });
  },
};
