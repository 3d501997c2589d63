import type { Db } from '../db/client.ts';
import type { JobQueue } from './index.ts';
import { claimedRow, runHoldingLease } from './lease.ts';
import { PollingWorker } from './polling-worker.ts';

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

export class InProcessQueue extends PollingWorker<{ id: string }> implements JobQueue {
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly o: InProcessQueueOptions) {
    super(o.concurrency, o.pollMs ?? 1000, o.onError);
  }

  async start() {
    // Jobs a dead process left in PROCESSING come back once their lease has lapsed.
    await this.requeueLapsed();
    this.startLooking();
  }

  async stop(graceMs = 10_000) {
    await this.stopLooking(graceMs);
  }

  async idle() {
    for (;;) {
      if (this.running.size === 0 && !this.isLooking) {
        const pending = await this.o.db.extraction.count({ where: { status: 'PENDING' } });
        if (pending === 0) return;
      }
      await new Promise<void>((resolve) => {
        this.idleWaiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }

  private async requeueLapsed() {
    await this.o.db.extraction.updateMany({
      where: { status: 'PROCESSING', leaseUntil: { lt: new Date() } },
      data: { status: 'PENDING', leaseUntil: null },
    });
  }

  protected override beforeLook() {
    return this.requeueLapsed();
  }

  /** Claims the oldest available job; the conditional update makes two processes never claim the same one. */
  protected async claim(): Promise<{ id: string } | null> {
    for (let tries = 0; tries < 5; tries++) {
      const next = await this.o.db.extraction.findFirst({
        where: { status: 'PENDING', availableAt: { lte: new Date() } },
        orderBy: [{ availableAt: 'asc' }, { createdAt: 'asc' }],
        select: { id: true },
      });
      if (!next) return null;
      const { count } = await this.o.db.extraction.updateMany({
        where: { id: next.id, status: 'PENDING' },
        data: claimedRow(this.o.leaseMs),
      });
      if (count === 1) return next;
    }
    return null;
  }

  /** Runs the job, renewing its lease while it runs. */
  protected run({ id }: { id: string }, signal: AbortSignal) {
    return runHoldingLease(this.o.db, id, this.o.leaseMs, () => this.o.run(id, signal), this.o.onError);
  }

  protected override afterWork() {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }
}
