import { parseArgs } from 'node:util';
import path from 'node:path';
import { loadSettings } from '../../config/settings.ts';
import { configureOcr, shutdownOcr } from '../../engine/ocr/pool.ts';
import { isLabelledFolder, loadDataset } from '../../engine/eval/dataset.ts';
import { kindsOf, runEval, runEvalSet, type EvalOptions, type EvalReport } from '../../engine/eval/run.ts';
import { runProposalEval, type ProposalReport } from '../../engine/eval/propose.ts';
import { applyVariant, SCHEMA_VARIANTS } from '../../engine/eval/variants.ts';

const USAGE = 'Usage: npm run eval -- <dir> [--json] [--limit n] [--threshold 80] [--no-cache] [--verbose] [--transcripts] [--lang spa+eng] [--variants [--only name,name]] [--propose]';

/** `docsift eval <dir>`: the offline extractor's scoreboard on a labelled folder. */
export default async function evalCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, limit: { type: 'string' }, threshold: { type: 'string' }, 'no-cache': { type: 'boolean', default: false }, verbose: { type: 'boolean', default: false }, transcripts: { type: 'boolean', default: false }, lang: { type: 'string' }, variants: { type: 'boolean', default: false }, only: { type: 'string' }, propose: { type: 'boolean', default: false } },
  });
  if (!positionals[0]) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const settings = loadSettings();
  configureOcr({ workers: settings.ocrWorkers });
  const dataDir = settings.dataDir;
  const dir = path.resolve(positionals[0]);
  const options: EvalOptions = {
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
  };
  // A folder of labelled folders (a set of kinds, each with its own schema) is scored kind by kind in this one run.
  const kinds = kindsOf(dir);
  if (!kinds && !isLabelledFolder(dir)) {
    process.stderr.write(`${dir} holds no labelled documents: it must hold img/ (or docs/) and key/, or folders that do\n`);
    return 2;
  }
  if (kinds && values.variants) {
    process.stderr.write(`--variants scores one labelled folder: name one of ${dir}'s (${kinds.join(', ')})\n`);
    return 2;
  }
  try {
    if (values.variants) return await evalVariants(dir, options, values.only?.split(',').map((s) => s.trim()), values.json);
    if (values.propose) return await evalProposals(dir, kinds, options, values.verbose, values.json);
    const set = kinds && (await runEvalSet(dir, kinds, options));
    const report = set || (await runEval(dir, options));
    if (values.json) {
      console.log(JSON.stringify(report));
      return 0;
    }
    console.log(`documents: ${report.n}${kinds ? ` (${kinds.length} kinds)` : ''}\noverall accuracy: ${pct(report.overall)}`);
    if (set) for (const [kind, r] of Object.entries(set.kinds)) console.log(`  ${kind.padEnd(32)} ${pct(r.overall).padStart(6)}  n=${String(r.n).padEnd(4)} ≥90 right ${confident(r).padEnd(7)} wrong flagged ${pct(r.wrongFlaggedShare)}`);
    else for (const [name, acc] of Object.entries(report.fields)) console.log(`  ${name.padEnd(24)} ${pct(acc)}`);
    console.log('calibration (confidence → observed accuracy):');
    for (const b of report.calibration) console.log(`  [${b.min}, ${b.max}${b.max === 100 ? ']' : ')'}`.padEnd(14) + `n=${String(b.count).padEnd(5)} ${b.count ? pct(b.accuracy) : '-'}`);
    console.log(`wrong values flagged for review: ${pct(report.wrongFlaggedShare)}`);
    return 0;
  } finally {
    await shutdownOcr();
  }
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** `--propose`: schemas proposed from each document alone, scored by the labelled values their fields hold. */
async function evalProposals(dir: string, kinds: string[] | null, options: EvalOptions, verbose: boolean, json: boolean): Promise<number> {
  const propose = (folder: string, prefix: string) =>
    runProposalEval(folder, {
      ...options,
      onDocument: (id, proposed, missed) => {
        process.stderr.write(`${prefix}${id}: ${proposed.length} fields proposed, ${missed.length} labelled values missed\n`);
        if (verbose) process.stderr.write(`  proposed ${proposed.join(', ')}\n  missed ${missed.join(', ') || '-'}\n`);
      },
    });
  if (kinds) {
    // A set of kinds: each kind's own report (a proposal's transfer is from one document to the next of its kind).
    const reports: Record<string, ProposalReport> = {};
    for (const kind of kinds) reports[kind] = await propose(path.join(dir, kind), `${kind}/`);
    if (json) console.log(JSON.stringify({ n: Object.values(reports).reduce((n, r) => n + r.n, 0), kinds: reports }));
    else for (const [kind, r] of Object.entries(reports)) console.log(`${kind.padEnd(32)} n=${String(r.n).padEnd(4)} labelled values a proposed field holds: ${pct(r.recall)} (of the labelled type: ${pct(r.typed)}), fields per document ${r.fieldsPerDocument.toFixed(1)}, left empty ${pct(r.unfilled)}, on the next document ${pct(r.transfer)}`);
    return 0;
  }
  const report = await propose(dir, '');
  if (json) {
    console.log(JSON.stringify(report));
    return 0;
  }
  console.log(`documents: ${report.n}\nlabelled values a proposed field holds: ${pct(report.recall)} (of the labelled type: ${pct(report.typed)})`);
  for (const [name, share] of Object.entries(report.fields)) console.log(`  ${name.padEnd(24)} ${pct(share)}`);
  if (report.lists.count) console.log(`lists proposed with as many rows: ${report.lists.rowsMatched}/${report.lists.count}`);
  console.log(`fields proposed per document: ${report.fieldsPerDocument.toFixed(1)} (left empty on their own sample: ${pct(report.unfilled)})`);
  console.log(`one document's proposal on the next: ${pct(report.transfer)} of its labelled values`);
  return 0;
}

