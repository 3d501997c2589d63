import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadSettings } from '../../config/settings.ts';
import { configureOcr, shutdownOcr } from '../../engine/ocr/pool.ts';
import { runExtraction } from '../../engine/pipeline.ts';
import { selectProvider } from '../../engine/providers/select.ts';
import { readDocument, renderPage } from '../../engine/read/index.ts';
import { toCanonical } from '../../engine/schema/index.ts';
import type { ExtractionMode, ReadingMode } from '../../engine/types.ts';

const USAGE = `Usage: docsift extract <file> --schema <schema.json> [--mode basic|advanced|vlm] [--reading-mode ocr_pdf|pdf_only|ocr_only]
                       [--model name] [--threshold 0-100] [--lang eng] [--json]
The schema may be in any supported dialect (canonical, Documind named_entities, DocParse fields, Docmind skill fields, JSON Schema).
A model is used when DOCSIFT_MODEL_BASE_URL is set (with DOCSIFT_MODEL, DOCSIFT_VISION_MODEL, DOCSIFT_MODEL_API_KEY);
otherwise basic/advanced run offline and vlm fails (no vision model configured).`;

/** `docsift extract`: the whole pipeline without a server; results on stdout, progress on stderr. */
export default async function extract(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      schema: { type: 'string' },
      mode: { type: 'string', default: 'advanced' },
      'reading-mode': { type: 'string', default: 'ocr_pdf' },
      model: { type: 'string' },
      threshold: { type: 'string' },
      lang: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const threshold = values.threshold === undefined ? undefined : Number(values.threshold);
  const badThreshold = threshold !== undefined && !(Number.isFinite(threshold) && threshold >= 0 && threshold <= 100);
  if (!positionals[0] || !values.schema || badThreshold || !['basic', 'advanced', 'vlm'].includes(values.mode!) || !['ocr_pdf', 'pdf_only', 'ocr_only'].includes(values['reading-mode']!)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const settings = loadSettings();
  configureOcr({ workers: settings.ocrWorkers });
  const progress = (line: string) => process.stderr.write(`${line}\n`);
  const started = Date.now();
  try {
    const schema = toCanonical(JSON.parse(await readFile(values.schema, 'utf8')));
    const data = await readFile(positionals[0]);
    const mode = values.mode as ExtractionMode;
    const provider = selectProvider(settings.model, mode);
    progress(`reading ${positionals[0]}...`);
    const read = await readDocument(data, { mode: values['reading-mode'] as ReadingMode, language: values.lang ?? settings.ocrLanguage, limits: settings.readLimits });
    progress(`read ${read.pages.length} page(s) in ${Date.now() - started} ms; extracting (${mode}) with ${provider.name}${values.model ? ` / ${values.model}` : ''}...`);
    const out = await runExtraction(provider, {
      schema,
      pages: read.pages,
      text: read.text,
      mode,
      model: values.model,
      language: values.lang ?? settings.ocrLanguage,
      reviewThreshold: threshold ?? settings.reviewThreshold,
      // JPEG: a fraction of PNG's size and encode time for the same legibility to a vision model.
      renderPage: async (page, dpi) => ({ mimeType: 'image/jpeg', data: await renderPage(data, page, { dpi, format: 'jpeg', limits: settings.readLimits }) }),
    });
    progress(`done in ${Date.now() - started} ms`);
    const fields = out.fields.map(({ path, literal, parsed, confidence, flagged, wordIds, page, box }) => ({ path, literal, parsed, confidence, flagged, wordIds, page, box }));
    if (values.json) {
      console.log(JSON.stringify({ status: 'completed', results: out.results, fields, needsReview: out.needsReview, usage: { ...out.usage, durationMs: Date.now() - started } }));
    } else {
      for (const f of fields) console.log(`${f.path.padEnd(28)} ${String(f.confidence).padStart(5)}%${f.flagged ? ' ⚑' : '  '} ${JSON.stringify(f.parsed)}  (as printed: ${JSON.stringify(f.literal)})`);
      console.log(out.needsReview ? 'needs review' : 'no review needed');
    }
    return 0;
  } catch (error) {
    const message = (error as Error).message ?? String(error);
    if (values.json) console.log(JSON.stringify({ status: 'failed', error: message }));
    else process.stderr.write(`extraction failed: ${message}\n`);
    return 1;
  } finally {
    await shutdownOcr();
  }
}
