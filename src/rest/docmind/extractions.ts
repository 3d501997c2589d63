// /extractions: create from base64 + skill (202), list with Docmind's filters, read (plain and
// /detailed), download the original, and PATCH /status.
import { deleteDocument, openDocument, uploadDocumentBase64 } from '../../resolvers/documents.ts';
import { extractDocument, getExtraction, listExtractions, READING_MODES, type ExtractionSort } from '../../resolvers/extractions.ts';
import { NotFoundError } from '../../resolvers/errors.ts';
import { setExtractionStatus } from '../../resolvers/reviews.ts';
import { skillBySlug } from '../../resolvers/skills.ts';
import { downloadResponse } from '../../server/attachment.ts';
import type { ReadingMode } from '../../engine/types.ts';
import { boolParam, dateParam, intParam, json, oneOf, readJson, RestError, type Route } from '../http.ts';
import { namesFor, presentExtraction, presentRow } from './present.ts';
import { ESTADOS, estado, estadoWhere, fecha, type Estado } from './vocabulary.ts';

const text = (body: Record<string, unknown>, key: string, required = false) => {
  const v = body[key];
  if (v == null || v === '') {
    if (required) throw new RestError(400, `Falta el campo obligatorio "${key}"`);
    return null;
  }
  if (typeof v !== 'string') throw new RestError(400, `El campo "${key}" debe ser texto`);
  return v;
};

const create: Route = {
  method: 'POST',
  path: '/extractions',
  scope: 'extractions:write',
  async handle({ request, actor, services }) {
    const body = await readJson(request, services.settings.maxJsonBodyBytes);
    const skill = text(body, 'skill', true)!;
    const base64 = text(body, 'file_base64', true)!;
    const mode = text(body, 'extraction_mode') ?? 'ocr_pdf';
    if (!READING_MODES.includes(mode as ReadingMode)) throw new RestError(400, `extraction_mode debe ser uno de: ${READING_MODES.join(', ')}`);
    // The skill is checked before the file is stored, so a bad request leaves nothing behind.
    await skillBySlug(actor, skill).catch((error) => {
      throw error instanceof NotFoundError ? new RestError(400, `La habilidad "${skill}" no existe`) : error;
    });
    const document = await uploadDocumentBase64(actor, { filename: text(body, 'file_name') ?? 'documento', base64 });
    const row = await extractDocument(actor, document.id, { skill, readingMode: mode as ReadingMode, model: text(body, 'model') });
    return json(202, { extraction_id: row.id });
  },
};

const SORTS: Record<string, ExtractionSort> = { fecha_creacion: 'createdAt', status: 'status', origin_name: 'filename' };

const list: Route = {
  method: 'GET',
  path: '/extractions',
  scope: 'extractions:read',
  async handle({ query, actor }) {
    const estados = (query.get('status') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const unknown = estados.find((s) => !(ESTADOS as readonly string[]).includes(s));
    if (unknown) throw new RestError(400, `Status desconocido "${unknown}"; válidos: ${ESTADOS.join(', ')}`);
    const sortBy = query.get('sort_by') || 'fecha_creacion';
    if (!SORTS[sortBy]) throw new RestError(400, `sort_by debe ser uno de: ${Object.keys(SORTS).join(', ')}`);
    const order = oneOf(query, 'sort_order', ['asc', 'desc'], 'desc', () => 'sort_order debe ser asc o desc');
    let skillId = query.get('habilidad_id') || null;
    const slug = query.get('habilidad_slug');
    if (slug) {
      const found = await skillBySlug(actor, slug).catch(() => null);
      // An unknown slug matches nothing (a filter, not an error).
      skillId = found && (!skillId || skillId === found.skill.id) ? found.skill.id : '00000000-0000-0000-0000-000000000000';
    }
    const { items, total } = await listExtractions(actor, {
      filter: {
        skillId,
        search: query.get('search') || null,
        createdAfter: dateParam(query, 'start_date'),
        createdBefore: dateParam(query, 'end_date', { endOfDay: true }),
        includeArchived: boolParam(query, 'include_archived') ?? false,
      },
      where: estados.length ? estadoWhere(estados as Estado[]) : undefined,
      sort: SORTS[sortBy],
      direction: order,
      take: intParam(query, 'limit', 100, { min: 1, max: actor.services.settings.maxPageSize }),
    });
    const names = await namesFor(actor, items);
    return json(200, { extractions: items.map((r) => presentRow(r, names)), count: total });
  },
};

const get: Route = {
  method: 'GET',
  path: '/extractions/:id',
  scope: 'extractions:read',
  async handle({ params, actor }) {
    return json(200, await presentExtraction(actor, await getExtraction(actor, params.id), false));
  },
};

const detailed: Route = {
  method: 'GET',
  path: '/extractions/:id/detailed',
  scope: 'extractions:read',
  async handle({ params, actor }) {
    return json(200, await presentExtraction(actor, await getExtraction(actor, params.id), true));
  },
};

const download: Route = {
  method: 'GET',
  path: '/extractions/:id/document',
  scope: 'documents:read',
  async handle({ params, actor }) {
    const row = await getExtraction(actor, params.id);
    const { document, stream } = await openDocument(actor, row.documentId);
    return downloadResponse(document, stream);
  },
};

/** Not in Docmind's page, but its users must be able to erase a document: the file, pages and results go. */
const remove: Route = {
  method: 'DELETE',
  path: '/extractions/:id',
  scope: 'documents:write',
  async handle({ params, actor }) {
    const row = await getExtraction(actor, params.id);
    await deleteDocument(actor, row.documentId);
    return json(200, { message: 'Extracción eliminada exitosamente', id: row.id });
  },
};

const VERDICTS = { completado: 'COMPLETE', incompleto: 'INCOMPLETE' } as const;

const patchStatus: Route = {
  method: 'PATCH',
  path: '/extractions/:id/status',
  scope: 'reviews:write',
  async handle({ request, params, query, actorFor, services }) {
    const body = await readJson(request, services.settings.maxJsonBodyBytes);
    const status = text(body, 'status', true)!;
    const verdict = VERDICTS[status as keyof typeof VERDICTS];
    if (!verdict) throw new RestError(400, 'Solo se permiten las transiciones "completado" ↔ "incompleto"');
    const row = await setExtractionStatus(actorFor(query.get('client_id')), params.id, { status: verdict, message: text(body, 'message') });
    return json(200, {
      message: 'Status actualizado exitosamente',
      extraction: { id: row.id, status: estado(row), last_modification: fecha(row.updatedAt), last_user_id: row.lastUserId, error_message: row.completionMessage },
    });
  },
};

// /detailed and /document before /:id/...: the router takes the first match of the right method.
export const extractionRoutes = [create, list, detailed, download, patchStatus, get, remove];
