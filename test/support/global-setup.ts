// Once per run: a fresh PostgreSQL database, migrated, for the suites that run on both databases,
// given to tests as `inject('postgresUrl')` and `process.env.TEST_POSTGRES_URL`; dropped at teardown.
// Without a reachable PostgreSQL the run fails, unless DOCSIFT_TEST_SQLITE_ONLY=1.
import type { TestProject } from 'vitest/node';
import { migrate } from '../../src/db/migrate.ts';
import { createTestDatabase } from './postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string | null;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.DOCSIFT_TEST_SQLITE_ONLY === '1') {
    project.provide('postgresUrl', null);
    return;
  }
  const db = await createTestDatabase();
  try {
    await migrate(db.url);
  } catch (error) {
    await db.drop();
    throw error;
  }
  project.provide('postgresUrl', db.url);
  // Workers are forked after global setup and inherit the environment.
  process.env.TEST_POSTGRES_URL = db.url;
  return async () => {
    delete process.env.TEST_POSTGRES_URL;
    await db.drop();
  };
}
