// A real docsift for tests: real database (a temp SQLite file, or the run's PostgreSQL database), real
// storage in a temp dir, the real HTTP handler. `app.fetch` needs no port; `listen()` starts node:http.
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { print, type ExecutionResult } from 'graphql';
import { inject } from 'vitest';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { loadSettings } from '../../src/config/settings.ts';
import { createApiKey } from '../../src/resolvers/api-keys.ts';
import { ensureOrganization, ensureUser } from '../../src/resolvers/organizations.ts';
import type { Scope } from '../../src/resolvers/principal.ts';
import { createServices } from '../../src/services.ts';
import { createApp } from '../../src/server/app.ts';
import { attachWebSockets } from '../../src/server/ws.ts';

export type DatabaseKind = 'sqlite' | 'postgres';

/** The run's fresh PostgreSQL database (global setup), or null when the run is SQLite-only. */
export const postgresUrl = inject('postgresUrl');

/** Databases the suite runs against: SQLite always, PostgreSQL unless the run is SQLite-only. */
export const databases: DatabaseKind[] = postgresUrl ? ['sqlite', 'postgres'] : ['sqlite'];

export async function createTestApp(options: { database?: DatabaseKind; env?: Record<string, string> } = {}) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'docsift-test-'));
  const databaseUrl = options.database === 'postgres' ? postgresUrl! : `file:${path.join(dir, 'test.db')}`;
  const settings = loadSettings({ DOCSIFT_DATA_DIR: dir, DATABASE_URL: databaseUrl, PORT: '0', HOST: '127.0.0.1', ...options.env });
  // A worker unless DOCSIFT_WORKER=false (an API-only node of a scale-out test).
  const services = await createServices(settings, { worker: settings.worker });
  const { app, yoga } = createApp(services);
  let server: Server | null = null;
  let sockets: { close(): Promise<void> } | null = null;

  async function org(slug = `org-${randomUUID().slice(0, 8)}`) {
    const organization = await ensureOrganization(services.db, slug);
    const user = await ensureUser(services.db, organization.id, `${slug}@example.test`, `User of ${slug}`);
    return {
      organization,
      user,
      async key(scopes: Scope[] = ['admin'], extra: { globalAdmin?: boolean } = {}) {
        return (await createApiKey(services.db, { organizationId: organization.id, userId: user.id, scopes, ...extra })).key;
      },
    };
  }

  async function gql<R, V extends Record<string, unknown>>(
    document: TypedDocumentNode<R, V>,
    variables: V,
    key?: string | null,
  ): Promise<ExecutionResult<R> & { status: number }> {
    const response = await app.fetch('http://docsift.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...(key ? { 'x-api-key': key } : {}) },
      body: JSON.stringify({ query: print(document), variables }),
    });
    return { ...((await response.json()) as ExecutionResult<R>), status: response.status };
  }

  return {
    settings,
    services,
    app,
    org,
    gql,
    async listen() {
      server = createServer(app);
      sockets = attachWebSockets(server, yoga as never, services);
      await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    },
    async close() {
      await sockets?.close();
      if (server) {
        server.closeAllConnections();
        await new Promise((resolve) => server!.close(resolve));
      }
      await services.close();
      await rm(dir, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;
