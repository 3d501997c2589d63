// Batches: many files against one schema, skill or template in one call; one extraction per file, and
// progress counted from those extractions (no second status machine).
import { template, toCanonical } from '../engine/schema/index.ts';
import { uploadDocuments, type IncomingFile } from './documents.ts';
import { NotFoundError, ValidationError } from './errors.ts';
import { extractDocument, publishExtraction, type ExtractInput } from './extractions.ts';
import type { Actor } from './principal.ts';
import { skillBySlug } from './skills.ts';

export interface BatchInput extends ExtractInput {
  name?: string | null;
}

/** Checks the extraction options once, before any file is stored; returns the stored schema if one is named. */
async function checkConfig(actor: Actor, input: ExtractInput) {
  if (input.schema != null) {
    try {
      toCanonical(input.schema);
    } catch (error) {
      const e = error as Error & { path?: string };
      throw new ValidationError(`Invalid schema: ${e.message}`, e.path ? `schema.${e.path}` : 'schema');
    }
  } else if (input.skill) await skillBySlug(actor, input.skill);
  else if (input.template) {
    if (!template(input.template)) throw new ValidationError(`Unknown template "${input.template}"`, 'template');
  } else if (input.schemaId) {
    const schema = await actor.db.schema.findUnique({ where: { id: input.schemaId } });
    if (!schema) throw new NotFoundError('Schema', input.schemaId);
    return schema;
  } else throw new ValidationError('A schema, schemaId, skill or template is required', 'schema');
}

export interface BatchOptions {
  maxFiles?: number;
  maxFileBytes?: number;
  /** Page counts filled in before answering (DocParse reports them). */
  countPagesNow?: boolean;
}

export async function createBatch(actor: Actor, files: Iterable<IncomingFile> | AsyncIterable<IncomingFile>, input: BatchInput, options: BatchOptions = {}) {
  const { name, ...config } = input;
  const schema = await checkConfig(actor, config);
  // A stored schema's reading language applies unless the request names one.
  if (schema?.language && !config.language) config.language = schema.language;
  const batch = await actor.db.batch.create({
    data: { organizationId: actor.principal.organizationId, name: name ?? '', schemaId: config.schemaId ?? null, config: config as never },
  });
  let documents;
  try {
    documents = await uploadDocuments(actor, files, {
      batchId: batch.id,
      keepUnextractable: true,
      maxFiles: options.maxFiles ?? actor.services.settings.maxBatchFiles,
      maxFileBytes: options.maxFileBytes,
      countPagesNow: options.countPagesNow,
    });
  } catch (error) {
    await actor.db.batch.delete({ where: { id: batch.id } });
    throw error;
  }
  for (const doc of documents) {
    if (doc.extractable) {
      await extractDocument(actor, doc.id, { ...config, batchId: batch.id });
      continue;
    }
    // Not extractable: its row fails at once with the reason, so the batch accounts for every file.
    const failed = await actor.db.extraction.create({
      data: {
        organizationId: actor.principal.organizationId,
        documentId: doc.id,
        filename: doc.filename,
        schemaSnapshot: {} as never,
        batchId: batch.id,
        status: 'FAILED',
        error: doc.size === 0 ? `File ${doc.filename} is empty` : `File ${doc.filename} is ${doc.mimeType}, not a PDF, JPEG, PNG, TIFF or BMP`,
        finishedAt: new Date(),
        createdById: actor.principal.userId,
      },
    });
    await publishExtraction(actor.services, 'FAILED', failed);
  }
  const updated = await actor.db.batch.update({ where: { id: batch.id }, data: { fileCount: documents.length } });
  return Object.assign(updated, { documents });
}

/** Batches of one stored schema, newest first, created before `before` (DocParse's cursor). */
export function listBatches(actor: Actor, input: { schemaId?: string | null; before?: Date | null; limit: number }) {
  return actor.db.batch.findMany({
    where: { ...(input.schemaId ? { schemaId: input.schemaId } : {}), ...(input.before ? { createdAt: { lt: input.before } } : {}) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: input.limit,
  });
}

export async function getBatch(actor: Actor, id: string) {
  const batch = await actor.db.batch.findUnique({ where: { id } });
  if (!batch) throw new NotFoundError('Batch', id);
  return batch;
}

export interface BatchCounts {
  pending: number;
  processing: number;
  completed: number;
  failed: number;
  needsReview: number;
  pages: number;
  files: number;
}

export async function batchCounts(actor: Pick<Actor, 'db'>, batchId: string): Promise<BatchCounts> {
  const [rows, docs] = await Promise.all([
    actor.db.extraction.findMany({ where: { batchId }, select: { status: true, needsReview: true, isReviewed: true } }),
    actor.db.document.findMany({ where: { batchId }, select: { pageCount: true } }),
  ]);
  const count = (status: string) => rows.filter((r) => r.status === status).length;
  return {
    pending: count('PENDING'),
    processing: count('PROCESSING'),
    completed: count('COMPLETED'),
    failed: count('FAILED'),
    needsReview: rows.filter((r) => r.status === 'COMPLETED' && r.needsReview && !r.isReviewed).length,
    pages: docs.reduce((a, d) => a + (d.pageCount ?? 0), 0),
    files: docs.length,
  };
}

/** PENDING until a file starts, PROCESSING while any is pending or running, then COMPLETED. */
export function batchStatus(c: BatchCounts) {
  if (c.pending + c.processing === 0) return 'COMPLETED';
  if (c.processing === 0 && c.completed + c.failed === 0) return 'PENDING';
  return 'PROCESSING';
}

/** Labels a batch after its files were stored (a multipart body may carry the name after the files). */
export async function renameBatch(actor: Actor, id: string, name: string) {
  await getBatch(actor, id);
  return actor.db.batch.update({ where: { id }, data: { name } });
}

type BatchDocument = Awaited<ReturnType<Actor['db']['document']['findMany']>>[number];
type BatchExtraction = Awaited<ReturnType<Actor['db']['extraction']['findMany']>>[number];

/** A batch's files in upload order, each with its latest extraction in the batch (null if none yet). */
export async function batchFiles(actor: Actor, batchId: string): Promise<{ document: BatchDocument; extraction: BatchExtraction | null }[]> {
  const [documents, extractions] = await Promise.all([
    actor.db.document.findMany({ where: { batchId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
    actor.db.extraction.findMany({ where: { batchId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
  ]);
  const latest = new Map(extractions.map((e) => [e.documentId, e]));
  return documents.map((document) => ({ document, extraction: latest.get(document.id) ?? null }));
}

/** One file of a batch with its batch and latest extraction; a document outside any batch is not found. */
export async function batchFile(actor: Actor, documentId: string) {
  const document = await actor.db.document.findUnique({ where: { id: documentId } });
  if (!document?.batchId) throw new NotFoundError('File', documentId);
  const [batch, extraction] = await Promise.all([
    getBatch(actor, document.batchId),
    actor.db.extraction.findFirst({ where: { batchId: document.batchId, documentId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }),
  ]);
  return { document, batch, extraction };
}
