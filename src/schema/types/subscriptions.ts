// Realtime: extraction events pushed over graphql-ws and SSE. Every subscription listens only to the
// caller's organisation's topic, so no argument can reach another tenant's events.
import { filter, pipe, Repeater } from 'graphql-yoga';
import type { ExtractionEvent } from '../../events/bus.ts';
import { isKeyActive } from '../../resolvers/api-keys.ts';
import { UnauthenticatedError } from '../../resolvers/errors.ts';
import { builder } from '../builder.ts';
import type { GraphQLContext } from '../context.ts';
import type { Services } from '../../resolvers/services.ts';
import { ExtractionStatusEnum } from './extraction.ts';
import { decodeId } from './ids.ts';
import { sharedRead } from '../shared-read.ts';
import { BatchCountsRef } from './batch.ts';
import { batchCounts } from '../../resolvers/batches.ts';


const EventKindEnum = builder.enumType('ExtractionEventKind', {
  description: 'What happened to an extraction.',
  values: {
    CREATED: { description: 'Queued (PENDING).' },
    STATUS_CHANGED: { description: 'Its status changed (e.g. PROCESSING).' },
    COMPLETED: { description: 'Finished with results.' },
    FAILED: { description: 'Failed; see its error.' },
    NEEDS_REVIEW: { description: 'Finished and waits for a human review.' },
    REVIEWED: { description: 'A human submitted a review.' },
    MARKED: { description: 'Marked COMPLETE or INCOMPLETE.' },
  } as const,
});

const ExtractionEventRef = builder.objectRef<ExtractionEvent>('ExtractionEvent').implement({
  description: 'An event of an extraction, with the extraction as it is now.',
  fields: (t) => ({
    kind: t.field({ type: EventKindEnum, description: 'What happened.', resolve: (e) => e.kind }),
    status: t.field({ type: ExtractionStatusEnum, description: 'Status when it happened.', resolve: (e) => e.status as never }),
    at: t.field({ type: 'DateTime', description: 'When it happened.', resolve: (e) => e.at }),
    extraction: t.prismaField({
      type: 'Extraction',
      nullable: true,
      description: 'The extraction now (null if it was deleted meanwhile).',
      resolve: (query, e, _a, ctx) => sharedRead(e, `${ctx.actor().principal.organizationId}:${JSON.stringify(query)}`, () => ctx.db.extraction.findUnique({ ...query, where: { id: e.extractionId } })),
    }),
  }),
});

/**
 * Open subscriptions by API key, so a revocation ends them: at once when this process sees it on the bus,
 * else at the next shared recheck. One bus listener and one timer serve every subscription.
 */
const watchers = new WeakMap<Services, Map<string, Set<(error: Error) => void>>>();

function watchKey(services: Services, apiKeyId: string, stop: (error: Error) => void): () => void {
  let byKey = watchers.get(services);
  if (!byKey) {
    const registry = new Map<string, Set<(error: Error) => void>>();
    byKey = registry;
    watchers.set(services, registry);
    const revoke = (id: string) => {
      for (const s of registry.get(id) ?? []) s(new UnauthenticatedError('API key revoked', true));
      registry.delete(id);
    };
    void (async () => {
      for await (const id of services.bus.subscribe('keyRevoked')) revoke(id);
    })();
    setInterval(async () => {
      for (const id of registry.keys()) if (!(await isKeyActive(services.db, id).catch(() => true))) revoke(id);
    }, services.settings.keyRecheckMs).unref();
  }
  const set = byKey.get(apiKeyId) ?? new Set();
  byKey.set(apiKeyId, set);
  set.add(stop);
  return () => set.delete(stop);
}

/** The organisation's events, ending when the key is revoked. */
function organisationEvents(ctx: GraphQLContext): AsyncIterable<ExtractionEvent> {
  const { principal, services } = ctx.actor();
  return new Repeater<ExtractionEvent>(async (push, stop) => {
    const events = services.bus.subscribe('extractions', principal.organizationId)[Symbol.asyncIterator]();
    const unwatch = watchKey(services, principal.apiKeyId, stop);
    void (async () => {
      for (let r = await events.next(); !r.done; r = await events.next()) await push(r.value);
    })().catch(stop);
    await stop;
    unwatch();
    await events.return?.();
  });
}

const EventFilter = builder.inputType('ExtractionEventFilter', {
  description: 'Which events to receive; all given conditions must match.',
  fields: (t) => ({
    status: t.field({ type: [ExtractionStatusEnum], description: 'Only events whose status is one of these.' }),
    needsReview: t.boolean({ description: 'Only extractions that need (or do not need) review.' }),
    documentId: t.id({ description: 'Only this document (global id).' }),
    schemaId: t.id({ description: 'Only extractions run with this stored schema (global id).' }),
    kinds: t.field({ type: [EventKindEnum], description: 'Only these kinds of event.' }),
  }),
});

