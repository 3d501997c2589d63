// Development tool for migrations, for both providers at once, offline (Prisma's WASM schema engine).
//   create <name>  write a new migration for SQLite and PostgreSQL from the schema change (no-op if none)
//   check          exit 1 if either provider's committed migrations do not build its schema (CI runs this)
//   status         what `prisma migrate status` says about DATABASE_URL (default: the SQLite file)
// create/check take `--prisma-dir <dir>` for another prisma/ folder (create on ours runs `npm run generate` first). The PostgreSQL side needs a server to
// create a scratch database on (DOCSIFT_PG_ADMIN_URL, default postgresql://postgres@127.0.0.1:5432/postgres).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadSettings, isPostgresUrl } from '../src/config/settings.ts';
import { checkMigrations, createMigrations, providerPaths } from '../src/db/migration-drift.ts';
import { migrationList, NO_FILTERS, openSchemaEngine } from '../src/db/schema-engine.ts';

async function status() {
  const { databaseUrl } = loadSettings();
  const { schemaFile, migrationsDir } = providerPaths(isPostgresUrl(databaseUrl) ? 'postgres' : 'sqlite');
  const { engine, close } = await openSchemaEngine(databaseUrl, schemaFile);
  try {
    const result = await engine.diagnoseMigrationHistory({ migrationsList: migrationList(migrationsDir), optInToShadowDatabase: false, filters: NO_FILTERS });
    console.log(JSON.stringify(result, null, 2));
    return result.history || result.failedMigrationNames.length || result.editedMigrationNames.length ? 1 : 0;
  } finally {
    await close();
  }
}

async function main() {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { 'prisma-dir': { type: 'string' } } });
  const [command, name] = positionals;
  const options = { prismaDir: values['prisma-dir'] && path.resolve(values['prisma-dir']) };
  if (command === 'create' && name) {
    // The PostgreSQL schema is derived from prisma/schema.prisma: refresh it so its migration is not missed.
    if (!options.prismaDir) execFileSync(process.execPath, ['scripts/generate.mjs'], { cwd: fileURLToPath(new URL('..', import.meta.url)), stdio: 'inherit' });
    const written = await createMigrations(name, options);
    for (const file of written) console.log(`wrote ${path.relative(process.cwd(), file)}`);
    if (!written.length) console.log('No schema changes: nothing to migrate.');
    return 0;
  }
  if (command === 'check') return checkMigrations(options);
  if (command === 'status') return status();
  console.error('Usage: tsx scripts/migrations.ts create <snake_case_name> | check [--prisma-dir <dir>] | status');
  return 2;
}

try {
  process.exit(await main());
} catch (error) {
  console.error(`migrations: ${(error as Error).message}`);
  process.exit(1);
}
