// Values for a schema's fields from a document's lines: the best candidate of each field (fields.ts), a
// table's rows for a list of objects (table.ts), the issuer first so its address is looked for after its name.
import type { FieldDef, RawLeaf, RawObject, RawValue } from '../types.ts';
import { MIN_SCORE } from './candidate.ts';
import { calibrate, candidatesFor, type Candidate, type FieldContext } from './fields.ts';
import type { Line } from './lines.ts';
import { extractTable } from './table.ts';
import { roleOf } from './vocabulary.ts';

const sameText = (a: string, b: string) => a.replace(/\s/g, '').toLowerCase() === b.replace(/\s/g, '').toLowerCase();

function bestLeaf(lines: Line[], field: FieldDef, ctx: FieldContext): { leaf: RawLeaf; best?: Candidate } {
  const { role, candidates } = candidatesFor(lines, field, ctx);
  const ranked = candidates.sort((a, b) => b.score - a.score);
  const best = ranked[0];
  if (!best || best.score < MIN_SCORE) return { leaf: { literal: null } };
  // Two candidates with the same value agree rather than compete.
  const runnerUp = ranked.find((c) => !sameText(c.literal, best.literal));
  return { leaf: { literal: best.literal, wordIds: best.words.map((w) => w.id), score: calibrate(role, best, runnerUp) }, best };
}

const isIssuer = (f: FieldDef) => roleOf(f.name, f.description) === 'company';

export function extractObject(lines: Line[], fields: FieldDef[], parent: FieldContext): RawObject {
  const out: RawObject = {};
  const ctx: FieldContext = { ...parent, amountIsTotal: !fields.some((f) => roleOf(f.name, f.description) === 'total'), siblings: fields };
  // The issuer first: its address is looked for right after its name.
  for (const field of [...fields.filter(isIssuer), ...fields.filter((f) => !isIssuer(f))]) out[field.name] = extractField(lines, field, ctx);
  return Object.fromEntries(fields.map((f) => [f.name, out[f.name]]));
}

function extractField(lines: Line[], field: FieldDef, ctx: FieldContext): RawValue {
  if (field.type === 'object' || (field.type === 'catalog' && field.fields?.length)) return extractObject(lines, field.fields ?? [], ctx);
  if (field.type === 'list') {
    if (field.items?.type === 'object') return extractTable(lines, field).rows;
    const item = { ...field.items!, name: field.name, description: field.description };
    const { role, candidates } = candidatesFor(lines, item, { ...ctx, amountIsTotal: false });
    return candidates
      .filter((c) => c.score >= 0.6)
      .map((c) => ({ literal: c.literal, wordIds: c.words.map((w) => w.id), score: calibrate(role, c, undefined) }));
  }
  const { leaf, best } = bestLeaf(lines, field, ctx);
  if (best && isIssuer(field)) ctx.company = best;
  return leaf;
}
