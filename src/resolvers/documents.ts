// Documents: streamed upload, listing filters, download, deletion. Uploads are atomic per request:
// if any file is rejected, nothing of the request stays stored.
import { Readable } from 'node:stream';
import type { Prisma } from '../db/client.ts';
import { sniff } from '../engine/sniff.ts';
import { countPages } from '../engine/read/index.ts';
import { EmptyFileError, FileTooLargeError, NotFoundError, TooManyFilesError, UnsupportedFileError, ValidationError } from './errors.ts';
import type { Actor } from './principal.ts';
import { inBackground } from './services.ts';
import type { StoredFile } from '../storage/index.ts';

export interface IncomingFile {
  /** Called once per file, in order: a multipart body can only be read front to back. */
  open(): Promise<{ filename: string; stream: Readable }>;
}

const DAY_MS = 86_400_000;

type DocumentRow = Awaited<ReturnType<Actor['db']['document']['create']>>;

async function retentionDays(actor: Actor) {
  const org = await actor.db.organization.findUnique({ where: { id: actor.principal.organizationId } });
  return org?.retentionDays ?? actor.services.settings.retentionDays;
}

function cleanFilename(name: string | undefined | null) {
  // Keep the name as given for display and download, minus path parts and control characters.
  const base = (name ?? '').split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return base.slice(0, 255) || 'document';
}

async function identify(actor: Actor, stored: StoredFile) {
  let kind = await sniff(stored.head);
  // TIFF can only be told from the whole file (its directory may sit at the end).
  if (!kind.extractable && stored.size > stored.head.length) kind = await sniff(await actor.services.storage.read(stored.key));
  return kind;
}

const PAGE_COUNT_TIMEOUT_MS = 5000;

/**
 * Page counts, one document at a time (after the upload has answered, unless a door reports them), so a
 * request of many files streams through without holding them in memory. Reading a document sets it too.
 * Not fatal: an unreadable file is reported by the extraction that reads it.
 */
async function fillPageCounts(actor: Actor, documents: { id: string; storageKey: string; extractable: boolean }[]) {
  for (const doc of documents.filter((d) => d.extractable)) {
    try {
      const bytes = await actor.services.storage.read(doc.storageKey);
      const count = await Promise.race([countPages(bytes), new Promise<null>((resolve) => setTimeout(() => resolve(null), PAGE_COUNT_TIMEOUT_MS).unref())]);
      if (count !== null) await actor.db.document.updateMany({ where: { id: doc.id, pageCount: null }, data: { pageCount: count } });
    } catch {
      // Deleted meanwhile, or unreadable: nothing to record.
    }
  }
}

/** Deletes stored bytes no document references any more (content addressing shares identical files). */
export async function releaseStorage(actor: Pick<Actor, 'services'>, keys: string[]) {
  for (const key of new Set(keys)) {
    const users = await actor.services.db.document.count({ where: { storageKey: key } });
    if (users === 0) await actor.services.storage.delete(key);
  }
}

export interface UploadOptions {
  batchId?: string;
  /** Per-file limit when a door documents a smaller one than DOCSIFT_MAX_FILE_BYTES (DocParse: 25 MB). */
  maxFileBytes?: number;
  /** Batches keep empty and unsupported files (as not extractable) so each gets its own failed row. */
  keepUnextractable?: boolean;
  maxFiles?: number;
  /** Count pages before answering, for doors that report them (DocParse batches); else in the background. */
  countPagesNow?: boolean;
}

/**
 * Stores every file of one request, or none. `files` may be a stream of files (a multipart body parsed
 * as it arrives), so the count is checked as they come.
 */
