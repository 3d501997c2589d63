// Every setting and limit of the service, read once from the environment and validated at start.
// The README's "Settings" table documents each one; keep them in step.
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

const int = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const MB = 1024 * 1024;
/** Durations fed to setTimeout, which misfires past 2^31-1 ms (about 24.8 days). */
const timerMs = (fallback: number) => z.coerce.number().int().positive().max(2 ** 31 - 1).default(fallback);

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  DOCSIFT_DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().optional(),
  DOCSIFT_MAX_FILE_BYTES: int(50 * MB),
  DOCSIFT_MAX_FILES_PER_REQUEST: int(100),
  DOCSIFT_MAX_BATCH_FILES: int(100),
  DOCSIFT_STORE_UNSUPPORTED: z.enum(['true', 'false']).default('false'),
  DOCSIFT_RETENTION_DAYS: int(30),
  DOCSIFT_MAX_QUERY_DEPTH: int(12),
  DOCSIFT_MAX_PAGE_SIZE: int(100),
  DOCSIFT_QUEUE_CONCURRENCY: int(2),
  DOCSIFT_MAX_ATTEMPTS: int(4),
  DOCSIFT_LEASE_MS: int(60_000),
  DOCSIFT_RETRY_BASE_MS: int(1000),
  DOCSIFT_MODEL_BASE_URL: z.string().url().optional(),
  DOCSIFT_MODEL_API_KEY: z.string().optional(),
  DOCSIFT_MODEL: z.string().optional(),
  DOCSIFT_VISION_MODEL: z.string().optional(),
  DOCSIFT_REVIEW_THRESHOLD: z.coerce.number().min(0).max(100).default(80),
  DOCSIFT_OCR_LANG: z.string().default('eng'),
  DOCSIFT_OCR_WORKERS: int(os.cpus().length || 1),
  DOCSIFT_MAX_PAGES: int(500),
  DOCSIFT_MAX_PIXELS: int(100_000_000),
  DOCSIFT_PAGE_TIMEOUT_MS: timerMs(60_000),
  DOCSIFT_KEY_RECHECK_MS: timerMs(5000),
  DOCSIFT_LOG: z.enum(['debug', 'warn']).default('warn'),
  DOCSIFT_RATE_LIMIT_PER_MINUTE: int(600),
  DOCSIFT_SYNC_EXTRACT_TIMEOUT_MS: int(300_000),
  DOCSIFT_DOCPARSE_MAX_BATCH_FILES: int(30),
  DOCSIFT_DOCPARSE_MAX_FILE_BYTES: int(25 * MB),
  DOCSIFT_WEBHOOK_TIMEOUT_MS: timerMs(10_000),
  DOCSIFT_WEBHOOK_MAX_ATTEMPTS: int(8),
  DOCSIFT_WEBHOOK_RETRY_BASE_MS: timerMs(30_000),
  DOCSIFT_WEBHOOK_CONCURRENCY: int(4),
  DOCSIFT_WEBHOOK_POLL_MS: timerMs(1000),
  DOCSIFT_PURGE_INTERVAL_MS: timerMs(3_600_000),
  DOCSIFT_WEBHOOK_BLOCK_PRIVATE: z.enum(['true', 'false']).default('false'),
  DOCSIFT_REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL').optional(),
  DOCSIFT_REDIS_PREFIX: z.string().regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, _ . - only').default('docsift'),
  DOCSIFT_WORKER: z.enum(['true', 'false']).default('true'),
});

export type Settings = ReturnType<typeof loadSettings>;

export class SettingsError extends Error {}

