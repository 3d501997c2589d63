// One extraction: provider → normalise (literal + parsed) → ground → score → flag. Whatever the
// provider, every leaf ends with the same fields, so every door reports values the same way.
import { ground, groundingOf, NOT_GROUNDED, type GroundHints, type Grounding } from './ground/index.ts';
import { inferDayFirst, normalizeValue } from './normalize/index.ts';
import { confidenceOf } from './score/index.ts';
import type { ExtractionOutput, ExtractionProvider, FieldDef, FieldValue, ProviderInput, RawLeaf, RawObject, RawValue } from './types.ts';

/** Documind's default review threshold. */
export const DEFAULT_REVIEW_THRESHOLD = 80;

const PLACEHOLDER = /^\s*(n\/?a|none|null|nil|unknown|not (found|available|provided)|[-—–?]+)?\s*$/i;
const isLeaf = (v: unknown): v is RawLeaf => !!v && typeof v === 'object' && !Array.isArray(v) && 'literal' in (v as object);
/** A catalog field with key columns is extracted like an object; matching happens where the catalog lives. */
const isObjectLike = (f: FieldDef) => f.type === 'object' || (f.type === 'catalog' && !!f.fields?.length);

interface LeafJob {
  field: FieldDef;
  raw: RawLeaf;
  path: string;
  /** Path of the object the leaf belongs to ('' at the top): siblings anchor each other's grounding. */
  group: string;
}

/** Every leaf of the answer, shaped by the schema (missing parts become missing leaves). */
function collectLeaves(fields: FieldDef[], values: RawObject, prefix: string, jobs: LeafJob[]) {
  for (const field of fields) walk(field, values[field.name], prefix ? `${prefix}.${field.name}` : field.name, prefix, jobs);
}

function walk(field: FieldDef, raw: RawValue | undefined, path: string, group: string, jobs: LeafJob[]) {
  if (isObjectLike(field)) {
    const obj = raw && !Array.isArray(raw) && !isLeaf(raw) ? (raw as RawObject) : {};
    collectLeaves(field.fields ?? [], obj, path, jobs);
  } else if (field.type === 'list') {
    (Array.isArray(raw) ? raw : []).forEach((item, i) => walk(field.items!, item, `${path}[${i}]`, `${path}[${i}]`, jobs));
  } else {
    const leaf: RawLeaf = isLeaf(raw) ? raw : { literal: raw == null || typeof raw === 'object' ? null : String(raw) };
    // Models write "N/A" or "-" for what the document does not say: that is a missing value, not a value. But a
    // "None" read off the page's own words answers a yes/no question ("Concession: None"): no.
    const answered = field.type === 'boolean' && !!leaf.wordIds?.length;
    jobs.push({ field, raw: leaf.literal != null && PLACEHOLDER.test(leaf.literal) && !answered ? { literal: null } : leaf, path, group });
  }
}

/**
 * Grounds every leaf. Within an object (a table row, an address), the most distinctive value (found in
 * one place only, then the longest) anchors its siblings, so a row's "2" is the "2" on that row, not the
 * first "2" of the page. At the top level, a value printed after its field's label wins a tie.
 */
function groundAll(jobs: LeafJob[], input: ProviderInput): Map<LeafJob, Grounding> {
  const out = new Map<LeafJob, Grounding>();
  const groups = new Map<string, LeafJob[]>();
  for (const j of jobs) groups.set(j.group, [...(groups.get(j.group) ?? []), j]);
  const groundOne = (j: LeafJob, hints: GroundHints): Grounding =>
    j.raw.literal == null ? NOT_GROUNDED
    : j.raw.wordIds?.length ? groundingOf(input.pages, j.raw.wordIds)
    : ground(j.raw.literal, j.field.type, input.pages, hints);
  for (const [group, members] of groups) {
    for (const j of members) out.set(j, groundOne(j, group ? {} : { label: j.field.description ? `${j.field.name} ${j.field.description}` : j.field.name }));
    if (!group) continue;
    const anchor = members
      .map((j) => ({ j, g: out.get(j)! }))
      .filter(({ g }) => g.page !== null)
      .sort((a, b) => (a.g.occurrences ?? 1) - (b.g.occurrences ?? 1) || (b.j.raw.literal?.length ?? 0) - (a.j.raw.literal?.length ?? 0))[0];
    if (!anchor) continue;
    const near = { page: anchor.g.page!, box: anchor.g.box! };
    for (const j of members) if (j !== anchor.j && (out.get(j)!.occurrences ?? 1) > 1) out.set(j, groundOne(j, { near }));
  }
  return out;
}

