// Skills (versioned, by slug), built-in templates, schema generation and batches.
import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai-server.ts';
import { makeInvoice } from '../support/invoice.ts';
import { waitFor } from '../support/wait.ts';
import { DeleteDocument, ExtractDocument, UploadBase64 } from './operations.ts';

const Templates = graphql(`query Templates { templates { key name schema } }`);
const CreateSkill = graphql(`
  mutation CreateSkill($input: SkillInput!) {
    createSkill(input: $input) {
      __typename
      ... on MutationCreateSkillSuccess { data { id slug currentVersion current { schema mode reviewThreshold } } }
      ... on Error { message code }
    }
  }
`);
const UpdateSkill = graphql(`
  mutation UpdateSkill($id: ID!, $input: SkillInput!) {
    updateSkill(id: $id, input: $input) { __typename ... on MutationUpdateSkillSuccess { data { currentVersion versions { version } } } }
  }
`);
const ArchiveSkill = graphql(`mutation ArchiveSkill($id: ID!) { archiveSkill(id: $id) { __typename } }`);
const SkillVersionOf = graphql(`query SkillVersionOf($id: ID!) { extraction(id: $id) { status skillVersion results mode reviewThreshold } }`);
const FromDescription = graphql(`
  mutation FromDescription($name: String!, $description: String!) {
    generateSchemaFromDescription(name: $name, description: $description) { __typename ... on MutationGenerateSchemaFromDescriptionSuccess { data { schema source } } }
  }
`);
const FromDocument = graphql(`
  mutation FromDocument($documentId: ID!) {
    generateSchemaFromDocument(documentId: $documentId) { __typename ... on MutationGenerateSchemaFromDocumentSuccess { data { schema source } } }
  }
`);
const BatchQuery = graphql(`
  query BatchQuery($id: ID!) {
    node(id: $id) { ... on Batch { id fileCount status counts { files pending processing completed failed } extractions { status error document { id filename } } } }
  }
`);
const Batches = graphql(`query Batches($createdBefore: DateTime) { batches(first: 10, createdBefore: $createdBefore) { totalCount edges { node { id name createdAt } } } }`);
const Progress = graphql(`subscription Progress($batchId: ID!) { batchProgress(batchId: $batchId) { kind counts { completed failed pending } extraction { status } } }`);

let t: TestApp;
let url: string;
let key: string;
let doc: string;

async function upload(bytes: Buffer, filename = 'invoice.pdf') {
  const res = await t.gql(UploadBase64, { filename, base64: bytes.toString('base64') }, key);
  if (res.data?.uploadDocumentBase64.__typename !== 'MutationUploadDocumentBase64Success') throw new Error(JSON.stringify(res));
  return res.data.uploadDocumentBase64.data.id;
}
async function run(input: Record<string, unknown>) {
  const res = await t.gql(ExtractDocument, { documentId: doc, input }, key);
  const r = res.data!.extractDocument;
  if (r.__typename !== 'MutationExtractDocumentSuccess') return r;
  return waitFor(async () => {
    const e = (await t.gql(SkillVersionOf, { id: r.data.id }, key)).data?.extraction;
    return e && ['COMPLETED', 'FAILED'].includes(e.status) ? e : null;
  });
}

beforeAll(async () => {
  t = await createTestApp();
  url = await t.listen();
  key = await (await t.org()).key(['admin']);
  doc = await upload(await makeInvoice());
});
afterAll(() => t.close());

describe('templates', () => {
  it('lists the five built-in templates and extracts with one as is', async () => {
    const list = (await t.gql(Templates, {}, key)).data!.templates;
    expect(list.map((x) => x.key)).toEqual(['invoice', 'receipt', 'bank_statement', 'identity_document', 'purchase_order']);
    const e = (await run({ template: 'invoice' })) as any;
    expect(e.status).toBe('COMPLETED');
    expect(e.results).toMatchObject({ invoice_number: 'INV-2024-001', total_amount: 1250, invoice_date: '2024-06-15' });
    expect(e.results.line_items).toHaveLength(2);
  });
});

