// The human review loop: a queue of extractions waiting for a reviewer, corrections validated against
// the schema and stored beside the original results, a history of who changed what, and Docmind's
// complete / incomplete marker.
import { normalizeValue } from '../engine/normalize/index.ts';
import type { FieldDef, SchemaDef } from '../engine/types.ts';
import { ConflictError, ValidationError } from './errors.ts';
import { finalResults, getExtraction, publishExtraction } from './extractions.ts';
import type { Actor } from './principal.ts';

export interface Correction {
  /** Dotted path with list indexes, e.g. `total` or `line_items[1].qty`. */
  path: string;
  value: unknown;
}

type PathPart = string | number;

function parsePath(path: string): PathPart[] {
  const parts: PathPart[] = [];
  for (const segment of path.split('.')) {
    const m = segment.match(/^([^[\]]+)((?:\[\d+\])*)$/);
    if (!m) throw new ValidationError(`Invalid field path "${path}"`, 'corrections');
    parts.push(m[1]);
    for (const idx of m[2].matchAll(/\[(\d+)\]/g)) parts.push(Number(idx[1]));
  }
  return parts;
}

/** The schema node a path points at (list indexes step into `items`). */
function fieldAt(schema: SchemaDef, parts: PathPart[], path: string): FieldDef {
  let fields = schema.fields;
  let node: FieldDef | undefined;
  for (const part of parts) {
    if (typeof part === 'number') {
      if (node?.type !== 'list' || !node.items) throw new ValidationError(`"${path}": ${node?.name} is not a list`, 'corrections');
      node = node.items;
      fields = node.fields ?? [];
      continue;
    }
    node = fields.find((f) => f.name === part);
    if (!node) throw new ValidationError(`"${path}": the schema has no field ${part}`, 'corrections');
    fields = node.fields ?? [];
  }
  return node!;
}

/** Validates a corrected value against its field: type, enum values, required. Returns the stored value. */
function checkValue(field: FieldDef, value: unknown, path: string): unknown {
  if (value === null || value === undefined || value === '') {
    if (field.required) throw new ValidationError(`"${path}" is required`, 'corrections');
    return null;
  }
  const bad = (why: string) => new ValidationError(`"${path}": ${why}`, 'corrections');
  switch (field.type) {
    case 'object':
      if (typeof value !== 'object' || Array.isArray(value)) throw bad('expected an object');
      for (const child of field.fields ?? []) checkValue(child, (value as Record<string, unknown>)[child.name], `${path}.${child.name}`);
      return value;
    case 'list':
      if (!Array.isArray(value)) throw bad('expected a list');
      return value.map((v, i) => checkValue({ ...field.items!, required: false }, v, `${path}[${i}]`));
    case 'catalog':
      return value;
    case 'number':
    case 'integer': {
      const n = typeof value === 'number' ? value : (normalizeValue(field, String(value)).parsed as number | null);
      if (typeof n !== 'number' || !Number.isFinite(n)) throw bad(`expected a ${field.type}`);
      if (field.type === 'integer' && !Number.isInteger(n)) throw bad('expected an integer');
      return n;
    }
    case 'boolean': {
      const b = typeof value === 'boolean' ? value : normalizeValue(field, String(value)).parsed;
      if (typeof b !== 'boolean') throw bad('expected true or false');
      return b;
    }
    case 'date': {
      const d = normalizeValue(field, String(value)).parsed;
      if (typeof d !== 'string') throw bad('expected a date');
      return d;
    }
    case 'enum': {
      const e = normalizeValue(field, String(value)).parsed;
      if (typeof e !== 'string' || !field.values?.includes(e)) throw bad(`expected one of ${field.values?.join(', ')}`);
      return e;
    }
    default:
      if (typeof value === 'object') throw bad('expected text');
      return String(value);
  }
}

function getAt(root: unknown, parts: PathPart[]) {
  return parts.reduce<unknown>((node, part) => (node == null ? undefined : (node as Record<string | number, unknown>)[part]), root);
}

function setAt(root: Record<string, unknown>, parts: PathPart[], value: unknown) {
  let node: Record<string | number, unknown> = root;
  parts.forEach((part, i) => {
    if (i === parts.length - 1) {
      node[part] = value;
      return;
    }
    if (node[part] == null || typeof node[part] !== 'object') node[part] = typeof parts[i + 1] === 'number' ? [] : {};
    node = node[part] as Record<string | number, unknown>;
  });
}

