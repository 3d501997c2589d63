// What the extraction queue and the webhook worker share: look for due rows in the database (now when
// notified, else at the next poll), claim a few at a time up to a concurrency, run each with an abort
// signal, and stop by waiting out the work in flight for a grace period before aborting it.

/** How long aborted work may take to record where it stopped once its worker stops. */
const ABORTED_SETTLE_MS = 5_000;

export abstract class PollingWorker<Job extends { id: string }> {
  protected readonly running = new Map<string, AbortController>();
  private timer: NodeJS.Timeout | null = null;
  private stopped = true;
  private looking = false;
  private again = false;

  constructor(
    private readonly concurrency: number,
    private readonly pollMs: number,
    protected readonly onError?: (error: unknown) => void,
  ) {}

  /** Claims one due row (conditionally, so two processes never take the same), or null. */
  protected abstract claim(): Promise<Job | null>;
  /** Runs a claimed row; it must settle the row. */
  protected abstract run(job: Job, signal: AbortSignal): Promise<void>;
  /** Before each round of claims. */
  protected async beforeLook(): Promise<void> {}
  /** How long to sleep after a round (at most the poll interval). */
  protected async sleepAfterLook(pollMs: number): Promise<number> {
    return pollMs;
  }
  /** After each round, and after each job settles. */
  protected afterWork(): void {}

  protected get isLooking() {
    return this.looking;
  }

  protected startLooking() {
    this.stopped = false;
    this.schedule(0);
  }

  /** Work became available (or finished): look now rather than at the next poll. */
  notify() {
    if (!this.stopped) this.schedule(0);
  }

  /** Stops claiming; waits up to `graceMs` for work in flight, then aborts it and lets it settle its rows. */
  protected async stopLooking(graceMs: number) {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    const waitFor = async (ms: number) => {
      const deadline = Date.now() + ms;
      while (this.running.size && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    };
    await waitFor(graceMs);
    for (const c of this.running.values()) c.abort();
    // Aborted work writes where it stopped (a job handed back, an attempt recorded) before the database closes.
    await waitFor(ABORTED_SETTLE_MS);
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
    let sleep = this.pollMs;
    try {
      await this.beforeLook();
      while (!this.stopped && this.running.size < this.concurrency) {
        const job = await this.claim();
        if (!job) break;
        this.execute(job);
      }
      sleep = await this.sleepAfterLook(this.pollMs);
    } catch (error) {
      this.onError?.(error);
    } finally {
      this.looking = false;
      this.afterWork();
      if (!this.stopped) this.schedule(this.again ? 0 : sleep);
      this.again = false;
    }
  }

  private execute(job: Job) {
    const controller = new AbortController();
    this.running.set(job.id, controller);
    this.run(job, controller.signal)
      .catch((error) => this.onError?.(error))
      .finally(() => {
        this.running.delete(job.id);
        this.notify();
        this.afterWork();
      });
  }
}
