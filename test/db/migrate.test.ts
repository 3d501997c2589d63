// The start-up migration runner on a fresh SQLite file and a fresh PostgreSQL database: what it applies,
// the `_prisma_migrations` rows it keeps, and that Prisma's own schema engine reads them as it would its own.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sqlitePath } from '../../src/db/client.ts';
import { migrate } from '../../src/db/migrate.ts';
import { migrationList, NO_FILTERS, openSchemaEngine } from '../../src/db/schema-engine.ts';
import { committedDir, freshDatabase, migrationRows, migrationsWith, providers, query, schemaFile, tableNames } from './helpers.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
// What Prisma's engine writes through the SQLite adapter (checked against its applyMigrations).
const SQLITE_TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$/;

/** Names and checksums computed here, independently of the runner: sha256 (hex) of each migration.sql. */
function committed(provider: 'sqlite' | 'postgres') {
  const dir = committedDir(provider);
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => ({ name, checksum: createHash('sha256').update(readFileSync(path.join(dir, name, 'migration.sql'))).digest('hex') }));
}

/** What `prisma migrate status` (diagnoseMigrationHistory) says about the database. */
async function prismaStatus(provider: 'sqlite' | 'postgres', url: string, dir = committedDir(provider)) {
  const { engine, close } = await openSchemaEngine(url, schemaFile(provider));
  try {
    return await engine.diagnoseMigrationHistory({ migrationsList: migrationList(dir), optInToShadowDatabase: false, filters: NO_FILTERS });
  } finally {
    await close();
  }
}

