// The scoreboard: reading + extraction over a labelled folder; per-field and overall accuracy, a
// calibration table (confidence bucket → observed accuracy) and the share of wrong values that the
// review flags catch at the threshold. OCR results are cached by file hash and reader version.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createOfflineProvider } from '../offline/index.ts';
import { runExtraction } from '../pipeline.ts';
import { readDocument } from '../read/index.ts';
import type { ExtractionProvider, ReadResult } from '../types.ts';
import { sameValue } from './compare.ts';
import { isLabelledFolder, loadDataset } from './dataset.ts';
import { pagesFromBoxCsv } from './transcripts.ts';
import type { AppliedVariant } from './variants.ts';

/** Bump when the reader's output changes, so cached pages are read again. */
export const READER_VERSION = 14;
export const BUCKETS = [0, 50, 70, 80, 90, 95, 100.0001];

export interface EvalReport {
  n: number;
  overall: number;
  fields: Record<string, number>;
  calibration: { min: number; max: number; count: number; accuracy: number }[];
  wrongFlaggedShare: number;
}

export interface EvalOptions {
  cacheDir?: string;
  threshold?: number;
  limit?: number;
  provider?: ExtractionProvider;
  /** OCR language(s) of image documents (`eng`, `spa+eng`...); the reader's default otherwise. */
  language?: string;
  /** Use the ground-truth transcripts in `<dir>/box/<id>.csv` instead of reading the images (development aid). */
  transcripts?: boolean;
  /** Ask with another naming of the folder's schema (see variants.ts): its schema, labels and comparison types. */
  variant?: Pick<AppliedVariant, 'schema' | 'relabel' | 'compareAs'>;
  onDocument?: (id: string, outcome: Record<string, { expected: unknown; actual: unknown; confidence: number; right: boolean }>) => void;
}

/** A document as the reader gives it, from the cache when it was read before with this reader version. */
export async function read(file: string, cacheDir: string | undefined, language: string | undefined): Promise<ReadResult> {
  const bytes = readFileSync(file);
  if (!cacheDir) return readDocument(bytes, { language });
  const key = `${createHash('sha256').update(bytes).digest('hex').slice(0, 32)}-v${READER_VERSION}${language ? `-${language}` : ''}.json`;
  const cached = path.join(cacheDir, key);
  if (existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8'));
  const result = await readDocument(bytes, { language });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cached, JSON.stringify(result));
  return result;
}

function fromTranscript(file: string): { pages: ReadResult['pages']; text: string } {
  const pages = pagesFromBoxCsv(readFileSync(file, 'utf8'));
  return { pages, text: pages[0].words.map((w) => w.text).join(' ') };
}

type Outcome = { field: string; right: boolean; confidence: number };

/** Each labelled value of a folder's documents: right or not, and how sure the extractor said it was. */
async function scoreFolder(dir: string, options: EvalOptions): Promise<{ names: string[]; outcomes: Outcome[]; n: number }> {
  const dataset = loadDataset(dir);
  const schema = options.variant?.schema ?? dataset.schema;
  const documents = options.variant ? dataset.documents.map((d) => ({ ...d, labels: options.variant!.relabel(d.labels) })) : dataset.documents;
  const threshold = options.threshold ?? 80;
  const provider = options.provider ?? createOfflineProvider();
  const outcomes: Outcome[] = [];
  const scored = documents.slice(0, options.limit ?? documents.length);
  for (const doc of scored) {
    const { pages, text } = options.transcripts ? fromTranscript(path.join(dir, 'box', `${doc.id}.csv`)) : await read(doc.file, options.cacheDir, options.language);
    const out = await runExtraction(provider, { schema, pages, text, mode: 'advanced', reviewThreshold: threshold });
    const perDoc: Record<string, { expected: unknown; actual: unknown; confidence: number; right: boolean }> = {};
    for (const field of schema.fields) {
      if (!(field.name in doc.labels)) continue;
      const right = sameValue(options.variant?.compareAs[field.name] ?? field.type, doc.labels[field.name], out.results[field.name]);
      const confidence = out.confidenceScores[field.name] ?? 0;
      outcomes.push({ field: field.name, right, confidence });
      perDoc[field.name] = { expected: doc.labels[field.name], actual: out.results[field.name], confidence, right };
    }
    options.onDocument?.(doc.id, perDoc);
  }
  return { names: schema.fields.map((f) => f.name), outcomes, n: scored.length };
}

/** The figures of a list of outcomes: per field (in the schema's order) and overall accuracy, calibration, flags. */
function summarise(names: string[], outcomes: Outcome[], n: number, threshold: number): EvalReport {
  const accuracy = (list: { right: boolean }[]) => (list.length ? list.filter((o) => o.right).length / list.length : 0);
  const fields = Object.fromEntries(names.filter((name) => outcomes.some((o) => o.field === name)).map((name) => [name, accuracy(outcomes.filter((o) => o.field === name))]));
  const calibration = BUCKETS.slice(0, -1).map((min, i) => {
    const inBucket = outcomes.filter((o) => o.confidence >= min && o.confidence < BUCKETS[i + 1]);
    return { min, max: Math.min(100, BUCKETS[i + 1]), count: inBucket.length, accuracy: accuracy(inBucket) };
  });
  const wrong = outcomes.filter((o) => !o.right);
  return { n, overall: accuracy(outcomes), fields, calibration, wrongFlaggedShare: wrong.length ? wrong.filter((o) => o.confidence < threshold).length / wrong.length : 1 };
}

export async function runEval(dir: string, options: EvalOptions = {}): Promise<EvalReport> {
  const { names, outcomes, n } = await scoreFolder(dir, options);
  return summarise(names, outcomes, n, options.threshold ?? 80);
}

/**
 * The labelled folders of a set of kinds (`<dir>/<kind>/` with its documents, key/ and schema), or null when `dir` is
 * itself one labelled folder.
 */
export function kindsOf(dir: string): string[] | null {
  if (isLabelledFolder(dir) || !existsSync(dir)) return null;
  const kinds = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && isLabelledFolder(path.join(dir, e.name)))
    .map((e) => e.name)
    .sort();
  return kinds.length ? kinds : null;
}

export interface EvalSetReport extends EvalReport {
  kinds: Record<string, EvalReport>;
}

/**
 * A set of kinds scored in one run (one reader, one OCR pool): each kind's figures, and the set's own over every
 * value, its fields named `<kind>/<field>`.
 */
export async function runEvalSet(dir: string, kinds: string[], options: EvalOptions = {}): Promise<EvalSetReport> {
  const threshold = options.threshold ?? 80;
  const provider = options.provider ?? createOfflineProvider();
  const report: Record<string, EvalReport> = {};
  const all: { names: string[]; outcomes: Outcome[]; n: number } = { names: [], outcomes: [], n: 0 };
  for (const kind of kinds) {
    const onDocument = options.onDocument && ((id: string, outcome: Parameters<NonNullable<EvalOptions['onDocument']>>[1]) => options.onDocument!(`${kind}/${id}`, outcome));
    const { names, outcomes, n } = await scoreFolder(path.join(dir, kind), { ...options, provider, onDocument });
    report[kind] = summarise(names, outcomes, n, threshold);
    all.names.push(...names.map((name) => `${kind}/${name}`));
    all.outcomes.push(...outcomes.map((o) => ({ ...o, field: `${kind}/${o.field}` })));
    all.n += n;
  }
  return { ...summarise(all.names, all.outcomes, all.n, threshold), kinds: report };
}
