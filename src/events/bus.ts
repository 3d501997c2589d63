// The event bus: domain operations publish, subscriptions and webhooks consume. In memory by default;
// yoga's pub/sub takes any EventTarget, so a Redis-backed one (@graphql-yoga/redis-event-target) plugs in
// without touching publishers or subscribers.
import { createPubSub } from 'graphql-yoga';

export type ExtractionEventKind = 'CREATED' | 'STATUS_CHANGED' | 'COMPLETED' | 'FAILED' | 'NEEDS_REVIEW' | 'REVIEWED' | 'MARKED';

export interface ExtractionEvent {
  kind: ExtractionEventKind;
  organizationId: string;
  extractionId: string;
  documentId: string;
  status: string;
  needsReview: boolean;
  isReviewed: boolean;
  schemaVersionId: string | null;
  skillId: string | null;
  batchId: string | null;
  at: string;
}

export type BusTopics = {
  /** Every extraction event of one organisation: subscribers filter further. */
  extractions: [organizationId: string, event: ExtractionEvent];
  /** An API key was revoked: connections authenticated with it close. */
  keyRevoked: [apiKeyId: string];
  /** Webhook deliveries were written: workers on every node look for them now, not at their next poll. */
  webhooksDue: [organizationId: string];
};

export type EventBus = ReturnType<typeof createEventBus>;

export function createEventBus(eventTarget?: Parameters<typeof createPubSub>[0] extends infer O ? O extends { eventTarget?: infer T } ? T : never : never) {
  return createPubSub<BusTopics>(eventTarget ? { eventTarget } : undefined);
}
