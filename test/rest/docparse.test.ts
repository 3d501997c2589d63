// DocParse (seed 004) at /docparse/v1: every request the seed prints, replayed with its body as printed,
// answers checked against the documented shapes; the create → batch → poll → result → list → delete
// flow end to end with the offline extractor; every documented error status.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, databases, type DatabaseKind, type TestApp } from '../support/app.ts';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai-server.ts';
import { makePdf } from '../support/files.ts';
import { makeInvoice } from '../support/invoice.ts';
import { createTestDatabase } from '../support/postgres.ts';
import { waitFor } from '../support/wait.ts';
import { hashKey, revokeApiKeyByPrefix } from '../../src/resolvers/api-keys.ts';

const run = promisify(execFile);
const BASE = 'http://docsift.test/docparse/v1';
const ISO_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const STATUSES = ['queued', 'processing', 'processed', 'needs_review', 'failed'];

// The seed's "Create an Extraction" body, exactly as printed.
const SEED_CREATE_BODY = `{
"name": "Invoice extractor",
"description": "Pull totals and line items from US invoices",
"language": "Multi-Lingual",
"fields": [
{ "key": "invoice_number", "type": "string" },
{ "key": "total_amount", "type": "number" },
{ "key": "issue_date", "type": "date" },
{ "key": "line_items", "type": "list<object>", "fields": [
{ "key": "description", "type": "string" },
{ "key": "qty", "type": "number" },
{ "key": "unit_price", "type": "number" }
]}
]
}`;

// Three invoices with known values: what the results must read.
const INVOICES = [
  { number: 'INV-1024', date: '24/05/2026', total: '4,108.26', line: { description: 'API access', qty: '1', price: '4,108.26', amount: '4,108.26' } },
  { number: 'INV-1025', date: '25/05/2026', total: '300.00', line: { description: 'Support plan', qty: '3', price: '100.00', amount: '300.00' } },
  { number: 'INV-1026', date: '26/05/2026', total: '75.50', line: { description: 'Storage', qty: '2', price: '37.75', amount: '75.50' } },
];
const parseNumber = (s: string) => Number(s.replace(/,/g, ''));
const isoDate = (dmy: string) => dmy.split('/').reverse().join('-');

/** A SQLite temp file, or a PostgreSQL database of its own: the run's shared one has other suites' queue. */
async function isolatedApp(database: DatabaseKind, env: Record<string, string> = {}) {
  if (database === 'sqlite') return { t: await createTestApp({ database, env }), drop: async () => {} };
  const scratch = await createTestDatabase();
  return { t: await createTestApp({ database, env: { ...env, DATABASE_URL: scratch.url } }), drop: scratch.drop };
}

function client(t: TestApp, key: string | null) {
  return (route: string, init: RequestInit = {}) =>
    t.app.fetch(`${BASE}${route}`, { ...init, headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...(init.headers as Record<string, string>) } });
}

function form(files: { name: string; bytes: Buffer; type?: string }[], name?: string) {
  const body = new FormData();
  for (const f of files) body.append('files', new File([new Uint8Array(f.bytes)], f.name, { type: f.type ?? 'application/pdf' }));
  // The label after the files: the gateway must still read it.
  if (name !== undefined) body.append('name', name);
  return body;
}

async function errorOf(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/application\/json/);
  const body = await res.json();
  expect(Object.keys(body)).toEqual(['error']);
  expect(typeof body.error).toBe('string');
  return body.error as string;
}

