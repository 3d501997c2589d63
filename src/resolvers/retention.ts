// Retention: every document expires `retentionDays` after upload (the organisation's setting) and is
// then purged with everything derived from it: pages, extractions and reviews (database cascades),
// the stored file (once no document shares it), and the webhook log and emptied batches of the same age.
import { releaseStorage } from './documents.ts';
import { ValidationError } from './errors.ts';
import type { Actor } from './principal.ts';
import type { Services } from './services.ts';

const DAY_MS = 86_400_000;
/** A sanity bound (a century), not a policy: past it expiry dates stop being representable. */
export const MAX_RETENTION_DAYS = 36_500;
/** Documents purged per round trip, so a large backlog never builds one huge statement. */
const PURGE_CHUNK = 200;

export interface PurgeCounts {
  documents: number;
  pages: number;
  extractions: number;
  reviews: number;
  files: number;
  webhookDeliveries: number;
  batches: number;
}

/** Deletes everything expired at `now`, in every organisation (an operator job: unscoped on purpose). */
export async function purgeExpired(services: Services, now = new Date()): Promise<PurgeCounts> {
  const { db } = services;
  const counts: PurgeCounts = { documents: 0, pages: 0, extractions: 0, reviews: 0, files: 0, webhookDeliveries: 0, batches: 0 };
  for (;;) {
    const expired = await db.document.findMany({ where: { expiresAt: { lte: now } }, select: { id: true, storageKey: true }, take: PURGE_CHUNK });
    if (expired.length === 0) break;
    const ids = expired.map((d) => d.id);
    const [pages, extractions, reviews] = await Promise.all([
      db.page.count({ where: { documentId: { in: ids } } }),
      db.extraction.count({ where: { documentId: { in: ids } } }),
      db.review.count({ where: { extraction: { documentId: { in: ids } } } }),
    ]);
    const { count } = await db.document.deleteMany({ where: { id: { in: ids }, expiresAt: { lte: now } } });
    counts.documents += count;
    counts.pages += pages;
    counts.extractions += extractions;
    counts.reviews += reviews;
    const keys = [...new Set(expired.map((d) => d.storageKey))];
    const kept = new Set((await db.document.findMany({ where: { storageKey: { in: keys } }, select: { storageKey: true } })).map((d) => d.storageKey));
    counts.files += keys.filter((k) => !kept.has(k)).length;
    await releaseStorage({ services }, keys);
  }
  // Settled webhook deliveries carry ids of purged data: they go after the same retention.
  for (const org of await db.organization.findMany({ select: { id: true, retentionDays: true } })) {
    const before = new Date(now.getTime() - org.retentionDays * DAY_MS);
    const { count } = await db.webhookDelivery.deleteMany({ where: { organizationId: org.id, status: { not: 'PENDING' }, createdAt: { lt: before } } });
    counts.webhookDeliveries += count;
    // A batch past the retention whose files are all gone has nothing left to report.
    const oldBatches = (await db.batch.findMany({ where: { organizationId: org.id, createdAt: { lt: before } }, select: { id: true } })).map((b) => b.id);
    if (oldBatches.length) {
      const live = await db.document.findMany({ where: { batchId: { in: oldBatches } }, select: { batchId: true }, distinct: ['batchId'] });
      const empty = oldBatches.filter((id) => !live.some((d) => d.batchId === id));
      counts.batches += (await db.batch.deleteMany({ where: { id: { in: empty } } })).count;
    }
  }
  return counts;
}

/** Runs purgeExpired every `intervalMs` (first run one interval after start). */
export function startPurgeTimer(services: Services, intervalMs: number) {
  let running: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = purgeExpired(services)
      .then((c) => c.documents && services.log?.(`retention: purged ${c.documents} document(s), ${c.extractions} extraction(s), ${c.files} file(s)`))
      .catch((error) => services.log?.(`retention: ${(error as Error)?.stack ?? error}`))
      .finally(() => (running = null));
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

/** Sets the organisation's retention and re-dates its documents' expiry from their upload time. */
export async function setRetentionDays(actor: Actor, days: number) {
  if (!Number.isInteger(days) || days < 1 || days > MAX_RETENTION_DAYS) {
    throw new ValidationError(`Retention must be a whole number of days between 1 and ${MAX_RETENTION_DAYS}`, 'days');
  }
  const org = await actor.db.organization.update({ where: { id: actor.principal.organizationId }, data: { retentionDays: days } });
  let after: string | undefined;
  for (;;) {
    const docs = await actor.db.document.findMany({
      select: { id: true, createdAt: true },
      orderBy: { id: 'asc' },
      take: PURGE_CHUNK,
      ...(after && { cursor: { id: after }, skip: 1 }),
    });
    if (docs.length === 0) break;
    await actor.db.$transaction(
      docs.map((d) => actor.db.document.update({ where: { id: d.id }, data: { expiresAt: new Date(d.createdAt.getTime() + days * DAY_MS) } })),
    );
    after = docs.at(-1)!.id;
  }
  return org;
}
