// Prisma's schema engine as WebAssembly (the native one cannot be downloaded here), driven through the
// driver adapters. Used at development time to write migrations and in CI to detect drift — never at
// run time. The package is a bundler build: its .wasm is instantiated by hand.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';
import { isPostgresUrl } from '../config/settings.ts';
import { sqlitePath } from './client.ts';

type Bindings = { SchemaEngine: typeof SchemaEngine };
let bindings: Promise<Bindings> | null = null;

async function loadBindings(): Promise<Bindings> {
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
  const bg = await import('@prisma/schema-engine-wasm/schema_engine_bg');
  const module = new WebAssembly.Module(readFileSync(path.join(dir, 'schema_engine_bg.wasm')));
  const instance = new WebAssembly.Instance(module, { './schema_engine_bg.js': bg });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  return bg as unknown as Bindings;
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

type Connectable = { connect(): Promise<unknown> };
type Adapter = { dispose(): Promise<void>; performIO?: (q: unknown) => Promise<{ fields: { dataTypeID: number }[] }> };

/** Wraps `connect` to post-process each adapter and remember it, so `close` can release the database. */
function tracked<F extends Connectable>(factory: F, adapters: Adapter[], patch: (adapter: Adapter) => void = () => {}) {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = (await connect()) as Adapter;
    patch(adapter);
    adapters.push(adapter);
    return adapter;
  };
  return factory;
}

/** adapter-pg cannot deserialize pg_catalog's one-byte "char" columns the engine reads when describing a schema: read them as text. */
function readCharAsText(adapter: Adapter) {
  const performIO = adapter.performIO!.bind(adapter);
  adapter.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result.fields) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    return result;
  };
}

function adapterFor(url: string, adapters: Adapter[]) {
  if (isPostgresUrl(url)) {
    const u = new URL(url);
    // Parts, not a connection string: pg lets a connection string override `database` (shared notes).
    const factory = new PrismaPg({
      host: u.hostname,
      port: Number(u.port || 5432),
      user: decodeURIComponent(u.username || 'postgres'),
      password: decodeURIComponent(u.password),
      database: decodeURIComponent(u.pathname.slice(1)),
    });
    return tracked(factory, adapters, readCharAsText);
  }
  return tracked(new PrismaBetterSqlite3({ url: sqlitePath(url) }), adapters);
}

export interface OpenEngine {
  engine: SchemaEngine;
  /** The schema files the engine was given, as its commands take them. */
  files: { path: string; content: string }[];
  close(): Promise<void>;
}

/** A schema engine on the database at `databaseUrl` with the models of `schemaFile`. Close it after use. */
export async function openSchemaEngine(databaseUrl: string, schemaFile: string): Promise<OpenEngine> {
  bindings ??= loadBindings();
  const { SchemaEngine } = await bindings;
  const files = [{ path: schemaFile, content: readFileSync(schemaFile, 'utf8') }];
  const adapters: Adapter[] = [];
  const factory = adapterFor(databaseUrl, adapters);
  const engine = await SchemaEngine.new({ datamodels: files.map((f) => [f.path, f.content]) }, () => {}, bindMigrationAwareSqlAdapterFactory(factory as never));
  return {
    engine,
    files,
    async close() {
      engine.free();
      await Promise.all(adapters.map((a) => a.dispose()));
    },
  };
}

/** A migrations folder as the engine's commands take it (what Prisma's CLI reads from disk). */
export function migrationList(dir: string): MigrationList {
  const lockfile = path.join(dir, 'migration_lock.toml');
  return {
    baseDir: dir,
    lockfile: { path: 'migration_lock.toml', content: existsSync(lockfile) ? readFileSync(lockfile, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort()
      .map((name) => ({ path: name, migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: readFileSync(path.join(dir, name, 'migration.sql'), 'utf8') } } })),
  };
}

export const NO_FILTERS = { externalTables: [], externalEnums: [] };

/**
 * SQL that takes the database at `databaseUrl` (migrated by our runner) to the models of `schemaFile`;
 * empty when they agree.
 */
export async function diffDatabaseToSchema(databaseUrl: string, schemaFile: string): Promise<string> {
  const { engine, files, close } = await openSchemaEngine(databaseUrl, schemaFile);
  try {
    const result = await engine.diff({
      // The adapter's database (the scratch one our runner migrated).
      from: { tag: 'schemaDatasource', files, configDir: process.cwd() },
      to: { tag: 'schemaDatamodel', files },
      script: true,
      exitCode: true,
      filters: NO_FILTERS,
    });
    const sql = (result.stdout ?? '').trim();
    return /^-- This is an empty migration\.?$/.test(sql) ? '' : sql;
  } finally {
    await close();
  }
}
