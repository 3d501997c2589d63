// The job queue interface. Jobs are extraction rows: their status, lease and availableAt columns make the
// queue durable (a restart resumes pending work; a dead process's lease lapses and its job is re-queued).
// The in-process implementation (embedded) polls the database; the BullMQ one (scale-out) carries each
// job and its wake-up through Redis.
export interface JobQueue {
  /** Starts processing jobs in this process (after re-queueing those whose lease lapsed). */
  start(): Promise<void>;
  /** An extraction became PENDING: have a worker take it now rather than at the next poll. */
  notify(extractionId: string): void;
  /** Stops claiming and waits for jobs in flight (up to `graceMs`); jobs still running are then aborted and handed back as PENDING. */
  stop(graceMs?: number): Promise<void>;
  /** Resolves when no job is pending or running (tests, CLI). */
  idle(): Promise<void>;
}