/** The share of values at confidence ≥ 90 that are right, as "right/count". */
function confident(report: EvalReport): string {
  const high = report.calibration.filter((b) => b.min >= 90);
  const count = high.reduce((n, b) => n + b.count, 0);
  return `${Math.round(high.reduce((n, b) => n + b.count * b.accuracy, 0))}/${count}`;
}

/** `--variants`: the folder scored under every schema variant, fields under their original names. */
async function evalVariants(dir: string, options: EvalOptions, only: string[] | undefined, json: boolean): Promise<number> {
  const { schema } = loadDataset(dir);
  const variants = SCHEMA_VARIANTS.filter((v) => !only || only.includes(v.name));
  const rows: { variant: string; report: EvalReport; fields: Record<string, number> }[] = [];
  for (const variant of variants) {
    const applied = applyVariant(schema, variant);
    process.stderr.write(`── ${variant.name}\n`);
    const report = await runEval(dir, { ...options, variant: applied });
    rows.push({ variant: variant.name, report, fields: Object.fromEntries(Object.entries(report.fields).map(([k, acc]) => [applied.originalName[k], acc])) });
  }
  if (json) {
    console.log(JSON.stringify(rows.map((r) => ({ variant: r.variant, overall: r.report.overall, fields: r.fields, confident: confident(r.report), wrongFlaggedShare: r.report.wrongFlaggedShare }))));
    return 0;
  }
  const names = schema.fields.map((f) => f.name);
  const width = Math.max(...rows.map((r) => r.variant.length)) + 2;
  console.log(['variant'.padEnd(width), 'overall', ...names.map((n) => n.slice(0, 9).padStart(9)), ' ≥90 right', 'flagged'].join(' '));
  for (const r of rows) {
    const cells = names.map((n) => (n in r.fields ? pct(r.fields[n]) : '-').padStart(9));
    console.log([r.variant.padEnd(width), pct(r.report.overall).padStart(7), ...cells, confident(r.report).padStart(10), pct(r.report.wrongFlaggedShare).padStart(7)].join(' '));
  }
  return 0;
}
