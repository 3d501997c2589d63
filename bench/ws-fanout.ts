// 1,000 concurrent graphql-ws subscribers on one docsift server process; publishes N extraction events
// and prints delivery latency p50/p99 (event time → client receipt) and the server's RSS.
// References in the same run: graphql-ws over a bare graphql-js schema (same clients), and the same
// fan-out over a bare `ws` server (no GraphQL), for the floor.
// The subscribers run in CLIENT_PROCESSES child processes (bench/support/subscribers.ts), as subscribers
// do on their own machines: read by one event loop, the 1,000th message waited for the other 999 to be
// parsed in the bench, and the figure measured the bench. `1` measures that way again.
// Each target first gets WARMUP events whose latencies are printed apart ("cold"): the first events after
// start run code V8 has not compiled yet, and a long-running server is judged on the steady state.
// Goal: p99 < 50 ms. Run: npx tsx bench/ws-fanout.ts [subscribers=1000] [events=30] [extraction] [client processes=2]
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { WebSocketServer } from 'ws';
import { makeInvoice } from '../test/support/invoice.ts';

const SUBSCRIBERS = Number(process.argv[2] ?? 1000);
const EVENTS = Number(process.argv[3] ?? 30);
const CLIENT_PROCESSES = Number(process.argv[5] ?? 2);
const WARMUP = 5;
/** `extraction`: subscribers also select the extraction row (a database read per event). */
const SELECTION = process.argv[4] === 'extraction' ? 'at kind extraction { id status needsReview }' : 'at kind';

