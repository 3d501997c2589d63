// 1,000 concurrent graphql-ws subscribers on one docsift server process; publishes N extraction events
// and prints delivery latency p50/p99 (event time → client receipt) and the server's RSS.
// References in the same run: graphql-ws over a bare graphql-js schema (same clients), and the same
// fan-out over a bare `ws` server (no GraphQL), for the floor.
// Each target first gets WARMUP events whose latencies are printed apart ("cold"): the first events after
// start run code V8 has not compiled yet, and a long-running server is judged on the steady state.
// Goal: p99 < 50 ms. Run: npx tsx bench/ws-fanout.ts [subscribers=1000] [events=30] [extraction] 
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket, { WebSocketServer } from 'ws';
import { makeInvoice } from '../test/support/invoice.ts';

const SUBSCRIBERS = Number(process.argv[2] ?? 1000);
const EVENTS = Number(process.argv[3] ?? 30);
const WARMUP = 5;
/** `extraction`: subscribers also select the extraction row (a database read per event). */
const SELECTION = process.argv[4] === 'extraction' ? 'at kind extraction { id status needsReview }' : 'at kind';
/** Latencies of the warm-up events and of the measured ones, kept apart. */
const recorder = () => {
  const r = { cold: [] as number[], warm: [] as number[], measuring: false };
  return { r, add(ms: number) { (r.measuring ? r.warm : r.cold).push(ms); } };
};
/** Publishes WARMUP events, waits for their deliveries, then EVENTS measured ones. */
const publishAll = async (rec: ReturnType<typeof recorder>, publish: (i: number) => Promise<unknown>) => {
  const settle = async (list: number[], n: number) => {
    const deadline = Date.now() + 10_000;
    while (list.length < n && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  };
  for (let i = 0; i < WARMUP; i++) { await publish(i); await new Promise((r) => setTimeout(r, 50)); }
  await settle(rec.r.cold, SUBSCRIBERS * WARMUP);
  rec.r.measuring = true;
  for (let i = 0; i < EVENTS; i++) { await publish(WARMUP + i); await new Promise((r) => setTimeout(r, 50)); }
  await settle(rec.r.warm, SUBSCRIBERS * EVENTS);
};
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const rss = async (pid: number) => Number((await readFile(`/proc/${pid}/status`, 'utf8')).match(/VmRSS:\s+(\d+)/)![1]) / 1024;

const dir = await mkdtemp(path.join(os.tmpdir(), 'docsift-bench-ws-'));
const server = spawn(process.execPath, ['bin/docsift.mjs', 'start'], { env: { ...process.env, DOCSIFT_DATA_DIR: dir, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: '' }, stdio: ['ignore', 'pipe', 'inherit'] });
let out = '';
const url = await new Promise<string>((resolve, reject) => {
  server.stdout!.on('data', (c) => {
    out += c;
    const m = out.match(/GraphiQL at (http:\/\/\S+)/);
    if (m) resolve(m[1].replace('localhost', '127.0.0.1'));
  });
  server.on('exit', () => reject(new Error(out)));
});
const key = out.split('\n').find((l) => l.trim().startsWith('dsk_'))!.trim();
const gql = async (query: string, variables: Record<string, unknown> = {}) =>
  (await (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': key }, body: JSON.stringify({ query, variables }) })).json()) as any;

const up = await gql('mutation($b:String!){uploadDocumentBase64(filename:"b.pdf",base64:$b){... on MutationUploadDocumentBase64Success{data{id}}}}', { b: (await makeInvoice()).toString('base64') });
const ex = await gql('mutation($d:ID!){extractDocument(documentId:$d,input:{schema:{fields:[{name:"total",type:"number"}]}}){... on MutationExtractDocumentSuccess{data{id}}}}', { d: up.data.uploadDocumentBase64.data.id });
const extractionId = ex.data.extractDocument.data.id;
while ((await gql('query($id:ID!){extraction(id:$id){status}}', { id: extractionId })).data.extraction.status !== 'COMPLETED') await new Promise((r) => setTimeout(r, 100));

const baseline = await rss(server.pid!);
const docsift = recorder();
let acks = 0;
const clients = Array.from({ length: SUBSCRIBERS }, () =>
  createClient({ url: url.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams: { 'X-API-Key': key }, retryAttempts: 0, lazy: false }),
);
for (const c of clients) {
  c.subscribe(
    { query: `subscription { extractionEvents(filter: { kinds: [MARKED] }) { ${SELECTION} } }` },
    { next: (r: any) => docsift.add(Date.now() - Date.parse(r.data.extractionEvents.at)), error: (e) => console.error(e), complete: () => {} },
  );
  acks++;
}
await new Promise((r) => setTimeout(r, 3000));
const withClients = await rss(server.pid!);
await publishAll(docsift, (i) =>
  gql('mutation($id:ID!,$s:CompletionMarker!){setExtractionStatus(id:$id,status:$s){__typename}}', { id: extractionId, s: i % 2 ? 'COMPLETE' : 'INCOMPLETE' }));
const peak = await rss(server.pid!);
await Promise.all(clients.map((c) => c.dispose()));
const exited = new Promise((r) => server.once('exit', r));
server.kill('SIGTERM');
await exited; // its data directory is still being written until then
await rm(dir, { recursive: true, force: true });

// Reference 1: graphql-ws over a bare graphql-js schema in its own process, with the same clients:
// what the protocol and 1,000 executions cost without anything of docsift.
const bareGql = spawn(process.execPath, ['--import', 'tsx', 'bench/support/bare-graphql-ws.ts'], { stdio: ['ignore', 'pipe', 'inherit'] });
const barePort = await new Promise<number>((resolve) => bareGql.stdout!.on('data', (c) => { const m = String(c).match(/listening (\d+)/); if (m) resolve(Number(m[1])); }));
const bareGraphqlWs = recorder();
const bareClients = Array.from({ length: SUBSCRIBERS }, () => createClient({ url: `ws://127.0.0.1:${barePort}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, lazy: false }));
for (const c of bareClients) c.subscribe({ query: 'subscription { extractionEvents { at kind } }' }, { next: (r: any) => bareGraphqlWs.add(Date.now() - Date.parse(r.data.extractionEvents.at)), error: (e) => console.error(e), complete: () => {} });
await new Promise((r) => setTimeout(r, 3000));
await publishAll(bareGraphqlWs, () => fetch(`http://127.0.0.1:${barePort}/publish`, { method: 'POST' }));
await Promise.all(bareClients.map((c) => c.dispose()));
bareGql.kill('SIGTERM');

// Reference 2: a bare ws server broadcasting a timestamp to the same number of sockets.
const bare = new WebSocketServer({ port: 0, host: '127.0.0.1' });
await new Promise((r) => bare.once('listening', r));
const port = (bare.address() as { port: number }).port;
const bareWs = recorder();
const sockets = await Promise.all(Array.from({ length: SUBSCRIBERS }, () => new Promise<WebSocket>((resolve) => {
  const s = new WebSocket(`ws://127.0.0.1:${port}`);
  s.on('message', (m) => bareWs.add(Date.now() - Number(m.toString())));
  s.on('open', () => resolve(s));
})));
await publishAll(bareWs, async () => {
  const now = String(Date.now());
  for (const c of bare.clients) c.send(now);
});
for (const s of sockets) s.close();
bare.close();

const { warm: latencies } = docsift.r;
const gqlLatencies = bareGraphqlWs.r.warm;
const refLatencies = bareWs.r.warm;
const cold = (r: ReturnType<typeof recorder>) => `p50 ${pct(r.r.cold, 50)} ms, p99 ${pct(r.r.cold, 99)} ms`;
console.log(`subscribers: ${acks}, events: ${WARMUP} warm-up + ${EVENTS} measured, deliveries: ${latencies.length}/${SUBSCRIBERS * EVENTS}`);
console.log(`cold (the ${WARMUP} warm-up events): docsift ${cold(docsift)}; bare graphql-ws ${cold(bareGraphqlWs)}; bare ws ${cold(bareWs)}`);
console.log(`docsift latency: p50 ${pct(latencies, 50)} ms, p99 ${pct(latencies, 99)} ms, max ${Math.max(...latencies)} ms (goal p99 < 50 ms: ${pct(latencies, 99) < 50 ? 'met' : 'NOT met'})`);
console.log(`bare graphql-ws reference: p50 ${pct(gqlLatencies, 50)} ms, p99 ${pct(gqlLatencies, 99)} ms (${gqlLatencies.length} deliveries); docsift/bare graphql-ws p99 ${(pct(latencies, 99) / Math.max(1, pct(gqlLatencies, 99))).toFixed(1)}×`);
console.log(`bare ws reference: p50 ${pct(refLatencies, 50)} ms, p99 ${pct(refLatencies, 99)} ms; ratio p99 ${(pct(latencies, 99) / Math.max(1, pct(refLatencies, 99))).toFixed(1)}×`);
console.log(`server RSS: ${baseline.toFixed(0)} MB idle, ${withClients.toFixed(0)} MB with ${SUBSCRIBERS} subscribers, ${peak.toFixed(0)} MB after delivery`);
process.exit(0);
