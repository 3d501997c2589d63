import type { Prisma } from '../../db/client.ts';
import { NotFoundError, ValidationError } from '../../resolvers/errors.ts';
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  redeliverWebhook,
  rotateWebhookSecret,
  secretHint,
  updateWebhookEndpoint,
  WEBHOOK_EVENTS,
  type DeliveryStatus,
  type WebhookEvent,
} from '../../resolvers/webhooks.ts';
import { builder } from '../builder.ts';
import { decodeId } from './ids.ts';

const WebhookEventEnum = builder.enumType('WebhookEvent', {
  description: 'What a webhook endpoint can subscribe to; the value is the `event` field and `X-Docsift-Event` header.',
  values: Object.fromEntries(
    WEBHOOK_EVENTS.map((e) => [e.replace('.', '_').toUpperCase(), { value: e, description: `\`${e}\`.` }]),
  ) as Record<string, { value: WebhookEvent; description: string }>,
});

const DeliveryStatusEnum = builder.enumType('WebhookDeliveryStatus', {
  description: 'Where a delivery is.',
  values: {
    PENDING: { value: 'PENDING', description: 'Not yet answered with 2xx; retried with exponential backoff.' },
    DELIVERED: { value: 'DELIVERED', description: 'The endpoint answered 2xx.' },
    FAILED: { value: 'FAILED', description: 'Gave up after DOCSIFT_WEBHOOK_MAX_ATTEMPTS attempts (or the endpoint was disabled).' },
  } satisfies Record<DeliveryStatus, { value: DeliveryStatus; description: string }>,
});

function deliveryWhere(args: { status?: string | null; event?: string | null }, endpointId?: string): Prisma.WebhookDeliveryWhereInput {
  return { ...(endpointId && { endpointId }), ...(args.status && { status: args.status }), ...(args.event && { event: args.event }) };
}

builder.prismaNode('WebhookEndpoint', {
  description: 'A URL the organisation receives events at, signed with its secret (see the README, "Webhooks").',
  id: { field: 'id', description: 'Global id.' },
  nullable: true,
  fields: (t) => ({
    url: t.exposeString('url', { description: 'Where events are POSTed.' }),
    description: t.exposeString('description', { description: 'What the endpoint is for.' }),
    events: t.field({ type: [WebhookEventEnum], description: 'Events it receives.', resolve: (e) => e.events as WebhookEvent[] }),
    active: t.exposeBoolean('active', { description: 'Inactive endpoints receive nothing.' }),
    secretHint: t.string({ description: 'Start of the signing secret (the whole secret is shown once, at creation).', resolve: (e) => secretHint(e.secret) }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'Last change.' }),
    deliveries: t.relatedConnection(
      'deliveries',
      {
        cursor: 'id',
        description: "This endpoint's delivery log, newest first.",
        args: {
          status: t.arg({ type: DeliveryStatusEnum, description: 'Only deliveries in this status.' }),
          event: t.arg({ type: WebhookEventEnum, description: 'Only deliveries of this event.' }),
        },
        query: (args) => ({ where: deliveryWhere(args), orderBy: [{ createdAt: 'desc' }, { id: 'asc' }] }),
        totalCount: true,
      },
      { description: 'A page of deliveries.' },
      { description: 'A delivery in a page.' },
    ),
  }),
});

builder.prismaNode('WebhookDelivery', {
  description: 'One event sent (or being sent) to one endpoint.',
  id: { field: 'id', description: 'Global id.' },
  nullable: true,
  fields: (t) => ({
    deliveryId: t.exposeString('id', { description: 'The raw id: the `id` of the body and the `X-Docsift-Delivery` header, the same on every retry.' }),
    event: t.field({ type: WebhookEventEnum, description: 'The event.', resolve: (d) => d.event as WebhookEvent }),
    payload: t.expose('payload', { type: 'JSON', description: 'The `data` object of the body.' }),
    status: t.field({ type: DeliveryStatusEnum, description: 'Where it is.', resolve: (d) => d.status as DeliveryStatus }),
    attempts: t.exposeInt('attempts', { description: 'Attempts made so far.' }),
    nextAttemptAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the next attempt is due (PENDING only).',
      resolve: (d) => (d.status === 'PENDING' ? d.nextAttemptAt : null),
    }),
    lastStatusCode: t.exposeInt('lastStatusCode', { nullable: true, description: 'HTTP status of the last answer (null: none, e.g. a timeout).' }),
    lastError: t.exposeString('lastError', { nullable: true, description: 'Why the last failed attempt failed (kept after a later success).' }),
    deliveredAt: t.expose('deliveredAt', { type: 'DateTime', nullable: true, description: 'When the endpoint answered 2xx.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the event happened.' }),
    endpoint: t.relation('endpoint', { description: 'Where it goes.' }),
  }),
});