describe.each(providers)('migrate on %s', (provider) => {
  it('applies every committed migration once, in order, with Prisma bookkeeping', async () => {
    const db = await freshDatabase(provider);
    try {
      const expected = committed(provider);
      expect(expected.length).toBeGreaterThan(0);
      const lines: string[] = [];
      const { applied } = await migrate(db.url, (line) => lines.push(line));
      expect(applied).toEqual(expected.map((m) => m.name));
      expect(lines).toEqual(expected.map((m) => `applied migration ${m.name}`));
      expect(await tableNames(db.url)).toEqual(expect.arrayContaining(['_prisma_migrations', 'Organization', 'ApiKey', 'Document', 'Extraction', 'Review']));

      const rows = await migrationRows(db.url);
      expect(rows.map((r) => ({ name: r.migration_name, checksum: r.checksum }))).toEqual(expected);
      for (const row of rows) {
        expect(row.id).toMatch(UUID);
        expect(row.logs).toBeNull();
        expect(row.rolled_back_at).toBeNull();
        expect(row.applied_steps_count).toBe(1);
        expect(row.finished_at).not.toBeNull();
        if (provider === 'sqlite') {
          expect(row.started_at).toMatch(SQLITE_TIMESTAMP);
          expect(row.finished_at).toMatch(SQLITE_TIMESTAMP);
        }
        expect(new Date(row.finished_at!).getTime()).toBeGreaterThanOrEqual(new Date(row.started_at).getTime());
      }
    } finally {
      await db.drop();
    }
  });

  it('is idempotent: a second run applies nothing and adds no rows', async () => {
    const db = await freshDatabase(provider);
    try {
      await migrate(db.url);
      const before = await migrationRows(db.url);
      expect(await migrate(db.url)).toEqual({ applied: [] });
      expect(await migrationRows(db.url)).toEqual(before);
    } finally {
      await db.drop();
    }
  });

  it("leaves a database Prisma's engine sees as up to date (status clean, deploy has nothing to do)", async () => {
    const db = await freshDatabase(provider);
    try {
      await migrate(db.url);
      expect(await prismaStatus(provider, db.url)).toEqual({ editedMigrationNames: [], failedMigrationNames: [], hasMigrationsTable: true, history: null });
      const { engine, close } = await openSchemaEngine(db.url, schemaFile(provider));
      try {
        expect(await engine.applyMigrations({ migrationsList: migrationList(committedDir(provider)), filters: NO_FILTERS })).toEqual({ appliedMigrationNames: [] });
      } finally {
        await close();
      }
    } finally {
      await db.drop();
    }
  });

  it("finds nothing to do on a database Prisma's engine migrated", async () => {
    const db = await freshDatabase(provider);
    try {
      // Prisma's engine does not create the SQLite file's folder: the runner is not involved at all here.
      if (provider === 'sqlite') mkdirSync(path.dirname(sqlitePath(db.url)), { recursive: true });
      const { engine, close } = await openSchemaEngine(db.url, schemaFile(provider));
      try {
        const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList: migrationList(committedDir(provider)), filters: NO_FILTERS });
        expect(appliedMigrationNames).toEqual(committed(provider).map((m) => m.name));
      } finally {
        await close();
      }
      expect(await migrate(db.url)).toEqual({ applied: [] });
    } finally {
      await db.drop();
    }
  });

  it('applies only the migrations added since the last run', async () => {
    const db = await freshDatabase(provider);
    const dir = migrationsWith(provider, { '99990101000000_extra': 'CREATE TABLE "Extra" ("id" INTEGER NOT NULL PRIMARY KEY);\n' });
    try {
      await migrate(db.url);
      expect(await migrate(db.url, undefined, { dir: dir.dir })).toEqual({ applied: ['99990101000000_extra'] });
      expect(await tableNames(db.url)).toContain('Extra');
      expect((await migrationRows(db.url)).at(-1)).toMatchObject({ migration_name: '99990101000000_extra', applied_steps_count: 1, logs: null });
      expect(await prismaStatus(provider, db.url, dir.dir)).toMatchObject({ failedMigrationNames: [], history: null });
    } finally {
      dir.remove();
      await db.drop();
    }
  });

  it('a failing migration applies none of its statements and stops later runs as Prisma would', async () => {
    const db = await freshDatabase(provider);
    const broken = migrationsWith(provider, { '99990101000000_broken': 'CREATE TABLE "Half" ("id" INTEGER);\nSELECT * FROM "no_such_table";\n' });
    try {
      await migrate(db.url);
      await expect(migrate(db.url, undefined, { dir: broken.dir })).rejects.toThrow(/99990101000000_broken failed.*no_such_table/);
      expect(await tableNames(db.url)).not.toContain('Half');
      const last = (await migrationRows(db.url)).at(-1)!;
      if (provider === 'postgres') {
        // Prisma's record of a failed migration: unfinished, with the error in logs (P3009 on the next deploy).
        expect(last).toMatchObject({ migration_name: '99990101000000_broken', finished_at: null, applied_steps_count: 0 });
        expect(last.logs).toMatch(/no_such_table/);
        expect((await prismaStatus(provider, db.url, broken.dir)).failedMigrationNames).toEqual(['99990101000000_broken']);
        await expect(migrate(db.url, undefined, { dir: broken.dir })).rejects.toThrow(/failed earlier/);
      } else {
        // SQLite DDL is transactional: the whole run rolled back, so a fixed migration applies on the next start.
        expect(last.migration_name).not.toBe('99990101000000_broken');
        const fixed = migrationsWith(provider, { '99990101000000_broken': 'CREATE TABLE "Half" ("id" INTEGER);\n' });
        try {
          expect(await migrate(db.url, undefined, { dir: fixed.dir })).toEqual({ applied: ['99990101000000_broken'] });
        } finally {
          fixed.remove();
        }
      }
    } finally {
      broken.remove();
      await db.drop();
    }
  });
});

describe.each(providers.filter((p) => p === 'postgres'))('migrate on %s, concurrently', (provider) => {
  it('three processes starting at once on a fresh database all succeed and apply each migration once', async () => {
    const db = await freshDatabase(provider);
    try {
      const runs = await Promise.all([migrate(db.url), migrate(db.url), migrate(db.url)]);
      const names = committed(provider).map((m) => m.name);
      expect(runs.map((r) => r.applied).sort((a, b) => b.length - a.length)).toEqual([names, [], []]);
      expect((await migrationRows(db.url)).map((r) => r.migration_name)).toEqual(names);
    } finally {
      await db.drop();
    }
  });
});

describe.each(providers.filter((p) => p === 'postgres'))('the test run database (%s)', () => {
  it('is fresh, migrated by global setup, and given as TEST_POSTGRES_URL', async () => {
    const url = process.env.TEST_POSTGRES_URL!;
    expect(url).toMatch(/^postgresql:\/\/.*\/docsift_test_/);
    expect((await query<{ migration_name: string }>(url, 'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY 1')).map((r) => r.migration_name)).toEqual(
      committed('postgres').map((m) => m.name),
    );
  });
});
