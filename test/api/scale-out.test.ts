// Scale-out mode over real connections: two API nodes (real servers on ports, no worker of their own) and
// `docsift worker` child processes sharing a fresh PostgreSQL database, one storage directory and a real
// Redis (a key/channel prefix of this file's own). Jobs can only be processed by the workers, and events
// can only cross nodes through Redis: with the in-memory bus or queue every test here fails.
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSettings } from '../../src/config/settings.ts';
import { createServices } from '../../src/services.ts';
import { graphql } from '../gql/index.ts';
import { createTestApp, postgresUrl, type TestApp } from '../support/app.ts';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai-server.ts';
import { makeInvoice } from '../support/invoice.ts';
import { createTestDatabase } from '../support/postgres.ts';
import { collect, gqlAt, REDIS_URL, redisNamespace, runCli, spawnWorker, wsClient, type WorkerProcess } from '../support/scale-out.ts';
import { waitFor } from '../support/wait.ts';
import { ExtractDocument, RevokeKey, SubmitReview, UploadBase64 } from './operations.ts';

const Events = graphql(`
  subscription ScaleOutEvents($filter: ExtractionEventFilter) {
    extractionEvents(filter: $filter) { kind status at extraction { id status } }
  }
`);

const CreateEndpoint = graphql(`
  mutation ScaleOutCreateEndpoint($url: String!, $events: [WebhookEvent!]!) {
    createWebhookEndpoint(url: $url, events: $events) { __typename }
  }
`);

const SCHEMA = { named_entities: { invoice_number: { type: 'string' }, total_amount: { type: 'number' } }, required: ['invoice_number', 'total_amount'] };
const RATE_LIMIT = 6;
/** Short, so a killed worker's job comes back within a few seconds. */
const LEASE_MS = 1500;
/** Time for a subscription to be listening (graphql-ws acknowledges connections, not subscriptions). */
const settle = () => new Promise((r) => setTimeout(r, 1000));

describe('scale-out settings', () => {
  it('refuses Redis with SQLite: nodes cannot share a SQLite file', () => {
    expect(() => loadSettings({ DOCSIFT_REDIS_URL: REDIS_URL, DATABASE_URL: 'file:/tmp/x.db' })).toThrow(/DOCSIFT_REDIS_URL: scale-out mode needs a PostgreSQL DATABASE_URL/);
  });
});

