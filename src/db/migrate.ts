// Applies the committed migrations (prisma/migrations for SQLite, prisma/postgres/migrations for
// PostgreSQL) at start-up, keeping Prisma's `_prisma_migrations` bookkeeping as `prisma migrate deploy`
// does (same table, checksums, timestamps, advisory lock), so Prisma's own tooling agrees wherever its
// native engine is available. Plain SQL through the drivers: no WASM engine at run time.
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import pg from 'pg';
import { isPostgresUrl } from '../config/settings.ts';
import { sqlitePath } from './client.ts';

const PRISMA_DIR = fileURLToPath(new URL('../../prisma/', import.meta.url));
/** Prisma's own advisory lock key for migrations, so we and `prisma migrate` never run at once. */
const PRISMA_MIGRATE_LOCK = 72707369;

export interface Migration {
  name: string;
  sql: string;
  /** What Prisma stores: sha256 (hex) of migration.sql's bytes. */
  checksum: string;
}

export interface MigrateOptions {
  /** Another migrations folder (tests); by default the committed one for the URL's provider. */
  dir?: string;
}

export const migrationsDir = (postgres: boolean) => path.join(PRISMA_DIR, postgres ? 'postgres/migrations' : 'migrations');

export function readMigrations(dir: string): Migration[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'migration.sql')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const bytes = readFileSync(path.join(dir, name, 'migration.sql'));
      return { name, sql: bytes.toString('utf8'), checksum: createHash('sha256').update(bytes).digest('hex') };
    });
}

// Prisma's own DDL for its table (schema engine 7.10), so either tool can create it first.
const SQLITE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

const POSTGRES_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  rolled_back_at: unknown;
  logs: string | null;
}

/** Migrations not yet applied; refuses to go on past a failed one, as `prisma migrate deploy` does (P3009). */
function pending(migrations: Migration[], applied: AppliedRow[], log: (line: string) => void) {
  const live = applied.filter((r) => !r.rolled_back_at);
  const failed = live.find((r) => !r.finished_at);
  if (failed) {
    throw new Error(
      `Migration ${failed.migration_name} failed earlier and needs attention before starting (logs: ${failed.logs ?? 'none'}); ` +
        'fix the database, then mark the row rolled back (`prisma migrate resolve --rolled-back`) or delete it from _prisma_migrations',
    );
  }
  for (const row of live) {
    const m = migrations.find((x) => x.name === row.migration_name);
    if (m && m.checksum !== row.checksum) log(`warning: migration ${m.name} was modified after it was applied`);
  }
  const done = new Set(live.map((r) => r.migration_name));
  return migrations.filter((m) => !done.has(m.name));
}

/** The text form Prisma's engine writes through the SQLite driver adapter: RFC 3339, milliseconds, +00:00. */
const sqliteTimestamp = () => new Date().toISOString().replace('Z', '+00:00');

function migrateSqlite(url: string, migrations: Migration[], log: (line: string) => void) {
  const file = sqlitePath(url);
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, { timeout: 30_000 });
  try {
    db.exec(SQLITE_TABLE);
    // Prisma's table-redefinition scripts turn foreign keys off around DROP TABLE, but that pragma is a
    // no-op inside a transaction, and with enforcement on, dropping a parent table cascades to its
    // children. Off for the run; integrity is checked before commit instead.
    db.pragma('foreign_keys = OFF');
    const insert = db.prepare(
      'INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count) VALUES (?, ?, ?, ?, NULL, NULL, ?, 1)',
    );
    // One immediate transaction: concurrent starters on the same file wait, then find nothing to do,
    // and a failing script leaves the database as it was (SQLite DDL is transactional).
    const run = db.transaction(() => {
      const todo = pending(migrations, db.prepare('SELECT * FROM "_prisma_migrations"').all() as AppliedRow[], log);
      for (const m of todo) {
        const started = sqliteTimestamp();
        try {
          db.exec(m.sql);
        } catch (error) {
          throw new Error(`Migration ${m.name} failed (nothing was applied): ${(error as Error).message}`);
        }
        insert.run(randomUUID(), m.checksum, sqliteTimestamp(), m.name, started);
        log(`applied migration ${m.name}`);
      }
      const violations = db.pragma('foreign_key_check') as { table: string; parent: string }[];
      if (violations.length) {
        const { table, parent } = violations[0]!;
        throw new Error(`Migrations left ${violations.length} row(s) violating foreign keys (first: ${table} → ${parent}); nothing was applied`);
      }
      return todo.map((m) => m.name);
    });
    return run.immediate();
  } finally {
    db.close();
  }
}

async function migratePostgres(url: string, migrations: Migration[], log: (line: string) => void) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Session lock: a second starter (or `prisma migrate deploy`) waits here, then finds nothing to do.
    await client.query('SELECT pg_advisory_lock($1)', [PRISMA_MIGRATE_LOCK]);
    await client.query(POSTGRES_TABLE);
    const todo = pending(migrations, (await client.query('SELECT * FROM "_prisma_migrations"')).rows, log);
    for (const m of todo) {
      const id = randomUUID();
      await client.query('INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)', [id, m.checksum, m.name]);
      try {
        // One simple query, as Prisma sends it: PostgreSQL runs it as one implicit transaction, and the
        // BEGIN/COMMIT blocks Prisma writes for enum changes keep their meaning.
        await client.query(m.sql);
      } catch (error) {
        // Left unfinished with its logs, as Prisma leaves a failed migration.
        await client.query('UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1', [id, (error as Error).message]);
        throw new Error(`Migration ${m.name} failed: ${(error as Error).message}`);
      }
      await client.query('UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = applied_steps_count + 1 WHERE id = $1', [id]);
      log(`applied migration ${m.name}`);
    }
    return todo.map((m) => m.name);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_MIGRATE_LOCK]).catch(() => {});
    await client.end();
  }
}

/**
 * Applies the committed migrations not yet applied to `databaseUrl` (`file:...` SQLite, whose folder is
 * created, or `postgresql://...`). Idempotent; concurrent callers on one database are serialised.
 */
export async function migrate(databaseUrl: string, log: (line: string) => void = () => {}, options: MigrateOptions = {}): Promise<{ applied: string[] }> {
  const postgres = isPostgresUrl(databaseUrl);
  const migrations = readMigrations(options.dir ?? migrationsDir(postgres));
  const applied = postgres ? await migratePostgres(databaseUrl, migrations, log) : migrateSqlite(databaseUrl, migrations, log);
  return { applied };
}
