// Webhooks: endpoints an organisation registers, and the durable outbox of deliveries. An event is
// written as one WebhookDelivery row per subscribed active endpoint when it happens (so it survives a
// restart); src/queue/webhook-worker.ts POSTs the rows (webhook-delivery.ts signs and settles them).
import { randomBytes } from 'node:crypto';
import type { Db } from '../db/client.ts';
import { scopedDb } from '../db/tenant.ts';
import type { ExtractionEvent, ExtractionEventKind } from '../events/bus.ts';
import { batchCounts } from './batches.ts';
import { NotFoundError, ValidationError } from './errors.ts';
import type { Actor } from './principal.ts';
import type { Services } from './services.ts';
import { literalPrivateAddress } from './webhook-targets.ts';

export const WEBHOOK_EVENTS = ['extraction.completed', 'extraction.failed', 'extraction.needs_review', 'extraction.reviewed', 'batch.processed'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export const DELIVERY_STATUSES = ['PENDING', 'DELIVERED', 'FAILED'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

const EVENT_OF_KIND: Partial<Record<ExtractionEventKind, WebhookEvent>> = {
  COMPLETED: 'extraction.completed',
  FAILED: 'extraction.failed',
  NEEDS_REVIEW: 'extraction.needs_review',
  REVIEWED: 'extraction.reviewed',
};

const SECRET_PREFIX = 'whsec_';
const MAX_URL_LENGTH = 2048;

function checkUrl(url: string, blockPrivate: boolean) {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new ValidationError(`"${url}" is not a valid URL`, 'url');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new ValidationError(`Webhook URLs must be http or https, not ${parsed.protocol.replace(/:$/, '')}`, 'url');
  if (parsed.username || parsed.password) throw new ValidationError('Webhook URLs must not carry credentials; verify the signature instead', 'url');
  if (parsed.href.length > MAX_URL_LENGTH) throw new ValidationError(`Webhook URLs are limited to ${MAX_URL_LENGTH} characters`, 'url');
  const inside = blockPrivate ? literalPrivateAddress(parsed.href) : null;
  if (inside) throw new ValidationError(`${inside} is a private address; webhooks to private networks are off (DOCSIFT_WEBHOOK_BLOCK_PRIVATE)`, 'url');
  return parsed.href;
}

function checkEvents(events: readonly string[]) {
  const unique = [...new Set(events)];
  if (unique.length === 0) throw new ValidationError('Subscribe to at least one event', 'events');
  const unknown = unique.filter((e) => !(WEBHOOK_EVENTS as readonly string[]).includes(e));
  if (unknown.length) throw new ValidationError(`Unknown event(s): ${unknown.join(', ')}. Known: ${WEBHOOK_EVENTS.join(', ')}`, 'events');
  return unique as WebhookEvent[];
}

export interface WebhookEndpointInput {
  url?: string | null;
  events?: readonly string[] | null;
  description?: string | null;
  active?: boolean | null;
}

/** Deliveries are due now: the bus wakes the workers of every node, this one's too (src/services.ts), for
 * the write may have happened on an API node without one (a review). */
function wakeWorkers(services: Services, organizationId: string) {
  services.bus.publish('webhooksDue', organizationId);
}

const newSecret = () => `${SECRET_PREFIX}${randomBytes(32).toString('base64url')}`;

/** Returns the endpoint and its signing secret, which no later read shows again. */
export async function createWebhookEndpoint(actor: Actor, input: WebhookEndpointInput & { url: string; events: readonly string[] }) {
  const secret = newSecret();
  const endpoint = await actor.db.webhookEndpoint.create({
    data: {
      organizationId: actor.principal.organizationId,
      url: checkUrl(input.url, actor.services.settings.webhooks.blockPrivate),
      events: checkEvents(input.events) as never,
      description: input.description ?? '',
      active: input.active ?? true,
      secret,
    },
  });
  return { endpoint, secret };
}

export async function getWebhookEndpoint(actor: Actor, id: string) {
  const endpoint = await actor.db.webhookEndpoint.findUnique({ where: { id } });
  if (!endpoint) throw new NotFoundError('Webhook endpoint', id);
  return endpoint;
}

export async function updateWebhookEndpoint(actor: Actor, id: string, input: WebhookEndpointInput) {
  await getWebhookEndpoint(actor, id);
  return actor.db.webhookEndpoint.update({
    where: { id },
    data: {
      ...(input.url != null && { url: checkUrl(input.url, actor.services.settings.webhooks.blockPrivate) }),
      ...(input.events != null && { events: checkEvents(input.events) as never }),
      ...(input.description != null && { description: input.description }),
      ...(input.active != null && { active: input.active }),
    },
  });
}

/** A new signing secret for the endpoint, shown once; every attempt from now on is signed with it. */
export async function rotateWebhookSecret(actor: Actor, id: string) {
  await getWebhookEndpoint(actor, id);
  const secret = newSecret();
  const endpoint = await actor.db.webhookEndpoint.update({ where: { id }, data: { secret } });
  return { endpoint, secret };
}

/**
 * Sends a settled delivery again (a FAILED one once the receiver is back, or a DELIVERED one it lost):
 * the same delivery id and payload, so a receiver that dedupes on the id stays exactly-once; its attempts
 * start over.
 */
export async function redeliverWebhook(actor: Actor, id: string) {
  const delivery = await actor.db.webhookDelivery.findUnique({ where: { id }, include: { endpoint: { select: { active: true } } } });
  if (!delivery) throw new NotFoundError('Webhook delivery', id);
  if (delivery.status === 'PENDING') throw new ValidationError('The delivery is still being attempted', 'id');
  if (!delivery.endpoint.active) throw new ValidationError('Its endpoint is inactive: activate it first', 'id');
  const row = await actor.db.webhookDelivery.update({ where: { id }, data: { status: 'PENDING', attempts: 0, nextAttemptAt: new Date(), deliveredAt: null } });
  wakeWorkers(actor.services, actor.principal.organizationId);
  return row;
}

/** Deletes the endpoint and its delivery log; pending deliveries are never sent. */
export async function deleteWebhookEndpoint(actor: Actor, id: string) {
  const endpoint = await getWebhookEndpoint(actor, id);
  await actor.db.webhookEndpoint.delete({ where: { id } });
  return endpoint;
}

/** The secret's start, enough to tell secrets apart without revealing them. */
export const secretHint = (secret: string) => `${secret.slice(0, SECRET_PREFIX.length + 4)}…`;

/**
 * Writes one PENDING delivery per active endpoint subscribed to `event`. A `dedupeKey` makes the event
 * once-only per endpoint (the unique index turns a concurrent second write into a no-op).
 */
async function enqueue(services: Services, db: Db, organizationId: string, event: WebhookEvent, data: Record<string, unknown>, dedupeKey?: string) {
  const endpoints = await db.webhookEndpoint.findMany({ where: { active: true }, select: { id: true, events: true } });
  let written = 0;
  for (const endpoint of endpoints.filter((e) => (e.events as string[]).includes(event))) {
    try {
      await db.webhookDelivery.create({ data: { organizationId, endpointId: endpoint.id, event, payload: data as never, dedupeKey: dedupeKey ?? null } });
      written++;
    } catch (error) {
      if ((error as { code?: string }).code !== 'P2002') throw error;
    }
  }
  if (written) wakeWorkers(services, organizationId);
}

function extractionData(e: ExtractionEvent) {
  return {
    extraction_id: e.extractionId,
    document_id: e.documentId,
    batch_id: e.batchId,
    skill_id: e.skillId,
    schema_version_id: e.schemaVersionId,
    status: e.status,
    needs_review: e.needsReview,
    is_reviewed: e.isReviewed,
  };
}

/** batch.processed: once, when every file of the batch has finished (completed or failed). */
async function enqueueBatchIfProcessed(services: Services, db: Db, organizationId: string, batchId: string) {
  const counts = await batchCounts({ db }, batchId);
  if (counts.pending + counts.processing > 0 || counts.completed + counts.failed < counts.files) return;
  const batch = await db.batch.findUnique({ where: { id: batchId } });
  if (!batch) return;
  const data = {
    batch_id: batch.id,
    name: batch.name,
    files: counts.files,
    completed: counts.completed,
    failed: counts.failed,
    needs_review: counts.needsReview,
    pages: counts.pages,
  };
  await enqueue(services, db, organizationId, 'batch.processed', data, `batch.processed:${batch.id}`);
}

/**
 * Called for every published extraction event. Never throws: a webhook problem must not turn a
 * finished extraction into a failed one.
 */
export async function recordWebhookEvents(services: Services, event: ExtractionEvent) {
  const name = EVENT_OF_KIND[event.kind];
  const finished = event.batchId && (event.kind === 'COMPLETED' || event.kind === 'FAILED');
  if (!name && !finished) return;
  try {
    const db = scopedDb(services.db, event.organizationId);
    if (name) await enqueue(services, db, event.organizationId, name, extractionData(event));
    if (finished) await enqueueBatchIfProcessed(services, db, event.organizationId, event.batchId!);
  } catch (error) {
    services.log?.(`webhooks: could not record ${event.kind} of extraction ${event.extractionId}: ${(error as Error)?.stack ?? error}`);
  }
}
