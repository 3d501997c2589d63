// Private catalogs: records imported from CSV or JSON, matched against extracted key values (exact on
// the indexed normalised key, else approximate by trigram similarity). A matched record's values are
// the source of truth (Docmind's catalog_values).
import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { isPostgresUrl } from '../config/settings.ts';
import { CatalogIndex, normalizeKey } from '../engine/catalog/match.ts';
import type { FieldDef, SchemaDef } from '../engine/types.ts';
import { NotFoundError, ValidationError } from './errors.ts';
import type { Actor } from './principal.ts';

/** Rows per INSERT: 5 parameters each, under the 999 a statement may carry. */
const IMPORT_CHUNK = 199;
export const DEFAULT_CATALOG_THRESHOLD = 0.8;

export interface CatalogInput {
  name: string;
  columns: string[];
  keyColumns: string[];
  outputColumns?: string[] | null;
}

function checkColumns(input: CatalogInput) {
  if (!input.name.trim()) throw new ValidationError('A catalog needs a name', 'name');
  if (!input.columns.length || new Set(input.columns).size !== input.columns.length) throw new ValidationError('columns must be a non-empty list of distinct names', 'columns');
  const unknown = [...input.keyColumns, ...(input.outputColumns ?? [])].filter((c) => !input.columns.includes(c));
  if (unknown.length) throw new ValidationError(`Not catalog columns: ${unknown.join(', ')}`, 'keyColumns');
  if (!input.keyColumns.length) throw new ValidationError('At least one key column is needed', 'keyColumns');
}

export async function createCatalog(actor: Actor, input: CatalogInput) {
  checkColumns(input);
  return actor.db.catalog.create({
    data: {
      organizationId: actor.principal.organizationId,
      name: input.name.trim(),
      columns: input.columns as never,
      keyColumns: input.keyColumns as never,
      outputColumns: (input.outputColumns ?? []) as never,
    },
  });
}

export async function getCatalog(actor: Pick<Actor, 'db'>, id: string) {
  const catalog = await actor.db.catalog.findUnique({ where: { id } });
  if (!catalog) throw new NotFoundError('Catalog', id);
  return catalog;
}

function parseRecords(body: string, format: 'csv' | 'json', columns: string[]): Record<string, string>[] {
  let rows: Record<string, unknown>[];
  try {
    rows = format === 'csv' ? parse(body, { columns: true, skip_empty_lines: true, trim: true, bom: true }) : JSON.parse(body);
  } catch (error) {
    throw new ValidationError(`The ${format.toUpperCase()} cannot be read: ${(error as Error).message}`, 'file');
  }
  if (!Array.isArray(rows)) throw new ValidationError('JSON records must be an array of objects', 'file');
  return rows.map((row, i) => {
    if (!row || typeof row !== 'object') throw new ValidationError(`Record ${i + 1} is not an object`, 'file');
    const missing = columns.filter((c) => !(c in row));
    if (missing.length) throw new ValidationError(`Record ${i + 1} lacks column(s) ${missing.join(', ')}`, 'file');
    return Object.fromEntries(columns.map((c) => [c, row[c] == null ? '' : String(row[c])]));
  });
}

/** Imports records; REPLACE swaps the whole catalog in one transaction, APPEND adds. */
export async function importCatalogRecords(actor: Actor, catalogId: string, body: string, options: { format: 'csv' | 'json'; mode: 'replace' | 'append' }) {
  const catalog = await getCatalog(actor, catalogId);
  const columns = catalog.columns as string[];
  const keyColumns = catalog.keyColumns as string[];
  const records = parseRecords(body, options.format, columns);
  const org = actor.principal.organizationId;
  await actor.db.$transaction(
    async (tx) => {
      if (options.mode === 'replace') await tx.catalogRecord.deleteMany({ where: { catalogId } });
      // Multi-row INSERTs: Prisma's createMany is ~30× slower on 100k rows. The organisation is set
      // explicitly here (raw SQL is outside the tenant-scoping extension) from the catalog just checked.
      const postgres = isPostgresUrl(actor.services.settings.databaseUrl);
      // Placeholders: $n with a json cast on PostgreSQL, ? on SQLite.
      const p = (n: number, cast = '') => (postgres ? `$${n}${cast}` : '?');
      for (let i = 0; i < records.length; i += IMPORT_CHUNK) {
        const chunk = records.slice(i, i + IMPORT_CHUNK);
        const params: string[] = [];
        const rows = chunk.map((values) => {
          params.push(randomUUID(), org, catalogId, JSON.stringify(values), normalizeKey(values, keyColumns));
          const n = params.length;
          return `(${p(n - 4)}, ${p(n - 3)}, ${p(n - 2)}, ${p(n - 1, '::json')}, ${p(n)})`;
        });
        await tx.$executeRawUnsafe(`INSERT INTO "CatalogRecord" ("id", "organizationId", "catalogId", "values", "matchKey") VALUES ${rows.join(', ')}`, ...params);
      }
      const count = await tx.catalogRecord.count({ where: { catalogId } });
      await tx.catalog.update({ where: { id: catalogId }, data: { recordCount: count } });
    },
    { timeout: 120_000 },
  );
  indexes.delete(catalogId);
  return getCatalog(actor, catalogId);
}