describe('skills', () => {
  it('extracts by slug with the skill\'s schema and options, recording the version it ran with', async () => {
    const created = await t.gql(CreateSkill, {
      input: { slug: 'factura', name: 'Factura', schema: [{ name: 'numero_factura', order: 1, type: 'string' }, { name: 'monto_total', order: 2, type: 'float' }], mode: 'BASIC', reviewThreshold: 99 },
    }, key);
    if (created.data?.createSkill.__typename !== 'MutationCreateSkillSuccess') throw new Error(JSON.stringify(created));
    const skill = created.data.createSkill.data;
    expect(skill).toMatchObject({ slug: 'factura', currentVersion: 1, current: { mode: 'BASIC', reviewThreshold: 99 } });
    const v1 = (await run({ skill: 'factura' })) as any;
    expect(v1).toMatchObject({ status: 'COMPLETED', skillVersion: 1, mode: 'BASIC', reviewThreshold: 99, results: { numero_factura: 'INV-2024-001', monto_total: 1250 } });

    const updated = await t.gql(UpdateSkill, { id: skill.id, input: { schema: { fields: [{ name: 'fecha', type: 'date' }] } } }, key);
    expect(updated.data?.updateSkill).toMatchObject({ data: { currentVersion: 2, versions: [{ version: 1 }, { version: 2 }] } });
    const v2 = (await run({ skill: 'factura', mode: 'ADVANCED' })) as any;
    expect(v2).toMatchObject({ skillVersion: 2, mode: 'ADVANCED', results: { fecha: '2024-06-15' } });

    const dup = await t.gql(CreateSkill, { input: { slug: 'factura', template: 'receipt' } }, key);
    expect(dup.data?.createSkill).toMatchObject({ __typename: 'ConflictError' });
    await t.gql(ArchiveSkill, { id: skill.id }, key);
    expect(await run({ skill: 'factura' })).toMatchObject({ __typename: 'NotFoundError' });
  });

  it('copies a template into a skill', async () => {
    const res = await t.gql(CreateSkill, { input: { slug: 'recibo', template: 'receipt' } }, key);
    expect(res.data?.createSkill).toMatchObject({ data: { current: { schema: { name: 'Receipt' } } } });
  });
});

describe('schema generation', () => {
  it('proposes a schema from a description, offline, that extraction accepts unchanged', async () => {
    const res = await t.gql(FromDescription, { name: 'invoice', description: 'Extract the invoice number, the total amount and the invoice date' }, key);
    const g = (res.data!.generateSchemaFromDescription as any).data;
    expect(g.source).toBe('offline');
    expect(g.schema.fields.map((f: any) => [f.name, f.type])).toEqual([['invoice_number', 'string'], ['total_amount', 'number'], ['invoice_date', 'date']]);
    const e = (await run({ schema: g.schema })) as any;
    expect(e.results).toEqual({ invoice_number: 'INV-2024-001', total_amount: 1250, invoice_date: '2024-06-15' });
  });

  it('proposes a schema from a sample document: label/value pairs and the table', async () => {
    const res = await t.gql(FromDocument, { documentId: doc }, key);
    const schema = (res.data!.generateSchemaFromDocument as any).data.schema;
    const names = schema.fields.map((f: any) => f.name);
    expect(names).toEqual(expect.arrayContaining(['invoice_number', 'date', 'total', 'line_items']));
    expect(schema.fields.find((f: any) => f.name === 'date').type).toBe('date');
    expect(schema.fields.find((f: any) => f.name === 'line_items').items.fields.map((f: any) => f.name)).toEqual(['description', 'qty', 'price', 'amount']);
  });

  it('goes through the model when one is configured', async () => {
    const fake: FakeOpenAI = await startFakeOpenAI(() => ({
      fields: [
        { name: 'policy_number', type: 'string', description: 'Policy number', required: true, item_fields: [] },
        { name: 'coverage', type: 'list', description: 'Coverages', required: false, item_fields: [{ name: 'kind', type: 'string', description: 'Kind', required: false }] },
      ],
    }));
    const withModel = await createTestApp({ env: { DOCSIFT_MODEL_BASE_URL: fake.url, DOCSIFT_MODEL: 'schema-model' } });
    try {
      const k = await (await withModel.org()).key(['admin']);
      const g = ((await withModel.gql(FromDescription, { name: 'policy', description: 'policy number and coverages' }, k)).data!.generateSchemaFromDescription as any).data;
      expect(g.source).toBe('model');
      expect(g.schema.fields[1]).toEqual({ name: 'coverage', type: 'list', description: 'Coverages', items: { name: 'item', type: 'object', fields: [{ name: 'kind', type: 'string', description: 'Kind' }] } });
      expect(fake.requests[0].body.response_format.json_schema.strict).toBe(true);
    } finally {
      await withModel.close();
      await fake.close();
    }
  });
});