function shape(fields: FieldDef[], values: RawObject, prefix: string, byPath: Map<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(fields.map((f) => [f.name, shapeOne(f, values[f.name], prefix ? `${prefix}.${f.name}` : f.name, byPath)]));
}

function shapeOne(field: FieldDef, raw: RawValue | undefined, path: string, byPath: Map<string, unknown>): unknown {
  if (isObjectLike(field)) return shape(field.fields ?? [], raw && !Array.isArray(raw) && !isLeaf(raw) ? (raw as RawObject) : {}, path, byPath);
  if (field.type === 'list') return (Array.isArray(raw) ? raw : []).map((item, i) => shapeOne(field.items!, item, `${path}[${i}]`, byPath));
  return byPath.get(path) ?? null;
}

const isMissing = (v: unknown): boolean =>
  v == null || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && !Array.isArray(v) && Object.values(v as object).every(isMissing));

export async function runExtraction(provider: ExtractionProvider, input: ProviderInput & { reviewThreshold?: number }): Promise<ExtractionOutput> {
  const started = Date.now();
  const out = await provider.extract(input);
  const threshold = input.reviewThreshold ?? DEFAULT_REVIEW_THRESHOLD;
  const flagging = input.mode !== 'basic';
  // Day/month order from the document's own unambiguous dates, else its language.
  const hints = { dayFirst: inferDayFirst([input.text, ...input.pages.map((p) => p.words.map((w) => w.text).join(' '))]), locale: input.language };
  const documentHasWords = input.pages.some((p) => p.words.length > 0);

  const jobs: LeafJob[] = [];
  collectLeaves(input.schema.fields, out.values, '', jobs);
  const groundings = groundAll(jobs, input);

  const fields: FieldValue[] = [];
  const byPath = new Map<string, unknown>();
  for (const j of jobs) {
    const { parsed, ok } = normalizeValue(j.field, j.raw.literal, hints);
    const g = groundings.get(j)!;
    fields.push({
      path: j.path,
      type: j.field.type,
      literal: j.raw.literal,
      parsed,
      confidence: confidenceOf(j.raw, g, ok, { documentHasWords }),
      flagged: false,
      wordIds: g.wordIds,
      page: g.page,
      box: g.box,
      grounded: g.wordIds.length > 0,
    });
    // An unparsable literal is kept for a human; the parsed value stays null (text keeps its literal).
    byPath.set(j.path, ok ? parsed : j.field.type === 'string' || j.field.type === 'catalog' ? (j.raw.literal ?? null) : null);
  }
  const results = shape(input.schema.fields, out.values, '', byPath);

  const confidenceScores: Record<string, number> = {};
  const reviewFlags: Record<string, boolean> = {};
  for (const f of input.schema.fields) {
    const own = fields.filter((v) => v.path === f.name || v.path.startsWith(`${f.name}.`) || v.path.startsWith(`${f.name}[`));
    // A field is as sure as its least sure leaf; an empty list or a missing value is not sure at all.
    const score = own.length ? Math.min(...own.map((v) => v.confidence)) : 0;
    confidenceScores[f.name] = score;
    reviewFlags[f.name] = flagging && !!f.required && (isMissing(results[f.name]) || score < threshold);
    if (reviewFlags[f.name]) for (const v of own) v.flagged = v.confidence < threshold || v.parsed == null;
  }
  return {
    results,
    fields,
    confidenceScores,
    reviewFlags,
    needsReview: Object.values(reviewFlags).some(Boolean),
    usage: {
      pages: input.pages.length,
      promptTokens: out.usage.promptTokens,
      completionTokens: out.usage.completionTokens,
      durationMs: Date.now() - started,
      model: out.usage.model,
      provider: provider.name,
    },
  };
}
