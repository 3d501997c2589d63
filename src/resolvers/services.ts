// The long-lived parts a running docsift is made of, built once at start and shared by both doors.
import type { Settings } from '../config/settings.ts';
import type { Db } from '../db/client.ts';
import { scopedDb } from '../db/tenant.ts';
import type { EventBus } from '../events/bus.ts';
import type { Storage } from '../storage/index.ts';
import type { JobQueue } from '../queue/index.ts';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { authenticate, isRevokedKey } from './api-keys.ts';
import { NotFoundError, UnauthenticatedError } from './errors.ts';
import type { Actor, Principal } from './principal.ts';

export interface Services {
  settings: Settings;
  /** Unscoped: only for authentication, operator tasks and the queue. Requests use an Actor's scoped db. */
  db: Db;
  storage: Storage;
  bus: EventBus;
  /** Absent in operator commands that never extract (and, embedded, in processes that run no worker). */
  queue?: JobQueue;
  /** Counts the REST gateway's requests per API key. */
  rateLimiter: RateLimiterAbstract;
  /** The webhook delivery worker (with the queue): told when deliveries are enqueued. */
  webhooks?: { notify(): void };
  /** Where background work reports failures nobody awaits (the server's log). */
  log?: (line: string) => void;
  /** Work started after a response (e.g. page counting), awaited on shutdown. */
  background: Set<Promise<unknown>>;
}

/** Runs `work` after the caller has moved on; shutdown waits for it. */
export function inBackground(services: Services, work: () => Promise<unknown>) {
  const task = work().catch(() => {});
  services.background.add(task);
  void task.finally(() => services.background.delete(task));
}

export function actorFor(services: Services, principal: Principal, organizationId?: string | null): Actor {
  const org = organizationId && organizationId !== principal.organizationId ? organizationId : principal.organizationId;
  if (org !== principal.organizationId && !principal.globalAdmin) {
    // Never "forbidden": that would confirm the organisation exists.
    throw new NotFoundError('Organization', organizationId ?? undefined);
  }
  return { principal: { ...principal, organizationId: org }, db: scopedDb(services.db, org), services };
}

/** Authenticates a raw key (X-API-Key or Bearer) into an Actor, or throws UnauthenticatedError. */
export async function actorFromKey(services: Services, rawKey: string | null | undefined, organizationId?: string | null): Promise<Actor> {
  const principal = await authenticate(services.db, rawKey);
  if (!principal) throw new UnauthenticatedError(undefined, await isRevokedKey(services.db, rawKey));
  return actorFor(services, principal, organizationId);
}

/** `X-API-Key: <key>` or `Authorization: Bearer <key>` (the seeds use both). */
export function keyFromHeaders(headers: Headers): string | null {
  const direct = headers.get('x-api-key');
  if (direct) return direct.trim();
  const auth = headers.get('authorization');
  const m = auth?.match(/^Bearer\s+(.+)$/i);
  return m ? m[1].trim() : null;
}
