// Docmind by Devol at /docmind/v1, replayed from seed 003: base64 upload with a skill → 202, polling,
// ordered `fields` (literal/parsed, object, list and catalog shapes), /detailed with words and word_ids,
// the original's download, PATCH /status, the list's filters, and its error codes.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, databases, type TestApp } from '../support/app.ts';
import { makeInvoice, SPANISH } from '../support/invoice.ts';
import { curl } from '../support/replay.ts';
import { waitFor } from '../support/wait.ts';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { graphql } from '../gql/index.ts';
import { actorFromKey } from '../../src/resolvers/services.ts';
import { createCatalog, importCatalogRecords } from '../../src/resolvers/catalogs.ts';
import { createSkill } from '../../src/resolvers/skills.ts';

const Archive = graphql(`
  mutation Archive($id: ID!, $archived: Boolean!) {
    setExtractionArchived(id: $id, archived: $archived) { __typename ... on Error { message } }
  }
`);
const SEED_BASES = ['https://api-docmind.devol.esm/v1', 'https://api-docmind.devol.es/v1'];
const ROW_KEYS = ['id', 'origin_name', 'extraction_date', 'last_modification', 'last_user_id', 'last_user_name', 'last_user_email', 'status', 'skill_name', 'habilidad_id'].sort();
const FULL_KEYS = ['id', 'origin_name', 'extraction_date', 'last_modification', 'last_user_id', 'last_user_name', 'last_user_email', 'status', 'skill_name', 'fields', 'usage'].sort();
const FECHA = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}\+00:00$/;

