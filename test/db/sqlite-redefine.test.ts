// SQLite cannot alter a column in place: Prisma's migrations copy the table, drop the old one and rename
// the copy, with foreign keys switched off around it. The runner applies migrations in one transaction,
// where that switch does nothing; dropping a parent table must still not cascade to its children.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { sqlitePath } from '../../src/db/client.ts';
import { migrate } from '../../src/db/migrate.ts';
import { lockfileText, providerPaths, unmigratedSql } from '../../src/db/migration-drift.ts';
import { migrationRows, query, tempDir } from './helpers.ts';

const MODELS = (parentName: string) => `
datasource db {
  provider = "sqlite"
}

model Parent {
  id       Int     @id
  name     ${parentName}
  children Child[]
}

model Child {
  id       Int    @id
  parentId Int
  parent   Parent @relation(fields: [parentId], references: [id], onDelete: Cascade)
}
`;

let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const fn of cleanup) fn();
  cleanup = [];
});

/** A prisma/ folder with the given schema; `next(name)` writes the migration the engine diffs for it. */
function project(schema: string) {
  const tmp = tempDir();
  cleanup.push(tmp.remove);
  const { schemaFile, migrationsDir } = providerPaths('sqlite', tmp.dir);
  mkdirSync(migrationsDir);
  writeFileSync(path.join(migrationsDir, 'migration_lock.toml'), lockfileText('sqlite'));
  writeFileSync(schemaFile, schema);
  const url = `file:${path.join(tmp.dir, 'data', 'test.db')}`;
  return {
    url,
    migrationsDir,
    setSchema: (text: string) => writeFileSync(schemaFile, text),
    async next(name: string) {
      const sql = await unmigratedSql('sqlite', { prismaDir: tmp.dir });
      mkdirSync(path.join(migrationsDir, name));
      writeFileSync(path.join(migrationsDir, name, 'migration.sql'), sql);
      return sql;
    },
    exec(sql: string) {
      const db = new Database(sqlitePath(url));
      db.exec(sql);
      db.close();
    },
  };
}

describe('SQLite table redefinition', () => {
  it("keeps the children of a redefined parent table (ON DELETE CASCADE) when Prisma's migration drops and recreates it", async () => {
    const p = project(MODELS('String?'));
    await p.next('20990101000000_init');
    await migrate(p.url, undefined, { dir: p.migrationsDir });
    p.exec(`INSERT INTO "Parent" (id, name) VALUES (1, 'a'); INSERT INTO "Child" (id, parentId) VALUES (10, 1), (11, 1);`);

    p.setSchema(MODELS('String @default("")'));
    const sql = await p.next('20990102000000_name_required');
    expect(sql).toMatch(/RedefineTables[\s\S]*PRAGMA foreign_keys=OFF[\s\S]*DROP TABLE "Parent"/);

    expect(await migrate(p.url, undefined, { dir: p.migrationsDir })).toEqual({ applied: ['20990102000000_name_required'] });
    expect(await query(p.url, 'SELECT id, parentId FROM "Child" ORDER BY id')).toEqual([
      { id: 10, parentId: 1 },
      { id: 11, parentId: 1 },
    ]);
    expect(await query(p.url, 'SELECT id, name FROM "Parent"')).toEqual([{ id: 1, name: 'a' }]);
  });

  it('rejects a migration that leaves rows violating foreign keys, applying nothing', async () => {
    const p = project(MODELS('String?'));
    await p.next('20990101000000_init');
    await migrate(p.url, undefined, { dir: p.migrationsDir });
    mkdirSync(path.join(p.migrationsDir, '20990102000000_orphan'));
    writeFileSync(path.join(p.migrationsDir, '20990102000000_orphan', 'migration.sql'), 'INSERT INTO "Child" (id, parentId) VALUES (99, 12345);\n');

    await expect(migrate(p.url, undefined, { dir: p.migrationsDir })).rejects.toThrow(/violating foreign keys.*Child → Parent.*nothing was applied/);
    expect(await query(p.url, 'SELECT id FROM "Child"')).toEqual([]);
    expect((await migrationRows(p.url)).map((r) => r.migration_name)).toEqual(['20990101000000_init']);
  });
});
