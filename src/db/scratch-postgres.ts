// Throw-away PostgreSQL databases on the machine's server: drift checks replay migrations into one,
// test runs get a fresh one.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** A connection to a database we may CREATE/DROP databases from (trust auth on the dev/CI machine). */
export const PG_ADMIN_URL = process.env.DOCSIFT_PG_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

async function onAdmin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty, uniquely named database `<prefix>_<time>_<random>`; `drop` removes it even with connections left open. */
export async function createScratchDatabase(prefix: string, adminUrl = PG_ADMIN_URL): Promise<ScratchDatabase> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await onAdmin(adminUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => onAdmin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
  };
}
