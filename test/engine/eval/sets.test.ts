// `npm run eval -- <set>` on a folder of labelled folders (one per kind of document, each with its own schema): every
// kind scored in one run, as if each folder had been scored alone, and the set's figures over all their values.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEval, type EvalReport } from '../../../src/engine/eval/run.ts';
import { shutdownOcr } from '../../../src/engine/ocr/pool.ts';
import { evalJson } from '../../support/eval-cli.ts';

const run = promisify(execFile);
const cli = (...args: string[]) => run(process.execPath, ['bin/docsift.mjs', 'eval', ...args]).then(
  ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
  (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
);

// Two kinds from the committed form sets, their PDFs only (no OCR: this is about the set, not the reader).
const KINDS = { 'veterinary-invoice': 'eval/forms-unsought/veterinary-invoice', payslip: 'eval/forms/payslip' };
let set: string;

beforeAll(() => {
  set = mkdtempSync(path.join(os.tmpdir(), 'docsift-eval-set-'));
  for (const [kind, from] of Object.entries(KINDS)) {
    cpSync(path.join(from, 'schema.json'), path.join(set, kind, 'schema.json'));
    cpSync(path.join(from, 'key'), path.join(set, kind, 'key'), { recursive: true });
    mkdirSync(path.join(set, kind, 'docs'));
    for (const f of readdirSync(path.join(from, 'docs')).filter((f) => f.endsWith('.pdf'))) cpSync(path.join(from, 'docs', f), path.join(set, kind, 'docs', f));
  }
  mkdirSync(path.join(set, 'notes')); // a folder without labels is no kind
});

afterAll(async () => {
  rmSync(set, { recursive: true, force: true });
  await shutdownOcr();
});

describe('npm run eval on a set of kinds', () => {
  it('scores each kind as its own folder scores alone, and the set over all their values with fields named <kind>/<field>', async () => {
    const report = await evalJson(set);
    expect(Object.keys(report)).toEqual(['n', 'overall', 'fields', 'calibration', 'wrongFlaggedShare', 'kinds']);
    expect(Object.keys(report.kinds)).toEqual(['payslip', 'veterinary-invoice']);
    const alone: Record<string, EvalReport> = {};
    for (const kind of Object.keys(KINDS)) alone[kind] = await runEval(path.join(set, kind));
    for (const kind of Object.keys(KINDS)) expect(report.kinds[kind]).toEqual(alone[kind]);
    expect(report.n).toBe(4);

    const counts = Object.values(alone).map((r) => r.calibration.reduce((n, b) => n + b.count, 0));
    const right = Object.values(alone).map((r) => r.calibration.reduce((n, b) => n + b.count * b.accuracy, 0));
    const values = counts.reduce((a, b) => a + b, 0);
    expect(report.calibration.reduce((n: number, b: { count: number }) => n + b.count, 0)).toBe(values);
    expect(report.overall).toBeCloseTo(right.reduce((a, b) => a + b, 0) / values, 10);
    expect(Object.keys(report.fields)).toEqual([...Object.keys(alone.payslip.fields).map((f) => `payslip/${f}`), ...Object.keys(alone['veterinary-invoice'].fields).map((f) => `veterinary-invoice/${f}`)]);
    expect(report.fields['veterinary-invoice/invoice_number']).toBe(alone['veterinary-invoice'].fields.invoice_number);
  }, 120_000);

  it('prints a line per kind, and each document under its kind', async () => {
    const { code, stdout, stderr } = await cli(set, '--no-cache');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^documents: 4 \(2 kinds\)$/m);
    expect(stdout).toMatch(/^ {2}payslip +\d+\.\d% +n=2 +≥90 right \d+\/\d+ +wrong flagged/m);
    expect(stdout).toMatch(/^ {2}veterinary-invoice +\d+\.\d%/m);
    expect(stderr).toMatch(/^veterinary-invoice\/000: \d+\/8$/m);
  }, 120_000);

  it('proposes schemas kind by kind', async () => {
    const report = await evalJson(set, '--propose');
    expect(report.n).toBe(4);
    expect(Object.keys(report.kinds)).toEqual(['payslip', 'veterinary-invoice']);
    expect(report.kinds.payslip.n).toBe(2);
    expect(report.kinds['veterinary-invoice'].recall).toBeGreaterThan(0);
  }, 120_000);

  it('refuses, with exit code 2 and a reason, a folder with no labelled documents and --variants on a set', async () => {
    const empty = await cli(path.join(set, 'notes'), '--json');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/holds no labelled documents/);
    expect(empty.stdout).toBe('');
    const variants = await cli(set, '--variants', '--json');
    expect(variants.code).toBe(2);
    expect(variants.stderr).toMatch(/--variants scores one labelled folder: name one of .* \(payslip, veterinary-invoice\)/);
  }, 60_000);
});