builder.queryField('webhookEndpoints', (t) =>
  t.prismaConnection({
    type: 'WebhookEndpoint',
    cursor: 'id',
    description: "The organisation's webhook endpoints, oldest first.",
    authScopes: { scope: 'admin' },
    resolve: (query, _r, _a, ctx) => ctx.db.webhookEndpoint.findMany({ ...query, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
    totalCount: (_c, _a, ctx) => ctx.db.webhookEndpoint.count(),
  }, { description: 'A page of webhook endpoints.' }, { description: 'A webhook endpoint in a page.' }),
);

builder.queryField('webhookDeliveries', (t) =>
  t.prismaConnection({
    type: 'WebhookDelivery',
    cursor: 'id',
    description: 'The delivery log of every endpoint (or one), newest first.',
    authScopes: { scope: 'admin' },
    args: {
      status: t.arg({ type: DeliveryStatusEnum, description: 'Only deliveries in this status.' }),
      event: t.arg({ type: WebhookEventEnum, description: 'Only deliveries of this event.' }),
      endpointId: t.arg.id({ description: 'Only deliveries to this endpoint (global id).' }),
    },
    resolve: (query, _r, args, ctx) =>
      ctx.db.webhookDelivery.findMany({
        ...query,
        where: deliveryWhere(args, args.endpointId ? decodeId(args.endpointId, 'WebhookEndpoint') : undefined),
        orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      }),
    totalCount: (_c, args, ctx) => ctx.db.webhookDelivery.count({ where: deliveryWhere(args, args.endpointId ? decodeId(args.endpointId, 'WebhookEndpoint') : undefined) }),
  }, { description: 'A page of webhook deliveries.' }, { description: 'A webhook delivery in a page.' }),
);

const CreatedWebhookEndpoint = builder
  .objectRef<{ secret: string; endpoint: { id: string } }>('CreatedWebhookEndpoint')
  .implement({
    description: 'An endpoint and its (new) signing secret, which is never shown again.',
    fields: (t) => ({
      secret: t.exposeString('secret', { description: 'Key of the HMAC-SHA256 in X-Docsift-Signature.' }),
      endpoint: t.prismaField({
        type: 'WebhookEndpoint',
        description: 'The stored endpoint.',
        resolve: (query, parent, _a, ctx) => ctx.db.webhookEndpoint.findUniqueOrThrow({ ...query, where: { id: parent.endpoint.id } }),
      }),
    }),
  });

builder.mutationField('createWebhookEndpoint', (t) =>
  t.field({
    type: CreatedWebhookEndpoint,
    description: 'Registers a URL (http or https) to receive the given events (admin only).',
    authScopes: { scope: 'admin' },
    errors: { types: [ValidationError] },
    args: {
      url: t.arg.string({ required: true, description: 'Where to POST events.' }),
      events: t.arg({ type: [WebhookEventEnum], required: true, description: 'Events to receive (at least one).' }),
      description: t.arg.string({ description: 'What the endpoint is for.' }),
    },
    resolve: (_r, args, ctx) => createWebhookEndpoint(ctx.actor(), args),
  }),
);

builder.mutationField('updateWebhookEndpoint', (t) =>
  t.prismaField({
    type: 'WebhookEndpoint',
    description: 'Changes an endpoint; omitted arguments stay as they are. Deactivating stops deliveries (pending ones fail).',
    authScopes: { scope: 'admin' },
    errors: { types: [ValidationError, NotFoundError] },
    args: {
      id: t.arg.id({ required: true, description: 'Global id of the endpoint.' }),
      url: t.arg.string({ description: 'Where to POST events.' }),
      events: t.arg({ type: [WebhookEventEnum], description: 'Events to receive (at least one).' }),
      description: t.arg.string({ description: 'What the endpoint is for.' }),
      active: t.arg.boolean({ description: 'Whether it receives events.' }),
    },
    resolve: (_q, _r, args, ctx) => updateWebhookEndpoint(ctx.actor(), decodeId(args.id, 'WebhookEndpoint'), args),
  }),
);

builder.mutationField('rotateWebhookSecret', (t) =>
  t.field({
    type: CreatedWebhookEndpoint,
    description: 'Replaces an endpoint’s signing secret (admin only); attempts from now on are signed with the new one, shown only here.',
    authScopes: { scope: 'admin' },
    errors: { types: [NotFoundError] },
    args: { id: t.arg.id({ required: true, description: 'Global id of the endpoint.' }) },
    resolve: (_r, args, ctx) => rotateWebhookSecret(ctx.actor(), decodeId(args.id, 'WebhookEndpoint')),
  }),
);

builder.mutationField('redeliverWebhook', (t) =>
  t.prismaField({
    type: 'WebhookDelivery',
    description: 'Sends a FAILED or DELIVERED delivery again (admin only): same delivery id and payload, attempts start over.',
    authScopes: { scope: 'admin' },
    errors: { types: [ValidationError, NotFoundError] },
    args: { id: t.arg.id({ required: true, description: 'Global id of the delivery.' }) },
    resolve: (_q, _r, args, ctx) => redeliverWebhook(ctx.actor(), decodeId(args.id, 'WebhookDelivery')),
  }),
);

builder.mutationField('deleteWebhookEndpoint', (t) =>
  t.prismaField({
    type: 'WebhookEndpoint',
    description: 'Deletes an endpoint with its delivery log; returns what was deleted.',
    authScopes: { scope: 'admin' },
    errors: { types: [NotFoundError] },
    args: { id: t.arg.id({ required: true, description: 'Global id of the endpoint.' }) },
    resolve: (_q, _r, args, ctx) => deleteWebhookEndpoint(ctx.actor(), decodeId(args.id, 'WebhookEndpoint')),
  }),
);
