// The extraction queue across nodes: BullMQ carries each job and its wake-up (idle workers wait on Redis,
// they do not poll the database); the extraction row stays the source of truth for status. A job runs
// only after the same conditional claim of its row as the in-process queue makes, so it never runs twice
// at once. A worker that dies loses its BullMQ lock and its row lease; another worker's stalled check
// hands the job back, and the claim takes the row once the lease has lapsed.
import { DelayedError, Queue, Worker, type Job } from 'bullmq';
import type { Db } from '../db/client.ts';
import type { RedisConnections } from '../redis/connections.ts';
import type { JobQueue } from './index.ts';
import { claimedRow, runHoldingLease } from './lease.ts';

export interface BullmqQueueOptions {
  db: Db;
  redis: RedisConnections;
  concurrency: number;
  leaseMs: number;
  /** Runs one claimed job. It must settle the row (COMPLETED, FAILED or back to PENDING). */
  run(extractionId: string, signal: AbortSignal): Promise<void>;
  onError?(error: unknown): void;
}

interface JobData {
  extractionId: string;
}

const QUEUE_NAME = 'extractions';
/** A job failed for want of the database (not the extraction: that settles its row) is tried again. */
const JOB_OPTIONS = { removeOnComplete: true, removeOnFail: true, attempts: 10, backoff: { type: 'exponential', delay: 1000 } } as const;
/** How long a worker waits on Redis for work before re-issuing the wait (BullMQ's blocking pop). */
const DRAIN_DELAY_S = 30;

export class BullmqQueue implements JobQueue {
  private readonly queue: Queue<JobData>;
  private worker: Worker<JobData> | null = null;

  constructor(private readonly o: BullmqQueueOptions) {
    // notify() is not awaited by anyone: while Redis is away its adds wait for it rather than fail.
    const connection = o.redis.open('queue', { maxRetriesPerRequest: null });
    this.queue = new Queue<JobData>(QUEUE_NAME, { connection, prefix: o.redis.prefix, defaultJobOptions: JOB_OPTIONS });
    this.queue.on('error', (error) => o.onError?.(error));
  }

  /** Processes jobs here, after handing BullMQ every row it may have lost (a Redis restart keeps nothing). */
  async start() {
    const connection = this.o.redis.open('worker', { maxRetriesPerRequest: null });
    this.worker = new Worker<JobData>(QUEUE_NAME, (job, token, signal) => this.process(job, token!, signal!), {
      connection,
      prefix: this.o.redis.prefix,
      concurrency: this.o.concurrency,
      // BullMQ's lock and our lease lapse together, so a dead worker's job comes back after about a lease.
      lockDuration: this.o.leaseMs,
      stalledInterval: this.o.leaseMs,
      // The row's claim decides what runs; a job stalled many times is still the row's to settle.
      maxStalledCount: Number.MAX_SAFE_INTEGER,
      drainDelay: DRAIN_DELAY_S,
    });
    this.worker.on('error', (error) => this.o.onError?.(error));
    await this.worker.waitUntilReady();
    await this.enqueueUnfinished();
    connection.on('ready', () => void this.enqueueUnfinished().catch((e) => this.o.onError?.(e)));
  }

  notify(extractionId: string) {
    this.add(extractionId, 0).catch((error) => this.o.onError?.(error));
  }

  async stop(graceMs = 10_000) {
    if (this.worker) {
      const closing = this.worker.close();
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([closing, new Promise((resolve) => (timer = setTimeout(resolve, graceMs)))]);
      clearTimeout(timer);
      this.worker.cancelAllJobs('docsift is stopping');
      await closing;
    }
    await this.queue.close();
  }

  async idle() {
    while (await this.o.db.extraction.count({ where: { status: { in: ['PENDING', 'PROCESSING'] } } })) await new Promise((r) => setTimeout(r, 100));
  }

  /** One job per extraction: the job id is the row id, so adding it again while it waits is a no-op. */
  private add(extractionId: string, delayMs: number) {
    return this.queue.add('extract', { extractionId }, { jobId: extractionId, delay: Math.max(0, delayMs) });
  }

  private async enqueueUnfinished() {
    const rows = await this.o.db.extraction.findMany({ where: { status: { in: ['PENDING', 'PROCESSING'] } }, select: { id: true, availableAt: true } });
    for (const row of rows) await this.add(row.id, row.availableAt.getTime() - Date.now());
  }

  private async process(job: Job<JobData>, token: string, signal: AbortSignal) {
    const id = job.data.extractionId;
    const now = new Date();
    const { count } = await this.o.db.extraction.updateMany({
      where: { id, OR: [{ status: 'PENDING', availableAt: { lte: now } }, { status: 'PROCESSING', leaseUntil: { lt: now } }] },
      data: claimedRow(this.o.leaseMs, now),
    });
    if (count === 1) await runHoldingLease(this.o.db, id, this.o.leaseMs, () => this.o.run(id, signal), this.o.onError);
    // Not claimed (not yet due, or another worker's lease still runs), or put back for a retry: come back then.
    const row = await this.o.db.extraction.findUnique({ where: { id }, select: { status: true, availableAt: true, leaseUntil: true } });
    const again = row?.status === 'PENDING' ? row.availableAt : row?.status === 'PROCESSING' && count === 0 ? row.leaseUntil : null;
    if (!again) return;
    await job.moveToDelayed(Math.max(Date.now(), again.getTime() + 1), token);
    throw new DelayedError();
  }
}
