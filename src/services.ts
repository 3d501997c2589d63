// Builds the running parts from settings: database (migrated), storage, event bus, extraction queue, rate
// limiter. Embedded by default (in-process queue and pub/sub); with DOCSIFT_REDIS_URL the bus, the queue
// and the rate limits go through Redis so several API nodes and workers act as one.
import { mkdir } from 'node:fs/promises';
import type { Settings } from './config/settings.ts';
import { isPostgresUrl } from './config/settings.ts';
import { createDb } from './db/client.ts';
import { migrate } from './db/migrate.ts';
import { createEventBus } from './events/bus.ts';
import type { Services } from './resolvers/services.ts';
import { LocalStorage } from './storage/local.ts';
import { InProcessQueue } from './queue/in-process.ts';
import { runExtractionJob } from './resolvers/extraction-job.ts';
import { configureOcr, shutdownOcr } from './engine/ocr/pool.ts';
import { WebhookWorker } from './queue/webhook-worker.ts';
import { attemptDelivery } from './resolvers/webhook-delivery.ts';
import { startPurgeTimer } from './resolvers/retention.ts';
import { RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';
import { redisConnections, type RedisConnections } from './redis/connections.ts';
import { redisEventTarget } from './events/redis.ts';
import { BullmqQueue } from './queue/bullmq.ts';
import type { JobQueue } from './queue/index.ts';

export interface ServiceOptions {
  log?: (line: string) => void;
  /** Process extractions in this process (the server does; operator commands do not). */
  worker?: boolean;
}

export async function createServices(settings: Settings, options: ServiceOptions = {}): Promise<Services & { close(): Promise<void> }> {
  await mkdir(settings.storageDir, { recursive: true });
  configureOcr({ workers: settings.ocrWorkers });
  await migrate(settings.databaseUrl, options.log);
  const db = createDb(settings.databaseUrl);
  if (!isPostgresUrl(settings.databaseUrl)) {
    // WAL lets readers run while the queue writes; busy_timeout waits instead of failing on a lock.
    await db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
    await db.$queryRawUnsafe('PRAGMA busy_timeout = 10000');
  }
  const report = (what: string) => (error: unknown) => options.log?.(`${what}: ${(error as Error)?.stack ?? error}`);
  const redis = settings.redis ? redisConnections(settings.redis.url, settings.redis.prefix, options.log) : null;
  const services: Services = {
    settings,
    db,
    storage: new LocalStorage(settings.storageDir),
    bus: createEventBus(redis ? redisEventTarget(redis, report('events')) : undefined),
    rateLimiter: rateLimiter(settings, redis),
    background: new Set(),
    log: options.log,
  };
  let webhooks: WebhookWorker | null = null;
  let purge: { stop(): Promise<void> } | null = null;
  let webhooksDue: AsyncIterator<unknown> | null = null;
  const run = (id: string, signal: AbortSignal) => runExtractionJob(services, id, signal);
  const queueOptions = { db, concurrency: settings.queueConcurrency, leaseMs: settings.leaseMs, run, onError: report('queue') };
  // With Redis every node can enqueue (the job travels to whichever worker is free); embedded, only a
  // process that runs the queue needs one (others' rows are found by the workers' polling).
  const queue: JobQueue | undefined = redis ? new BullmqQueue({ ...queueOptions, redis }) : options.worker ? new InProcessQueue(queueOptions) : undefined;
  services.queue = queue;
  if (options.worker) {
    await queue!.start();
    webhooks = new WebhookWorker({
      db,
      concurrency: settings.webhooks.concurrency,
      // An attempt's own timeout plus a margin for settling it.
      leaseMs: settings.webhooks.timeoutMs + 30_000,
      pollMs: settings.webhooks.pollMs,
      run: (id, attempt, signal) => attemptDelivery(services, id, attempt, signal),
      onError: (error) => options.log?.(`webhooks: ${(error as Error)?.stack ?? error}`),
    });
    services.webhooks = webhooks;
    webhooks.start();
    // Deliveries written on any node (with Redis, on every node) wake this worker at once.
    const worker = webhooks;
    webhooksDue = services.bus.subscribe('webhooksDue')[Symbol.asyncIterator]();
    const due = webhooksDue;
    void (async () => {
      for (let r = await due.next(); !r.done; r = await due.next()) worker.notify();
    })().catch(report('webhooks'));
    purge = startPurgeTimer(services, settings.purgeIntervalMs);
  }
  return {
    ...services,
    get queue() {
      return services.queue;
    },
    async close() {
      await services.queue?.stop();
      await purge?.stop();
      await Promise.all(services.background);
      await webhooksDue?.return?.();
      await webhooks?.stop();
      await shutdownOcr();
      await redis?.close();
      await db.$disconnect();
    },
  };
}

/** REST requests per key per minute: counted in Redis across nodes when there is one (in memory meanwhile
 * if Redis is unreachable), else in this process. */
function rateLimiter(settings: Settings, redis: RedisConnections | null) {
  const perMinute = { points: settings.rateLimitPerMinute, duration: 60 };
  if (!redis) return new RateLimiterMemory(perMinute);
  return new RateLimiterRedis({
    ...perMinute,
    storeClient: redis.open('rate-limit'),
    keyPrefix: `${redis.prefix}:rate-limit`,
    rejectIfRedisNotReady: true,
    insuranceLimiter: new RateLimiterMemory(perMinute),
  });
}