// Scale-out needs PostgreSQL: a SQLite-only run (DOCSIFT_TEST_SQLITE_ONLY=1) has none to share.
if (postgresUrl) {
  describe('two API nodes and separate workers over PostgreSQL + Redis', () => {
    let a: TestApp;
    let b: TestApp;
    let urlA: string;
    let urlB: string;
    let fake: FakeOpenAI;
    let dir: string;
    let drop: () => Promise<void>;
    const workers: WorkerProcess[] = [];
    const extraWorkers: { close(): Promise<void> }[] = [];
    const clients: Client[] = [];
    const namespace = redisNamespace();
    let shared: Record<string, string>;

    beforeAll(async () => {
      dir = await mkdtemp(path.join(os.tmpdir(), 'docsift-scale-out-'));
      const scratch = await createTestDatabase();
      drop = scratch.drop;
      fake = await startFakeOpenAI();
      shared = {
        DATABASE_URL: scratch.url,
        DOCSIFT_DATA_DIR: dir,
        DOCSIFT_REDIS_URL: REDIS_URL,
        DOCSIFT_REDIS_PREFIX: namespace.prefix,
        DOCSIFT_RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
        // Long: a revocation must reach the other node through the bus, not through this recheck.
        DOCSIFT_KEY_RECHECK_MS: '600000',
      };
      const api = { ...shared, DOCSIFT_WORKER: 'false' };
      a = await createTestApp({ database: 'postgres', env: api });
      b = await createTestApp({ database: 'postgres', env: api });
      [urlA, urlB] = [await a.listen(), await b.listen()];
      workers.push(await spawnWorker(workerEnv()));
    });

    afterAll(async () => {
      await Promise.all(clients.map((c) => c.dispose()));
      await Promise.all([...workers.map((w) => w.stop()), ...extraWorkers.map((w) => w.close())]);
      await a?.close();
      await b?.close();
      await fake?.close();
      await drop?.();
      await namespace.drop();
      await rm(dir, { recursive: true, force: true });
    });

    function workerEnv(): Record<string, string> {
      return {
        ...shared,
        DOCSIFT_MODEL_BASE_URL: fake.url,
        DOCSIFT_MODEL: 'fake-model',
        DOCSIFT_LEASE_MS: String(LEASE_MS),
        DOCSIFT_QUEUE_CONCURRENCY: '1',
        DOCSIFT_OCR_WORKERS: '1',
        // Long: a webhook delivery written on an API node must wake the workers through the bus.
        DOCSIFT_WEBHOOK_POLL_MS: '600000',
      };
    }

    /** A second worker in this process: its own services, the same database, storage and Redis. */
    async function inProcessWorker() {
      const services = await createServices(loadSettings(workerEnv()), { worker: true });
      extraWorkers.push(services);
      return services;
    }

    /** A graphql-ws connection to a node, disposed after the suite. */
    function ws(base: string, key: string) {
      const connection = wsClient(base, key);
      clients.push(connection.client);
      return connection;
    }

    async function upload(base: string, key: string, number = 'INV-2024-001') {
      const res = await gqlAt(base, UploadBase64, { filename: `${number}.pdf`, base64: (await makeInvoice({ number })).toString('base64') }, key);
      if (res.data?.uploadDocumentBase64.__typename !== 'MutationUploadDocumentBase64Success') throw new Error(JSON.stringify(res));
      return res.data.uploadDocumentBase64.data.id;
    }

    async function extract(base: string, key: string, documentId: string) {
      const res = await gqlAt(base, ExtractDocument, { documentId, input: { schema: SCHEMA } }, key);
      if (res.data?.extractDocument.__typename !== 'MutationExtractDocumentSuccess') throw new Error(JSON.stringify(res));
      return res.data.extractDocument.data.id;
    }

    async function bullmqJobState(extractionId: string) {
      const connection = new Redis(REDIS_URL);
      const jobs = new Queue('extractions', { connection, prefix: namespace.prefix });
      try {
        return await jobs.getJobState(extractionId);
      } finally {
        await jobs.close();
        connection.disconnect();
      }
    }

    const rowOf = (globalId: string) => a.services.db.extraction.findUniqueOrThrow({ where: { id: decodeGlobalID(globalId).id } });

    it('a subscriber on node B sees PENDING → PROCESSING → COMPLETED of an extraction started on node A and run by the worker', async () => {
      const key = await (await a.org()).key(['admin']);
      const doc = await upload(urlA, key);
      const sub = collect<any>(ws(urlB, key).client, Events, { filter: { documentId: doc } });
      await settle();
      const id = await extract(urlA, key, doc);
      await waitFor(async () => sub.events.some((e) => e.data.extractionEvents.kind === 'COMPLETED'), 20_000, 'COMPLETED on node B');
      expect(sub.events.slice(0, 3).map((e) => [e.data.extractionEvents.kind, e.data.extractionEvents.status])).toEqual([
        ['CREATED', 'PENDING'],
        ['STATUS_CHANGED', 'PROCESSING'],
        ['COMPLETED', 'COMPLETED'],
      ]);
      expect(sub.events[2].data.extractionEvents.extraction).toMatchObject({ id, status: 'COMPLETED' });
      // Neither API node runs a worker: the model was called by the worker process.
      expect(fake.requests.length).toBeGreaterThan(0);
      const row = await rowOf(id);
      expect(row).toMatchObject({ status: 'COMPLETED', attempts: 1, results: { invoice_number: 'INV-2024-001' } });
      const latencies = sub.events.map((e) => e.receivedAt - Date.parse(e.data.extractionEvents.at));
      console.log(`scale-out: publish → node B subscriber latency per event (ms): ${latencies.join(', ')}`);
    });

    it('a webhook for a review made on API node A is delivered by a worker at once (not at its poll)', async () => {
      const received: string[] = [];
      const receiver = createServer((req, res) => {
        let body = '';
        req.on('data', (c) => (body += c));
        req.on('end', () => {
          received.push(JSON.parse(body).event);
          res.end('ok');
        });
      });
      await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
      try {
        const key = await (await a.org()).key(['admin']);
        const url = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/hook`;
        expect((await gqlAt(urlA, CreateEndpoint, { url, events: ['EXTRACTION_REVIEWED'] }, key)).data?.createWebhookEndpoint.__typename).toBe('MutationCreateWebhookEndpointSuccess');
        const id = await extract(urlA, key, await upload(urlA, key, 'INV-2024-077'));
        await waitFor(async () => (await rowOf(id)).status === 'COMPLETED', 30_000, 'the extraction');
        const review = await gqlAt(urlA, SubmitReview, { extractionId: id, corrections: [{ path: 'total_amount', value: 1250 }] }, key);
        expect(review.data?.submitReview, JSON.stringify(review)).toMatchObject({ __typename: 'MutationSubmitReviewSuccess' });
        await waitFor(async () => received.length > 0, 20_000, 'the webhook');
        expect(received).toEqual(['extraction.reviewed']);
      } finally {
        receiver.close();
      }
    });

    it('a key revoked on node A closes its subscription on node B at once (not at the recheck)', async () => {
      const org = await a.org();
      const admin = await org.key(['admin']);
      const victim = await org.key(['extractions:read']);
      const { client, closes } = ws(urlB, victim);
      const sub = collect<any>(client, Events, {});
      await settle();
      const row = await a.services.db.apiKey.findFirstOrThrow({ where: { organizationId: org.organization.id, scopes: 'extractions:read' } });
      const revoked = Date.now();
      const res = await gqlAt(urlA, RevokeKey, { id: encodeGlobalID('ApiKey', row.id) }, admin);
      expect(res.data?.revokeApiKey.__typename).toBe('MutationRevokeApiKeySuccess');
      await waitFor(async () => closes.length > 0 && sub.done, 3000, 'close on node B');
      expect(closes[0]).toBe(4403);
      console.log(`scale-out: revocation on node A → socket closed on node B in ${Date.now() - revoked} ms`);
    });

    it('`docsift keys revoke` closes the key’s subscription on node B at once', async () => {
      const org = await a.org();
      const victim = await org.key(['extractions:read']);
      const { client, closes } = ws(urlB, victim);
      const sub = collect<any>(client, Events, {});
      await settle();
      const { prefix } = await a.services.db.apiKey.findFirstOrThrow({ where: { organizationId: org.organization.id } });
      await runCli(['keys', 'revoke', prefix], shared);
      await waitFor(async () => closes.length > 0 && sub.done, 3000, 'close on node B');
      expect(closes[0]).toBe(4403);
    });

    it('the REST rate limit counts one key’s requests on both nodes together', async () => {
      const key = await (await a.org()).key(['extractions:read']);
      const list = (base: string) => fetch(`${base}/documind/api/v1/data/extractions`, { headers: { 'X-API-Key': key } });
      const statuses: number[] = [];
      for (let i = 0; i < RATE_LIMIT; i++) statuses.push((await list(i % 2 ? urlB : urlA)).status);
      expect(statuses).toEqual(Array(RATE_LIMIT).fill(200));
      // Each node saw only half the limit; together the key has used it all.
      for (const base of [urlA, urlB]) {
        const over = await list(base);
        expect(over.status).toBe(429);
        expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
      }
    });

    it('two workers share N jobs, each processed exactly once', async () => {
      await inProcessWorker();
      const key = await (await a.org()).key(['admin']);
      const docs = await Promise.all(Array.from({ length: 6 }, (_, i) => upload(i % 2 ? urlB : urlA, key, `INV-${i + 1}`)));
      const sub = collect<any>(ws(urlB, key).client, Events, { filter: { kinds: ['STATUS_CHANGED', 'COMPLETED'] } });
      await settle();
      // Each model call takes a while, so two one-at-a-time workers must overlap to drain the queue.
      fake.slowNext(300, docs.length);
      const ids = await Promise.all(docs.map((d, i) => extract(i % 2 ? urlB : urlA, key, d)));
      await waitFor(async () => sub.events.filter((e) => e.data.extractionEvents.kind === 'COMPLETED').length === ids.length, 30_000, 'every job completed');
      let running = 0;
      let most = 0;
      for (const e of sub.events) {
        running += e.data.extractionEvents.kind === 'STATUS_CHANGED' ? 1 : -1;
        most = Math.max(most, running);
      }
      expect(most).toBe(2); // both workers (one job at a time each) were busy at once
      const started = sub.events.filter((e) => e.data.extractionEvents.kind === 'STATUS_CHANGED').map((e) => e.data.extractionEvents.extraction.id);
      expect(started.sort()).toEqual([...ids].sort()); // each started once
      for (const id of ids) expect(await rowOf(id)).toMatchObject({ status: 'COMPLETED', attempts: 1 });
    });

    it('a worker killed mid-job: another worker completes the job', async () => {
      // Only the child worker runs now, so it takes the job.
      await Promise.all(extraWorkers.splice(0).map((w) => w.close()));
      const key = await (await a.org()).key(['admin']);
      const doc = await upload(urlA, key, 'INV-KILLED');
      const sent = fake.requests.length;
      fake.slowNext(60_000, 1);
      const id = await extract(urlA, key, doc);
      await waitFor(async () => fake.requests.length > sent, 15_000, 'the worker calling the model');
      const [victim] = workers.splice(0);
      victim.child.kill('SIGKILL');
      await victim.stop();
      expect(await rowOf(id)).toMatchObject({ status: 'PROCESSING', attempts: 1 });
      // BullMQ carries the job: the dead worker's job is still active there, its lock about to lapse.
      expect(await bullmqJobState(decodeGlobalID(id).id)).toBe('active');
      const killed = Date.now();
      workers.push(await spawnWorker(workerEnv()));
      const done = await waitFor(async () => {
        const row = await rowOf(id);
        return row.status === 'COMPLETED' ? row : null;
      }, 20_000, 'the job completed by the other worker');
      expect(done).toMatchObject({ attempts: 2, results: { invoice_number: 'INV-KILLED' } });
      console.log(`scale-out: killed worker → job completed by another in ${Date.now() - killed} ms (lease ${LEASE_MS} ms)`);
    });
  });
}