type Start = { kind: 'graphql-ws' | 'ws'; url: string; query?: string; connectionParams?: Record<string, string> };
/** SUBSCRIBERS clients spread over CLIENT_PROCESSES children; resolves once every child has connected its share. */
async function subscribers(start: Start) {
  const children: ChildProcess[] = Array.from({ length: CLIENT_PROCESSES }, () => fork('bench/support/subscribers.ts', { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
  const reply = <T>(c: ChildProcess, ask?: string) => new Promise<T>((resolve) => { c.once('message', (m) => resolve(m as T)); if (ask) c.send(ask); });
  await Promise.all(children.map((c, i) => {
    const ready = reply(c);
    c.send({ ...start, count: Math.floor(SUBSCRIBERS / CLIENT_PROCESSES) + (i < SUBSCRIBERS % CLIENT_PROCESSES ? 1 : 0) });
    return ready;
  }));
  return {
    received: async () => (await Promise.all(children.map((c) => reply<{ count: number }>(c, 'count')))).reduce((n, r) => n + r.count, 0),
    /** Every delivery, split into the WARMUP first events' and the rest's latencies. */
    collect: async () => {
      const records = (await Promise.all(children.map((c) => reply<{ records: [number, number][] }>(c, 'collect')))).flatMap((r) => r.records);
      const events = [...new Set(records.map(([at]) => at))].sort((a, b) => a - b);
      const cold = new Set(events.slice(0, WARMUP));
      return { cold: records.filter(([at]) => cold.has(at)).map(([, ms]) => ms), warm: records.filter(([at]) => !cold.has(at)).map(([, ms]) => ms) };
    },
  };
}
/** Publishes WARMUP events, waits for their deliveries, then EVENTS measured ones, and collects the latencies. */
const publishAll = async (subs: Awaited<ReturnType<typeof subscribers>>, publish: (i: number) => Promise<unknown>) => {
  const settle = async (n: number) => {
    const deadline = Date.now() + 10_000;
    while ((await subs.received()) < n && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  };
  for (let i = 0; i < WARMUP; i++) { await publish(i); await new Promise((r) => setTimeout(r, 50)); }
  await settle(SUBSCRIBERS * WARMUP);
  for (let i = 0; i < EVENTS; i++) { await publish(WARMUP + i); await new Promise((r) => setTimeout(r, 50)); }
  await settle(SUBSCRIBERS * (WARMUP + EVENTS));
  return subs.collect();
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
const docsiftSubs = await subscribers({
  kind: 'graphql-ws',
  url: url.replace('http', 'ws'),
  connectionParams: { 'X-API-Key': key },
  query: `subscription { extractionEvents(filter: { kinds: [MARKED] }) { ${SELECTION} } }`,
});
await new Promise((r) => setTimeout(r, 3000));
const withClients = await rss(server.pid!);
const docsift = await publishAll(docsiftSubs, (i) =>
  gql('mutation($id:ID!,$s:CompletionMarker!){setExtractionStatus(id:$id,status:$s){__typename}}', { id: extractionId, s: i % 2 ? 'COMPLETE' : 'INCOMPLETE' }));
const peak = await rss(server.pid!);
const exited = new Promise((r) => server.once('exit', r));
server.kill('SIGTERM');
await exited; // its data directory is still being written until then
await rm(dir, { recursive: true, force: true });

// Reference 1: graphql-ws over a bare graphql-js schema in its own process, with the same clients:
// what the protocol and 1,000 executions cost without anything of docsift.
const bareGql = spawn(process.execPath, ['--import', 'tsx', 'bench/support/bare-graphql-ws.ts'], { stdio: ['ignore', 'pipe', 'inherit'] });
const barePort = await new Promise<number>((resolve) => bareGql.stdout!.on('data', (c) => { const m = String(c).match(/listening (\d+)/); if (m) resolve(Number(m[1])); }));
const bareGqlSubs = await subscribers({ kind: 'graphql-ws', url: `ws://127.0.0.1:${barePort}/graphql`, query: 'subscription { extractionEvents { at kind } }' });
await new Promise((r) => setTimeout(r, 3000));
const bareGraphqlWs = await publishAll(bareGqlSubs, () => fetch(`http://127.0.0.1:${barePort}/publish`, { method: 'POST' }));
bareGql.kill('SIGTERM');

// Reference 2: a bare ws server (this process) broadcasting a timestamp to the same number of sockets.
const bare = new WebSocketServer({ port: 0, host: '127.0.0.1' });
await new Promise((r) => bare.once('listening', r));
const bareWsSubs = await subscribers({ kind: 'ws', url: `ws://127.0.0.1:${(bare.address() as { port: number }).port}` });
const bareWs = await publishAll(bareWsSubs, async () => {
  const now = String(Date.now());
  for (const c of bare.clients) c.send(now);
});
bare.close();

const { warm: latencies } = docsift;
const gqlLatencies = bareGraphqlWs.warm;
const refLatencies = bareWs.warm;
const cold = (r: { cold: number[] }) => `p50 ${pct(r.cold, 50)} ms, p99 ${pct(r.cold, 99)} ms`;
console.log(`subscribers: ${SUBSCRIBERS} in ${CLIENT_PROCESSES} client processes, events: ${WARMUP} warm-up + ${EVENTS} measured, deliveries: ${latencies.length}/${SUBSCRIBERS * EVENTS}`);
console.log(`cold (the ${WARMUP} warm-up events): docsift ${cold(docsift)}; bare graphql-ws ${cold(bareGraphqlWs)}; bare ws ${cold(bareWs)}`);
console.log(`docsift latency: p50 ${pct(latencies, 50)} ms, p99 ${pct(latencies, 99)} ms, max ${Math.max(...latencies)} ms (goal p99 < 50 ms: ${pct(latencies, 99) < 50 ? 'met' : 'NOT met'})`);
console.log(`bare graphql-ws reference: p50 ${pct(gqlLatencies, 50)} ms, p99 ${pct(gqlLatencies, 99)} ms (${gqlLatencies.length} deliveries); docsift/bare graphql-ws p99 ${(pct(latencies, 99) / Math.max(1, pct(gqlLatencies, 99))).toFixed(1)}×`);
console.log(`bare ws reference: p50 ${pct(refLatencies, 50)} ms, p99 ${pct(refLatencies, 99)} ms; ratio p99 ${(pct(latencies, 99) / Math.max(1, pct(refLatencies, 99))).toFixed(1)}×`);
console.log(`server RSS: ${baseline.toFixed(0)} MB idle, ${withClients.toFixed(0)} MB with ${SUBSCRIBERS} subscribers, ${peak.toFixed(0)} MB after delivery`);
process.exit(0);
