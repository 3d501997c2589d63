// `npx docsift migrate` as a user runs it: the default SQLite file under DOCSIFT_DATA_DIR, or DATABASE_URL.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { freshDatabase, migrationRows, providers, tempDir } from './helpers.ts';

const run = promisify(execFile);

async function docsiftMigrate(env: Record<string, string>) {
  const { DATABASE_URL: _, ...inherited } = process.env;
  return run(process.execPath, ['bin/docsift.mjs', 'migrate'], { env: { ...inherited, ...env } });
}

describe.each(providers)('docsift migrate on %s', (provider) => {
  it('applies the migrations once, then reports the database up to date', async () => {
    const tmp = tempDir();
    const db = provider === 'postgres' ? await freshDatabase('postgres') : null;
    try {
      // SQLite: nothing but the data directory is given; the default file lands in it.
      const env: Record<string, string> = db ? { DATABASE_URL: db.url, DOCSIFT_DATA_DIR: tmp.dir } : { DOCSIFT_DATA_DIR: path.join(tmp.dir, 'data') };
      const first = await docsiftMigrate(env);
      expect(first.stdout).toMatch(/^applied \d+ migration\(s\)\n$/);
      expect(first.stderr).toMatch(/applied migration \d+_init/);
      const url = db?.url ?? `file:${path.join(tmp.dir, 'data', 'docsift.db')}`;
      if (!db) expect(existsSync(path.join(tmp.dir, 'data', 'docsift.db'))).toBe(true);
      expect((await migrationRows(url)).length).toBe(Number(first.stdout.match(/\d+/)![0]));
      expect((await docsiftMigrate(env)).stdout).toBe('database is up to date\n');
    } finally {
      tmp.remove();
      await db?.drop();
    }
  });
});
