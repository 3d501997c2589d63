import { loadSettings, isPostgresUrl } from '../../config/settings.ts';
import { sqlitePath } from '../../db/client.ts';
import { migrate } from '../../db/migrate.ts';

/** Where we migrate, without a password. */
function describeTarget(url: string) {
  if (!isPostgresUrl(url)) return sqlitePath(url);
  const u = new URL(url);
  u.password = '';
  return u.toString();
}

/** `docsift migrate`: apply pending migrations to DATABASE_URL (the SQLite file under DOCSIFT_DATA_DIR by default). */
export default async function migrateCommand(): Promise<number> {
  const { databaseUrl } = loadSettings();
  process.stderr.write(`migrating ${describeTarget(databaseUrl)}\n`);
  const { applied } = await migrate(databaseUrl, (line) => process.stderr.write(`${line}\n`));
  console.log(applied.length ? `applied ${applied.length} migration(s)` : 'database is up to date');
  return 0;
}
