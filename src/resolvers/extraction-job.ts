// Runs one claimed extraction: read pages (once per document and reading configuration), run the engine
// with the selected provider, store the outcome, publish every status change. Transient provider
// errors go back to the queue with exponential backoff until the attempt limit.
import { scopedDb } from '../db/tenant.ts';
import { runExtraction } from '../engine/pipeline.ts';
import { selectProvider } from '../engine/providers/select.ts';
import { RetryAfterError } from '../engine/providers/openai.ts';
import { renderPage } from '../engine/read/index.ts';
import { ProviderError, ReadError, type ExtractionMode, type ReadingMode, type SchemaDef } from '../engine/types.ts';
import { applyCatalogs } from './catalogs.ts';
import { publishExtraction } from './extractions.ts';
import { pagesFor } from './pages.ts';
import type { Services } from './services.ts';

const BACKOFF_MAX_MS = 60_000;
/** A retry-after longer than this is not waited for in full (the attempt limit still applies). */
const RETRY_AFTER_MAX_MS = 10 * 60_000;

/** Exponential backoff after the n-th failed attempt: base, 2×base, 4×base... capped (at a minute by default). */
export function backoffMs(attempt: number, baseMs: number, maxMs = BACKOFF_MAX_MS) {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
}

export async function runExtractionJob(services: Services, extractionId: string, signal: AbortSignal) {
  const claimed = await services.db.extraction.findUniqueOrThrow({ where: { id: extractionId } });
  const db = scopedDb(services.db, claimed.organizationId);
  const fail = async (reason: string) => {
    const row = await db.extraction.update({
      where: { id: claimed.id },
      data: { status: 'FAILED', error: reason, leaseUntil: null, finishedAt: new Date(), revision: { increment: 1 } },
    });
    await publishExtraction(services, 'FAILED', row);
  };
  if (claimed.attempts > services.settings.maxAttempts) {
    // Every claim counts and only a worker that died mid-run leaves one unsettled: a document that keeps
    // killing its worker (out of memory, a crash in a reader) must not bring every restart down with it.
    const { maxAttempts } = services.settings;
    return fail(`Not tried again: its worker stopped while running it ${claimed.attempts - 1} times (out of memory, a crash or a kill; DOCSIFT_MAX_ATTEMPTS is ${maxAttempts})`);
  }
  await publishExtraction(services, 'STATUS_CHANGED', claimed);
  const started = Date.now();
  try {
    const document = await db.document.findUniqueOrThrow({ where: { id: claimed.documentId } });
    const { pages, text } = await pagesFor(db, services.storage, document, {
      mode: claimed.readingMode as ReadingMode,
      language: claimed.language,
      limits: services.settings.readLimits,
      signal,
    });
    const mode = claimed.mode as ExtractionMode;
    const provider = selectProvider(services.settings.model, mode);
    let bytes: Buffer | null = null;
    const output = await runExtraction(provider, {
      schema: claimed.schemaSnapshot as unknown as SchemaDef,
      pages,
      text,
      mode,
      prompt: claimed.prompt ?? undefined,
      model: claimed.model ?? undefined,
      language: claimed.language,
      reviewThreshold: claimed.reviewThreshold,
      signal,
      renderPage: async (page, dpi) => {
        bytes ??= await services.storage.read(document.storageKey);
        return { mimeType: 'image/png', data: await renderPage(bytes, page, { dpi, format: 'png', limits: services.settings.readLimits }) };
      },
    });
    // Catalog fields: the extracted key values are matched against the organisation's catalog.
    await applyCatalogs({ db }, claimed.schemaSnapshot as unknown as SchemaDef, output.results);
    const row = await db.extraction.update({
      where: { id: claimed.id },
      data: {
        status: 'COMPLETED',
        error: null,
        leaseUntil: null,
        finishedAt: new Date(),
        results: output.results as never,
        fields: output.fields as never,
        confidenceScores: output.confidenceScores as never,
        reviewFlags: output.reviewFlags as never,
        needsReview: output.needsReview,
        provider: output.usage.provider,
        model: output.usage.model ?? claimed.model,
        usage: { ...output.usage, durationMs: Date.now() - started } as never,
        revision: { increment: 1 },
      },
    });
    await publishExtraction(services, 'COMPLETED', row);
    if (row.needsReview) await publishExtraction(services, 'NEEDS_REVIEW', row);
  } catch (error) {
    if (signal.aborted) {
      // Its worker is stopping (a restart, a deploy): the job is not at fault. Hand it back, uncounted,
      // for the next worker, or this one once it is back.
      const row = await db.extraction.update({
        where: { id: claimed.id },
        data: { status: 'PENDING', leaseUntil: null, availableAt: new Date(), attempts: { decrement: 1 }, error: null },
      });
      await publishExtraction(services, 'STATUS_CHANGED', row);
      return;
    }
    const transient = error instanceof ProviderError && error.transient;
    if (transient && claimed.attempts < services.settings.maxAttempts) {
      // A server that says when to come back (429 retry-after) is waited for at least that long.
      const delay = Math.max(backoffMs(claimed.attempts, services.settings.retryBaseMs), error instanceof RetryAfterError ? Math.min(error.retryAfterMs, RETRY_AFTER_MAX_MS) : 0);
      await db.extraction.update({
        where: { id: claimed.id },
        data: { status: 'PENDING', leaseUntil: null, availableAt: new Date(Date.now() + delay), error: `Retrying after: ${(error as Error).message}` },
      });
      return;
    }
    await fail(
      error instanceof ReadError || error instanceof ProviderError
        ? error.message
        : `Extraction failed: ${(error as Error).message ?? String(error)}`,
    );
  }
}
