// The webhook delivery worker: claims due PENDING deliveries from the database and runs them, a few at a
// time. Durable like the extraction queue: claiming pushes nextAttemptAt past the attempt's timeout
// (a lease), so an attempt a dead process left unfinished becomes due again by itself.
import type { Db } from '../db/client.ts';

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

export class WebhookWorker {
  private running = new Map<string, AbortController>();
  private timer: NodeJS.Timeout | null = null;
  private stopped = true;
  private looking = false;
  private again = false;

  constructor(private readonly o: WebhookWorkerOptions) {}

  start() {
    this.stopped = false;
    this.schedule(0);
  }

  /** Deliveries were enqueued, or one was settled: look now. */
  notify() {
    if (!this.stopped) this.schedule(0);
  }

  async stop(graceMs = 10_000) {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    const deadline = Date.now() + graceMs;
    while (this.running.size && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    for (const c of this.running.values()) c.abort();
    while (this.running.size) await new Promise((r) => setTimeout(r, 20));
  }

  private schedule(ms: number) {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.look(), ms);
  }

  private async look() {
    if (this.looking) {
      this.again = true;
      return;
    }
    this.looking = true;
    let sleep = this.o.pollMs ?? DEFAULT_POLL_MS;
    try {
      while (!this.stopped && this.running.size < this.o.concurrency) {
        const claimed = await this.claim();
        if (!claimed) break;
        this.execute(claimed.id, claimed.attempt);
      }
      // Wake for the next retry that falls due before the next poll.
      const next = await this.o.db.webhookDelivery.findFirst({
        where: { status: 'PENDING', id: { notIn: [...this.running.keys()] } },
        orderBy: { nextAttemptAt: 'asc' },
        select: { nextAttemptAt: true },
      });
      if (next) sleep = Math.max(0, Math.min(sleep, next.nextAttemptAt.getTime() - Date.now()));
    } catch (error) {
      this.o.onError?.(error);
    } finally {
      this.looking = false;
      if (!this.stopped) this.schedule(this.again ? 0 : sleep);
      this.again = false;
    }
  }

  /** Claims the most overdue delivery; the update is conditional on the attempt count, so only one worker wins. */
  private async claim(): Promise<{ id: string; attempt: number } | null> {
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

  private execute(id: string, attempt: number) {
    const controller = new AbortController();
    this.running.set(id, controller);
    this.o
      .run(id, attempt, controller.signal)
      .catch((error) => this.o.onError?.(error))
      .finally(() => {
        this.running.delete(id);
        this.notify();
      });
  }
}