const createExtraction = async (call: ReturnType<typeof client>, body: string = SEED_CREATE_BODY) => {
  const res = await call('/extractions', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  expect(res.status).toBe(201);
  return (await res.json()).extraction as { id: string; name: string; status: string; created_at: string };
};

describe.each(databases)('DocParse dialect on %s', (database) => {
  let t: TestApp;
  let drop: () => Promise<void>;
  let owner: Awaited<ReturnType<TestApp['org']>>;
  let key: string;
  let call: ReturnType<typeof client>;
  let extractionId: string;
  let firstBatchId: string;
  let fileIds: string[];

  beforeAll(async () => {
    ({ t, drop } = await isolatedApp(database));
    owner = await t.org();
    key = await owner.key(['admin']);
    call = client(t, key);
  });
  afterAll(async () => {
    await t.close();
    await drop();
  });

  it('POST /extractions: the seed body → 201 with the documented extraction', async () => {
    const res = await call('/extractions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: SEED_CREATE_BODY });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(Object.keys(body)).toEqual(['extraction']);
    expect(Object.keys(body.extraction).sort()).toEqual(['created_at', 'id', 'name', 'status']);
    expect(body.extraction).toMatchObject({ name: 'Invoice extractor', status: 'ready' });
    expect(body.extraction.id).toEqual(expect.any(String));
    expect(body.extraction.created_at).toMatch(ISO_SECONDS);
    expect(Math.abs(Date.parse(body.extraction.created_at) - Date.now())).toBeLessThan(60_000);
    extractionId = body.extraction.id;
    // Stored as a schema: "Multi-Lingual" reads Spanish and English, the list of objects kept.
    const stored = await t.services.db.schema.findUniqueOrThrow({ where: { id: extractionId }, include: { versions: true } });
    expect(stored).toMatchObject({ name: 'Invoice extractor', description: 'Pull totals and line items from US invoices', language: 'spa+eng' });
    const fields = (stored.versions[0].definition as any).fields;
    expect(fields.map((f: any) => f.name)).toEqual(['invoice_number', 'total_amount', 'issue_date', 'line_items']);
    expect(fields[3]).toMatchObject({ type: 'list', items: { type: 'object' } });
    expect(fields[3].items.fields.map((f: any) => f.name)).toEqual(['description', 'qty', 'unit_price']);
  });

  it('POST batches (3 files, name after them) → 202; poll until processed; results with real values', async () => {
    const files = await Promise.all(
      INVOICES.map(async (i) => ({ name: `${i.number}.pdf`, bytes: await makeInvoice({ number: i.number, date: i.date, total: i.total, lines: [i.line] }) })),
    );
    const res = await call(`/extractions/${extractionId}/batches`, { method: 'POST', body: form(files, 'May invoices') });
    expect(res.status).toBe(202);
    const accepted = await res.json();
    expect(Object.keys(accepted)).toEqual(['batch']);
    expect(accepted.batch).toMatchObject({ id: expect.any(String), extraction_id: extractionId, file_count: 3, page_count: 3, name: 'May invoices' });
    expect(STATUSES).toContain(accepted.batch.status);
    firstBatchId = accepted.batch.id;

    // Poll as the seed says, until the batch has finished.
    const done = await waitFor(async () => {
      const r = await call(`/extractions/${extractionId}/batches/${firstBatchId}`);
      expect(r.status).toBe(200);
      const body = await r.json();
      expect(STATUSES).toContain(body.batch.status);
      return ['processed', 'needs_review', 'failed'].includes(body.batch.status) ? body : null;
    }, 60_000, 'the batch to finish');
    expect(Object.keys(done).sort()).toEqual(['batch', 'files']);
    expect(done.batch).toMatchObject({ id: firstBatchId, status: 'processed', file_count: 3, page_count: 3 });
    expect(done.files).toHaveLength(3);
    for (const [i, file] of done.files.entries()) {
      expect(Object.keys(file).sort()).toEqual(['file_name', 'id', 'page_count', 'status']);
      expect(file).toMatchObject({ file_name: `${INVOICES[i].number}.pdf`, status: 'processed', page_count: 1 });
    }
    fileIds = done.files.map((f: { id: string }) => f.id);

    for (const [i, invoice] of INVOICES.entries()) {
      const r = await call(`/extractions/${extractionId}/files/${fileIds[i]}/result`);
      expect(r.status).toBe(200);
      const body = await r.json();
      expect(Object.keys(body).sort()).toEqual(['confidence', 'file_id', 'model_used', 'result', 'status']);
      expect(body.file_id).toBe(fileIds[i]);
      expect(body.result).toEqual({
        invoice_number: invoice.number,
        total_amount: parseNumber(invoice.total),
        issue_date: isoDate(invoice.date),
        line_items: [{ description: invoice.line.description, qty: parseNumber(invoice.line.qty), unit_price: parseNumber(invoice.line.price) }],
      });
      expect(Object.keys(body.confidence).sort()).toEqual(['invoice_number', 'issue_date', 'line_items', 'total_amount']);
      for (const score of Object.values(body.confidence)) {
        expect(score).toBeGreaterThan(0);
        expect(score).toBeLessThanOrEqual(1);
      }
      // The stored 0-100 score, on DocParse's 0..1 scale.
      const row = await t.services.db.extraction.findFirstOrThrow({ where: { documentId: fileIds[i] } });
      expect(body.confidence.total_amount).toBeCloseTo((row.confidenceScores as Record<string, number>).total_amount / 100, 4);
      expect(body.model_used).toBe(row.model ?? row.provider);
      expect(body.model_used).toBe('offline');
    }
  });

  it('GET batches: newest first, `before` cursor, the seed query as printed', async () => {
    const second = await call(`/extractions/${extractionId}/batches`, { method: 'POST', body: form([{ name: 'single.pdf', bytes: await makePdf('Invoice INV-9 Total 9.00') }]) });
    expect(second.status).toBe(202);
    const secondId = (await second.json()).batch.id;

    const page1 = await (await call(`/extractions/${extractionId}/batches?limit=1`)).json();
    expect(Object.keys(page1).sort()).toEqual(['batches', 'has_more', 'next_before']);
    expect(page1.batches).toHaveLength(1);
    expect(page1.batches[0]).toMatchObject({ id: secondId, extraction_id: extractionId, file_count: 1, page_count: 1, name: null });
    expect(page1.has_more).toBe(true);
    expect(page1.next_before).toBe(page1.batches[0].created_at);

    const page2 = await (await call(`/extractions/${extractionId}/batches?limit=1&before=${encodeURIComponent(page1.next_before)}`)).json();
    expect(page2.batches.map((b: { id: string }) => b.id)).toEqual([firstBatchId]);
    expect(page2.batches[0]).toMatchObject({ name: 'May invoices', status: 'processed', file_count: 3, page_count: 3 });
    expect(page2).toMatchObject({ has_more: false, next_before: null });

    const all = await (await call(`/extractions/${extractionId}/batches`)).json();
    expect(all.batches.map((b: { id: string }) => b.id)).toEqual([secondId, firstBatchId]);
    expect(Date.parse(all.batches[0].created_at)).toBeGreaterThanOrEqual(Date.parse(all.batches[1].created_at));

    // The seed's request: nothing here was created before 2026-05-24T10:00:00Z unless the clock says so.
    const seed = await call(`/extractions/${extractionId}/batches?limit=20&before=2026-05-24T10:00:00Z`);
    expect(seed.status).toBe(200);
    const cutoff = Date.parse('2026-05-24T10:00:00Z');
    expect((await seed.json()).batches.map((b: { id: string }) => b.id)).toEqual(all.batches.filter((b: { created_at: string }) => Date.parse(b.created_at) < cutoff).map((b: { id: string }) => b.id));

    for (const bad of ['limit=0', 'limit=101', 'limit=ten', 'before=yesterday']) {
      expect(await errorOf(await call(`/extractions/${extractionId}/batches?${bad}`), 400)).toMatch(/limit|before/);
    }
  });

  it('DELETE a file → 204; its result is 404, its stored bytes and extraction gone', async () => {
    const doomed = fileIds[2];
    const document = await t.services.db.document.findUniqueOrThrow({ where: { id: doomed } });
    expect(await t.services.storage.exists(document.storageKey)).toBe(true);
    const res = await call(`/extractions/${extractionId}/files/${doomed}`, { method: 'DELETE' });
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
    expect(await errorOf(await call(`/extractions/${extractionId}/files/${doomed}/result`), 404)).toMatch(doomed);
    expect(await errorOf(await call(`/extractions/${extractionId}/files/${doomed}`, { method: 'DELETE' }), 404)).toMatch(doomed);
    expect(await t.services.storage.exists(document.storageKey)).toBe(false);
    expect(await t.services.db.extraction.count({ where: { documentId: doomed } })).toBe(0);
    expect(await t.services.db.page.count({ where: { documentId: doomed } })).toBe(0);
    const batch = await (await call(`/extractions/${extractionId}/batches/${firstBatchId}`)).json();
    expect(batch.files.map((f: { id: string }) => f.id)).toEqual(fileIds.slice(0, 2));
    expect(batch.batch).toMatchObject({ file_count: 2, page_count: 2, status: 'processed' });
  });

  it('replays the seed requests with curl over a real socket', async () => {
    const url = await t.listen();
    const dir = await mkdtemp(path.join(os.tmpdir(), 'docparse-curl-'));
    try {
      const created = await run('curl', ['-sS', '-w', '\n%{http_code}', '-X', 'POST', `${url}/docparse/v1/extractions`, '-H', `Authorization: Bearer ${key}`, '-H', 'Content-Type: application/json', '-d', SEED_CREATE_BODY]);
      const [createdBody, createdStatus] = created.stdout.split('\n');
      expect(createdStatus).toBe('201');
      const extraction = JSON.parse(createdBody).extraction;
      expect(extraction).toMatchObject({ name: 'Invoice extractor', status: 'ready' });

      const a = path.join(dir, 'INV-1024.pdf');
      const b = path.join(dir, 'INV-1025.pdf');
      await writeFile(a, await makeInvoice({ number: 'INV-1024' }));
      await writeFile(b, await makeInvoice({ number: 'INV-1025' }));
      const uploaded = await run('curl', ['-sS', '-w', '\n%{http_code}', `${url}/docparse/v1/extractions/${extraction.id}/batches`, '-H', `Authorization: Bearer ${key}`, '-F', `files=@${a}`, '-F', `files=@${b}`, '-F', 'name=curl batch']);
      const [uploadedBody, uploadedStatus] = uploaded.stdout.split('\n');
      expect(uploadedStatus).toBe('202');
      const batch = JSON.parse(uploadedBody).batch;
      expect(batch).toMatchObject({ extraction_id: extraction.id, file_count: 2, page_count: 2, name: 'curl batch' });

      const polled = await run('curl', ['-sS', '-w', '\n%{http_code}', `${url}/docparse/v1/extractions/${extraction.id}/batches/${batch.id}`, '-H', `Authorization: Bearer ${key}`]);
      const [polledBody, polledStatus] = polled.stdout.split('\n');
      expect(polledStatus).toBe('200');
      expect(JSON.parse(polledBody).files.map((f: { file_name: string }) => f.file_name)).toEqual(['INV-1024.pdf', 'INV-1025.pdf']);

      const unauthorized = await run('curl', ['-sS', '-w', '\n%{http_code}', `${url}/docparse/v1/extractions/${extraction.id}/batches`]);
      const [unauthorizedBody, unauthorizedStatus] = unauthorized.stdout.split('\n');
      expect(unauthorizedStatus).toBe('401');
      expect(Object.keys(JSON.parse(unauthorizedBody))).toEqual(['error']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('401 for a missing or wrong key; 403 for a revoked key and without the scope', async () => {
    const route = `/extractions/${extractionId}/batches`;
    expect(await errorOf(await client(t, null)(route), 401)).toMatch(/API key/);
    expect(await errorOf(await client(t, 'dsk_not-a-real-key')(route), 401)).toMatch(/API key/);
    expect(await errorOf(await t.app.fetch(`${BASE}${route}`, { headers: { authorization: `Basic ${key}` } }), 401)).toMatch(/API key/);

    // "403 Key revoked": the key is known, and no longer valid.
    const revoked = await owner.key(['admin']);
    await revokeApiKeyByPrefix(t.services.db, (await t.services.db.apiKey.findUniqueOrThrow({ where: { hash: hashKey(revoked) } })).prefix);
    expect(await errorOf(await client(t, revoked)(route), 403)).toBe('API key revoked');

    const readOnly = client(t, await (await t.org()).key(['extractions:read']));
    expect(await errorOf(await readOnly('/extractions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: SEED_CREATE_BODY }), 403)).toMatch(/schemas:write/);
    const sameOrgReader = client(t, await owner.key(['schemas:read']));
    expect(await errorOf(await sameOrgReader(`/extractions/${extractionId}/files/${fileIds[0]}/result`), 403)).toMatch(/extractions:read/);
    expect(await errorOf(await sameOrgReader(`/extractions/${extractionId}/files/${fileIds[0]}`, { method: 'DELETE' }), 403)).toMatch(/documents:write/);
  });

  it("another organisation's extraction, batch and file ids are 404, as are mismatched ones", async () => {
    const other = client(t, await (await t.org()).key(['admin']));
    const paths: [string, RequestInit?][] = [
      [`/extractions/${extractionId}/batches`],
      [`/extractions/${extractionId}/batches/${firstBatchId}`],
      [`/extractions/${extractionId}/files/${fileIds[0]}/result`],
      [`/extractions/${extractionId}/files/${fileIds[0]}`, { method: 'DELETE' }],
      [`/extractions/${extractionId}/batches`, { method: 'POST', body: form([{ name: 'x.pdf', bytes: await makePdf() }]) }],
    ];
    for (const [route, init] of paths) expect(await errorOf(await other(route, init), 404)).toMatch(/not found/);
    // Their own extraction does not reach our batch or file either.
    const theirs = await createExtraction(other);
    expect(await errorOf(await other(`/extractions/${theirs.id}/batches/${firstBatchId}`), 404)).toMatch(/not found/);
    expect(await errorOf(await other(`/extractions/${theirs.id}/files/${fileIds[0]}/result`), 404)).toMatch(/not found/);
    // Nor does another extraction of ours reach this one's batch.
    const mine = await createExtraction(call);
    expect(await errorOf(await call(`/extractions/${mine.id}/batches/${firstBatchId}`), 404)).toMatch(/not found/);
    expect(await errorOf(await call(`/extractions/${mine.id}/files/${fileIds[0]}/result`), 404)).toMatch(/not found/);
    expect(await errorOf(await call(`/extractions/no-such-id/batches`), 404)).toMatch(/not found/);
    // Still there for its owner.
    expect((await call(`/extractions/${extractionId}/files/${fileIds[0]}/result`)).status).toBe(200);
  });

  it('413 past 30 files or 25 MB per file, with nothing stored', async () => {
    const before = await t.services.db.document.count();
    const pdf = await makePdf();
    const tooMany = Array.from({ length: 31 }, (_, i) => ({ name: `f${i}.pdf`, bytes: pdf }));
    expect(await errorOf(await call(`/extractions/${extractionId}/batches`, { method: 'POST', body: form(tooMany) }), 413)).toBe('Too many files (30 per batch limit).');
    const big = Buffer.alloc(25 * 1024 * 1024 + 1, 0x20);
    pdf.copy(big);
    const res = await call(`/extractions/${extractionId}/batches`, { method: 'POST', body: form([{ name: 'small.pdf', bytes: pdf }, { name: 'huge.pdf', bytes: big }]) });
    // The seed's own example error.
    expect(await errorOf(res, 413)).toBe('File too large (25 MB limit).');
    expect(await t.services.db.document.count()).toBe(before);
    // Exactly 30 is fine.
    const thirty = await call(`/extractions/${extractionId}/batches`, { method: 'POST', body: form(tooMany.slice(0, 30)) });
    expect(thirty.status).toBe(202);
    expect((await thirty.json()).batch).toMatchObject({ file_count: 30, page_count: 30 });
  });

  it('an unsupported file is accepted as a failed row with its reason; its result is 409', async () => {
    const res = await call(`/extractions/${extractionId}/batches`, {
      method: 'POST',
      body: form([{ name: 'notes.txt', bytes: Buffer.from('just some text, not a document'), type: 'text/plain' }, { name: 'ok.pdf', bytes: await makeInvoice() }]),
    });
    expect(res.status).toBe(202);
    const batch = (await res.json()).batch;
    expect(batch).toMatchObject({ file_count: 2, page_count: 1 });
    const done = await waitFor(async () => {
      const body = await (await call(`/extractions/${extractionId}/batches/${batch.id}`)).json();
      return ['processed', 'needs_review', 'failed'].includes(body.batch.status) ? body : null;
    });
    expect(done.files[0]).toMatchObject({ file_name: 'notes.txt', status: 'failed', page_count: 0, error: expect.stringMatching(/not a PDF/) });
    expect(done.files[1]).toMatchObject({ file_name: 'ok.pdf', status: 'processed', page_count: 1 });
    // Some files processed: the batch is processed; the failed row says which did not.
    expect(done.batch.status).toBe('processed');
    expect(await errorOf(await call(`/extractions/${extractionId}/files/${done.files[0].id}/result`), 409)).toMatch(/failed: .*not a PDF/);
  });

  it('400 for malformed bodies and queries, in the error shape', async () => {
    const post = (body: string, type = 'application/json') => call('/extractions', { method: 'POST', headers: { 'content-type': type }, body });
    expect(await errorOf(await post('{"name": "x", "fields": ['), 400)).toMatch(/JSON/);
    expect(await errorOf(await post('[]'), 400)).toMatch(/JSON object/);
    expect(await errorOf(await post('{"fields": [{"key": "a", "type": "string"}]}'), 400)).toMatch(/name/);
    expect(await errorOf(await post('{"name": "x"}'), 400)).toMatch(/fields/);
    expect(await errorOf(await post('{"name": "x", "fields": [{"type": "string"}]}'), 400)).toMatch(/Invalid schema/);
    expect(await errorOf(await post('{"name": "x", "fields": [{"key": "a", "type": "list<banana>"}]}'), 400)).toMatch(/Invalid schema/);
    expect(await errorOf(await post('{"name": "x", "language": "Klingon", "fields": [{"key": "a", "type": "string"}]}'), 400)).toMatch(/language/);
    expect(await errorOf(await post('{"name": "x", "description": 5, "fields": [{"key": "a", "type": "string"}]}'), 400)).toMatch(/description/);
    const batches = `/extractions/${extractionId}/batches`;
    expect(await errorOf(await call(batches, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }), 400)).toMatch(/pars/);
    expect(await errorOf(await call(batches, { method: 'POST', body: (() => { const f = new FormData(); f.append('name', 'empty'); return f; })() }), 400)).toMatch(/No files/);
    const cut = '--X\r\nContent-Disposition: form-data; name="files"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 cut short';
    expect(await errorOf(await call(batches, { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=X' }, body: cut }), 400)).toMatch(/pars/);
    expect(await errorOf(await call(batches, { method: 'PUT' }), 405)).toMatch(/PUT/);
    expect(await errorOf(await call('/nowhere'), 404)).toMatch(/No route/);
    // Languages by name, as DocParse lists them, or as OCR codes.
    for (const [language, stored] of [['English', 'eng'], ['Spanish', 'spa'], ['spa+eng', 'spa+eng']]) {
      const created = await createExtraction(call, JSON.stringify({ name: language, language, fields: [{ key: 'a', type: 'string' }] }));
      expect((await t.services.db.schema.findUniqueOrThrow({ where: { id: created.id } })).language).toBe(stored);
    }
  });
});

describe.each(databases)('DocParse dialect limits on %s', (database) => {
  let t: TestApp;
  let drop: () => Promise<void>;
  let fake: FakeOpenAI;
  let owner: Awaited<ReturnType<TestApp['org']>>;
  let extractionId: string;

  beforeAll(async () => {
    fake = await startFakeOpenAI();
    ({ t, drop } = await isolatedApp(database, {
      DOCSIFT_RATE_LIMIT_PER_MINUTE: '5',
      DOCSIFT_DOCPARSE_MAX_FILE_BYTES: '4096',
      DOCSIFT_MODEL_BASE_URL: fake.url,
      DOCSIFT_MODEL: 'gemini-2.5-flash',
    }));
    owner = await t.org();
    extractionId = (await createExtraction(client(t, await owner.key(['admin'])))).id;
  });
  afterAll(async () => {
    await t.close();
    await drop();
    await fake.close();
  });

  it('413 names the configured per-file limit', async () => {
    const call = client(t, await owner.key(['admin']));
    const big = Buffer.concat([await makePdf(), Buffer.alloc(5000, 0x20)]);
    expect(await errorOf(await call(`/extractions/${extractionId}/batches`, { method: 'POST', body: form([{ name: 'big.pdf', bytes: big }]) }), 413)).toBe('File too large (4 KB limit).');
  });

  it('a result asked for before the file is processed is 409; then the model that ran it is model_used', async () => {
    const call = client(t, await owner.key(['admin']));
    fake.slowNext(3000, 1);
    const res = await call(`/extractions/${extractionId}/batches`, { method: 'POST', body: form([{ name: 'INV-1024.pdf', bytes: await makeInvoice({ number: 'INV-1024', total: '4,108.26' }) }]) });
    expect(res.status).toBe(202);
    const batchId = (await res.json()).batch.id;
    const polled = await (await call(`/extractions/${extractionId}/batches/${batchId}`)).json();
    expect(['queued', 'processing']).toContain(polled.files[0].status);
    expect(await errorOf(await call(`/extractions/${extractionId}/files/${polled.files[0].id}/result`), 409)).toMatch(/is (queued|processing); its result is available once it is processed/);
    // Polled slowly: this key allows 5 requests a minute.
    await waitFor(async () => (await t.services.db.extraction.findFirstOrThrow({ where: { documentId: polled.files[0].id } })).status === 'COMPLETED', 30_000);
    const result = await (await call(`/extractions/${extractionId}/files/${polled.files[0].id}/result`)).json();
    expect(result.model_used).toBe('gemini-2.5-flash');
    expect(result.result.invoice_number).toBe('INV-1024');
  });

  it('429 with Retry-After past the per-key rate limit; other keys unaffected', async () => {
    const call = client(t, await owner.key(['admin']));
    for (let i = 0; i < 5; i++) expect((await call(`/extractions/${extractionId}/batches`)).status).toBe(200);
    const limited = await call(`/extractions/${extractionId}/batches`);
    expect(await errorOf(limited, 429)).toMatch(/Rate limit/);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect((await client(t, await owner.key(['admin']))(`/extractions/${extractionId}/batches`)).status).toBe(200);
  });
});
