// Webhooks end to end: real events (an extraction completing and needing review, a review, a batch with a
// bad file) are delivered to a real HTTP receiver on loopback, which verifies every signature, answers
// 500 (or nothing) at first and 200 later, and dedupes on X-Docsift-Delivery. Each database gets its own
// fresh store, so no other test's worker claims these deliveries.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { databases, type TestApp } from '../support/app.ts';
import { makeInvoice } from '../support/invoice.ts';
import { isolatedApp } from '../support/isolated.ts';
import { waitFor } from '../support/wait.ts';
import { ExtractDocument, ExtractionQuery, NodeQuery, SubmitReview, UploadBase64 } from './operations.ts';

const CreateEndpoint = graphql(`
  mutation CreateWebhookEndpoint($url: String!, $events: [WebhookEvent!]!, $description: String) {
    createWebhookEndpoint(url: $url, events: $events, description: $description) {
      __typename
      ... on MutationCreateWebhookEndpointSuccess { data { secret endpoint { id url events active secretHint } } }
      ... on Error { message code }
      ... on ValidationError { path }
    }
  }
`);
const RotateSecret = graphql(`
  mutation RotateWebhookSecret($id: ID!) {
    rotateWebhookSecret(id: $id) {
      __typename
      ... on MutationRotateWebhookSecretSuccess { data { secret endpoint { id secretHint } } }
      ... on Error { message code }
    }
  }
`);
const Redeliver = graphql(`
  mutation RedeliverWebhook($id: ID!) {
    redeliverWebhook(id: $id) {
      __typename
      ... on MutationRedeliverWebhookSuccess { data { id deliveryId status attempts } }
      ... on Error { message code }
    }
  }
`);
const UpdateEndpoint = graphql(`
  mutation UpdateWebhookEndpoint($id: ID!, $url: String, $active: Boolean, $events: [WebhookEvent!]) {
    updateWebhookEndpoint(id: $id, url: $url, active: $active, events: $events) {
      __typename
      ... on MutationUpdateWebhookEndpointSuccess { data { id url active events } }
      ... on Error { message code }
      ... on ValidationError { path }
    }
  }
`);
const DeleteEndpoint = graphql(`
  mutation DeleteWebhookEndpoint($id: ID!) {
    deleteWebhookEndpoint(id: $id) { __typename ... on MutationDeleteWebhookEndpointSuccess { data { id } } ... on Error { message code } }
  }
`);
const Endpoints = graphql(`
  query WebhookEndpoints {
    webhookEndpoints(first: 20) {
      totalCount
      edges { node { id url secretHint deliveries(first: 50) { totalCount edges { node { deliveryId event status } } } } }
    }
  }
`);
const Deliveries = graphql(`
  query WebhookDeliveries($endpointId: ID, $status: WebhookDeliveryStatus, $event: WebhookEvent) {
    webhookDeliveries(first: 100, endpointId: $endpointId, status: $status, event: $event) {
      totalCount
      edges { node { id deliveryId event payload status attempts nextAttemptAt lastStatusCode lastError deliveredAt endpoint { url } } }
    }
  }
`);

interface Received {
  path: string;
  deliveryId: string;
  event: string;
  signature: string;
  raw: string;
  body: { id: string; event: string; created_at: string; data: Record<string, unknown> };
  verified: boolean;
}

