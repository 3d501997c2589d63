// Extractions: create (queued), read, list filters, and the status machine every door maps.
//   PENDING → PROCESSING → COMPLETED | FAILED, plus needsReview / isReviewed flags and a user-set
//   completion marker (COMPLETE | INCOMPLETE with a message).
import type { Prisma } from '../db/client.ts';
import { template, toCanonical } from '../engine/schema/index.ts';
import { skillBySlug } from './skills.ts';
import type { ExtractionMode, ReadingMode, SchemaDef } from '../engine/types.ts';
import type { ExtractionEvent, ExtractionEventKind } from '../events/bus.ts';
import { NotFoundError, ValidationError } from './errors.ts';
import type { Actor } from './principal.ts';
import type { Services } from './services.ts';
import { recordWebhookEvents } from './webhooks.ts';

export const EXTRACTION_STATUSES = ['PENDING', 'PROCESSING', 'COMPLETED', 'FAILED'] as const;
export type ExtractionStatus = (typeof EXTRACTION_STATUSES)[number];
export const EXTRACTION_MODES: ExtractionMode[] = ['basic', 'advanced', 'vlm'];
export const READING_MODES: ReadingMode[] = ['pdf_only', 'ocr_only', 'ocr_pdf'];

export interface ExtractInput {
  /** Inline schema in any supported dialect. */
  schema?: unknown;
  schemaId?: string | null;
  mode?: ExtractionMode | null;
  readingMode?: ReadingMode | null;
  model?: string | null;
  prompt?: string | null;
  reviewThreshold?: number | null;
  language?: string | null;
  /** A skill's slug: its current version's schema and options (explicit inputs override the options). */
  skill?: string | null;
  /** A built-in template key, used as the schema. */
  template?: string | null;
  batchId?: string | null;
}

/** OCR language codes as tesseract names them, joined by + (eng, spa, spa+eng). */
export function checkLanguage(language: string, path = 'language') {
  if (!/^[a-z]{3}(_[a-z]+)?(\+[a-z]{3}(_[a-z]+)?)*$/.test(language)) throw new ValidationError(`Invalid OCR language "${language}" (e.g. eng, spa, spa+eng)`, path);
  return language;
}

function canonical(input: unknown, path = 'schema'): SchemaDef {
  try {
    return toCanonical(input);
  } catch (error) {
    const e = error as Error & { path?: string };
    throw new ValidationError(`Invalid schema: ${e.message}`, e.path ? `${path}.${e.path}` : path);
  }
}

async function resolveSchema(actor: Actor, input: ExtractInput) {
  const given = [input.schema != null, !!input.schemaId, !!input.skill, !!input.template].filter(Boolean).length;
  if (given > 1) throw new ValidationError('Give one of schema, schemaId, skill or template', 'schema');
  if (input.template) {
    const t = template(input.template);
    if (!t) throw new ValidationError(`Unknown template "${input.template}"`, 'template');
    return { snapshot: t, schemaVersionId: null };
  }
  if (input.schemaId) {
    const stored = await actor.db.schema.findUnique({ where: { id: input.schemaId } });
    if (!stored) throw new NotFoundError('Schema', input.schemaId);
    const version = await actor.db.schemaVersion.findUniqueOrThrow({ where: { schemaId_version: { schemaId: stored.id, version: stored.currentVersion } } });
    return { snapshot: version.definition as unknown as SchemaDef, schemaVersionId: version.id };
  }
  if (input.schema == null) throw new ValidationError('A schema, schemaId, skill or template is required', 'schema');
  return { snapshot: canonical(input.schema), schemaVersionId: null };
}

type EventRow = {
  id: string;
  organizationId: string;
  documentId: string;
  status: string;
  needsReview: boolean;
  isReviewed: boolean;
  schemaVersionId: string | null;
  skillId: string | null;
  batchId: string | null;
};

export async function publishExtraction(services: Services, kind: ExtractionEventKind, row: EventRow) {
  const event: ExtractionEvent = {
    kind,
    organizationId: row.organizationId,
    extractionId: row.id,
    documentId: row.documentId,
    status: row.status,
    needsReview: row.needsReview,
    isReviewed: row.isReviewed,
    schemaVersionId: row.schemaVersionId,
    skillId: row.skillId,
    batchId: row.batchId,
    at: new Date().toISOString(),
  };
  services.bus.publish('extractions', row.organizationId, event);
  await recordWebhookEvents(services, event);
}

export async function extractDocument(actor: Actor, documentId: string, input: ExtractInput) {
  const { settings } = actor.services;
  const document = await actor.db.document.findUnique({ where: { id: documentId } });
  if (!document) throw new NotFoundError('Document', documentId);
  if (!document.extractable) throw new ValidationError(`Document ${document.filename} (${document.mimeType}) cannot be extracted: accepted are PDF, JPEG, PNG, TIFF, BMP`, 'documentId');
  // A skill supplies the schema and the defaults of every option; explicit inputs still win.
  const skill = input.skill ? await skillBySlug(actor, input.skill) : null;
  if (skill) {
    input = {
      ...input,
      schema: skill.version.definition,
      skill: null,
      mode: input.mode ?? (skill.version.mode as ExtractionMode),
      readingMode: input.readingMode ?? (skill.version.readingMode as ReadingMode),
      model: input.model ?? skill.version.model,
      prompt: input.prompt ?? skill.version.prompt,
      reviewThreshold: input.reviewThreshold ?? skill.version.reviewThreshold,
      language: input.language ?? skill.version.language,
    };
  }
  const mode = input.mode ?? 'advanced';
  if (!EXTRACTION_MODES.includes(mode)) throw new ValidationError(`Unknown extraction mode ${mode}`, 'mode');
  const readingMode = input.readingMode ?? 'ocr_pdf';
  if (!READING_MODES.includes(readingMode)) throw new ValidationError(`Unknown reading mode ${readingMode}`, 'readingMode');
  const threshold = input.reviewThreshold ?? settings.reviewThreshold;
  if (!(threshold >= 0 && threshold <= 100)) throw new ValidationError('reviewThreshold must be between 0 and 100', 'reviewThreshold');
  const language = checkLanguage(input.language ?? settings.ocrLanguage);
  const { snapshot, schemaVersionId } = await resolveSchema(actor, input);
  const row = await actor.db.extraction.create({
    data: {
      organizationId: actor.principal.organizationId,
      documentId: document.id,
      filename: document.filename,
      schemaVersionId,
      schemaSnapshot: snapshot as never,
      skillId: skill?.skill.id ?? null,
      skillVersion: skill?.version.version ?? null,
      batchId: input.batchId ?? null,
      mode,
      readingMode,
      language,
      model: input.model ?? null,
      prompt: input.prompt ?? null,
      reviewThreshold: threshold,
      createdById: actor.principal.userId,
      lastUserId: actor.principal.userId,
    },
  });
  await publishExtraction(actor.services, 'CREATED', row);
  actor.services.queue?.notify(row.id);
  return row;
}