export async function submitReview(
  actor: Actor,
  extractionId: string,
  input: { corrections: Correction[]; comment?: string | null; expectedRevision?: number | null },
) {
  const current = await getExtraction(actor, extractionId);
  if (current.status !== 'COMPLETED') throw new ValidationError(`Only completed extractions can be reviewed (this one is ${current.status})`, 'extractionId');
  if (input.expectedRevision != null && input.expectedRevision !== current.revision) {
    throw new ConflictError(`The extraction changed since you loaded it (revision ${current.revision}, you had ${input.expectedRevision}); reload and review again`);
  }
  const schema = current.schemaSnapshot as unknown as SchemaDef;
  const base = structuredClone((finalResults(current) ?? {}) as Record<string, unknown>);
  const changes: { path: string; from: unknown; to: unknown }[] = [];
  for (const c of input.corrections) {
    const parts = parsePath(c.path);
    const value = checkValue(fieldAt(schema, parts, c.path), c.value, c.path);
    const from = getAt(base, parts) ?? null;
    if (JSON.stringify(from) !== JSON.stringify(value)) changes.push({ path: c.path, from, to: value });
    setAt(base, parts, value);
  }
  for (const field of schema.fields) {
    if (field.required && (base[field.name] === null || base[field.name] === undefined)) {
      throw new ValidationError(`"${field.name}" is required: correct it before approving`, 'corrections');
    }
  }
  // Conditional on the revision read above: a concurrent review makes this update miss, and is reported.
  const { count } = await actor.db.extraction.updateMany({
    where: { id: current.id, revision: current.revision },
    data: {
      reviewedResults: base as never,
      isReviewed: true,
      reviewedAt: new Date(),
      reviewedById: actor.principal.userId,
      lastUserId: actor.principal.userId,
      revision: { increment: 1 },
    },
  });
  if (count !== 1) throw new ConflictError('Someone else reviewed this extraction at the same time; reload to see their changes');
  await actor.db.review.create({
    data: {
      organizationId: actor.principal.organizationId,
      extractionId: current.id,
      reviewerId: actor.principal.userId,
      apiKeyId: actor.principal.apiKeyId,
      changes: changes as never,
      comment: input.comment ?? null,
    },
  });
  const row = await getExtraction(actor, current.id);
  await publishExtraction(actor.services, 'REVIEWED', row);
  return row;
}

/** Docmind's PATCH /status: only COMPLETE ↔ INCOMPLETE; the message is kept on INCOMPLETE, cleared on COMPLETE. */
export async function setExtractionStatus(actor: Actor, extractionId: string, input: { status: 'COMPLETE' | 'INCOMPLETE'; message?: string | null }) {
  const current = await getExtraction(actor, extractionId);
  if (input.status !== 'COMPLETE' && input.status !== 'INCOMPLETE') throw new ValidationError('status must be COMPLETE or INCOMPLETE', 'status');
  if (current.status !== 'COMPLETED') {
    throw new ValidationError(`Only a completed extraction can be marked ${input.status.toLowerCase()} (this one is ${current.status})`, 'status');
  }
  const row = await actor.db.extraction.update({
    where: { id: current.id },
    data: {
      completion: input.status,
      completionMessage: input.status === 'INCOMPLETE' ? (input.message ?? null) : null,
      lastUserId: actor.principal.userId,
      revision: { increment: 1 },
    },
  });
  await publishExtraction(actor.services, 'MARKED', row);
  return row;
}

/** Archived extractions leave lists and the review queue (Docmind's include_archived brings them back). */
export async function setExtractionArchived(actor: Actor, extractionId: string, archived: boolean) {
  const current = await getExtraction(actor, extractionId);
  return actor.db.extraction.update({ where: { id: current.id }, data: { archived, lastUserId: actor.principal.userId } });
}

export const reviewQueueWhere = { status: 'COMPLETED', needsReview: true, isReviewed: false, archived: false } as const;

export async function reviewHistory(actor: Actor, extractionId: string) {
  await getExtraction(actor, extractionId);
  return actor.db.review.findMany({ where: { extractionId }, orderBy: { createdAt: 'asc' } });
}

