// Retention: setRetentionDays re-dates expiry; purgeExpired removes expired documents with their pages,
// extractions, reviews and stored file (kept while another document shares the bytes), and old settled
// webhook deliveries; nothing unexpired and nothing of another organisation is touched. The purge timer
// started with the worker does the same by itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { databases, type TestApp } from '../support/app.ts';
import { makeInvoice } from '../support/invoice.ts';
import { isolatedApp } from '../support/isolated.ts';
import { waitFor } from '../support/wait.ts';
import { purgeExpired } from '../../src/resolvers/retention.ts';
import { DocumentQuery, ExtractDocument, ExtractionQuery, SubmitReview, UploadBase64 } from './operations.ts';

const SetRetention = graphql(`
  mutation SetRetentionDays($days: Int!) {
    setRetentionDays(days: $days) {
      __typename
      ... on MutationSetRetentionDaysSuccess { data { slug retentionDays } }
      ... on Error { message code }
      ... on ValidationError { path }
    }
  }
`);

const DAY_MS = 86_400_000;
const rawId = (globalId: string) => Buffer.from(globalId, 'base64').toString().split(':')[1];

async function upload(t: TestApp, key: string, bytes: Buffer, filename: string) {
  const res = await t.gql(UploadBase64, { filename, base64: bytes.toString('base64') }, key);
  if (res.data?.uploadDocumentBase64.__typename !== 'MutationUploadDocumentBase64Success') throw new Error(JSON.stringify(res));
  return res.data.uploadDocumentBase64.data;
}

