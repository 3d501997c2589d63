// What every extraction queue does with a claimed row: runs it while renewing its lease, so a live
// worker's row is never taken for a dead one's.
import type { Db } from '../db/client.ts';

/** What claiming a row writes: taken, leased until `leaseMs` from now, the attempt counted. */
export const claimedRow = (leaseMs: number, now = new Date()) =>
  ({ status: 'PROCESSING', leaseUntil: new Date(now.getTime() + leaseMs), attempts: { increment: 1 }, startedAt: now }) as const;

export async function runHoldingLease(db: Db, id: string, leaseMs: number, work: () => Promise<void>, onError?: (error: unknown) => void) {
  const heartbeat = setInterval(() => {
    void db.extraction
      .updateMany({ where: { id, status: 'PROCESSING' }, data: { leaseUntil: new Date(Date.now() + leaseMs) } })
      .catch((e) => onError?.(e));
  }, Math.max(50, Math.floor(leaseMs / 3)));
  try {
    await work();
  } finally {
    clearInterval(heartbeat);
  }
}
