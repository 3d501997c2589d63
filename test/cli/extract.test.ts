// `docsift extract` as users run it: a child process, a real file, a schema file in a seed dialect.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeInvoice } from '../support/invoice.ts';

const run = promisify(execFile);
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'docsift-extract-'));
  await writeFile(path.join(dir, 'invoice.pdf'), await makeInvoice());
  await writeFile(path.join(dir, 'documind.json'), JSON.stringify({ named_entities: { invoice_number: { type: 'string' }, total_amount: { type: 'number' } }, required: ['invoice_number'] }));
  await writeFile(path.join(dir, 'docparse.json'), JSON.stringify({ fields: [{ key: 'total_amount', type: 'number' }, { key: 'line_items', type: 'list<object>', fields: [{ key: 'description', type: 'string' }, { key: 'qty', type: 'number' }] }] }));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const cli = (...args: string[]) => run(process.execPath, ['bin/docsift.mjs', 'extract', ...args], { env: { ...process.env, DOCSIFT_MODEL_BASE_URL: '' } });

describe('docsift extract', () => {
  it('prints one JSON object with results, grounded fields and usage', async () => {
    const { stdout, stderr } = await cli(path.join(dir, 'invoice.pdf'), '--schema', path.join(dir, 'documind.json'), '--json');
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['status', 'results', 'fields', 'needsReview', 'usage']);
    expect(out.status).toBe('completed');
    expect(out.results).toEqual({ invoice_number: 'INV-2024-001', total_amount: 1250 });
    const total = out.fields.find((f: any) => f.path === 'total_amount');
    expect(Object.keys(total)).toEqual(['path', 'literal', 'parsed', 'confidence', 'flagged', 'wordIds', 'page', 'box']);
    expect(total).toMatchObject({ literal: '1,250.00', parsed: 1250, page: 1 });
    expect(total.wordIds.length).toBeGreaterThan(0);
    expect(out.usage.provider).toBe('offline');
    expect(stderr).toMatch(/reading/);
  });

  it('extracts line items with a DocParse list<object> schema', async () => {
    const { stdout } = await cli(path.join(dir, 'invoice.pdf'), '--schema', path.join(dir, 'docparse.json'), '--json');
    expect(JSON.parse(stdout).results).toEqual({
      total_amount: 1250,
      line_items: [
        { description: 'Consulting services', qty: 10 },
        { description: 'Travel expenses', qty: 1 },
      ],
    });
  });

  it('fails clearly: vlm without a vision model, unreadable file', async () => {
    const vlm = await cli(path.join(dir, 'invoice.pdf'), '--schema', path.join(dir, 'documind.json'), '--mode', 'vlm', '--json').catch((e) => e);
    expect(vlm.code).toBe(1);
    expect(JSON.parse(vlm.stdout)).toMatchObject({ status: 'failed', error: expect.stringMatching(/no vision model configured/i) });
    const bad = await cli(path.join(dir, 'documind.json'), '--schema', path.join(dir, 'documind.json'), '--json').catch((e) => e);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout).error).toMatch(/not a PDF, JPEG, PNG, TIFF or BMP/);
  });
});
