// Extraction end to end through GraphQL: upload → extractDocument (PENDING at once) → queue → engine →
// stored results, with the offline provider and with the OpenAI-compatible provider against a loopback
// server; retries, failures with reasons, review thresholds, and a restart mid-queue.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { createTestApp, databases, type TestApp } from '../support/app.ts';
import { promptOf, startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai-server.ts';
import { makeInvoice } from '../support/invoice.ts';
import { waitFor } from '../support/wait.ts';
import { CreateSchema, ExtractDocument, ExtractionQuery, ExtractionsQuery, UpdateSchema, UploadBase64 } from './operations.ts';

const DOCUMIND = {
  named_entities: {
    invoice_number: { type: 'string', description: 'Invoice number' },
    invoice_date: { type: 'date', description: 'Date the invoice was issued' },
    total_amount: { type: 'number', description: 'Total amount to pay' },
  },
  required: ['invoice_number', 'total_amount'],
};
const DOCPARSE = { fields: [{ key: 'invoice_number', type: 'string' }, { key: 'invoice_date', type: 'date' }, { key: 'total_amount', type: 'number' }] };
const DOCMIND = { fields: [{ name: 'invoice_number', order: 1, type: 'string' }, { name: 'invoice_date', order: 2, type: 'date' }, { name: 'total_amount', order: 3, type: 'float' }] };
const JSON_SCHEMA = {
  type: 'object',
  properties: { invoice_number: { type: 'string' }, invoice_date: { type: 'string', format: 'date' }, total_amount: { type: 'number' } },
  required: ['invoice_number'],
};
const CANONICAL = { fields: [{ name: 'invoice_number', type: 'string', required: true }, { name: 'invoice_date', type: 'date' }, { name: 'total_amount', type: 'number' }] };

async function upload(t: TestApp, key: string, bytes: Buffer, filename = 'invoice.pdf') {
  const res = await t.gql(UploadBase64, { filename, base64: bytes.toString('base64') }, key);
  if (res.data?.uploadDocumentBase64.__typename !== 'MutationUploadDocumentBase64Success') throw new Error(JSON.stringify(res));
  return res.data.uploadDocumentBase64.data.id;
}

async function extract(t: TestApp, key: string, documentId: string, input: Record<string, unknown>) {
  const res = await t.gql(ExtractDocument, { documentId, input }, key);
  const r = res.data?.extractDocument;
  if (r?.__typename !== 'MutationExtractDocumentSuccess') throw new Error(JSON.stringify(res));
  return r.data;
}

const finished = (t: TestApp, key: string, id: string) =>
  waitFor(async () => {
    const e = (await t.gql(ExtractionQuery, { id }, key)).data?.extraction;
    return e && (e.status === 'COMPLETED' || e.status === 'FAILED') ? e : null;
  }, 60_000, `extraction ${id}`);

describe.each(databases)('extractions with the offline provider on %s', (database) => {
  let t: TestApp;
  let key: string;
  let doc: string;
  beforeAll(async () => {
    t = await createTestApp({ database });
    key = await (await t.org()).key(['admin']);
    doc = await upload(t, key, await makeInvoice());
  });
  afterAll(() => t.close());

  it('returns PENDING at once and completes with grounded, typed values', async () => {
    const created = await extract(t, key, doc, { schema: DOCUMIND, mode: 'ADVANCED' });
    expect(created.status).toBe('PENDING');
    const e = await finished(t, key, created.id);
    expect(e.status).toBe('COMPLETED');
    expect(e.provider).toBe('offline');
    expect(e.results).toEqual({ invoice_number: 'INV-2024-001', invoice_date: '2024-06-15', total_amount: 1250 });
    const total = e.fields.find((f) => f.path === 'total_amount')!;
    expect(total).toMatchObject({ literal: '1,250.00', parsed: 1250, grounded: true, page: 1 });
    // Grounding points at the printed words: the total sits right of its label, 40 pt under the last row.
    expect(total.box![0]).toBeGreaterThan(380);
    expect(total.box![1]).toBeGreaterThan(280 - 16);
    expect(total.box![3]).toBeLessThan(842);
    expect(e.usage).toMatchObject({ pages: 1, provider: 'offline', promptTokens: 0 });
  });

  it('records the exact stored schema version it ran with', async () => {
    const created = await t.gql(CreateSchema, { name: 'Invoices', definition: DOCPARSE }, key);
    if (created.data?.createSchema.__typename !== 'MutationCreateSchemaSuccess') throw new Error(JSON.stringify(created));
    const schemaId = created.data.createSchema.data.id;
    const first = await finished(t, key, (await extract(t, key, doc, { schemaId })).id);
    const updated = await t.gql(UpdateSchema, { id: schemaId, definition: { fields: [{ key: 'total_amount', type: 'number' }] } }, key);
    expect(updated.data?.updateSchema).toMatchObject({ data: { currentVersion: 2, versions: [{ version: 1 }, { version: 2 }] } });
    const second = await finished(t, key, (await extract(t, key, doc, { schemaId })).id);
    expect(Object.keys(first.results as object)).toEqual(['invoice_number', 'invoice_date', 'total_amount']);
    expect(Object.keys(second.results as object)).toEqual(['total_amount']);
  });

  it('flags required fields below the threshold, and never in basic mode', async () => {
    const strict = await finished(t, key, (await extract(t, key, doc, { schema: DOCUMIND, reviewThreshold: 100 })).id);
    expect(strict.needsReview).toBe(true);
    expect(strict.reviewFlags).toMatchObject({ invoice_number: true, total_amount: true, invoice_date: false });
    const lax = await finished(t, key, (await extract(t, key, doc, { schema: DOCUMIND, reviewThreshold: 0 })).id);
    expect(lax.needsReview).toBe(false);
    const basic = await finished(t, key, (await extract(t, key, doc, { schema: DOCUMIND, mode: 'BASIC', reviewThreshold: 100 })).id);
    expect(basic.needsReview).toBe(false);
  });

  it('fails vlm clearly when no vision model is configured', async () => {
    const e = await finished(t, key, (await extract(t, key, doc, { schema: DOCUMIND, mode: 'VLM' })).id);
    expect(e.status).toBe('FAILED');
    expect(e.error).toMatch(/no vision model configured/i);
  });

  it('reports a bad schema with the path of the bad field, and stores nothing', async () => {
    const before = (await t.gql(ExtractionsQuery, { first: 100 }, key)).data!.extractions.totalCount;
    const res = await t.gql(ExtractDocument, { documentId: doc, input: { schema: { fields: [{ name: 'a', type: 'string' }, { name: 'b', type: 'list' }] } } }, key);
    expect(res.data?.extractDocument).toMatchObject({ __typename: 'ValidationError', path: 'schema.fields[1].items' });
    expect((await t.gql(ExtractionsQuery, { first: 100 }, key)).data!.extractions.totalCount).toBe(before);
  });

  it('fails an unreadable document with a readable reason', async () => {
    const broken = (await makeInvoice()).subarray(0, 400);
    const id = await upload(t, key, broken, 'truncated.pdf');
    const e = await finished(t, key, (await extract(t, key, id, { schema: DOCUMIND })).id);
    expect(e.status).toBe('FAILED');
    expect(e.error).toMatch(/PDF|page/i);
  });

  it('reads each document once per reading configuration and reuses the stored pages', async () => {
    const raw = Buffer.from(doc, 'base64').toString().split(':')[1];
    const pages = await t.services.db.page.findMany({ where: { documentId: raw } });
    // Several extractions of this document ran above, all with the default reading configuration.
    expect(pages.map((p) => [p.readKey, p.number, p.source])).toEqual([['ocr_pdf:eng', 1, 'text']]);
    expect(await t.services.db.document.findUniqueOrThrow({ where: { id: raw } })).toMatchObject({ pageCount: 1, readStatus: 'READ' });
  });

  it('lists with filters and sorts', async () => {
    const res = await t.gql(ExtractionsQuery, { first: 50, filter: { status: ['FAILED'] }, orderBy: { field: 'CREATED_AT', direction: 'ASC' } }, key);
    const nodes = res.data!.extractions.edges.map((e) => e.node);
    expect(nodes.length).toBeGreaterThanOrEqual(2);
    expect(nodes.every((n) => n.status === 'FAILED')).toBe(true);
    expect([...nodes].sort((a, b) => a.createdAt.localeCompare(b.createdAt))).toEqual(nodes);
    const byName = await t.gql(ExtractionsQuery, { first: 50, filter: { filename: 'truncated.pdf' } }, key);
    expect(byName.data!.extractions.edges.every((e) => e.node.filename === 'truncated.pdf')).toBe(true);
  });
});

describe('extractions with an OpenAI-compatible model server', () => {
  let fake: FakeOpenAI;
  let t: TestApp;
  let key: string;
  let doc: string;
  beforeAll(async () => {
    // Answers from the page text it is sent, as a model would: values copied as printed.
    fake = await startFakeOpenAI((body) => {
      const { text } = promptOf(body);
      const props = Object.keys(body.response_format.json_schema.schema.properties);
      const found: Record<string, string | null> = {
        invoice_number: text.match(/INV-\d{4}-\d{3}/)?.[0] ?? null,
        invoice_date: text.match(/\d{2}\/\d{2}\/\d{4}/)?.[0] ?? null,
        total_amount: text.match(/Total: ([\d,.]+)/)?.[1] ?? null,
      };
      return Object.fromEntries(props.map((p) => [p, found[p] ?? null]));
    });
    t = await createTestApp({
      env: { DOCSIFT_MODEL_BASE_URL: fake.url, DOCSIFT_MODEL: 'fake-model', DOCSIFT_VISION_MODEL: 'fake-vision', DOCSIFT_RETRY_BASE_MS: '50', DOCSIFT_MAX_ATTEMPTS: '3' },
    });
    key = await (await t.org()).key(['admin']);
    doc = await upload(t, key, await makeInvoice());
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  it.each([
    ['Documind named_entities', DOCUMIND],
    ['DocParse fields', DOCPARSE],
    ['Docmind skill fields', DOCMIND],
    ['JSON Schema', JSON_SCHEMA],
    ['canonical', CANONICAL],
  ])('extracts with a %s schema, grounded and scored with logprobs', async (_name, schema) => {
    const sent = fake.requests.length;
    const e = await finished(t, key, (await extract(t, key, doc, { schema, model: 'custom-model' })).id);
    expect(e.status).toBe('COMPLETED');
    expect(e.results).toEqual({ invoice_number: 'INV-2024-001', invoice_date: '2024-06-15', total_amount: 1250 });
    const request = fake.requests[sent];
    expect(request.problems).toEqual([]);
    expect(request.body.model).toBe('custom-model');
    expect(request.body.logprobs).toBe(true);
    expect(Object.keys(request.body.response_format.json_schema.schema.properties)).toEqual(['invoice_number', 'invoice_date', 'total_amount']);
    expect(e.provider).toBe('openai');
    expect(e.usage!.promptTokens).toBeGreaterThan(0);
    for (const f of e.fields) {
      expect(f.grounded).toBe(true);
      expect(f.confidence).toBeGreaterThan(80);
    }
  });

  it('retries 429 (waiting its retry-after) and 500 with backoff, then completes', async () => {
    fake.failNext(429, 1);
    const sent = fake.requests.length;
    const e1 = await finished(t, key, (await extract(t, key, doc, { schema: DOCUMIND })).id);
    expect(e1).toMatchObject({ status: 'COMPLETED', attempts: 2 });
    // The 429 said retry-after: 1 (s); the 50 ms backoff alone would have retried at once.
    expect(fake.requests[sent + 1].at - fake.requests[sent].at).toBeGreaterThanOrEqual(950);
    fake.failNext(500, 2);
    const e2 = await finished(t, key, (await extract(t, key, doc, { schema: DOCUMIND })).id);
    expect(e2).toMatchObject({ status: 'COMPLETED', attempts: 3 });
  });

  it('fails with the reason once retries are exhausted, and at once on a permanent error', async () => {
    fake.failNext(500, 5);
    const e1 = await finished(t, key, (await extract(t, key, doc, { schema: DOCUMIND })).id);
    expect(e1.status).toBe('FAILED');
    expect(e1.attempts).toBe(3);
    expect(e1.error).toMatch(/500/);
    fake.failNext(401, 1);
    const e2 = await finished(t, key, (await extract(t, key, doc, { schema: DOCUMIND })).id);
    expect(e2).toMatchObject({ status: 'FAILED', attempts: 1 });
    expect(e2.error).toMatch(/401/);
    fake.failNext(200, 0);
  });

  it('hands a job in flight back when its worker stops, uncounted, and the next worker finishes it', async () => {
    const env = { DOCSIFT_MODEL_BASE_URL: fake.url, DOCSIFT_MODEL: 'fake-model' };
    const first = await createTestApp({ env });
    const k = await (await first.org()).key(['admin']);
    const d = await upload(first, k, await makeInvoice());
    fake.slowNext(20_000, 1);
    const sent = fake.requests.length;
    const { id } = await extract(first, k, d, { schema: DOCUMIND });
    await waitFor(async () => fake.requests.length > sent, 30_000, 'the model call');
    await first.services.queue!.stop(0); // no grace: a deploy that cannot wait
    const raw = Buffer.from(id, 'base64').toString().split(':')[1];
    expect(await first.services.db.extraction.findUnique({ where: { id: raw }, select: { status: true, attempts: true, error: true, leaseUntil: true } })).toEqual({
      status: 'PENDING',
      attempts: 0,
      error: null,
      leaseUntil: null,
    });
    await first.services.close();
    const second = await createTestApp({ env: { ...env, DOCSIFT_DATA_DIR: first.settings.dataDir, DATABASE_URL: first.settings.databaseUrl } });
    try {
      expect(await finished(second, k, id)).toMatchObject({ status: 'COMPLETED', attempts: 1, results: { invoice_number: 'INV-2024-001' } });
    } finally {
      await second.close();
    }
  });

  it('sends page images to the vision model in vlm mode', async () => {
    const sent = fake.requests.length;
    const e = await finished(t, key, (await extract(t, key, doc, { schema: DOCUMIND, mode: 'VLM' })).id);
    const request = fake.requests[sent];
    expect(request.body.model).toBe('fake-vision');
    expect(promptOf(request.body).images).toBe(1);
    expect(e.status).toBe('COMPLETED');
  });
});

describe('the queue is durable', () => {
  it('resumes pending work and re-queues work a dead process left in processing', async () => {
    const first = await createTestApp();
    const key = await (await first.org()).key(['admin']);
    const doc = await upload(first, key, await makeInvoice());
    // Stop the worker, then queue two jobs: one stays pending, one looks claimed by a process that died.
    await first.services.queue!.stop();
    const pending = await extract(first, key, doc, { schema: DOCUMIND });
    const orphan = await extract(first, key, doc, { schema: DOCUMIND });
    const raw = (id: string) => Buffer.from(id, 'base64').toString().split(':')[1];
    await first.services.db.extraction.update({ where: { id: raw(orphan.id) }, data: { status: 'PROCESSING', leaseUntil: new Date(Date.now() - 1000), attempts: 1 } });
    await first.services.close();

    // A new process on the same data directory picks both up.
    const second = await createTestApp({ env: { DOCSIFT_DATA_DIR: first.settings.dataDir, DATABASE_URL: first.settings.databaseUrl } });
    try {
      for (const id of [pending.id, orphan.id]) expect((await finished(second, key, id)).status).toBe('COMPLETED');
    } finally {
      await second.close();
    }
    void encodeGlobalID;
  });

  it('gives up on a job whose worker died while running it as many times as DOCSIFT_MAX_ATTEMPTS allows', async () => {
    const first = await createTestApp({ env: { DOCSIFT_MAX_ATTEMPTS: '2' } });
    const key = await (await first.org()).key(['admin']);
    const doc = await upload(first, key, await makeInvoice());
    await first.services.queue!.stop();
    const raw = (id: string) => Buffer.from(id, 'base64').toString().split(':')[1];
    // What a worker killed mid-run leaves: PROCESSING, a lapsed lease, the claim counted.
    const orphan = async (attempts: number) => {
      const e = await extract(first, key, doc, { schema: DOCUMIND });
      await first.services.db.extraction.update({ where: { id: raw(e.id) }, data: { status: 'PROCESSING', leaseUntil: new Date(Date.now() - 1000), attempts } });
      return e.id;
    };
    const diedOnce = await orphan(1);
    const diedTwice = await orphan(2);
    await first.services.close();

    const second = await createTestApp({ env: { DOCSIFT_MAX_ATTEMPTS: '2', DOCSIFT_DATA_DIR: first.settings.dataDir, DATABASE_URL: first.settings.databaseUrl } });
    try {
      expect(await finished(second, key, diedOnce)).toMatchObject({ status: 'COMPLETED', attempts: 2 });
      const given = await finished(second, key, diedTwice);
      expect(given).toMatchObject({ status: 'FAILED', attempts: 3 });
      expect(given.error).toMatch(/worker stopped while running it 2 times/);
    } finally {
      await second.close();
    }
  });
});
