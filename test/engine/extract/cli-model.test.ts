// `docsift extract` through a model server: the CLI picks the OpenAI-compatible provider from the
// environment, honours --model, --threshold and --mode vlm, and prints the documented JSON.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type FakeOpenAI } from '../../support/fake-openai-server.ts';
import { makeInvoice } from '../../support/invoice.ts';

const run = promisify(execFile);
let dir: string;
let fake: FakeOpenAI;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'docsift-extract-model-'));
  await writeFile(path.join(dir, 'invoice.pdf'), await makeInvoice());
  await writeFile(
    path.join(dir, 'schema.json'),
    JSON.stringify({ type: 'object', properties: { invoice_number: { type: 'string' }, date: { type: 'string', format: 'date' }, total: { type: 'number' } }, required: ['invoice_number', 'total'] }),
  );
  // Answers what the invoice says; the total only in vision requests, so the text run misses it.
  fake = await startFakeOpenAI({
    answer: (body) => ({ invoice_number: 'INV-2024-001', date: '15/06/2024', total: body.model === 'vision-model' ? '1,250.00' : null }),
    models: ['text-model', 'big-model', 'vision-model'],
    visionModels: ['vision-model'],
  });
});
afterAll(async () => {
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

const cli = (...args: string[]) =>
  run(process.execPath, ['bin/docsift.mjs', 'extract', path.join(dir, 'invoice.pdf'), '--schema', path.join(dir, 'schema.json'), '--json', ...args], {
    env: { ...process.env, DOCSIFT_MODEL_BASE_URL: fake.url, DOCSIFT_MODEL: 'text-model', DOCSIFT_VISION_MODEL: 'vision-model', DOCSIFT_MODEL_API_KEY: 'sk-test' },
  });

describe('docsift extract with a model server', () => {
  it('uses the configured model, --model overrides it, and a missing required value needs review', async () => {
    const { stdout, stderr } = await cli('--model', 'big-model', '--threshold', '50');
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['status', 'results', 'fields', 'needsReview', 'usage']);
    expect(out).toMatchObject({ status: 'completed', results: { invoice_number: 'INV-2024-001', date: '2024-06-15', total: null }, needsReview: true });
    expect(out.usage).toMatchObject({ provider: 'openai', model: 'big-model', pages: 1 });
    expect(out.fields.find((f: any) => f.path === 'total')).toMatchObject({ literal: null, confidence: 0, flagged: true });
    expect(out.fields.find((f: any) => f.path === 'invoice_number')).toMatchObject({ flagged: false, page: 1, wordIds: [expect.stringMatching(/^p1-w\d+$/)] });
    const request = fake.requests.at(-1)!;
    expect(request.body.model).toBe('big-model');
    expect(request.headers.authorization).toBe('Bearer sk-test');
    expect(stderr).toMatch(/extracting \(advanced\) with openai/);
  });

  it('sends page images to the vision model in vlm mode', async () => {
    const out = JSON.parse((await cli('--mode', 'vlm')).stdout);
    expect(out).toMatchObject({ status: 'completed', results: { total: 1250 }, needsReview: false });
    expect(fake.requests.at(-1)).toMatchObject({ images: 1, problems: [], body: { model: 'vision-model' } });
  });
});
