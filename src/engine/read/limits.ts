// Limits of the reader: named settings, read from the environment (documented in the README).
import { ReadError } from '../types.ts';

export interface ReadLimits {
  /** Pages per document (DOCSIFT_MAX_PAGES). */
  maxPages: number;
  /** Pixels per image or rendered page (DOCSIFT_MAX_PIXELS). */
  maxPixels: number;
  /** Time to render and OCR one page (DOCSIFT_PAGE_TIMEOUT_MS). */
  pageTimeoutMs: number;
}

const envInt = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? Math.floor(v) : fallback;
};

export const defaultReadLimits: ReadLimits = {
  maxPages: envInt('DOCSIFT_MAX_PAGES', 500),
  maxPixels: envInt('DOCSIFT_MAX_PIXELS', 100_000_000),
  pageTimeoutMs: envInt('DOCSIFT_PAGE_TIMEOUT_MS', 60_000),
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
