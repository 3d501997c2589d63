import { parseArgs } from 'node:util';
import path from 'node:path';
import { loadSettings } from '../../config/settings.ts';
import { configureOcr, shutdownOcr } from '../../engine/ocr/pool.ts';
import { runEval } from '../../engine/eval/run.ts';

const USAGE = 'Usage: npm run eval -- <dir> [--json] [--limit n] [--threshold 80] [--no-cache] [--verbose] [--transcripts] [--lang spa+eng]';

/** `docsift eval <dir>`: the offline extractor's scoreboard on a labelled folder. */
export default async function evalCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, limit: { type: 'string' }, threshold: { type: 'string' }, 'no-cache': { type: 'boolean', default: false }, verbose: { type: 'boolean', default: false }, transcripts: { type: 'boolean', default: false }, lang: { type: 'string' } },
  });
  if (!positionals[0]) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const settings = loadSettings();
  configureOcr({ workers: settings.ocrWorkers });
  const dataDir = settings.dataDir;
  try {
    const report = await runEval(path.resolve(positionals[0]), {
      cacheDir: values['no-cache'] ? undefined : path.join(dataDir, 'eval-cache'),
      transcripts: values.transcripts,
      language: values.lang,
      limit: values.limit ? Number(values.limit) : undefined,
      threshold: values.threshold ? Number(values.threshold) : undefined,
      onDocument: (id, outcome) => {
        const wrong = Object.entries(outcome).filter(([, o]) => !o.right);
        process.stderr.write(`${id}: ${Object.keys(outcome).length - wrong.length}/${Object.keys(outcome).length}\n`);
        if (values.verbose) for (const [f, o] of wrong) process.stderr.write(`  ${f}: expected ${JSON.stringify(o.expected)} got ${JSON.stringify(o.actual)} (${o.confidence})\n`);
      },
    });
    if (values.json) {
      console.log(JSON.stringify(report));
      return 0;
    }
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    console.log(`documents: ${report.n}\noverall accuracy: ${pct(report.overall)}`);
    for (const [name, acc] of Object.entries(report.fields)) console.log(`  ${name.padEnd(24)} ${pct(acc)}`);
    console.log('calibration (confidence → observed accuracy):');
    for (const b of report.calibration) console.log(`  [${b.min}, ${b.max}${b.max === 100 ? ']' : ')'}`.padEnd(14) + `n=${String(b.count).padEnd(5)} ${b.count ? pct(b.accuracy) : '-'}`);
    console.log(`wrong values flagged for review: ${pct(report.wrongFlaggedShare)}`);
    return 0;
  } finally {
    await shutdownOcr();
  }
}
