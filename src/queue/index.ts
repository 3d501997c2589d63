// The job queue interface. Jobs are extraction rows: their status, lease and availableAt columns make the
// queue durable (a restart resumes pending work; a dead process's lease lapses and its job is re-queued).
// The in-process implementation polls the database; a BullMQ one can replace the wake-up signal.
export interface JobQueue {
  /** Starts claiming jobs (after re-queueing those whose lease lapsed). */
  start(): Promise<void>;
  /** A job became available: look now rather than at the next poll. */
  notify(): void;
  /** Stops claiming and waits for jobs in flight (up to `graceMs`, then leaves them to lease expiry). */
  stop(graceMs?: number): Promise<void>;
  /** Resolves when no job is pending or running (tests, CLI). */
  idle(): Promise<void>;
}
