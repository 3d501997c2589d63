// The webhook delivery worker: claims due PENDING deliveries from the database and runs them, a few at a
// time. Durable like the extraction queue: claiming pushes nextAttemptAt past the attempt's timeout
// (a lease), so an attempt a dead process left unfinished becomes due again by itself.
import type { Db } from '../db/client.ts';
import { PollingWorker } from './polling-worker.ts';

export interface WebhookWorkerOptions {
  db: Db;
  concurrency: number;
  /** How long a claimed attempt may take before another worker may retry it. */
  leaseMs: number;
  /** Longest sleep between looks (also picks up other processes' rows). */
  pollMs?: number;
  /** Runs attempt `attempt` of a claimed delivery; must settle the row. */
  run(deliveryId: string, attempt: number, signal: AbortSignal): Promise<void>;
  onError?(error: unknown): void;
}

const DEFAULT_POLL_MS = 1000;

interface Claimed {
  id: string;
  attempt: number;
}

export class WebhookWorker extends PollingWorker<Claimed> {
  constructor(private readonly o: WebhookWorkerOptions) {
    super(o.concurrency, o.pollMs ?? DEFAULT_POLL_MS, o.onError);
  }

  start() {
    this.startLooking();
  }

  /** Waits up to `graceMs` for attempts in flight, aborts the rest and waits for them to settle. */
  async stop(graceMs = 10_000) {
    await this.stopLooking(graceMs);
    while (this.running.size) await new Promise((r) => setTimeout(r, 20));
  }

  /** Wakes for the next retry that falls due before the next poll. */
  protected override async sleepAfterLook(pollMs: number) {
    const next = await this.o.db.webhookDelivery.findFirst({
      where: { status: 'PENDING', id: { notIn: [...this.running.keys()] } },
      orderBy: { nextAttemptAt: 'asc' },
      select: { nextAttemptAt: true },
    });
    return next ? Math.max(0, Math.min(pollMs, next.nextAttemptAt.getTime() - Date.now())) : pollMs;
  }

  /** Claims the most overdue delivery; the update is conditional on the attempt count, so only one worker wins. */
  protected async claim(): Promise<Claimed | null> {
    for (let tries = 0; tries < 5; tries++) {
      const now = new Date();
      const next = await this.o.db.webhookDelivery.findFirst({
        where: { status: 'PENDING', nextAttemptAt: { lte: now }, id: { notIn: [...this.running.keys()] } },
        orderBy: [{ nextAttemptAt: 'asc' }, { createdAt: 'asc' }],
        select: { id: true, attempts: true },
      });
      if (!next) return null;
      const { count } = await this.o.db.webhookDelivery.updateMany({
        where: { id: next.id, status: 'PENDING', attempts: next.attempts, nextAttemptAt: { lte: now } },
        data: { attempts: next.attempts + 1, nextAttemptAt: new Date(now.getTime() + this.o.leaseMs) },
      });
      if (count === 1) return { id: next.id, attempt: next.attempts + 1 };
    }
    return null;
  }

  protected run(job: Claimed, signal: AbortSignal) {
    return this.o.run(job.id, job.attempt, signal);
  }
}
