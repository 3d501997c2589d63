import { defineConfig } from 'prisma/config';

// Picks the schema by DATABASE_URL: postgres:// → prisma/postgres, anything else → SQLite.
const url = process.env.DATABASE_URL ?? 'file:./data/docsift.db';
const postgres = /^postgres(ql)?:\/\//.test(url);

export default defineConfig({
  schema: postgres ? 'prisma/postgres/schema.prisma' : 'prisma/schema.prisma',
  migrations: { path: postgres ? 'prisma/postgres/migrations' : 'prisma/migrations' },
  datasource: { url },
});
