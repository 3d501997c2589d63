// Documind at /documind/api/v1, replayed as its users run it: the seeds' Python and curl examples,
// verbatim but for the base URL, the key and the file paths, against a listening docsift.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, databases, type TestApp } from '../support/app.ts';
import { makeInvoice } from '../support/invoice.ts';
import { promptOf, startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai-server.ts';
import { curl, python } from '../support/replay.ts';
import { waitFor } from '../support/wait.ts';
import { actorFromKey } from '../../src/resolvers/services.ts';
import { submitReview } from '../../src/resolvers/reviews.ts';

const SEED_BASES = ['https://api.documind.cloud/api/v1', 'https://api.documind.com/api/v1'];
const ITEM_KEYS = [
  'id', 'document_id', 'original_filename', 'status', 'created_at', 'updated_at', 'needs_review', 'is_reviewed',
  'reviewed_at', 'reviewed_by', 'results', 'reviewed_results', 'needs_review_metadata',
].sort();
const ISO_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Seed 000's complete example, the class as printed (emoji prints and docstring aside). */
const WORKFLOW = `import requests
import time
import json
from typing import Dict, Optional
class DocumindWorkflow :
    """Complete extraction workflow manager using Documind API."""
    def __init__ ( self , api_key : str ):
        self .api_key = api_key
        self .base_url = "https://api.documind.com/api/v1"
        self .headers = { "X-API-Key" : api_key}
    def process_document (
        self ,
        file_path : str ,
        schema : Dict,
        mode : str = "advanced"
    ) -> Dict:
        # Phase 1: Upload via API
        print ( f"Uploading { file_path } ..." )
        with open (file_path, "rb" ) as f:
            response = requests.post(
                f"{ self .base_url }/upload" ,
                headers = self .headers,
                files = { "files" : f}
            )
        response.raise_for_status()
        doc_id = response.json()[ 0 ]
        print ( f"Uploaded: { doc_id } " )
        # Phase 2 & 3: Extract via API
        config = { "schema" : schema, "prompt" : "Extract all data accurately" }
        if mode == "basic" :
            config[ "model" ] = "openai-gpt-4.1"
        elif mode == "vlm" :
            config[ "extraction_mode" ] = "vlm"
            config[ "review_threshold" ] = 80
        else : # advanced
            config[ "review_threshold" ] = 85
        response = requests.post(
            f"{ self .base_url }/extract/{ doc_id }" ,
            headers = { ** self .headers, "Content-Type" : "application/json" },
            json = config
        )
        response.raise_for_status()
        result = response.json()
        # Phase 4: Handle review if needed
        if result[ "needs_review" ]:
            start = time.time()
            while (time.time() - start) < 600 : # 10 min timeout
                response = requests.get(
                    f"{ self .base_url }/data/extractions" ,
                    headers = self .headers,
                    params = { "document_id" : doc_id, "limit" : 1 }
                )
                data = response.json()
                if data[ "items" ] and data[ "items" ][ 0 ][ "is_reviewed" ]:
                    return data[ "items" ][ 0 ][ "reviewed_results" ]
                time.sleep( 10 )
            raise TimeoutError ( "Review not completed in time" )
        else :
            return result[ "results" ]
`;

describe.each(databases)('Documind gateway on %s', (database) => {
  let t: TestApp;
  let base: string;
  let key: string;
  let dir: string;
  const seed = (code: string) => SEED_BASES.reduce((c, b) => c.replaceAll(b, base), code).replaceAll('your_api_key_here', key).replaceAll('your_api_key', key);
  const get = (p: string, k = key) => fetch(`${base}${p}`, { headers: { 'X-API-Key': k } });

  beforeAll(async () => {
    t = await createTestApp({ database });
    base = `${await t.listen()}/documind/api/v1`;
    key = await (await t.org()).key(['admin']);
    dir = await mkdtemp(path.join(os.tmpdir(), 'documind-'));
    for (const name of ['invoice.pdf', 'invoice1.pdf', 'invoice2.pdf', 'invoice3.pdf', 'sample_policy.pdf']) await writeFile(path.join(dir, name), await makeInvoice());
    // No total printed: the required total is missing, so the extraction needs a human.
    await writeFile(path.join(dir, 'no_total.pdf'), await makeInvoice({ total: '', lines: [] }));
  });
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('upload (seed 001, Python): one file, then three in one request; ids in order, each stored', async () => {
    const out = await python(
      seed(`import requests
import json

API_KEY = "your_api_key_here"
headers = {"X-API-Key": API_KEY}

# Upload single file
with open("invoice.pdf", "rb") as f:
    files = {"files": f}
    response = requests.post(
        "https://api.documind.cloud/api/v1/upload",
        headers=headers,
        files=files
    )

document_ids = response.json()
print(f"Uploaded document: {document_ids[0]}")
single = (response.status_code, document_ids)

# Upload multiple files
files = [
    ("files", open("invoice1.pdf", "rb")),
    ("files", open("invoice2.pdf", "rb")),
    ("files", open("invoice3.pdf", "rb"))
]

response = requests.post(
    "https://api.documind.cloud/api/v1/upload",
    headers=headers,
    files=files
)

document_ids = response.json()
print(f"Uploaded {len(document_ids)} documents")

# Close files
for _, f in files:
    f.close()
print(json.dumps({"single": single, "multi": [response.status_code, document_ids]}))`),
      dir,
    );
    expect(out.single[0]).toBe(200);
    expect(out.single[1]).toHaveLength(1);
    expect(out.multi[0]).toBe(200);
    expect(out.multi[1]).toHaveLength(3);
    const ids: string[] = [...out.single[1], ...out.multi[1]];
    for (const id of ids) expect(id).toMatch(UUID);
    const docs = await t.services.db.document.findMany({ where: { id: { in: ids } } });
    expect(ids.map((id) => docs.find((d) => d.id === id)?.filename)).toEqual(['invoice.pdf', 'invoice1.pdf', 'invoice2.pdf', 'invoice3.pdf']);
    expect(new Set(docs.map((d) => d.mimeType))).toEqual(new Set(['application/pdf']));
  });

  it('extract (seed 000, Python): Advanced mode answers with results, needs_review and the review metadata; Basic never flags', async () => {
    const out = await python(
      seed(`import requests, json
with open("invoice.pdf", "rb") as f:
    document_id = requests.post("https://api.documind.com/api/v1/upload", headers={"X-API-Key": "your_api_key"}, files={"files": f}).json()[0]
schema = {
"named_entities" : {
"invoice_number" : { "type" : "string" },
"total_amount" : { "type" : "number" }
},
"required" : [ "invoice_number" , "total_amount" ]
}
response = requests.post(
f"https://api.documind.com/api/v1/extract/{document_id}" ,
headers = { "X-API-Key" : "your_api_key" , "Content-Type" : "application/json" },
json = {
"schema" : schema,
# Advanced mode - no model or extraction_mode specified
"review_threshold" : 85 ,
"prompt" : "Extract invoice with high accuracy"
}
)
result = response.json()
flagged = []
for field, flag in result[ "needs_review_metadata" ][ "review_flags" ].items():
    if flag:
        confidence = result[ "needs_review_metadata" ][ "confidence_scores" ][field]
        flagged.append([field, confidence])
basic = requests.post(
f"https://api.documind.com/api/v1/extract/{document_id}" ,
headers = { "X-API-Key" : "your_api_key" , "Content-Type" : "application/json" },
json = {
"schema" : schema,
"model" : "openai-gpt-4.1" , # or "google-gemini-2.0-flash"
"prompt" : "Extract all invoice fields accurately"
}
)
print(json.dumps({"status": response.status_code, "advanced": result, "flagged": flagged, "basic_status": basic.status_code, "basic": basic.json()}))`),
      dir,
    );
    expect(out.status).toBe(200);
    expect(out.advanced.results).toEqual({ invoice_number: 'INV-2024-001', total_amount: 1250 });
    expect(typeof out.advanced.needs_review).toBe('boolean');
    const meta = out.advanced.needs_review_metadata;
    expect(Object.keys(meta.confidence_scores).sort()).toEqual(['invoice_number', 'total_amount']);
    for (const v of Object.values(meta.confidence_scores)) expect(v).toEqual(expect.any(Number));
    for (const v of Object.values(meta.review_flags)) expect(typeof v).toBe('boolean');
    // needs_review is exactly "some required field is flagged" at the request's threshold.
    expect(out.advanced.needs_review).toBe(Object.values(meta.review_flags).some(Boolean));
    for (const [field, confidence] of out.flagged) expect(confidence).toBeLessThan(85), expect(meta.review_flags[field]).toBe(true);
    expect(out.basic_status).toBe(200);
    expect(out.basic.results).toEqual({ invoice_number: 'INV-2024-001', total_amount: 1250 });
    expect(out.basic.needs_review).toBe(false);
  });

  it('schema generation (seed 000, Python): from a sample document and from a description, both usable for extraction', async () => {
    const out = await python(
      seed(`import requests, json
# Upload sample document
with open ( "sample_policy.pdf" , "rb" ) as f:
    response = requests.post(
    "https://api.documind.com/api/v1/upload" ,
    headers = { "X-API-Key" : "your_api_key" },
    files = { "files" : f}
    )
sample_id = response.json()[ 0 ]
# Generate schema from sample
response = requests.post(
f "https://api.documind.com/api/v1/schema/ { sample_id } " ,
headers = { "X-API-Key" : "your_api_key" }
)
schema = response.json()[ "schema" ]
response2 = requests.post(
"https://api.documind.com/api/v1/schema/generate-dynamic-schema/" ,
headers = { "X-API-Key" : "your_api_key" , "Content-Type" : "application/json" },
json = {
"schema_name" : "insurance_policy" ,
"schema_description" : "Extract policy number, coverage amount, policyholder name, and effective dates"
}
)
schema2 = response2.json()
extracted = requests.post(f"https://api.documind.com/api/v1/extract/{sample_id}", headers={"X-API-Key": "your_api_key"}, json={"schema": schema}).json()
print(json.dumps({"status": [response.status_code, response2.status_code], "schema": schema, "schema2": schema2, "extracted": extracted}))`)
        // The seed's page renders f-strings with spaces inside braces and quotes; restore the code it shows.
        .replace('f "', 'f"').replace('/ { sample_id } "', '/{sample_id}"'),
      dir,
    );
    expect(out.status).toEqual([200, 200]);
    expect(Object.keys(out.schema.named_entities).length).toBeGreaterThanOrEqual(2);
    expect(Object.keys(out.schema2.named_entities)).toEqual(expect.arrayContaining(['policy_number', 'coverage_amount', 'policyholder_name']));
    expect(out.schema2.named_entities.coverage_amount.type).toBe('number');
    expect(out.extracted.results).toEqual(expect.objectContaining(Object.fromEntries(Object.keys(out.schema.named_entities).map((k) => [k, expect.anything()]))));
  });

  it('the complete workflow (seed 000 DocumindWorkflow): upload → extract → needs review → a reviewer corrects → reviewed_results', async () => {
    const reviewer = (async () => {
      const actor = await actorFromKey(t.services, key);
      const waiting = await waitFor(
        () => t.services.db.extraction.findFirst({ where: { filename: 'no_total.pdf', status: 'COMPLETED', needsReview: true, isReviewed: false } }),
        60_000,
        'an extraction needing review',
      );
      await submitReview(actor, waiting.id, { corrections: [{ path: 'total_amount', value: 1275 }] });
    })();
    const out = await python(
      seed(`${WORKFLOW}workflow = DocumindWorkflow( api_key = "your_api_key" )
schema = {
"named_entities" : {
"invoice_number" : { "type" : "string" },
"total_amount" : { "type" : "number" }
},
"required" : [ "invoice_number" , "total_amount" ]
}
data = workflow.process_document(
file_path = "no_total.pdf" ,
schema = schema,
mode = "advanced"
)
print(json.dumps(data))`),
      dir,
    );
    await reviewer;
    expect(out).toEqual({ invoice_number: 'INV-2024-001', total_amount: 1275 });
  }, 90_000);

  it('/data/extractions (seed 002, curl and Python): polling by document, pending reviews, date range, pagination, with every documented field', async () => {
    const doc = await t.services.db.extraction.findFirstOrThrow({ where: { filename: 'no_total.pdf', isReviewed: true } });
    const poll = await curl([`${base}/data/extractions?document_id=${doc.documentId}&limit=1`, '-H', `X-API-Key: ${key}`]);
    expect(poll.status).toBe(200);
    expect(Object.keys(poll.body).sort()).toEqual(['items', 'limit', 'skip', 'total']);
    expect(poll.body).toMatchObject({ total: 1, skip: 0, limit: 1 });
    const item = poll.body.items[0];
    expect(Object.keys(item).sort()).toEqual(ITEM_KEYS);
    expect(item).toMatchObject({ document_id: doc.documentId, original_filename: 'no_total.pdf', status: 'completed', needs_review: true, is_reviewed: true });
    expect(item.reviewed_results).toEqual({ invoice_number: 'INV-2024-001', total_amount: 1275 });
    expect(item.created_at).toMatch(ISO_SECONDS);
    expect(item.reviewed_at).toMatch(ISO_SECONDS);
    expect(item.reviewed_by).toMatch(UUID);
    expect(item.needs_review_metadata.review_flags.total_amount).toBe(true);

    const pending = await curl([`${base}/data/extractions?needs_review=true&is_reviewed=false&sort_by=created_at&sort_order=desc&limit=50`, '-H', `X-API-Key: ${key}`]);
    expect(pending.status).toBe(200);
    const expectedPending = await t.services.db.extraction.count({ where: { organizationId: doc.organizationId, needsReview: true, isReviewed: false } });
    expect(pending.body.total).toBe(expectedPending);
    for (const e of pending.body.items) expect([e.needs_review, e.is_reviewed]).toEqual([true, false]);

    const out = await python(
      seed(`import requests, json
from datetime import datetime, timedelta
API_KEY = "your_api_key"
yesterday = (datetime.utcnow() - timedelta( days = 1 )).isoformat() + "Z"
response = requests.get(
"https://api.documind.com/api/v1/data/extractions" ,
headers = { "X-API-Key" : API_KEY },
params = {
"created_after" : yesterday,
"status" : "completed" ,
"limit" : 100
}
)
recent = response.json()
def get_all_extractions ( api_key , filters = None ):
    all_extractions = []
    skip = 0
    limit = 2
    while True :
        params = {
            "skip" : skip,
            "limit" : limit,
            ** (filters or {})
        }
        response = requests.get(
            "https://api.documind.com/api/v1/data/extractions" ,
            headers = { "X-API-Key" : api_key},
            params = params
        )
        data = response.json()
        all_extractions.extend(data[ "items" ])
        if len (data[ "items" ]) < limit:
            break
        skip += limit
    return all_extractions
filters = {
"status" : "completed" ,
"created_after" : "2024-01-01T00:00:00Z"
}
all_completed = get_all_extractions( API_KEY , filters)
future = requests.get("https://api.documind.com/api/v1/data/extractions", headers={"X-API-Key": API_KEY}, params={"created_after": "2999-01-01T00:00:00Z"}).json()
by_name = requests.get("https://api.documind.com/api/v1/data/extractions", headers={"X-API-Key": API_KEY}, params={"original_filename": "no_total.pdf", "sort_by": "original_filename", "sort_order": "asc"}).json()
print(json.dumps({"recent": recent["total"], "all": [e["id"] for e in all_completed], "future": future["total"], "by_name": [e["original_filename"] for e in by_name["items"]]}))`),
    );
    const completed = await t.services.db.extraction.findMany({ where: { organizationId: doc.organizationId, status: 'COMPLETED' }, orderBy: { createdAt: 'desc' } });
    expect(out.recent).toBe(completed.length);
    expect(out.all).toHaveLength(completed.length);
    expect(new Set(out.all)).toEqual(new Set(completed.map((c) => c.id)));
    expect(out.future).toBe(0);
    expect(out.by_name).toEqual(['no_total.pdf']);
  });

  it('DELETE /documents/{id}: the file, its pages and extractions go (204); then 404, and 404 for another organisation', async () => {
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(await makeInvoice({ number: 'DEL-2024-001' }))]), 'erase-me.pdf');
    const [id] = await (await fetch(`${base}/upload`, { method: 'POST', headers: { 'X-API-Key': key }, body: form })).json();
    const extracted = await fetch(`${base}/extract/${id}`, { method: 'POST', headers: { 'X-API-Key': key, 'content-type': 'application/json' }, body: JSON.stringify({ schema: { named_entities: { invoice_number: { type: 'string' } } } }) });
    expect((await extracted.json()).results).toEqual({ invoice_number: 'DEL-2024-001' });
    const doc = await t.services.db.document.findUniqueOrThrow({ where: { id } });
    expect(await t.services.db.page.count({ where: { documentId: id } })).toBeGreaterThan(0);
    const other = await (await t.org()).key(['admin']);
    expect((await fetch(`${base}/documents/${id}`, { method: 'DELETE', headers: { 'X-API-Key': other } })).status).toBe(404);
    const deleted = await fetch(`${base}/documents/${id}`, { method: 'DELETE', headers: { 'X-API-Key': key } });
    expect(deleted.status).toBe(204);
    expect(await t.services.storage.exists(doc.storageKey)).toBe(false);
    expect(await t.services.db.page.count({ where: { documentId: id } })).toBe(0);
    expect((await (await get(`/data/extractions?document_id=${id}`)).json()).total).toBe(0);
    const again = await fetch(`${base}/documents/${id}`, { method: 'DELETE', headers: { 'X-API-Key': key } });
    expect([again.status, Object.keys(await again.json())]).toEqual([404, ['detail']]);
  });

  it('a document the engine cannot read: extract answers 422 with the reason, and the failure is listed', async () => {
    const form = new FormData();
    form.append('files', new Blob([new TextEncoder().encode('%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF')]), 'broken.pdf');
    const [id] = await (await fetch(`${base}/upload`, { method: 'POST', headers: { 'X-API-Key': key }, body: form })).json();
    const res = await fetch(`${base}/extract/${id}`, { method: 'POST', headers: { 'X-API-Key': key, 'content-type': 'application/json' }, body: JSON.stringify({ schema: { named_entities: { total: { type: 'number' } } } }) });
    expect(res.status).toBe(422);
    expect((await res.json()).detail).toMatch(/^Extraction failed: /);
    const listed = await (await get(`/data/extractions?document_id=${id}&status=failed`)).json();
    expect(listed.items.map((e: any) => e.status)).toEqual(['failed']);
  });

  it('answers errors in its documented shape: 400 sort field, 401 key, 403 scope and organisation, 404 other organisation, 400 multipart', async () => {
    expect(await (await get('/data/extractions?sort_by=invalid_field')).json()).toEqual({ detail: 'Invalid sort field: invalid_field' });
    const sideways = await get('/data/extractions?sort_order=sideways');
    expect([sideways.status, await sideways.json()]).toEqual([400, { detail: 'Invalid sort order: sideways' }]);
    const noKey = await fetch(`${base}/data/extractions`);
    expect([noKey.status, await noKey.json()]).toEqual([401, { detail: 'Invalid or missing API key' }]);
    const badKey = await get('/data/extractions', 'dsk_not_a_key');
    expect(badKey.status).toBe(401);

    const other = await t.org();
    const otherKey = await other.key(['admin']);
    const readOnly = await other.key(['documents:read']);
    const scoped = await fetch(`${base}/upload`, { method: 'POST', headers: { 'X-API-Key': readOnly }, body: new FormData() });
    expect(scoped.status).toBe(403);
    expect(await scoped.json()).toEqual({ detail: expect.stringContaining('extractions:write') });
    const ours = await t.services.db.extraction.findFirstOrThrow({ where: { filename: 'no_total.pdf' } });
    const foreign = await fetch(`${base}/extract/${ours.documentId}`, { method: 'POST', headers: { 'X-API-Key': otherKey, 'content-type': 'application/json' }, body: JSON.stringify({ schema: { named_entities: { a: { type: 'string' } } } }) });
    expect([foreign.status, Object.keys(await foreign.json())]).toEqual([404, ['detail']]);
    const theirs = await (await get(`/data/extractions?document_id=${ours.documentId}`, otherKey)).json();
    expect(theirs).toEqual({ items: [], total: 0, skip: 0, limit: 100 });
    const orgWide = await get(`/data/extractions?organization_id=${ours.organizationId}`, otherKey);
    expect([orgWide.status, await orgWide.json()]).toEqual([403, { detail: "You don't have permission to access these extractions" }]);
    // A global admin (another organisation's key) may name the organisation: it sees that one's rows.
    const globalAdmin = await (await t.org()).key(['admin'], { globalAdmin: true });
    const named = await (await get(`/data/extractions?organization_id=${ours.organizationId}&document_id=${ours.documentId}`, globalAdmin)).json();
    expect(named.items.map((e: any) => e.id)).toContain(ours.id);
    expect((await (await get(`/data/extractions?document_id=${ours.documentId}`, globalAdmin)).json()).total).toBe(0);

    const malformed = await fetch(`${base}/upload`, { method: 'POST', headers: { 'X-API-Key': key, 'content-type': 'multipart/form-data; boundary=xyz' }, body: '--xyz\r\nContent-Disposition: form-data; name="files"; filename="a.pdf"\r\n\r\n%PDF-1.4 trunc' });
    expect([malformed.status, await malformed.json()]).toEqual([400, { detail: 'There was an error parsing the body' }]);
    const text = new FormData();
    text.append('files', new Blob(['just some text, not a document']), 'notes.pdf');
    const unsupported = await fetch(`${base}/upload`, { method: 'POST', headers: { 'X-API-Key': key }, body: text });
    expect(unsupported.status).toBe(400);
    expect((await unsupported.json()).detail).toMatch(/not a supported type/);
    const badJson = await fetch(`${base}/extract/${ours.documentId}`, { method: 'POST', headers: { 'X-API-Key': key, 'content-type': 'application/json' }, body: '{"schema": ' });
    expect([badJson.status, Object.keys(await badJson.json())]).toEqual([400, ['detail']]);
  });
});