/** What a receiver does with X-Docsift-Signature: recompute the HMAC over "<t>.<raw body>", reject stale t. */
function verify(secret: string, header: string, raw: string, toleranceS = 300) {
  const parts = Object.fromEntries(header.split(',').map((kv) => kv.split('=') as [string, string]));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || Math.abs(Date.now() / 1000 - t) > toleranceS || !parts.v1) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${raw}`).digest();
  const given = Buffer.from(parts.v1, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * A webhook consumer. /hooks answers 500 twice per delivery, then 200; /slow lets the first attempt of
 * each delivery time out; /down always answers 503. Events are processed once per X-Docsift-Delivery.
 */
function startReceiver() {
  const secrets = new Map<string, string>();
  const received: Received[] = [];
  const processed = new Map<string, Received>();
  let duplicates = 0;
  const seen = new Map<string, number>();
  const server: Server = createServer(async (req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const path = req.url ?? '/';
    const deliveryId = String(req.headers['x-docsift-delivery']);
    const signature = String(req.headers['x-docsift-signature']);
    const r: Received = { path, deliveryId, event: String(req.headers['x-docsift-event']), signature, raw, body: JSON.parse(raw), verified: verify(secrets.get(path) ?? '', signature, raw) };
    received.push(r);
    const n = (seen.get(`${path} ${deliveryId}`) ?? 0) + 1;
    seen.set(`${path} ${deliveryId}`, n);
    if (!r.verified) return void res.writeHead(400).end('bad signature');
    if (path === '/down') return void res.writeHead(503).end('maintenance');
    if (path === '/hooks' && n <= 2) return void res.writeHead(500).end('try again');
    if (path === '/slow' && n === 1) return; // never answered: the attempt times out
    const key = `${path} ${deliveryId}`;
    if (processed.has(key)) duplicates++;
    else processed.set(key, r);
    res.writeHead(200).end('ok');
  });
  return {
    secrets,
    received,
    processed,
    duplicates: () => duplicates,
    async listen() {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    },
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

describe.each(databases)('webhooks on %s', (database) => {
  let t: TestApp;
  let drop: () => Promise<void>;
  let url: string;
  let key: string;
  let otherKey: string;
  const receiver = startReceiver();
  let base: string;
  const endpoints: Record<string, { id: string; secret: string }> = {};

  const deliveries = async (variables: { endpointId?: string; status?: 'PENDING' | 'DELIVERED' | 'FAILED'; event?: any } = {}, as = key) => {
    const res = await t.gql(Deliveries, variables, as);
    if (!res.data) throw new Error(JSON.stringify(res));
    return res.data.webhookDeliveries;
  };
  const settled = (endpointId: string, count: number) =>
    waitFor(async () => {
      const log = await deliveries({ endpointId });
      return log.edges.length >= count && log.edges.every((e) => e.node.status !== 'PENDING') ? log.edges.map((e) => e.node) : null;
    }, 60_000, `${count} settled deliveries`);

  beforeAll(async () => {
    ({ t, drop } = await isolatedApp(database, { DOCSIFT_WEBHOOK_RETRY_BASE_MS: '50', DOCSIFT_WEBHOOK_TIMEOUT_MS: '1500', DOCSIFT_WEBHOOK_MAX_ATTEMPTS: '4' }));
    url = await t.listen();
    key = await (await t.org()).key(['admin']);
    otherKey = await (await t.org()).key(['admin']);
    base = await receiver.listen();
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
    await drop();
  });

  it('rejects bad URLs and empty subscriptions with typed errors', async () => {
    for (const bad of ['ftp://example.test/hook', 'not a url', 'javascript:alert(1)', 'http://user:pw@example.test/']) {
      const res = await t.gql(CreateEndpoint, { url: bad, events: ['EXTRACTION_COMPLETED'] }, key);
      expect(res.data?.createWebhookEndpoint, bad).toMatchObject({ __typename: 'ValidationError', code: 'BAD_USER_INPUT', path: 'url' });
    }
    const none = await t.gql(CreateEndpoint, { url: `${base}/hooks`, events: [] }, key);
    expect(none.data?.createWebhookEndpoint).toMatchObject({ __typename: 'ValidationError', path: 'events' });
    expect((await t.gql(Endpoints, {}, key)).data!.webhookEndpoints.totalCount).toBe(0);
  });

  it('creates endpoints, showing the secret once', async () => {
    const all = ['EXTRACTION_COMPLETED', 'EXTRACTION_FAILED', 'EXTRACTION_NEEDS_REVIEW', 'EXTRACTION_REVIEWED', 'BATCH_PROCESSED'] as const;
    for (const [path, events] of [['/hooks', all], ['/slow', ['EXTRACTION_COMPLETED']], ['/down', ['EXTRACTION_COMPLETED']]] as const) {
      const res = await t.gql(CreateEndpoint, { url: `${base}${path}`, events: [...events], description: path }, key);
      const r = res.data?.createWebhookEndpoint;
      if (r?.__typename !== 'MutationCreateWebhookEndpointSuccess') throw new Error(JSON.stringify(res));
      expect(r.data.secret).toMatch(/^whsec_[\w-]{40,}$/);
      expect(r.data.endpoint).toMatchObject({ url: `${base}${path}`, events: [...events], active: true });
      expect(r.data.secret.startsWith(r.data.endpoint.secretHint.replace('…', ''))).toBe(true);
      endpoints[path] = { id: r.data.endpoint.id, secret: r.data.secret };
      receiver.secrets.set(path, r.data.secret);
    }
    const listed = await t.gql(Endpoints, {}, key);
    expect(listed.data!.webhookEndpoints.totalCount).toBe(3);
    // Reads never return the secret itself.
    expect(JSON.stringify(listed.data)).not.toContain(endpoints['/hooks'].secret);
  });

  let extractionRawId: string;
  let extractionId: string;

  it('delivers extraction.completed and extraction.needs_review, retrying after 500s with the same delivery id', async () => {
    const up = await t.gql(UploadBase64, { filename: 'invoice.pdf', base64: (await makeInvoice()).toString('base64') }, key);
    if (up.data?.uploadDocumentBase64.__typename !== 'MutationUploadDocumentBase64Success') throw new Error(JSON.stringify(up));
    // A threshold of 100 flags every required field: the extraction completes and needs review.
    const ex = await t.gql(ExtractDocument, { documentId: up.data.uploadDocumentBase64.data.id, input: { template: 'invoice', reviewThreshold: 100 } }, key);
    if (ex.data?.extractDocument.__typename !== 'MutationExtractDocumentSuccess') throw new Error(JSON.stringify(ex));
    extractionId = ex.data.extractDocument.data.id;
    const done = await waitFor(async () => {
      const e = (await t.gql(ExtractionQuery, { id: extractionId }, key)).data?.extraction;
      return e && e.status !== 'PENDING' && e.status !== 'PROCESSING' ? e : null;
    }, 60_000, 'extraction');
    expect(done).toMatchObject({ status: 'COMPLETED', needsReview: true });
    extractionRawId = Buffer.from(extractionId, 'base64').toString().split(':')[1];

    const log = await settled(endpoints['/hooks'].id, 2);
    expect(log.map((d) => d.event).sort()).toEqual(['EXTRACTION_COMPLETED', 'EXTRACTION_NEEDS_REVIEW']);
    for (const d of log) {
      // Two 500s, then 200: three attempts, one delivery id throughout.
      expect(d).toMatchObject({ status: 'DELIVERED', attempts: 3, lastStatusCode: 200, nextAttemptAt: null, endpoint: { url: `${base}/hooks` } });
      expect(d.lastError).toMatch(/^HTTP 500: try again/);
      expect(d.payload).toMatchObject({ extraction_id: extractionRawId, status: 'COMPLETED', needs_review: true, is_reviewed: false });
      const requests = receiver.received.filter((r) => r.path === '/hooks' && r.deliveryId === d.deliveryId);
      expect(requests).toHaveLength(3);
      for (const r of requests) {
        expect(r.verified).toBe(true);
        expect(r.body).toMatchObject({ id: d.deliveryId, event: r.event, data: d.payload });
        expect(r.event).toBe(d.event.toLowerCase().replace('_', '.'));
      }
      // Processed exactly once although sent three times.
      expect([...receiver.processed.keys()].filter((k) => k === `/hooks ${d.deliveryId}`)).toHaveLength(1);
    }
    // The signature binds the body: the same header over a changed body does not verify.
    const sample = receiver.received.find((r) => r.path === '/hooks')!;
    expect(verify(endpoints['/hooks'].secret, sample.signature, sample.raw)).toBe(true);
    expect(verify(endpoints['/hooks'].secret, sample.signature, sample.raw.replace('"COMPLETED"', '"FAILED"'))).toBe(false);
    expect(verify('whsec_wrong', sample.signature, sample.raw)).toBe(false);
  });

  it('retries an attempt that times out', async () => {
    const [d] = await settled(endpoints['/slow'].id, 1);
    expect(d).toMatchObject({ status: 'DELIVERED', attempts: 2, lastStatusCode: 200, event: 'EXTRACTION_COMPLETED' });
    expect(d.lastError).toMatch(/No answer within 1500 ms/);
    expect(receiver.received.filter((r) => r.path === '/slow').map((r) => r.deliveryId)).toEqual([d.deliveryId, d.deliveryId]);
  });

  it('gives up after the attempt limit and reports why', async () => {
    const [d] = await settled(endpoints['/down'].id, 1);
    expect(d).toMatchObject({ status: 'FAILED', attempts: 4, lastStatusCode: 503, lastError: 'HTTP 503: maintenance', deliveredAt: null });
    expect(receiver.received.filter((r) => r.path === '/down')).toHaveLength(4);
    const failed = await deliveries({ status: 'FAILED' });
    expect(failed.edges.map((e) => e.node.deliveryId)).toEqual([d.deliveryId]);
  });

  it('delivers extraction.reviewed after a review', async () => {
    const review = await t.gql(SubmitReview, { extractionId, corrections: [] }, key);
    expect(review.data?.submitReview.__typename).toBe('MutationSubmitReviewSuccess');
    const log = await settled(endpoints['/hooks'].id, 3);
    const reviewed = log.filter((d) => d.event === 'EXTRACTION_REVIEWED');
    expect(reviewed).toHaveLength(1);
    expect(reviewed[0]).toMatchObject({ status: 'DELIVERED', payload: { extraction_id: extractionRawId, is_reviewed: true } });
  });

  it('delivers extraction.failed for a bad file and batch.processed once when the last file finishes', async () => {
    const form = new FormData();
    const query = 'mutation($f:[Upload!]!,$i:ExtractInput!){createBatch(files:$f,input:$i,name:"hooks"){__typename ... on MutationCreateBatchSuccess{data{batchId}} ... on Error{message}}}';
    form.append('operations', JSON.stringify({ query, variables: { f: [null, null, null], i: { template: 'invoice' } } }));
    form.append('map', JSON.stringify({ 0: ['variables.f.0'], 1: ['variables.f.1'], 2: ['variables.f.2'] }));
    form.append('0', new Blob([new Uint8Array(await makeInvoice())]), 'a.pdf');
    form.append('1', new Blob(['just some text']), 'notes.txt');
    form.append('2', new Blob([new Uint8Array(await makeInvoice({ number: 'INV-2' }))]), 'b.pdf');
    const res = (await (await fetch(`${url}/graphql`, { method: 'POST', headers: { 'x-api-key': key, 'graphql-require-preflight': '1' }, body: form })).json()) as any;
    expect(res.data?.createBatch.__typename, JSON.stringify(res)).toBe('MutationCreateBatchSuccess');
    const batchId = res.data.createBatch.data.batchId;

    const batchLog = await waitFor(async () => {
      const log = await deliveries({ event: 'BATCH_PROCESSED', status: 'DELIVERED' });
      // Edges, not totalCount: the two are separate reads, and the delivery may settle between them.
      return log.edges.length > 0 ? log.edges.map((e) => e.node) : null;
    }, 60_000, 'batch.processed');
    expect(batchLog).toHaveLength(1);
    expect(batchLog[0].payload).toMatchObject({ batch_id: batchId, name: 'hooks', files: 3, completed: 2, failed: 1 });
    const failed = (await deliveries({ event: 'EXTRACTION_FAILED' })).edges.map((e) => e.node);
    expect(failed).toHaveLength(1);
    expect(failed[0].payload).toMatchObject({ batch_id: batchId, status: 'FAILED' });
    // batch.processed is written after the batch's last extraction event.
    const completedInBatch = (await deliveries({ event: 'EXTRACTION_COMPLETED', endpointId: endpoints['/hooks'].id })).edges.filter((e) => (e.node.payload as any).batch_id === batchId);
    expect(completedInBatch).toHaveLength(2);
  });

  it('sent nothing again after a 2xx: every event processed exactly once', async () => {
    await settled(endpoints['/hooks'].id, 7);
    // Every endpoint's deliveries, not only /hooks': a /slow one answered after its timeout was processed
    // by the receiver yet waits for its retry, and only then becomes DELIVERED.
    await waitFor(async () => (await deliveries()).edges.every((e) => e.node.status !== 'PENDING'), 60_000, 'every delivery settled');
    await new Promise((r) => setTimeout(r, 500));
    expect(receiver.duplicates()).toBe(0);
    expect(receiver.received.every((r) => r.verified)).toBe(true);
    const delivered = (await deliveries({ status: 'DELIVERED' })).edges.map((e) => e.node);
    for (const d of delivered) {
      const path = new URL(d.endpoint.url).pathname;
      expect(receiver.processed.get(`${path} ${d.deliveryId}`)?.body.id).toBe(d.deliveryId);
    }
    expect(receiver.processed.size).toBe(delivered.length);
  });

  it('keeps endpoints and deliveries invisible to another organisation', async () => {
    expect((await t.gql(Endpoints, {}, otherKey)).data!.webhookEndpoints.totalCount).toBe(0);
    expect((await deliveries({}, otherKey)).totalCount).toBe(0);
    expect((await deliveries({ endpointId: endpoints['/hooks'].id }, otherKey)).totalCount).toBe(0);
    expect((await t.gql(NodeQuery, { id: endpoints['/hooks'].id }, otherKey)).data!.node).toBeNull();
    const anyDelivery = (await deliveries()).edges[0].node.id;
    expect((await t.gql(NodeQuery, { id: anyDelivery }, otherKey)).data!.node).toBeNull();
    expect((await t.gql(UpdateEndpoint, { id: endpoints['/hooks'].id, active: false }, otherKey)).data!.updateWebhookEndpoint).toMatchObject({ __typename: 'NotFoundError' });
    expect((await t.gql(DeleteEndpoint, { id: endpoints['/hooks'].id }, otherKey)).data!.deleteWebhookEndpoint).toMatchObject({ __typename: 'NotFoundError' });
    // Their own events never reach our endpoints.
    const before = (await deliveries()).totalCount;
    const up = await t.gql(UploadBase64, { filename: 'theirs.pdf', base64: (await makeInvoice()).toString('base64') }, otherKey);
    const ex = await t.gql(ExtractDocument, { documentId: (up.data!.uploadDocumentBase64 as any).data.id, input: { template: 'invoice' } }, otherKey);
    const theirs = (ex.data!.extractDocument as any).data.id;
    await waitFor(async () => ((await t.gql(ExtractionQuery, { id: theirs }, otherKey)).data?.extraction?.status === 'COMPLETED' ? true : null), 60_000, 'their extraction');
    await new Promise((r) => setTimeout(r, 200));
    expect((await deliveries()).totalCount).toBe(before);
  });

  it('redelivers a failed delivery on request, with the same delivery id; never another organisation’s', async () => {
    const [failed] = (await deliveries({ endpointId: endpoints['/down'].id, status: 'FAILED' })).edges.map((e) => e.node);
    const sentBefore = receiver.received.filter((r) => r.deliveryId === failed.deliveryId).length;
    expect((await t.gql(Redeliver, { id: failed.id }, otherKey)).data!.redeliverWebhook).toMatchObject({ __typename: 'NotFoundError' });
    const again = await t.gql(Redeliver, { id: failed.id }, key);
    expect(again.data!.redeliverWebhook).toMatchObject({ data: { deliveryId: failed.deliveryId, status: 'PENDING', attempts: 0 } });
    // /down still answers 503: the attempts start over and run out again.
    const settledAgain = await waitFor(async () => {
      const d = (await deliveries({ endpointId: endpoints['/down'].id })).edges.map((e) => e.node).find((x) => x.id === failed.id)!;
      return d.status === 'FAILED' && d.attempts === 4 ? d : null;
    }, 30_000, 'the redelivery');
    expect(settledAgain.lastStatusCode).toBe(503);
    expect(receiver.received.filter((r) => r.deliveryId === failed.deliveryId)).toHaveLength(sentBefore + 4);
  });

  it('rotates an endpoint’s secret: later attempts are signed with the new one only', async () => {
    const old = endpoints['/hooks'].secret;
    const res = (await t.gql(RotateSecret, { id: endpoints['/hooks'].id }, key)).data!.rotateWebhookSecret;
    if (res.__typename !== 'MutationRotateWebhookSecretSuccess') throw new Error(JSON.stringify(res));
    expect(res.data.secret).toMatch(/^whsec_[\w-]{40,}$/);
    expect(res.data.secret).not.toBe(old);
    expect(res.data.secret.startsWith(res.data.endpoint.secretHint.replace('…', ''))).toBe(true);
    expect((await t.gql(RotateSecret, { id: endpoints['/hooks'].id }, otherKey)).data!.rotateWebhookSecret).toMatchObject({ __typename: 'NotFoundError' });
    receiver.secrets.set('/hooks', res.data.secret);
    const seen = receiver.received.length;
    const review = await t.gql(SubmitReview, { extractionId, corrections: [] }, key);
    expect(review.data?.submitReview.__typename).toBe('MutationSubmitReviewSuccess');
    const sent = await waitFor(async () => receiver.received.slice(seen).find((r) => r.path === '/hooks' && r.event === 'extraction.reviewed') ?? null, 30_000, 'a delivery after the rotation');
    expect(sent.verified).toBe(true);
    expect(verify(old, sent.signature, sent.raw)).toBe(false);
    endpoints['/hooks'].secret = res.data.secret;
  });

  it('updates, deactivates and deletes endpoints; scopes below admin are refused', async () => {
    const bad = await t.gql(UpdateEndpoint, { id: endpoints['/slow'].id, url: 'file:///etc/passwd' }, key);
    expect(bad.data!.updateWebhookEndpoint).toMatchObject({ __typename: 'ValidationError', path: 'url' });
    const off = await t.gql(UpdateEndpoint, { id: endpoints['/hooks'].id, active: false, events: ['BATCH_PROCESSED'] }, key);
    expect(off.data!.updateWebhookEndpoint).toMatchObject({ data: { active: false, events: ['BATCH_PROCESSED'] } });
    const del = await t.gql(DeleteEndpoint, { id: endpoints['/down'].id }, key);
    expect(del.data!.deleteWebhookEndpoint.__typename).toBe('MutationDeleteWebhookEndpointSuccess');
    // Its delivery log goes with it.
    expect((await deliveries({ endpointId: endpoints['/down'].id })).totalCount).toBe(0);
    expect((await t.gql(Endpoints, {}, key)).data!.webhookEndpoints.totalCount).toBe(2);
    const reader = await (await t.org()).key(['extractions:read', 'documents:read']);
    const denied = await t.gql(Endpoints, {}, reader);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
