// The drift check CI runs (`npm run db:check`) and `npm run db:migration`, on temp copies of prisma/:
// the real schema is never touched.
import { execFile } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../src/db/migrate.ts';
import { checkMigrations, createMigrations, PRISMA_DIR, providerPaths, unmigratedSql } from '../../src/db/migration-drift.ts';
import { freshDatabase, migrationRows, providers, tempDir } from './helpers.ts';

const run = promisify(execFile);

/** A temp copy of prisma/ whose schemas (both providers) gained `Organization.driftProbe`. */
function driftedCopy() {
  const tmp = tempDir();
  cpSync(PRISMA_DIR, tmp.dir, { recursive: true });
  for (const provider of ['sqlite', 'postgres'] as const) {
    const { schemaFile } = providerPaths(provider, tmp.dir);
    const schema = readFileSync(schemaFile, 'utf8');
    expect(schema).toContain('model Organization {\n');
    writeFileSync(schemaFile, schema.replace('model Organization {\n', 'model Organization {\n  driftProbe String?\n'));
  }
  return tmp;
}

describe.each(providers)('drift on %s', (provider) => {
  it('a schema change without its migration is reported as the SQL still missing', async () => {
    const copy = driftedCopy();
    try {
      expect(await unmigratedSql(provider, { prismaDir: copy.dir })).toMatch(/ALTER TABLE "Organization" ADD COLUMN\s+"driftProbe" TEXT/);
    } finally {
      copy.remove();
    }
  });
});

// check and create always cover both providers, so they need the PostgreSQL server too.
describe.each(providers.includes('postgres') ? ['both providers'] : [])('migration commands for %s', () => {
  it('check passes on the committed tree', async () => {
    const out: string[] = [];
    const err: string[] = [];
    expect(await checkMigrations({}, (l) => out.push(l), (l) => err.push(l))).toBe(0);
    expect(err).toEqual([]);
    expect(out).toEqual(['sqlite: migrations match the schema', 'postgres: migrations match the schema']);
  });

  it('check fails on drift with a message naming each provider and the missing SQL; create writes the migrations that make it pass', async () => {
    const copy = driftedCopy();
    try {
      const err: string[] = [];
      expect(await checkMigrations({ prismaDir: copy.dir }, () => {}, (l) => err.push(l))).toBe(1);
      expect(err).toHaveLength(2);
      expect(err[0]).toMatch(/^sqlite: DRIFT: .*npm run db:migration[\s\S]*ADD COLUMN\s+"driftProbe"/);
      expect(err[1]).toMatch(/^postgres: DRIFT: .*npm run db:migration[\s\S]*ADD COLUMN\s+"driftProbe"/);

      const written = await createMigrations('add_drift_probe', { prismaDir: copy.dir }, new Date('2099-01-02T03:04:05Z'));
      expect(written.map((f) => path.relative(copy.dir, f))).toEqual([
        'migrations/20990102030405_add_drift_probe/migration.sql',
        'postgres/migrations/20990102030405_add_drift_probe/migration.sql',
      ]);
      for (const file of written) expect(readFileSync(file, 'utf8')).toMatch(/ALTER TABLE "Organization" ADD COLUMN\s+"driftProbe" TEXT;\n$/);
      expect(await checkMigrations({ prismaDir: copy.dir }, () => {}, () => {})).toBe(0);
      expect(await createMigrations('again', { prismaDir: copy.dir })).toEqual([]);

      // The new migrations are what the runner applies next.
      for (const provider of ['sqlite', 'postgres'] as const) {
        const db = await freshDatabase(provider);
        try {
          const { applied } = await migrate(db.url, undefined, { dir: providerPaths(provider, copy.dir).migrationsDir });
          expect(applied.at(-1)).toBe('20990102030405_add_drift_probe');
          expect((await migrationRows(db.url)).at(-1)?.finished_at).not.toBeNull();
        } finally {
          await db.drop();
        }
      }
    } finally {
      copy.remove();
    }
  });

  it('check fails when a lock file names another provider', async () => {
    const copy = tempDir();
    try {
      cpSync(PRISMA_DIR, copy.dir, { recursive: true });
      writeFileSync(path.join(copy.dir, 'postgres/migrations/migration_lock.toml'), 'provider = "sqlite"\n');
      const err: string[] = [];
      expect(await checkMigrations({ prismaDir: copy.dir }, () => {}, (l) => err.push(l))).toBe(1);
      expect(err).toEqual([expect.stringMatching(/^postgres: .*migration_lock\.toml is missing or names another provider/)]);
    } finally {
      copy.remove();
    }
  });

  it('`tsx scripts/migrations.ts check` exits 1 on drift', async () => {
    const copy = driftedCopy();
    try {
      const result = await run(process.execPath, ['--import', 'tsx', 'scripts/migrations.ts', 'check', '--prisma-dir', copy.dir]).then(
        () => ({ code: 0, stderr: '' }),
        (error: { code: number; stderr: string }) => error,
      );
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/sqlite: DRIFT[\s\S]*postgres: DRIFT/);
    } finally {
      copy.remove();
    }
  });
});
