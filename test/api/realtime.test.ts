// Realtime over a real server port with the real graphql-ws client, plus SSE; and the review workflow.
import { createClient, type Client } from 'graphql-ws';
import { print } from 'graphql';
import WebSocket from 'ws';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { makeInvoice } from '../support/invoice.ts';
import { waitFor } from '../support/wait.ts';
import { ExtractDocument, ExtractionQuery, RevokeKey, ReviewQueue, SetExtractionStatus, SubmitReview, UploadBase64 } from './operations.ts';

const EventsSubscription = graphql(`
  subscription Events($filter: ExtractionEventFilter) {
    extractionEvents(filter: $filter) { kind status extraction { id status results } }
  }
`);
const UpdatedSubscription = graphql(`
  subscription Updated($id: ID!) {
    extractionUpdated(id: $id) { kind status }
  }
`);
const ReviewedSubscription = graphql(`
  subscription Reviewed($extractionId: ID) {
    reviewCompleted(extractionId: $extractionId) { kind extraction { id isReviewed finalResults reviewedResults } }
  }
`);

const SCHEMA = {
  named_entities: { invoice_number: { type: 'string' }, total_amount: { type: 'number' }, status: { type: 'string', enum: ['paid', 'unpaid'] } },
  required: ['invoice_number', 'total_amount'],
};

let t: TestApp;
let url: string;
const clients: Client[] = [];

