import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadSettings } from '../../config/settings.ts';
import { configureOcr, shutdownOcr } from '../../engine/ocr/pool.ts';
import { readDocument } from '../../engine/read/index.ts';
import type { ReadingMode } from '../../engine/types.ts';

const USAGE = 'Usage: docsift read <file> [--mode ocr_pdf|pdf_only|ocr_only] [--lang eng|spa|spa+eng] [--json]';

/** `docsift read`: the pages and words the engine sees in a file. */
export default async function read(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { mode: { type: 'string', default: 'ocr_pdf' }, lang: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  if (!positionals[0] || !['ocr_pdf', 'pdf_only', 'ocr_only'].includes(values.mode!)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const settings = loadSettings();
  configureOcr({ workers: settings.ocrWorkers });
  try {
    const result = await readDocument(await readFile(positionals[0]), { mode: values.mode as ReadingMode, language: values.lang ?? settings.ocrLanguage, limits: settings.readLimits });
    if (values.json) {
      const pages = result.pages.map((p) => ({
        number: p.number,
        width: p.width,
        height: p.height,
        unit: p.unit,
        source: p.source,
        ...(p.error ? { error: p.error } : {}),
        words: p.words.map((w) => ({ id: w.id, text: w.text, box: w.box, confidence: w.confidence })),
      }));
      console.log(JSON.stringify({ pages }));
      return 0;
    }
    for (const p of result.pages) {
      console.log(`page ${p.number}: ${p.width} × ${p.height} ${p.unit}, ${p.source}, ${p.words.length} words${p.error ? `, error: ${p.error}` : ''}`);
      const lines: string[][] = [];
      for (const w of p.words) (lines[w.line] ??= []).push(`${w.text}`);
      for (const line of lines.filter(Boolean)) console.log(`  ${line.join(' ')}`);
    }
    return 0;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 1;
  } finally {
    await shutdownOcr();
  }
}
