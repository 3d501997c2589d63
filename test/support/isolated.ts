// A test app with a database of its own, for suites whose subject is global to the database (the
// webhook worker, the retention purge): on PostgreSQL a fresh database instead of the run's shared one,
// so no other suite's worker or purge touches its rows.
import { createTestApp, type DatabaseKind } from './app.ts';
import { createTestDatabase } from './postgres.ts';

export async function isolatedApp(database: DatabaseKind, env: Record<string, string> = {}) {
  if (database === 'sqlite') return { t: await createTestApp({ database, env }), drop: async () => {} };
  const scratch = await createTestDatabase();
  try {
    return { t: await createTestApp({ database, env: { ...env, DATABASE_URL: scratch.url } }), drop: scratch.drop };
  } catch (error) {
    await scratch.drop();
    throw error;
  }
}
