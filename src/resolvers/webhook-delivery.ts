// One attempt of one webhook delivery: build the body, sign it, POST it with a timeout, and settle the
// row: DELIVERED on 2xx; otherwise back to PENDING with exponential backoff, or FAILED at the limit.
import { createHmac } from 'node:crypto';
import { backoffMs } from './extraction-job.ts';
import { fetch, type Dispatcher } from 'undici';
import { privateTargetReason, publicOnlyAgent } from './webhook-targets.ts';
import type { Services } from './services.ts';

/** Retries spread out to at most an hour apart. */
const BACKOFF_MAX_MS = 3_600_000;
/** How much of a failed answer's body the delivery log keeps. */
const ERROR_BODY_CHARS = 200;

/**
 * `X-Docsift-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`.
 * Receivers recompute it over the raw body and reject old timestamps (replays).
 */
export function signatureHeader(secret: string, body: string, at = new Date()) {
  const t = Math.floor(at.getTime() / 1000);
  return `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;
}

type Outcome = { ok: true; statusCode: number } | { ok: false; statusCode: number | null; error: string };

async function post(url: string, headers: Record<string, string>, body: string, timeoutMs: number, stop: AbortSignal, dispatcher?: Dispatcher): Promise<Outcome> {
  const timeout = AbortSignal.timeout(timeoutMs);
  try {
    // Redirects are not followed: a 3xx is an answer the receiver must fix, not a new target.
    const res = await fetch(url, { method: 'POST', headers, body, redirect: 'manual', signal: AbortSignal.any([stop, timeout]), dispatcher });
    if (res.status >= 200 && res.status < 300) {
      await res.body?.cancel();
      return { ok: true, statusCode: res.status };
    }
    const text = (await res.text().catch(() => '')).slice(0, ERROR_BODY_CHARS);
    return { ok: false, statusCode: res.status, error: `HTTP ${res.status}${text ? `: ${text}` : ''}` };
  } catch (error) {
    if (timeout.aborted) return { ok: false, statusCode: null, error: `No answer within ${timeoutMs} ms` };
    if (stop.aborted) return { ok: false, statusCode: null, error: 'Interrupted by shutdown' };
    const cause = (error as { cause?: { message?: string } }).cause?.message;
    return { ok: false, statusCode: null, error: `${(error as Error).message}${cause ? `: ${cause}` : ''}` };
  }
}

/**
 * Runs attempt number `attempt` of a delivery the worker claimed (its attempts column already counts it).
 * Settling is conditional on that count, so a worker whose lease lapsed cannot overwrite a newer attempt.
 */
export async function attemptDelivery(services: Services, deliveryId: string, attempt: number, stop: AbortSignal) {
  const { timeoutMs, maxAttempts, retryBaseMs, blockPrivate } = services.settings.webhooks;
  const delivery = await services.db.webhookDelivery.findUnique({ where: { id: deliveryId }, include: { endpoint: true } });
  if (!delivery || delivery.status !== 'PENDING') return;
  let outcome: Outcome;
  const refused = blockPrivate && delivery.endpoint.active ? await privateTargetReason(delivery.endpoint.url) : null;
  if (!delivery.endpoint.active) outcome = { ok: false, statusCode: null, error: 'Endpoint disabled' };
  else if (refused) outcome = { ok: false, statusCode: null, error: refused };
  else {
    const body = JSON.stringify({ id: delivery.id, event: delivery.event, created_at: delivery.createdAt.toISOString(), data: delivery.payload });
    const headers = {
      'content-type': 'application/json',
      'user-agent': 'docsift-webhooks',
      'x-docsift-event': delivery.event,
      'x-docsift-delivery': delivery.id,
      'x-docsift-signature': signatureHeader(delivery.endpoint.secret, body),
    };
    outcome = await post(delivery.endpoint.url, headers, body, timeoutMs, stop, blockPrivate ? publicOnlyAgent : undefined);
  }
  const now = new Date();
  const settled = outcome.ok
    ? // lastError stays: the log still tells why earlier attempts failed.
      { status: 'DELIVERED', deliveredAt: now, lastStatusCode: outcome.statusCode }
    : {
        // A shutdown interrupting the attempt does not use it up.
        ...(stop.aborted && { attempts: attempt - 1 }),
        status: !delivery.endpoint.active || (attempt >= maxAttempts && !stop.aborted) ? 'FAILED' : 'PENDING',
        nextAttemptAt: new Date(now.getTime() + (stop.aborted ? 0 : backoffMs(attempt, retryBaseMs, BACKOFF_MAX_MS))),
        lastStatusCode: outcome.statusCode,
        lastError: outcome.error,
      };
  await services.db.webhookDelivery.updateMany({ where: { id: delivery.id, status: 'PENDING', attempts: attempt }, data: settled });
}