function ws(key: string | null, onClosed?: (code: number) => void) {
  const client = createClient({
    url: url.replace('http', 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: key ? { 'X-API-Key': key } : {},
    retryAttempts: 0,
    lazy: false,
    // Closes are asserted through `on.closed`; the default handler would print each CloseEvent.
    onNonLazyError: () => {},
    on: { closed: (event) => onClosed?.((event as { code: number }).code) },
  });
  clients.push(client);
  return client;
}

/** Collects a subscription's events; `ready` resolves once the server acknowledged the subscription. */
function collect<T>(client: Client, query: string, variables: Record<string, unknown>) {
  const events: T[] = [];
  let error: unknown = null;
  let done = false;
  const iterator = client.iterate<T>({ query, variables });
  void (async () => {
    try {
      for await (const result of iterator) {
        if (result.errors) error = result.errors;
        if (result.data) events.push(result.data as T);
      }
    } catch (e) {
      error = e;
    } finally {
      done = true;
    }
  })();
  return { events, get error() { return error; }, get done() { return done; }, stop: () => iterator.return?.() };
}

async function upload(key: string) {
  const res = await t.gql(UploadBase64, { filename: 'inv.pdf', base64: (await makeInvoice()).toString('base64') }, key);
  if (res.data?.uploadDocumentBase64.__typename !== 'MutationUploadDocumentBase64Success') throw new Error(JSON.stringify(res));
  return res.data.uploadDocumentBase64.data.id;
}

async function extract(key: string, documentId: string, input: Record<string, unknown>) {
  const res = await t.gql(ExtractDocument, { documentId, input }, key);
  if (res.data?.extractDocument.__typename !== 'MutationExtractDocumentSuccess') throw new Error(JSON.stringify(res));
  return res.data.extractDocument.data.id;
}

// graphql-ws acknowledges a connection, not a subscription: give the server time to start listening
// (300 ms was not always enough with the whole suite and other work on two cores).
const settle = () => new Promise((r) => setTimeout(r, 1000));

beforeAll(async () => {
  t = await createTestApp({ env: { DOCSIFT_KEY_RECHECK_MS: '200' } });
  url = await t.listen();
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await t.close();
});

describe('subscriptions (graphql-ws)', () => {
  it('pushes pending → processing → completed in order, then the result', async () => {
    const key = await (await t.org()).key(['admin']);
    const doc = await upload(key);
    const sub = collect<any>(ws(key), print(EventsSubscription), { filter: { documentId: doc } });
    await settle();
    const id = await extract(key, doc, { schema: SCHEMA, reviewThreshold: 0 });
    await waitFor(async () => sub.events.some((e) => e.extractionEvents.kind === 'COMPLETED'), 20_000, 'completed event');
    const kinds = sub.events.map((e) => [e.extractionEvents.kind, e.extractionEvents.status]);
    expect(kinds.slice(0, 3)).toEqual([['CREATED', 'PENDING'], ['STATUS_CHANGED', 'PROCESSING'], ['COMPLETED', 'COMPLETED']]);
    const completed = sub.events.find((e) => e.extractionEvents.kind === 'COMPLETED')!.extractionEvents.extraction;
    expect(completed).toMatchObject({ id, status: 'COMPLETED', results: { invoice_number: 'INV-2024-001', total_amount: 1250 } });
  });

  it('delivers a review to the review subscriber when another connection submits it', async () => {
    const org = await t.org();
    const key = await org.key(['admin']);
    const doc = await upload(key);
    const id = await extract(key, doc, { schema: SCHEMA, reviewThreshold: 100 });
    const e = await waitFor(async () => {
      const x = (await t.gql(ExtractionQuery, { id }, key)).data?.extraction;
      return x?.status === 'COMPLETED' ? x : null;
    });
    expect(e.needsReview).toBe(true);
    const queue = await t.gql(ReviewQueue, {}, key);
    expect(queue.data?.reviewQueue.edges.map((x) => x.node.id)).toContain(id);
    expect(queue.data?.reviewQueue.edges.find((x) => x.node.id === id)!.node.fields.some((f) => f.flagged && f.box)).toBe(true);

    const sub = collect<any>(ws(key), print(ReviewedSubscription), { extractionId: id });
    await settle();
    const reviewer = await org.key(['reviews:write', 'extractions:read']);
    const review = await t.gql(SubmitReview, { extractionId: id, corrections: [{ path: 'total_amount', value: '1.275,00' }, { path: 'status', value: 'PAID' }], comment: 'checked' }, reviewer);
    expect(review.data?.submitReview.__typename).toBe('MutationSubmitReviewSuccess');
    await waitFor(async () => sub.events.length > 0, 10_000, 'review event');
    expect(sub.events[0].reviewCompleted).toMatchObject({
      kind: 'REVIEWED',
      extraction: { id, isReviewed: true, finalResults: { invoice_number: 'INV-2024-001', total_amount: 1275, status: 'paid' } },
    });
    const after = (await t.gql(ExtractionQuery, { id }, key)).data!.extraction!;
    expect(after.results).toMatchObject({ total_amount: 1250 });
    expect(after.reviews).toEqual([{ changes: [{ path: 'total_amount', from: 1250, to: 1275 }, { path: 'status', from: null, to: 'paid' }], comment: 'checked', reviewer: { email: `${org.organization.slug}@example.test` } }]);
    expect((await t.gql(ReviewQueue, {}, key)).data?.reviewQueue.edges.map((x) => x.node.id)).not.toContain(id);
  });

  it("never gives one organisation's events to another, whatever the arguments", async () => {
    const keyA = await (await t.org()).key(['admin']);
    const keyB = await (await t.org()).key(['admin']);
    const doc = await upload(keyA);
    const earlier = await extract(keyA, doc, { schema: SCHEMA });
    await waitFor(async () => (await t.gql(ExtractionQuery, { id: earlier }, keyA)).data?.extraction?.status === 'COMPLETED');
    const b = ws(keyB);
    const subs = [
      collect<any>(b, print(EventsSubscription), {}),
      collect<any>(b, print(EventsSubscription), { filter: { documentId: doc } }),
      collect<any>(b, print(EventsSubscription), { filter: { status: ['PENDING', 'PROCESSING', 'COMPLETED', 'FAILED'], needsReview: true } }),
      collect<any>(b, print(UpdatedSubscription), { id: earlier }),
      collect<any>(b, print(ReviewedSubscription), {}),
      collect<any>(b, print(ReviewedSubscription), { extractionId: earlier }),
    ];
    const control = collect<any>(ws(keyA), print(EventsSubscription), {});
    await settle();
    const id = await extract(keyA, doc, { schema: SCHEMA, reviewThreshold: 100 });
    await waitFor(async () => (await t.gql(ExtractionQuery, { id }, keyA)).data?.extraction?.status === 'COMPLETED');
    await t.gql(SubmitReview, { extractionId: earlier, corrections: [] }, keyA);
    await t.gql(SetExtractionStatus, { id: earlier, status: 'INCOMPLETE', message: 'x' }, keyA);
    await waitFor(async () => control.events.some((e) => e.extractionEvents.kind === 'MARKED'), 10_000, 'control events');
    await settle();
    expect(control.events.length).toBeGreaterThanOrEqual(5);
    for (const s of subs) expect(s.events).toEqual([]);
  });

  it('closes a connection without a key (4401) or with a bad one (4403)', async () => {
    const codes: number[] = [];
    ws(null, (c) => codes.push(c));
    ws('dsk_000000000000_not-a-real-key', (c) => codes.push(c));
    await waitFor(async () => codes.length === 2, 5000, 'closes');
    expect(codes.sort()).toEqual([4401, 4403]);
  });

  it('closes the subscriptions of a key revoked mid-subscription', async () => {
    const org = await t.org();
    const admin = await org.key(['admin']);
    const victim = await org.key(['extractions:read']);
    const codes: number[] = [];
    const sub = collect<any>(ws(victim, (c) => codes.push(c)), print(EventsSubscription), {});
    await settle();
    const row = await t.services.db.apiKey.findFirstOrThrow({ where: { organizationId: org.organization.id, scopes: 'extractions:read' } });
    await t.gql(RevokeKey, { id: encodeGlobalID('ApiKey', row.id) }, admin);
    await waitFor(async () => codes.length > 0 && sub.done, 5000, 'close after revocation');
    expect(codes[0]).toBe(4403);
  });

  it('closes them at the next recheck (DOCSIFT_KEY_RECHECK_MS) when another node revoked the key', async () => {
    const org = await t.org();
    const victim = await org.key(['extractions:read']);
    const codes: number[] = [];
    const sub = collect<any>(ws(victim, (c) => codes.push(c)), print(EventsSubscription), {});
    await settle();
    // Straight in the database: no event on this process's bus, as when another API node revokes it.
    await t.services.db.apiKey.updateMany({ where: { organizationId: org.organization.id, scopes: 'extractions:read' }, data: { revokedAt: new Date() } });
    await waitFor(async () => codes.length > 0 && sub.done, 5000, 'close at the recheck');
    expect(codes[0]).toBe(4403);
  });
});

describe('identical subscriptions (one execution per event, shared within a key)', () => {
  it('keep delivering to the others when one sharer completes', async () => {
    const org = await t.org();
    const key = await org.key(['admin']);
    const doc = await upload(key);
    const a = collect<any>(ws(key), print(EventsSubscription), { filter: { documentId: doc } });
    const b = collect<any>(ws(key), print(EventsSubscription), { filter: { documentId: doc } });
    await settle();
    const first = await extract(key, doc, { schema: SCHEMA, reviewThreshold: 0 });
    await waitFor(async () => a.events.some((e) => e.extractionEvents.kind === 'COMPLETED'), 20_000, 'first completed');
    a.stop();
    await settle();
    const second = await extract(key, doc, { schema: SCHEMA, reviewThreshold: 0 });
    await waitFor(async () => b.events.some((e) => e.extractionEvents.kind === 'COMPLETED' && e.extractionEvents.extraction.id === second), 20_000, 'second completed');
    expect(a.events.map((e) => e.extractionEvents.extraction.id)).not.toContain(second);
    expect(b.events.filter((e) => e.extractionEvents.kind === 'COMPLETED').map((e) => e.extractionEvents.extraction.id)).toEqual([first, second]);
    expect(b.error).toBeNull();
  });

  it("end with their own key only: revoking one key leaves another key's identical subscription running", async () => {
    const org = await t.org();
    const admin = await org.key(['admin']);
    const victim = await org.key(['extractions:read']);
    const survivor = await org.key(['extractions:read', 'documents:read']);
    const codes: number[] = [];
    const revoked = collect<any>(ws(victim, (c) => codes.push(c)), print(EventsSubscription), {});
    const kept = collect<any>(ws(survivor), print(EventsSubscription), {});
    await settle();
    const row = await t.services.db.apiKey.findFirstOrThrow({ where: { organizationId: org.organization.id, scopes: 'extractions:read' } });
    await t.gql(RevokeKey, { id: encodeGlobalID('ApiKey', row.id) }, admin);
    await waitFor(async () => revoked.done, 5000, 'revoked subscription closed');
    const id = await extract(admin, await upload(admin), { schema: SCHEMA, reviewThreshold: 0 });
    await waitFor(async () => kept.events.some((e) => e.extractionEvents.kind === 'COMPLETED' && e.extractionEvents.extraction.id === id), 20_000, 'kept subscription events');
    expect(codes).toEqual([4403]);
    expect(revoked.events).toEqual([]);
  });
});

describe('subscriptions over SSE', () => {
  it('streams the same events with the key in headers', async () => {
    const key = await (await t.org()).key(['admin']);
    const doc = await upload(key);
    const controller = new AbortController();
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      signal: controller.signal,
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', 'x-api-key': key },
      body: JSON.stringify({ query: print(EventsSubscription), variables: { filter: { documentId: doc, kinds: ['COMPLETED'] } } }),
    });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    await settle();
    const id = await extract(key, doc, { schema: SCHEMA });
    let text = '';
    while (!text.includes('"COMPLETED"')) text += new TextDecoder().decode((await reader.read()).value);
    controller.abort();
    const data = JSON.parse(text.split('\n').find((l) => l.startsWith('data:') && l.includes('COMPLETED'))!.slice(5));
    expect(data.data.extractionEvents).toMatchObject({ kind: 'COMPLETED', extraction: { id } });
  });
});

