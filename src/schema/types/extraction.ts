import type { FieldValue, Usage } from '../../engine/types.ts';
import { NotFoundError, ValidationError } from '../../resolvers/errors.ts';
import {
  EXTRACTION_STATUSES,
  extractDocument,
  extractionOrder,
  extractionWhere,
  finalResults,
  type ExtractionSort,
} from '../../resolvers/extractions.ts';
import { builder } from '../builder.ts';
import { dbFor, decodeId } from './ids.ts';
import { SortDirection } from './sorting.ts';

export const ExtractionStatusEnum = builder.enumType('ExtractionStatus', {
  description: 'Where an extraction is: PENDING → PROCESSING → COMPLETED | FAILED.',
  values: Object.fromEntries(EXTRACTION_STATUSES.map((s) => [s, { value: s, description: `The ${s.toLowerCase()} state.` }])) as Record<
    (typeof EXTRACTION_STATUSES)[number],
    { value: (typeof EXTRACTION_STATUSES)[number]; description: string }
  >,
});

export const ExtractionModeEnum = builder.enumType('ExtractionMode', {
  description: 'How values are extracted.',
  values: {
    BASIC: { value: 'basic', description: 'Values only: no confidence-based review.' },
    ADVANCED: { value: 'advanced', description: 'Values with confidence, review flags and needsReview.' },
    VLM: { value: 'vlm', description: 'Page images to a vision model (needs DOCSIFT_VISION_MODEL or a vision-capable model).' },
  } as const,
});

export const ReadingModeEnum = builder.enumType('ReadingMode', {
  description: 'How pages are read.',
  values: {
    PDF_ONLY: { value: 'pdf_only', description: 'The PDF text layer only.' },
    OCR_ONLY: { value: 'ocr_only', description: 'Render and OCR every page.' },
    OCR_PDF: { value: 'ocr_pdf', description: 'Text layer where a page has one, OCR where it does not (default).' },
  } as const,
});

export const CompletionEnum = builder.enumType('CompletionMarker', {
  description: 'A user-set verdict on an extraction (Docmind completado / incompleto).',
  values: { COMPLETE: { description: 'Marked complete.' }, INCOMPLETE: { description: 'Marked incomplete, with a message.' } } as const,
});

const FieldTypeEnum = builder.enumType('FieldType', {
  description: 'Type of a schema field.',
  values: ['string', 'number', 'integer', 'boolean', 'date', 'enum', 'object', 'list', 'catalog'].reduce(
    (acc, v) => ({ ...acc, [v.toUpperCase()]: { value: v, description: `A ${v} field.` } }),
    {} as Record<string, { value: string; description: string }>,
  ),
});

const ExtractedField = builder.objectRef<FieldValue>('ExtractedField').implement({
  description: 'One extracted leaf value: as printed, normalised, scored and grounded to the words it came from.',
  fields: (t) => ({
    path: t.exposeString('path', { description: 'Dotted path with list indexes, e.g. `line_items[0].qty`.' }),
    name: t.string({ description: 'Last segment of the path.', resolve: (f) => f.path.replace(/\[\d+\]$/, '').split('.').pop()!.replace(/\[\d+\]/g, '') }),
    type: t.field({ type: FieldTypeEnum, description: 'The schema type.', resolve: (f) => f.type }),
    literal: t.exposeString('literal', { nullable: true, description: 'The value as printed; null when not found.' }),
    parsed: t.expose('parsed', { type: 'JSON', nullable: true, description: 'Normalised value (ISO date, number, boolean, enum value, text); null when missing or unparsable.' }),
    confidence: t.exposeFloat('confidence', { description: '0-100.' }),
    flagged: t.exposeBoolean('flagged', { description: 'Needs a human look (advanced/vlm: required and below the review threshold, or missing).' }),
    grounded: t.exposeBoolean('grounded', { description: 'Matched back to page words.' }),
    wordIds: t.exposeStringList('wordIds', { description: 'Ids of the words the value came from.' }),
    page: t.exposeInt('page', { nullable: true, description: 'Page (1-based) of those words.' }),
    box: t.exposeFloatList('box', { nullable: true, description: 'Union box [x0, y0, x1, y1] in points, top-left origin.' }),
  }),
});

const UsageRef = builder.objectRef<Usage>('ExtractionUsage').implement({
  description: 'What an extraction consumed.',
  fields: (t) => ({
    pages: t.exposeInt('pages', { description: 'Pages processed.' }),
    promptTokens: t.exposeInt('promptTokens', { description: 'Model prompt tokens (0 offline).' }),
    completionTokens: t.exposeInt('completionTokens', { description: 'Model completion tokens (0 offline).' }),
    durationMs: t.exposeInt('durationMs', { description: 'Wall time of the run.' }),
    model: t.exposeString('model', { nullable: true, description: 'Model used, if any.' }),
    provider: t.exposeString('provider', { description: 'offline or openai.' }),
  }),
});