describe('Documind gateway limits', () => {
  let t: TestApp;
  let base: string;
  let key: string;
  beforeAll(async () => {
    t = await createTestApp({ env: { DOCSIFT_MAX_FILE_BYTES: '20000', DOCSIFT_RATE_LIMIT_PER_MINUTE: '4' } });
    base = `${await t.listen()}/documind/api/v1`;
    key = await (await t.org()).key(['admin']);
  });
  afterAll(() => t.close());

  it('413 "Request Entity Too Large" past the file limit, storing nothing of the request; 429 with Retry-After past the rate limit', async () => {
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(await makeInvoice())]), 'small.pdf');
    form.append('files', new Blob([new Uint8Array(30_000).fill(65)]), 'big.pdf');
    const big = await fetch(`${base}/upload`, { method: 'POST', headers: { 'X-API-Key': key }, body: form });
    expect([big.status, await big.json()]).toEqual([413, { detail: 'Request Entity Too Large' }]);
    expect(await t.services.db.document.count()).toBe(0);
    const statuses: number[] = [];
    let last: Response | null = null;
    for (let i = 0; i < 4; i++) {
      last = await fetch(`${base}/data/extractions`, { headers: { 'X-API-Key': key } });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Object.keys(await last!.json())).toEqual(['detail']);
  });
});