describe('review rules', () => {
  let key: string;
  let id: string;
  beforeAll(async () => {
    key = await (await t.org()).key(['admin']);
    id = await extract(key, await upload(key), { schema: SCHEMA, reviewThreshold: 100 });
    await waitFor(async () => (await t.gql(ExtractionQuery, { id }, key)).data?.extraction?.status === 'COMPLETED');
  });

  it('validates corrections against the schema: type, enum values, required', async () => {
    const bad = [
      [{ path: 'total_amount', value: 'a lot' }, /number/],
      [{ path: 'status', value: 'maybe' }, /one of paid, unpaid/],
      [{ path: 'invoice_number', value: null }, /required/],
      [{ path: 'nope', value: 1 }, /no field nope/],
    ] as const;
    for (const [correction, message] of bad) {
      const res = await t.gql(SubmitReview, { extractionId: id, corrections: [correction] }, key);
      expect(res.data?.submitReview).toMatchObject({ __typename: 'ValidationError' });
      expect((res.data?.submitReview as { message: string }).message).toMatch(message);
    }
    expect((await t.gql(ExtractionQuery, { id }, key)).data!.extraction!.isReviewed).toBe(false);
  });

  it('tells the second of two conflicting reviews instead of losing it', async () => {
    const { revision } = (await t.gql(ExtractionQuery, { id }, key)).data!.extraction!;
    const first = await t.gql(SubmitReview, { extractionId: id, corrections: [{ path: 'total_amount', value: 1 }], expectedRevision: revision }, key);
    expect(first.data?.submitReview.__typename).toBe('MutationSubmitReviewSuccess');
    const second = await t.gql(SubmitReview, { extractionId: id, corrections: [{ path: 'total_amount', value: 2 }], expectedRevision: revision }, key);
    expect(second.data?.submitReview).toMatchObject({ __typename: 'ConflictError', code: 'CONFLICT' });
    expect((await t.gql(ExtractionQuery, { id }, key)).data!.extraction!.finalResults).toMatchObject({ total_amount: 1 });
  });

  it('marks complete / incomplete with Docmind semantics', async () => {
    const incomplete = await t.gql(SetExtractionStatus, { id, status: 'INCOMPLETE', message: 'Faltan datos' }, key);
    expect(incomplete.data?.setExtractionStatus).toMatchObject({ data: { completion: 'INCOMPLETE', completionMessage: 'Faltan datos', lastUser: { email: expect.any(String) } } });
    const complete = await t.gql(SetExtractionStatus, { id, status: 'COMPLETE', message: 'ignored' }, key);
    expect(complete.data?.setExtractionStatus).toMatchObject({ data: { completion: 'COMPLETE', completionMessage: null } });
    const failedId = await extract(key, await upload(key), { schema: SCHEMA, mode: 'VLM' });
    await waitFor(async () => (await t.gql(ExtractionQuery, { id: failedId }, key)).data?.extraction?.status === 'FAILED');
    const refused = await t.gql(SetExtractionStatus, { id: failedId, status: 'COMPLETE' }, key);
    expect(refused.data?.setExtractionStatus).toMatchObject({ __typename: 'ValidationError' });
  });
});