builder.prismaNode('Extraction', {
  description: 'One run of a document against a schema, and everything that happened to its data since.',
  id: { field: 'id', description: 'Global id.' },
  // Another organisation's (or a deleted) id resolves to null through node/nodes, never an error.
  nullable: true,
  fields: (t) => ({
    extractionId: t.exposeString('id', { description: 'The raw id (UUID).' }),
    status: t.field({ type: ExtractionStatusEnum, description: 'Processing state.', resolve: (e) => e.status as never }),
    error: t.exposeString('error', { nullable: true, description: 'Why it failed (or what is being retried).' }),
    mode: t.field({ type: ExtractionModeEnum, description: 'Extraction mode.', resolve: (e) => e.mode as never }),
    readingMode: t.field({ type: ReadingModeEnum, description: 'Reading mode.', resolve: (e) => e.readingMode as never }),
    language: t.exposeString('language', { description: 'OCR language(s).' }),
    model: t.exposeString('model', { nullable: true, description: 'Model requested or used.' }),
    provider: t.exposeString('provider', { nullable: true, description: 'Provider that ran it.' }),
    prompt: t.exposeString('prompt', { nullable: true, description: 'Extra instructions given.' }),
    reviewThreshold: t.exposeFloat('reviewThreshold', { description: 'Confidence (0-100) below which required fields are flagged.' }),
    schema: t.expose('schemaSnapshot', { type: 'JSON', description: 'The exact canonical schema it ran with.' }),
    schemaVersion: t.relation('schemaVersion', { nullable: true, description: 'The stored schema version, when it ran with one.' }),
    results: t.expose('results', { type: 'JSON', nullable: true, description: 'Extracted values shaped like the schema.' }),
    reviewedResults: t.expose('reviewedResults', { type: 'JSON', nullable: true, description: 'Values after human review; null until reviewed.' }),
    finalResults: t.field({ type: 'JSON', nullable: true, description: 'What clients should use: reviewed results when reviewed, else results.', resolve: (e) => finalResults(e) }),
    fields: t.field({ type: [ExtractedField], description: 'Every leaf value with literal, parsed, confidence and grounding.', resolve: (e) => (e.fields as FieldValue[] | null) ?? [] }),
    confidenceScores: t.expose('confidenceScores', { type: 'JSON', nullable: true, description: 'Top-level field → confidence 0-100.' }),
    reviewFlags: t.expose('reviewFlags', { type: 'JSON', nullable: true, description: 'Top-level field → flagged for review.' }),
    needsReview: t.exposeBoolean('needsReview', { description: 'A required field is below the threshold or missing (advanced/vlm).' }),
    isReviewed: t.exposeBoolean('isReviewed', { description: 'A human has reviewed it.' }),
    reviewedAt: t.expose('reviewedAt', { type: 'DateTime', nullable: true, description: 'When it was reviewed.' }),
    completion: t.field({ type: CompletionEnum, nullable: true, description: 'User-set marker.', resolve: (e) => e.completion as never }),
    completionMessage: t.exposeString('completionMessage', { nullable: true, description: 'Why it was marked incomplete.' }),
    archived: t.exposeBoolean('archived', { description: 'Hidden from lists unless asked for.' }),
    usage: t.field({ type: UsageRef, nullable: true, description: 'What it consumed (once finished).', resolve: (e) => e.usage as Usage | null }),
    attempts: t.exposeInt('attempts', { description: 'Times processing started.' }),
    document: t.relation('document', { description: 'The document extracted.' }),
    skillVersion: t.exposeInt('skillVersion', { nullable: true, description: 'Version of the skill it ran with, if any.' }),
    filename: t.exposeString('filename', { description: "The document's original filename." }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was requested.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true, description: 'When processing ended.' }),
  }),
});

export const ExtractInput = builder.inputType('ExtractInput', {
  description: 'What to extract and how. Give `schema` (inline, any dialect) or `schemaId`.',
  fields: (t) => ({
    schema: t.field({ type: 'JSON', description: 'Inline schema in any supported dialect.' }),
    schemaId: t.id({ description: 'Global id of a stored schema (its current version is used).' }),
    skill: t.string({ description: "A skill's slug: its schema and options (explicit options here still win)." }),
    template: t.string({ description: 'A built-in template key (see `templates`).' }),
    mode: t.field({ type: ExtractionModeEnum, description: 'Default ADVANCED.' }),
    readingMode: t.field({ type: ReadingModeEnum, description: 'Default OCR_PDF.' }),
    model: t.string({ description: 'Model name for the configured OpenAI-compatible server.' }),
    prompt: t.string({ description: 'Extra instructions for the model.' }),
    reviewThreshold: t.float({ description: 'Confidence 0-100 below which required fields are flagged (default DOCSIFT_REVIEW_THRESHOLD).' }),
    language: t.string({ description: 'OCR language(s): eng, spa, spa+eng (default DOCSIFT_OCR_LANG).' }),
  }),
});