describe.each(databases)('retention on %s', (database) => {
  let t: TestApp;
  let drop: () => Promise<void>;
  let key: string;
  let otherKey: string;
  let orgId: string;
  beforeAll(async () => {
    ({ t, drop } = await isolatedApp(database));
    const org = await t.org();
    orgId = org.organization.id;
    key = await org.key(['admin']);
    otherKey = await (await t.org()).key(['admin']);
  });
  afterAll(async () => {
    await t.close();
    await drop();
  });

  it('validates the retention and needs admin', async () => {
    for (const days of [0, -3, 36_501]) {
      expect((await t.gql(SetRetention, { days }, key)).data?.setRetentionDays, String(days)).toMatchObject({ __typename: 'ValidationError', path: 'days' });
    }
    const writer = await (await t.org()).key(['documents:write', 'extractions:write']);
    expect((await t.gql(SetRetention, { days: 5 }, writer)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('purges expired documents with everything derived from them, and nothing else', async () => {
    const { db, storage } = t.services;
    // Expiring: an extracted and reviewed invoice, and a file whose bytes another organisation also has.
    const expiring = await upload(t, key, await makeInvoice({ number: 'RET-1' }), 'expiring.pdf');
    const shared = await makeInvoice({ number: 'RET-SHARED' });
    const sharedMine = await upload(t, key, shared, 'shared.pdf');
    const kept = await upload(t, key, await makeInvoice({ number: 'RET-2' }), 'kept.pdf');
    const theirs = await upload(t, otherKey, shared, 'theirs.pdf');
    const ex = await t.gql(ExtractDocument, { documentId: expiring.id, input: { template: 'invoice' } }, key);
    if (ex.data?.extractDocument.__typename !== 'MutationExtractDocumentSuccess') throw new Error(JSON.stringify(ex));
    const extractionId = ex.data.extractDocument.data.id;
    await waitFor(async () => ((await t.gql(ExtractionQuery, { id: extractionId }, key)).data?.extraction?.status === 'COMPLETED' ? true : null), 60_000, 'extraction');
    expect((await t.gql(SubmitReview, { extractionId, corrections: [] }, key)).data?.submitReview.__typename).toBe('MutationSubmitReviewSuccess');
    // Two of ours were uploaded ten days ago; the retention then drops to a week.
    const tenDaysAgo = new Date(Date.now() - 10 * DAY_MS);
    await db.document.updateMany({ where: { id: { in: [expiring.documentId, sharedMine.documentId] } }, data: { createdAt: tenDaysAgo } });
    const set = await t.gql(SetRetention, { days: 7 }, key);
    expect(set.data?.setRetentionDays).toMatchObject({ data: { retentionDays: 7 } });
    const rows = Object.fromEntries((await db.document.findMany()).map((d) => [d.id, d]));
    expect(rows[expiring.documentId].expiresAt.getTime()).toBe(tenDaysAgo.getTime() + 7 * DAY_MS);
    expect(rows[kept.documentId].expiresAt.getTime()).toBe(rows[kept.documentId].createdAt.getTime() + 7 * DAY_MS);
    // The other organisation keeps its default 30 days.
    // (set at upload from the clock, beside the database's createdAt: the same instant within a second)
    expect(Math.abs(rows[theirs.documentId].expiresAt.getTime() - (rows[theirs.documentId].createdAt.getTime() + 30 * DAY_MS))).toBeLessThan(1000);
    const expiringKey = rows[expiring.documentId].storageKey;
    expect(await storage.exists(expiringKey)).toBe(true);
    expect(await db.page.count({ where: { documentId: expiring.documentId } })).toBe(1);

    // Webhook log: an old settled delivery goes, an old pending one and a recent one stay.
    const endpoint = await db.webhookEndpoint.create({ data: { organizationId: orgId, url: 'http://127.0.0.1:9/', secret: 'whsec_x', events: ['batch.processed'], active: false } });
    const old = { organizationId: orgId, endpointId: endpoint.id, event: 'batch.processed', payload: {}, createdAt: tenDaysAgo };
    await db.webhookDelivery.createMany({
      data: [
        { ...old, status: 'DELIVERED' },
        { ...old, status: 'PENDING', nextAttemptAt: new Date(Date.now() + DAY_MS) },
        { ...old, status: 'FAILED', createdAt: new Date() },
      ],
    });

    // Batches as old: one whose only file expires goes; one still holding an unexpired file stays.
    const emptied = await db.batch.create({ data: { organizationId: orgId, config: {}, createdAt: tenDaysAgo } });
    const holding = await db.batch.create({ data: { organizationId: orgId, config: {}, createdAt: tenDaysAgo } });
    await db.document.update({ where: { id: expiring.documentId }, data: { batchId: emptied.id } });
    await db.document.update({ where: { id: kept.documentId }, data: { batchId: holding.id } });

    const counts = await purgeExpired(t.services);
    expect(counts).toEqual({ documents: 2, pages: 1, extractions: 1, reviews: 1, files: 1, webhookDeliveries: 1, batches: 1 });
    expect((await db.batch.findMany({ where: { organizationId: orgId } })).map((b) => b.id)).toEqual([holding.id]);
    expect((await t.gql(DocumentQuery, { id: expiring.id }, key)).data?.document).toBeNull();
    expect((await t.gql(DocumentQuery, { id: sharedMine.id }, key)).data?.document).toBeNull();
    expect((await t.gql(ExtractionQuery, { id: extractionId }, key)).data?.extraction).toBeNull();
    expect(await db.page.count({ where: { documentId: expiring.documentId } })).toBe(0);
    expect(await db.review.count({ where: { extractionId: rawId(extractionId) } })).toBe(0);
    expect(await storage.exists(expiringKey)).toBe(false);
    // Unexpired, and the other organisation's copy of the shared bytes, untouched.
    expect((await t.gql(DocumentQuery, { id: kept.id }, key)).data?.document).toMatchObject({ filename: 'kept.pdf' });
    expect(await storage.exists(rows[kept.documentId].storageKey)).toBe(true);
    expect((await t.gql(DocumentQuery, { id: theirs.id }, otherKey)).data?.document).toMatchObject({ filename: 'theirs.pdf' });
    expect(await storage.exists(rows[theirs.documentId].storageKey)).toBe(true);
    expect((await db.webhookDelivery.findMany({ orderBy: { status: 'asc' } })).map((d) => d.status)).toEqual(['FAILED', 'PENDING']);

    expect(await purgeExpired(t.services)).toEqual({ documents: 0, pages: 0, extractions: 0, reviews: 0, files: 0, webhookDeliveries: 0, batches: 0 });
  });
});

describe.each(databases)('the purge timer on %s', (database) => {
  let t: TestApp;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ t, drop } = await isolatedApp(database, { DOCSIFT_PURGE_INTERVAL_MS: '200' }));
  });
  afterAll(async () => {
    await t.close();
    await drop();
  });

  it('purges expired documents on its own', async () => {
    const key = await (await t.org()).key(['admin']);
    const gone = await upload(t, key, await makeInvoice({ number: 'TIMER-1' }), 'gone.pdf');
    const stays = await upload(t, key, await makeInvoice({ number: 'TIMER-2' }), 'stays.pdf');
    const { storageKey } = await t.services.db.document.update({ where: { id: gone.documentId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    // The row goes first, then the file.
    await waitFor(async () => ((await t.gql(DocumentQuery, { id: gone.id }, key)).data?.document === null && !(await t.services.storage.exists(storageKey))), 10_000, 'the purge');
    expect((await t.gql(DocumentQuery, { id: stays.id }, key)).data?.document).toMatchObject({ filename: 'stays.pdf' });
  });
});
