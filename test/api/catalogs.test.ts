// Private catalogs: import (CSV, JSON; replace, append; all or nothing), matching exactly as seed 003's
// three cases, and catalog fields inside an extraction.
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { createTestApp, databases, type TestApp } from '../support/app.ts';
import { makeInvoice } from '../support/invoice.ts';
import { waitFor } from '../support/wait.ts';
import { ExtractDocument, ExtractionQuery, UploadBase64 } from './operations.ts';

const CreateCatalog = graphql(`
  mutation CreateCatalog($name: String!, $columns: [String!]!, $keyColumns: [String!]!, $outputColumns: [String!]) {
    createCatalog(name: $name, columns: $columns, keyColumns: $keyColumns, outputColumns: $outputColumns) {
      __typename ... on MutationCreateCatalogSuccess { data { id catalogId } } ... on Error { message }
    }
  }
`);
const ImportRecords = graphql(`
  mutation ImportRecords($catalogId: ID!, $file: Upload!, $format: CatalogFormat!, $mode: CatalogImportMode) {
    importCatalogRecords(catalogId: $catalogId, file: $file, format: $format, mode: $mode) {
      __typename ... on MutationImportCatalogRecordsSuccess { data { recordCount } } ... on Error { message }
    }
  }
`);
const Match = graphql(`query Match($catalogId: ID!, $values: JSON!, $threshold: Float, $exactOnly: Boolean) { matchCatalog(catalogId: $catalogId, values: $values, threshold: $threshold, exactOnly: $exactOnly) }`);