describe('Documind gateway with a model server', () => {
  let t: TestApp;
  let fake: FakeOpenAI;
  let base: string;
  let key: string;
  let dir: string;
  beforeAll(async () => {
    // Answers from what it is sent, as a model would: values copied as printed.
    fake = await startFakeOpenAI((body) => {
      const { text } = promptOf(body);
      const props = Object.keys(body.response_format.json_schema.schema.properties);
      const found: Record<string, string | null> = { invoice_number: 'INV-2024-001', total_amount: text.match(/Total: ([\d,.]+)/)?.[1] ?? '1,250.00' };
      return Object.fromEntries(props.map((p) => [p, found[p] ?? null]));
    });
    t = await createTestApp({ env: { DOCSIFT_MODEL_BASE_URL: fake.url, DOCSIFT_MODEL: 'fake-model', DOCSIFT_VISION_MODEL: 'fake-vision', DOCSIFT_SYNC_EXTRACT_TIMEOUT_MS: '5000' } });
    base = `${await t.listen()}/documind/api/v1`;
    key = await (await t.org()).key(['admin']);
    dir = await mkdtemp(path.join(os.tmpdir(), 'documind-model-'));
    await writeFile(path.join(dir, 'invoice.pdf'), await makeInvoice());
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('runs the workflow’s basic and vlm modes (seed 000): the named model, page images for VLM', async () => {
    const code = (mode: string) =>
      SEED_BASES.reduce((c, b) => c.replaceAll(b, base), `${WORKFLOW}
import json
workflow = DocumindWorkflow( api_key = "${key}" )
schema = { "named_entities" : { "invoice_number" : { "type" : "string" }, "total_amount" : { "type" : "number" } }, "required" : [ "invoice_number" , "total_amount" ] }
print(json.dumps(workflow.process_document( file_path = "invoice.pdf" , schema = schema, mode = "${mode}" )))`);
    const sent = fake.requests.length;
    expect(await python(code('basic'), dir)).toEqual({ invoice_number: 'INV-2024-001', total_amount: 1250 });
    expect(fake.requests[sent].body.model).toBe('openai-gpt-4.1');
    const vlmAt = fake.requests.length;
    expect(await python(code('vlm'), dir)).toEqual({ invoice_number: 'INV-2024-001', total_amount: 1250 });
    expect(fake.requests[vlmAt].body.model).toBe('fake-vision');
    expect(promptOf(fake.requests[vlmAt].body).images).toBe(1);
  });

  it('answers 504 when the extraction outlasts DOCSIFT_SYNC_EXTRACT_TIMEOUT_MS, and it still finishes', async () => {
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(await makeInvoice({ number: 'SLOW-1' }))]), 'slow.pdf');
    const [id] = await (await fetch(`${base}/upload`, { method: 'POST', headers: { 'X-API-Key': key }, body: form })).json();
    fake.slowNext(8000, 1);
    const res = await fetch(`${base}/extract/${id}`, { method: 'POST', headers: { 'X-API-Key': key, 'content-type': 'application/json' }, body: JSON.stringify({ schema: { named_entities: { invoice_number: { type: 'string' } } } }) });
    expect(res.status).toBe(504);
    expect((await res.json()).detail).toContain(`/data/extractions?document_id=${id}`);
    const done = await waitFor(async () => {
      const body = await (await fetch(`${base}/data/extractions?document_id=${id}`, { headers: { 'X-API-Key': key } })).json();
      return body.items[0]?.status === 'completed' ? body.items[0] : null;
    }, 30_000, 'the slow extraction');
    expect(done.results).toEqual({ invoice_number: 'INV-2024-001' });
  }, 60_000);
});
