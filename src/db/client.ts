// One Prisma client for either database. Both generated clients come from the same models, so the
// PostgreSQL one is typed as the SQLite one (the Pothos types are generated from that).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as SqliteClient } from '../generated/sqlite/client.ts';
import { PrismaClient as PostgresClient } from '../generated/postgres/client.ts';
import { isPostgresUrl } from '../config/settings.ts';

export type Db = SqliteClient;
export { Prisma } from '../generated/sqlite/client.ts';

export function sqlitePath(url: string): string {
  return path.resolve(url.replace(/^file:/, ''));
}

export function createDb(databaseUrl: string): Db {
  if (isPostgresUrl(databaseUrl)) {
    const u = new URL(databaseUrl);
    // Pass parts separately: pg lets a connection string override `database` (see shared notes).
    const adapter = new PrismaPg({
      host: u.hostname,
      port: Number(u.port || 5432),
      user: decodeURIComponent(u.username || 'postgres'),
      password: decodeURIComponent(u.password),
      database: u.pathname.slice(1),
      max: 10,
    });
    return new PostgresClient({ adapter }) as unknown as Db;
  }
  const file = sqlitePath(databaseUrl);
  mkdirSync(path.dirname(file), { recursive: true });
  const adapter = new PrismaBetterSqlite3({ url: file, timeout: 10_000 });
  return new SqliteClient({ adapter });
}
