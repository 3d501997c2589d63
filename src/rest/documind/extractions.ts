// GET /data/extractions: every documented filter, sort and skip/limit pagination, with `total`.
import { listExtractions, type ExtractionSort, type ExtractionStatus } from '../../resolvers/extractions.ts';
import { boolParam, dateParam, intParam, json, oneOf, RestError, type Route } from '../http.ts';
import { presentExtraction, STATUS_FROM } from './present.ts';

const SORTS: Record<string, ExtractionSort> = { created_at: 'createdAt', updated_at: 'updatedAt', status: 'status', original_filename: 'filename' };

export const listExtractionsRoute: Route = {
  method: 'GET',
  path: '/data/extractions',
  scope: 'extractions:read',
  async handle({ query, actor, actorFor }) {
    const sortBy = query.get('sort_by') || 'created_at';
    if (!SORTS[sortBy]) throw new RestError(400, `Invalid sort field: ${sortBy}`);
    const order = oneOf(query, 'sort_order', ['asc', 'desc'], 'desc', (v) => `Invalid sort order: ${v}`);
    const statuses = (query.get('status') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const unknown = statuses.find((s) => !STATUS_FROM[s]);
    if (unknown) throw new RestError(400, `Invalid status: ${unknown}. Options: completed, processing, failed, pending`);
    const organizationId = query.get('organization_id');
    if (organizationId && organizationId !== actor.principal.organizationId && !actor.principal.globalAdmin) {
      throw new RestError(403, "You don't have permission to access these extractions");
    }
    const skip = intParam(query, 'skip', 0, { min: 0, max: Number.MAX_SAFE_INTEGER });
    const limit = intParam(query, 'limit', 100, { min: 1, max: 100 });
    const { items, total } = await listExtractions(actorFor(organizationId), {
      filter: {
        documentId: query.get('document_id') || null,
        status: statuses.map((s) => STATUS_FROM[s]) as ExtractionStatus[],
        needsReview: boolParam(query, 'needs_review'),
        isReviewed: boolParam(query, 'is_reviewed'),
        filename: query.get('original_filename') || null,
        createdAfter: dateParam(query, 'created_after'),
        createdBefore: dateParam(query, 'created_before', { endOfDay: true }),
      },
      sort: SORTS[sortBy],
      direction: order,
      skip,
      take: limit,
    });
    return json(200, { items: items.map(presentExtraction), total, skip, limit });
  },
};
