// DOCSIFT_WEBHOOK_BLOCK_PRIVATE: literal private addresses are refused when an endpoint is saved, and a
// host name that resolves inside is refused before every delivery, and again by the connection itself
// (a name may resolve outside for the check and inside for the connection); nothing reaches the receiver.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { makeInvoice } from '../support/invoice.ts';
import { waitFor } from '../support/wait.ts';
import { fetch } from 'undici';
import { isPrivateAddress, publicOnlyAgent } from '../../src/resolvers/webhook-targets.ts';
import { ExtractDocument, UploadBase64 } from './operations.ts';

const Create = graphql(`
  mutation CreateGuardedEndpoint($url: String!, $events: [WebhookEvent!]!) {
    createWebhookEndpoint(url: $url, events: $events) {
      __typename
      ... on Error { message }
      ... on ValidationError { path }
    }
  }
`);

describe('private addresses', () => {
  it('knows loopback, private, link-local and mapped addresses from public ones', () => {
    for (const a of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', 'fe80::1', 'fc00::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1']) {
      expect(isPrivateAddress(a), a).toBe(true);
    }
    for (const a of ['8.8.8.8', '93.184.216.34', '172.32.0.1', '2606:4700::1111', '::ffff:8.8.8.8', 'example.com']) expect(isPrivateAddress(a), a).toBe(false);
  });
});

describe('DOCSIFT_WEBHOOK_BLOCK_PRIVATE=true', () => {
  let t: TestApp;
  let receiver: Server;
  let port: number;
  let hits = 0;
  let key: string;
  beforeAll(async () => {
    t = await createTestApp({ env: { DOCSIFT_WEBHOOK_BLOCK_PRIVATE: 'true', DOCSIFT_WEBHOOK_MAX_ATTEMPTS: '1', DOCSIFT_WEBHOOK_RETRY_BASE_MS: '50' } });
    receiver = createServer((_req, res) => {
      hits++;
      res.end('ok');
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    port = (receiver.address() as AddressInfo).port;
    key = await (await t.org()).key(['admin']);
  });
  afterAll(async () => {
    await t.close();
    await new Promise((resolve) => receiver.close(resolve));
  });

  it('refuses literal private addresses when an endpoint is saved', async () => {
    for (const url of [`http://127.0.0.1:${port}/hook`, `http://[::1]:${port}/hook`, 'http://169.254.169.254/latest/meta-data', 'http://10.0.0.8/hook']) {
      const res = (await t.gql(Create, { url, events: ['EXTRACTION_COMPLETED'] }, key)).data?.createWebhookEndpoint as any;
      expect(res, url).toMatchObject({ __typename: 'ValidationError', path: 'url' });
      expect(res.message).toMatch(/private address/);
    }
  });

  it('fails a delivery to a name that resolves inside, without sending it', async () => {
    const saved = (await t.gql(Create, { url: `http://localhost:${port}/hook`, events: ['EXTRACTION_COMPLETED'] }, key)).data?.createWebhookEndpoint;
    expect(saved?.__typename).toBe('MutationCreateWebhookEndpointSuccess');
    const up = (await t.gql(UploadBase64, { filename: 'a.pdf', base64: (await makeInvoice()).toString('base64') }, key)).data?.uploadDocumentBase64 as any;
    const ex = await t.gql(ExtractDocument, { documentId: up.data.id, input: { template: 'invoice' } }, key);
    expect(ex.data?.extractDocument.__typename).toBe('MutationExtractDocumentSuccess');
    const delivery = await waitFor(() => t.services.db.webhookDelivery.findFirst({ where: { status: 'FAILED' } }), 30_000, 'the refused delivery');
    expect(delivery.lastError).toMatch(/localhost resolves to a private address/);
    expect(hits).toBe(0);
  });

  it('checks the address each delivery connects to, not only the one resolved before it', async () => {
    // The same name through the delivery agent is refused at connect time, before any byte is sent;
    // without it the receiver answers, so the refusal is the agent's doing.
    const before = hits;
    const refused = await fetch(`http://localhost:${port}/hook`, { method: 'POST', body: '{}', dispatcher: publicOnlyAgent }).catch((e: Error & { cause?: Error & { code?: string } }) => e.cause);
    expect(refused).toMatchObject({ code: 'EPRIVATE', message: expect.stringMatching(/localhost resolved to a private address \((127\.0\.0\.1|::1)\) when connecting/) });
    expect(hits).toBe(before);
    expect((await fetch(`http://localhost:${port}/hook`, { method: 'POST', body: '{}' })).status).toBe(200);
    expect(hits).toBe(before + 1);
  });
});
