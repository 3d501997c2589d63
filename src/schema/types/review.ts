import { ConflictError, NotFoundError, ValidationError } from '../../resolvers/errors.ts';
import { reviewQueueWhere, setExtractionArchived, setExtractionStatus, submitReview } from '../../resolvers/reviews.ts';
import { builder } from '../builder.ts';
import { CompletionEnum } from './extraction.ts';
import { decodeId } from './ids.ts';

builder.prismaNode('Review', {
  description: 'One review submission: who changed which fields from what to what.',
  id: { field: 'id', description: 'Global id.' },
  // Another organisation's (or a deleted) id resolves to null through node/nodes, never an error.
  nullable: true,
  fields: (t) => ({
    changes: t.expose('changes', { type: 'JSON', description: 'List of { path, from, to }.' }),
    comment: t.exposeString('comment', { nullable: true, description: "The reviewer's comment." }),
    reviewer: t.prismaField({
      type: 'User',
      nullable: true,
      description: 'Who reviewed.',
      resolve: (query, r, _a, ctx) => (r.reviewerId ? ctx.db.user.findUnique({ ...query, where: { id: r.reviewerId } }) : null),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was submitted.' }),
    extraction: t.relation('extraction', { description: 'The extraction reviewed.' }),
  }),
});

builder.prismaObjectField('Extraction', 'reviews', (t) =>
  t.relation('reviews', { description: 'Review history, oldest first.', query: { orderBy: { createdAt: 'asc' } } }),
);
builder.prismaObjectField('Extraction', 'revision', (t) =>
  t.exposeInt('revision', { description: 'Changes on every write; pass it to submitReview to detect concurrent reviews.' }),
);
builder.prismaObjectField('Extraction', 'reviewedBy', (t) =>
  t.prismaField({
    type: 'User',
    nullable: true,
    description: 'Who reviewed it last.',
    resolve: (query, e, _a, ctx) => (e.reviewedById ? ctx.db.user.findUnique({ ...query, where: { id: e.reviewedById } }) : null),
  }),
);
builder.prismaObjectField('Extraction', 'lastUser', (t) =>
  t.prismaField({
    type: 'User',
    nullable: true,
    description: 'Who last changed it (created, reviewed or marked it).',
    resolve: (query, e, _a, ctx) => (e.lastUserId ? ctx.db.user.findUnique({ ...query, where: { id: e.lastUserId } }) : null),
  }),
);

builder.queryField('reviewQueue', (t) =>
  t.prismaConnection({
    type: 'Extraction',
    cursor: 'id',
    description: 'Completed extractions that need review and are not reviewed yet, oldest first. Each carries its flagged fields (fields with flagged: true) with confidences and boxes.',
    authScopes: { scope: 'extractions:read' },
    resolve: (query, _r, _a, ctx) => ctx.db.extraction.findMany({ ...query, where: reviewQueueWhere, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
    totalCount: (_c, _a, ctx) => ctx.db.extraction.count({ where: reviewQueueWhere }),
  }, { description: 'A page of the review queue.' }, { description: 'An extraction waiting for review.' }),
);

const CorrectionInput = builder.inputType('CorrectionInput', {
  description: 'A corrected value for one field.',
  fields: (t) => ({
    path: t.string({ required: true, description: 'Dotted path with list indexes, e.g. `total` or `line_items[1].qty`.' }),
    value: t.field({ type: 'JSON', description: 'The corrected value (null clears an optional field).' }),
  }),
});

builder.mutationField('submitReview', (t) =>
  t.prismaField({
    type: 'Extraction',
    description: 'Stores corrected values (validated against the schema) as reviewed results, keeping the original results, and records the review.',
    authScopes: { scope: 'reviews:write' },
    errors: { types: [NotFoundError, ValidationError, ConflictError] },
    args: {
      extractionId: t.arg.id({ required: true, description: 'Global id of the extraction.' }),
      corrections: t.arg({ type: [CorrectionInput], required: true, description: 'Corrections; an empty list approves as is.' }),
      comment: t.arg.string({ description: 'Reviewer comment.' }),
      expectedRevision: t.arg.int({ description: 'The revision you reviewed; a concurrent change makes this fail with ConflictError.' }),
    },
    resolve: (_q, _r, args, ctx) =>
      submitReview(ctx.actor(), decodeId(args.extractionId, 'Extraction'), {
        corrections: args.corrections.map((c) => ({ path: c.path, value: c.value ?? null })),
        comment: args.comment,
        expectedRevision: args.expectedRevision,
      }),
  }),
);

builder.mutationField('setExtractionStatus', (t) =>
  t.prismaField({
    type: 'Extraction',
    description: 'Marks a completed extraction COMPLETE or INCOMPLETE (with a message, cleared on COMPLETE).',
    authScopes: { scope: 'extractions:write' },
    errors: { types: [NotFoundError, ValidationError] },
    args: {
      id: t.arg.id({ required: true, description: 'Global id of the extraction.' }),
      status: t.arg({ type: CompletionEnum, required: true, description: 'The marker.' }),
      message: t.arg.string({ description: 'Why it is incomplete.' }),
    },
    resolve: (_q, _r, args, ctx) => setExtractionStatus(ctx.actor(), decodeId(args.id, 'Extraction'), { status: args.status, message: args.message }),
  }),
);

builder.mutationField('setExtractionArchived', (t) =>
  t.prismaField({
    type: 'Extraction',
    description: 'Archives an extraction (hidden from lists and the review queue unless asked for) or restores it.',
    authScopes: { scope: 'extractions:write' },
    errors: { types: [NotFoundError] },
    args: {
      id: t.arg.id({ required: true, description: 'Global id of the extraction.' }),
      archived: t.arg.boolean({ required: true, description: 'true archives, false restores.' }),
    },
    resolve: (_q, _r, args, ctx) => setExtractionArchived(ctx.actor(), decodeId(args.id, 'Extraction'), args.archived),
  }),
);
