// Uploads 100 × 1 MB files in ONE multipart request (GraphQL, then Documind's REST /upload) to a real docsift server process and prints
// the server's peak RSS growth (goal: < 64 MB, since files stream to storage instead of memory).
// Reference in the same run: the total bytes sent, i.e. what a buffering parser would have to hold.
// Each upload's page counting runs after its answer and reads every file: the bench waits it out
// between the two measurements, or the second would count the first's work.
// Run: npx tsx bench/upload-memory.ts
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

const FILES = 100;
const SIZE = 1024 * 1024;

async function rssOf(pid: number) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(status.match(/VmRSS:\s+(\d+) kB/)![1]) * 1024;
}

const dir = await mkdtemp(path.join(os.tmpdir(), 'docsift-bench-'));
const env = { ...process.env, DOCSIFT_DATA_DIR: dir, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: '' };
const server = spawn(process.execPath, ['bin/docsift.mjs', 'start'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
let out = '';
const url = await new Promise<string>((resolve, reject) => {
  server.stdout!.on('data', (chunk) => {
    out += chunk;
    const m = out.match(/GraphiQL at (http:\/\/\S+)/);
    if (m) resolve(m[1].replace('localhost', '127.0.0.1'));
  });
  server.on('exit', () => reject(new Error(`server exited:\n${out}`)));
});
const key = out.split('\n').find((l) => l.trim().startsWith('dsk_'))!.trim();

// A tiny PDF header makes every file a PDF by its bytes; the rest is random (incompressible) payload.
const makeFiles = () => Array.from({ length: FILES }, () => Buffer.concat([Buffer.from('%PDF-1.4\n%'), randomBytes(SIZE - 10)]));

function graphqlForm(files: Buffer[]) {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query: 'mutation($f:[Upload!]!){uploadDocuments(files:$f){__typename ... on Error{message}}}', variables: { f: files.map(() => null) } }));
  form.append('map', JSON.stringify(Object.fromEntries(files.map((_, i) => [String(i), [`variables.f.${i}`]]))));
  files.forEach((bytes, i) => form.append(String(i), new Blob([new Uint8Array(bytes)]), `file-${i}.pdf`));
  return form;
}

/** Documind's POST /upload: the same files as repeated `files` parts, through the REST gateway. */
function documindForm(files: Buffer[]) {
  const form = new FormData();
  files.forEach((bytes, i) => form.append('files', new Blob([new Uint8Array(bytes)]), `file-${i}.pdf`));
  return form;
}

async function measure(label: string, target: string, headers: Record<string, string>, form: FormData) {
  const baseline = await rssOf(server.pid!);
  let peak = baseline;
  const sampler = setInterval(async () => {
    peak = Math.max(peak, await rssOf(server.pid!).catch(() => 0));
  }, 10);
  const started = performance.now();
  const res = await fetch(target, { method: 'POST', headers: { 'x-api-key': key, ...headers }, body: form });
  const body = await res.json();
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, await rssOf(server.pid!));
  const MB = 1024 * 1024;
  const growth = (peak - baseline) / MB;
  console.log(`${label}: status ${res.status}, ${JSON.stringify(body).slice(0, 60)}`);
  console.log(`  uploaded ${FILES} × ${SIZE / MB} MB in one request: ${seconds.toFixed(2)} s (${((FILES * SIZE) / MB / seconds).toFixed(0)} MB/s)`);
  console.log(`  server RSS: baseline ${(baseline / MB).toFixed(1)} MB, peak ${(peak / MB).toFixed(1)} MB, growth ${growth.toFixed(1)} MB`);
  console.log(`  growth / bytes sent: ${(growth / ((FILES * SIZE) / MB)).toFixed(3)} (a buffering parser holds ≥ 1.0); goal < 64 MB: ${growth < 64 ? 'met' : 'NOT met'}`);
}

// Warm up (first query compiles Prisma's WASM), then measure.
await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': key }, body: JSON.stringify({ query: '{ viewer { scopes } }' }) });
await measure('GraphQL uploadDocuments', url, { 'graphql-require-preflight': '1' }, graphqlForm(makeFiles()));
// Page counting of the first upload runs after its answer (and reads each file): let it finish first.
await new Promise((resolve) => setTimeout(resolve, 20_000));
await measure('Documind POST /upload (REST gateway)', url.replace('/graphql', '/documind/api/v1/upload'), {}, documindForm(makeFiles()));
server.kill('SIGTERM');
await rm(dir, { recursive: true, force: true });
