// Limits of the reader. The service passes its settings (DOCSIFT_MAX_PAGES, DOCSIFT_MAX_PIXELS,
// DOCSIFT_PAGE_TIMEOUT_MS in src/config/settings.ts); these defaults are the same values.
import { ReadError } from '../types.ts';

export interface ReadLimits {
  /** Pages per document (DOCSIFT_MAX_PAGES). */
  maxPages: number;
  /** Pixels per image or rendered page (DOCSIFT_MAX_PIXELS). */
  maxPixels: number;
  /** Time to render and OCR one page (DOCSIFT_PAGE_TIMEOUT_MS). */
  pageTimeoutMs: number;
}

export const defaultReadLimits: ReadLimits = {
  maxPages: 500,
  maxPixels: 100_000_000,
  pageTimeoutMs: 60_000,
};

export function checkPages(count: number, limits: ReadLimits) {
  if (count > limits.maxPages) throw new ReadError('TOO_MANY_PAGES', `The document has ${count} pages; the limit is ${limits.maxPages} (DOCSIFT_MAX_PAGES)`);
}

export function checkPixels(width: number, height: number, limits: ReadLimits) {
  if (width * height > limits.maxPixels) {
    throw new ReadError('TOO_MANY_PIXELS', `The image is ${width} × ${height} px; the limit is ${limits.maxPixels} pixels (DOCSIFT_MAX_PIXELS)`);
  }
}

/** Rejects with a TIMEOUT ReadError if `work` takes longer than `ms`; `onTimeout` cleans up. */
export async function withTimeout<T>(work: Promise<T>, ms: number, what: string, onTimeout?: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout?.();
      reject(new ReadError('TIMEOUT', `${what} took longer than ${ms} ms (DOCSIFT_PAGE_TIMEOUT_MS)`));
    }, ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
