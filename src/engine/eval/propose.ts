// The scoreboard of schemas proposed from a document (offline): for each labelled document, a schema is
// proposed from the document alone, the document is extracted with it, and each labelled value counts as
// found when some proposed field holds it. What a user gets who asks for a schema from a sample and
// extracts with it unchanged; `typed` also asks that the field's type be the labelled field's; `transfer` uses
// each document's proposal on the next document of the folder, as a user extracts many with one sample's schema.
import { createOfflineProvider, proposeSchemaFromDocument } from '../offline/index.ts';
import { runExtraction } from '../pipeline.ts';
import { validateSchema } from '../schema/index.ts';
import type { FieldType, SchemaDef } from '../types.ts';
import { sameValue } from './compare.ts';
import { loadDataset } from './dataset.ts';
import { read, type EvalOptions } from './run.ts';

export interface ProposalReport {
  n: number;
  /** Share of labelled values (lists aside) some proposed field holds. */
  recall: number;
  /** Share held by a proposed field of the labelled field's type. */
  typed: number;
  fields: Record<string, number>;
  /** Labelled lists, and how many of them a proposed list holds with as many rows. */
  lists: { count: number; rowsMatched: number };
  fieldsPerDocument: number;
  /**
   * The schema proposed from one document used on the next of the folder: of the labelled values of the next
   * document, the share held by the proposed field that held the same labelled field's value on the sample.
   */
  transfer: number;
  /** Share of the proposed fields (lists aside) that extracting their own sample leaves empty. */
  unfilled: number;
}

/** A labelled value the document holds (empty labels say the field is absent). */
const given = (v: unknown) => v !== null && v !== undefined && v !== '';
const SCALAR = (t: FieldType) => t !== 'list' && t !== 'object';
const sameType = (labelled: FieldType, proposed: FieldType) => labelled === proposed || (labelled === 'integer' && proposed === 'number') || (labelled === 'enum' && proposed === 'string');

export async function runProposalEval(dir: string, options: Pick<EvalOptions, 'cacheDir' | 'language' | 'limit'> & { onDocument?: (id: string, proposed: string[], missed: string[]) => void } = {}): Promise<ProposalReport> {
  const { schema: labelledSchema, documents } = loadDataset(dir);
  const provider = createOfflineProvider();
  const outcomes: { field: string; found: boolean; typed: boolean }[] = [];
  const lists = { count: 0, rowsMatched: 0 };
  let proposedFields = 0;
  const unfilled: boolean[] = [];
  const transfers: boolean[] = [];
  /** The previous document's proposal, and which of its fields held each labelled field's value there. */
  let sample: { schema: SchemaDef; holder: Map<string, string> } | undefined;
  const docs = documents.slice(0, options.limit ?? documents.length);
  for (const doc of docs) {
    const { pages, text } = await read(doc.file, options.cacheDir, options.language);
    if (sample) {
      const { schema, holder } = sample;
      const out = await runExtraction(provider, { schema, pages, text, mode: 'advanced' });
      for (const field of labelledSchema.fields) {
        const want = doc.labels[field.name];
        if (!given(want) || !SCALAR(field.type)) continue;
        const held = holder.get(field.name);
        transfers.push(!!held && sameValue(field.type, want, out.results[held]));
      }
    }
    // A proposal is a schema the user can store and use unchanged: one that fails validation fails the run.
    const schema = validateSchema(proposeSchemaFromDocument(pages));
    const out = await runExtraction(provider, { schema, pages, text, mode: 'advanced' });
    const scalars = schema.fields.filter((f) => SCALAR(f.type));
    proposedFields += schema.fields.length;
    for (const f of scalars) unfilled.push(out.results[f.name] === null || out.results[f.name] === undefined);
    const missed: string[] = [];
    const holder = new Map<string, string>();
    for (const field of labelledSchema.fields) {
      const want = doc.labels[field.name];
      if (!given(want)) continue;
      if (field.type === 'list') {
        if (!Array.isArray(want) || !want.length) continue;
        lists.count++;
        if (schema.fields.some((f) => f.type === 'list' && ((out.results[f.name] as unknown[] | null) ?? []).length === want.length)) lists.rowsMatched++;
        continue;
      }
      if (!SCALAR(field.type)) continue;
      const match = scalars.filter((f) => sameValue(field.type, want, out.results[f.name]));
      outcomes.push({ field: field.name, found: match.length > 0, typed: match.some((f) => sameType(field.type, f.type)) });
      if (match.length) holder.set(field.name, match[0].name);
      else missed.push(field.name);
    }
    sample = { schema, holder };
    options.onDocument?.(doc.id, schema.fields.map((f) => `${f.name}:${f.type}`), missed);
  }
  const share = (xs: boolean[]) => (xs.length ? xs.filter(Boolean).length / xs.length : 0);
  const names = [...new Set(outcomes.map((o) => o.field))];
  return {
    n: docs.length,
    recall: share(outcomes.map((o) => o.found)),
    typed: share(outcomes.map((o) => o.typed)),
    fields: Object.fromEntries(names.map((n) => [n, share(outcomes.filter((o) => o.field === n).map((o) => o.found))])),
    lists,
    fieldsPerDocument: docs.length ? proposedFields / docs.length : 0,
    transfer: share(transfers),
    unfilled: share(unfilled),
  };
}
