// Documind's words for our extraction rows.
import { isoSeconds } from '../http.ts';

type Row = {
  id: string;
  documentId: string;
  filename: string;
  status: string;
  mode: string;
  createdAt: Date;
  updatedAt: Date;
  needsReview: boolean;
  isReviewed: boolean;
  reviewedAt: Date | null;
  reviewedById: string | null;
  results: unknown;
  reviewedResults: unknown;
  confidenceScores: unknown;
  reviewFlags: unknown;
};

export const STATUS = { PENDING: 'pending', PROCESSING: 'processing', COMPLETED: 'completed', FAILED: 'failed' } as const;
export const STATUS_FROM: Record<string, keyof typeof STATUS> = { pending: 'PENDING', processing: 'PROCESSING', completed: 'COMPLETED', failed: 'FAILED' };

/** Documind's status word for a row. */
export const statusOf = (row: { status: string }) => STATUS[row.status as keyof typeof STATUS] ?? row.status.toLowerCase();

/** Confidence scores and flags: only Advanced and VLM extractions have them. */
export function reviewMetadata(row: Row) {
  if (row.mode === 'basic' || row.confidenceScores == null) return undefined;
  return { confidence_scores: row.confidenceScores, review_flags: row.reviewFlags ?? {} };
}

export function presentExtraction(row: Row) {
  const metadata = reviewMetadata(row);
  return {
    id: row.id,
    document_id: row.documentId,
    original_filename: row.filename,
    status: statusOf(row),
    created_at: isoSeconds(row.createdAt),
    updated_at: isoSeconds(row.updatedAt),
    needs_review: row.needsReview,
    is_reviewed: row.isReviewed,
    reviewed_at: isoSeconds(row.reviewedAt),
    reviewed_by: row.reviewedById,
    results: row.results ?? null,
    reviewed_results: row.isReviewed ? (row.reviewedResults ?? null) : null,
    ...(metadata ? { needs_review_metadata: metadata } : {}),
  };
}