builder.subscriptionType({ description: 'Realtime events (graphql-ws on /graphql, or SSE).' });

builder.subscriptionField('extractionUpdated', (t) =>
  t.field({
    type: ExtractionEventRef,
    description: 'Every event of one extraction: pending → processing → completed | failed, then reviews and markers.',
    authScopes: { scope: 'extractions:read' },
    args: { id: t.arg.id({ required: true, description: 'Global id of the extraction.' }) },
    subscribe: (_r, args, ctx) => {
      const id = decodeId(args.id, 'Extraction');
      return pipe(organisationEvents(ctx), filter((e: ExtractionEvent) => e.extractionId === id));
    },
    resolve: (event) => event,
  }),
);

builder.subscriptionField('extractionEvents', (t) =>
  t.field({
    type: ExtractionEventRef,
    description: "All extraction events of the caller's organisation, optionally filtered.",
    authScopes: { scope: 'extractions:read' },
    args: { filter: t.arg({ type: EventFilter, description: 'Conditions.' }) },
    subscribe: async (_r, args, ctx) => {
      const f = args.filter ?? {};
      const documentId = f.documentId ? decodeId(f.documentId, 'Document') : null;
      const schemaVersionIds = f.schemaId
        ? (await ctx.db.schemaVersion.findMany({ where: { schemaId: decodeId(f.schemaId, 'Schema') }, select: { id: true } })).map((v) => v.id)
        : null;
      return pipe(
        organisationEvents(ctx),
        filter(
          (e: ExtractionEvent) =>
            (!f.status?.length || f.status.includes(e.status as never)) &&
            (f.needsReview == null || e.needsReview === f.needsReview) &&
            (!documentId || e.documentId === documentId) &&
            (!schemaVersionIds || (!!e.schemaVersionId && schemaVersionIds.includes(e.schemaVersionId))) &&
            (!f.kinds?.length || f.kinds.includes(e.kind)),
        ),
      );
    },
    resolve: (event) => event,
  }),
);

builder.subscriptionField('reviewCompleted', (t) =>
  t.field({
    type: ExtractionEventRef,
    description: 'A human finished reviewing an extraction (one, or any of the organisation).',
    authScopes: { scope: 'extractions:read' },
    args: { extractionId: t.arg.id({ description: 'Only this extraction (global id).' }) },
    subscribe: (_r, args, ctx) => {
      const id = args.extractionId ? decodeId(args.extractionId, 'Extraction') : null;
      return pipe(organisationEvents(ctx), filter((e: ExtractionEvent) => e.kind === 'REVIEWED' && (!id || e.extractionId === id)));
    },
    resolve: (event) => event,
  }),
);

const BatchProgressRef = builder.objectRef<ExtractionEvent>('BatchProgress').implement({
  description: 'A file of a batch finished (completed or failed): the batch counts now, and that file.',
  fields: (t) => ({
    kind: t.field({ type: EventKindEnum, description: 'COMPLETED or FAILED.', resolve: (e) => e.kind }),
    at: t.field({ type: 'DateTime', description: 'When it happened.', resolve: (e) => e.at }),
    counts: t.field({
      type: BatchCountsRef,
      description: 'Files by status after this event.',
      resolve: (e, _a, ctx) => sharedRead(e, `${ctx.actor().principal.organizationId}:counts`, () => batchCounts(ctx.actor(), e.batchId!)),
    }),
    batch: t.prismaField({
      type: 'Batch',
      nullable: true,
      description: 'The batch.',
      resolve: (query, e, _a, ctx) => sharedRead(e, `${ctx.actor().principal.organizationId}:batch:${JSON.stringify(query)}`, () => ctx.db.batch.findUnique({ ...query, where: { id: e.batchId! } })),
    }),
    extraction: t.prismaField({
      type: 'Extraction',
      nullable: true,
      description: 'The file that finished.',
      resolve: (query, e, _a, ctx) => sharedRead(e, `${ctx.actor().principal.organizationId}:${JSON.stringify(query)}`, () => ctx.db.extraction.findUnique({ ...query, where: { id: e.extractionId } })),
    }),
  }),
});

builder.subscriptionField('batchProgress', (t) =>
  t.field({
    type: BatchProgressRef,
    description: 'One event per file of the batch as it finishes.',
    authScopes: { scope: 'extractions:read' },
    args: { batchId: t.arg.id({ required: true, description: 'Global id of the batch.' }) },
    subscribe: (_r, args, ctx) => {
      const id = decodeId(args.batchId, 'Batch');
      return pipe(organisationEvents(ctx), filter((e: ExtractionEvent) => e.batchId === id && (e.kind === 'COMPLETED' || e.kind === 'FAILED')));
    },
    resolve: (event) => event,
  }),
);