describe.each(databases)('catalogs on %s', (database) => {
  let t: TestApp;
  let url: string;
  let key: string;
  let suppliers: { id: string; catalogId: string };
  let clients: { id: string; catalogId: string };

  async function importFile(catalogId: string, body: string, format: 'CSV' | 'JSON', mode: 'REPLACE' | 'APPEND' = 'REPLACE') {
    const form = new FormData();
    form.append('operations', JSON.stringify({ query: print(ImportRecords), variables: { catalogId, file: null, format, mode } }));
    form.append('map', JSON.stringify({ 0: ['variables.file'] }));
    form.append('0', new Blob([body]), `records.${format.toLowerCase()}`);
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'x-api-key': key, 'graphql-require-preflight': '1' }, body: form });
    return ((await res.json()) as any).data.importCatalogRecords;
  }

  async function create(name: string, columns: string[], keyColumns: string[], outputColumns?: string[]) {
    const res = await t.gql(CreateCatalog, { name, columns, keyColumns, outputColumns }, key);
    if (res.data?.createCatalog.__typename !== 'MutationCreateCatalogSuccess') throw new Error(JSON.stringify(res));
    return res.data.createCatalog.data;
  }

  beforeAll(async () => {
    t = await createTestApp({ database });
    url = await t.listen();
    key = await (await t.org()).key(['admin']);
    suppliers = await create('Catálogo de Proveedores', ['nombre_empresa', 'contacto_principal', 'telefono', 'email'], ['nombre_empresa']);
    const csv = [
      'nombre_empresa,contacto_principal,telefono,email',
      'ACME Corp S.L.,Juan Pérez,+34 912 345 678,contacto@acme-corp.com',
      '"Northwind Traders, Ltd",Ana Gómez,+44 20 7946 0000,ana@northwind.example',
      'Globex S.A.,Marta Ruiz,+34 600 000 000,marta@globex.example',
    ].join('\n');
    expect(await importFile(suppliers.id, csv, 'CSV')).toMatchObject({ data: { recordCount: 3 } });
    clients = await create('Clientes', ['nif', 'razon_social', 'direccion'], ['razon_social']);
    const json = JSON.stringify([{ nif: 'B12345678', razon_social: 'Empresa Ejemplo S.L.', direccion: 'Calle Mayor 123, Madrid' }]);
    expect(await importFile(clients.id, json, 'JSON')).toMatchObject({ data: { recordCount: 1 } });
  });
  afterAll(() => t.close());

  describe("seed 003's three cases", () => {
    it('exact match (normalised): found, score 1.0, no threshold, the record as source of truth', async () => {
      const r = (await t.gql(Match, { catalogId: suppliers.id, values: { nombre_empresa: 'acme corp s.l.' } }, key)).data!.matchCatalog as any;
      expect(r).toEqual({
        type: 'catalog',
        matching: { status: 'found', method: 'exact', score: 1, threshold_used: null, extracted_values: { nombre_empresa: 'acme corp s.l.' }, catalog_record_id: expect.any(String), key_columns: ['nombre_empresa'] },
        catalog_values: { nombre_empresa: 'ACME Corp S.L.', contacto_principal: 'Juan Pérez', telefono: '+34 912 345 678', email: 'contacto@acme-corp.com' },
        catalog_info: { id: suppliers.catalogId, name: 'Catálogo de Proveedores', output_columns: ['nombre_empresa', 'contacto_principal', 'telefono', 'email'] },
      });
    });

    it('approximate match over the threshold: found with its trigram similarity', async () => {
      const r = (await t.gql(Match, { catalogId: clients.id, values: { razon_social: 'Empresa Ejemplo SL Madrid' }, threshold: 0.7 }, key)).data!.matchCatalog as any;
      expect(r.matching).toMatchObject({ status: 'found', method: 'approximate', threshold_used: 0.7, key_columns: ['razon_social'] });
      expect(r.matching.score).toBeGreaterThanOrEqual(0.7);
      expect(r.matching.score).toBeLessThan(1);
      expect(r.catalog_values).toEqual({ razon_social: 'Empresa Ejemplo S.L.', nif: 'B12345678', direccion: 'Calle Mayor 123, Madrid' });
      // The same values under a stricter threshold are not accepted.
      const strict = (await t.gql(Match, { catalogId: clients.id, values: { razon_social: 'Empresa Ejemplo SL Madrid' }, threshold: 0.99 }, key)).data!.matchCatalog as any;
      expect(strict.matching.status).toBe('not_found');
    });

    it('no match: not_found, score 0, empty catalog_values', async () => {
      const r = (await t.gql(Match, { catalogId: suppliers.id, values: { nombre_empresa: 'Empresa Desconocida S.L.' }, exactOnly: true }, key)).data!.matchCatalog as any;
      expect(r.matching).toMatchObject({ status: 'not_found', method: 'exact', score: 0, catalog_record_id: null });
      expect(r.catalog_values).toEqual({});
    });
  });

  describe('imports', () => {
    it('appends JSON, and refuses a bad file without changing anything', async () => {
      expect(await importFile(clients.id, JSON.stringify([{ nif: 'A1', razon_social: 'Otra S.A.', direccion: 'x' }]), 'JSON', 'APPEND')).toMatchObject({ data: { recordCount: 2 } });
      const bad = await importFile(clients.id, 'nif,razon_social\nB1,Sin direccion', 'CSV');
      expect(bad).toMatchObject({ __typename: 'ValidationError', message: expect.stringMatching(/lacks column\(s\) direccion/) });
      const still = (await t.gql(Match, { catalogId: clients.id, values: { razon_social: 'Otra S.A.' }, exactOnly: true }, key)).data!.matchCatalog as any;
      expect(still.matching.status).toBe('found');
    });
  });

  describe('catalog fields in an extraction', () => {
    it('extracts the key values and matches them against the catalog', async () => {
      const up = await t.gql(UploadBase64, { filename: 'inv.pdf', base64: (await makeInvoice()).toString('base64') }, key);
      const documentId = (up.data!.uploadDocumentBase64 as any).data.id;
      const schema = {
        fields: [
          { name: 'invoice_number', type: 'string' },
          { name: 'proveedor', type: 'catalog', catalog: { catalogId: suppliers.catalogId, threshold: 0.8 }, fields: [{ name: 'nombre_empresa', type: 'string', description: 'Company that issued the invoice' }] },
        ],
      };
      const created = (await t.gql(ExtractDocument, { documentId, input: { schema } }, key)).data!.extractDocument as any;
      const e = await waitFor(async () => {
        const x = (await t.gql(ExtractionQuery, { id: created.data.id }, key)).data?.extraction;
        return x?.status === 'COMPLETED' ? x : null;
      });
      const proveedor = (e.results as any).proveedor;
      expect(proveedor.matching).toMatchObject({ status: 'found', extracted_values: { nombre_empresa: 'Northwind Traders Ltd' } });
      expect(proveedor.catalog_values.email).toBe('ana@northwind.example');
    });
  });
});