/** Built once per catalog and process, rebuilt after an import (keyed by the catalog's updatedAt). */
const indexes = new Map<string, { updatedAt: number; index: Promise<CatalogIndex> }>();

async function indexOf(actor: Pick<Actor, 'db'>, catalog: { id: string; updatedAt: Date }) {
  const cached = indexes.get(catalog.id);
  if (cached && cached.updatedAt === catalog.updatedAt.getTime()) return cached.index;
  const index = actor.db.catalogRecord.findMany({ where: { catalogId: catalog.id }, select: { id: true, matchKey: true } }).then((rows) => new CatalogIndex(rows));
  indexes.set(catalog.id, { updatedAt: catalog.updatedAt.getTime(), index });
  return index;
}

export interface CatalogResult {
  type: 'catalog';
  matching: {
    status: 'found' | 'not_found';
    method: 'exact' | 'approximate';
    score: number;
    threshold_used: number | null;
    extracted_values: Record<string, unknown>;
    catalog_record_id: string | null;
    key_columns: string[];
  };
  catalog_values: Record<string, unknown>;
  catalog_info: { id: string; name: string; output_columns: string[] };
}

export async function matchCatalog(actor: Pick<Actor, 'db'>, field: FieldDef, extracted: Record<string, unknown>): Promise<CatalogResult> {
  const catalog = await getCatalog(actor, field.catalog!.catalogId);
  const keyColumns = catalog.keyColumns as string[];
  const output = (catalog.outputColumns as string[]).length ? (catalog.outputColumns as string[]) : (catalog.columns as string[]);
  const key = normalizeKey(extracted, keyColumns);
  const index = await indexOf(actor, catalog);
  const approximate = field.catalog!.method !== 'exact';
  const threshold = field.catalog!.threshold ?? DEFAULT_CATALOG_THRESHOLD;
  let match = key.replace(/[\s|]/g, '') ? index.exact(key) : null;
  let score = match?.score ?? 0;
  if (!match && approximate) {
    const nearest = key.replace(/[\s|]/g, '') ? index.nearest(key) : null;
    score = nearest ? Math.round(nearest.score * 1000) / 1000 : 0;
    if (nearest && nearest.score >= threshold) match = nearest;
  }
  const record = match ? await actor.db.catalogRecord.findUnique({ where: { id: match.id } }) : null;
  const values = (record?.values ?? {}) as Record<string, unknown>;
  return {
    type: 'catalog',
    matching: {
      status: record ? 'found' : 'not_found',
      method: match?.method ?? (approximate && score > 0 ? 'approximate' : 'exact'),
      score: record ? (match!.method === 'exact' ? 1 : score) : score,
      threshold_used: match?.method === 'approximate' || (!record && approximate && score > 0) ? threshold : null,
      extracted_values: extracted,
      catalog_record_id: record?.id ?? null,
      key_columns: keyColumns,
    },
    catalog_values: record ? { ...Object.fromEntries(keyColumns.map((c) => [c, values[c]])), ...Object.fromEntries(output.map((c) => [c, values[c]])) } : {},
    catalog_info: { id: catalog.id, name: catalog.name, output_columns: output },
  };
}

/** Replaces each catalog field's extracted key values in `results` by its match (top-level fields). */
export async function applyCatalogs(actor: Pick<Actor, 'db'>, schema: SchemaDef, results: Record<string, unknown>) {
  for (const field of schema.fields) {
    if (field.type !== 'catalog' || !field.catalog) continue;
    const raw = results[field.name];
    const extracted = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : { [(field.fields?.[0]?.name ?? field.name)]: raw ?? null };
    results[field.name] = await matchCatalog(actor, field, extracted);
  }
  return results;
}