export async function uploadDocuments(actor: Actor, files: Iterable<IncomingFile> | AsyncIterable<IncomingFile>, options: UploadOptions = {}) {
  const { settings, storage } = actor.services;
  const maxFiles = options.maxFiles ?? settings.maxFilesPerRequest;
  const maxBytes = Math.min(options.maxFileBytes ?? settings.maxFileBytes, settings.maxFileBytes);
  if (Array.isArray(files) && files.length > maxFiles) throw new TooManyFilesError(maxFiles);
  const days = await retentionDays(actor);
  const created: DocumentRow[] = [];
  const storedKeys: string[] = [];
  try {
    for await (const file of files) {
      if (created.length >= maxFiles) throw new TooManyFilesError(maxFiles);
      const incoming = await file.open();
      const filename = cleanFilename(incoming.filename);
      const stored = await storage.put(incoming.stream, {
        maxBytes,
        onTooLarge: () => new FileTooLargeError(filename, maxBytes),
      });
      storedKeys.push(stored.key);
      if (stored.size === 0 && !options.keepUnextractable) throw new EmptyFileError(filename);
      const kind = stored.size === 0 ? { mimeType: 'application/x-empty', extractable: false } : await identify(actor, stored);
      if (!kind.extractable && !settings.storeUnsupported && !options.keepUnextractable) throw new UnsupportedFileError(filename, kind.mimeType);
      const doc = await actor.db.document.create({
        data: {
          organizationId: actor.principal.organizationId,
          filename,
          mimeType: kind.mimeType,
          extractable: kind.extractable,
          size: stored.size,
          sha256: stored.sha256,
          storageKey: stored.key,
          uploadedById: actor.principal.userId,
          apiKeyId: actor.principal.apiKeyId,
          batchId: options.batchId ?? null,
          expiresAt: new Date(Date.now() + days * DAY_MS),
        },
      });
      created.push(doc);
    }
    if (created.length === 0) throw new ValidationError('No files in the request', 'files');
  } catch (error) {
    await actor.db.document.deleteMany({ where: { id: { in: created.map((d) => d.id) } } });
    await releaseStorage(actor, storedKeys);
    throw error;
  }
  if (!options.countPagesNow) {
    inBackground(actor.services, () => fillPageCounts(actor, created));
    return created;
  }
  await fillPageCounts(actor, created);
  const rows = await actor.db.document.findMany({ where: { id: { in: created.map((d) => d.id) } } });
  return created.map((d) => rows.find((r) => r.id === d.id)!);
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Docmind style: the file inside JSON. Accepts plain base64 or a data: URL. */
export async function uploadDocumentBase64(actor: Actor, input: { filename: string; base64: string }) {
  const body = input.base64.replace(/^data:[^;,]*;base64,/, '').replace(/\s+/g, '');
  if (!body || body.length % 4 === 1 || !BASE64.test(body)) throw new ValidationError('file_base64 is not valid base64', 'base64');
  const bytes = Buffer.from(body, 'base64');
  const [doc] = await uploadDocuments(actor, [{ open: async () => ({ filename: input.filename, stream: Readable.from([bytes]) }) }]);
  return doc;
}

export async function getDocument(actor: Actor, id: string) {
  const doc = await actor.db.document.findUnique({ where: { id } });
  if (!doc) throw new NotFoundError('Document', id);
  return doc;
}

export interface DocumentFilter {
  filename?: string | null;
  filenameContains?: string | null;
  mimeType?: string | null;
  createdAfter?: Date | null;
  createdBefore?: Date | null;
  batchId?: string | null;
}

export function documentWhere(filter: DocumentFilter | null | undefined): Prisma.DocumentWhereInput {
  const where: Prisma.DocumentWhereInput = {};
  if (!filter) return where;
  if (filter.filename) where.filename = filter.filename;
  if (filter.filenameContains) where.filename = { contains: filter.filenameContains };
  if (filter.mimeType) where.mimeType = filter.mimeType;
  if (filter.batchId) where.batchId = filter.batchId;
  if (filter.createdAfter || filter.createdBefore) {
    where.createdAt = { ...(filter.createdAfter && { gte: filter.createdAfter }), ...(filter.createdBefore && { lte: filter.createdBefore }) };
  }
  return where;
}

export async function deleteDocument(actor: Actor, id: string) {
  const doc = await getDocument(actor, id);
  await actor.db.document.delete({ where: { id } });
  await releaseStorage(actor, [doc.storageKey]);
  return doc;
}

export async function openDocument(actor: Actor, id: string) {
  const doc = await getDocument(actor, id);
  return { document: doc, stream: actor.services.storage.stream(doc.storageKey) };
}
