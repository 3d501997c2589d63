// Builds the running parts from settings: database (migrated), storage, event bus.
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
  const services: Services = { settings, db, storage: new LocalStorage(settings.storageDir), bus: createEventBus(), background: new Set(), log: options.log };
  let webhooks: WebhookWorker | null = null;
  let purge: { stop(): Promise<void> } | null = null;
  if (options.worker) {
    services.queue = new InProcessQueue({
      db,
      concurrency: settings.queueConcurrency,
      leaseMs: settings.leaseMs,
      run: (id, signal) => runExtractionJob(services, id, signal),
      onError: (error) => options.log?.(`queue: ${(error as Error)?.stack ?? error}`),
    });
    await services.queue.start();
    webhooks = new WebhookWorker({
      db,
      concurrency: settings.webhooks.concurrency,
      // An attempt's own timeout plus a margin for settling it.
      leaseMs: settings.webhooks.timeoutMs + 30_000,
      run: (id, attempt, signal) => attemptDelivery(services, id, attempt, signal),
      onError: (error) => options.log?.(`webhooks: ${(error as Error)?.stack ?? error}`),
    });
    services.webhooks = webhooks;
    webhooks.start();
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
      await webhooks?.stop();
      await shutdownOcr();
      await db.$disconnect();
    },
  };
}