export function loadSettings(env: Record<string, string | undefined> = process.env) {
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new SettingsError(`Invalid settings:\n${lines.join('\n')}`);
  }
  const s = parsed.data;
  const dataDir = path.resolve(s.DOCSIFT_DATA_DIR);
  const databaseUrl = s.DATABASE_URL ?? `file:${path.join(dataDir, 'docsift.db')}`;
  if (s.DOCSIFT_REDIS_URL && !isPostgresUrl(databaseUrl)) {
    // Redis is for several nodes, and several nodes cannot share one SQLite file.
    throw new SettingsError('Invalid settings:\n  DOCSIFT_REDIS_URL: scale-out mode needs a PostgreSQL DATABASE_URL (nodes cannot share a SQLite file)');
  }
  return {
    port: s.PORT,
    host: s.HOST,
    dataDir,
    databaseUrl,
    storageDir: path.join(dataDir, 'files'),
    maxFileBytes: s.DOCSIFT_MAX_FILE_BYTES,
    /** JSON bodies (base64 uploads included): the largest file, base64-encoded, plus 1 MB. */
    maxJsonBodyBytes: Math.ceil((s.DOCSIFT_MAX_FILE_BYTES * 4) / 3) + MB,
    maxFilesPerRequest: s.DOCSIFT_MAX_FILES_PER_REQUEST,
    maxBatchFiles: s.DOCSIFT_MAX_BATCH_FILES,
    storeUnsupported: s.DOCSIFT_STORE_UNSUPPORTED === 'true',
    retentionDays: s.DOCSIFT_RETENTION_DAYS,
    maxQueryDepth: s.DOCSIFT_MAX_QUERY_DEPTH,
    maxPageSize: s.DOCSIFT_MAX_PAGE_SIZE,
    queueConcurrency: s.DOCSIFT_QUEUE_CONCURRENCY,
    maxAttempts: s.DOCSIFT_MAX_ATTEMPTS,
    leaseMs: s.DOCSIFT_LEASE_MS,
    retryBaseMs: s.DOCSIFT_RETRY_BASE_MS,
    model: {
      baseURL: s.DOCSIFT_MODEL_BASE_URL,
      apiKey: s.DOCSIFT_MODEL_API_KEY,
      model: s.DOCSIFT_MODEL,
      visionModel: s.DOCSIFT_VISION_MODEL,
    },
    reviewThreshold: s.DOCSIFT_REVIEW_THRESHOLD,
    ocrLanguage: s.DOCSIFT_OCR_LANG,
    ocrWorkers: s.DOCSIFT_OCR_WORKERS,
    /** The reader's limits: pages per document, pixels per image or page, time per page. */
    readLimits: { maxPages: s.DOCSIFT_MAX_PAGES, maxPixels: s.DOCSIFT_MAX_PIXELS, pageTimeoutMs: s.DOCSIFT_PAGE_TIMEOUT_MS },
    /** How often open subscriptions and sockets re-check that their key was not revoked elsewhere. */
    keyRecheckMs: s.DOCSIFT_KEY_RECHECK_MS,
    logLevel: s.DOCSIFT_LOG,
    /** REST gateway requests per API key per minute; past it, 429 with Retry-After. */
    rateLimitPerMinute: s.DOCSIFT_RATE_LIMIT_PER_MINUTE,
    /** How long Documind's synchronous POST /extract waits for the extraction before answering 504. */
    syncExtractTimeoutMs: s.DOCSIFT_SYNC_EXTRACT_TIMEOUT_MS,
    /** DocParse's documented batch limits (30 files, 25 MB each; never above the global file limit). */
    docparseMaxBatchFiles: s.DOCSIFT_DOCPARSE_MAX_BATCH_FILES,
    docparseMaxFileBytes: s.DOCSIFT_DOCPARSE_MAX_FILE_BYTES,
    webhooks: {
      timeoutMs: s.DOCSIFT_WEBHOOK_TIMEOUT_MS,
      maxAttempts: s.DOCSIFT_WEBHOOK_MAX_ATTEMPTS,
      retryBaseMs: s.DOCSIFT_WEBHOOK_RETRY_BASE_MS,
      concurrency: s.DOCSIFT_WEBHOOK_CONCURRENCY,
      /** Longest a worker waits before looking for due deliveries when nothing woke it. */
      pollMs: s.DOCSIFT_WEBHOOK_POLL_MS,
      /** Refuse loopback, private and other special addresses as targets. */
      blockPrivate: s.DOCSIFT_WEBHOOK_BLOCK_PRIVATE === 'true',
    },
    purgeIntervalMs: s.DOCSIFT_PURGE_INTERVAL_MS,
    /** Scale-out mode: Redis carries events, extraction jobs and rate-limit counters between nodes. */
    redis: s.DOCSIFT_REDIS_URL ? { url: s.DOCSIFT_REDIS_URL, prefix: s.DOCSIFT_REDIS_PREFIX } : null,
    /** Whether `docsift start` also processes extraction jobs and webhook deliveries. */
    worker: s.DOCSIFT_WORKER === 'true',
  };
}

export const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\//.test(url);
