// The operator CLI as users run it: `docsift keys ...` in a child process, against a real database.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSettings } from '../../src/config/settings.ts';
import { createServices } from '../../src/services.ts';
import { createApp } from '../../src/server/app.ts';

const run = promisify(execFile);
let dataDir: string;
const cli = (...args: string[]) =>
  run(process.execPath, ['bin/docsift.mjs', ...args], { env: { ...process.env, DOCSIFT_DATA_DIR: dataDir, DATABASE_URL: '' } });

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'docsift-cli-'));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

async function viewerWith(key: string) {
  const services = await createServices(loadSettings({ DOCSIFT_DATA_DIR: dataDir }));
  try {
    const res = await createApp(services).app.fetch('http://docsift.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key },
      body: JSON.stringify({ query: '{ viewer { scopes organization { slug } } }' }),
    });
    return (await res.json()) as { data?: { viewer: { scopes: string[]; organization: { slug: string } } }; errors?: { extensions: { code: string } }[] };
  } finally {
    await services.close();
  }
}

describe('docsift keys', () => {
  it('creates the organisation and a key, printed alone on the last line, that works; revoke stops it', async () => {
    const { stdout } = await cli('keys', 'create', '--org', 'acme', '--scopes', 'documents:read,extractions:read');
    const key = stdout.trim().split('\n').pop()!;
    expect(key).toMatch(/^dsk_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    const viewer = await viewerWith(key);
    expect(viewer.data?.viewer).toEqual({ scopes: ['DOCUMENTS_READ', 'EXTRACTIONS_READ'], organization: { slug: 'acme' } });

    const listed = JSON.parse((await cli('keys', 'list', '--org', 'acme', '--json')).stdout);
    expect(listed).toHaveLength(1);
    expect(key.startsWith(listed[0].prefix)).toBe(true);
    expect(listed[0].revokedAt).toBeNull();

    await cli('keys', 'revoke', listed[0].prefix);
    expect((await viewerWith(key)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('--admin adds the admin scope; unknown scopes are refused with exit code 2', async () => {
    const { stdout } = await cli('keys', 'create', '--org', 'acme', '--admin', '--scopes', 'documents:read');
    expect((await viewerWith(stdout.trim().split('\n').pop()!)).data?.viewer.scopes).toEqual(['DOCUMENTS_READ', 'ADMIN']);
    await expect(cli('keys', 'create', '--org', 'acme', '--scopes', 'everything')).rejects.toMatchObject({ code: 2 });
  });
});