builder.mutationField('extractDocument', (t) =>
  t.prismaField({
    type: 'Extraction',
    description: 'Queues an extraction and returns it at once (PENDING); follow it with `extraction` or the subscriptions.',
    authScopes: { scope: 'extractions:write' },
    errors: { types: [NotFoundError, ValidationError] },
    args: {
      documentId: t.arg.id({ required: true, description: 'Global id of the document.' }),
      input: t.arg({ type: ExtractInput, required: true, description: 'Schema and options.' }),
    },
    resolve: (_q, _r, { documentId, input }, ctx) =>
      extractDocument(ctx.actor(), decodeId(documentId, 'Document'), { ...input, schemaId: input.schemaId ? decodeId(input.schemaId, 'Schema') : null }),
  }),
);

builder.queryField('extraction', (t) =>
  t.prismaField({
    type: 'Extraction',
    nullable: true,
    description: 'One extraction by global id; null when it does not exist or is not yours.',
    authScopes: { scope: 'extractions:read' },
    args: { id: t.arg.id({ required: true, description: 'Global id.' }) },
    resolve: async (query, _r, args, ctx) => {
      try {
        return await ctx.db.extraction.findUnique({ ...query, where: { id: decodeId(args.id, 'Extraction') } });
      } catch (e) {
        if (e instanceof NotFoundError) return null;
        throw e;
      }
    },
  }),
);

const ExtractionFilter = builder.inputType('ExtractionFilter', {
  description: 'Filters of an extraction list; all given ones must match.',
  fields: (t) => ({
    status: t.field({ type: [ExtractionStatusEnum], description: 'Any of these statuses.' }),
    needsReview: t.boolean({ description: 'Needs review.' }),
    isReviewed: t.boolean({ description: 'Has been reviewed.' }),
    documentId: t.id({ description: 'Global id of the document.' }),
    filename: t.string({ description: 'Exact original filename.' }),
    search: t.string({ description: 'Part of the original filename.' }),
    createdAfter: t.field({ type: 'DateTime', description: 'Created at or after.' }),
    createdBefore: t.field({ type: 'DateTime', description: 'Created at or before.' }),
    includeArchived: t.boolean({ description: 'Include archived extractions.' }),
    completion: t.field({ type: [CompletionEnum], description: 'Any of these user-set markers.' }),
  }),
});

const ExtractionOrderField = builder.enumType('ExtractionOrderField', {
  description: 'What extractions can be sorted by.',
  values: {
    CREATED_AT: { value: 'createdAt', description: 'Creation time.' },
    UPDATED_AT: { value: 'updatedAt', description: 'Last change.' },
    STATUS: { value: 'status', description: 'Status.' },
    FILENAME: { value: 'filename', description: 'Original filename.' },
  } as const,
});

const ExtractionOrder = builder.inputType('ExtractionOrder', {
  description: 'Sort order of an extraction list.',
  fields: (t) => ({
    field: t.field({ type: ExtractionOrderField, required: true, description: 'Sort key.' }),
    direction: t.field({ type: SortDirection, required: true, description: 'Direction.' }),
  }),
});

builder.queryField('extractions', (t) =>
  t.prismaConnection({
    type: 'Extraction',
    cursor: 'id',
    description: 'Extractions, newest first unless ordered otherwise.',
    authScopes: { scope: 'extractions:read' },
    args: {
      filter: t.arg({ type: ExtractionFilter, description: 'Filters.' }),
      orderBy: t.arg({ type: ExtractionOrder, description: 'Sort order (ties broken by id).' }),
      organizationId: t.arg.id({ description: "Global admins only: another organisation's extractions." }),
    },
    resolve: (query, _r, args, ctx) =>
      dbFor(ctx, args.organizationId).extraction.findMany({
        ...query,
        where: extractionWhere({ ...args.filter, documentId: args.filter?.documentId ? decodeId(args.filter.documentId, 'Document') : null }),
        orderBy: extractionOrder(args.orderBy?.field as ExtractionSort | undefined, args.orderBy?.direction),
      }),
    totalCount: (_c, args, ctx) =>
      dbFor(ctx, args.organizationId).extraction.count({
        where: extractionWhere({ ...args.filter, documentId: args.filter?.documentId ? decodeId(args.filter.documentId, 'Document') : null }),
      }),
  }, { description: 'A page of extractions.' }, { description: 'An extraction in a page.' }),
);
