import { readdir } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, databases, type TestApp } from '../support/app.ts';
import { makePdf, makePng } from '../support/files.ts';
import { DocumentQuery, UploadBase64, UploadFiles } from './operations.ts';
import { waitFor } from '../support/wait.ts';

/** A GraphQL multipart request (the spec's operations + map + files), sent over real HTTP. */
async function upload(url: string, key: string, files: { name: string; bytes: Buffer }[]) {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query: print(UploadFiles), variables: { files: files.map(() => null) } }));
  form.append('map', JSON.stringify(Object.fromEntries(files.map((_, i) => [String(i), [`variables.files.${i}`]]))));
  files.forEach((f, i) => form.append(String(i), new Blob([new Uint8Array(f.bytes)]), f.name));
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'x-api-key': key, 'graphql-require-preflight': '1' }, body: form });
  return (await res.json()) as { data?: { uploadDocuments: any }; errors?: any[] };
}

async function storedFiles(t: TestApp) {
  const walk = async (dir: string): Promise<string[]> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)])));
    return nested.flat();
  };
  return walk(t.settings.storageDir);
}

describe.each(databases)('streamed uploads on %s', (database) => {
  let t: TestApp;
  let url: string;
  let key: string;
  let orgId: string;

  beforeAll(async () => {
    t = await createTestApp({ database, env: { DOCSIFT_MAX_FILE_BYTES: String(512 * 1024) } });
    url = await t.listen();
    const org = await t.org();
    orgId = org.organization.id;
    key = await org.key(['documents:read', 'documents:write']);
  });
  afterAll(() => t.close());

  const count = () => t.services.db.document.count({ where: { organizationId: orgId } });

  it('stores 100 files from one request, each sniffed from its bytes', async () => {
    const pdf = await makePdf();
    const files = Array.from({ length: 100 }, (_, i) => ({ name: `doc-${i}.pdf`, bytes: Buffer.concat([pdf, Buffer.from(`\n%${i}\n`)]) }));
    const res = await upload(url, key, files);
    expect(res.data?.uploadDocuments.__typename).toBe('MutationUploadDocumentsSuccess');
    const docs = res.data!.uploadDocuments.data;
    expect(docs).toHaveLength(100);
    expect(docs.map((d: any) => d.filename)).toEqual(files.map((f) => f.name));
    expect(new Set(docs.map((d: any) => d.sha256)).size).toBe(100);
    expect(docs.every((d: any) => d.mimeType === 'application/pdf' && d.extractable)).toBe(true);
    expect(await count()).toBe(100);
  });

  it('counts pages once the upload has answered', async () => {
    const res = await t.gql(UploadBase64, { filename: 'three.pdf', base64: (await makePdf('page', 3)).toString('base64') }, key);
    if (res.data?.uploadDocumentBase64.__typename !== 'MutationUploadDocumentBase64Success') throw new Error(JSON.stringify(res));
    const id = res.data.uploadDocumentBase64.data.id;
    const doc = await waitFor(async () => (await t.gql(DocumentQuery, { id }, key)).data?.document?.pageCount, 10_000, 'page count');
    expect(doc).toBe(3);
  });

  it('trusts the bytes, not the extension', async () => {
    const res = await upload(url, key, [{ name: 'looks-like.pdf', bytes: await makePng() }]);
    expect(res.data?.uploadDocuments.data[0]).toMatchObject({ filename: 'looks-like.pdf', mimeType: 'image/png', extractable: true });
  });

  it('rejects an oversized file and keeps nothing of the request', async () => {
    const before = await count();
    const filesBefore = (await storedFiles(t)).length;
    const res = await upload(url, key, [
      { name: 'fine.pdf', bytes: await makePdf('fine, but in a failing request') },
      { name: 'huge.pdf', bytes: Buffer.concat([await makePdf(), Buffer.alloc(600 * 1024, 1)]) },
    ]);
    expect(res.data?.uploadDocuments).toMatchObject({ __typename: 'FileTooLargeError', filename: 'huge.pdf', limitBytes: 512 * 1024 });
    expect(await count()).toBe(before);
    expect((await storedFiles(t)).length).toBe(filesBefore);
  });

  it('rejects more files than the per-request limit, storing none', async () => {
    const limited = await createTestApp({ database, env: { DOCSIFT_MAX_FILES_PER_REQUEST: '3' } });
    try {
      const org = await limited.org();
      const res = await upload(await limited.listen(), await org.key(['documents:write']), Array.from({ length: 4 }, (_, i) => ({ name: `f${i}.png`, bytes: Buffer.alloc(0) })));
      expect(res.data?.uploadDocuments).toMatchObject({ __typename: 'TooManyFilesError', limit: 3 });
      expect(await limited.services.db.document.count({ where: { organizationId: org.organization.id } })).toBe(0);
    } finally {
      await limited.close();
    }
  });

  it('rejects a zero-byte file', async () => {
    const before = await count();
    const res = await upload(url, key, [{ name: 'empty.pdf', bytes: Buffer.alloc(0) }]);
    expect(res.data?.uploadDocuments).toMatchObject({ __typename: 'EmptyFileError', filename: 'empty.pdf' });
    expect(await count()).toBe(before);
  });

  it('rejects a type it cannot extract unless storing them is allowed', async () => {
    const res = await upload(url, key, [{ name: 'notes.pdf', bytes: Buffer.from('just some text, not a PDF at all') }]);
    expect(res.data?.uploadDocuments).toMatchObject({ __typename: 'UnsupportedFileError', filename: 'notes.pdf', mimeType: 'application/octet-stream' });
  });

  it('leaves nothing behind when the request is cut off mid-stream', async () => {
    const before = await count();
    const filesBefore = (await storedFiles(t)).length;
    const boundary = '----docsiftcut';
    const head = [
      `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${JSON.stringify({ query: print(UploadFiles), variables: { files: [null, null] } })}\r\n`,
      `--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n${JSON.stringify({ 0: ['variables.files.0'], 1: ['variables.files.1'] })}\r\n`,
      `--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="whole.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    ].join('');
    const pdf = await makePdf('complete file');
    const second = `\r\n--${boundary}\r\nContent-Disposition: form-data; name="1"; filename="cut.pdf"\r\nContent-Type: application/pdf\r\n\r\n`;
    await new Promise<void>((resolve) => {
      const req = httpRequest(`${url}/graphql`, {
        method: 'POST',
        headers: { 'x-api-key': key, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(10 * 1024 * 1024) },
      });
      req.on('error', () => resolve());
      req.on('response', (r) => {
        r.resume();
        r.on('end', resolve);
      });
      req.write(head);
      req.write(pdf);
      req.write(second);
      req.write(Buffer.alloc(100 * 1024, 7));
      setTimeout(() => req.destroy(), 300);
    });
    // The server notices the broken stream asynchronously.
    for (let i = 0; i < 50 && ((await storedFiles(t)).length !== filesBefore || (await count()) !== before); i++) await new Promise((r) => setTimeout(r, 100));
    expect(await count()).toBe(before);
    expect((await storedFiles(t)).length).toBe(filesBefore);
  });
});
