import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { createTestApp, databases, type TestApp } from '../support/app.ts';
import { makePdf } from '../support/files.ts';
import { DeleteDocument, DocumentQuery, DocumentsQuery, NodeQuery, NodesQuery, RevokeKey, UploadBase64, ViewerQuery } from './operations.ts';

describe.each(databases)('tenancy, keys and scopes on %s', (database) => {
  let t: TestApp;
  let keyA: string;
  let keyB: string;
  let docA: { id: string; documentId: string };

  beforeAll(async () => {
    t = await createTestApp({ database });
    keyA = await (await t.org()).key(['admin']);
    keyB = await (await t.org()).key(['admin']);
    const upload = await t.gql(UploadBase64, { filename: 'a-secret.pdf', base64: (await makePdf('Secret of A')).toString('base64') }, keyA);
    if (upload.data?.uploadDocumentBase64.__typename !== 'MutationUploadDocumentBase64Success') throw new Error(JSON.stringify(upload));
    docA = upload.data.uploadDocumentBase64.data;
  });
  afterAll(() => t.close());

  it('shows the owner its document', async () => {
    const res = await t.gql(DocumentQuery, { id: docA.id }, keyA);
    expect(res.data?.document?.filename).toBe('a-secret.pdf');
    const list = await t.gql(DocumentsQuery, { first: 10 }, keyA);
    expect(list.data?.documents.edges.map((e) => e.node.id)).toEqual([docA.id]);
  });

  it('hides it from another organisation through document, documents, node and nodes', async () => {
    expect((await t.gql(DocumentQuery, { id: docA.id }, keyB)).data?.document).toBeNull();
    const list = await t.gql(DocumentsQuery, { first: 100 }, keyB);
    expect(list.data?.documents.totalCount).toBe(0);
    expect(list.data?.documents.edges).toEqual([]);
    expect((await t.gql(NodeQuery, { id: docA.id }, keyB)).data?.node).toBeNull();
    expect((await t.gql(NodesQuery, { ids: [docA.id] }, keyB)).data?.nodes).toEqual([null]);
    // Filters cannot widen the scope either.
    const filtered = await t.gql(DocumentsQuery, { first: 10, filter: { filename: 'a-secret.pdf' } }, keyB);
    expect(filtered.data?.documents.totalCount).toBe(0);
  });

  it('answers another organisation\'s download and delete with not found, never forbidden', async () => {
    const dl = await t.app.fetch(`http://docsift.test/documents/${docA.documentId}/download`, { headers: { 'x-api-key': keyB } });
    expect(dl.status).toBe(404);
    const del = await t.gql(DeleteDocument, { id: docA.id }, keyB);
    expect(del.data?.deleteDocument).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    expect((await t.gql(DocumentQuery, { id: docA.id }, keyA)).data?.document?.filename).toBe('a-secret.pdf');
  });

  it('downloads the original bytes as an attachment with the original filename', async () => {
    const dl = await t.app.fetch(`http://docsift.test/documents/${docA.documentId}/download`, { headers: { authorization: `Bearer ${keyA}` } });
    expect(dl.status).toBe(200);
    expect(dl.headers.get('content-type')).toBe('application/pdf');
    expect(dl.headers.get('content-disposition')).toContain('attachment; filename="a-secret.pdf"');
    expect(Buffer.from(await dl.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('rejects a missing or invalid key with UNAUTHENTICATED', async () => {
    for (const key of [null, 'dsk_nope_nope', 'garbage']) {
      const res = await t.gql(ViewerQuery, {}, key);
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const dl = await t.app.fetch(`http://docsift.test/documents/${docA.documentId}/download`);
    expect(dl.status).toBe(401);
  });

  it('rejects an operation outside the key\'s scopes with FORBIDDEN', async () => {
    const org = await t.org();
    const readOnly = await org.key(['documents:read']);
    const res = await t.gql(UploadBase64, { filename: 'x.pdf', base64: (await makePdf()).toString('base64') }, readOnly);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const list = await t.gql(DocumentsQuery, { first: 1 }, readOnly);
    expect(list.errors).toBeUndefined();
    const noRead = await org.key(['extractions:read']);
    expect((await t.gql(DocumentsQuery, { first: 1 }, noRead)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('rejects a revoked key on the very next request', async () => {
    const org = await t.org();
    const admin = await org.key(['admin']);
    const victim = await org.key(['documents:read']);
    const viewer = await t.gql(ViewerQuery, {}, victim);
    expect(viewer.data?.viewer.scopes).toEqual(['DOCUMENTS_READ']);
    const row = await t.services.db.apiKey.findFirstOrThrow({ where: { prefix: viewer.data!.viewer.key.prefix } });
    expect(row.lastUsedAt).not.toBeNull();
    const revoked = await t.gql(RevokeKey, { id: encodeGlobalID('ApiKey', row.id) }, admin);
    expect(revoked.data?.revokeApiKey.__typename).toBe('MutationRevokeApiKeySuccess');
    expect((await t.gql(ViewerQuery, {}, victim)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('stores keys hashed, never in plaintext', async () => {
    const org = await t.org();
    const key = await org.key(['documents:read']);
    const rows = await t.services.db.apiKey.findMany({ where: { organizationId: org.organization.id } });
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(key);
    expect(key.startsWith(rows[0].prefix)).toBe(true);
    expect(key.length).toBeGreaterThan(50);
  });

  it('lets a global admin act on another organisation only when it names it', async () => {
    const other = await t.org();
    const otherKey = await other.key(['admin']);
    await t.gql(UploadBase64, { filename: 'other.pdf', base64: (await makePdf()).toString('base64') }, otherKey);
    const home = await t.org();
    const globalKey = await home.key(['admin'], { globalAdmin: true });
    const otherId = encodeGlobalID('Organization', other.organization.id);
    expect((await t.gql(DocumentsQuery, { first: 10 }, globalKey)).data?.documents.totalCount).toBe(0);
    const named = await t.gql(DocumentsQuery, { first: 10, organizationId: otherId }, globalKey);
    expect(named.data?.documents.edges.map((e) => e.node.filename)).toEqual(['other.pdf']);
    // An ordinary admin naming another organisation learns nothing, not even that it exists.
    const plainAdmin = await home.key(['admin']);
    const refused = await t.gql(DocumentsQuery, { first: 10, organizationId: otherId }, plainAdmin);
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
