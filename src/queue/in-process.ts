import type { Db } from '../db/client.ts';
import type { JobQueue } from './index.ts';

export interface InProcessQueueOptions {
  db: Db;
  concurrency: number;
  leaseMs: number;
  /** How often to look for jobs when not notified (also picks up other processes' retries). */
  pollMs?: number;
  /** Runs one claimed job. It must settle the row (COMPLETED, FAILED or back to PENDING). */
  run(extractionId: string, signal: AbortSignal): Promise<void>;
  onError?(error: unknown): void;
}

export class InProcessQueue implements JobQueue {
  private running = new Map<string, AbortController>();
  private timer: NodeJS.Timeout | null = null;
  private stopped = true;
  private looking = false;
  private again = false;
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly o: InProcessQueueOptions) {}

  async start() {
    this.stopped = false;
    // Jobs a dead process left in PROCESSING come back once their lease has lapsed.
    await this.requeueLapsed();
    this.schedule(0);
  }

  notify() {
    if (!this.stopped) this.schedule(0);
  }

  async stop(graceMs = 10_000) {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    const deadline = Date.now() + graceMs;
    while (this.running.size && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    for (const c of this.running.values()) c.abort();
  }

  async idle() {
    for (;;) {
      if (this.running.size === 0 && !this.looking) {
        const pending = await this.o.db.extraction.count({ where: { status: 'PENDING' } });
        if (pending === 0) return;
      }
      await new Promise<void>((resolve) => {
        this.idleWaiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }

  private schedule(ms: number) {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.look(), ms);
  }

  private async requeueLapsed() {
    await this.o.db.extraction.updateMany({
      where: { status: 'PROCESSING', leaseUntil: { lt: new Date() } },
      data: { status: 'PENDING', leaseUntil: null },
    });
  }

  private async look() {
    if (this.looking) {
      this.again = true;
      return;
    }
    this.looking = true;
    try {
      await this.requeueLapsed();
      while (!this.stopped && this.running.size < this.o.concurrency) {
        const id = await this.claim();
        if (!id) break;
        this.execute(id);
      }
    } catch (error) {
      this.o.onError?.(error);
    } finally {
      this.looking = false;
      this.wakeIdle();
      if (!this.stopped) this.schedule(this.again ? 0 : (this.o.pollMs ?? 1000));
      this.again = false;
    }
  }

  /** Claims the oldest available job; the conditional update makes two processes never claim the same one. */
  private async claim(): Promise<string | null> {
    for (let tries = 0; tries < 5; tries++) {
      const next = await this.o.db.extraction.findFirst({
        where: { status: 'PENDING', availableAt: { lte: new Date() } },
        orderBy: [{ availableAt: 'asc' }, { createdAt: 'asc' }],
        select: { id: true },
      });
      if (!next) return null;
      const { count } = await this.o.db.extraction.updateMany({
        where: { id: next.id, status: 'PENDING' },
        data: { status: 'PROCESSING', leaseUntil: new Date(Date.now() + this.o.leaseMs), attempts: { increment: 1 }, startedAt: new Date() },
      });
      if (count === 1) return next.id;
    }
    return null;
  }

  private execute(id: string) {
    const controller = new AbortController();
    this.running.set(id, controller);
    const heartbeat = setInterval(() => {
      void this.o.db.extraction
        .updateMany({ where: { id, status: 'PROCESSING' }, data: { leaseUntil: new Date(Date.now() + this.o.leaseMs) } })
        .catch((e) => this.o.onError?.(e));
    }, Math.max(50, Math.floor(this.o.leaseMs / 3)));
    this.o
      .run(id, controller.signal)
      .catch((error) => this.o.onError?.(error))
      .finally(() => {
        clearInterval(heartbeat);
        this.running.delete(id);
        this.notify();
        this.wakeIdle();
      });
  }

  private wakeIdle() {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }
}
