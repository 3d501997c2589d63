// A 100k-row catalog: import time through docsift (CSV → normalised, indexed records) against a bare
// better-sqlite3 bulk insert of the same rows (the reference), then exact and approximate match latency.
// Run: npx tsx bench/catalog.ts [rows=100000]
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { loadSettings } from '../src/config/settings.ts';
import { scopedDb } from '../src/db/tenant.ts';
import { createCatalog, importCatalogRecords, matchCatalog } from '../src/resolvers/catalogs.ts';
import { ensureOrganization } from '../src/resolvers/organizations.ts';
import type { Actor } from '../src/resolvers/principal.ts';
import { createServices } from '../src/services.ts';

const ROWS = Number(process.argv[2] ?? 100_000);
const WORDS = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Stark', 'Wayne', 'Tyrell', 'Cyberdyne', 'Soylent', 'Hooli', 'Vandelay', 'Wonka', 'Gringotts', 'Oceanic', 'Aperture', 'Massive'];
const FORMS = ['S.L.', 'S.A.', 'Ltd', 'GmbH', 'Inc', 'SDN BHD'];
const name = (i: number) => `${WORDS[i % 16]} ${WORDS[(i >> 4) % 16]} ${WORDS[(i >> 8) % 16]} ${i} ${FORMS[i % 6]}`;
const rows = Array.from({ length: ROWS }, (_, i) => ({ nombre: name(i), nif: `B${String(i).padStart(8, '0')}`, ciudad: WORDS[(i * 7) % 16] }));
const csv = ['nombre,nif,ciudad', ...rows.map((r) => `${r.nombre},${r.nif},${r.ciudad}`)].join('\n');

const dir = mkdtempSync(path.join(os.tmpdir(), 'docsift-bench-catalog-'));
const services = await createServices(loadSettings({ DOCSIFT_DATA_DIR: dir }));
const org = await ensureOrganization(services.db, 'bench');
const actor = { principal: { organizationId: org.id, apiKeyId: '', keyPrefix: '', userId: null, scopes: new Set(), globalAdmin: false }, db: scopedDb(services.db, org.id), services } as Actor;
const catalog = await createCatalog(actor, { name: 'bench', columns: ['nombre', 'nif', 'ciudad'], keyColumns: ['nombre'] });

let t = performance.now();
await importCatalogRecords(actor, catalog.id, csv, { format: 'csv', mode: 'replace' });
const importSeconds = (performance.now() - t) / 1000;

const ref = new Database(path.join(dir, 'ref.db'));
ref.exec('CREATE TABLE r (id TEXT PRIMARY KEY, nombre TEXT, nif TEXT, ciudad TEXT, k TEXT); CREATE INDEX rk ON r (k)');
t = performance.now();
const insert = ref.prepare('INSERT INTO r VALUES (?, ?, ?, ?, ?)');
ref.transaction(() => rows.forEach((r, i) => insert.run(String(i), r.nombre, r.nif, r.ciudad, r.nombre.toLowerCase())))();
const refSeconds = (performance.now() - t) / 1000;

const field = (method: 'exact' | 'approximate') => ({ name: 'x', type: 'catalog' as const, catalog: { catalogId: catalog.id, threshold: 0.8, method } });
t = performance.now();
await matchCatalog(actor, field('approximate'), { nombre: name(1) }); // builds the trigram index
const buildSeconds = (performance.now() - t) / 1000;
const time = async (method: 'exact' | 'approximate', value: (i: number) => string, n = 200) => {
  let found = 0;
  const start = performance.now();
  for (let i = 0; i < n; i++) if ((await matchCatalog(actor, field(method), { nombre: value(i * 499) })).matching.status === 'found') found++;
  return { ms: (performance.now() - start) / n, found };
};
const exact = await time('exact', (i) => name(i).toUpperCase());
const approx = await time('approximate', (i) => name(i).replace(/\./g, '').replace(/ (\d+) /, ' $1x '));

console.log(`${ROWS} rows (${(csv.length / 1024 / 1024).toFixed(1)} MB CSV)`);
console.log(`docsift import: ${importSeconds.toFixed(2)} s; bare better-sqlite3 insert (reference): ${refSeconds.toFixed(2)} s; ratio ${(importSeconds / refSeconds).toFixed(1)}×`);
console.log(`trigram index build (first match): ${buildSeconds.toFixed(2)} s`);
console.log(`exact match: ${exact.ms.toFixed(2)} ms/match (${exact.found}/200 found)`);
console.log(`approximate match (trigram Dice ≥ 0.8): ${approx.ms.toFixed(2)} ms/match (${approx.found}/200 found)`);
ref.close();
await services.close();
rmSync(dir, { recursive: true, force: true });
