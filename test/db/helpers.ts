// Databases and migration folders for the migration tests: fresh SQLite files and fresh PostgreSQL
// databases, `_prisma_migrations` read back with the plain drivers.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { inject } from 'vitest';
import { sqlitePath } from '../../src/db/client.ts';
import { migrationsDir } from '../../src/db/migrate.ts';
import { providerPaths, type Provider } from '../../src/db/migration-drift.ts';
import { createTestDatabase } from '../support/postgres.ts';

/** SQLite always; PostgreSQL unless the run is SQLite-only (DOCSIFT_TEST_SQLITE_ONLY=1). */
export const providers: Provider[] = inject('postgresUrl') ? ['sqlite', 'postgres'] : ['sqlite'];

export function tempDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'docsift-db-test-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** An empty database of the provider's kind; `drop` deletes it. */
export async function freshDatabase(provider: Provider): Promise<{ url: string; drop(): Promise<void> }> {
  if (provider === 'postgres') return createTestDatabase();
  const tmp = tempDir();
  // A nested folder that does not exist yet: the runner must create it.
  return { url: `file:${path.join(tmp.dir, 'data', 'docsift.db')}`, drop: async () => tmp.remove() };
}

export const schemaFile = (provider: Provider) => providerPaths(provider).schemaFile;
export const committedDir = (provider: Provider) => migrationsDir(provider === 'postgres');

/** A copy of the committed migrations plus `extra` (folder name → SQL), in a temp folder. */
export function migrationsWith(provider: Provider, extra: Record<string, string>) {
  const tmp = tempDir();
  cpSync(committedDir(provider), tmp.dir, { recursive: true });
  for (const [name, sql] of Object.entries(extra)) {
    mkdirSync(path.join(tmp.dir, name));
    writeFileSync(path.join(tmp.dir, name, 'migration.sql'), sql);
  }
  return tmp;
}

/** Rows of a query, on either database (`$1`-style parameters are not needed here). */
export async function query<T = Record<string, unknown>>(url: string, sql: string): Promise<T[]> {
  if (url.startsWith('file:')) {
    const db = new Database(sqlitePath(url), { readonly: true });
    try {
      return db.prepare(sql).all() as T[];
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

export interface MigrationRow {
  id: string;
  checksum: string;
  finished_at: string | Date | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: string | Date | null;
  started_at: string | Date;
  applied_steps_count: number;
}

export const migrationRows = (url: string) => query<MigrationRow>(url, 'SELECT * FROM "_prisma_migrations" ORDER BY migration_name');

export async function tableNames(url: string): Promise<string[]> {
  const rows = url.startsWith('file:')
    ? await query<{ name: string }>(url, "SELECT name FROM sqlite_master WHERE type = 'table'")
    : await query<{ name: string }>(url, "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'");
  return rows.map((r) => r.name).sort();
}
