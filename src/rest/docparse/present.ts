// DocParse's words for our rows: file and batch status vocabularies, confidence on 0..1.
import { batchStatus, type BatchCounts } from '../../resolvers/batches.ts';

export type FileStatus = 'queued' | 'processing' | 'processed' | 'needs_review' | 'failed';

type ExtractionRow = { status: string; needsReview: boolean; isReviewed: boolean };

/** A file is what its extraction is; a completed one still waiting for review is `needs_review`. */
export function fileStatus(extraction: ExtractionRow | null): FileStatus {
  switch (extraction?.status) {
    case 'PROCESSING':
      return 'processing';
    case 'COMPLETED':
      return extraction.needsReview && !extraction.isReviewed ? 'needs_review' : 'processed';
    case 'FAILED':
      return 'failed';
    default:
      return 'queued';
  }
}

/**
 * A batch is derived from its files: queued until one starts, processing while any is left, then
 * failed if every file failed, needs_review if any file waits for review, else processed.
 */
export function batchStatusOf(c: BatchCounts): FileStatus {
  const status = batchStatus(c);
  if (status === 'PENDING') return 'queued';
  if (status === 'PROCESSING') return 'processing';
  if (c.files > 0 && c.failed === c.files) return 'failed';
  return c.needsReview > 0 ? 'needs_review' : 'processed';
}

type BatchRow = { id: string; schemaId: string | null; name: string; createdAt: Date };

export function presentBatch(batch: BatchRow, counts: BatchCounts) {
  return {
    id: batch.id,
    extraction_id: batch.schemaId,
    name: batch.name || null,
    status: batchStatusOf(counts),
    file_count: counts.files,
    page_count: counts.pages,
    // Milliseconds kept, so a batch's created_at passed back as `before` is an exact cursor.
    created_at: batch.createdAt.toISOString(),
  };
}

/** Our confidence is 0-100 per top-level field; DocParse prints 0..1. */
export function confidenceOf(scores: unknown): Record<string, number> {
  if (!scores || typeof scores !== 'object') return {};
  const out: Record<string, number> = {};
  for (const [key, value] of Object.entries(scores)) if (typeof value === 'number') out[key] = Math.round(value * 100) / 10000;
  return out;
}