export async function getExtraction(actor: Actor, id: string) {
  const row = await actor.db.extraction.findUnique({ where: { id } });
  if (!row) throw new NotFoundError('Extraction', id);
  return row;
}

export interface ExtractionFilter {
  status?: ExtractionStatus[] | null;
  needsReview?: boolean | null;
  isReviewed?: boolean | null;
  documentId?: string | null;
  filename?: string | null;
  search?: string | null;
  createdAfter?: Date | null;
  createdBefore?: Date | null;
  includeArchived?: boolean | null;
  skillId?: string | null;
  batchId?: string | null;
  completion?: ('COMPLETE' | 'INCOMPLETE')[] | null;
}

export function extractionWhere(filter: ExtractionFilter | null | undefined): Prisma.ExtractionWhereInput {
  const f = filter ?? {};
  const where: Prisma.ExtractionWhereInput = {};
  if (f.status?.length) where.status = { in: f.status };
  if (f.needsReview != null) where.needsReview = f.needsReview;
  if (f.isReviewed != null) where.isReviewed = f.isReviewed;
  if (f.documentId) where.documentId = f.documentId;
  if (f.skillId) where.skillId = f.skillId;
  if (f.batchId) where.batchId = f.batchId;
  if (f.completion?.length) where.completion = { in: f.completion };
  if (f.filename) where.filename = f.filename;
  if (f.search) where.filename = { ...(f.filename ? { equals: f.filename } : {}), contains: f.search };
  if (f.createdAfter || f.createdBefore) where.createdAt = { ...(f.createdAfter && { gte: f.createdAfter }), ...(f.createdBefore && { lte: f.createdBefore }) };
  if (!f.includeArchived) where.archived = false;
  return where;
}

export const EXTRACTION_SORTS = ['createdAt', 'updatedAt', 'status', 'filename'] as const;
export type ExtractionSort = (typeof EXTRACTION_SORTS)[number];

export function extractionOrder(field: ExtractionSort = 'createdAt', direction: 'asc' | 'desc' = 'desc'): Prisma.ExtractionOrderByWithRelationInput[] {
  return [{ [field]: direction }, { id: 'asc' }];
}

/** "Final data": reviewed results when reviewed, else results. */
export const finalResults = (row: { isReviewed: boolean; reviewedResults: unknown; results: unknown }) =>
  row.isReviewed && row.reviewedResults != null ? row.reviewedResults : row.results;

const FINISHED = new Set(['COMPLETED', 'FAILED']);
const RECHECK_MS = 1000;

/**
 * Waits until an extraction has finished (COMPLETED or FAILED), for doors that answer synchronously
 * (Documind's POST /extract). Woken by the event bus; re-reads the row every second as well, so a
 * worker on another node that publishes elsewhere is still seen. Returns the row as last read.
 */
export async function awaitExtraction(actor: Actor, id: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  const events = actor.services.bus.subscribe('extractions', actor.principal.organizationId);
  const iterator = events[Symbol.asyncIterator]();
  let pending: Promise<unknown> | null = null;
  try {
    for (;;) {
      const row = await getExtraction(actor, id);
      if (FINISHED.has(row.status) || Date.now() >= deadline) return row;
      // One outstanding next() at a time; a timer tick just re-reads the row.
      pending ??= iterator.next().then(() => (pending = null));
      await Promise.race([pending, new Promise((resolve) => setTimeout(resolve, Math.min(RECHECK_MS, deadline - Date.now())).unref())]);
    }
  } finally {
    await iterator.return?.();
  }
}

export interface ListExtractionsInput {
  filter?: ExtractionFilter | null;
  /** Extra conditions a door's vocabulary needs beyond the common filter (e.g. Docmind's Spanish statuses). */
  where?: Prisma.ExtractionWhereInput;
  sort?: ExtractionSort;
  direction?: 'asc' | 'desc';
  skip?: number;
  take: number;
}

/** Offset pagination for the REST doors (GraphQL uses Relay connections over the same where/order). */
export async function listExtractions(actor: Actor, input: ListExtractionsInput) {
  const where: Prisma.ExtractionWhereInput = { AND: [extractionWhere(input.filter), input.where ?? {}] };
  const [items, total] = await Promise.all([
    actor.db.extraction.findMany({ where, orderBy: extractionOrder(input.sort, input.direction), skip: input.skip ?? 0, take: input.take }),
    actor.db.extraction.count({ where }),
  ]);
  return { items, total };
}