describe('batches', () => {
  async function createBatch(files: { name: string; bytes: Buffer }[], input: Record<string, unknown>) {
    const form = new FormData();
    const query = 'mutation($f:[Upload!]!,$i:ExtractInput!){createBatch(files:$f,input:$i,name:"mixed"){__typename ... on MutationCreateBatchSuccess{data{id fileCount}} ... on Error{message code}}}';
    form.append('operations', JSON.stringify({ query, variables: { f: files.map(() => null), i: input } }));
    form.append('map', JSON.stringify(Object.fromEntries(files.map((_, i) => [String(i), [`variables.f.${i}`]]))));
    files.forEach((f, i) => form.append(String(i), new Blob([new Uint8Array(f.bytes)]), f.name));
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'x-api-key': key, 'graphql-require-preflight': '1' }, body: form });
    return ((await res.json()) as any).data.createBatch;
  }

  it('ends a batch of good and bad files with the right per-file statuses and counts, pushing progress', async () => {
    await t.services.queue!.stop();
    const invoice = await makeInvoice();
    const created = await createBatch(
      [
        { name: 'good.pdf', bytes: invoice },
        { name: 'truncated.pdf', bytes: invoice.subarray(0, 500) },
        { name: 'notes.txt', bytes: Buffer.from('not a document') },
        { name: 'empty.pdf', bytes: Buffer.alloc(0) },
      ],
      { template: 'invoice' },
    );
    expect(created).toMatchObject({ __typename: 'MutationCreateBatchSuccess', data: { fileCount: 4 } });
    const batchId = created.data.id;
    const client = createClient({ url: `${url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { 'X-API-Key': key }, retryAttempts: 0 });
    const events: any[] = [];
    const done = new Promise<void>((resolve) =>
      client.subscribe({ query: print(Progress), variables: { batchId } }, { next: (r) => { events.push(r.data); if (events.length === 2) resolve(); }, error: () => resolve(), complete: () => resolve() }),
    );
    await new Promise((r) => setTimeout(r, 300));
    await t.services.queue!.start();
    await done;
    await client.dispose();
    expect(events.map((e) => e.batchProgress.extraction.status).sort()).toEqual(['COMPLETED', 'FAILED']);
    expect(events.at(-1).batchProgress.counts).toMatchObject({ completed: 1, failed: 3, pending: 0 });

    const batch = (await t.gql(BatchQuery, { id: batchId }, key)).data!.node as any;
    expect(batch).toMatchObject({ fileCount: 4, status: 'COMPLETED', counts: { files: 4, completed: 1, failed: 3, pending: 0, processing: 0 } });
    const byName = Object.fromEntries(batch.extractions.map((e: any) => [e.document.filename, e]));
    expect(byName['good.pdf'].status).toBe('COMPLETED');
    expect(byName['truncated.pdf']).toMatchObject({ status: 'FAILED', error: expect.stringMatching(/PDF|page/) });
    expect(byName['notes.txt']).toMatchObject({ status: 'FAILED', error: expect.stringMatching(/not a PDF/) });
    expect(byName['empty.pdf']).toMatchObject({ status: 'FAILED', error: expect.stringMatching(/empty/) });

    // Deleting a file removes it and its extracted data from the batch.
    await t.gql(DeleteDocument, { id: byName['notes.txt'].document.id }, key);
    expect(((await t.gql(BatchQuery, { id: batchId }, key)).data!.node as any).counts).toMatchObject({ files: 3, failed: 2 });
  });

  it('refuses a bad schema before storing anything, and lists batches newest first', async () => {
    const before = await t.services.db.document.count();
    const bad = await createBatch([{ name: 'a.pdf', bytes: await makeInvoice() }], { schema: { fields: [{ name: 'x', type: 'nope' }] } });
    expect(bad).toMatchObject({ __typename: 'ValidationError' });
    expect(await t.services.db.document.count()).toBe(before);
    const second = await createBatch([{ name: 'b.pdf', bytes: await makeInvoice() }], { template: 'invoice' });
    const list = (await t.gql(Batches, {}, key)).data!.batches;
    expect(list.edges[0].node.id).toBe(second.data.id);
    const older = (await t.gql(Batches, { createdBefore: list.edges[0].node.createdAt }, key)).data!.batches;
    expect(older.edges.map((e) => e.node.id)).not.toContain(second.data.id);
  });
});