describe.each(databases)('Docmind gateway on %s', (database) => {
  let t: TestApp;
  let base: string;
  let key: string;
  let dir: string;
  let pdf: Buffer;
  let extractionId: string;
  /** The seed's curl arguments, with our base URL and key. */
  const seed = (args: string[]) => args.map((a) => SEED_BASES.reduce((s, b) => s.replaceAll(b, base), a).replaceAll('TU_API_KEY', key));
  const get = (p: string, k = key) => fetch(`${base}${p}`, { headers: { 'x-api-key': k } });
  const finished = (id: string) =>
    waitFor(async () => {
      const body = await (await get(`/extractions/${id}`)).json();
      return ['completado', 'incompleto', 'error'].includes(body.status) ? body : null;
    }, 60_000, `extraction ${id}`);

  beforeAll(async () => {
    t = await createTestApp({ database });
    base = `${await t.listen()}/docmind/v1`;
    const org = await t.org();
    key = await org.key(['admin']);
    const actor = await actorFromKey(t.services, key);
    const catalog = await createCatalog(actor, { name: 'Catálogo de Proveedores', columns: ['nombre_empresa', 'contacto_principal', 'email'], keyColumns: ['nombre_empresa'] });
    await importCatalogRecords(actor, catalog.id, 'nombre_empresa,contacto_principal,email\nNorthwind Traders Ltd,Ana García,ana@northwind.example\nACME Corp S.L.,Juan Pérez,contacto@acme-corp.com\n', { format: 'csv', mode: 'replace' });
    await createSkill(actor, {
      slug: 'factura',
      name: 'Facturas',
      schema: [
        { name: 'numero_factura', order: 1, type: 'string', description: 'Número de la factura' },
        { name: 'proveedor', order: 2, type: 'catalog', catalog: { catalogId: catalog.id }, fields: [{ name: 'nombre_empresa', type: 'string', description: 'Empresa que emite la factura' }] },
        { name: 'fecha_emision', order: 3, type: 'date', description: 'Fecha de emisión' },
        { name: 'cliente', order: 4, type: 'object', fields: [{ name: 'nombre', order: 1, type: 'string' }, { name: 'dni', order: 2, type: 'string' }] },
        { name: 'items', order: 5, type: 'object', isList: true, fields: [{ name: 'Descripcion', order: 1, type: 'string' }, { name: 'Cantidad', order: 2, type: 'integer' }, { name: 'Precio', order: 3, type: 'float' }] },
        { name: 'monto_total', order: 6, type: 'float', description: 'Total a pagar' },
      ],
    });
    dir = await mkdtemp(path.join(os.tmpdir(), 'docmind-'));
    pdf = await makeInvoice({ labels: SPANISH });
  });
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('POST /v1/extractions (seed curl): 202 with only extraction_id, then completes', async () => {
    const body = path.join(dir, 'body.json');
    await writeFile(body, JSON.stringify({ model: 'gpt-4o-mini', file_name: 'documento.pdf', skill: 'factura', file_base64: pdf.toString('base64'), extraction_mode: 'ocr_pdf' }));
    const res = await curl(seed(['-X', 'POST', 'https://api-docmind.devol.es/v1/extractions', '-H', 'Content-Type: application/json', '-H', 'x-api-key: TU_API_KEY', '-d', `@${body}`]));
    expect(res.status).toBe(202);
    expect(Object.keys(res.body)).toEqual(['extraction_id']);
    extractionId = res.body.extraction_id;
    expect((await finished(extractionId)).status).toMatch(/^(completado|incompleto)$/);
  });

  it('GET /v1/extractions/{id} (seed curl): ordered fields with literal/parsed, object, list and catalog shapes, and usage', async () => {
    const res = await curl(seed(['-X', 'GET', `https://api-docmind.devol.es/v1/extractions/${extractionId}`, '-H', 'x-api-key: TU_API_KEY']));
    expect(res.status).toBe(200);
    const e = res.body;
    expect(Object.keys(e).sort()).toEqual(FULL_KEYS);
    expect(e).toMatchObject({ id: extractionId, origin_name: 'documento.pdf', skill_name: 'Facturas', last_user_name: expect.stringContaining('User of'), last_user_email: expect.stringContaining('@example.test') });
    expect(e.extraction_date).toMatch(FECHA);
    expect(e.fields.map((f: any) => [f.name, f.order, f.type])).toEqual([
      ['numero_factura', 1, 'string'],
      ['proveedor', 2, 'catalog'],
      ['fecha_emision', 3, 'date'],
      ['cliente', 4, 'object'],
      ['items', 5, 'object'],
      ['monto_total', 6, 'float'],
    ]);
    const [numero, proveedor, fecha, cliente, items, total] = e.fields;
    expect(numero.value).toEqual({ literal: 'INV-2024-001', parsed: 'INV-2024-001' });
    expect(fecha.value).toEqual({ literal: '15/06/2024', parsed: '2024-06-15' });
    expect(total.value).toEqual({ literal: expect.stringContaining('1,250.00'), parsed: 1250 });
    expect(proveedor.value).toMatchObject({
      type: 'catalog',
      matching: { status: 'found', method: 'exacta', score: 1, threshold_used: null, extracted_values: { nombre_empresa: 'Northwind Traders Ltd' }, catalog_record_id: expect.any(String), key_columns: ['nombre_empresa'] },
      catalog_values: { nombre_empresa: 'Northwind Traders Ltd', contacto_principal: 'Ana García', email: 'ana@northwind.example' },
      catalog_info: { name: 'Catálogo de Proveedores', output_columns: ['nombre_empresa', 'contacto_principal', 'email'] },
    });
    expect(cliente.value.map((c: any) => [c.name, c.order, c.type, Object.keys(c.value)])).toEqual([
      ['nombre', 1, 'string', ['literal', 'parsed']],
      ['dni', 2, 'string', ['literal', 'parsed']],
    ]);
    expect(items.value).toEqual([
      { Descripcion: { literal: 'Consulting services', parsed: 'Consulting services' }, Cantidad: { literal: '10', parsed: 10 }, Precio: { literal: '100.00', parsed: 100 } },
      { Descripcion: { literal: 'Travel expenses', parsed: 'Travel expenses' }, Cantidad: { literal: '1', parsed: 1 }, Precio: { literal: '250.00', parsed: 250 } },
    ]);
    expect(Object.keys(e.usage).sort()).toEqual(['duration', 'model', 'prompt_tokens', 'response_tokens', 'tokens_consumidos']);
    expect(e.usage.duration).toEqual(expect.any(Number));
  });

  it('GET /detailed (seed curl): word_ids, id and type per value, words by page with coordinates, full_text, num_pages', async () => {
    const res = await curl(seed(['-X', 'GET', `https://api-docmind.devol.esm/v1/extractions/${extractionId}/detailed`, '-H', 'x-api-key: TU_API_KEY']));
    expect(res.status).toBe(200);
    const e = res.body;
    expect(Object.keys(e).sort()).toEqual([...FULL_KEYS, 'words', 'full_text', 'num_pages'].sort());
    expect(e.num_pages).toBe(1);
    expect(Object.keys(e.words)).toEqual(['1']);
    for (const w of e.words['1']) expect(Object.keys(w)).toEqual(['id', 'word', 'x0', 'y0', 'x1', 'y1', 'page']);
    const byId = new Map(e.words['1'].map((w: any) => [w.id, w]));
    const numero = e.fields[0].value;
    expect(Object.keys(numero).sort()).toEqual(['id', 'literal', 'parsed', 'type', 'word_ids']);
    expect(numero.type).toBe('string');
    expect(numero.word_ids.map((id: string) => (byId.get(id) as any).word).join(' ')).toBe('INV-2024-001');
    const fecha = e.fields[2].value;
    expect(fecha.word_ids.map((id: string) => (byId.get(id) as any).word)).toEqual(['15/06/2024']);
    // Field ids are stable across reads.
    const again = await (await get(`/extractions/${extractionId}/detailed`)).json();
    expect(again.fields[0].value.id).toBe(numero.id);
    const w = byId.get(numero.word_ids[0]) as any;
    expect(w.x1).toBeGreaterThan(w.x0);
    expect(w.y1).toBeGreaterThan(w.y0);
    expect(e.full_text).toContain('INV-2024-001');
    expect(e.items).toBeUndefined();
  });

  it('GET /document (seed curl --output): the original bytes with its filename', async () => {
    const out = path.join(dir, 'documento_descargado.pdf');
    const res = await curl(seed(['-X', 'GET', `https://api-docmind.devol.es/v1/extractions/${extractionId}/document`, '-H', 'x-api-key: TU_API_KEY', '--output', out, '-D', '-']));
    expect(res.status).toBe(200);
    expect(res.raw).toMatch(/content-disposition: attachment; filename="documento.pdf"/i);
    expect(Buffer.compare(await readFile(out), pdf)).toBe(0);
  });

  it('PATCH /status (seed curl): completado → incompleto with a message, then back, which clears it; other transitions 400', async () => {
    const toIncomplete = await curl(
      seed(['-X', 'PATCH', `https://api-docmind.devol.es/v1/extractions/${extractionId}/status`, '-H', 'Content-Type: application/json', '-H', 'x-api-key: TU_API_KEY', '-d', '{\n    "status": "incompleto",\n    "message": "Faltan datos de contacto del cliente"\n  }']),
    );
    expect(toIncomplete.status).toBe(200);
    expect(toIncomplete.body).toEqual({
      message: 'Status actualizado exitosamente',
      extraction: { id: extractionId, status: 'incompleto', last_modification: expect.stringMatching(FECHA), last_user_id: expect.any(String), error_message: 'Faltan datos de contacto del cliente' },
    });
    expect((await (await get(`/extractions/${extractionId}`)).json()).status).toBe('incompleto');
    const toComplete = await curl(seed(['-X', 'PATCH', `https://api-docmind.devol.es/v1/extractions/${extractionId}/status`, '-H', 'Content-Type: application/json', '-H', 'x-api-key: TU_API_KEY', '-d', '{\n    "status": "completado"\n  }']));
    expect(toComplete.body.extraction).toMatchObject({ status: 'completado', error_message: null });
    const wrong = await fetch(`${base}/extractions/${extractionId}/status`, { method: 'PATCH', headers: { 'x-api-key': key, 'content-type': 'application/json' }, body: JSON.stringify({ status: 'error' }) });
    expect([wrong.status, Object.keys(await wrong.json())]).toEqual([400, ['detail']]);
    // client_id: a global admin of another organisation names the owner; without it, not found.
    const globalAdmin = await (await t.org()).key(['admin'], { globalAdmin: true });
    const owner = (await t.services.db.extraction.findUniqueOrThrow({ where: { id: extractionId } })).organizationId;
    const patch = (q: string) => fetch(`${base}/extractions/${extractionId}/status${q}`, { method: 'PATCH', headers: { 'x-api-key': globalAdmin, 'content-type': 'application/json' }, body: JSON.stringify({ status: 'completado' }) });
    expect((await patch('')).status).toBe(404);
    expect((await patch(`?client_id=${owner}`)).status).toBe(200);
    const plainAdmin = await (await t.org()).key(['admin']);
    expect((await fetch(`${base}/extractions/${extractionId}/status?client_id=${owner}`, { method: 'PATCH', headers: { 'x-api-key': plainAdmin, 'content-type': 'application/json' }, body: JSON.stringify({ status: 'completado' }) })).status).toBe(404);
  });

  it('GET /v1/extractions (seed curl): Spanish statuses, skill, date, search filters and sorting, with count', async () => {
    // A second, failed extraction (not a PDF a reader can open) and a queued one that no worker takes yet.
    const broken = await fetch(`${base}/extractions`, {
      method: 'POST',
      headers: { 'x-api-key': key, 'content-type': 'application/json' },
      body: JSON.stringify({ file_name: 'roto.pdf', skill: 'factura', file_base64: Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF').toString('base64') }),
    });
    const brokenId = (await broken.json()).extraction_id;
    await finished(brokenId);
    const done = await t.services.db.extraction.findUniqueOrThrow({ where: { id: extractionId } });
    const queued = await t.services.db.extraction.create({
      data: { ...{ organizationId: done.organizationId, documentId: done.documentId, filename: 'en_espera.pdf', skillId: done.skillId, schemaSnapshot: done.schemaSnapshot as never }, availableAt: new Date(Date.now() + 3_600_000) },
    });

    const res = await curl(seed(['-X', 'GET', 'https://api-docmind.devol.es/v1/extractions?status=completado,incompleto&start_date=2023-01-01&limit=50', '-H', 'x-api-key: TU_API_KEY']));
    expect(res.status).toBe(200);
    expect(Object.keys(res.body)).toEqual(['extractions', 'count']);
    expect(res.body.count).toBe(1);
    expect(Object.keys(res.body.extractions[0]).sort()).toEqual(ROW_KEYS);
    expect(res.body.extractions[0]).toMatchObject({ id: extractionId, status: 'completado', skill_name: 'Facturas', habilidad_id: done.skillId });

    const statuses = async (q: string) => (await (await get(`/extractions?${q}`)).json()).extractions.map((x: any) => [x.origin_name, x.status]);
    expect(await statuses('status=error')).toEqual([['roto.pdf', 'error']]);
    expect(await statuses('status=en%20cola')).toEqual([['en_espera.pdf', 'en cola']]);
    expect(await statuses('sort_by=origin_name&sort_order=asc')).toEqual([['documento.pdf', 'completado'], ['en_espera.pdf', 'en cola'], ['roto.pdf', 'error']]);
    expect(await statuses('search=roto')).toEqual([['roto.pdf', 'error']]);
    expect(await statuses('habilidad_slug=factura&limit=1&sort_by=fecha_creacion&sort_order=asc')).toEqual([['documento.pdf', 'completado']]);
    expect(await statuses(`habilidad_id=${done.skillId}&status=completado`)).toEqual([['documento.pdf', 'completado']]);
    expect(await statuses('habilidad_slug=no-existe')).toEqual([]);
    expect(await statuses('end_date=2023-01-31')).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    expect((await statuses(`start_date=${today}&end_date=${today}`)).length).toBe(3);

    // Archived (through GraphQL) leaves the list unless include_archived=true.
    const archived = await t.gql(Archive, { id: encodeGlobalID('Extraction', brokenId), archived: true }, key);
    expect(archived.data?.setExtractionArchived.__typename).toBe('MutationSetExtractionArchivedSuccess');
    expect(await statuses('search=roto')).toEqual([]);
    expect(await statuses('search=roto&include_archived=true')).toEqual([['roto.pdf', 'error']]);

    // While queued: no fields, no usage.
    const pending = await (await get(`/extractions/${queued.id}`)).json();
    expect(pending.status).toBe('en cola');
    expect(pending.fields).toBeUndefined();
    expect(pending.usage).toBeUndefined();
    expect((await get('/extractions?status=terminado')).status).toBe(400);
    const sideways = await get('/extractions?sort_order=sideways');
    expect([sideways.status, await sideways.json()]).toEqual([400, { detail: 'sort_order debe ser asc o desc' }]);
  });

  it('DELETE /extractions/{id}: the document, its pages and results go; then 404', async () => {
    const unique = await makeInvoice({ labels: SPANISH, number: 'BOR-2024-009' });
    const created = await fetch(`${base}/extractions`, { method: 'POST', headers: { 'x-api-key': key, 'content-type': 'application/json' }, body: JSON.stringify({ file_name: 'borrar.pdf', skill: 'factura', file_base64: unique.toString('base64') }) });
    const id = (await created.json()).extraction_id;
    await finished(id);
    const row = await t.services.db.extraction.findUniqueOrThrow({ where: { id }, include: { document: true } });
    const other = await (await t.org()).key(['admin']);
    expect((await fetch(`${base}/extractions/${id}`, { method: 'DELETE', headers: { 'x-api-key': other } })).status).toBe(404);
    const res = await fetch(`${base}/extractions/${id}`, { method: 'DELETE', headers: { 'x-api-key': key } });
    expect([res.status, await res.json()]).toEqual([200, { message: 'Extracción eliminada exitosamente', id }]);
    expect(await t.services.storage.exists(row.document.storageKey)).toBe(false);
    expect(await t.services.db.page.count({ where: { documentId: row.documentId } })).toBe(0);
    expect((await get(`/extractions/${id}`)).status).toBe(404);
  });

  it('answers errors with its codes: 401 key, 400 bad body/base64/skill/type (storing nothing), 403 scope, 404 another organisation', async () => {
    const noKey = await fetch(`${base}/extractions`);
    expect([noKey.status, Object.keys(await noKey.json())]).toEqual([401, ['detail']]);
    const before = await t.services.db.document.count();
    const post = (body: unknown, k = key) => fetch(`${base}/extractions`, { method: 'POST', headers: { 'x-api-key': k, 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
    for (const body of [
      '{not json',
      { file_name: 'a.pdf', skill: 'factura' },
      { file_name: 'a.pdf', skill: 'factura', file_base64: 'este no es base64!!' },
      { file_name: 'a.pdf', skill: 'no-existe', file_base64: pdf.toString('base64') },
      { file_name: 'a.pdf', skill: 'factura', file_base64: Buffer.from('texto plano').toString('base64') },
      { file_name: 'a.pdf', skill: 'factura', file_base64: pdf.toString('base64'), extraction_mode: 'magia' },
    ]) {
      const res = await post(body);
      expect([res.status, Object.keys(await res.json())]).toEqual([400, ['detail']]);
    }
    expect(await t.services.db.document.count()).toBe(before);
    const other = await t.org();
    const readOnly = await other.key(['extractions:read']);
    expect((await post({ file_name: 'a.pdf', skill: 'factura', file_base64: pdf.toString('base64') }, readOnly)).status).toBe(403);
    for (const p of ['', '/detailed', '/document']) {
      const res = await get(`/extractions/${extractionId}${p}`, await other.key(['admin']));
      expect([res.status, await res.json()]).toEqual([404, { detail: 'No se encontró la extracción solicitada' }]);
    }
    const theirs = await (await get('/extractions', readOnly)).json();
    expect(theirs).toEqual({ extractions: [], count: 0 });
  });
});
