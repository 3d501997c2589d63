// Answers for several chunks of one document → one answer: lists concatenate in chunk order; a scalar
// keeps the value best grounded in the pages (then the one with the highest token logprob, then the first).
import { ground } from '../ground/index.ts';
import type { FieldDef, Page, RawLeaf, RawObject, RawValue } from '../types.ts';

const isLeaf = (v: unknown): v is RawLeaf => !!v && typeof v === 'object' && !Array.isArray(v) && 'literal' in v;

function pick(field: FieldDef, values: (RawValue | undefined)[], pages: Page[]): RawValue {
  if (field.type === 'list') return values.flatMap((v) => (Array.isArray(v) ? v : []));
  if (field.type === 'object' || (field.type === 'catalog' && field.fields?.length)) {
    const objects = values.filter((v): v is RawObject => !!v && !Array.isArray(v) && !isLeaf(v));
    return Object.fromEntries((field.fields ?? []).map((c) => [c.name, pick(c, objects.map((o) => o[c.name]), pages)]));
  }
  const leaves = values.filter((v): v is RawLeaf => isLeaf(v) && v.literal != null);
  if (leaves.length <= 1) return leaves[0] ?? { literal: null };
  return leaves
    .map((leaf, order) => ({ leaf, order, quality: ground(leaf.literal, field.type, pages).quality, logprob: leaf.logprob ?? -Infinity }))
    .sort((a, b) => b.quality - a.quality || b.logprob - a.logprob || a.order - b.order)[0].leaf;
}

export function mergeChunks(fields: FieldDef[], parts: RawObject[], pages: Page[]): RawObject {
  return Object.fromEntries(fields.map((f) => [f.name, pick(f, parts.map((p) => p[f.name]), pages)]));
}
